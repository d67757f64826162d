"""The answer key of the classroom cohort, as notebook 08's reveal reads it.

:func:`msbackpain.diaries.answers.reveal` gives one row per question: the average causal effect
(computed by running the same simulated people with and without the exposure), its spread
across people, the uncertainty of the average, and the direct and total parts where both are
asked. The key lives outside the students' data folder (``instructor/answers/``); it is read
only here, at the end of the notebook.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from msbackpain.diaries import answers

#: Columns of the answer key that the reveal uses.
COLUMNS = [
    "question",
    "asks",
    "effect",
    "unit",
    "spread_sd",
    "low",
    "high",
    "defined_as",
    "direct",
    "total",
    "note",
]


@cache
def reveal() -> pd.DataFrame:
    """One row per question of the classroom answer key (see :data:`COLUMNS`)."""
    return answers.reveal()
