"""The diary loader: files that follow the schema load; malformed files are refused clearly
(row, column, value, rule), across files (foreign key, days in the study), across the cells of
a row, whatever the encoding; long lists are summarised; the files are never changed."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from msbackpain.diaries import DiaryFileError, cohort, load_diary, load_patients
from msbackpain.diaries import loader as L
from msbackpain.diaries import schema as S
from msbackpain.diaries.dataset import FILES, write_dataset

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("diaries")
    write_dataset(out, 12, 40, seed=3)
    return out


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def _edit_cell(lines, row, col, value):
    header = lines[0].split(",")
    cells = lines[row - 1].split(",")
    cells[header.index(col)] = value
    lines[row - 1] = ",".join(cells)
    return lines


def _cell(lines, row, col):
    return lines[row - 1].split(",")[lines[0].split(",").index(col)]


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _snapshot(folder):
    """Every file of a folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _refused(loader, path, *args, **kwargs):
    """The error of a load that must fail; checks that nothing in the folder changed."""
    folder = path if path.is_dir() else path.parent
    before = _snapshot(folder)
    with pytest.raises(DiaryFileError) as err:
        loader(path, *args, **kwargs)
    assert _snapshot(folder) == before, "the loader changed or wrote a file"
    assert "Traceback" not in str(err.value)
    return err.value


