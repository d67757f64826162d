"""The fear-avoidance loop as a weekly discrete model.

Vlaeyen & Linton (2000, *Pain* 85:317) describe the loop: pain → catastrophising (pain-related
worry) → pain-related fear → avoidance → disuse, disability, depression → more pain; confronting
instead of avoiding breaks it (reviewed by Leeuw et al. 2007). The *loop* is theirs; the
equations, gains and time scale here are a teaching model, and "a loop gain above 1 makes pain
grow" is our own algebra (*derived*), not a finding. The disuse step is a plausible mechanism,
not an established one: a one-year cohort of people with low back pain found no signs of
physical deconditioning after onset (Bousema et al. 2007).

Each week t:

    fear_t      = min(10, c · pain_t)                     (catastrophising → fear, 0–10)
    avoid_t     = a · (1 − x) · fear_t                    (x = exposure / pacing, 0–1)
    disuse_t+1  = disuse_t + r (avoid_t − disuse_t)       (deconditioning builds up at rate r)
    pain_t+1    = min(10, episode_t+1 + 10 (1 − exp(−b · disuse_t+1 / 10)))

The soft ceiling on the disuse-driven part keeps pain on 0–10 but has slope 1 near zero. So for
small pain, once round the loop multiplies disuse by the loop gain G = c · a · (1 − x) · b, and
each week disuse changes by the factor 1 − r + r G: with G < 1 pain settles back after an
episode; with G > 1 it grows after the episode and stays at a chronic level P* with
P* = 10 (1 − exp(−G P* / 10)) (the non-zero fixed point); exposure (x > 0) lowers G.
Fear is a 0–10 score like pain, so it is capped at 10 (:data:`FEAR_MAX`): with c > 1 a high
pain would otherwise give a fear above the top of its scale. The cap does not change the loop
gain (it acts only when c · pain > 10); where it acts, the long-run level is lower than the
formula above, and :func:`chronic_level` takes ``catastrophising`` to account for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Catastrophising c: pain-related fear per unit of pain. A teaching default chosen so that the
#: default loop gain (1.2) is just above 1; real fear-avoidance is measured with questionnaires,
#: not gains. [assumption: vlaeyen2000 | dimensionless]
CATASTROPHISING = 1.2
#: Avoidance a: avoidance per unit of fear; a teaching default of 1. [assumption | dimensionless]
AVOIDANCE = 1.0
#: Disuse to pain b: pain per unit of disuse; a teaching default of 1. That disuse feeds pain is a
#: plausible mechanism, not established. [assumption: bousema2007 | dimensionless]
DISUSE_TO_PAIN = 1.0
#: Fraction of the gap to the new avoidance level that disuse closes each week: a teaching
#: choice (deconditioning over weeks). [assumption | fraction per week]
DISUSE_RATE = 0.3
#: Top of the 0–10 fear score: fear is capped there (a scale limit, not a finding). [setting]
FEAR_MAX = 10.0


def _check(name: str, value, low: float, high: float):
    arr = np.asarray(value, dtype=float)
    bad = ~np.isfinite(arr) | (arr < low) | (arr > high)
    if np.any(bad):
        raise ValueError(
            f"{name} must be between {low:g} and {high:g} (got {arr.ravel()[bad.ravel()][0]:g})"
        )
    return arr


def loop_gain(
    catastrophising=CATASTROPHISING,
    avoidance=AVOIDANCE,
    disuse_to_pain=DISUSE_TO_PAIN,
    exposure=0.0,
):
    """Loop gain G = c · a · (1 − x) · b of the fear-avoidance loop (teaching model).

    c catastrophising (fear per unit pain), a avoidance per unit fear, b pain per unit disuse,
    x exposure / graded activity / pacing (0 = full avoidance, 1 = fully confronting).
    Vectorised. The loop structure is Vlaeyen & Linton 2000; the product form is ours.
    """
    c = _check("catastrophising", catastrophising, 0, 5)
    a = _check("avoidance", avoidance, 0, 5)
    b = _check("disuse_to_pain", disuse_to_pain, 0, 5)
    x = _check("exposure", exposure, 0, 1)
    return c * a * (1.0 - x) * b


def fear_from_pain(pain, catastrophising=CATASTROPHISING):
    """Pain-related fear (0–10) = min(10, c · pain). Vectorised (teaching model)."""
    p = _check("pain", pain, 0, 10)
    c = _check("catastrophising", catastrophising, 0, 5)
    return np.minimum(FEAR_MAX, c * p)


def chronic_level(gain, *, catastrophising=None, iterations: int = 60):
    """Long-run pain (0–10) that the loop holds by itself after an episode (teaching model).

    The non-zero fixed point of P = 10 (1 − exp(−G P / 10)) when G > 1, and 0 when G ≤ 1
    (*derived* from the equations of :func:`weekly_update`, not a literature value). Solved
    by Newton's method from P = 10 (the function is convex, so this converges to the non-zero
    root for every G > 1). Near G = 1 the simulation approaches this level only slowly.
    With ``catastrophising`` c given, the cap of fear at 10 is applied: the fixed point of
    P = 10 (1 − exp(−(G / c) · min(10, c P) / 10)), which is the formula above while c P ≤ 10.
    Vectorised over ``gain`` (0–25).
    """
    g = _check("gain", gain, 0, 25)
    p = np.full(g.shape, 10.0)
    with np.errstate(all="ignore"):  # G ≤ 1 heads for P = 0, where the step is 0/0
        for _ in range(int(iterations)):
            e = np.exp(-g * p / 10.0)
            p = p - (p - 10.0 * (1.0 - e)) / (1.0 - g * e)
    p = np.where(g > 1.0, p, 0.0)
    if catastrophising is not None:
        c = _check("catastrophising", catastrophising, 0, 5)
        per_fear = np.where(c > 0, g / np.where(c > 0, c, 1.0), 0.0)
        # from the uncapped level (never below the capped one) iterate the capped map: it is
        # increasing and concave, so this falls monotonically to its non-zero fixed point
        for _ in range(200):
            p = 10.0 * (1.0 - np.exp(-per_fear * np.minimum(FEAR_MAX, c * p) / 10.0))
        p = np.where(g > 1.0, p, 0.0)
    return p


@dataclass(frozen=True)
class LoopResult:
    """Weekly trajectories from :func:`simulate_loop` (index 0 = week 0)."""

    week: np.ndarray
    pain: np.ndarray
    fear: np.ndarray
    avoidance: np.ndarray
    disuse: np.ndarray
    episode: np.ndarray
    gain: float

    @property
    def chronic(self) -> bool:
        """True if pain is still above 1/10 in the last week (persistent or growing)."""
        return bool(self.pain[-1] > 1.0)


def weekly_update(
    pain,
    disuse,
    episode_next=0.0,
    *,
    catastrophising=CATASTROPHISING,
    avoidance=AVOIDANCE,
    disuse_to_pain=DISUSE_TO_PAIN,
    exposure=0.0,
    disuse_rate=DISUSE_RATE,
):
    """One week of the loop, vectorised over people: returns (pain, disuse, fear, avoid).

    fear = min(10, c·pain); avoid = a(1 − x)·fear; disuse' = disuse + r(avoid − disuse);
    pain' = min(10, episode' + 10(1 − exp(−b·disuse'/10))). Teaching model (module docstring).
    ``fear`` and ``avoid`` are those of the current week (before the update).
    """
    p = _check("pain", pain, 0, 10)
    d = _check("disuse", disuse, 0, 1e3)
    ep = _check("episode_next", episode_next, 0, 10)
    c = _check("catastrophising", catastrophising, 0, 5)
    a = _check("avoidance", avoidance, 0, 5)
    b = _check("disuse_to_pain", disuse_to_pain, 0, 5)
    x = _check("exposure", exposure, 0, 1)
    r = _check("disuse_rate", disuse_rate, 0, 1)
    fear = np.minimum(FEAR_MAX, c * p)
    avoid = a * (1.0 - x) * fear
    d_new = d + r * (avoid - d)
    p_new = np.minimum(10.0, ep + 10.0 * (1.0 - np.exp(-b * d_new / 10.0)))
    return p_new, d_new, fear, avoid


def simulate_loop(
    weeks: int = 52,
    *,
    episode_pain: float = 6.0,
    episode_weeks: int = 2,
    catastrophising=CATASTROPHISING,
    avoidance=AVOIDANCE,
    disuse_to_pain=DISUSE_TO_PAIN,
    exposure=0.0,
    exposure_from_week: int = 0,
    disuse_rate=DISUSE_RATE,
) -> LoopResult:
    """Run the loop for ``weeks`` after an acute pain episode (teaching model).

    Weeks 0 … ``episode_weeks`` − 1 carry an episode of ``episode_pain`` (0–10, e.g. a strain
    or a relapse); afterwards only the loop can keep pain up. ``exposure`` (0–1; graded
    activity, pacing) applies from ``exposure_from_week`` on. With loop gain G < 1 pain settles;
    with G > 1 it grows and persists (*derived*, not a literature result).
    """
    n = int(_check("weeks", weeks, 1, 1000))
    ep_p = float(_check("episode_pain", episode_pain, 0, 10))
    ep_w = int(_check("episode_weeks", episode_weeks, 0, n))
    x_from = int(_check("exposure_from_week", exposure_from_week, 0, n))
    gains = dict(
        catastrophising=catastrophising,
        avoidance=avoidance,
        disuse_to_pain=disuse_to_pain,
        disuse_rate=disuse_rate,
    )
    x = float(_check("exposure", exposure, 0, 1))
    episode = np.where(np.arange(n + 1) < ep_w, ep_p, 0.0)
    pain, disuse = np.zeros(n + 1), np.zeros(n + 1)
    fear, avoid = np.zeros(n + 1), np.zeros(n + 1)
    pain[0] = episode[0]
    for t in range(n):
        xt = x if t >= x_from else 0.0
        p1, d1, f, a = weekly_update(pain[t], disuse[t], episode[t + 1], exposure=xt, **gains)
        pain[t + 1], disuse[t + 1], fear[t], avoid[t] = p1, d1, f, a
    fear[n] = min(FEAR_MAX, float(_check("catastrophising", catastrophising, 0, 5)) * pain[n])
    x_last = x if n >= x_from else 0.0
    avoid[n] = float(avoidance) * (1.0 - x_last) * fear[n]
    g = float(loop_gain(catastrophising, avoidance, disuse_to_pain, x))
    return LoopResult(np.arange(n + 1), pain, fear, avoid, disuse, episode, g)
