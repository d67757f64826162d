"""Numbers that notebook 08's prose restates from the classroom diaries (see
msbackpain.evidence.results): computed by the notebook's own analyses
(:mod:`msbackpain.lessons.patient_diaries.analyses`), never typed."""

from __future__ import annotations

from msbackpain.diaries import estimates as est
from msbackpain.evidence.results import Result
from msbackpain.lessons.patient_diaries import analyses
from msbackpain.lessons.patient_diaries.diagrams import classroom


def _signed(value: float, digits: int = 2) -> str:
    """A signed number as the prose writes it, with a true minus sign."""
    return f"{value:+.{digits}f}".replace("-", "\u2212")


def _with_ci(analysis: str) -> str:
    row = analyses.one(analysis)
    return (
        f"{_signed(row['estimate'])} points (95% CI {_signed(row['low'])} to "
        f"{_signed(row['high'])})"
    )


def _physio_gap() -> str:
    naive = analyses.one("physiotherapy: naive before/after")
    fair = analyses.one("physiotherapy: against people not in it")
    gap = naive["estimate"] - fair["estimate"]
    overlap = naive["low"] <= fair["high"] and fair["low"] <= naive["high"]
    size = (
        "and their intervals do not even overlap"
        if not overlap
        else "although their intervals overlap, so this cohort alone cannot tell them apart "
        "with confidence"
    )
    more = "more" if gap < 0 else "less"
    return (
        f"the naive estimate promises {abs(gap):.2f} points {more} relief than the fair one, {size}"
    )


def _missing_sentence() -> str:
    _, diary = classroom()
    b = est.pain_before_missing(diary)
    diff = b["before_missing"] - b["before_filled"]
    if abs(diff) < 0.1:
        return (
            "The two are close: in these diaries a gap does not follow a painful day more than "
            "a good one"
        )
    word = "more" if diff > 0 else "less"
    return (
        f"The day before a gap was {abs(diff):.2f} points {word} painful: in these diaries "
        "gaps follow bad days more often than good ones"
        if diff > 0
        else f"The day before a gap was {abs(diff):.2f} points {word} painful"
    )


def _key_effect(question: str) -> str:
    table = analyses.comparison()
    row = table[table["question"] == question].iloc[0]
    return f"{_signed(row['effect'])} (spread across people: SD {row['spread_sd']:.2f})"


def _misses() -> str:
    table = analyses.comparison()
    rows = table[table["verdict"].str.startswith("misses")]
    names = [f"{a} ({k})" for a, k in zip(rows["analysis"], rows["kind"], strict=True)]
    return "; ".join(names) if names else "none"


def _cluster_ratio() -> float:
    _, diary = classroom()
    heat = diary.assign(heat_c=est.above(diary["temperature_c"]))
    heat["person_month"] = heat["patient_id"].astype(str) + heat["date"].dt.strftime(" %Y-%m")
    heat["day"] = range(len(heat))
    people = est.within_slope(heat, "fatigue", "heat_c", by="person_month")
    days = est.within_slope(heat, "fatigue", "heat_c", by="person_month", cluster="day")
    return (days.high - days.low) / (people.high - people.low)


RESULTS = {
    "physio_naive": Result(
        "Naive before/after change in back pain with physiotherapy, with its 95% CI",
        lambda: _with_ci("physiotherapy: naive before/after"),
        "{}",
    ),
    "physio_fair": Result(
        "Difference-in-differences change in back pain with physiotherapy, with its 95% CI",
        lambda: _with_ci("physiotherapy: against people not in it"),
        "{}",
    ),
    "physio_gap": Result(
        "How far the naive physiotherapy estimate is from the fair one",
        _physio_gap,
        "{}",
    ),
    "physio_referred": Result(
        "Physiotherapy against people referred who never started, with its 95% CI",
        lambda: _with_ci("physiotherapy: against people referred too"),
        "{}",
    ),
    "physio_key": Result(
        "The answer key's average effect of physiotherapy and its spread across people",
        lambda: _key_effect("physiotherapy_on_pain"),
        "{}",
    ),
    "n_boot": Result(
        "Bootstrap draws of the people behind each interval (a setting of the estimators)",
        lambda: est.N_BOOT,
        "{:,d}",
    ),
    "n_people": Result(
        "People in the classroom cohort",
        lambda: len(classroom()[0]),
        "{:d}",
    ),
    "misses": Result(
        "Analyses of the notebook whose 95% interval misses the answer key's effect",
        _misses,
        "{}",
    ),
    "cluster_ratio": Result(
        "Width of the heat interval from drawing days again, relative to drawing people",
        _cluster_ratio,
        "{:.0%}",
    ),
    "missing_sentence": Result(
        "How the pain of the day before a gap compares with the day before an entry",
        _missing_sentence,
        "{}",
    ),
}
