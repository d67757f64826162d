"""A short quiz at the end of each notebook: instant feedback with a kernel, plain text without.

A quiz is data (questions, options, the reason each option is right or wrong) kept in
``msbackpain.lessons.<topic>``; its texts cite sources as ``[@key]`` (the reference list of
:mod:`msbackpain.evidence`), shown to learners as "(Author Year)". The same data gives two views:

* in JupyterLab, :meth:`Quiz.widget` is a form: pick a letter or type a number and the
  feedback (right or not yet, and why) appears at once;
* without a kernel (nbviewer, GitHub, a printout), :meth:`Quiz.markdown` is a numbered question
  list with every answer and its explanation folded inside a ``<details>`` block.

:meth:`Quiz.show` displays one output that carries both: each reader sees the richest form
their viewer can show. A wrong option's ``why`` names the misconception
behind it, so that the feedback teaches rather than only marks. Nothing here raises on a
learner's answer: a malformed answer gets a message that says what was expected.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import ipywidgets as widgets
from IPython.display import display
from ipywidgets.widgets.widget_string import HTMLStyle

from msbackpain.evidence import render_citations

LETTERS = "abcdefgh"

FALLBACK_TEXT = "Interactive quiz: run this notebook in JupyterLab to answer with instant feedback."


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: ``status`` is 'right', 'wrong', 'invalid' or 'unanswered'."""

    status: str
    text: str

    @property
    def right(self) -> bool:
        return self.status == "right"

    def __str__(self) -> str:
        return self.text


