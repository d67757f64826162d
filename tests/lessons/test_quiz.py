"""The quiz mechanism, and every notebook's quiz: sound questions, feedback, both views."""

from __future__ import annotations

import json
import re

import pytest

from msbackpain.lessons import all_quizzes, load_quiz
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz
from tools import catalog

QUIZZES = all_quizzes()
NUMBERS = [p.number for p in catalog.LESSONS]


def _mc(**kw):
    base = dict(
        prompt="Why does a cooled fibre conduct again?",
        choices=(
            Choice("Cooling adds myelin.", why="Temperature does not change the insulation."),
            Choice(
                "Sodium channels stay open longer.",
                why="Longer openings add current.",
                correct=True,
            ),
            Choice("The axon gets thicker.", why="Its diameter does not change."),
        ),
        explanation="The safety factor rises when channels stay open longer.",
    )
    base.update(kw)
    return MultipleChoice(**base)


def _numeric(**kw):
    base = dict(
        prompt="How long?", answer=12.34, tolerance=0.5, unit="ms", explanation="From the model."
    )
    base.update(kw)
    return Numeric(**base)


# -- the mechanism ---------------------------------------------------------------------------
def test_multiple_choice_feedback_names_the_choice_and_why():
    q = _mc()
    assert q.answer == "b"
    right = q.check(" (B) ")
    assert right.status == "right" and "Longer openings add current." in right.text
    wrong = q.check("a")
    assert wrong.status == "wrong" and "insulation" in wrong.text
    assert "Longer openings" not in wrong.text  # a wrong pick does not give the answer away


@pytest.mark.parametrize(
    ("answer", "status", "words"),
    [
        (None, "unanswered", "Choose"),
        (..., "unanswered", "Choose"),
        (2, "invalid", "int 2"),
        ("z", "invalid", "'z'"),
        ("ab", "invalid", "a, b, c"),
    ],
)
def test_multiple_choice_malformed_answers_say_what_is_expected(answer, status, words):
    feedback = _mc().check(answer)
    assert feedback.status == status and words in feedback.text


def test_numeric_feedback_within_tolerance_and_direction():
    q = _numeric(hint="Read the curve at 40%.")
    assert q.check(12.0).right and q.check("12,6").right
    assert q.check(13).status == "wrong" and "too high" in q.check(13).text
    assert "too low" in q.check("11").text and "Read the curve" in q.check(11).text
    for bad in ("twelve", True, float("nan"), [12]):
        assert q.check(bad).status == "invalid"
    assert q.check("").status == "unanswered"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: _mc(choices=(Choice("a", why="w"),)), "2 to"),
        (lambda: _mc(choices=(Choice("a", why="w"), Choice("b", why="w"))), "exactly one"),
        (lambda: _mc(choices=(Choice("a", why="w", correct=True),) * 2), "exactly one"),
        (lambda: Choice("text", why=""), "why"),
        (lambda: _mc(explanation=" "), "explanation"),
        (lambda: _numeric(tolerance=0), "tolerance"),
        (lambda: _numeric(answer=float("inf")), "finite"),
        (lambda: Quiz("3", (_mc(),)), "two-digit"),
        (lambda: Quiz("03", ()), "at least one"),
    ],
)
def test_malformed_quiz_data_is_refused_with_a_clear_message(make, message):
    with pytest.raises((ValueError, TypeError), match=message):
        make()


def test_question_numbers_count_from_one_and_are_checked():
    quiz = Quiz("03", (_mc(), _numeric()))
    assert quiz.check(2, 12.3).right
    for bad in (0, 3, "1", True):
        with pytest.raises(ValueError, match="questions 1 to 2"):
            quiz.check(bad, "a")


def test_markdown_folds_every_answer_and_shows_every_question():
    quiz = Quiz("03", (_mc(), _numeric()))
    text = quiz.markdown()
    assert text.count("<details>") == text.count("</details>") == 2
    visible = re.sub(r"<details>.*?</details>", "", text, flags=re.S)
    assert "Question 1." in visible and "Question 2." in visible
    assert "(c) The axon gets thicker." in visible
    assert "is right" not in visible and "12.3" not in visible  # answers only when unfolded
    assert "**(b)** is right" in text and "12.3 ms" in text


def test_widget_gives_feedback_and_keeps_score():
    quiz = Quiz("03", (_mc(), _numeric()))
    form = quiz.widget()
    score, first, second = form.children
    first.children[1].value = "a"
    assert "Not yet" in first.children[2].value and "0 of 2" in score.value
    first.children[1].value = "b"
    assert "Right" in first.children[2].value and "1 of 2" in score.value
    entry, button = second.children[1].children
    entry.value = "abc"
    assert "Type a number in ms" in second.children[2].value
    entry.value = "12.3"
    assert "Right" in second.children[2].value and "2 of 2" in score.value
    button.click()
    assert "2 of 2" in score.value


# -- every notebook's quiz ------------------------------------------------------------------
def test_every_notebook_has_a_quiz():
    assert sorted(QUIZZES) == NUMBERS
    assert load_quiz("00") is QUIZZES["00"]
    with pytest.raises(ValueError, match="no lesson"):
        load_quiz("99")


@pytest.mark.parametrize("number", NUMBERS)
def test_quiz_is_short_and_mostly_multiple_choice(number):
    questions = load_quiz(number).questions
    assert 4 <= len(questions) <= 6
    assert sum(isinstance(q, Numeric) for q in questions) <= 2
    for q in questions:
        if isinstance(q, MultipleChoice):
            assert 3 <= len(q.choices) <= 5, q.prompt
            assert len({c.text for c in q.choices}) == len(q.choices), q.prompt


@pytest.mark.parametrize("number", NUMBERS)
def test_quiz_feedback_for_every_option(number):
    quiz = load_quiz(number)
    for i, q in enumerate(quiz.questions, start=1):
        if isinstance(q, MultipleChoice):
            for letter, choice in zip(q.letters, q.choices, strict=True):
                assert quiz.check(i, letter).right == choice.correct
        else:
            assert quiz.check(i, q.answer).right
            assert quiz.check(i, q.answer + 3 * q.tolerance).status == "wrong"
            assert quiz.check(i, q.answer - 3 * q.tolerance).status == "wrong"


def _notebook(number):
    (stem,) = [p.stem for p in catalog.LESSONS if p.number == number]
    return stem, json.loads((catalog.NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))


@pytest.mark.parametrize("number", NUMBERS)
def test_notebook_shows_its_quiz_before_the_key_points(number):
    stem, nb = _notebook(number)
    headings = [
        line
        for cell in nb["cells"]
        if cell["cell_type"] == "markdown"
        for line in "".join(cell["source"]).splitlines()
        if line.startswith("## ")
    ]
    assert "## Quiz" in headings, f"{stem} has no '## Quiz' section"
    assert headings.index("## Quiz") < headings.index("## Key points")
    shown = [
        c for c in nb["cells"] if c["cell_type"] == "code" and "QUIZ.show()" in "".join(c["source"])
    ]
    assert len(shown) == 1, f"{stem} should show its quiz once"
    outputs = shown[0]["outputs"]
    views = [o["data"] for o in outputs if o.get("output_type") == "display_data"]
    assert any("application/vnd.jupyter.widget-view+json" in d for d in views)
    static = "".join("".join(d.get("text/markdown", "")) for d in views)
    assert static.count("<details>") == len(load_quiz(number).questions)
    assert static == load_quiz(number).markdown(), f"{stem}: the stored quiz is stale; rebuild"
