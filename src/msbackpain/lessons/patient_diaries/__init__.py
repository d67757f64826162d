"""Notebook 08 (patient diaries): its diagrams, self-checks and quiz."""
