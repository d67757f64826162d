"""Lhermitte's sign: shock-like sensations down the spine when the neck bends.

Facts: Lhermitte's sign is a paroxysmal neuropathic pain from ectopic impulses (Truini et al.
2013); its pooled prevalence in MS is 16%, over studies with different time frames (Foley et al.
2013), and about 41% of people with MS in one study had had it at some time (Al-Araji & Oger
2005). Bending the neck forward stretches the cervical cord, and demyelinated dorsal-column
fibres there fire. The impulses travel *up* to the brain; the shock is *felt* (referred) down
the spine and into the limbs, because those fibres serve the back and limbs. Nothing travels
down the spine at a conduction velocity. A cervical lesion makes the sign likely but does not
decide it: in the study of Al-Araji & Oger, 17 of 18 people with the sign who had a cervical MRI
showed a lesion there, and so did 13 of 25 who had never had the sign. The sign is usually
episodic over weeks and not dangerous; a new onset is worth telling the MS team.

Everything numeric below is a teaching model, not from the literature: a flexion past a threshold
angle triggers an episode with a probability that grows with lesion severity and with how far past
the threshold the neck bends; the episode lasts about a second. For drawing, the places where the
shock is felt light up one after another from the neck down (the "sweep"): a picture of where it
is felt, not a signal travelling down the spine. In the model, no cervical lesion (severity 0)
or no neck flexion past the threshold means no episodes, ever: a simplification, since the
real link between a visible lesion and the sign is not all-or-none.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Neck flexion (degrees from neutral) past which the cord is stretched enough to trigger an
#: episode: a teaching choice, not measured. [assumption]
THRESHOLD_DEG = 20.0
#: Angle scale over which the trigger probability saturates: a teaching choice. [assumption]
ANGLE_SCALE_DEG = 15.0
#: Delay from crossing the threshold to the first sensation: a teaching choice. [assumption]
LATENCY_S = 0.05
#: Median episode duration ("brief", about a second): a teaching choice. [assumption]
MEDIAN_DURATION_S = 1.0
#: Spread of episode durations, as the SD of their natural logarithm: a teaching choice.
#: [assumption | SD of ln(duration)]
DURATION_LOG_SD = 0.3
#: Speed at which the drawing lights up the places where the shock is felt, from the neck down.
#: Not a conduction velocity: the impulses travel up to the brain and the shock is referred to
#: these places; the sweep only orders them for the picture. [assumption]
SWEEP_SPEED_M_PER_S = 4.0
#: Places where the shock is felt: region, distance from the neck along the drawn path (m,
#: assumption) and a position (x, y) on the body schematic that notebook 06 draws.
PATH = (
    ("neck", 0.00, (0.0, 1.50)),
    ("upper back", 0.15, (0.0, 1.35)),
    ("arms", 0.70, (0.33, 0.85)),
    ("mid back", 0.30, (0.0, 1.20)),
    ("lower back", 0.50, (0.0, 1.00)),
    ("legs", 1.40, (0.12, 0.10)),
)
#: Region names in the order the drawing lights them up.
REGIONS = tuple(name for name, _, _ in sorted(PATH, key=lambda r: r[1]))


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
    triggered it; ``arrival_s`` (episodes × regions) time after onset at which the drawing
    lights up each region of :data:`REGIONS` (where the shock is felt; a picture, not a signal
    travelling down); ``n_flexions`` flexions past the threshold.
    """

    onset_s: np.ndarray
    duration_s: np.ndarray
    peak_flexion_deg: np.ndarray
    arrival_s: np.ndarray
    n_flexions: int

    @property
    def n_episodes(self) -> int:
        """Number of episodes."""
        return int(self.onset_s.size)

    def path(self, i: int) -> list[tuple[str, float]]:
        """The i-th episode's drawn path: (region, absolute time s) in the order lit up."""
        if not 0 <= i < self.n_episodes:
            raise ValueError(f"episode index must be between 0 and {self.n_episodes - 1} (got {i})")
        return [
            (r, float(self.onset_s[i] + dt))
            for r, dt in zip(REGIONS, self.arrival_s[i], strict=True)
        ]


def _rng(seed):
    return seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)


def simulate_episodes(
    time_s, angle_deg, lesion_severity, *, threshold_deg=THRESHOLD_DEG, seed=0
) -> LhermitteEpisodes:
    """Lhermitte episodes triggered by a neck-flexion time series (teaching model).

    Each flexion past ``threshold_deg`` (20°, assumption) triggers an episode with probability
    :func:`trigger_probability`; onset = crossing time + 50 ms; duration lognormal with median
    1 s (assumptions); for the drawing, each region of :data:`REGIONS` lights up at distance /
    speed (4 m/s ± 20%, assumption) after onset, i.e. neck → legs in about 0.35 s. This order
    is a picture of where the shock is felt, not a signal travelling down the spine.
    ``lesion_severity`` 0 (no cervical lesion) … 1. Seeded by ``seed``.
    """
    sev = float(_check("lesion_severity", lesion_severity, 0, 1))
    starts, peaks = flexion_events(time_s, angle_deg, threshold_deg)
    rng = _rng(seed)
    p = trigger_probability(peaks, sev, threshold_deg) if peaks.size else np.zeros(0)
    hit = rng.random(peaks.size) < p
    n = int(hit.sum())
    duration = MEDIAN_DURATION_S * np.exp(DURATION_LOG_SD * rng.standard_normal(n))
    speed = SWEEP_SPEED_M_PER_S * (1 + 0.2 * (2 * rng.random(n) - 1))
    dist = np.array(sorted(d for _, d, _ in PATH))
    return LhermitteEpisodes(
        onset_s=starts[hit] + LATENCY_S,
        duration_s=duration,
        peak_flexion_deg=peaks[hit],
        arrival_s=dist[None, :] / speed[:, None],
        n_flexions=int(peaks.size),
    )


def episodes_per_day(
    flexions_per_day, lesion_severity, *, peak_flexion_deg=40.0, threshold_deg=THRESHOLD_DEG, seed=0
):
    """Number of episodes per day for many people/days at once (vectorised; for a diary model).

    Binomial(flexions_per_day, p) with p = :func:`trigger_probability` (peak_flexion_deg,
    lesion_severity). Zero when severity is 0 or there are no flexions past the threshold.
    Teaching model (assumptions as in :func:`simulate_episodes`).
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
