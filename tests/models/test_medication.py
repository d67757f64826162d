"""Tests for msbackpain.medication against the published side-effect rates."""

import numpy as np
import pytest

from msbackpain import medication as med

PUBLISHED = {  # Andersen et al. 2004: interferon beta-1a vs placebo, one low-dose weekly trial
    "flu-like symptoms": (0.37, 0.22),
    "myalgia": (0.15, 0.08),
    "headache": (0.36, 0.20),
}


def test_table_holds_published_rates():
    df = med.side_effect_table()
    ifn = df[df["drug"] == "interferon beta-1a"].set_index("side_effect")
    for effect, (drug, placebo) in PUBLISHED.items():
        assert ifn.loc[effect, "rate_drug"] == drug
        assert ifn.loc[effect, "rate_placebo"] == placebo
    assert "Andersen et al. 2004" in ifn["source"].iloc[0]
    assert df.attrs["citation"]


def test_table_qualitative_rows():
    df = med.side_effect_table()
    assert ((df["drug"] == "interferon beta") & (df["side_effect"] == "increased spasticity")).any()
    for drug in ("baclofen", "tizanidine"):
        effects = set(df.loc[df["drug"] == drug, "side_effect"])
        assert {"sleepiness", "muscle weakness"} <= effects
    assert df.loc[df["drug"] == "baclofen", "rate_drug"].isna().all()  # no invented numbers


@pytest.mark.parametrize("arm", ["interferon beta-1a", "placebo"])
def test_large_simulation_matches_table(arm):
    # tolerance: 0.015 absolute, > 4 binomial SDs for 20 000 people (SD ≈ 0.0034)
    sim = med.simulate_side_effects(arm, n_days=84, n_people=20_000, seed=11)
    rates = sim.reported_rate()
    for effect, (drug, placebo) in PUBLISHED.items():
        target = drug if arm != "placebo" else placebo
        assert rates[effect] == pytest.approx(target, abs=0.015)


def test_timing_assumption_day_after_exposure():
    sim = med.simulate_side_effects(n_days=60, n_people=2000, seed=1)
    j = sim.effects.index("flu-like symptoms")
    flu_days = np.flatnonzero(sim.symptom[:, :, j].any(axis=0))
    assert np.all(sim.exposure[flu_days - 1])  # always the day after an exposure day
    h = sim.effects.index("headache")
    assert np.all(sim.exposure[np.flatnonzero(sim.symptom[:, :, h].any(axis=0))])


def test_seeded_and_own_rates():
    a = med.simulate_side_effects(n_people=50, seed=5)
    b = med.simulate_side_effects(n_people=50, seed=5)
    np.testing.assert_array_equal(a.symptom, b.symptom)
    own = med.simulate_side_effects("baclofen", rates={"sleepiness": 0.5}, n_people=4000, seed=2)
    assert own.effects == ("sleepiness",)
    assert own.reported_rate()["sleepiness"] == pytest.approx(0.5, abs=0.03)


def test_bad_input():
    with pytest.raises(ValueError, match="drug 'baclofen' has no published side-effect rates"):
        med.simulate_side_effects("baclofen")
    with pytest.raises(ValueError, match=r"rates\['sleepiness'\] must be a probability"):
        med.simulate_side_effects("baclofen", rates={"sleepiness": 1.5})
    with pytest.raises(ValueError, match=r"n_days must be between 1 and 3650 \(got 0\)"):
        med.simulate_side_effects(n_days=0)
    with pytest.raises(TypeError, match="n_people must be a whole number"):
        med.simulate_side_effects(n_people=2.5)
    with pytest.raises(ValueError, match="per_exposure_prob must be between"):
        med.simulate_side_effects(per_exposure_prob=0)


def test_no_dose_advice_in_module_text():
    import inspect

    text = inspect.getsource(med).lower()
    for word in (" mg", "mcg", "µg", "should take", "recommended dose"):
        assert word not in text
