"""A deliberately messy "raw export" of the diary, for a cleaning exercise.

The problems (each listed with its count in the returned ``problems`` and in the datasheet):
duplicated days, out-of-range typos, text in number fields, inconsistent date formats, decimal
commas, yes/no instead of 1/0 and untidy patient identifiers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain.diaries.files import format_table

#: Problem → (share of rows affected, what it looks like).
PROBLEMS = {
    "duplicated_days": (0.01, "a day exported twice (identical copy right after it)"),
    "out_of_range_typos": (0.004, "a 0–10 rating typed twice (e.g. 7 → 77) or steps with a minus"),
    "text_in_numbers": (0.006, "words in number fields: 'n/a', '-', 'see notes', 'about 4'"),
    "date_formats": (0.05, "dates written DD/MM/YYYY or '1 Mar 2025' instead of YYYY-MM-DD"),
    "decimal_commas": (0.02, "temperature written with a decimal comma ('14,3')"),
    "yes_no_flags": (0.03, "relapse and physiotherapy flags written yes/no instead of 1/0"),
    "untidy_ids": (0.01, "patient id in lower case or with spaces (' p0007')"),
}


def raw_export(diary: pd.DataFrame, seed: int, part: int = 0) -> tuple[pd.DataFrame, dict]:
    """The messy export (all strings) and the count of each problem put in; ``part``: the
    chunk of people (big cohorts are exported chunk by chunk, each with its own draws)."""
    rng = np.random.default_rng([seed, 8] + ([part] if part else []))
    t = format_table(diary)
    n = len(t)
    counts = {}

    def pick(share):
        return rng.random(n) < share

    m = pick(PROBLEMS["out_of_range_typos"][0])
    col = rng.choice(["back_pain", "fatigue", "spasticity", "steps"], n)
    counts["out_of_range_typos"] = 0
    for c in ("back_pain", "fatigue", "spasticity"):
        sel = m & (col == c) & t[c].isin(list("123456789"))  # doubled: 11–99, out of range
        t.loc[sel, c] = t.loc[sel, c] + t.loc[sel, c]
        counts["out_of_range_typos"] += int(sel.sum())
    sel = m & (col == "steps") & (t["steps"] != "") & (t["steps"] != "0")
    t.loc[sel, "steps"] = "-" + t.loc[sel, "steps"]
    counts["out_of_range_typos"] += int(sel.sum())

    m = pick(PROBLEMS["text_in_numbers"][0])
    col = rng.choice(["back_pain", "fatigue", "steps", "sitting_hours"], n)
    words = np.array(["n/a", "-", "see notes", "?"])
    w = words[rng.integers(0, len(words), n)]
    counts["text_in_numbers"] = 0
    for c in ("back_pain", "fatigue", "steps", "sitting_hours"):
        sel = m & (col == c)
        about = sel & (t[c] != "") & (rng.random(n) < 0.3)
        t.loc[about, c] = "about " + t.loc[about, c]
        rest = sel & ~about
        t.loc[rest, c] = w[rest.to_numpy()]
        counts["text_in_numbers"] += int(sel.sum())

    m = pick(PROBLEMS["date_formats"][0])
    d = pd.to_datetime(diary["date"])
    style = rng.random(n) < 0.5
    t.loc[m & style, "date"] = d[m & style].dt.strftime("%d/%m/%Y")
    t.loc[m & ~style, "date"] = d[m & ~style].dt.strftime("%-d %b %Y")
    counts["date_formats"] = int(m.sum())

    m = pick(PROBLEMS["decimal_commas"][0])
    t.loc[m, "temperature_c"] = t.loc[m, "temperature_c"].str.replace(".", ",", regex=False)
    counts["decimal_commas"] = int(m.sum())

    m = pick(PROBLEMS["yes_no_flags"][0])
    for c in ("relapse", "physio_session"):
        t.loc[m, c] = t.loc[m, c].map({"1": "yes", "0": "no"})
    counts["yes_no_flags"] = int(m.sum())

    m = pick(PROBLEMS["untidy_ids"][0])
    lower = rng.random(n) < 0.5
    t.loc[m & lower, "patient_id"] = t.loc[m & lower, "patient_id"].str.lower()
    t.loc[m & ~lower, "patient_id"] = " " + t.loc[m & ~lower, "patient_id"]
    counts["untidy_ids"] = int(m.sum())

    dup = pick(PROBLEMS["duplicated_days"][0])
    order = np.repeat(np.arange(n), np.where(dup, 2, 1))
    t = t.iloc[order].reset_index(drop=True)
    counts["duplicated_days"] = int(dup.sum())
    return t, counts
