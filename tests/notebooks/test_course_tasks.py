"""The six-week module's assessed tasks: every "Instructor's reference" snippet in
instructor/README.md runs, in order and in one namespace, from the repository root, on the
committed data and answer key, without errors or warnings, as the guide says an instructor would
run them; and each week compares its estimates with the answer key instead of typed-in numbers."""

from __future__ import annotations

import math
import re
import warnings

import pytest

from tools import catalog

GUIDE = catalog.ROOT / "instructor" / "README.md"
REFERENCE = re.compile(
    r"<summary>Instructor's reference</summary>\s*```python\n(.*?)```", flags=re.S
)
WEEK = re.compile(r"^### Week (\d)", flags=re.M)


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def weeks(text: str) -> list[str]:
    """The text of each week of the six-week module, in order (the last ends at the next H2)."""
    parts = WEEK.split(text)
    bodies = [parts[i + 1] for i in range(1, len(parts) - 1, 2)]
    return [re.split(r"^## ", body, flags=re.M)[0] for body in bodies]


def snippets(text: str) -> list[str]:
    """The python code of every Instructor's reference, in order."""
    return REFERENCE.findall(text)


def run_snippets(codes: list[str]) -> dict:
    """Run the snippets one after another in one namespace; any warning is an error."""
    namespace: dict = {"__name__": "course_tasks"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for week, code in enumerate(codes, 1):
            exec(compile(code, f"instructor/README.md (week {week} reference)", "exec"), namespace)
    return namespace


def test_each_week_has_one_reference_that_compares_with_the_answer_key():
    text = guide()
    found = weeks(text)
    assert len(found) == 6
    for number, week in enumerate(found, 1):
        codes = snippets(week)
        assert len(codes) == 1, f"week {number}: {len(codes)} Instructor's reference snippets"
        assert "against_key(" in codes[0], f"week {number} does not compare with the answer key"
        assert "*Rubric (10):*" in week, f"week {number}: no rubric out of 10"
    assert len(snippets(text)) == 6, "Instructor's reference snippets outside the six weeks"


def test_the_guide_keeps_the_answers_out_of_the_data_folder():
    text = guide()
    assert "ground_truth" not in text, "the data folder no longer holds a ground-truth file"
    assert "instructor/answers/answer_key.json" in text
    assert "--student" in text and "DIR/answers" in text
    assert "after they hand in" in text


@pytest.mark.slow
def test_reference_snippets_run_on_the_committed_data(monkeypatch):
    from msbackpain.diaries import answers

    monkeypatch.chdir(catalog.ROOT)
    namespace = run_snippets(snippets(guide()))
    summary = namespace["summary"]
    known = set(answers.reveal()["question"])
    assert set(summary["question"]) <= known
    assert len(summary) >= 6, "at least one comparison with the key a week"
    for row in summary.itertuples():
        assert math.isfinite(row.estimate), f"{row.question} ({row.method}): no estimate"
        assert math.isfinite(row.key_effect), f"{row.question}: no effect in the answer key"


def test_a_snippet_that_uses_a_missing_column_fails(monkeypatch):
    monkeypatch.chdir(catalog.ROOT)
    first = snippets(guide())[0]
    assert '"cervical_lesion"' in first
    with pytest.raises(KeyError, match="neck_lesion"):
        run_snippets([first.replace('"cervical_lesion"', '"neck_lesion"')])


def test_a_snippet_that_warns_fails(monkeypatch):
    monkeypatch.chdir(catalog.ROOT)
    with pytest.raises(UserWarning, match="stale"):
        run_snippets(["import warnings\nwarnings.warn('stale method')"])
