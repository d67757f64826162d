"""Notebook 00's figure: how common each kind of pain is in MS (Foley et al. 2013)."""

from __future__ import annotations

from msbackpain.ui import style

_HATCH = {"all": "", "musculoskeletal": "//", "neuropathic": "..", "mixed": "xx", "other": "--"}
_COLOUR = {
    "all": "#555555",
    "musculoskeletal": style.STAGE_COLORS["pain"],
    "neuropathic": style.STAGE_COLORS["signalling"],
    "mixed": style.OKABE_ITO["orange"],
    "other": "#999999",
}
