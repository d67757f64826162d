"""Estimates a researcher can make from the diary tables, each with a 95% confidence interval
(used by notebook 08, its checks and the tests that compare them with the answer key).

Plain pandas and numpy, written to be read. Every estimate is a function of **person weights**:
``w[i]`` says how many times person ``i`` counts (all ones for the estimate itself). That is
what makes the intervals respect the clustering of days within people: the days of one person
are not independent (a person's usual pain, habits and disease carry from day to day), so the
interval comes from a *cluster bootstrap over people* (Efron and Tibshirani 1993, ch. 6;
Cameron, Gelbach and Miller 2008): draw the people again with replacement, ``B`` times, recompute
the estimate each time, and take the middle 95% of the recomputed values. Drawing people with
replacement is the same as giving each person a weight equal to the number of times they were
drawn, ``w ~ Multinomial(n, 1/n)``; a person drawn twice brings all their days twice.

The estimators:

* :func:`within_slope`: person fixed effects by demeaning (each person compared with
  themselves): ``slope = Σ_i w_i Σ_t x̃_it ỹ_it / Σ_i w_i Σ_t x̃_it²`` with
  ``x̃_it = x_it − x̄_i`` (``groupby("patient_id").transform("mean")``);
* :func:`lagged_slope`: the same on yesterday's value of ``x`` (sitting yesterday → pain today);
* :func:`between_slope`: the slope across people of their mean ``y`` on their mean ``x``;
* :func:`flag_difference`: days with a flag (a side-effect day, a relapse window) minus the same
  person's other days, by the within slope on the 0/1 flag (people with more flagged days count
  more); :func:`person_average_difference`: each person's own difference, averaged over people
  (each person counts once);
* :func:`warm_day_effect`: the effect of warmth on a warm day (a threshold, compared within
  the same person and month);
* :func:`physio_naive`, :func:`physio_fair` and :func:`physio_referred_comparison`:
  physiotherapy by a naive before/after, by a difference in differences against people not
  (yet) treated on the same dates leaving out the flare before the referral, and against people
  referred too who never started; :func:`physio_event_study` gives it week by week;
* :func:`group_difference`: a difference in means (or proportions) between two groups of people.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from msbackpain import whole_chain

#: Bootstrap draws of the people behind each interval: enough for stable 2.5% and 97.5%
#: percentiles (their Monte Carlo error is a few hundredths of the interval's width). [setting]
N_BOOT = 1000
#: Seed of the bootstrap draws, so that an interval is the same on every run. [setting]
SEED = 2024
#: Coverage of the intervals. [setting]
LEVEL = 0.95


@dataclass(frozen=True)
class Estimate:
    """An estimate with its 95% confidence interval (``low`` to ``high``) and how many people
    it rests on."""

    value: float
    low: float
    high: float
    people: int
    unit: str = ""

    def covers(self, x: float) -> bool:
        """True when ``x`` lies inside the interval."""
        return bool(self.low <= x <= self.high)

    def __str__(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return (
            f"{self.value:+.2f}{unit} (95% CI {self.low:+.2f} to {self.high:+.2f}; "
            f"{self.people} people)"
        )

    def row(self) -> dict:
        """The estimate as a table row."""
        return {"estimate": self.value, "low": self.low, "high": self.high, "people": self.people}


def person_weights(n_people: int, n_boot: int = N_BOOT, seed: int = SEED) -> np.ndarray:
    """``n_boot`` rows of person weights: how many times each person is drawn when ``n_people``
    people are drawn again with replacement."""
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_people, np.full(n_people, 1.0 / n_people), size=n_boot).astype(float)


def bootstrap(
    statistic: Callable[[np.ndarray], float],
    n_people: int,
    unit: str = "",
    n_boot: int | None = None,
    seed: int = SEED,
) -> Estimate:
    """``statistic(w)`` for weights all one, with the percentile interval over ``n_boot``
    cluster-bootstrap draws of the people (draws where the statistic is undefined are
    skipped)."""
    value = float(statistic(np.ones(n_people)))
    n_boot = N_BOOT if n_boot is None else n_boot
    draws = np.array([statistic(w) for w in person_weights(n_people, n_boot, seed)])
    draws = draws[np.isfinite(draws)]
    tail = 100 * (1 - LEVEL) / 2
    low, high = np.percentile(draws, [tail, 100 - tail]) if len(draws) else (np.nan, np.nan)
    return Estimate(value, float(low), float(high), n_people, unit)


def within(df: pd.DataFrame, cols, by="patient_id") -> pd.DataFrame:
    """Columns minus each person's own mean (the "within-person" view)."""
    cols = list(cols)
    own_mean = df.groupby(by, observed=True)[cols].transform("mean")
    return df[cols].astype(float) - own_mean.astype(float)


