"""A pytest plugin for test_tiers.py: writes every collected test, with its markers, fixtures
and source, as JSON to the file named by $MSBACKPAIN_TIER_REPORT."""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path


def _source(item) -> str:
    try:
        return inspect.getsource(item.function)
    except (AttributeError, OSError, TypeError):
        return ""


def pytest_collection_finish(session):
    report = [
        {
            "id": item.nodeid,
            "marks": sorted({mark.name for mark in item.iter_markers()}),
            "fixtures": sorted(getattr(item, "fixturenames", ())),
            "source": _source(item),
        }
        for item in session.items
    ]
    Path(os.environ["MSBACKPAIN_TIER_REPORT"]).write_text(json.dumps(report), encoding="utf-8")
