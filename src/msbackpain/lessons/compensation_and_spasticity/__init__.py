"""Notebook 04 (compensation and spasticity): its diagrams, self-checks and quiz."""