def test_committed_data_pass_loader():
    patients, d = L.load_dataset(DATA)
    assert load_patients(DATA / "patients.csv").equals(patients)
    assert d["date"].dtype.kind == "M"
    assert isinstance(d["patient_id"].dtype, pd.CategoricalDtype)
    assert set(d["patient_id"].astype(str)) <= set(patients["patient_id"])
    sizes = sum((DATA / f).stat().st_size for f in FILES if (DATA / f).exists())
    assert sizes < 5_000_000  # small enough for a repository and a browser-only build


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
    "decimal comma": (
        "diary",
        lambda ls: _edit_cell(ls, 6, "temperature_c", '"13,5"'),
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
    "blank line": ("diary", lambda ls: ls[:4] + [""] + ls[4:], 5, None),
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
    lines = _lines(small / f"{which}.csv")
    if case == "missing column":  # the last column of the schema, whatever it is
        col = lines[0].split(",")[-1]
    path = _write(tmp_path / "bad.csv", edit(list(lines)))
    err = _refused(load_patients if which == "patients" else load_diary, path)
    msg = str(err)
    assert f"row {row}" in msg
    if col:
        assert repr(col) in msg
    assert any(p.row == row and p.column == col for p in err.problems)


def test_loader_lists_every_problem_and_empty_file(small, tmp_path):
    lines = _lines(small / "diary.csv")
    lines = _edit_cell(lines, 2, "back_pain", "x")
    lines = _edit_cell(lines, 20, "steps", "-1")
    err = _refused(load_diary, _write(tmp_path / "two.csv", lines))
    assert len(err.problems) == 2
    assert "row 2" in str(err) and "row 20" in str(err)
    assert "by kind" not in str(err), "a short list is shown in full, without a summary"
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(DiaryFileError, match="empty"):
        load_diary(empty)
    with pytest.raises(FileNotFoundError):
        load_diary(tmp_path / "nope.csv")


def _check_summary(err, limit=4000):
    """A long list: short message, first SHOW_FIRST shown, then every kind with its count."""
    msg = str(err)
    assert len(msg) < limit, len(msg)
    assert len(err.problems) > L.SHOW_FIRST
    assert f"{len(err.problems)} problems" in msg
    shown = [p for p in err.problems if f"row {p.row}," in msg]
    assert {p.row for p in err.problems[: L.SHOW_FIRST]} <= {p.row for p in shown}
    assert sum(err.by_rule.values()) == sum(err.by_column.values()) == len(err.problems)
    for rule, count in err.by_rule.most_common(L.SHOW_COUNTS):
        assert f"{count} × {rule}" in msg
    for column, count in err.by_column.most_common(L.SHOW_COUNTS):
        assert f"{column} {count}" in msg
    assert "err.problems" in msg


def test_raw_export_is_rejected_with_many_problems():
    err = _refused(load_diary, DATA / "diary_raw.csv")
    rules = set(err.by_rule)
    assert any("duplicate" in r for r in rules)
    assert any("date" in r for r in rules)
    assert any("number" in r for r in rules)
    _check_summary(err)
    table = err.to_frame()
    assert list(table.columns) == ["row", "column", "value", "rule"]
    assert len(table) == len(err.problems)
    assert pd.DataFrame(err.problems, columns=list(table.columns)).equals(table)


def test_long_list_of_problems_is_summarised(small):
    err = _refused(load_diary, small / "diary_raw.csv")
    _check_summary(err)
    many = [(r, f"c{r % 3}", str(r), f"rule {r % 5}") for r in range(2, 502)]
    err = DiaryFileError("x.csv", many)
    msg = str(err)
    assert "row 21," in msg and "row 22," not in msg
    assert "500 problems" in msg and "480 more" in msg
    assert all(f"100 × rule {k}" in msg for k in range(5))
    assert all(f"c{k} " in msg for k in range(3))
    assert len(err.problems) == 500
    kinds = [(r, "c", None, f"rule {r}") for r in range(2, 102)]
    msg = str(DiaryFileError("x.csv", kinds))
    assert f"{100 - L.SHOW_COUNTS} others" in msg and len(msg) < 4000


# --- foreign keys and the days in the study ---------------------------------------------------


@pytest.fixture
def folder(small, tmp_path):
    """A copy of the small data set that a test may edit."""
    for name in ("patients.csv", "diary.csv"):
        (tmp_path / name).write_bytes((small / name).read_bytes())
    return tmp_path


def test_diary_row_of_unknown_person_is_reported(folder):
    lines = _edit_cell(_lines(folder / "diary.csv"), 5, "patient_id", "P9999")
    diary = _write(folder / "diary.csv", lines)
    load_diary(diary)  # alone, the diary cannot know who is in patients.csv
    patients = load_patients(folder / "patients.csv")
    for other in (folder / "patients.csv", patients):
        err = _refused(load_diary, diary, patients=other)
        assert [(p.row, p.column, p.value) for p in err.problems] == [(5, "patient_id", "P9999")]
        assert "not in" in err.problems[0].rule
    assert "patients.csv" in str(_refused(L.load_dataset, folder))


def test_person_missing_from_patients_reports_all_their_rows(folder):
    lines = _lines(folder / "patients.csv")
    gone = lines.pop(3).split(",")[0]
    _write(folder / "patients.csv", lines)
    n_rows = int((load_diary(folder / "diary.csv")["patient_id"] == gone).sum())
    err = _refused(L.load_dataset, folder)
    assert len(err.problems) == n_rows > 0
    assert {p.value for p in err.problems} == {gone}


def test_foreign_key_comes_from_the_schema_or_a_default(folder, monkeypatch):
    lines = _edit_cell(_lines(folder / "diary.csv"), 5, "patient_id", "P9999")
    diary = _write(folder / "diary.csv", lines)
    declared = S.SCHEMAS["diary"].get("foreignKeys")
    assert L._foreign_keys("diary") == (declared or L.DEFAULT_FOREIGN_KEYS["diary"])
    monkeypatch.setitem(S.SCHEMAS, "diary", {**S.SCHEMAS["diary"], "foreignKeys": []})
    err = _refused(load_diary, diary, patients=folder / "patients.csv")
    assert err.problems[0][:3] == (5, "patient_id", "P9999")


def test_diary_days_outside_the_study_are_reported(folder):
    patients = load_patients(folder / "patients.csv")
    diary = load_diary(folder / "diary.csv")
    a, b = patients["patient_id"].iloc[:2]
    days = {pid: diary.loc[diary["patient_id"] == pid, "date"] for pid in (a, b)}
    enrolled = days[a].min() + pd.Timedelta(days=10)
    left = days[b].max() - pd.Timedelta(days=5)
    patients["enrolled"] = pd.NaT
    patients["left_study"] = pd.NaT
    patients.loc[patients["patient_id"] == a, "enrolled"] = enrolled
    patients.loc[patients["patient_id"] == b, "left_study"] = left
    err = _refused(load_diary, folder / "diary.csv", patients=patients)
    before = [p for p in err.problems if "before the person enrolled" in p.rule]
    after = [p for p in err.problems if "left the study early" in p.rule]
    assert len(before) == int((days[a] < enrolled).sum()) > 0
    assert len(after) == int((days[b] > left).sum()) > 0
    assert len(before) + len(after) == len(err.problems)
    assert all(p.column == "date" and "enrolled" in p.value for p in before)
    patients["enrolled"] = pd.NaT
    patients["left_study"] = pd.NaT
    load_diary(folder / "diary.csv", patients=patients)  # empty: no limit


# --- rules across the cells of a patients row ------------------------------------------------


def test_age_below_age_at_diagnosis_is_reported(folder):
    lines = _lines(folder / "patients.csv")
    row = next(r for r in range(2, len(lines) + 1) if int(_cell(lines, r, "age_at_diagnosis")) > 20)
    dx = int(_cell(lines, row, "age_at_diagnosis"))
    lines = _edit_cell(lines, row, "age", str(dx - 2))
    lines = _edit_cell(lines, row, "years_since_diagnosis", "0")
    err = _refused(load_patients, _write(folder / "patients.csv", lines))
    hits = [p for p in err.problems if p.column == "age"]
    assert len(hits) == 1 and hits[0].row == row
    assert "below the age at diagnosis" in hits[0].rule
    assert f"row {row}, column 'age'" in str(err)


@pytest.mark.parametrize("shift, refused", [(0, False), (1, False), (-1, False), (3, True)])
def test_years_since_diagnosis_must_match_ages(folder, shift, refused):
    lines = _lines(folder / "patients.csv")
    gaps = [
        int(_cell(lines, r, "age")) - int(_cell(lines, r, "age_at_diagnosis"))
        for r in range(2, len(lines) + 1)
    ]
    row = next(r for r, gap in enumerate(gaps, start=2) if 3 <= gap <= 30)
    years = gaps[row - 2] + (shift if shift < 3 else -shift)
    path = _write(
        folder / "patients.csv", _edit_cell(lines, row, "years_since_diagnosis", str(years))
    )
    if not refused:
        load_patients(path)
        return
    err = _refused(load_patients, path)
    assert [(p.row, p.column) for p in err.problems] == [(row, "years_since_diagnosis")]
    assert f"row {row}, column 'years_since_diagnosis'" in str(err)


def test_walking_must_match_edss(folder):
    """Every EDSS step with every walking category: refused exactly where they disagree."""
    lines = _lines(folder / "patients.csv")
    row = lines[1]
    steps = np.arange(0.0, 10.5, 0.5)
    labels = cohort.WALKING_LABELS
    out, expected = [lines[0]], set()
    for i, (edss, label) in enumerate((e, w) for e in steps for w in labels):
        cells = _edit_cell([lines[0], row], 2, "patient_id", f"P{i + 1:04d}")
        cells = _edit_cell(cells, 2, "edss", f"{edss:.1f}")
        out.append(_edit_cell(cells, 2, "walking", label)[1])
        if label != labels[int(cohort.walking_from_edss(edss))]:
            expected.add(i + 2)
    err = _refused(load_patients, _write(folder / "patients.csv", out))
    assert all(p.column == "walking" for p in err.problems)
    assert {p.row for p in err.problems} == expected
    eight = [p for p in err.problems if p.value.startswith("unrestricted (EDSS 8 ")]
    assert len(eight) == 1


def test_row_rules_skip_absent_columns():
    df = pd.DataFrame({"age": [30], "edss": [8.0]})
    assert L._row_rules(df, np.array([2]), L.PATIENT_RULES) == []


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize("bom, ending", [(True, "\n"), (False, "\r\n"), (True, "\r\n")])
def test_excel_utf8_with_bom_and_crlf_loads(small, tmp_path, bom, ending):
    for name, loader in (("diary", load_diary), ("patients", load_patients)):
        text = ending.join(_lines(small / f"{name}.csv")) + ending
        path = tmp_path / f"{name}.csv"
        path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
        pd.testing.assert_frame_equal(loader(path), loader(small / f"{name}.csv"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-32"])
def test_utf16_file_gets_a_clear_message(small, tmp_path, encoding):
    text = (small / "diary.csv").read_text(encoding="utf-8")
    path = tmp_path / "diary.csv"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path.write_bytes(bom + text.encode(encoding))
    err = _refused(load_diary, path)
    assert len(err.problems) == 1
    assert "UTF-16" in str(err) or "UTF-32" in str(err)
    assert "CSV UTF-8" in str(err)


@pytest.mark.parametrize("bom", [False, True])
def test_non_utf8_byte_names_row_column_and_byte(small, tmp_path, bom):
    lines = _edit_cell(_lines(small / "diary.csv"), 14, "back_pain", '"1,5"')
    raw = [line.encode() for line in lines]
    header = lines[0].split(",")
    cells = raw[13].split(b",")
    cells[header.index("fatigue") + 1] = b"7\xe9"  # one more cell: the quoted comma
    raw[13] = b",".join(cells)
    cells = raw[29].split(b",")
    cells[header.index("steps")] = b"\xfc"
    raw[29] = b",".join(cells)
    path = tmp_path / "latin1.csv"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + b"\n".join(raw) + b"\n")
    err = _refused(load_diary, path)
    assert [(p.row, p.column) for p in err.problems] == [(14, "fatigue"), (30, "steps")]
    msg = str(err)
    assert "row 14, column 'fatigue'" in msg and "byte 0xe9 is not UTF-8" in msg
    assert "Latin-1/Windows-1252" in msg and "CSV UTF-8" in msg
    assert err.problems[0].value == "7é"


def test_semicolons_get_a_clear_message(small, tmp_path):
    lines = [line.replace(",", ";") for line in _lines(small / "patients.csv")]
    err = _refused(load_patients, _write(tmp_path / "patients.csv", lines))
    assert len(err.problems) == 1 and "semicolons" in str(err)


def test_loader_only_reads(small, tmp_path):
    """A failing load leaves bytes and modification times alone (checked in every _refused)."""
    path = _write(tmp_path / "diary.csv", _edit_cell(_lines(small / "diary.csv"), 3, "date", "x"))
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    _refused(load_diary, path)
    assert path.stat().st_mtime_ns == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.csv"]
