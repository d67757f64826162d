"""Read the diary files and check them before anything is analysed.

Three layers of checks, all reported together:

* every cell against the Table Schema of its file (:mod:`msbackpain.diaries.schema`, written out
  as datapackage.json): type, required, range, step, pattern, allowed values, unique keys;
* the rules that tie the cells of a row together (age is not below the age at diagnosis, whole
  years since diagnosis = age − age at diagnosis ± 1, walking ability matches the EDSS as in
  Kurtzke's scale, :data:`msbackpain.diaries.cohort.WALKING`);
* the diary against patients.csv, when both are given: the foreign key of the schema (every
  diary row belongs to a listed person) and, when patients.csv records them, the days each
  person took part.

A file that breaks any of them raises one :class:`DiaryFileError`. Its ``problems`` list every
problem as (row, column, value, rule), the row numbered as in the file (the header is row 1);
its message shows the first :data:`SHOW_FIRST` in full and counts the rest by kind and by
column. The text must be UTF-8 (a byte-order mark, as Excel writes it, is fine); a byte that is
not UTF-8 is reported with its row and column. The files are only read, never written.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from msbackpain.diaries import cohort as _cohort
from msbackpain.diaries import schema as _schema

#: Problems a :class:`DiaryFileError` message shows in full; the rest are counted.
#: [setting | problems]
SHOW_FIRST = 20
#: Kinds of problem and columns the message counts by name (the others as one "other"). [setting]
SHOW_COUNTS = 12
#: Slack, in whole years, between years since diagnosis and age − age at diagnosis (both are
#: whole years, rounded down at different dates). [setting | years]
YEARS_SLACK = 1
#: Column names in patients.csv for the first and the last diary day of a person who enrolled
#: late or left early (empty: the whole study); the first name found is used.
ENROLLED_COLUMNS = ("enrolled", "enrolment_date", "enrollment_date")
LEFT_COLUMNS = ("left_study", "left", "dropout_date", "last_day")
#: The foreign key used when the schema gives none: every diary row belongs to a person.
DEFAULT_FOREIGN_KEYS = {
    "diary": [
        {"fields": ["patient_id"], "reference": {"resource": "patients", "fields": ["patient_id"]}}
    ]
}
_SAVE_AS = "save it again as 'CSV UTF-8 (comma delimited)'"
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class Problem(NamedTuple):
    """One problem: row as in the file (header = 1; None = whole file), column, value, rule."""

    row: int | None
    column: str | None
    value: str | None
    rule: str


class DiaryFileError(ValueError):
    """A file that cannot be loaded as it is.

    ``problems`` holds every problem as a :class:`Problem` (row, column, value, rule);
    ``by_rule`` and ``by_column`` count them; ``to_frame()`` gives them as a table.
    """

    def __init__(self, path, problems, *, show: int = SHOW_FIRST):
        self.path = str(path)
        self.problems = sorted((Problem(*p) for p in problems), key=_row_order)
        self.by_rule = Counter(p.rule for p in self.problems)
        self.by_column = Counter(p.column or "(whole row)" for p in self.problems)
        super().__init__(_message(self, show))

    def __reduce__(self):
        """Pickle by path and problems (the message is rebuilt)."""
        return (type(self), (self.path, self.problems))

    def to_frame(self) -> pd.DataFrame:
        """The problems as a table with columns row, column, value, rule."""
        return pd.DataFrame(self.problems, columns=list(Problem._fields))


def _row_order(p: Problem) -> int:
    """Sort key: file-wide problems first, then by row."""
    return p.row if p.row is not None else 0


def _describe(p: Problem) -> str:
    """One problem in words: 'row 5, column 'fatigue', value '12': must be at most 10'."""
    where = f"row {p.row}" if p.row is not None else "the file"
    col = f", column {p.column!r}" if p.column else ""
    val = f", value {_short(p.value)}" if p.value is not None else ""
    return f"{where}{col}{val}: {p.rule}"


def _short(value, width: int = 60) -> str:
    """The value quoted, cut to ``width`` characters so one long cell cannot flood the message."""
    text = repr(str(value))
    return text if len(text) <= width else text[: width - 2] + "…" + text[0]


def _counted(counts: Counter, limit: int) -> list[tuple[str, int]]:
    """The ``limit`` most common entries, then one ('other …', rest) entry if any are left."""
    top = counts.most_common(limit)
    rest = sum(counts.values()) - sum(n for _, n in top)
    if rest:
        top.append((f"{len(counts) - limit} others", rest))
    return top


def _message(err: DiaryFileError, show: int) -> str:
    """The first ``show`` problems in full; beyond that, counts by kind and by column."""
    n = len(err.problems)
    noun = "problem" if n == 1 else "problems"
    rows = " (rows as in the file, header = row 1)" if any(p.row for p in err.problems) else ""
    lines = [f"{err.path} cannot be loaded: {n} {noun}{rows}."]
    if n > show:
        lines[0] += f" The first {show}:"
    lines += [f"  - {_describe(p)}" for p in err.problems[:show]]
    if n > show:
        lines.append(f"  … and {n - show} more. All {n}, by kind:")
        lines += [f"  {count:>6} × {rule}" for rule, count in _counted(err.by_rule, SHOW_COUNTS)]
        cols = _counted(err.by_column, SHOW_COUNTS)
        lines.append("By column: " + ", ".join(f"{c} {k}" for c, k in cols) + ".")
        lines.append(
            "The full list is err.problems (row, column, value, rule); "
            "err.to_frame() shows it as a table."
        )
    lines.append(
        "The file was only read, not changed: correct it, or clean a copy, and load again."
    )
    return "\n".join(lines)


def _file_error(path, rule: str) -> DiaryFileError:
    """An error about the whole file (no row, no column)."""
    return DiaryFileError(path, [Problem(None, None, None, rule)])


# --- reading the text -------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (read only); a folder or an unreadable file is a DiaryFileError."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise _file_error(path, "is a folder, not a CSV file") from None
    except PermissionError:
        raise _file_error(path, "cannot be read (permission denied)") from None


def _read_text(path: Path) -> str:
    """The file as text: UTF-8, with a leading byte-order mark (as Excel writes it) dropped."""
    raw = _read_bytes(path)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            raise _file_error(path, f"was saved as {name} (Excel's 'Unicode text'); {_SAVE_AS}")
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DiaryFileError(path, _encoding_problems(raw)) from None
    if "\x00" in text:
        raise _file_error(path, f"contains zero bytes: it looks like UTF-16 text; {_SAVE_AS}")
    if not text.strip():
        raise _file_error(path, "is empty (expected a header row)")
    return text


def _one_row(text: str) -> list[str]:
    """The cells of one line of CSV text (an unfinished quote ends at the end of the line)."""
    try:
        return next(csv.reader([text]), [])
    except csv.Error:
        return text.split(",")


def _encoding_problems(raw: bytes) -> list[Problem]:
    """One problem per cell holding a byte that is not UTF-8: row (line), column and byte."""
    lines = raw.split(b"\n")
    header = _one_row(lines[0].decode("utf-8", "replace").rstrip("\r"))
    problems = []
    for number, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems += _bad_bytes(number, line, header)
    return problems


def _bad_bytes(number: int, line: bytes, header: list[str]) -> list[Problem]:
    """The first non-UTF-8 byte of each cell of one line, with the cell read as Windows-1252."""
    text = line.decode("utf-8", "surrogateescape")
    cells = _one_row(text.rstrip("\r"))
    seen, out = set(), []
    for i, ch in enumerate(text):
        if not "\udc80" <= ch <= "\udcff":
            continue
        k = max(len(_one_row(text[:i])) - 1, 0)
        if k in seen:
            continue
        seen.add(k)
        name = header[k] if k < len(header) else f"cell {k + 1} (beyond the header)"
        cell = cells[k] if k < len(cells) else ""
        value = cell.encode("utf-8", "surrogateescape").decode("cp1252", "replace")
        rule = (
            f"byte 0x{ord(ch) - 0xDC00:02x} is not UTF-8 (was the file saved as "
            f"Latin-1/Windows-1252? {_SAVE_AS})"
        )
        out.append(Problem(number, name, value, rule))
    return out


def _parse(path: Path, text: str) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, data rows and the line in the file where each row starts."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows, starts, previous = [], [], 0
    try:
        header = next(reader)
        previous = reader.line_num
        for record in reader:
            rows.append(record)
            starts.append(previous + 1)
            previous = reader.line_num
    except csv.Error as err:
        problem = Problem(previous + 1, None, None, f"is not CSV: {err}")
        raise DiaryFileError(path, [problem]) from None
    return header, rows, starts


# --- the header and the cells -----------------------------------------------------------------


def _check_header(header: list[str], names: list[str]) -> tuple[list[Problem], bool]:
    """Problems with the header, and whether they stop the check (missing or unknown columns)."""
    if len(header) == 1 and len(names) > 1:
        for sep, word in ((";", "semicolons"), ("\t", "tabs")):
            if sep in header[0]:
                rule = f"cells are separated by {word}, not commas; {_SAVE_AS}"
                return [Problem(1, None, None, rule)], True
    problems = [Problem(1, c, None, "column is missing from the header") for c in names]
    problems = [p for p in problems if p.column not in header]
    for c in header:
        if c not in names:
            hint = f" (did you mean {c.strip()!r}?)" if c.strip() in names else ""
            problems.append(Problem(1, c, None, f"unexpected column, not in the schema{hint}"))
    for c in sorted({c for c in header if header.count(c) > 1}):
        problems.append(Problem(1, c, None, "column appears more than once in the header"))
    if not problems and header != names:
        order = ", ".join(names)
        return [Problem(1, None, None, f"columns must be in the order {order}")], False
    return problems, bool(problems)


def _cell_table(header, rows, starts) -> tuple[pd.DataFrame, np.ndarray, list[Problem]]:
    """The rows with as many cells as the header, as text, and the file line of each."""
    width = len(header)
    problems, keep = [], []
    for i, r in enumerate(rows):
        if not r:
            problems.append(Problem(starts[i], None, None, "is a blank line (delete it)"))
        elif len(r) != width:
            value = f"{len(r)} cells, header {width}"
            problems.append(Problem(starts[i], None, value, "has a different number of cells"))
        else:
            keep.append(i)
    table = pd.DataFrame([rows[i] for i in keep], columns=header, dtype=object)
    line = np.asarray([starts[i] for i in keep], dtype=np.int64)
    return table, line, problems


def _flag(problems, line, mask, col, values, rule) -> None:
    """Add one problem for each row j where ``mask`` is true, with the value ``values.iat[j]``
    (or ``values(j)`` when ``values`` is a function: computed for the flagged rows only)."""
    value = values if callable(values) else values.iat.__getitem__
    for j in np.flatnonzero(mask):
        problems.append(Problem(int(line[j]), col, value(j), rule))


def _parse_numbers(s: pd.Series, integer: bool) -> tuple[np.ndarray, np.ndarray]:
    """Numbers from text: (values, ok mask); only plain decimal notation is accepted."""
    pattern = r"[+-]?[0-9]+" if integer else r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"
    ok = s.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
    vals = pd.to_numeric(s.where(ok), errors="coerce").to_numpy(dtype=float)
    return vals, ok


def _number(field, s, present, line, problems):
    """Integer or number: format, minimum, maximum, multipleOf; returns the typed column."""
    col, cons, integer = field["name"], field["constraints"], field["type"] == "integer"
    vals, ok = _parse_numbers(s, integer)
    comma = s.str.fullmatch(r"[+-]?[0-9]+,[0-9]+").to_numpy(dtype=bool)
    kind = "a whole number" if integer else "a number"
    _flag(
        problems, line, present & ~ok & comma, col, s, f"must be {kind} (decimal point, not comma)"
    )
    _flag(problems, line, present & ~ok & ~comma, col, s, f"must be {kind}")
    good = present & ok
    lo, hi, step = cons.get("minimum"), cons.get("maximum"), cons.get("multipleOf")
    if lo is not None:
        _flag(problems, line, good & (vals < lo), col, s, f"must be at least {lo}")
    if hi is not None:
        _flag(problems, line, good & (vals > hi), col, s, f"must be at most {hi}")
    if step:
        off = good & (np.abs(vals / step - np.round(vals / step)) > 1e-9)
        _flag(problems, line, off, col, s, f"must be a multiple of {step}")
    if not integer:
        return np.where(good, vals, np.nan)
    arr = pd.array(np.where(good, vals, 0).astype(np.int64), dtype="Int64")
    arr[~good] = pd.NA
    return arr


def _boolean(field, s, present, line, problems):
    """Boolean written with the schema's trueValues / falseValues (1 = yes, 0 = no)."""
    tv, fv = field.get("trueValues", ["true"]), field.get("falseValues", ["false"])
    ok = s.isin(tv + fv).to_numpy()
    rule = f"must be {' or '.join(tv)} (yes) or {' or '.join(fv)} (no)"
    _flag(problems, line, present & ~ok, field["name"], s, rule)
    arr = pd.array(s.isin(tv).to_numpy(), dtype="boolean")
    arr[~(present & ok)] = pd.NA
    return arr


