"""Diaries: the answer key is computed by counterfactual simulation (same people, same random
days, one change), kept apart from the data, and read back by reveal()."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from msbackpain.diaries import answers as A
from msbackpain.diaries import study

COLUMNS = [
    "question",
    "asks",
    "effect",
    "unit",
    "spread_sd",
    "low",
    "high",
    "defined_as",
    "direct",
    "total",
]


@pytest.fixture(scope="module")
def small():
    cal, chunks = study.simulate_study(300, 200, 17)
    return chunks[0]


@pytest.fixture(scope="module")
def key():
    return A.answer_key(400, 240, 5)


def _effects(q, res, change_both=None):
    plan = res.plan
    if change_both is None:
        f = res
        cf = study.ChunkResult(plan, *study.run(plan, q.change))
    else:
        f = study.ChunkResult(plan, *study.run(plan, change_both))

        def both(s, p):
            change_both(s, p)
            q.change(s, p)

        cf = study.ChunkResult(plan, *study.run(plan, both))
    return A._person_effects(q, plan, f, cf)[0]


def _q(qid):
    return next(q for q in A.QUESTIONS if q.id == qid)


def test_a_run_without_a_change_repeats_the_factual_days(small):
    out, rec = study.run(small.plan)
    started = small.plan.physio["start"] >= 0
    assert np.array_equal(out["back_pain"][~started], small.out["back_pain"][~started])
    before = np.arange(small.plan.days)[None, :] < small.plan.physio["start"][:, None]
    # training changes nothing before the first session
    assert np.array_equal(out["back_pain"][before], small.out["back_pain"][before])
    assert np.array_equal(rec["filled"], small.rec["filled"])  # same observation draws


def test_an_exposure_switched_off_in_the_model_has_no_effect(small):
    """With heat sensitivity 0 in both runs, capping the temperature changes nothing."""

    def insensitive(s, p):
        s.traits["heat_sensitivity"] = np.zeros_like(s.traits["heat_sensitivity"])

    for qid in ("heat_on_fatigue", "heat_on_pain"):
        e = _effects(_q(qid), small, insensitive)
        assert np.nanmax(np.abs(e)) == 0.0


def test_removing_side_effects_matters_only_on_side_effect_days(small):
    q = _q("side_effect_on_fatigue")
    cf = study.ChunkResult(small.plan, *study.run(small.plan, q.change))
    quiet = ~small.plan.side["any"]
    assert np.array_equal(
        small.rec["fatigue"][quiet & (small.out["relapse"] == cf.out["relapse"])],
        cf.rec["fatigue"][quiet & (small.out["relapse"] == cf.out["relapse"])],
    )


def test_known_null_sitting_does_not_carry_over_to_the_next_day(key):
    """The model has no route from one day's sitting to the next evening's pain beyond the
    strain left overnight: the next-day effect is about 0, the same-day effect is not."""
    q = key["questions"]
    assert abs(q["sitting_on_next_day_pain"]["effect"]) < 0.02
    assert q["sitting_on_pain"]["effect"] > 0.02


def test_effects_have_the_expected_signs(key):
    q = key["questions"]
    assert q["physiotherapy_on_pain"]["high"] < 0
    assert q["anti_spasticity_on_spasticity"]["high"] < 0
    assert q["side_effect_on_fatigue"]["low"] > 0
    assert q["heat_on_fatigue"]["low"] > 0
    assert q["lhermitte_with_cervical_lesion"]["effect"] > 0
    # direct part of heat on pain (not through muscle fatigue) is smaller than the total
    h = q["heat_on_pain"]
    assert 0 <= h["direct"] < h["total"] == h["effect"]
    # physiotherapy's effect lies within the trial range (about -0.9, 95% CI -1.8 to 0.0)
    assert -1.8 < q["physiotherapy_on_pain"]["effect"] < 0.0


def test_key_structure_and_intervals(key):
    assert list(key["questions"]) == list(A.QUESTION_IDS)
    for qid, q in key["questions"].items():
        assert q["low"] <= q["effect"] <= q["high"], qid
        assert q["spread_sd"] >= 0 and q["n_people"] > 0, qid
        assert q["defined_as"] and q["asks"] and q["unit"], qid
    people = key["people"]
    assert len(people["patient_id"]) == 400
    assert set(people["person_effects"]) == set(A.QUESTION_IDS)


def test_reveal_reads_a_key(tmp_path, key):
    (tmp_path / A.ANSWER_FILE).write_text(json.dumps(key))
    df = A.reveal(path=tmp_path)
    assert list(df.columns[: len(COLUMNS)]) == COLUMNS or set(COLUMNS) <= set(df.columns)
    assert list(df["question"]) == list(A.QUESTION_IDS)
    assert df["effect"].dtype == float
    assert np.isnan(df.set_index("question").loc["physiotherapy_on_pain", "direct"])
    two = A.reveal(["heat_on_pain", "steps_on_pain"], path=tmp_path / A.ANSWER_FILE)
    assert list(two["question"]) == ["heat_on_pain", "steps_on_pain"]
    with pytest.raises(ValueError, match="unknown"):
        A.reveal(["nope"], path=tmp_path)
    with pytest.raises(FileNotFoundError):
        A.reveal(path=tmp_path / "missing")


def test_classroom_key_is_the_default():
    df = A.reveal()
    assert isinstance(df, pd.DataFrame)
    assert list(df["question"]) == list(A.QUESTION_IDS)  # the key's order, not alphabetical
    assert set(COLUMNS) <= set(df.columns)
