"""Interactive diagrams, one module per notebook (named after the notebook's topic).

Each module registers its diagram factories with :func:`msbackpain.interactive.register`;
:func:`load_all` imports them all, for the benchmark and the browser tests.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> list[str]:
    """Import every diagram module (which registers its diagrams); returns the module names."""
    names = [info.name for info in pkgutil.iter_modules(__path__)]
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names
