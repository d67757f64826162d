"""Uncertainty of the whole chain's intervention effects: intervals over random days and over
plausible assumptions, and the sensitivity of the notebook's conclusions to each assumption."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from msbackpain.whole_chain import model
from msbackpain.whole_chain import uncertainty as unc

WHO = ("disuse",)  # one person keeps the runs short


@pytest.fixture(scope="module")
def days():
    return unc.day_intervals(WHO, years=5)


@pytest.fixture(scope="module")
def params():
    return unc.parameter_intervals(WHO, draws=6)


# --------------------------------------------------------------------------- assumptions
def test_every_assumption_has_a_range_around_the_model_value_and_a_reason():
    assert unc.ASSUMPTIONS, "no assumption to sample"
    for a in unc.ASSUMPTIONS:
        assert a.low <= a.nominal <= a.high, a
        assert a.reason.strip() and a.label.strip(), a


def test_every_range_the_model_documents_is_sampled_with_plain_words():
    """A range the model documents but this module drops (renamed or not numeric) would narrow
    the intervals unnoticed; every sampled assumption has a plain label."""
    documented = set(getattr(model, "ASSUMPTION_RANGES", {}) or {})
    assert documented <= {a.name for a in unc.ASSUMPTIONS}
    for a in unc.ASSUMPTIONS:
        assert a.name in unc.LABELS, f"{a.name}: add plain words to uncertainty.LABELS"


def test_assumption_table_lists_them():
    table = unc.assumption_table()
    assert list(table["name"]) == [a.name for a in unc.ASSUMPTIONS]
    assert (table["low"] < table["high"]).all()


def test_a_range_must_be_a_range():
    with pytest.raises(ValueError, match="low must be below high"):
        unc.Assumption("X", 1.0, 1.0, "x", "y")
    with pytest.raises(ValueError, match="where must be"):
        unc.Assumption("X", 0.0, 1.0, "x", "y", where="elsewhere")


def test_unknown_override_is_refused():
    with pytest.raises(ValueError, match="neither a numeric constant"):
        unc._split({"NO_SUCH_CONSTANT": 1.0})


# --------------------------------------------------------------------------- intervals
def test_intervals_contain_the_point_estimate(days, params):
    for table in (days, params):
        assert (table["low"] <= table["change"] + 1e-12).all()
        assert (table["change"] <= table["high"] + 1e-12).all()
    both = unc.effect_intervals(WHO)
    assert (both["days_low"] <= both["change"] + 1e-12).all()
    assert (both["change"] <= both["days_high"] + 1e-12).all()


def test_one_row_per_person_and_intervention(days):
    assert list(days["intervention"]) == list(model.FULL_DOSE)
    assert (days["n"] == 5).all()


def test_intervals_are_wider_with_parameter_uncertainty(days, params):
    """The parameter samples use the same simulated years as the day intervals, so the extra
    width is the assumptions': for the interventions that act in person A, it is wider."""
    acting = days["high"] - days["low"] < 0.5  # all of them; the filter keeps the test honest
    width_days = (days["high"] - days["low"])[acting]
    width_params = (params["high"] - params["low"])[acting]
    moved = params["change"].abs() > 0.02
    assert (width_params[moved] > width_days[moved]).all()
    assert width_params.sum() > 2 * width_days.sum()


def test_deterministic_given_the_seed():
    a = unc.parameter_draws(8, seed=3)
    b = unc.parameter_draws(8, seed=3)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(unc.parameter_draws(8, seed=4))
    first = unc.yearly_changes(WHO, seeds=[1])
    unc._changes.cache_clear()
    again = unc.yearly_changes(WHO, seeds=[1])
    pd.testing.assert_frame_equal(first, again)


def test_latin_hypercube_uses_every_stratum_once():
    n = 10
    table = unc.parameter_draws(n, seed=0)
    for a in unc.ASSUMPTIONS:
        u = (table[a.name].to_numpy() - a.low) / (a.high - a.low)
        assert ((u >= 0) & (u <= 1)).all()
        assert sorted(np.floor(u * n).astype(int)) == list(range(n))


def test_overrides_reach_the_model_and_are_undone():
    name = "SUPPORTED_SITTING_MPA"
    before = getattr(model, name)
    base = unc._changes(WHO, 0, ())
    high = unc._changes(WHO, 0, ((name, 0.45),))
    seating = list(model.FULL_DOSE).index("seating")
    assert high[0, seating] > base[0, seating]  # a less supportive seat helps less
    assert getattr(model, name) == before
    with unc._patched({name: 0.1}):
        assert model.SUPPORTED_SITTING_MPA == 0.1
    assert getattr(model, name) == before


# --------------------------------------------------------------------------- sensitivity
def _toy_effects(params, needs=None):
    """A constructed case: training's effect is X − 1 points, seating's −0.5, the drug's 0.1 X."""
    x = params.get("X", 0.8)  # 0.8: the value of the made-up assumption below
    index = pd.MultiIndex.from_product([["disuse"], ["training", "seating", "anti_spasticity"]])
    return pd.DataFrame({"change": [x - 1.0, -0.5, 0.1 * x]}, index=index)


def test_sensitivity_finds_a_known_flip():
    x = unc.Assumption("X", 0.0, 2.0, "a made-up assumption", "for the test", value=0.8)
    table = unc.sensitivity(
        [x],
        [unc.training_beats_seating("disuse"), unc.drug_raises_pain("disuse")],
        effects=_toy_effects,
    ).set_index("conclusion")
    # training (X − 1) beats seating (−0.5) only while X < 0.5: false at 0.8, true at 0
    training = table.loc["training_beats_seating_disuse"]
    assert not training["holds"] and training["at_low"] and not training["at_high"]
    assert training["flips"] and training["flip_at"] == pytest.approx(0.5)
    # the drug (0.1 X) raises pain for every X > 0: it flips only at the low end, X = 0
    drug = table.loc["drug_raises_pain_disuse"]
    assert drug["holds"] and drug["at_high"] and not drug["at_low"]
    assert drug["flip_at"] == pytest.approx(0.0, abs=1e-9)


def test_a_conclusion_that_holds_over_the_range_does_not_flip():
    x = unc.Assumption("X", 0.6, 2.0, "a made-up assumption", "for the test", value=0.8)
    table = unc.sensitivity([x], [unc.seating_beats_training("disuse")], effects=_toy_effects)
    row = table.iloc[0]
    assert row["holds"] and row["at_low"] and row["at_high"] and not row["flips"]
    assert np.isnan(row["flip_at"])
    assert unc.flips(table).empty


def test_default_conclusions_are_stated_the_way_the_model_points():
    effects = unc.model_effects({})
    conclusions = unc.default_conclusions(effects)
    assert conclusions
    for c in conclusions:
        assert c.holds(effects), c.text


def test_sensitivity_of_the_model_runs_only_what_the_conclusions_need():
    a = next(x for x in unc.ASSUMPTIONS if x.name == "TRAINING_PAIN_MODULATION")
    conclusion = unc.training_within_trials("disuse", low=-5.0, high=0.0)
    table = unc.sensitivity([a], [conclusion])
    row = table.iloc[0]
    assert row["holds"] and row["at_low"] and row["at_high"]
    # more pain modulation by training: a larger fall in pain, so a larger margin
    assert row["margin_high"] > row["margin"] >= row["margin_low"]