def slope(y, x) -> float:
    """Least-squares slope of y on x (both already centred): ``Σ x y / Σ x²``."""
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    return float((x * y).sum() / (x * x).sum())


def with_yesterday(diary: pd.DataFrame, cols) -> pd.DataFrame:
    """The diary with each column's value from the same person's previous day
    (``<col>_yesterday``; empty when the day before is not in the diary)."""
    d = diary.sort_values(["patient_id", "date"]).copy()
    same = d["patient_id"].eq(d["patient_id"].shift()) & (
        d["date"] - d["date"].shift() == pd.Timedelta(days=1)
    )
    for c in cols:
        d[f"{c}_yesterday"] = d[c].shift().where(same)
    return d


def _codes(people: pd.Series) -> tuple[np.ndarray, int]:
    codes, uniques = pd.factorize(people.astype(str), sort=True)
    return codes, len(uniques)


def within_slope(
    df: pd.DataFrame,
    y: str,
    x: str,
    unit: str = "",
    scale: float = 1.0,
    adjust=(),
    cluster: str = "patient_id",
    by="patient_id",
) -> Estimate:
    """Person fixed effects: the slope of ``y`` on ``x`` after subtracting each person's own
    means, ``Σ_i w_i S_xy,i / Σ_i w_i S_xx,i`` (``S`` sums over a person's days), times
    ``scale`` (e.g. 1000 for "per 1000 steps").

    ``adjust``: other columns held fixed (a within-person regression of ``y`` on ``x`` and
    them; the slope of ``x`` is then its *direct* part, not through those columns). Each
    person's sums of products ``S_i = Σ_t v_it v_itᵀ`` of the centred columns ``v = (x, adjust,
    y)`` are added with the person weights and the normal equations solved.

    ``cluster``: the column whose values are drawn again by the bootstrap (each person, by
    default; a column with one value per row shows what treating days as independent does).
    ``by``: the groups whose means are subtracted (each person by default; e.g. person and
    month, to compare a person's days only with their other days of the same month).
    """
    cols = [x, *adjust, y]
    d = df.dropna(subset=cols)
    v = within(d, cols, by).to_numpy(float)
    codes, n = _codes(d[cluster])
    k = len(cols)
    sums = np.zeros((n, k, k))
    for a in range(k):
        for b in range(a, k):
            sums[:, a, b] = sums[:, b, a] = np.bincount(codes, v[:, a] * v[:, b], n)

    def stat(wt):
        m = np.tensordot(wt, sums, axes=1)
        try:
            return scale * np.linalg.solve(m[:-1, :-1], m[:-1, -1])[0]
        except np.linalg.LinAlgError:  # a draw without anyone who varies in x
            return np.nan

    return bootstrap(stat, n, unit)


def lagged_slope(
    diary: pd.DataFrame,
    y: str = "back_pain",
    x: str = "sitting_hours",
    unit: str = "points per hour",
) -> Estimate:
    """Within-person slope of today's ``y`` on yesterday's ``x``."""
    return within_slope(with_yesterday(diary, [x]), y, f"{x}_yesterday", unit)


def above(temperature, threshold: float = whole_chain.COMFORT_TEMPERATURE_C):
    """Degrees above a threshold, 0 below it: ``max(T − threshold, 0)``."""
    return np.maximum(np.asarray(temperature, dtype=float) - threshold, 0.0)


def warm_day_effect(
    diary: pd.DataFrame, y: str, threshold: float = whole_chain.COMFORT_TEMPERATURE_C, adjust=()
) -> Estimate:
    """The average effect of the warmth on a warm day (warmer than ``threshold``): the slope of
    ``y`` per °C above the threshold, comparing each person's days only with their other days
    of the same month (so that slow seasonal changes do not pose as heat), times the mean number
    of degrees above the threshold on a warm day (each person's warm days, then the mean over
    people). The day after a warm day is left out of the comparison days: the warmth's effect
    outlasts the day (an exposure window), so that day is not a clean "cool" day."""
    d = diary.assign(
        heat_c=above(diary["temperature_c"], threshold),
        person_month=diary["patient_id"].astype(str) + diary["date"].dt.strftime(" %Y-%m"),
    )
    d = with_yesterday(d, ["heat_c"])
    d = d[(d["heat_c"] > 0) | ~(d["heat_c_yesterday"] > 0)]
    warm = d[d["heat_c"] > 0].dropna(subset=[y])
    excess = float(warm.groupby("patient_id", observed=True)["heat_c"].mean().mean())
    return within_slope(d, y, "heat_c", "points on a warm day", excess, adjust, by="person_month")


