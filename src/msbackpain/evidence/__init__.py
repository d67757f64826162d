"""The collection's evidence: one reference list, and a grade on every fact, edge and parameter.

* :mod:`~msbackpain.evidence.references`: the reference list (``references.json``, CSL-JSON as
  Zotero, pandoc and citeproc read it), citations written ``[@key]`` in any text of the
  collection, and reference lists generated from the keys a text cites.
* :mod:`~msbackpain.evidence.grades`: the three evidence grades (measured, derived, assumption).
* :mod:`~msbackpain.evidence.parameters`: every model parameter with its value, unit, grade and
  sources, read from the ``#:`` comment where the parameter is defined.
* :mod:`~msbackpain.evidence.facts`: the facts about people with MS that the notebooks state,
  each with its grade and sources.
* :mod:`~msbackpain.evidence.results`: the model outputs that prose restates, written in the
  text as ``{{name}}`` and computed by the build, so no number can drift from its model.

The evidence page (``notebooks/evidence.ipynb``) is generated from these, so it cannot drift.
"""

from msbackpain.evidence.grades import ASSUMPTION, DERIVED, GRADES, MEASURED, check_grade
from msbackpain.evidence.references import (
    cite,
    cited_keys,
    reference,
    reference_list,
    references,
    render_citations,
)

__all__ = [
    "ASSUMPTION",
    "DERIVED",
    "GRADES",
    "MEASURED",
    "check_grade",
    "cite",
    "cited_keys",
    "reference",
    "reference_list",
    "references",
    "render_citations",
]
