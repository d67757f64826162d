"""Notebook 01 (demyelination): its figures and their texts, diagram, self-checks and quiz."""
