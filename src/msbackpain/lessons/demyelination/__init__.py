"""Notebook 01 (demyelination): its diagrams, self-checks and quiz."""
