"""Tools that build and check the collection from a checkout; not installed with the package.

Run them as ``python -m tools.build``, ``python -m tools.check``, ``python -m tools.learner`` and
``python -m tools.slide_figures`` from the repository root, or through ``run.py``.
"""
