"""Notebook 07 (whole chain): its diagrams, self-checks and quiz."""
