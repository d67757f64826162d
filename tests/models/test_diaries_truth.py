"""Diaries: determinism, truth is truth (estimates recover ground-truth effects), realism."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from msbackpain.diaries import estimates as E
from msbackpain.diaries import generate_cohort
from msbackpain.diaries.dataset import CLASSROOM, FILES, write_dataset
from msbackpain.diaries.datasheet import REALISM_RANGES
from msbackpain.diaries.generate import simulate_arrays
from msbackpain.diaries.observation import settings

ROOT = Path(__file__).resolve().parents[2]
OFF = {k: False for k in settings()}


def test_same_seed_same_bytes_different_seed_different(tmp_path):
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        write_dataset(tmp_path / name, 10, 30, seed)
    for f in FILES:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    assert (tmp_path / "a" / "diary.csv").read_bytes() != (
        tmp_path / "c" / "diary.csv"
    ).read_bytes()
    assert b"\r\n" not in (tmp_path / "a" / "diary.csv").read_bytes()


def test_data_folder_regenerates_byte_for_byte(tmp_path):
    out = tmp_path / "data"
    cmd = [
        sys.executable,
        "-m",
        "msbackpain.diaries",
        "--patients",
        str(CLASSROOM["n_patients"]),
        "--days",
        str(CLASSROOM["n_days"]),
        "--seed",
        str(CLASSROOM["seed"]),
        "--out",
        str(out),
    ]
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    for f in FILES:
        assert (out / f).read_bytes() == (ROOT / "data" / f).read_bytes(), f


@pytest.fixture(scope="module")
def medium():
    return generate_cohort(1500, 365, 11, habits=OFF)


def test_truth_heat_on_fatigue(medium):
    t = medium.truth
    hs = [
        p
        for p, h in zip(
            t["hidden_traits"]["patient_id"], t["hidden_traits"]["heat_sensitive"], strict=True
        )
        if h
    ]
    est = E.heat_on_fatigue(medium.diary, hs)
    assert est == pytest.approx(t["effects"]["heat_on_fatigue"]["value"], abs=0.04)


def test_truth_sitting_yesterday_on_pain(medium):
    est = E.sitting_on_pain(medium.diary)
    assert est == pytest.approx(
        medium.truth["effects"]["sitting_yesterday_on_pain"]["value"], abs=0.03
    )


def test_truth_physiotherapy_with_comparison_group(medium):
    r = E.physio_before_after(medium.diary, medium.patients)
    assert r["with_comparison"] == pytest.approx(
        medium.truth["effects"]["physio_on_pain"]["value"], abs=0.25
    )
    # confounding by indication: comparing groups is far from the truth
    assert r["between_groups"] > r["with_comparison"] + 0.5


def test_steps_pain_correlation_is_not_causation(medium):
    r = E.steps_and_pain(medium.diary)
    assert medium.truth["effects"]["steps_on_pain"]["value"] == 0
    assert r["between"] < -0.15  # confounded by EDSS


def test_completion_falls_and_missing_not_at_random():
    n, days = 1500, 240
    import pandas as pd

    c, true, done, *_ = simulate_arrays(n, days, 4, pd.Timestamp("2025-03-01"), settings())
    assert done[:, :30].mean() > done[:, -30:].mean() + 0.05
    high = true["pain"] > true["usual_pain"][:, None] + 1.5
    assert (~done[high]).mean() > (~done[~high]).mean() + 0.05
    c2, _, done2, *_ = simulate_arrays(n, days, 4, pd.Timestamp("2025-03-01"), settings(OFF))
    assert abs(done2[:, :30].mean() - done2[:, -30:].mean()) < 0.02


def test_habits_switch_off_and_are_recorded():
    on = generate_cohort(300, 60, 2)
    off = generate_cohort(300, 60, 2, habits=OFF)
    assert (
        on.truth["habits"]["digit_preference"]["on"]
        and not off.truth["habits"]["digit_preference"]["on"]
    )
    assert off.diary["back_pain"].notna().mean() > on.diary["back_pain"].notna().mean() - 0.2
    fives_on = on.diary["back_pain"].dropna().isin([0, 5, 10]).mean()
    fives_off = off.diary["back_pain"].dropna().isin([0, 5, 10]).mean()
    assert fives_on > fives_off + 0.03
    wk = on.diary["date"].dt.day_of_week >= 5
    assert on.diary.loc[wk, "steps"].mean() < on.diary.loc[~wk, "steps"].mean()


def test_realism_ranges():
    c = generate_cohort(6000, 365, 21, habits=OFF)
    p, t = c.patients, c.truth
    checks = {
        "female_fraction": (p["sex"] == "female").mean(),
        "heat_sensitive_fraction": np.mean(t["hidden_traits"]["heat_sensitive"]),
        "primary_progressive_fraction": (p["ms_course"] == "primary progressive").mean(),
    }
    rr = set(p.loc[p["ms_course"] == "relapsing-remitting", "patient_id"])
    onsets = sum(pid in rr for pid in t["relapse_onsets"]["patient_id"])
    checks["relapses_per_year_relapsing_remitting"] = onsets / len(rr) / (t["n_days"] / 365)
    for k, v in checks.items():
        lo, hi, _ = REALISM_RANGES[k]
        assert lo <= v <= hi, (k, v)


def test_bad_arguments():
    for args in ((-1, 10, 0), (10, 1, 0), (10, 10, -3)):
        with pytest.raises(ValueError):
            generate_cohort(*args)
    with pytest.raises(TypeError):
        generate_cohort(2.5, 10, 0)
    with pytest.raises(ValueError, match="habit"):
        generate_cohort(3, 10, 0, habits={"nonsense": 1})
