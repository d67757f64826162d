"""Self-checks say 'not answered yet', 'right' or 'not yet, because ...' and never raise."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain.lessons.start_here import checks
from msbackpain.ui import exercises as ex


@pytest.fixture(autouse=True)
def relaxed(monkeypatch):
    monkeypatch.delenv(ex.STRICT_ENV, raising=False)


def test_number_verdicts(capsys):
    assert ex.check_number("E", ..., 3.0).status == "unanswered"
    assert ex.check_number("E", 3.1, 3.0, rel_tol=0.05).status == "right"
    assert ex.check_number("E", np.float64(3.0), 3.0).status == "right"
    assert ex.check_number("E", np.array([3.0]), 3.0).status == "right"
    high = ex.check_number("E", 4, 3.0, unit="ms", hint="look again")
    assert high.status == "wrong" and "too high" in high.message and "look again" in high.message
    assert "too low" in ex.check_number("E", 1, 3.0).message
    printed = capsys.readouterr().out
    assert "not answered yet" in printed and "right" in printed and "not yet" in printed


@pytest.mark.parametrize(
    "answer, words",
    [
        ("3", "without quotes"),
        ("three", "text"),
        (True, "yes/no"),
        ([1, 2], "single number"),
        (float("nan"), "NaN"),
        (None, "single number"),
    ],
)
def test_number_wrong_types_get_a_reason(answer, words):
    verdict = ex.check_number("E", answer, 3.0)
    assert verdict.status == "wrong"
    assert words in verdict.message


def test_choice_and_set():
    assert ex.check_choice("E", "b", "b", ["a", "b"]).status == "right"
    wrong = ex.check_choice("E", "a", "b", ["a", "b"], hints={"a": "not a"})
    assert wrong.status == "wrong" and "not a" in wrong.message
    assert "not one of the options" in ex.check_choice("E", "z", "b", ["a", "b"]).message
    assert ex.check_set("E", ["x", "y"], {"x", "y"}).status == "right"
    assert ex.check_set("E", [..., "y"], {"x"}).status == "unanswered"
    partial = ex.check_set("E", ["x"], {"x", "y"}, item_name="node")
    assert "1 node(s) missing" in partial.message
    assert "not valid" in ex.check_set("E", ["q"], {"x"}, universe=["x", "y"]).message
    assert "put the" in ex.check_set("E", "x", {"x"}).message


def test_strict_mode_raises_unless_right(monkeypatch):
    monkeypatch.setenv(ex.STRICT_ENV, "1")
    assert ex.check_number("E", 3, 3).status == "right"
    with pytest.raises(ex.ExerciseNotPassed, match="not answered yet"):
        ex.check_number("E", ..., 3)
    with pytest.raises(ex.ExerciseNotPassed, match="too high"):
        ex.check_number("E", 5, 3)


def test_notebook_00_checks_accept_the_right_answers_and_reject_others():
    assert checks.exercise_1(3).status == "right"
    assert checks.exercise_1(2).status == "wrong"
    from msbackpain import chain

    loop = set(chain.upstream("back_pain")) & set(chain.downstream("back_pain"))
    assert checks.exercise_2(loop).status == "right"
    assert checks.exercise_2(loop - {"disuse"}).status == "wrong"
    assert checks.exercise_3("neuropathic extremity pain").status == "right"
    assert checks.exercise_3("back pain").status == "wrong"
