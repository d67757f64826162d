"""The estimators of notebook 08 (msbackpain.diaries.estimates) against the truth.

Two kinds of tests:

* on small synthetic panels whose effects are set by the test (fast): person fixed effects
  remove a confounder that differs between people, the between-person slope does not, and the
  cluster bootstrap's 95% intervals cover the true slope about 95 times in 100 while intervals
  that treat days as independent cover it far less often;
* on a large simulated cohort (``slow``: the generator's whole-chain people, 1,500 people for a
  year, and the answer key computed by counterfactual simulation for the same people): each
  analysis the notebook calls fair recovers the key's average effect within its 95% interval,
  and each naive analysis the notebook warns about does not.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from msbackpain.diaries import estimates as est

# --- synthetic panels ------------------------------------------------------------------------


def _panel(n_people=80, n_days=60, slope=0.3, seed=0) -> pd.DataFrame:
    """y = slope·x + person level + AR(1) noise, where people with a high level have a low x
    (a confounder between people) and x is autocorrelated within a person."""
    rng = np.random.default_rng(seed)
    level = rng.normal(0, 1.5, n_people)
    x_mean = 5 - 1.5 * level
    x = np.empty((n_people, n_days))
    e = np.empty((n_people, n_days))
    x[:, 0] = rng.normal(0, 1, n_people)
    e[:, 0] = rng.normal(0, 1, n_people)
    for t in range(1, n_days):
        x[:, t] = 0.8 * x[:, t - 1] + rng.normal(0, 0.6, n_people)
        e[:, t] = 0.7 * e[:, t - 1] + rng.normal(0, 0.7, n_people)
    # each person's own slope differs (heterogeneity), around the average `slope`
    own = slope + rng.normal(0, 0.3, n_people)
    y = level[:, None] + own[:, None] * x + e
    return pd.DataFrame(
        {
            "patient_id": np.repeat([f"P{i:03d}" for i in range(n_people)], n_days),
            "x": (x + x_mean[:, None]).ravel(),
            "y": y.ravel() + (own * x_mean).repeat(n_days),
        }
    )


def test_person_fixed_effects_remove_a_confounder_between_people():
    d = _panel(n_people=200, slope=0.3, seed=1)
    within = est.within_slope(d, "y", "x")
    between = est.between_slope(d, "y", "x")
    assert within.covers(0.3) and abs(within.value - 0.3) < 0.1
    # people with a high level have a low x: the between-person slope is pulled far below
    assert between.high < 0.0


def test_cluster_bootstrap_covers_the_truth_and_day_bootstrap_does_not(monkeypatch):
    monkeypatch.setattr(est, "N_BOOT", 200)
    hits_people, hits_days = [], []
    for seed in range(40):
        d = _panel(n_people=40, n_days=40, slope=0.3, seed=100 + seed)
        d["day"] = np.arange(len(d))
        hits_people.append(est.within_slope(d, "y", "x").covers(0.3))
        hits_days.append(est.within_slope(d, "y", "x", cluster="day").covers(0.3))
    # 40 runs: at 95% coverage, 33 or fewer hits has probability < 1%
    assert sum(hits_people) >= 34
    assert sum(hits_days) <= sum(hits_people) - 8


def test_adjusting_for_a_mediator_gives_the_direct_part():
    rng = np.random.default_rng(3)
    n, days = 300, 50
    flag = (rng.random((n, days)) < 0.1).astype(float)
    mediator = 2.0 * flag + rng.normal(0, 1, (n, days))
    y = 1.0 * flag + 0.5 * mediator + rng.normal(0, 1, (n, days)) + rng.normal(0, 2, n)[:, None]
    d = pd.DataFrame(
        {
            "patient_id": np.repeat(np.arange(n), days),
            "flag": flag.ravel(),
            "m": mediator.ravel(),
            "y": y.ravel(),
        }
    )
    total = est.within_slope(d, "y", "flag")
    direct = est.within_slope(d, "y", "flag", adjust=["m"])
    assert total.covers(2.0) and direct.covers(1.0)
    assert not direct.covers(2.0)


def test_group_difference_is_a_difference_in_proportions():
    people = pd.DataFrame(
        {"g": [True] * 50 + [False] * 50, "y": [1] * 30 + [0] * 20 + [1] * 10 + [0] * 40}
    )
    e = est.group_difference(people, "y", "g")
    assert e.value == pytest.approx(0.6 - 0.2)
    assert e.low < 0.4 < e.high and e.low > 0.1


# --- the simulated cohort against its answer key ---------------------------------------------

N_PEOPLE, N_DAYS, SEED = 1500, 365, 11


@pytest.fixture(scope="module")
def cohort():
    from msbackpain.diaries import answers, generate_cohort

    c = generate_cohort(N_PEOPLE, N_DAYS, SEED)
    key = answers.answer_key(N_PEOPLE, N_DAYS, SEED)["questions"]
    return c.patients, c.diary, {q: v["effect"] for q, v in key.items()}


@pytest.fixture(scope="module")
def estimated(cohort):
    from msbackpain.lessons.patient_diaries import analyses

    patients, diary, _ = cohort
    saved = est.N_BOOT
    est.N_BOOT = 200
    try:
        rows = analyses._estimates(patients, diary)
    finally:
        est.N_BOOT = saved
    return {name: (question, e) for question, name, _, e in rows}


#: Fair analyses that recover the key's effect within their 95% interval.
RECOVERED = [
    "heat → fatigue: within people",
    "heat → pain: within people",
    "sitting yesterday → pain: within people",
    "physiotherapy: against people referred too",
    "relapse month → pain: within people",
    "relapse month → fatigue: within people",
    "side-effect days → pain: each person's difference, averaged over people",
    "side-effect days → fatigue: each person's difference, averaged over people",
    "Lhermitte: cervical lesion or not",
]
#: Naive analyses that the notebook warns about: their interval misses the key's effect.
MISSED = [
    "physiotherapy: naive before/after",
    "steps ↔ pain: between people",
    "anti-spasticity drug: across people",
    # the key asks about the average person; a regression weights people by their flagged days
    "side-effect days → pain: regression within people (more flagged days, more weight)",
]


@pytest.mark.slow
@pytest.mark.parametrize("name", RECOVERED)
def test_fair_analysis_recovers_the_answer_key(cohort, estimated, name):
    question, e = estimated[name]
    truth = cohort[2][question]
    assert e.covers(truth), f"{name}: {e} does not cover the key's {truth:+.3f}"


@pytest.mark.slow
@pytest.mark.parametrize("name", MISSED)
def test_naive_analysis_misses_the_answer_key(cohort, estimated, name):
    question, e = estimated[name]
    truth = cohort[2][question]
    assert not e.covers(truth), f"{name}: {e} covers the key's {truth:+.3f}"


@pytest.mark.slow
def test_naive_physiotherapy_estimate_is_off_by_enough_to_matter(cohort, estimated):
    truth = cohort[2]["physiotherapy_on_pain"]
    naive = estimated["physiotherapy: naive before/after"][1]
    fair = estimated["physiotherapy: against people referred too"][1]
    # the naive estimate promises at least half as much again as the true effect, and its
    # interval does not overlap the fair analysis's
    assert naive.value < 1.5 * truth
    assert naive.high < fair.low


@pytest.mark.slow
def test_within_person_steps_slope_is_close_to_the_key(cohort, estimated):
    """Within people, the day-to-day comparison misses the long-run part of walking more every
    day (through the loops), so it is somewhat flatter than the key; the slope stays within 0.03
    points per 1000 steps of the key (a tenth of a point for the
    3,000-step difference between a quiet and an active day), while the between-person slope
    does not."""
    truth = cohort[2]["steps_on_pain"]
    within = estimated["steps ↔ pain: within people"][1]
    between = estimated["steps ↔ pain: between people"][1]
    assert abs(within.value - truth) < 0.03
    assert abs(between.value - truth) > abs(within.value - truth)