def person_means(df: pd.DataFrame, cols) -> pd.DataFrame:
    """Each person's mean of the columns over the days they filled in."""
    return df.groupby("patient_id", observed=True)[list(cols)].mean().astype(float)


def between_slope(df: pd.DataFrame, y: str, x: str, unit: str = "", scale: float = 1.0) -> Estimate:
    """The slope across people of their mean ``y`` on their mean ``x`` (weighted least
    squares with the person weights), times ``scale``."""
    m = person_means(df.dropna(subset=[y, x]), [y, x])
    mx, my = m[x].to_numpy(), m[y].to_numpy()

    def stat(wt):
        cx = mx - (wt @ mx) / wt.sum()
        cy = my - (wt @ my) / wt.sum()
        return scale * (wt @ (cx * cy)) / (wt @ (cx * cx))

    return bootstrap(stat, len(m), unit)


def flag_difference(df: pd.DataFrame, y: str, flag: str, unit: str = "points") -> Estimate:
    """Mean ``y`` on days with ``flag`` minus the same person's other days (person fixed
    effects; people who never or always have the flag do not contribute)."""
    d = df.dropna(subset=[y, flag]).copy()
    d[flag] = d[flag].astype(float)
    return within_slope(d, y, flag, unit)


def person_average_difference(
    df: pd.DataFrame, y: str, flag: str, unit: str = "points"
) -> Estimate:
    """Each person's mean ``y`` on days with ``flag`` minus their mean on other days, averaged
    over the people who have both kinds of days, each person counting once:
    ``Σ_i w_i d_i / Σ_i w_i`` with ``d_i = ȳ_i(flag) − ȳ_i(no flag)``
    (``groupby(["patient_id", flag]).mean().unstack()``).

    The question "how much higher on such a day, for the average person" weights people
    equally; :func:`flag_difference` (a regression on the flag) weights each person by how
    often the flag varies in their days, so people with many flagged days count more. When the
    effect differs between people, the two answer different questions.
    """
    d = df.dropna(subset=[y, flag])
    means = d.groupby(["patient_id", d[flag].astype(bool)], observed=True)[y].mean().unstack()
    both = means.reindex(columns=[True, False]).dropna()
    diff = (both[True] - both[False]).to_numpy(float)

    def stat(wt):
        return float(np.sum(wt * diff) / np.sum(wt)) if np.sum(wt) > 0 else np.nan

    return bootstrap(stat, diff.size, unit)


def onsets(flag: pd.Series, diary: pd.DataFrame) -> pd.Series:
    """First day of each run of flagged days (a relapse's onset), per person."""
    f = flag.fillna(False).astype(bool)
    d = diary[["patient_id", "date"]].assign(f=f.to_numpy()).sort_values(["patient_id", "date"])
    before = d.groupby("patient_id", observed=True)["f"].shift(1, fill_value=False)
    return (d["f"] & ~before).reindex(diary.index)


# --- physiotherapy: naive before/after and a fair difference in differences ---------------


@dataclass(frozen=True)
class Panel:
    """The diary as a person × date grid: ``y`` (NaN where not filled in or not enrolled),
    ``since`` (days since the person's physiotherapy start; NaN for people who never started),
    ``since_flare`` (days since the start of the bad spell that led to it: the referral date
    when the data have one, else the start), and the dates."""

    y: np.ndarray
    since: np.ndarray
    since_flare: np.ndarray
    dates: pd.DatetimeIndex
    people: list


def flare_to_start(p: Panel) -> np.ndarray:
    """Days from the start of each starter's bad spell (referral) to their first session."""
    gap = p.since_flare - p.since
    gap = np.where(np.isfinite(gap), gap, np.nan)
    return np.nanmax(gap, axis=1, initial=-np.inf)[np.isfinite(p.since).any(axis=1)]


def _days_since(dates: pd.DatetimeIndex, patients: pd.DataFrame, column: str, people) -> np.ndarray:
    when = pd.to_datetime(patients.set_index(patients["patient_id"].astype(str))[column])
    w = when.reindex(people).to_numpy(dtype="datetime64[ns]")
    return (dates.to_numpy()[None, :] - w[:, None]) / np.timedelta64(1, "D")


