"""Notebook 08: the diary browser and the self-checks."""

from __future__ import annotations

import json

import numpy as np
import pytest
from test_blit import live_axes

from msbackpain.diaries import estimates as est
from msbackpain.diaries import load_diary, load_patients
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.lessons.patient_diaries import checks as check
from msbackpain.lessons.patient_diaries.diagrams import (
    VARIABLES,
    calendar_grid,
    make_diary_browser,
    person_series,
)
from msbackpain.ui import style

style.apply()


@pytest.fixture(scope="module")
def data():
    return load_patients(DATA_DIR / "patients.csv"), load_diary(DATA_DIR / "diary.csv")


def test_browser_controls_change_the_picture():
    d = make_diary_browser()
    d.update(pid="P0001", variable="back_pain")
    first = d.png
    d.update(pid="P0002", variable="back_pain")
    second = d.png
    d.update(pid="P0002", variable="steps")
    third = d.png
    assert first != second != third
    assert "P0002" in d.alt() and "steps" in d.alt()
    assert "EDSS" in d.describe(**d.values)


def _shown_texts(diagram) -> set[str]:
    """Every text shown: in the Axes, and the ticks and labels of their live axes."""
    shown = {t.get_text() for ax in diagram.figure.axes for t in ax.texts if t.get_visible()}
    for live in (live for ax in diagram.figure.axes for live in live_axes(ax)):
        shown |= {t.get_text() for t in live.labels if t.get_visible()}
        shown |= {live.label.get_text()} if live.label is not None else set()
    return shown


def test_axes_labels_and_ticks_follow_the_variable():
    d = make_diary_browser()
    shown = _shown_texts(d)
    assert {"back pain (0–10)", "5", "10"} <= shown
    assert d.axes[0].title.get_text().startswith("P0001: back pain")
    d.update(pid="P0002", variable="steps")
    shown = _shown_texts(d)
    assert {"steps (thousands/day)", "5", "10", "15"} <= shown and "back pain (0–10)" not in shown
    assert d.axes[0].title.get_text().startswith("P0002: steps")
    drawn = d.axes[1].get_lines()[0].get_ydata()  # as a fraction of the scale, 15000 steps
    expected = person_series("P0002", "steps")["value"] / VARIABLES["steps"][2]
    np.testing.assert_allclose(drawn, expected)


def test_browser_refuses_bad_values():
    d = make_diary_browser()
    with pytest.raises((ValueError, KeyError)):
        d.update(pid="P9999")
    with pytest.raises((ValueError, KeyError)):
        d.update(variable="mood")


def test_calendar_grid_places_days():
    import pandas as pd

    dates = pd.date_range("2025-03-01", periods=10)  # a Saturday
    grid, monday = calendar_grid(pd.Series(dates), np.arange(10))
    assert monday == pd.Timestamp("2025-02-24")
    assert grid[5, 0] == 0 and grid[0, 1] == 2 and np.isnan(grid[0, 0])
    assert set(VARIABLES) >= {"back_pain", "steps"}


def _verdict(v):
    return v.status


def test_checks_right_for_solutions_and_not_for_wrong(data):
    patients, diary = data
    raw = __import__("pandas").read_csv(
        DATA_DIR / "diary_raw.csv", dtype=str, keep_default_na=False
    )
    assert _verdict(check.exercise_1(int(raw.duplicated().sum()))) == "right"
    assert _verdict(check.exercise_1(len(raw) - len(diary) + 7)) == "wrong"
    assert _verdict(check.exercise_2(est.sitting_on_pain(diary))) == "right"
    d = diary.dropna(subset=["back_pain", "sitting_hours"])
    w = est.within(d, ["back_pain", "sitting_hours"])
    assert _verdict(check.exercise_2(est.slope(w["back_pain"], w["sitting_hours"]))) == "wrong"
    physio = est.physio_before_after(diary, patients)
    assert _verdict(check.exercise_3(physio["with_comparison"])) == "right"
    assert _verdict(check.exercise_3(physio["between_groups"])) == "wrong"
    truth = json.loads((DATA_DIR / "ground_truth.json").read_text())
    t = truth["hidden_traits"]
    hs = [p for p, h in zip(t["patient_id"], t["heat_sensitive"], strict=True) if h]
    assert _verdict(check.exercise_5(est.heat_on_fatigue(diary, hs))) == "right"
    assert _verdict(check.exercise_5(-0.3)) == "wrong"
    assert _verdict(check.exercise_4("edss")) == "right"
    assert _verdict(check.exercise_4("temperature_c")) == "wrong"