def _date(field, s, present, line, problems):
    """Date written YYYY-MM-DD (a real day of the calendar)."""
    ok = s.str.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").to_numpy(dtype=bool)
    parsed = pd.to_datetime(s.where(ok & present), format="%Y-%m-%d", errors="coerce")
    ok = ok & parsed.notna().to_numpy()
    _flag(problems, line, present & ~ok, field["name"], s, "must be a date written YYYY-MM-DD")
    return parsed.to_numpy()


def _string(field, s, present, line, problems):
    """Text: pattern, allowed values (a category), unique."""
    col, cons = field["name"], field["constraints"]
    if cons.get("pattern"):
        ok = s.str.fullmatch(cons["pattern"]).to_numpy(dtype=bool)
        rule = f"must match the pattern {cons['pattern']} exactly (check capitals and spaces)"
        _flag(problems, line, present & ~ok, col, s, rule)
    enum = cons.get("enum")
    if enum:
        ok = s.isin(enum).to_numpy()
        _flag(problems, line, present & ~ok, col, s, f"must be one of: {', '.join(enum)}")
    if cons.get("unique"):
        dup = s.duplicated(keep="first").to_numpy() & present
        _flag(problems, line, dup, col, s, "must be unique (repeats an earlier row)")
    valid = present & s.str.fullmatch(cons.get("pattern") or "(?s).*").to_numpy(dtype=bool)
    if enum:
        return pd.Categorical(s.where(valid & s.isin(enum).to_numpy()), categories=enum)
    return s.where(valid)


