"""Notebook 08: the diary browser and the self-checks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from test_blit import live_axes

from msbackpain.diaries import estimates as est
from msbackpain.diaries import load_diary, load_patients
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.lessons.patient_diaries import analyses, captions, figures, key
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
    dates = pd.date_range("2025-03-01", periods=10)  # a Saturday
    grid, monday = calendar_grid(pd.Series(dates), np.arange(10))
    assert monday == pd.Timestamp("2025-02-24")
    assert grid[5, 0] == 0 and grid[0, 1] == 2 and np.isnan(grid[0, 0])
    assert set(VARIABLES) >= {"back_pain", "steps"}


def _verdict(v):
    return v.status


def _by_hand_lag(diary):
    """Exercise 2's solution, written out with pandas (not with the estimator)."""
    lagged = est.with_yesterday(diary, ["sitting_hours"])
    d = lagged.dropna(subset=["back_pain", "sitting_hours_yesterday"]).copy()
    for col in ("back_pain", "sitting_hours_yesterday"):
        own = d.groupby("patient_id", observed=True)[col].transform("mean")
        d[col] = d[col].astype(float) - own.astype(float)
    x, y = d["sitting_hours_yesterday"], d["back_pain"]
    return float((x * y).sum() / (x * x).sum())


def _by_hand_physio(patients, diary, flare=28):
    """Exercise 3's solution, written out with pandas (not with the estimator)."""
    p = diary.dropna(subset=["back_pain"]).copy()
    p["back_pain"] = p["back_pain"].astype(float)
    who = patients.set_index(patients["patient_id"].astype(str))
    referral = who["physio_referral"] if "physio_referral" in who else who["physio_start"]
    pid = p["patient_id"].astype(str)
    p["since"] = (p["date"] - pd.to_datetime(pid.map(who["physio_start"]))).dt.days
    p["since_flare"] = (p["date"] - pd.to_datetime(pid.map(referral))).dt.days
    c = p[p["since_flare"].isna() | (p["since_flare"] < -flare)].copy()
    own = c.groupby("patient_id", observed=True)["back_pain"].transform("mean")
    c["vs_own"] = c["back_pain"] - own
    date_effect = c.groupby("date")["vs_own"].mean()
    p["relative"] = p["back_pain"] - p["date"].map(date_effect).astype(float)
    s = p[p["since"].notna()]
    after = s[s["since"] >= 0].groupby("patient_id", observed=True)["relative"].mean()
    before = s[s["since_flare"].between(-flare - 56, -flare - 1)]
    before = before.groupby("patient_id", observed=True)["relative"].mean()
    return float((after - before).dropna().mean())


def test_checks_right_for_solutions_and_not_for_wrong(data):
    patients, diary = data
    raw = pd.read_csv(DATA_DIR / "diary_raw.csv", dtype=str, keep_default_na=False)
    assert _verdict(check.exercise_1(int(raw.duplicated().sum()))) == "right"
    assert _verdict(check.exercise_1(len(raw) - len(diary) + 7)) == "wrong"
    assert _verdict(check.exercise_2(_by_hand_lag(diary))) == "right"
    d = diary.dropna(subset=["back_pain", "sitting_hours"])
    w = est.within(d, ["back_pain", "sitting_hours"])
    today = check.exercise_2(est.slope(w["back_pain"], w["sitting_hours"]))
    assert _verdict(today) == "wrong" and "yesterday" in today.message
    assert _verdict(check.exercise_3(_by_hand_physio(patients, diary))) == "right"
    naive = check.exercise_3(est.physio_naive(est.panel(diary, patients)).value)
    assert _verdict(naive) == "wrong" and "naive" in naive.message
    people = analyses.person_table(patients, diary)
    share = people.groupby("has_cervical_lesion")["any_lhermitte"].mean()
    assert _verdict(check.exercise_5(float(share[True] - share[False]))) == "right"
    assert _verdict(check.exercise_5(float(share[False] - share[True]))) == "wrong"
    assert _verdict(check.exercise_4("edss")) == "right"
    assert _verdict(check.exercise_4("temperature_c")) == "wrong"


def test_unanswered_and_wrong_types_get_feedback():
    assert _verdict(check.exercise_2(...)) == "unanswered"
    assert _verdict(check.exercise_3("about -1")) == "wrong"


def test_reveal_table_compares_every_analysis_with_the_key():
    table = analyses.comparison()
    assert set(table["kind"]) == {"fair", "naive"}
    keyed = table[np.isfinite(table["effect"])]
    assert len(keyed) >= len(table) - 1
    assert (table["low"] <= table["estimate"]).all() and (table["estimate"] <= table["high"]).all()
    inside = (keyed["low"] <= keyed["effect"]) & (keyed["effect"] <= keyed["high"])
    assert ((keyed["verdict"] == "covers the effect") == inside).all()
    assert set(key.reveal().columns) >= set(key.COLUMNS)


def test_figures_draw_and_captions_describe_them(data):
    from matplotlib.figure import Figure

    patients, diary = data
    event = est.physio_event_study(est.panel(diary, patients), n_boot=20)
    caption, alt = captions.event_study_text(event)
    assert "week" in alt and caption
    ax = figures.plot_event_study(Figure().add_subplot(), event, wait_weeks=5.0)
    assert ax.get_xlabel().startswith("weeks since the referral")
    table = analyses.comparison()
    axes = figures.plot_reveal(Figure().subplots(len(table), 1), table)
    assert [a.get_ylabel().split("\n")[0] for a in axes] == list(table["analysis"])
    assert f"{len(table)} strips" in captions.reveal_text(table)[1]
    ax = figures.plot_ratings(Figure().add_subplot(), diary["back_pain"])
    assert len(ax.patches) == 11


def test_prose_results_are_computed():
    from msbackpain.lessons.patient_diaries.results import RESULTS

    for name in ("physio_naive", "physio_fair"):
        assert "95% CI" in RESULTS[name].text()
    assert "naive estimate" in RESULTS["physio_gap"].text()
