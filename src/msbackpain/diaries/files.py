"""Writing the data files byte for byte reproducibly (fixed formats, "\n", sorted JSON keys)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

#: Decimal places written for each float column.
DECIMALS = {"edss": 1, "sitting_hours": 1, "temperature_c": 1}


def format_table(df: pd.DataFrame) -> pd.DataFrame:
    """Every column as strings: whole numbers plain, booleans 0/1, dates YYYY-MM-DD, NA empty."""
    out = {}
    for col in df.columns:
        s = df[col]
        na = s.isna().to_numpy()
        if pd.api.types.is_datetime64_any_dtype(s):
            txt = np.where(na, "", s.dt.strftime("%Y-%m-%d").fillna("").to_numpy(dtype=object))
        elif pd.api.types.is_bool_dtype(s):
            txt = np.where(na, "", np.where(s.fillna(False).to_numpy(dtype=bool), "1", "0"))
        elif pd.api.types.is_integer_dtype(s):
            v = s.fillna(0).to_numpy(dtype=np.int64).astype(str)
            txt = np.where(na, "", v)
        elif pd.api.types.is_float_dtype(s):
            nd = DECIMALS.get(col, 3)
            v = np.char.mod(f"%.{nd}f", np.round(s.fillna(0).to_numpy(dtype=float), nd) + 0.0)
            txt = np.where(na, "", v)
        else:
            txt = np.where(na, "", s.astype(object).to_numpy(dtype=object).astype(str))
        out[col] = txt
    return pd.DataFrame(out, columns=df.columns)


def write_csv(df: pd.DataFrame, path: Path, progress=None, chunk_rows: int = 200_000) -> None:
    """Write a table as CSV in chunks (``progress(done_rows, total_rows)`` after each)."""
    n = len(df)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for start in range(0, max(n, 1), chunk_rows):
            part = format_table(df.iloc[start : start + chunk_rows])
            fh.write(part.to_csv(index=False, header=start == 0, lineterminator="\n"))
            if progress:
                progress(min(start + chunk_rows, n), n)


def write_json(obj, path: Path) -> None:
    text = json.dumps(obj, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    Path(path).write_text(text, encoding="utf-8", newline="\n")
