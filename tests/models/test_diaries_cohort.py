"""Diaries: the simulated cohort looks like a published MS cohort (each test names its range).

Demographics are checked on 20,000 drawn people (fast); prevalences that need the model (back
pain, Lhermitte episodes, relapses) on a simulated general-clinic cohort.
"""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain.diaries import cohort, drugs, study


@pytest.fixture(scope="module")
def people():
    return cohort.draw_people(20_000, np.random.default_rng(12))


def test_share_of_women(people):
    """Women 75–85% in clinic and online samples (2:1 in the population, Walton et al. 2020)."""
    assert 0.70 <= people["female"].mean() <= 0.85


def test_age_near_a_clinic_cohort(people):
    """Mean age 46.3 ± 10.6 in 645 people with MS (Motl 2013)."""
    assert 43.0 <= people["age"].mean() <= 50.0
    assert 8.0 <= people["age"].std() <= 14.0


def test_course_shares_and_later_onset_of_primary_progressive(people):
    """10–15% primary progressive; primary-progressive MS starts about a decade later."""
    course = people["course"]
    assert 0.10 <= (course == 2).mean() <= 0.15
    assert 0.55 <= (course == 0).mean() <= 0.85  # relapsing-remitting the largest group
    dx = people["age_at_diagnosis"]
    assert 6.0 <= dx[course == 2].mean() - dx[course != 2].mean() <= 14.0
    assert 29.0 <= dx[course == 0].mean() <= 35.0  # mean age at diagnosis 32 (Walton 2020)


def test_edss_like_clinics(people):
    """EDSS mean about 3.5 in clinic cohorts; half steps (Kurtzke 1983), no 0.5."""
    e = people["edss"]
    assert 3.0 <= e.mean() <= 4.0
    assert np.allclose(e * 2, np.round(e * 2)) and not (e == 0.5).any()
    walking = people["walking"]
    assert (walking[e >= 7.0] == cohort.WALKING_LABELS.index("wheelchair")).all()
    assert (walking[e < 4.0] == 0).all()
    assert people["traits"]["lesion_severity"].max() < 7.5  # the model's walking limit


def test_steps_like_ambulatory_people_with_ms(people):
    """5,903 ± 3,185 steps a day in 645 ambulatory people with MS, fewer with higher EDSS
    (Motl et al. 2013)."""
    steps, e = people["traits"]["steps"], people["edss"]
    amb = e < 7.0
    assert 5000 <= steps[amb].mean() <= 6800
    assert 2400 <= steps[amb].std() <= 4200
    assert steps[e <= 2].mean() > 1.5 * steps[(e >= 5) & amb].mean()
    assert steps[~amb].max() <= 1000  # wheelchair users take few steps


def test_heat_sensitivity_and_lhermitte_prevalence(people):
    """58% report heat sensitivity (Flensner et al. 2011); Lhermitte's sign 16% (Foley 2013)."""
    assert 0.54 <= people["reports_heat_sensitivity"].mean() <= 0.62
    h = people["traits"]["heat_sensitivity"]
    rep = people["reports_heat_sensitivity"]
    assert h[rep].mean() > h[~rep].mean() + 0.3  # related but not a perfect separation
    assert (h[~rep] > h[rep].min()).any()
    assert 0.13 <= people["traits"]["has_lhermitte_sign"].mean() <= 0.19


def test_anti_spasticity_drug_follows_spasticity(people):
    """Confounding by indication: more spasticity, more often on an anti-spasticity drug."""
    t = people["traits"]
    on = people["anti_spasticity"] > 0
    assert 0.15 <= on.mean() <= 0.35
    severity = t["spasticity_gain"] * t["lesion_severity"]
    assert severity[on].mean() > 1.5 * severity[~on].mean()


def test_several_drugs_interferon_a_minority(people):
    d = drugs.assign(people["course"], np.random.default_rng(1))
    shares = np.bincount(d, minlength=len(drugs.DRUG_NAMES)) / d.size
    assert (shares[1:] >= 0.05).all()  # every drug is used
    assert shares[drugs.DRUG_NAMES.index("interferon beta-1a")] < 0.2
    assert 0.3 <= shares[0] <= 0.6  # many take none


@pytest.fixture(scope="module")
def general():
    return study.simulate_study(2000, 365, 21, setting="general")[1]


def _stack(chunks, f):
    return np.concatenate([f(c) for c in chunks])


