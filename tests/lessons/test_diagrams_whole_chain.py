"""Notebook 07's diagrams and self-checks: controls change the picture, bad values are refused,
checks say right for the solutions and not yet for plausible wrong answers."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure

from msbackpain import whole_chain
from msbackpain.lessons.whole_chain import captions, diagrams, figures
from msbackpain.lessons.whole_chain import checks as check
from msbackpain.ui import interactive, style
from msbackpain.whole_chain import uncertainty

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
    fig = Figure()
    axes = fig.subplots(3, 2, sharex=True)
    figures.plot_year(axes, years)
    assert [ax.get_title(loc="left") for ax in axes[:, 0]] == [
        r.person.label for r in years.values()
    ]
    assert len(fig.axes) == 6  # small multiples: no twin axes
    # pain keeps its 0–10 axis; each driver has its own panel in its own unit (no rescaling)
    for (ax, driver_ax), key in zip(axes, years, strict=True):
        assert ax.get_ylim() == (0, 10)
        driver = figures.DRIVERS[key]
        unit = whole_chain.NODE_UNITS[driver][0]
        assert driver_ax.get_ylabel().replace("\n", " ") == unit
        plotted = driver_ax.get_lines()[0].get_ydata()
        assert plotted == pytest.approx(figures.weekly(years[key].nodes[driver].to_numpy()))
    effects = uncertainty.effect_intervals()
    ax = figures.plot_effect_intervals(Figure().add_subplot(), effects)
    assert len(ax.patches) == len(whole_chain.FULL_DOSE) * len(whole_chain.PEOPLE)
    # two interval lines per bar
    assert len(ax.get_lines()) >= 2 * len(effects)


def test_sensitivity_panel_draws_one_tornado_per_conclusion():
    conclusions = uncertainty.default_conclusions()
    table = uncertainty.sensitivity(conclusions=conclusions)
    axes = Figure().subplots(1, len(conclusions), sharey=True)
    figures.plot_sensitivity(axes, table, [c.name for c in conclusions])
    n = table["assumption"].nunique()
    for ax in axes:
        assert len(ax.patches) == 2 * n  # low end and high end of every assumption
    text = captions.sensitivity_text(table, conclusions)
    for c in conclusions:
        assert c.text in text.alt


def test_the_bar_chart_says_in_this_teaching_model_and_its_alt_text_has_every_value():
    effects = uncertainty.effect_intervals()
    text = captions.effects_text(effects)
    assert text.caption.startswith("In this teaching model, under these assumptions")
    for name in whole_chain.FULL_DOSE:
        assert whole_chain.INTERVENTIONS[name].label in text.alt


def test_dose_response_with_the_larger_functional_weakness():
    doses = [0.0, 1.0]
    pains = {"disuse": [4.0, 4.1], "cervical": [5.0, 4.5]}
    spast = {"disuse": [1.0, 0.2], "cervical": [15.0, 3.0]}
    ax = figures.plot_dose_response(Figure().add_subplot(), doses, pains, spast, pains, "3×")
    assert len(ax.get_lines()) == 4


def test_no_best_treatment_wording_in_the_notebook_or_its_lesson():
    """Nothing in 07 may read as a best dose or treatment."""
    root = Path(__file__).resolve().parents[2]
    files = [
        root / "src" / "notebooks" / "07_whole_chain.py",
        root / "instructor" / "07_whole_chain.md",
    ]
    files += sorted((root / "src" / "msbackpain" / "lessons" / "whole_chain").glob("*.py"))
    pattern = re.compile(r"\bbest\b(?! run as)", re.IGNORECASE)
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and 'loc="best"' not in line and "test_no_best" not in line
    ]
    assert not found, "\n".join(found)


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
    smallest = whole_chain.smallest_combinations(check.TARGET_PERSON, check.TARGET_PAIN)
    assert smallest and len(smallest[0]) >= 2  # no single intervention is enough
    assert ": right." in _status(capsys, check.exercise_2, list(smallest[0]))
    assert "not yet" in _status(capsys, check.exercise_2, ["seating"])
    extra = next(n for n in whole_chain.FULL_DOSE if n not in smallest[0])
    too_many = [*smallest[0], extra]
    assert "not the smallest" in _status(capsys, check.exercise_2, too_many)
    assert "not intervention names" in _status(capsys, check.exercise_2, ["massage"])


def test_loop_contribution_is_intact_minus_broken():
    intact = whole_chain.simulate("disuse").mean()
    broken = whole_chain.simulate("disuse", edges_off=[("avoidance", "disuse")]).mean()
    assert check.loop_contribution("disuse") == pytest.approx(intact - broken)
    assert check.loop_contribution("disuse") > 0


def test_exercise_3(capsys):
    assert ": right." in _status(capsys, check.exercise_3, [])
    assert "not yet" in _status(capsys, check.exercise_3, ["dmd"])


def test_build_steps(capsys):
    check.build_step_1(lambda b, t: np.mean(t) - np.mean(b))
    assert ": right." in capsys.readouterr().out
    check.build_step_1(lambda b, t: np.mean(b) - np.mean(t))  # the wrong way round
    assert "not yet" in capsys.readouterr().out

    def yearly(who, names, seed):
        return whole_chain.simulate(who, names, seed=seed).mean()

    check.build_step_2(yearly)
    assert ": right." in capsys.readouterr().out
    used = check.build_step_3(
        lambda who, names, seed=0: yearly(who, names, seed) - yearly(who, [], seed)
    )
    assert "uses your" in capsys.readouterr().out
    assert used("heat", ["cooling"]) == pytest.approx(check.reference_effect("heat", ["cooling"]))
    fallback = check.build_step_3(lambda who, names, seed=0: yearly(who, names, seed))
    assert fallback is check.reference_effect and "not yet" in capsys.readouterr().out