def panel(
    diary: pd.DataFrame,
    patients: pd.DataFrame,
    y: str = "back_pain",
    start: str = "physio_start",
    flare: str = "physio_referral",
) -> Panel:
    """Pivot the diary to a person × date grid with days since each person's start and since
    the bad spell that led to it (column ``flare`` of ``patients``, when there is one)."""
    grid = diary.pivot_table(
        index="patient_id", columns="date", values=y, aggfunc="first", observed=False, dropna=False
    ).astype(float)
    people = list(grid.index.astype(str))
    dates = pd.DatetimeIndex(grid.columns)
    since = _days_since(dates, patients, start, people)
    since_flare = _days_since(dates, patients, flare, people) if flare in patients else since
    return Panel(grid.to_numpy(), since, since_flare, dates, people)


def _window_means(values: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Each person's mean of ``values`` over the days in ``mask`` (NaN when none)."""
    ok = mask & np.isfinite(values)
    count = ok.sum(axis=1)
    total = np.where(ok, values, 0.0).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / count, np.nan)


def _weighted_mean(values: np.ndarray, wt: np.ndarray) -> float:
    ok = np.isfinite(values) & (wt > 0)
    return float((wt[ok] @ values[ok]) / wt[ok].sum()) if ok.any() else np.nan


def _between(since: np.ndarray, first: float, last: float) -> np.ndarray:
    return (since >= first) & (since <= last)


#: The days after the start that the physiotherapy estimates average over: every diary day
#: from the first session on (the effect builds up over weeks, then fades). [setting | days]
AFTER_START = (0, 10_000)
#: Days before the referral that make the flare, left out of every fair comparison. [setting | days]
FLARE_DAYS = 28
#: Days before the flare window that serve as each person's clean "before". [setting | days]
CLEAN_DAYS = 56


def _started(p: Panel) -> np.ndarray:
    return np.isfinite(p.since).any(axis=1)


def _referred(p: Panel) -> np.ndarray:
    return np.isfinite(p.since_flare).any(axis=1)


def physio_naive(p: Panel, before=(-14, -1), after=AFTER_START) -> Estimate:
    """Naive before/after in the people who started: their mean ``y`` from the first session
    on minus the ``before`` window ahead of the referral (the bad weeks that led to it, when
    they asked for help), averaged over starters."""
    b = _window_means(p.y, _started(p)[:, None] & _between(p.since_flare, *before))
    a = _window_means(p.y, _between(p.since, *after))
    change = a - b
    return bootstrap(lambda wt: _weighted_mean(change, wt), len(change), "points")


def untreated(p: Panel, exclude: int = FLARE_DAYS) -> np.ndarray:
    """Days on which a person is a fair comparison: never referred nor treated, or more than
    ``exclude`` days before the bad spell that led to their referral or start."""
    return np.isnan(p.since_flare) | (p.since_flare < -exclude)


