"""Lhermitte's sign: brief shock-like sensations felt down the spine when the neck bends.

Facts: Lhermitte's sign is a paroxysmal neuropathic pain from ectopic impulses (Truini et al.
2013); its pooled prevalence in MS is 16%, over studies with different time frames (Foley et al.
2013), and about 41% of people with MS in one study had had it at some time (Al-Araji & Oger
2005). Bending the neck forward stretches the cervical cord, and demyelinated dorsal-column
fibres there fire. The impulses travel *up* to the brain; the shock is *felt* (referred) down
the spine and into the limbs, because those fibres serve the back and limbs. Nothing travels
down the spine: the model has where the shock is felt (:data:`FELT_REGIONS`), not when.
In Al-Araji & Oger's study every person described it as short-lasting, usually with the same
pattern each time. A cervical lesion makes the sign more likely but does not decide it: in that
study, 17 of 18 people with the sign who had a cervical MRI showed a lesion there, and so did 13
of 25 who had never had the sign. The sign usually comes in spells that settle over weeks and is
not dangerous in itself; a new onset is worth telling the MS team (it can be a relapse).

Everything else numeric below is a teaching model: whether a person has the sign at all is a
probability that depends on a visible cervical lesion (:func:`p_sign_given_lesion`, Bayes' rule
on the figures above); a person with the sign has spells of some weeks now and then
(:func:`spell_days`, assumptions); on a day inside a spell, each neck flexion past a threshold
angle triggers an episode with a probability that grows with lesion severity and with how far
past the threshold the neck bends; an episode lasts about a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Neck flexion (degrees from neutral) past which the cord is stretched enough to trigger an
#: episode: a teaching choice, not measured. [assumption]
THRESHOLD_DEG = 20.0
#: Angle scale over which the trigger probability saturates: a teaching choice. [assumption]
ANGLE_SCALE_DEG = 15.0
#: Delay from crossing the threshold to the sensation: a teaching choice. [assumption]
LATENCY_S = 0.05
#: Median episode duration ("brief", about a second): a teaching choice in line with the
#: short-lasting sensation people describe (Al-Araji & Oger 2005). [assumption: alaraji2005]
MEDIAN_DURATION_S = 1.0
#: Spread of episode durations, as the SD of their natural logarithm: a teaching choice.
#: [assumption | SD of ln(duration)]
DURATION_LOG_SD = 0.3
#: Places where the shock can be felt, with a position (x, y) on the body schematic that
#: notebook 06 draws. All are felt at once in an episode: no order, no travel time. [setting]
FELT_REGIONS = {
    "neck": (0.0, 1.50),
    "upper back": (0.0, 1.35),
    "mid back": (0.0, 1.20),
    "lower back": (0.0, 1.00),
    "arms": (0.33, 0.85),
    "legs": (0.12, 0.10),
}
#: Region names, top to bottom (for tables; not an order in time).
REGIONS = tuple(FELT_REGIONS)

#: Pooled prevalence of the sign in MS (Foley et al. 2013), used as the prior in Bayes' rule.
#: [measured: foley2013 | fraction]
P_SIGN = 0.16
#: Share of people with the sign whose cervical MRI showed a lesion: 17 of 18 (Al-Araji & Oger
#: 2005). [measured: alaraji2005 | fraction]
P_LESION_GIVEN_SIGN = 17 / 18
#: Share of people who had never had the sign whose cervical MRI showed a lesion: 13 of 25
#: (Al-Araji & Oger 2005). [measured: alaraji2005 | fraction]
P_LESION_GIVEN_NO_SIGN = 13 / 25
#: Mean number of spells a year in a person who has the sign: a teaching choice (the sign comes
#: and goes, and usually begins early in the disease; no measured rate found).
#: [assumption | spells/year]
SPELLS_PER_YEAR = 1.0
#: Median length of a spell: a teaching choice for "settles over some weeks" (not measured in
#: the sources read). [assumption | days]
SPELL_MEDIAN_DAYS = 21.0
#: Spread of spell lengths, as the SD of their natural logarithm: a teaching choice.
#: [assumption | SD of ln(days)]
SPELL_LOG_SD = 0.5


def p_sign_given_lesion(
    has_lesion,
    p_sign=P_SIGN,
    p_lesion_given_sign=P_LESION_GIVEN_SIGN,
    p_lesion_given_no_sign=P_LESION_GIVEN_NO_SIGN,
):
    """Probability of having Lhermitte's sign given a visible cervical lesion or not (Bayes).

    P(sign | lesion) = P(lesion | sign) P(sign) / P(lesion), with P(lesion) = P(lesion | sign)
    P(sign) + P(lesion | no sign) (1 − P(sign)); likewise without a lesion. Defaults: the pooled
    prevalence 16% (Foley et al. 2013) and the MRI shares 17/18 and 13/25 (Al-Araji & Oger 2005),
    two different studies combined (derived): about 0.26 with a lesion, 0.02 without.
    ``has_lesion`` bool or array. Vectorised.
    """
    ps = float(_check("p_sign", p_sign, 0, 1))
    a = float(_check("p_lesion_given_sign", p_lesion_given_sign, 0, 1))
    b = float(_check("p_lesion_given_no_sign", p_lesion_given_no_sign, 0, 1))
    lesion = np.asarray(has_lesion, dtype=bool)
    p_lesion = a * ps + b * (1 - ps)
    with_lesion = a * ps / p_lesion if p_lesion > 0 else 0.0
    without = (1 - a) * ps / (1 - p_lesion) if p_lesion < 1 else 0.0
    return np.where(lesion, with_lesion, without)


def _check(name: str, value, low: float, high: float):
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number or an array of numbers (got {value!r})") from None
    bad = ~np.isfinite(arr) | (arr < low) | (arr > high)
    if np.any(bad):
        raise ValueError(
            f"{name} must be between {low:g} and {high:g} (got {arr.ravel()[bad.ravel()][0]:g})"
        )
    return arr


def trigger_probability(peak_flexion_deg, lesion_severity, threshold_deg=THRESHOLD_DEG):
    """Probability that one neck flexion triggers an episode (teaching model, assumptions).

    p = severity · (1 − exp(−(peak − threshold) / 15°)) for peak > threshold, else 0.
    severity 0 = no cervical lesion (p = 0), 1 = the most sensitive lesion. Vectorised.
    """
    peak = _check("peak_flexion_deg", peak_flexion_deg, -90, 90)
    sev = _check("lesion_severity", lesion_severity, 0, 1)
    thr = float(_check("threshold_deg", threshold_deg, 0, 80))
    excess = np.maximum(peak - thr, 0.0)
    return sev * (1.0 - np.exp(-excess / ANGLE_SCALE_DEG))


def flexion_events(time_s, angle_deg, threshold_deg=THRESHOLD_DEG):
    """Find neck flexions past the threshold: (start times s, peak angles deg), vectorised.

    An event starts where ``angle_deg`` rises above ``threshold_deg`` and ends where it falls
    back below; its peak is the largest angle in between.
    """
    t = _check("time_s", time_s, -1e9, 1e9).ravel()
    a = _check("angle_deg", angle_deg, -90, 90).ravel()
    if t.size != a.size or t.size < 2:
        raise ValueError(
            f"time_s and angle_deg must have the same length ≥ 2 (got {t.size} and {a.size})"
        )
    if np.any(np.diff(t) <= 0):
        raise ValueError("time_s must be strictly increasing (got a non-increasing step)")
    thr = float(_check("threshold_deg", threshold_deg, 0, 80))
    above = a > thr
    edges = np.diff(np.concatenate([[False], above, [False]]).astype(np.int8))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if starts.size == 0:
        return np.zeros(0), np.zeros(0)
    padded = np.append(a, -np.inf)
    peaks = np.maximum.reduceat(padded, np.ravel(np.column_stack([starts, ends])))[::2]
    return t[starts], peaks


@dataclass(frozen=True)
class LhermitteEpisodes:
    """Episodes from :func:`simulate_episodes`.

    ``onset_s`` start of each episode; ``duration_s``; ``peak_flexion_deg`` of the flexion that
    triggered it; ``felt`` the regions of :data:`FELT_REGIONS` where this person feels the shock
    (the same each time, all at once); ``n_flexions`` flexions past the threshold.
    """

    onset_s: np.ndarray
    duration_s: np.ndarray
    peak_flexion_deg: np.ndarray
    felt: tuple[str, ...]
    n_flexions: int

    @property
    def n_episodes(self) -> int:
        """Number of episodes."""
        return int(self.onset_s.size)


def _rng(seed):
    return seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)


def simulate_episodes(
    time_s, angle_deg, lesion_severity, *, threshold_deg=THRESHOLD_DEG, felt=REGIONS, seed=0
) -> LhermitteEpisodes:
    """Lhermitte episodes triggered by a neck-flexion time series on a day inside a spell.

    Each flexion past ``threshold_deg`` (20°, assumption) triggers an episode with probability
    :func:`trigger_probability`; onset = crossing time + 50 ms; duration lognormal with median
    1 s (assumptions). ``felt``: where the person feels the shock (regions of
    :data:`FELT_REGIONS`; felt all at once, nothing travels down the spine). ``lesion_severity``
    0 (no cervical lesion) … 1. Seeded by ``seed``. Teaching model.
    """
    sev = float(_check("lesion_severity", lesion_severity, 0, 1))
    felt = tuple(felt)
    unknown = [r for r in felt if r not in FELT_REGIONS]
    if unknown:
        raise ValueError(f"felt: unknown region {unknown[0]!r}; known: {', '.join(REGIONS)}")
    starts, peaks = flexion_events(time_s, angle_deg, threshold_deg)
    rng = _rng(seed)
    p = trigger_probability(peaks, sev, threshold_deg) if peaks.size else np.zeros(0)
    hit = rng.random(peaks.size) < p
    n = int(hit.sum())
    duration = MEDIAN_DURATION_S * np.exp(DURATION_LOG_SD * rng.standard_normal(n))
    return LhermitteEpisodes(
        onset_s=starts[hit] + LATENCY_S,
        duration_s=duration,
        peak_flexion_deg=peaks[hit],
        felt=felt,
        n_flexions=int(peaks.size),
    )


def has_sign(has_lesion, u):
    """Whether each person has Lhermitte's sign at all (bool), from :func:`p_sign_given_lesion`.

    ``u``: uniforms in [0, 1) of the same shape as ``has_lesion``, or an
    ``np.random.Generator`` (or seed) to draw them. Vectorised.
    """
    p = p_sign_given_lesion(has_lesion)
    if isinstance(u, np.random.Generator) or u is None or isinstance(u, (int, np.integer)):
        u = _rng(u).random(p.shape)
    u = _check("u", u, 0, 1)
    return u < p


def spell_days(
    n_days, sign, rng=0, *, spells_per_year=SPELLS_PER_YEAR, median_days=SPELL_MEDIAN_DAYS
):
    """Days inside a spell of Lhermitte's sign: bool array (people × days). Vectorised.

    People without the sign (``sign`` False) never have a spell. For a person with it, spells
    start at random (Poisson, ``spells_per_year``, assumption) and last a lognormal number of
    days (median ``median_days``, log-SD 0.5, assumptions); spells that began up to a year
    before day 0 can still be running, so day 0 is not special. Outside spells a neck flexion
    triggers nothing; inside, use :func:`episodes_per_day` for the count. ``rng``: an
    ``np.random.Generator`` or a seed.
    """
    days = int(_check("n_days", n_days, 1, 100_000))
    sg = np.atleast_1d(np.asarray(sign, dtype=bool))
    rate = float(_check("spells_per_year", spells_per_year, 0, 50)) / 365.0
    med = float(_check("median_days", median_days, 1, 3650))
    g = _rng(rng)
    burn = 365
    span = days + burn
    n_spells = g.poisson(rate * span, sg.size) * sg
    out = np.zeros((sg.size, days), dtype=bool)
    m = int(n_spells.max()) if sg.size else 0
    if m == 0:
        return out
    start = g.integers(-burn, days, size=(sg.size, m))
    length = np.maximum(1, np.round(med * np.exp(SPELL_LOG_SD * g.standard_normal((sg.size, m)))))
    used = np.arange(m)[None, :] < n_spells[:, None]
    day = np.arange(days)
    for j in range(m):
        inside = (day[None, :] >= start[:, j : j + 1]) & (
            day[None, :] < start[:, j : j + 1] + length[:, j : j + 1]
        )
        out |= inside & used[:, j : j + 1]
    return out


def episodes_per_day(
    flexions_per_day, lesion_severity, *, peak_flexion_deg=40.0, threshold_deg=THRESHOLD_DEG, seed=0
):
    """Number of episodes on a day *inside a spell*, for many people/days at once (vectorised).

    Binomial(flexions_per_day, p) with p = :func:`trigger_probability` (peak_flexion_deg,
    lesion_severity). Zero when severity is 0 or there are no flexions past the threshold.
    Outside a spell the count is 0: multiply by :func:`spell_days`. Teaching model
    (assumptions as in :func:`simulate_episodes`).
    """
    n = _check("flexions_per_day", flexions_per_day, 0, 1e5)
    frac = n.ravel()[n.ravel() != np.round(n.ravel())]
    if frac.size:
        raise ValueError(f"flexions_per_day must be whole numbers ≥ 0 (got {frac[0]:g})")
    p = trigger_probability(peak_flexion_deg, lesion_severity, threshold_deg)
    n, p = np.broadcast_arrays(n.astype(np.int64), p)
    return _rng(seed).binomial(n, p)


def neck_flexion_series(
    duration_s=120.0, n_flexions=6, peak_deg=40.0, *, dt_s=0.05, bend_s=3.0, seed=0
):
    """A synthetic neck-flexion angle series (degrees) for demonstrations: (time_s, angle_deg).

    ``n_flexions`` smooth forward bends (raised cosine, ``bend_s`` long, peak ``peak_deg``
    ± 15%) at random, non-overlapping times, on a small random wobble about neutral (±3°).
    Purely illustrative (assumption), seeded.
    """
    dur = float(_check("duration_s", duration_s, 5, 86400))
    nf = int(_check("n_flexions", n_flexions, 0, 10000))
    pk = float(_check("peak_deg", peak_deg, 0, 80))
    dt = float(_check("dt_s", dt_s, 0.001, 1))
    bend = float(_check("bend_s", bend_s, 0.2, 30))
    if nf * bend > 0.8 * dur:
        raise ValueError(
            f"n_flexions × bend_s must fit into 80% of duration_s "
            f"(got {nf} × {bend:g} s in {dur:g} s)"
        )
    rng = _rng(seed)
    t = np.arange(0.0, dur, dt)
    angle = 3.0 * np.sin(2 * np.pi * t / 7.0 + rng.uniform(0, 2 * np.pi))
    slack = dur - nf * bend
    gaps = np.sort(rng.uniform(0, slack, nf))
    starts = gaps + bend * np.arange(nf)
    for s, amp in zip(starts, pk * (1 + 0.15 * (2 * rng.random(nf) - 1)), strict=True):
        inside = (t >= s) & (t < s + bend)
        angle[inside] += amp * 0.5 * (1 - np.cos(2 * np.pi * (t[inside] - s) / bend))
    return t, angle