_TYPES = {"integer": _number, "number": _number, "boolean": _boolean, "date": _date}


def _typed(table, line, fields) -> tuple[pd.DataFrame, list[Problem]]:
    """Every field checked against its schema and converted to its type (invalid cells: NA)."""
    problems, out = [], {}
    for f in fields:
        s = table[f["name"]].astype(str)
        present = (s != "").to_numpy(dtype=bool)
        if f["constraints"].get("required"):
            _flag(problems, line, ~present, f["name"], s, "a value is required")
        out[f["name"]] = _TYPES.get(f["type"], _string)(f, s, present, line, problems)
    return pd.DataFrame(out), problems


def _primary_key(table, line, key) -> list[Problem]:
    """Rows that repeat an earlier row's primary key (e.g. the same person on the same day)."""
    if len(key) < 2 or not len(table):
        return []
    dup = table.duplicated(subset=key, keep="first").to_numpy()

    def values(j):
        return ", ".join(str(table[k].iat[j]) for k in key)

    problems = []
    _flag(problems, line, dup, "+".join(key), values, "repeats an earlier row (duplicate key)")
    return problems


# --- rules across the cells of a row ------------------------------------------------------------


def _floats(df: pd.DataFrame, col: str) -> np.ndarray:
    """A column as floats, NaN where the cell was missing or invalid."""
    return pd.to_numeric(df[col], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _age_after_diagnosis(df, line) -> list[Problem]:
    """age ≥ age_at_diagnosis: nobody is diagnosed at an age they have not reached yet."""
    age, dx = _floats(df, "age"), _floats(df, "age_at_diagnosis")

    def values(j):
        return f"{age[j]:g} (age_at_diagnosis {dx[j]:g})"

    rule = "age is below the age at diagnosis; correct one of the two"
    problems = []
    _flag(problems, line, age < dx, "age", values, rule)
    return problems


def _years_since_diagnosis(df, line) -> list[Problem]:
    """years_since_diagnosis = age − age_at_diagnosis, give or take :data:`YEARS_SLACK`."""
    years = _floats(df, "years_since_diagnosis")
    gap = _floats(df, "age") - _floats(df, "age_at_diagnosis")

    def values(j):
        return f"{years[j]:g} (age − age_at_diagnosis = {gap[j]:g})"

    rule = f"must equal age − age_at_diagnosis (±{YEARS_SLACK} year); correct one of the three"
    problems = []
    _flag(problems, line, np.abs(years - gap) > YEARS_SLACK, "years_since_diagnosis", values, rule)
    return problems


def _walking_matches_edss(df, line) -> list[Problem]:
    """Walking category = the one the EDSS implies (Kurtzke 1983; ``cohort.walking_from_edss``)."""
    edss = _floats(df, "edss")
    walking = df["walking"].astype(object).to_numpy()
    labels = np.asarray(_cohort.WALKING_LABELS, dtype=object)
    known = ~np.isnan(edss) & np.isin(walking, labels)
    implied = labels[_cohort.walking_from_edss(np.where(known, edss, 0.0))]

    def values(j):
        return f"{walking[j]} (EDSS {edss[j]:g} means: {implied[j]})"

    rule = "walking does not match the EDSS (Kurtzke's scale); correct one of the two"
    problems = []
    _flag(problems, line, known & (walking != implied), "walking", values, rule)
    return problems


#: Rules across the cells of a patients row: (columns they need, rule); skipped when a column
#: is not in the schema.
PATIENT_RULES = (
    (("age", "age_at_diagnosis"), _age_after_diagnosis),
    (("age", "age_at_diagnosis", "years_since_diagnosis"), _years_since_diagnosis),
    (("edss", "walking"), _walking_matches_edss),
)
_RULES = {"patients": PATIENT_RULES, "diary": ()}


def _row_rules(df, line, rules) -> list[Problem]:
    """Apply each (columns, rule) whose columns are all in the table; skip the others."""
    problems = []
    for columns, rule in rules:
        if set(columns) <= set(df.columns):
            problems += rule(df, line)
    return problems


# --- the diary against patients.csv -----------------------------------------------------------


def _foreign_keys(name: str) -> list[dict]:
    """The schema's foreignKeys (Table Schema), or :data:`DEFAULT_FOREIGN_KEYS` if it has none."""
    return _schema.SCHEMAS[name].get("foreignKeys") or DEFAULT_FOREIGN_KEYS.get(name, [])


def _keys(df: pd.DataFrame, fields: list[str]) -> pd.Series:
    """The key of each row as text ('P0001' or, for several fields, 'P0001, 2025-03-01')."""
    out = df[fields[0]].astype(str)
    for f in fields[1:]:
        out = out + ", " + df[f].astype(str)
    return out.reset_index(drop=True)


def _check_foreign_keys(diary, line, patients, source) -> list[Problem]:
    """Each foreign key of the diary schema: values that are not in the patients table."""
    problems = []
    for fk in _foreign_keys("diary"):
        mine, theirs = fk["fields"], fk["reference"]["fields"]
        if not set(mine) <= set(diary.columns) or not set(theirs) <= set(patients.columns):
            continue
        known = diary[mine].notna().all(axis=1).to_numpy()
        values = _keys(diary, mine)
        missing = known & ~values.isin(set(_keys(patients, theirs))).to_numpy()
        rule = f"is not in {source} (each diary row must belong to a listed person)"
        _flag(problems, line, missing, "+".join(mine), values, rule)
    return problems


def _first_column(df: pd.DataFrame, names) -> str | None:
    """The first of ``names`` that is a column of ``df`` (None if none is)."""
    return next((c for c in names if c in df.columns), None)


def _within_study(diary, line, patients, source) -> list[Problem]:
    """Diary days before a person enrolled or after the last diary day of a person who left the
    study early, when the patients table records these days."""
    if not {"patient_id", "date"} <= set(diary.columns) or "patient_id" not in patients:
        return []
    people = patients.drop_duplicates("patient_id")
    people = people.set_index(people["patient_id"].astype(str))
    ids = diary["patient_id"].astype(str)
    problems = []
    for names, compare, words in (
        (ENROLLED_COLUMNS, np.less, "before the person enrolled"),
        (LEFT_COLUMNS, np.greater, "after the last day of a person who left the study early"),
    ):
        col = _first_column(people, names)
        if col is not None:
            limit = pd.to_datetime(ids.map(people[col].astype(str)), errors="coerce")
            rule = f"is {words} ({source}, column {col!r})"
            problems += _outside(diary["date"], limit, compare, line, col, rule)
    return problems


def _outside(date, limit, compare, line, col, rule) -> list[Problem]:
    """Rows where ``compare(date, limit)`` holds (both known), with both dates as the value."""
    date = pd.to_datetime(pd.Series(date), errors="coerce").reset_index(drop=True)
    limit = pd.Series(limit).reset_index(drop=True)
    bad = compare(date.to_numpy(), limit.to_numpy()) & date.notna().to_numpy()
    bad &= limit.notna().to_numpy()

    def values(j):
        return f"{date.iat[j]:%Y-%m-%d} ({col} {limit.iat[j]:%Y-%m-%d})"

    problems = []
    _flag(problems, line, bad, "date", values, rule)
    return problems


# --- loading ----------------------------------------------------------------------------------


def _load(path, name, extra=None) -> pd.DataFrame:
    """Read one file, check it (schema, row rules, ``extra(df, line)``), return typed columns."""
    path = Path(path)
    header, rows, starts = _parse(path, _read_text(path))
    sch = _schema.SCHEMAS[name]
    fields = sch["fields"]
    problems, fatal = _check_header(header, [f["name"] for f in fields])
    if fatal:
        raise DiaryFileError(path, problems)
    table, line, more = _cell_table(header, rows, starts)
    df, cells = _typed(table, line, fields)
    problems += more + cells + _primary_key(table, line, sch["primaryKey"])
    problems += _row_rules(df, line, _RULES[name])
    if extra is not None:
        problems += extra(df, line)
    if problems:
        raise DiaryFileError(path, problems)
    for f in fields:
        if f["type"] == "boolean" and f["constraints"].get("required"):
            df[f["name"]] = df[f["name"]].astype(bool)
    return df


def load_patients(path) -> pd.DataFrame:
    """Read patients.csv, check it (schema and row rules) and return typed columns."""
    df = _load(path, "patients")
    df["patient_id"] = df["patient_id"].astype("string")
    return df


def load_diary(path, patients=None) -> pd.DataFrame:
    """Read diary.csv, check it against its schema and return typed columns.

    ``patient_id`` is a category, ``date`` a datetime, 0–10 ratings nullable integers (``<NA>``
    where the entry was not filled in), clinic-recorded flags plain booleans. With ``patients``
    (a path to patients.csv or a table from :func:`load_patients`), every diary row must belong
    to a listed person (the schema's foreign key) and fall within the days that person took
    part, when patients.csv records them.
    """
    if patients is None:
        return _diary(path, None, "")
    if isinstance(patients, pd.DataFrame):
        return _diary(path, patients, "the patients table")
    return _diary(path, load_patients(patients), Path(patients).name)


def _diary(path, patients, source) -> pd.DataFrame:
    """The diary, checked against ``patients`` (named ``source`` in messages) if given."""

    def against_patients(df, line):
        return _check_foreign_keys(df, line, patients, source) + _within_study(
            df, line, patients, source
        )

    df = _load(path, "diary", None if patients is None else against_patients)
    df["patient_id"] = df["patient_id"].astype("category")
    return df


def load_dataset(folder) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(patients, diary) from a data folder: both files checked, and the diary against patients."""
    folder = Path(folder)
    patients = load_patients(folder / "patients.csv")
    return patients, _diary(folder / "diary.csv", patients, "patients.csv")


__all__ = [
    "DiaryFileError",
    "Problem",
    "load_dataset",
    "load_diary",
    "load_patients",
]
