"""Notebook 02 (disrupted signalling): its diagrams, self-checks and quiz."""
