"""Every analysis of notebook 08 on the classroom cohort, with its 95% confidence interval.

The notebook shows the pandas of each analysis in its cells; this module runs the same
estimators (:mod:`msbackpain.diaries.estimates`) once, so that the notebook's prose, its
self-checks and the reveal read the same numbers. Each analysis names the answer-key question it
estimates and whether it is the fair analysis or the naive one the notebook warns about.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from msbackpain.diaries import estimates as est
from msbackpain.lessons.patient_diaries import key
from msbackpain.lessons.patient_diaries.diagrams import classroom


def person_table(patients: pd.DataFrame, diary: pd.DataFrame) -> pd.DataFrame:
    """One row per person: the patients' columns, their mean spasticity and back-pain ratings,
    their Lhermitte episodes per 30 days and whether they wrote down any, and whether they take
    an anti-spasticity drug or have a cervical lesion."""
    means = est.person_means(diary, ["spasticity", "back_pain", "lhermitte_episodes"])
    means.index = means.index.astype(str)
    p = patients.set_index(patients["patient_id"].astype(str)).join(means)
    p["lhermitte_per_30_days"] = 30 * p["lhermitte_episodes"]
    p["any_lhermitte"] = (p["lhermitte_episodes"] > 0).astype(float)
    p["on_anti_spasticity"] = p["anti_spasticity_drug"].astype(str) != "none"
    p["has_cervical_lesion"] = p["cervical_lesion"].astype(float) > 0
    return p


def _estimates(patients, diary) -> list[tuple[str, str, str, est.Estimate]]:
    ppl = person_table(patients, diary)
    grid = est.panel(diary, patients)
    per_1000 = "points per 1000 steps"
    flags = diary.assign(
        side_effect_day=diary["side_effect"].astype(float),
        relapse_day=diary["relapse"].astype(float),
    )
    return [
        (
            "heat_on_fatigue",
            "heat → fatigue: within people",
            "fair",
            est.warm_day_effect(diary, "fatigue"),
        ),
        (
            "heat_on_pain",
            "heat → pain: within people",
            "fair",
            est.warm_day_effect(diary, "back_pain"),
        ),
        (
            "heat_on_pain:direct",
            "heat → pain, fatigue rating held fixed",
            "fair",
            est.warm_day_effect(diary, "back_pain", adjust=["fatigue"]),
        ),
        (
            "sitting_on_pain",
            "sitting today → pain today: within people",
            "fair",
            est.within_slope(diary, "back_pain", "sitting_hours", "points per hour"),
        ),
        (
            "sitting_on_next_day_pain",
            "sitting yesterday → pain: within people",
            "fair",
            est.lagged_slope(diary),
        ),
        (
            "physiotherapy_on_pain",
            "physiotherapy: naive before/after",
            "naive",
            est.physio_naive(grid),
        ),
        (
            "physiotherapy_on_pain",
            "physiotherapy: against people not in it",
            "fair",
            est.physio_fair(grid),
        ),
        (
            "physiotherapy_on_pain",
            "physiotherapy: against people referred too",
            "fair",
            est.physio_referred_comparison(grid),
        ),
        (
            "steps_on_pain",
            "steps ↔ pain: between people",
            "naive",
            est.between_slope(diary, "back_pain", "steps", per_1000, 1000),
        ),
        (
            "steps_on_pain",
            "steps ↔ pain: within people",
            "fair",
            est.within_slope(diary, "back_pain", "steps", per_1000, 1000),
        ),
        (
            "side_effect_on_pain",
            "side-effect days → pain: regression within people (more flagged days, more weight)",
            "naive",
            est.flag_difference(flags, "back_pain", "side_effect_day"),
        ),
        (
            "side_effect_on_pain",
            "side-effect days → pain: each person's difference, averaged over people",
            "fair",
            est.person_average_difference(flags, "back_pain", "side_effect_day"),
        ),
        (
            "side_effect_on_fatigue",
            "side-effect days → fatigue: each person's difference, averaged over people",
            "fair",
            est.person_average_difference(flags, "fatigue", "side_effect_day"),
        ),
        (
            "relapse_on_pain",
            "relapse month → pain: within people",
            "fair",
            est.flag_difference(flags, "back_pain", "relapse_day"),
        ),
        (
            "relapse_on_fatigue",
            "relapse month → fatigue: within people",
            "fair",
            est.flag_difference(flags, "fatigue", "relapse_day"),
        ),
        (
            "anti_spasticity_on_spasticity",
            "anti-spasticity drug: across people",
            "naive",
            est.group_difference(ppl, "spasticity", "on_anti_spasticity", "points"),
        ),
        (
            "lhermitte_with_cervical_lesion",
            "Lhermitte: cervical lesion or not",
            "fair",
            est.group_difference(
                ppl, "lhermitte_per_30_days", "has_cervical_lesion", "episodes per 30 days"
            ),
        ),
    ]


@cache
def estimates() -> pd.DataFrame:
    """One row per analysis of the classroom cohort: question, analysis, kind (fair or
    naive), estimate, low, high, people, unit."""
    patients, diary = classroom()
    rows = [
        {"question": q, "analysis": name, "kind": kind, **e.row(), "unit": e.unit}
        for q, name, kind, e in _estimates(patients, diary)
    ]
    return pd.DataFrame(rows)


def one(analysis: str) -> pd.Series:
    """The row of one analysis (by its name in :func:`estimates`)."""
    table = estimates()
    rows = table[table["analysis"] == analysis]
    if rows.empty:
        raise KeyError(f"no analysis {analysis!r}; choose from {', '.join(table['analysis'])}")
    return rows.iloc[0]


#: Why an analysis can miss the answer key's effect (shown for the rows that miss, and for
#: naive rows whose wide interval happens to cover it).
WHY = {
    "heat → fatigue: within people": "heat acts only above a threshold and only in some people; "
    "a few warm days per person leave the average uncertain",
    "heat → pain: within people": "the effect on pain is small and partly passes through "
    "fatigue; warm days come in runs, so there are few independent ones",
    "heat → pain, fatigue rating held fixed": "the key's direct part blocks the path through "
    "tired muscles; the diary's fatigue rating (tiredness of body and mind, rounded) measures "
    "that path poorly, so holding it fixed blocks little of it",
    "sitting today → pain today: within people": "written sitting is off by some tens of "
    "minutes on any day; error in the cause flattens the slope (regression dilution)",
    "sitting yesterday → pain: within people": "the true lagged effect is zero and the interval "
    "is narrow; one fair 95% interval in twenty misses by chance alone, so among this many "
    "analyses a miss or two is expected",
    "physiotherapy: naive before/after": "the 'before' weeks are the bad spell that led to the "
    "referral: its natural end (regression to the mean) counts as treatment",
    "physiotherapy: against people not in it": "people referred after a bad spell may be on a "
    "rising path that people never referred do not share",
    "physiotherapy: against people referred too": "few referred people never started, so the "
    "comparison group is small",
    "steps ↔ pain: between people": "disability (EDSS) lowers walking and raises pain: a "
    "confounder between people",
    "steps ↔ pain: within people": "the key is walking more on every day, which also eases "
    "pain over months through the loops (less worry, less disuse); a comparison of days within "
    "a person sees only the same-day part",
    "side-effect days → pain: regression within people (more flagged days, more weight)": "the "
    "key asks about the average person; a regression on the flag weights people by how often "
    "they have side-effect days, and the people with the most such days (a daily injection) "
    "have side effects that are not back ache",
    "side-effect days → pain: each person's difference, averaged over people": "few people have "
    "side-effect days, and their effects differ widely (aches in the back or not)",
    "side-effect days → fatigue: each person's difference, averaged over people": "few people "
    "have side-effect days, and their effects differ widely",
    "relapse month → pain: within people": "a relapse can act beyond its month, and few "
    "relapses happen in a few months",
    "relapse month → fatigue: within people": "a relapse can act beyond its month, and few "
    "relapses happen in a few months",
    "anti-spasticity drug: across people": "the drug is given to the stiffest people "
    "(confounding by indication): the comparison mixes the drug with the reason for it",
    "Lhermitte: cervical lesion or not": "episodes are rare and come in spells, so a few people "
    "decide the average",
}


def why(row) -> str:
    """The reason for a miss (empty for a fair analysis that covers the effect)."""
    if row["verdict"].startswith("misses") or row["kind"] == "naive":
        return WHY.get(row["analysis"], "")
    return ""


def verdict(row) -> str:
    """Whether an interval covers the answer key's effect, in words."""
    if not np.isfinite(row["effect"]):
        return "no answer in the key"
    if row["low"] <= row["effect"] <= row["high"]:
        return "covers the effect"
    return "misses: too high" if row["low"] > row["effect"] else "misses: too low"


@cache
def comparison() -> pd.DataFrame:
    """Each analysis beside the answer key's effect, its spread across people and the key's own
    interval, with whether the analysis's interval covers the effect."""
    answer = key.reveal()[["question", "effect", "spread_sd", "low", "high", "direct", "total"]]
    answer = answer.rename(columns={"low": "key_low", "high": "key_high"})
    direct = answer.dropna(subset=["direct"]).assign(
        question=lambda a: a["question"] + ":direct", effect=lambda a: a["direct"]
    )
    direct[["spread_sd", "key_low", "key_high"]] = np.nan
    answer = pd.concat([answer, direct], ignore_index=True)
    table = estimates().merge(answer, on="question", how="left")
    table["verdict"] = table.apply(verdict, axis=1)
    table["why it can miss"] = table.apply(why, axis=1)
    return table
