"""Notebook 07's diagrams and self-checks: controls change the picture, bad values are refused,
checks say right for the solutions and not yet for plausible wrong answers."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from msbackpain import whole_chain
from msbackpain.lessons.whole_chain import checks as check
from msbackpain.lessons.whole_chain import diagrams, figures
from msbackpain.ui import interactive, style

style.apply()


@pytest.fixture(scope="module")
def lit_map():
    return diagrams.make_lit_map()


@pytest.fixture(scope="module")
def dashboard():
    return diagrams.make_dashboard()


def test_both_diagrams_are_registered():
    assert "07:lit chain map" in interactive.REGISTRY
    assert "07:intervention dashboard" in interactive.REGISTRY


def test_dashboard_computes_each_setting_once(dashboard):
    """A slider dragged back over a setting finds its results in the cache."""
    dashboard.reset()
    dashboard.update(training=0.7)
    before = diagrams._dashboard_state.cache_info()
    dashboard.update(training=0.0)
    dashboard.update(training=0.7)
    after = diagrams._dashboard_state.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
    dashboard.reset()


def test_dashboard_curves_are_the_weekly_means_of_both_runs():
    state = diagrams.dashboard_state("disuse", 0.0, 1.0, 0.0, 0.0, 0.0, "off")
    base = whole_chain.simulate("disuse", seed=0)
    treated = whole_chain.simulate("disuse", whole_chain.Interventions(training=1.0), seed=0)
    pain = [i for i, stage in enumerate(diagrams.STAGES) if stage[1] == "back_pain"][0]
    without, with_ = state["curves"][pain]
    assert without == pytest.approx(figures.weekly(base.nodes["back_pain"].to_numpy()))
    assert with_ == pytest.approx(figures.weekly(treated.nodes["back_pain"].to_numpy()))
    assert state["pain"] == pytest.approx((base.mean(), treated.mean()))
    assert state["side_days"] is None


@pytest.mark.parametrize(
    ("name", "value"), [("who", "disuse"), ("month", 1), ("preset", "cooling")]
)
def test_every_control_of_the_lit_map_changes_the_picture(lit_map, name, value):
    lit_map.reset()
    before = lit_map.png
    lit_map.update(**{name: value})
    assert lit_map.png != before
    lit_map.reset()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("who", "disuse"),
        ("cooling", 0.0),
        ("training", 1.0),
        ("anti_spasticity", 1.0),
        ("seating", 1.0),
        ("pacing", 1.0),
        ("dmd", "side"),
    ],
)
def test_every_control_of_the_dashboard_changes_the_picture(dashboard, name, value):
    dashboard.reset()
    if name == "pacing":  # pacing acts where fear is high: person A
        dashboard.update(who="disuse")
    before = dashboard.png
    dashboard.update(**{name: value})
    assert dashboard.png != before
    dashboard.reset()


def test_dashboard_describes_the_result_in_words(dashboard):
    dashboard.reset()
    text = dashboard.status.value
    assert "B: heat-sensitive" in text and "cooling on hot days" in text
    assert "June–August" in text
    dashboard.update(dmd="side")
    assert "Treatment-related pain on" in dashboard.status.value
    dashboard.reset()


def test_alt_texts_follow_the_controls(lit_map, dashboard):
    assert "Jul" in lit_map.alt()
    assert "Jan" in lit_map.alt({"who": "heat", "month": 1, "preset": ""})
    assert "without interventions" in dashboard.alt()


def test_bad_values_are_refused(lit_map, dashboard):
    with pytest.raises(ValueError, match="month must be between 1 and 12"):
        lit_map.update(month=13)
    with pytest.raises(ValueError, match="who must be one of"):
        lit_map.update(who="nobody")
    with pytest.raises(ValueError, match=r"cooling must be between 0.0 and 1.0"):
        dashboard.update(cooling=1.5)
    with pytest.raises(ValueError, match="dmd must be one of"):
        dashboard.update(dmd="sometimes")


def test_static_figures_draw():
    years = {key: whole_chain.simulate(key) for key in whole_chain.PEOPLE}
    axes = figures.plot_year(Figure().subplots(3, 1), years)
    assert [ax.get_title(loc="left") for ax in axes] == [r.person.label for r in years.values()]
    effects = {key: whole_chain.intervention_effects(key) for key in whole_chain.PEOPLE}
    ax = figures.plot_intervention_effects(Figure().add_subplot(), effects)
    assert len(ax.patches) == len(whole_chain.FULL_DOSE) * len(effects)


# --------------------------------------------------------------------------- self-checks
def _status(capsys, function, answer) -> str:
    function(answer)
    return capsys.readouterr().out


def test_exercise_1(capsys):
    right = whole_chain.compare("disuse", ["cooling"], seed=0).change()
    assert ": right." in _status(capsys, check.exercise_1, right)
    wrong = _status(capsys, check.exercise_1, check.cooling_change("heat"))
    assert "not yet" in wrong and "person B" in wrong


def test_exercise_2(capsys):
    best = whole_chain.smallest_combinations(check.TARGET_PERSON, check.TARGET_PAIN)
    assert best
    assert ": right." in _status(capsys, check.exercise_2, list(best[0]))
    assert "not yet" in _status(capsys, check.exercise_2, ["seating"])
    too_many = [*best[0], *(n for n in whole_chain.FULL_DOSE if n not in best[0])][:3]
    assert "not the smallest" in _status(capsys, check.exercise_2, too_many)
    assert "not intervention names" in _status(capsys, check.exercise_2, ["massage"])


def test_exercise_3(capsys):
    intact = whole_chain.simulate("disuse").mean()
    broken = whole_chain.simulate("disuse", edges_off=[("avoidance", "disuse")]).mean()
    assert ": right." in _status(capsys, check.exercise_3, intact - broken)
    assert "not yet" in _status(capsys, check.exercise_3, broken - intact)


def test_exercise_4(capsys):
    assert ": right." in _status(capsys, check.exercise_4, [])
    assert "not yet" in _status(capsys, check.exercise_4, ["dmd"])
