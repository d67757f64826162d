"""Notebook 00 (start here): its figures and their texts, chain map, self-checks and quiz."""
