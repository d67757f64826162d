"""Notebook 06 (pain): its diagrams, self-checks and quiz."""
