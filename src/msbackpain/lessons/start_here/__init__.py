"""Notebook 00 (start here): its diagrams, self-checks and quiz."""
