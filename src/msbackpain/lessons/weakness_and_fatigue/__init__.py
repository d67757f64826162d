"""Notebook 03 (weakness and fatigue): its diagrams, self-checks and quiz."""
