"""Diaries: generated data pass the loader; the loader rejects malformed files clearly."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from msbackpain.diaries import DiaryFileError, load_diary, load_patients
from msbackpain.diaries import schema as S
from msbackpain.diaries.__main__ import main
from msbackpain.diaries.dataset import FILES, write_dataset

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("diaries")
    write_dataset(out, 12, 40, seed=3)
    return out


def test_every_field_documented():
    pkg = json.loads((DATA / "datapackage.json").read_text())
    for res in pkg["resources"][:2]:
        for f in res["schema"]["fields"]:
            assert {"name", "type", "unit", "description", "constraints"} <= set(f)
            assert f["description"]


@pytest.mark.parametrize("seed", [0, 1, 99])
def test_generated_data_pass_and_constraints_hold(tmp_path, seed):
    write_dataset(tmp_path, 15, 30, seed=seed)
    p = load_patients(tmp_path / "patients.csv")
    d = load_diary(tmp_path / "diary.csv")
    assert len(p) == 15 and len(d) == 15 * 30
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


def test_committed_data_pass_loader():
    load_patients(DATA / "patients.csv")
    d = load_diary(DATA / "diary.csv")
    assert d["date"].dtype.kind == "M"
    assert isinstance(d["patient_id"].dtype, pd.CategoricalDtype)
    sizes = sum((DATA / f).stat().st_size for f in FILES)
    assert sizes < 3_000_000


def _lines(path):
    return path.read_text().splitlines()


def _edit_cell(lines, row, col, value):
    header = lines[0].split(",")
    cells = lines[row - 1].split(",")
    cells[header.index(col)] = value
    lines[row - 1] = ",".join(cells)
    return lines


CASES = {
    "text in a number field": (
        "diary",
        lambda ls: _edit_cell(ls, 5, "back_pain", "bad"),
        5,
        "back_pain",
    ),
    "out of range": ("diary", lambda ls: _edit_cell(ls, 7, "fatigue", "12"), 7, "fatigue"),
    "negative steps": ("diary", lambda ls: _edit_cell(ls, 8, "steps", "-40"), 8, "steps"),
    "not a whole number": (
        "diary",
        lambda ls: _edit_cell(ls, 9, "back_pain", "4.5"),
        9,
        "back_pain",
    ),
    "bad date format": ("diary", lambda ls: _edit_cell(ls, 3, "date", "03/01/2025"), 3, "date"),
    "impossible date": ("diary", lambda ls: _edit_cell(ls, 4, "date", "2025-02-30"), 4, "date"),
    "missing required": (
        "diary",
        lambda ls: _edit_cell(ls, 6, "temperature_c", ""),
        6,
        "temperature_c",
    ),
    "bad boolean": ("diary", lambda ls: _edit_cell(ls, 10, "relapse", "yes"), 10, "relapse"),
    "bad id pattern": (
        "diary",
        lambda ls: _edit_cell(ls, 11, "patient_id", "p0001"),
        11,
        "patient_id",
    ),
    "duplicate day": ("diary", lambda ls: ls[:3] + [ls[2]] + ls[3:], 4, "patient_id+date"),
    "not a half hour": (
        "diary",
        lambda ls: _edit_cell(ls, 12, "sitting_hours", "7.3"),
        12,
        "sitting_hours",
    ),
    "ragged row": ("diary", lambda ls: ls[:4] + [ls[4] + ",1"] + ls[5:], 5, None),
    "enum": ("patients", lambda ls: _edit_cell(ls, 3, "sex", "F"), 3, "sex"),
    "edss step": ("patients", lambda ls: _edit_cell(ls, 4, "edss", "3.2"), 4, "edss"),
    "duplicate id": (
        "patients",
        lambda ls: _edit_cell(ls, 5, "patient_id", "P0001"),
        5,
        "patient_id",
    ),
    "missing column": (
        "patients",
        lambda ls: [",".join(x.split(",")[:-1]) for x in ls],
        1,
        "physio_start",
    ),
    "unexpected column": (
        "patients",
        lambda ls: [ls[0] + ",notes"] + [x + "," for x in ls[1:]],
        1,
        "notes",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_loader_rejects_malformed_file(small, tmp_path, case):
    which, edit, row, col = CASES[case]
    lines = _lines(small / f"{which if which == 'patients' else 'diary'}.csv")
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(edit(list(lines))) + "\n")
    before = path.read_bytes()
    loader = load_patients if which == "patients" else load_diary
    with pytest.raises(DiaryFileError) as err:
        loader(path)
    msg = str(err.value)
    assert f"row {row}" in msg
    if col:
        assert repr(col) in msg
    assert "Traceback" not in msg
    assert path.read_bytes() == before


def test_loader_lists_every_problem_and_empty_file(small, tmp_path):
    lines = _lines(small / "diary.csv")
    lines = _edit_cell(lines, 2, "back_pain", "x")
    lines = _edit_cell(lines, 20, "steps", "-1")
    path = tmp_path / "two.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DiaryFileError) as err:
        load_diary(path)
    assert len(err.value.problems) == 2
    assert "row 2" in str(err.value) and "row 20" in str(err.value)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(DiaryFileError, match="empty"):
        load_diary(empty)
    with pytest.raises(FileNotFoundError):
        load_diary(tmp_path / "nope.csv")


def test_raw_export_is_rejected_with_many_problems():
    with pytest.raises(DiaryFileError) as err:
        load_diary(DATA / "diary_raw.csv")
    rules = {p[3] for p in err.value.problems}
    assert any("duplicate" in r for r in rules)
    assert any("date" in r for r in rules)
    assert any("number" in r for r in rules)


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