def test_back_pain_is_not_universal_in_a_general_cohort(general):
    """A general MS cohort is not a back-pain cohort: back pain 20% pooled (Foley et al. 2013),
    low back pain 41.6–52.4% in a review (Massot et al. 2021). Here: the share whose diary
    ratings of back pain average 2 or more."""
    pain = _stack(
        general, lambda c: np.where(c.rec["filled"] & c.plan.enrolled, c.rec["back_pain"], np.nan)
    )
    share = np.nanmean(np.nanmean(pain, axis=1) >= 2.0)
    assert 0.20 <= share <= 0.52


def test_back_pain_clinic_is_selected_for_back_pain():
    chunks = study.simulate_study(300, 60, 21, setting="clinic")[1]
    pain = _stack(
        chunks, lambda c: np.where(c.rec["filled"] & c.plan.enrolled, c.rec["back_pain"], np.nan)
    )
    assert np.nanmean(np.nanmean(pain, axis=1) >= 2.0) > 0.75


def test_lhermitte_episodes_are_episodic(general):
    """Lhermitte's sign in about 16% (pooled, Foley et al. 2013), usually in spells of weeks:
    in a year, most people with the sign have episodes on a minority of days."""
    ep = _stack(general, lambda c: c.rec["lhermitte_episodes"])
    sign = _stack(general, lambda c: c.plan.people["traits"]["has_lhermitte_sign"])
    any_ep = (ep > 0).any(axis=1)
    assert any_ep.mean() <= 0.19
    assert not any_ep[~sign].any()
    days_with = (ep[sign] > 0).mean(axis=1)
    assert np.median(days_with) < 0.3


def test_relapse_rates_untreated_and_by_course(general):
    """0.2–0.5 relapses a year untreated in relapsing-remitting MS (a teaching range, Stellmann
    et al. 2012 on falling placebo rates); fewer in secondary progressive, none in primary
    progressive; fewer on a disease-modifying drug."""
    onset = _stack(general, lambda c: np.diff(c.out["relapse"], axis=1, prepend=0.0) > 0.5)
    years = onset.shape[1] / 365.25
    course = _stack(general, lambda c: c.plan.people["course"])
    drug = _stack(general, lambda c: c.plan.drug)
    rate = onset.sum(axis=1) / years
    untreated_rr = rate[(course == 0) & (drug == 0)].mean()
    assert 0.2 <= untreated_rr <= 0.5
    assert rate[(course == 0) & (drug > 0)].mean() < untreated_rr
    assert rate[course == 1].mean() < untreated_rr
    assert rate[course == 2].sum() == 0


def test_climate_daily_means_are_temperate():
    """Daily MEAN temperatures of a temperate city: about 0 °C in January and 19–20 °C in July;
    record daily means near 30 °C, so above 28 °C only on rare days; some heat waves."""
    import pandas as pd

    from msbackpain.diaries import climate

    dates = pd.date_range("2025-01-01", periods=365 * 40, freq="D")
    t, wave = climate.daily_means(dates, np.random.default_rng(3))
    month = dates.month.to_numpy()
    assert -2.0 <= t[month == 1].mean() <= 4.0
    assert 17.0 <= t[month == 7].mean() <= 22.0
    assert t.max() < climate.DAILY_MEAN_CEILING_C
    assert (t > 28.0).mean() < 0.002
    assert 0.002 < wave.mean() < 0.05


def test_most_people_rate_some_spasticity(general):
    """84% of people with MS report some spasticity (Rizzo et al. 2004): here the share whose
    spasticity ratings average 1 or more."""
    sp = _stack(
        general,
        lambda c: np.where(c.rec["filled"] & c.plan.enrolled, c.rec["spasticity"], np.nan),
    )
    assert 0.70 <= np.nanmean(np.nanmean(sp, axis=1) >= 1.0) <= 0.92


def test_sitting_habits_plausible_and_rising_with_edss(people):
    """Habitual sitting: a plausible waking day (2–11 h), more with higher EDSS (an assumption;
    upright time leaves room for walking and 8 h of sleep)."""
    t, e = people["traits"], people["edss"]
    assert 6.0 <= t["sitting_hours"].mean() <= 8.5
    assert t["sitting_hours"][e >= 6].mean() > t["sitting_hours"][e <= 2].mean() + 1.0
    upright = t["sitting_hours"] + t["standing_hours"] + t["bending_hours"]
    assert upright.max() <= 15.0
