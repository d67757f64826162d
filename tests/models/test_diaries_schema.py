"""Diaries: every field is documented; generated data pass the loader and their constraints."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from msbackpain.diaries import load_diary, load_patients
from msbackpain.diaries import schema as S
from msbackpain.diaries.__main__ import main
from msbackpain.diaries.dataset import write_dataset

DATA = Path(__file__).resolve().parents[2] / "data"


def test_every_field_documented():
    pkg = json.loads((DATA / "datapackage.json").read_text())
    names = [r["name"] for r in pkg["resources"]]
    assert "ground_truth" not in names
    for res in pkg["resources"][:2]:
        for f in res["schema"]["fields"]:
            assert {"name", "type", "unit", "description", "constraints"} <= set(f)
            assert f["description"]


def test_schema_matches_generated_columns():
    from msbackpain.diaries import generate_cohort

    c = generate_cohort(8, 20, 4)
    assert list(c.patients.columns) == S.PATIENT_NAMES
    assert list(c.diary.columns) == S.DIARY_NAMES


@pytest.mark.parametrize(("seed", "setting"), [(0, "clinic"), (1, "general"), (99, "clinic")])
def test_generated_data_pass_and_constraints_hold(tmp_path, seed, setting):
    write_dataset(tmp_path, 15, 30, seed=seed, setting=setting, with_answers=False)
    p = load_patients(tmp_path / "patients.csv")
    d = load_diary(tmp_path / "diary.csv")
    assert len(p) == 15
    assert 0 < len(d) <= 15 * 30  # rows only while enrolled (some leave early)
    for fields, df in ((S.PATIENT_FIELDS, p), (S.DIARY_FIELDS, d)):
        for f in fields:
            col = df[f["name"]]
            c = f["constraints"]
            if c.get("required"):
                assert col.notna().all(), f["name"]
            v = col.dropna()
            if "minimum" in c:
                assert (v.astype(float) >= c["minimum"]).all(), f["name"]
            if "maximum" in c:
                assert (v.astype(float) <= c["maximum"]).all(), f["name"]
            if "enum" in c:
                assert set(v.astype(str)) <= set(c["enum"]), f["name"]
            if "multipleOf" in c:
                q = v.astype(float) / c["multipleOf"]
                assert np.allclose(q, np.round(q)), f["name"]


def test_cli_refuses_bad_arguments(tmp_path, capsys):
    for args in (["--patients", "-1", "--days", "5"], ["--patients", "3", "--days", "0"]):
        with pytest.raises(SystemExit):
            main(args + ["--out", str(tmp_path / "x")])
    assert "must be between" in capsys.readouterr().err
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    with pytest.raises(SystemExit):
        main(["--patients", "3", "--days", "5", "--out", str(full)])
    assert "--force" in capsys.readouterr().err
    assert (full / "keep.txt").read_text() == "mine"
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(SystemExit):
        main(["--patients", "3", "--days", "5", "--out", str(afile)])
    assert main(["--patients", "3", "--days", "5", "--out", str(full), "--force"]) == 0
    assert (full / "diary.csv").exists()
    assert (tmp_path / "full_answers" / "answer_key.json").exists()
    assert not (full / "answer_key.json").exists()