def relative_to_untreated(p: Panel, wt: np.ndarray, exclude: int = FLARE_DAYS) -> np.ndarray:
    """``y`` minus the date's effect among the untreated: ``r_it = y_it − d_t`` with
    ``d_t = Σ_j w_j (y_jt − ȳ_j) / Σ_j w_j`` over people untreated on date ``t`` (``ȳ_j``: their
    mean over their untreated days). Subtracting ``ȳ_j`` first keeps people who enrol late or
    drop out from shifting ``d_t``; ``d_t`` carries the season and anything else shared on a
    date."""
    ctrl = untreated(p, exclude) & np.isfinite(p.y)
    own = _window_means(p.y, ctrl)
    dev = np.where(ctrl, p.y - own[:, None], 0.0)
    weight = ctrl * wt[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        d_t = (weight * dev).sum(axis=0) / weight.sum(axis=0)
    return p.y - d_t[None, :]


def _clean_before(p: Panel, exclude: int = FLARE_DAYS, clean_days: int = CLEAN_DAYS):
    """The ``clean_days`` before the flare window of each referred person."""
    return _between(p.since_flare, -exclude - clean_days, -exclude - 1)


def physio_fair(
    p: Panel, after=AFTER_START, exclude: int = FLARE_DAYS, clean_days: int = CLEAN_DAYS
) -> Estimate:
    """Difference in differences against the people not in physiotherapy on the same dates:
    for each starter, ``r`` (:func:`relative_to_untreated`: the season removed) averaged from
    the first session on, minus ``r`` averaged over their ``clean_days`` before the flare
    window (which starts ``exclude`` days before the referral), averaged over starters."""
    pre = _started(p)[:, None] & _clean_before(p, exclude, clean_days)
    post = _between(p.since, *after)

    def stat(wt):
        r = relative_to_untreated(p, wt, exclude)
        return _weighted_mean(_window_means(r, post) - _window_means(r, pre), wt)

    return bootstrap(stat, len(p.people), "points")


def physio_referred_comparison(
    p: Panel, after=AFTER_START, exclude: int = FLARE_DAYS, clean_days: int = CLEAN_DAYS
) -> Estimate:
    """Difference in differences against the people *referred for the same reason* who never
    started: the starters' change (as in :func:`physio_fair`) minus the never-starters' change
    from their clean weeks to the days after their referral from the starters' median wait on.
    People referred after a bad spell may be on a rising path; this comparison shares it."""
    started, never = _started(p), _referred(p) & ~_started(p)
    pre = _clean_before(p, exclude, clean_days)
    wait = np.median(flare_to_start(p)) if started.any() else np.nan
    post = np.where(started[:, None], _between(p.since, *after), p.since_flare >= wait)

    def stat(wt):
        r = relative_to_untreated(p, wt, exclude)
        change = _window_means(r, post) - _window_means(r, pre)
        return _weighted_mean(np.where(started, change, np.nan), wt) - _weighted_mean(
            np.where(never, change, np.nan), wt
        )

    return bootstrap(stat, len(p.people), "points")


def physio_event_study(
    p: Panel,
    weeks=range(-12, 19),
    exclude: int = FLARE_DAYS,
    clean_days: int = CLEAN_DAYS,
    n_boot: int = 300,
) -> pd.DataFrame:
    """Week by week around the *referral*: mean over starters of ``r`` in that week minus their
    clean pre-flare mean, with a 95% interval (one row per week since the referral)."""
    pre = _started(p)[:, None] & _clean_before(p, exclude, clean_days)
    weeks = list(weeks)
    masks = [(p.since_flare >= 7 * k) & (p.since_flare < 7 * k + 7) for k in weeks]

    def stat(wt):
        r = relative_to_untreated(p, wt, exclude)
        base = _window_means(r, pre)
        return np.array([_weighted_mean(_window_means(r, m) - base, wt) for m in masks])

    value = stat(np.ones(len(p.people)))
    draws = np.array([stat(w) for w in person_weights(len(p.people), n_boot)])
    tail = 100 * (1 - LEVEL) / 2
    with warnings.catch_warnings():  # a week nobody reached in a draw: NaN, not a warning
        warnings.simplefilter("ignore", RuntimeWarning)
        low, high = np.nanpercentile(draws, [tail, 100 - tail], axis=0)
    return pd.DataFrame({"week": weeks, "estimate": value, "low": low, "high": high})


# --- comparisons between people -----------------------------------------------------------


def group_difference(people: pd.DataFrame, outcome: str, group: str, unit: str = "") -> Estimate:
    """Mean ``outcome`` of the people with ``group`` true minus the people without it (one row
    per person; for a 0/1 outcome this is a difference in proportions)."""
    d = people.dropna(subset=[outcome, group])
    yv = d[outcome].astype(float).to_numpy()
    g = d[group].astype(bool).to_numpy()

    def stat(wt):
        return _weighted_mean(np.where(g, yv, np.nan), wt) - _weighted_mean(
            np.where(~g, yv, np.nan), wt
        )

    return bootstrap(stat, len(d), unit)


# --- describing the diary -----------------------------------------------------------------


def completion_by_week(diary: pd.DataFrame) -> pd.Series:
    """Share of diary entries filled in, by study week."""
    week = (diary["study_day"] - 1) // 7 + 1
    return diary["back_pain"].notna().groupby(week.rename("week")).mean().astype(float)


def pain_before_missing(diary: pd.DataFrame) -> dict[str, float]:
    """Mean back pain on the day before an entry that was filled in vs one that was missing."""
    d = with_yesterday(diary, ["back_pain"])
    d = d.dropna(subset=["back_pain_yesterday"])
    missing = d["back_pain"].isna()
    return {
        "before_filled": float(d.loc[~missing, "back_pain_yesterday"].astype(float).mean()),
        "before_missing": float(d.loc[missing, "back_pain_yesterday"].astype(float).mean()),
    }
