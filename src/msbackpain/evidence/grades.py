"""The three evidence grades that every fact, chain edge and model parameter carries.

* **measured**: observed and quantified in a study; the source says in whom (people with MS,
  healthy volunteers, or, where the text says so, animal or isolated nerve fibres).
* **derived**: worked out by this collection (algebra or simulation) from measured inputs; the
  sources are those of the inputs, and the notebook shows the working.
* **assumption**: a teaching choice, made because no measurement exists or to keep a model
  small; its comment gives the reason, and results that rest on it are only as good as it is.
"""

from __future__ import annotations

MEASURED = "measured"
DERIVED = "derived"
ASSUMPTION = "assumption"

#: Each grade with what it means for a reader, in the order strongest first.
GRADES = {
    MEASURED: "observed and quantified in a study; the source says in whom",
    DERIVED: "worked out by this collection (algebra or simulation) from measured inputs",
    ASSUMPTION: "a teaching choice with its reason; no measurement stands behind the number",
}


def check_grade(grade: str, sources, where: str) -> None:
    """Raise ValueError, naming ``where``, unless ``grade`` is known and has its sources.

    A measured or derived value needs at least one source key; an assumption may name sources
    that informed it, but needs none.
    """
    if grade not in GRADES:
        raise ValueError(f"{where}: grade must be one of {', '.join(GRADES)} (got {grade!r})")
    if grade != ASSUMPTION and not sources:
        raise ValueError(f"{where}: a {grade} value needs at least one source key")
