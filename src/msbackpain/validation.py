"""Checks of model arguments that give a person a clear message instead of a numpy error."""

from __future__ import annotations

import numpy as np


def as_float_array(name: str, value) -> np.ndarray:
    """``value`` as a float array; TypeError naming ``name`` if it is not numeric."""
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number or an array of numbers (got {value!r})") from None


def check_range(name: str, value, low: float, high: float, unit: str = "") -> np.ndarray:
    """Float array of ``value``; ValueError naming ``name``, the range and the value received
    if any element is outside [low, high] or NaN, e.g.
    ``weakness must be between 0 and 1 (got 1.5)``."""
    arr = as_float_array(name, value)
    bad = ~((arr >= low) & (arr <= high))
    if np.any(bad):
        got = float(arr[bad].flat[0]) if arr.ndim else float(arr)
        unit = f" {unit}" if unit else ""
        raise ValueError(f"{name} must be between {low:g} and {high:g}{unit} (got {got:g})")
    return arr