def _need_text(value, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string (got {value!r})")


def _render_citations(item, *fields: str) -> None:
    """Write each ``[@key]`` citation in ``item``'s text fields as "(Author Year)"."""
    for field in fields:
        object.__setattr__(item, field, render_citations(getattr(item, field)))


@dataclass(frozen=True)
class Choice:
    """One option of a multiple-choice question, and why it is (or is not) the answer."""

    text: str
    why: str
    correct: bool = False

    def __post_init__(self):
        _need_text(self.text, "a choice's text")
        _need_text(self.why, f"the 'why' of choice {self.text!r}")
        _render_citations(self, "text", "why")


@dataclass(frozen=True)
class MultipleChoice:
    """A question with 2 to 8 options, exactly one of them right."""

    prompt: str
    choices: tuple[Choice, ...]
    explanation: str

    def __post_init__(self):
        _need_text(self.prompt, "a question's prompt")
        _need_text(self.explanation, f"the explanation of {self.prompt!r}")
        if not 2 <= len(self.choices) <= len(LETTERS):
            raise ValueError(
                f"a multiple-choice question needs 2 to {len(LETTERS)} choices "
                f"(got {len(self.choices)} for {self.prompt!r})"
            )
        if sum(c.correct for c in self.choices) != 1:
            raise ValueError(f"exactly one choice must be correct in {self.prompt!r}")
        _render_citations(self, "prompt", "explanation")

    @property
    def letters(self) -> str:
        return LETTERS[: len(self.choices)]

    @property
    def answer(self) -> str:
        """The letter of the right option."""
        return next(
            letter for letter, c in zip(self.letters, self.choices, strict=True) if c.correct
        )

    def check(self, answer) -> Feedback:
        """Feedback on ``answer``, a letter such as ``"b"`` (case and brackets ignored)."""
        expected = ", ".join(self.letters)
        if answer is None or answer is Ellipsis:
            return Feedback("unanswered", f"Choose one of the letters {expected}.")
        if not isinstance(answer, str):
            return Feedback(
                "invalid",
                f"Answer with one of the letters {expected} as text, e.g. "
                f"{self.letters[0]!r} (got {type(answer).__name__} {answer!r}).",
            )
        letter = answer.strip().strip("()").strip().lower()
        if len(letter) != 1 or letter not in self.letters:
            return Feedback(
                "invalid", f"Answer with one of the letters {expected} (got {answer!r})."
            )
        choice = self.choices[self.letters.index(letter)]
        if choice.correct:
            return Feedback("right", f"Right: ({letter}). {choice.why} {self.explanation}")
        return Feedback("wrong", f"Not yet: ({letter}). {choice.why} Try another option.")

    def options_markdown(self) -> list[str]:
        return [
            f"- ({letter}) {c.text}" for letter, c in zip(self.letters, self.choices, strict=True)
        ]

    def answer_markdown(self) -> str:
        right = self.choices[self.letters.index(self.answer)]
        others = "\n".join(
            f"- ({letter}) {c.why}"
            for letter, c in zip(self.letters, self.choices, strict=True)
            if not c.correct
        )
        return (
            f"**({self.answer})** is right. {right.why} {self.explanation}\n\n"
            f"Why not the others:\n\n{others}"
        )


def _decimals(tolerance: float) -> int:
    """Decimal places that show a number to about the precision of ``tolerance``."""
    return max(0, -math.floor(math.log10(tolerance)))


@dataclass(frozen=True)
class Numeric:
    """A question answered with a number; right when within ``tolerance`` (same unit)."""

    prompt: str
    answer: float
    tolerance: float
    unit: str
    explanation: str
    hint: str = ""

    def __post_init__(self):
        _need_text(self.prompt, "a question's prompt")
        _need_text(self.explanation, f"the explanation of {self.prompt!r}")
        if not isinstance(self.unit, str):
            raise ValueError(f"unit must be a string, e.g. 'ms' or '%' (got {self.unit!r})")
        if not math.isfinite(float(self.answer)):
            raise ValueError(f"the answer to {self.prompt!r} must be a finite number")
        if not (math.isfinite(float(self.tolerance)) and self.tolerance > 0):
            raise ValueError(
                f"tolerance must be a positive number (got {self.tolerance!r} for {self.prompt!r})"
            )
        _render_citations(self, "prompt", "explanation", "hint")

    def formatted(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.answer:.{_decimals(self.tolerance)}f}{unit}"

    def check(self, answer) -> Feedback:
        """Feedback on ``answer``: a number, or text holding one (e.g. ``"12.5"``)."""
        unit = f" in {self.unit}" if self.unit else ""
        if answer is None or answer is Ellipsis or (isinstance(answer, str) and not answer.strip()):
            return Feedback("unanswered", f"Type a number{unit}.")
        value = None
        if isinstance(answer, str):
            try:
                value = float(answer.strip().replace(",", "."))
            except ValueError:
                value = None
        elif isinstance(answer, int | float) and not isinstance(answer, bool):
            value = float(answer)
        if value is None or not math.isfinite(value):
            return Feedback("invalid", f"Type a number{unit}, without the unit (got {answer!r}).")
        if abs(value - self.answer) <= self.tolerance:
            return Feedback("right", f"Right: {self.formatted()}. {self.explanation}")
        direction = "too high" if value > self.answer else "too low"
        hint = f" {self.hint}" if self.hint else ""
        return Feedback("wrong", f"Not yet: {value:g} is {direction}.{hint}")

    def options_markdown(self) -> list[str]:
        return [f"*Answer with a number{f' in {self.unit}' if self.unit else ''}.*"]

    def answer_markdown(self) -> str:
        tolerance = f"{self.tolerance:.{_decimals(self.tolerance)}f}"
        return f"About **{self.formatted()}** (within ±{tolerance}). {self.explanation}"


Question = MultipleChoice | Numeric


@dataclass(frozen=True)
class Quiz:
    """The quiz of notebook ``notebook`` ("NN")."""

    notebook: str
    questions: tuple[Question, ...]

    def __post_init__(self):
        if not (
            isinstance(self.notebook, str) and len(self.notebook) == 2 and self.notebook.isdigit()
        ):
            raise ValueError(
                f"notebook must be a two-digit string such as '03' (got {self.notebook!r})"
            )
        if not self.questions:
            raise ValueError("a quiz needs at least one question")
        for q in self.questions:
            if not isinstance(q, MultipleChoice | Numeric):
                raise TypeError(
                    f"questions must be MultipleChoice or Numeric (got {type(q).__name__})"
                )

    def question(self, number: int) -> Question:
        """Question ``number``, counting from 1 as printed."""
        n = len(self.questions)
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= n:
            raise ValueError(f"there is no question {number!r}: this quiz has questions 1 to {n}")
        return self.questions[number - 1]

    def check(self, number: int, answer) -> Feedback:
        """Feedback on ``answer`` to question ``number`` (1-based)."""
        return self.question(number).check(answer)

    # -- the view without a kernel -------------------------------------------------------------
    def markdown(self) -> str:
        """Numbered questions; each answer with its explanation folded in ``<details>``."""
        parts = []
        for i, q in enumerate(self.questions, start=1):
            parts.append(f"**Question {i}.** {q.prompt}")
            parts.append("\n".join(q.options_markdown()))
            parts.append(
                f"<details><summary>Answer to question {i}</summary>\n\n"
                f"{q.answer_markdown()}\n\n</details>"
            )
        return "\n\n".join(parts)

    # -- the view with a kernel -----------------------------------------------------------------
    def widget(self) -> widgets.VBox:
        """A form: one block per question, feedback as soon as an answer is given."""
        return _Form(self).box

    def show(self) -> None:
        """Display the quiz once: the form with a kernel, the folded question list without one.

        One output carries the form and, as its plainer form, :meth:`markdown`: JupyterLab with a
        live kernel renders the form; nbviewer, GitHub and a notebook not yet run render the
        list with its answers folded away.
        """
        bundle = {
            "text/markdown": self.markdown(),
            **self.widget()._repr_mimebundle_(),
            "text/plain": FALLBACK_TEXT,
        }
        display(bundle, raw=True)


class _Form:
    """The widgets of one quiz form.

    Every widget shares one layout and one style model of its kind: the widget state saved in
    the notebook (for readers without a kernel) is then about half the size.
    """

    def __init__(self, quiz: Quiz):
        self.quiz = quiz
        self.layout = widgets.Layout()
        self.html_style = HTMLStyle()
        self.toggle_style = widgets.ToggleButtonsStyle()
        self.verdicts: dict[int, Feedback] = {}
        self.score = self._html()
        blocks = [self.score]
        for number, question in enumerate(quiz.questions, start=1):
            blocks.append(self._block(number, question))
        self._update_score()
        frame = widgets.Layout(border="1px solid #999999", padding="6px")
        self.box = widgets.VBox(blocks, layout=frame)
        self.box.add_class("msb-quiz")

    def _html(self, value: str = "") -> widgets.HTML:
        return widgets.HTML(value, layout=self.layout, style=self.html_style)

    def _update_score(self) -> None:
        right = sum(f.right for f in self.verdicts.values())
        self.score.value = f"<p>Right so far: {right} of {len(self.quiz.questions)}.</p>"

    def _block(self, number: int, q: Question) -> widgets.VBox:
        text = f"<p><strong>Question {number}.</strong> {html.escape(q.prompt)}</p>"
        if isinstance(q, MultipleChoice):
            items = "".join(
                f"<li>({letter}) {html.escape(c.text)}</li>"
                for letter, c in zip(q.letters, q.choices, strict=True)
            )
            text += f"<ul style='list-style:none'>{items}</ul>"
        prompt, feedback = self._html(text), self._html()

        def show(answer):
            verdict = q.check(answer)
            if verdict.status in ("right", "wrong"):
                self.verdicts[number] = verdict
            mark = {"right": "✔ ", "wrong": "✘ "}.get(verdict.status, "")
            feedback.value = f"<p role='status'>{mark}{html.escape(verdict.text)}</p>"
            self._update_score()

        if isinstance(q, MultipleChoice):
            control = widgets.ToggleButtons(
                options=[(f"({letter})", letter) for letter in q.letters],
                value=None,
                description=f"Answer {number}:",
                tooltips=[c.text for c in q.choices],
                layout=self.layout,
                style=self.toggle_style,
            )
            control.observe(lambda change: show(change["new"]), names="value")
            return widgets.VBox([prompt, control, feedback], layout=self.layout)
        unit = f" in {q.unit}" if q.unit else ""
        control = widgets.Text(
            placeholder=f"a number{unit}",
            description=f"Answer {number}:",
            continuous_update=False,
        )
        button = widgets.Button(
            description="Check", tooltip=f"Check your answer to question {number}"
        )
        button.on_click(lambda _b: show(control.value))
        control.observe(lambda change: show(change["new"]), names="value")
        row = widgets.HBox([control, button], layout=self.layout)
        return widgets.VBox([prompt, row, feedback], layout=self.layout)
