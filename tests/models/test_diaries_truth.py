"""Diaries: byte-for-byte reproducibility, the data folder without answers, students' cohorts,
the observation layer's habits (missing entries, pedometer, rating habits) and bad arguments."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from msbackpain.diaries import generate_cohort, study
from msbackpain.diaries.__main__ import main
from msbackpain.diaries.answers import ANSWER_FILE, QUESTION_IDS
from msbackpain.diaries.dataset import CLASSROOM, FILES, student_seed, write_dataset
from msbackpain.diaries.observation import settings

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
ANSWERS = ROOT / "instructor" / "answers"


def test_same_seed_same_bytes_different_seed_different(tmp_path):
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        write_dataset(tmp_path / name, 10, 30, seed)
    for f in FILES:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    a = (tmp_path / "a_answers" / ANSWER_FILE).read_bytes()
    assert a == (tmp_path / "b_answers" / ANSWER_FILE).read_bytes()
    diary = {n: (tmp_path / n / "diary.csv").read_bytes() for n in "ac"}
    assert diary["a"] != diary["c"]
    assert b"\r\n" not in (tmp_path / "a" / "diary.csv").read_bytes()


def test_data_folder_and_answers_regenerate_byte_for_byte(tmp_path):
    out = tmp_path / "data"
    cmd = [sys.executable, "-m", "msbackpain.diaries", "--out", str(out)]
    for k, flag in (("n_patients", "--patients"), ("n_days", "--days"), ("seed", "--seed")):
        cmd += [flag, str(CLASSROOM[k])]
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    for f in FILES:
        assert (out / f).read_bytes() == (DATA / f).read_bytes(), f
    key = tmp_path / "data_answers" / ANSWER_FILE
    assert key.read_bytes() == (ANSWERS / ANSWER_FILE).read_bytes()


def test_data_folder_holds_no_answers():
    # __init__.py only lets the package find the folder (installed as msbackpain.data)
    assert sorted(p.name for p in DATA.iterdir()) == sorted([*FILES, "__init__.py"])
    text = (DATA / "README.md").read_text()
    key = json.loads((ANSWERS / ANSWER_FILE).read_text())
    assert set(key["questions"]) == set(QUESTION_IDS)
    for word in ("ground_truth", "answer_key", "effect size", "hinge", "time constant", "log-odds"):
        assert word not in text, word
    # no true effect is printed in the datasheet (checked to two decimals)
    for q in key["questions"].values():
        if abs(q["effect"]) >= 0.1:
            number = re.escape(f"{abs(q['effect']):.2f}")
            assert not re.search(rf"(?<![\w./]){number}(?![\d])", text), q


def test_student_cohorts_differ_by_id_and_repeat_by_id(tmp_path):
    assert student_seed("s1") != student_seed("s2")
    assert student_seed(" s1 ") == student_seed("s1")
    for name, sid in (("x", "s1"), ("y", "s1"), ("z", "s2")):
        assert (
            main(
                [
                    "--student",
                    sid,
                    "--patients",
                    "12",
                    "--days",
                    "20",
                    "--out",
                    str(tmp_path / name),
                    "--quiet",
                ]
            )
            == 0
        )
        assert (tmp_path / name / "data" / "diary.csv").exists()
        assert (tmp_path / name / "answers" / ANSWER_FILE).exists()
        assert not (tmp_path / name / "data" / ANSWER_FILE).exists()
    read = {n: (tmp_path / n / "data" / "diary.csv").read_bytes() for n in "xyz"}
    assert read["x"] == read["y"] != read["z"]


def test_chunks_do_not_depend_on_later_people():
    """The first chunk of people is the same whatever the cohort size (streamed generation)."""
    m = study.CHUNK_PEOPLE
    a = generate_cohort(m, 15, 3, setting="general")
    b = generate_cohort(m + 7, 15, 3, setting="general")
    assert a.patients.equals(b.patients.iloc[:m].reset_index(drop=True))
    first = b.diary[b.diary["patient_id"].isin(a.patients["patient_id"])].reset_index(drop=True)
    first["patient_id"] = first["patient_id"].astype(str)
    mine = a.diary.assign(patient_id=a.diary["patient_id"].astype(str))
    pd.testing.assert_frame_equal(first, mine)


@pytest.fixture(scope="module")
def big():
    return study.simulate_study(1500, 240, 4, setting="general")[1]


def _stack(chunks, f):
    return np.concatenate([f(c) for c in chunks])


def test_completion_falls_over_the_study_and_is_lower_in_younger_people(big):
    """Ono et al. 2019: completion declined over study days and was lower in younger people."""
    filled = _stack(big, lambda c: np.where(c.plan.enrolled, c.rec["filled"], np.nan))
    first, last = np.nanmean(filled[:, :30]), np.nanmean(filled[:, -30:])
    assert 0.75 <= np.nanmean(filled) <= 0.95  # around the 85% of the pooled data
    assert first > last + 0.05
    age = _stack(big, lambda c: c.plan.people["age"])
    person = np.nanmean(filled, axis=1)
    assert np.nanmean(person[age < 35]) < np.nanmean(person[age >= 50]) - 0.03


def test_missing_entries_do_not_follow_pain_by_default(big):
    """Ono et al. 2019: pain intensity did not predict completion (the default here)."""
    filled = _stack(big, lambda c: c.rec["filled"] & c.plan.enrolled)
    enrolled = _stack(big, lambda c: c.plan.enrolled)
    true = _stack(big, lambda c: c.rec["true"]["back_pain"])
    high = enrolled & (true > np.nanmean(np.where(enrolled, true, np.nan), axis=1)[:, None] + 0.5)
    low = enrolled & ~high
    assert abs(filled[high].mean() - filled[low].mean()) < 0.02


def test_pain_dependent_missingness_is_a_switch():
    kw = {"setting": "general", "habits": {"missing_not_at_random": True}}
    chunks = study.simulate_study(600, 120, 4, **kw)[1]
    c = chunks[0]
    true, en = c.rec["true"]["back_pain"], c.plan.enrolled
    high = en & (true > np.nanmean(np.where(en, true, np.nan), axis=1)[:, None] + 0.5)
    assert c.rec["filled"][en & ~high].mean() > c.rec["filled"][high].mean() + 0.03


def test_pedometer_steps_do_not_go_missing_with_the_diary():
    c = generate_cohort(200, 60, 8, setting="general").diary
    missing_entry = c["back_pain"].isna()
    assert c.loc[missing_entry, "steps"].notna().mean() > 0.85
    assert 0.01 < c["steps"].isna().mean() < 0.15  # device not worn on some days


def test_rating_habits_switch_off():
    on = generate_cohort(300, 60, 2, setting="general")
    off = generate_cohort(300, 60, 2, setting="general", habits={"digit_preference": False})
    round_on = on.diary["back_pain"].dropna().isin([0, 5, 10]).mean()
    round_off = off.diary["back_pain"].dropna().isin([0, 5, 10]).mean()
    assert round_on > round_off + 0.02
    assert on.truth["habits"]["digit_preference"] > 0 == off.truth["habits"]["digit_preference"]
    assert "effects" not in on.truth


def test_enrolment_is_staggered_and_some_leave_early():
    p = generate_cohort(300, 180, 6, setting="general").patients
    span = (p["enrolled"].max() - p["enrolled"].min()).days
    assert span > 180
    left = p["left_study"].notna().mean()
    assert 0.03 < left < 0.25


def test_bad_arguments():
    for args in ((-1, 10, 0), (10, 1, 0), (10, 10, -3)):
        with pytest.raises(ValueError):
            generate_cohort(*args)
    with pytest.raises(TypeError):
        generate_cohort(2.5, 10, 0)
    with pytest.raises(ValueError, match="habit"):
        generate_cohort(3, 10, 0, habits={"nonsense": 1})
    with pytest.raises(ValueError, match="setting"):
        generate_cohort(3, 10, 0, setting="hospital")
    assert settings({"digit_preference": False})["digit_preference"] == 0
