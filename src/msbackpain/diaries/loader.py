"""Read a diary or patients file and check it against its Table Schema (datapackage.json).

A malformed file raises one :class:`DiaryFileError` that lists every problem (row number as it
appears in the file, with the header as row 1; column; value; rule broken). The file is only
read, never modified.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pandas as pd

from msbackpain.diaries import schema as _schema


class DiaryFileError(ValueError):
    """A file that does not follow its schema; ``problems`` lists (row, column, value, rule)."""

    def __init__(self, path, problems):
        self.path = str(path)
        self.problems = list(problems)
        lines = [f"{self.path} does not follow its schema ({len(self.problems)} problems):"]
        for row, col, value, rule in self.problems:
            where = f"row {row}" if row is not None else "file"
            colpart = f", column {col!r}" if col else ""
            valpart = f", value {value!r}" if value is not None else ""
            lines.append(f"  - {where}{colpart}{valpart}: {rule}")
        super().__init__("\n".join(lines))


def _read_rows(path: Path):
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise DiaryFileError(path, [(None, None, None, "is a folder, not a CSV file")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DiaryFileError(
            path, [(None, None, None, f"is not UTF-8 text (byte {err.start})")]
        ) from None
    if not text.strip():
        raise DiaryFileError(path, [(None, None, None, "is empty (expected a header row)")])
    return list(csv.reader(io.StringIO(text, newline="")))


def _num_ok(s: pd.Series, integer: bool):
    """Parse numbers from strings: (values, ok mask)."""
    pattern = r"[+-]?[0-9]+" if integer else r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"
    ok = s.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
    vals = pd.to_numeric(s.where(ok), errors="coerce").to_numpy(dtype=float)
    return vals, ok


def _check_table(path, rows, fields, primary_key):
    problems = []
    header = rows[0]
    names = [f["name"] for f in fields]
    missing = [c for c in names if c not in header]
    extra = [c for c in header if c not in names]
    for c in missing:
        problems.append((1, c, None, "column is missing from the header"))
    for c in extra:
        problems.append((1, c, None, "unexpected column (not in the schema)"))
    if len(set(header)) != len(header):
        for c in sorted({c for c in header if header.count(c) > 1}):
            problems.append((1, c, None, "column appears more than once in the header"))
    if missing or extra or problems:
        raise DiaryFileError(path, problems)
    if header != names:
        problems.append((1, None, None, f"columns must be in the order {', '.join(names)}"))
    body = rows[1:]
    width = len(header)
    good_rows = []
    for i, r in enumerate(body):
        if len(r) != width:
            problems.append((i + 2, None, None, f"has {len(r)} cells, the header has {width}"))
        else:
            good_rows.append(i)
    table = pd.DataFrame([body[i] for i in good_rows], columns=header, dtype=object)
    if table.empty:
        table = pd.DataFrame({c: pd.Series([], dtype=object) for c in header})
    line = np.asarray(good_rows, dtype=np.int64) + 2
    out = {}
    for f in fields:
        col = f["name"]
        s = table[col].astype(str)
        cons = f["constraints"]
        empty = (s == "").to_numpy()
        if cons.get("required"):
            for j in np.flatnonzero(empty):
                problems.append((int(line[j]), col, "", "a value is required"))
        t = f["type"]
        present = ~empty
        if t in ("integer", "number"):
            vals, ok = _num_ok(s, t == "integer")
            bad = present & ~ok
            kind = "a whole number" if t == "integer" else "a number"
            for j in np.flatnonzero(bad):
                problems.append((int(line[j]), col, s.iat[j], f"must be {kind}"))
            good = present & ok
            lo, hi = cons.get("minimum"), cons.get("maximum")
            if lo is not None:
                for j in np.flatnonzero(good & (vals < lo)):
                    problems.append((int(line[j]), col, s.iat[j], f"must be at least {lo}"))
            if hi is not None:
                for j in np.flatnonzero(good & (vals > hi)):
                    problems.append((int(line[j]), col, s.iat[j], f"must be at most {hi}"))
            step = cons.get("multipleOf")
            if step:
                off = good & (np.abs(vals / step - np.round(vals / step)) > 1e-9)
                for j in np.flatnonzero(off):
                    problems.append((int(line[j]), col, s.iat[j], f"must be a multiple of {step}"))
            vals = np.where(good, vals, np.nan)
            if t == "integer":
                arr = pd.array(np.where(good, vals, 0).astype(np.int64), dtype="Int64")
                arr[~good] = pd.NA
                out[col] = arr
            else:
                out[col] = vals
        elif t == "boolean":
            tv, fv = f.get("trueValues", ["true"]), f.get("falseValues", ["false"])
            ok = s.isin(tv + fv).to_numpy()
            for j in np.flatnonzero(present & ~ok):
                problems.append(
                    (int(line[j]), col, s.iat[j], f"must be {' or '.join(tv + fv)} (yes/no)")
                )
            arr = pd.array(s.isin(tv).to_numpy(), dtype="boolean")
            arr[~(present & ok)] = pd.NA
            out[col] = arr
        elif t == "date":
            ok = s.str.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").to_numpy(dtype=bool)
            parsed = pd.to_datetime(s.where(ok & present), format="%Y-%m-%d", errors="coerce")
            ok = ok & parsed.notna().to_numpy()
            for j in np.flatnonzero(present & ~ok):
                problems.append((int(line[j]), col, s.iat[j], "must be a date written YYYY-MM-DD"))
            out[col] = parsed.to_numpy()
        else:
            pat = cons.get("pattern")
            if pat:
                ok = s.str.fullmatch(pat).to_numpy(dtype=bool)
                for j in np.flatnonzero(present & ~ok):
                    problems.append((int(line[j]), col, s.iat[j], f"must match the pattern {pat}"))
            enum = cons.get("enum")
            if enum:
                ok = s.isin(enum).to_numpy()
                for j in np.flatnonzero(present & ~ok):
                    problems.append(
                        (int(line[j]), col, s.iat[j], f"must be one of: {', '.join(enum)}")
                    )
            if cons.get("unique"):
                dup = s.duplicated(keep="first").to_numpy() & present
                for j in np.flatnonzero(dup):
                    problems.append((int(line[j]), col, s.iat[j], "must be unique (repeated)"))
            out[col] = (
                pd.Categorical(s.where(present & s.isin(enum).to_numpy()), categories=enum)
                if enum
                else s.where(present)
            )
    if len(primary_key) > 1:
        dup = table.duplicated(subset=primary_key, keep="first").to_numpy()
        for j in np.flatnonzero(dup):
            key = ", ".join(f"{k}={table[k].iat[j]}" for k in primary_key)
            problems.append(
                (int(line[j]), "+".join(primary_key), key, "repeats an earlier row (duplicate key)")
            )
    if problems:
        problems.sort(key=lambda p: p[0] if p[0] is not None else 0)
        raise DiaryFileError(path, problems)
    return pd.DataFrame(out)


def _load(path, name):
    path = Path(path)
    rows = _read_rows(path)
    sch = _schema.SCHEMAS[name]
    return _check_table(path, rows, sch["fields"], sch["primaryKey"])


def load_patients(path) -> pd.DataFrame:
    """Read patients.csv, check it against its schema and return typed columns."""
    df = _load(path, "patients")
    df["patient_id"] = df["patient_id"].astype("string")
    df["cervical_lesion"] = df["cervical_lesion"].astype(bool)
    return df


def load_diary(path) -> pd.DataFrame:
    """Read diary.csv, check it against its schema and return typed columns.

    ``patient_id`` is a category, ``date`` a datetime, 0–10 ratings nullable integers (``<NA>``
    where the entry was not filled in), clinic-recorded flags plain booleans.
    """
    df = _load(path, "diary")
    df["patient_id"] = df["patient_id"].astype("category")
    for col in ("heat_wave", "relapse", "physio_session"):
        df[col] = df[col].astype(bool)
    return df


__all__ = ["DiaryFileError", "load_diary", "load_patients"]
