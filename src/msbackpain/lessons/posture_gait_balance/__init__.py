"""Notebook 05 (posture gait balance): its diagrams, self-checks and quiz."""
