"""How long a student working alone needs for a notebook, estimated from what it asks them to do.

A notebook's stated time is not typed by hand. Its source writes ``<!-- study-time -->`` where the
time goes; the build replaces it with this estimate, and the instructor guide's
``<!-- study-time -->…<!-- /study-time -->`` is recomputed the same way, so the two agree::

    minutes = words / 175 + lines of code / 10 + 4 × exercises + 3 × interactive diagrams
              + 1 × quiz questions

* **Reading, 175 words a minute.** Adults read English non-fiction silently at 238 words a
  minute on average, most between 175 and 300 (Brysbaert 2019, a meta-analysis of 190 studies).
  Studying unfamiliar material is slower than reading it, so the estimate takes the low end of
  that range (an assumption). Counted: the Markdown a student reads on a first pass, that is
  without navigation, disclaimer, references and folded ``<details>`` blocks (solutions and
  "Deeper" blocks, which are optional on a first pass; their reading time is reported apart).
* **Code, 10 lines a minute** (an assumption): every non-blank, non-comment line of the code
  cells a student runs and reads.
* **An exercise, 4 minutes; an interactive diagram, 3; a quiz question, 1** (assumptions).

Run ``python -m tools.build time`` for the table of every notebook (words, lines, exercises,
diagrams, questions, minutes). The method is stated in 00 and in the instructor guide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STUDY_TIME_MARKER = "<!-- study-time -->"
GUIDE_TIME = re.compile(r"<!-- study-time -->.*?<!-- /study-time -->", re.S)

WORDS_PER_MINUTE = 175.0
CODE_LINES_PER_MINUTE = 10.0
MINUTES_PER_EXERCISE = 4.0
MINUTES_PER_DIAGRAM = 3.0
MINUTES_PER_QUESTION = 1.0

_DETAILS = re.compile(r"<details>.*?</details>", re.S)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.,%-]*")
_WIDGET = "application/vnd.jupyter.widget-view+json"


@dataclass(frozen=True)
class StudyTime:
    """What a notebook asks of a student, and the minutes it adds up to."""

    words: int
    folded_words: int
    code_lines: int
    exercises: int
    diagrams: int
    questions: int

    @property
    def minutes(self) -> float:
        return (
            self.words / WORDS_PER_MINUTE
            + self.code_lines / CODE_LINES_PER_MINUTE
            + MINUTES_PER_EXERCISE * self.exercises
            + MINUTES_PER_DIAGRAM * self.diagrams
            + MINUTES_PER_QUESTION * self.questions
        )

    @property
    def folded_minutes(self) -> float:
        return self.folded_words / WORDS_PER_MINUTE

    def text(self) -> str:
        """The stated time, rounded to 5 minutes (at least 5)."""
        return f"about {rounded(self.minutes)} minutes"


def rounded(minutes: float) -> int:
    return max(5, int(5 * round(minutes / 5)))


def _tags(cell) -> list:
    return cell.get("metadata", {}).get("tags", [])


def _source(cell) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def questions_of(stem: str) -> int:
    """How many questions the lesson's quiz asks (0 for a page without a quiz)."""
    import importlib

    try:
        module = importlib.import_module(f"msbackpain.lessons.{stem[3:]}.quiz")
    except ModuleNotFoundError:
        return 0
    return len(module.QUIZ.questions)


def _is_diagram_heading(line: str) -> bool:
    return line.startswith("#") and "Interactive" in line


#: Cells a student does not study: the links between notebooks, the disclaimer, and the cell that
#: installs the package on Google Colab only.
NOT_STUDIED = ("navigation", "disclaimer", "colab")


def measure(nb, stem: str) -> StudyTime:
    """Count what notebook ``nb`` (built from its source; executed or not) asks of a student.

    Interactive diagrams are counted by their "Interactive" headings, quiz questions from the
    lesson's quiz, so the count needs no outputs.
    """
    words = folded = lines = exercises = diagrams = 0
    for cell in nb["cells"]:
        tags = _tags(cell)
        text = _source(cell).replace(STUDY_TIME_MARKER, "")
        if set(NOT_STUDIED) & set(tags):
            continue
        if cell["cell_type"] == "markdown":
            if "solution" in tags:
                folded += count_words(text)
                continue
            text = text.split("## References", 1)[0]
            diagrams += sum(_is_diagram_heading(line) for line in text.splitlines())
            for block in _DETAILS.findall(text):
                folded += count_words(block)
            words += count_words(_DETAILS.sub("", text))
        elif cell["cell_type"] == "code":
            lines += sum(
                1 for line in text.splitlines() if line.strip() and not line.strip().startswith("#")
            )
            exercises += "exercise" in tags
    return StudyTime(words, folded, lines, exercises, diagrams, questions_of(stem))


def fill(nb, stem: str):
    """Write the estimate where the Markdown has ``<!-- study-time -->``. Returns ``nb``."""
    text = measure(nb, stem).text()
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown" and STUDY_TIME_MARKER in _source(cell):
            cell["source"] = _source(cell).replace(STUDY_TIME_MARKER, text)
    return nb


def fill_guide(text: str, minutes: str) -> str:
    """The guide ``text`` with ``minutes`` (an estimate's :meth:`StudyTime.text`) between its
    ``<!-- study-time -->…<!-- /study-time -->`` markers."""
    return GUIDE_TIME.sub(f"<!-- study-time -->{minutes}<!-- /study-time -->", text)


if __name__ == "__main__":
    raise SystemExit("The table of estimates is printed by: python -m tools.build time [--json]")
