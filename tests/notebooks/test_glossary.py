"""The glossary (notebooks/glossary.md) and the links to it from the notebooks.

Checks: every entry has one unique anchor (its GitHub heading slug, also written as an explicit
``<a id>`` so JupyterLab's Markdown preview finds it); entries are in alphabetical order; the letter
index and every ``glossary.md#...`` link resolve; each term is linked from the first notebook
(00..08) whose Markdown mentions it; the notebooks an entry cites do mention it; the glossary has
the disclaimer and a link back to 00. Each check is a function returning a list of problems, and
a second test feeds it a broken copy to show that it can fail.

"Mentions" means a case-insensitive whole-word match of the heading (with any "(ABBR)" part
split off as its own word), or of a word on the entry's ``*Also:*`` line, in a Markdown cell of a
notebook source, outside headings, code, maths, folded answers (``<details>`` blocks other than
"Deeper" ones, which are part of the read for those who open them) and References.
Spaces and hyphens match each other, a trailing "s"/"es" is allowed, and phrases listed in an
invisible ``<!-- not: a; b -->`` line of the entry (e.g. "a moment" for *Moment*) do not count.

Adding links after the text changed: ``python tests/notebooks/test_glossary.py --link`` links
the first eligible one-line occurrence in the first notebook that mentions each unlinked term.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "notebooks" / "glossary.md"
SOURCES = ROOT / "src" / "notebooks"
LINK = re.compile(r"\]\((?:\./)?glossary\.md#([^)\s]+)\)")


# -- parsing ---------------------------------------------------------------------------------
@dataclass
class Entry:
    name: str
    anchor: str | None
    also: list[str] = field(default_factory=list)
    nots: list[str] = field(default_factory=list)
    where: str = ""

    @property
    def phrases(self) -> list[str]:
        main = re.sub(r"\s*\(([^)]*)\)", "", self.name).strip()
        inside = re.findall(r"\(([^)]*)\)", self.name)
        return [main, *inside, *self.also]


def github_slug(heading: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def parse_glossary(text: str) -> list[Entry]:
    entries: list[Entry] = []
    for line in text.splitlines():
        m = re.match(r"^###\s+(?:<a id=\"([^\"]+)\"></a>)?(.+?)\s*$", line)
        if m:
            entries.append(Entry(name=m.group(2), anchor=m.group(1)))
        elif entries and line.startswith("*Also:*"):
            entries[-1].also = [w.strip() for w in line[len("*Also:*") :].split(",") if w.strip()]
        elif entries and line.startswith("<!-- not:"):
            body = line.removeprefix("<!-- not:").removesuffix("-->")
            entries[-1].nots = [w.strip() for w in body.split(";") if w.strip()]
        elif entries and line.startswith("*In these notebooks:*"):
            entries[-1].where = line
    return entries


def ids_of(text: str) -> list[str]:
    return re.findall(r"<a id=\"([^\"]+)\"></a>", text)


def markdown_cells(source: str) -> list[tuple[str, str]]:
    """(Markdown text, cell header line) of each Markdown cell of a jupytext percent script."""
    cells, current = [], None
    for line in source.split("\n"):
        if line.startswith("# %%"):
            current = [line, []] if "[markdown]" in line else None
            if current:
                cells.append(current)
        elif current is not None:
            current[1].append(line[2:] if line.startswith("# ") else "" if line == "#" else line)
    return [("\n".join(body), header) for header, body in cells]


def prose(markdown: str) -> str:
    """The running text of a Markdown cell that a reader sees as words (see module docstring)."""
    text = re.sub(r"<details>(?!\s*<summary>\s*Deeper).*?</details>", " ", markdown, flags=re.S)
    text = re.sub(r"^#+ References.*", " ", text, flags=re.S | re.M)
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    text = re.sub(r"\$[^$\n]+\$", " ", text)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"^#+ .*$", " ", text, flags=re.M)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return text.replace("*", "")


def phrase_pattern(phrase: str) -> re.Pattern:
    parts = [re.escape(p) for p in re.split(r"[\s-]+", phrase.strip())]
    body = r"[\s-]+".join(parts).replace("'", "['’]")
    return re.compile(r"(?<![\w-])" + body + r"(?:s|es)?(?![\w-])", re.I)


def mentions(entry: Entry, text: str) -> bool:
    for phrase in entry.nots:
        text = phrase_pattern(phrase).sub(" ", text)
    return any(phrase_pattern(p).search(text) for p in entry.phrases)


def sources() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("[0-9][0-9]_*.py"))}


def notebook_prose(source: str) -> str:
    return "\n\n".join(prose(text) for text, _ in markdown_cells(source))


# -- checks (each returns a list of problems) -------------------------------------------------
def check_front_matter(text: str) -> list[str]:
    problems = []
    head = text[:1500]
    if "not medical advice" not in head.lower():
        problems.append("the disclaimer ('not medical advice') is missing from the top")
    if "](00_start_here.ipynb)" not in text:
        problems.append("no link back to 00_start_here.ipynb")
    return problems


def check_anchors(text: str) -> list[str]:
    problems = []
    entries = parse_glossary(text)
    for e in entries:
        if e.anchor is None:
            problems.append(f"{e.name}: no explicit <a id> anchor")
        elif e.anchor != github_slug(e.name):
            problems.append(f"{e.name}: anchor {e.anchor!r} is not its GitHub slug")
    ids = ids_of(text)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"duplicate anchors: {duplicates}")
    slugs = [github_slug(e.name) for e in entries]
    if len(set(slugs)) != len(slugs):
        problems.append("two entries have the same heading slug")
    for target in re.findall(r"\]\(#([^)\s]+)\)", text):
        if target not in ids:
            problems.append(f"in-page link #{target} has no anchor")
    letters = re.findall(r"^## <a id=\"([^\"]+)\"></a>", text, flags=re.M)
    if not letters or any(f"](#{a})" not in text for a in letters):
        problems.append("the letter index does not link every letter section")
    return problems


def check_alphabetical(text: str) -> list[str]:
    names = [e.name for e in parse_glossary(text)]
    problems = [
        f"{a!r} comes before {b!r}"
        for a, b in zip(names, names[1:], strict=False)
        if a.lower() > b.lower()
    ]
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line.rsplit(">", 1)[-1].strip()
        elif line.startswith("### "):
            name = parse_glossary(line)[0].name
            if current is None or not name.upper().startswith(current):
                problems.append(f"{name!r} is under the letter {current!r}")
    return problems


def check_links_resolve(anchors: set[str], documents: dict[str, str]) -> list[str]:
    return [
        f"{name}: glossary.md#{target} has no anchor"
        for name, text in documents.items()
        for target in LINK.findall(text)
        if target not in anchors
    ]


def first_mentions(entries: list[Entry], texts: dict[str, str]) -> dict[str, str | None]:
    readable = {stem: notebook_prose(src) for stem, src in texts.items()}
    return {
        e.name: next((stem for stem in sorted(readable) if mentions(e, readable[stem])), None)
        for e in entries
    }


def check_first_use_linked(entries: list[Entry], texts: dict[str, str]) -> list[str]:
    problems = []
    for e in entries:
        first = first_mentions([e], texts)[e.name]
        if first is None:
            problems.append(f"{e.name}: no notebook mentions it (not a term the collection uses)")
        elif f"](glossary.md#{e.anchor})" not in texts[first]:
            problems.append(f"{e.name}: first used in {first}, which does not link #{e.anchor}")
    return problems


def check_cited_notebooks(entries: list[Entry], texts: dict[str, str]) -> list[str]:
    """Every notebook number in an entry's 'In these notebooks' line mentions the term."""
    problems = []
    by_number = {
        stem[:2]: "\n".join(t for t, _ in markdown_cells(src)) for stem, src in texts.items()
    }
    for e in entries:
        if "every notebook" in e.where:
            cited = sorted(by_number)
        else:
            cited = sorted(set(re.findall(r"\b(0\d)\b", e.where)))
        if not cited:
            problems.append(f"{e.name}: 'In these notebooks' names no notebook")
        for number in cited:
            text = by_number.get(number, "")
            if not mentions(e, text.replace("*", "")):
                problems.append(f"{e.name}: cites {number}, which does not mention it")
    return problems


def check_00_links_glossary(source_00: str) -> list[str]:
    cell = next((t for t, _ in markdown_cells(source_00) if "## How to use" in t), "")
    return (
        [] if "](glossary.md)" in cell else ["00's 'How to use' section does not link glossary.md"]
    )


# -- tests -----------------------------------------------------------------------------------
def _glossary() -> str:
    return GLOSSARY.read_text(encoding="utf-8")


def _documents() -> dict[str, str]:
    docs = {f"src/notebooks/{stem}.py": text for stem, text in sources().items()}
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        docs[f"notebooks/{nb.name}"] = "\n".join(
            "".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
        )
    readme = ROOT / "README.md"
    if readme.exists():
        docs["README.md"] = readme.read_text(encoding="utf-8")
    return docs


def test_glossary_has_disclaimer_and_link_back_to_00():
    assert check_front_matter(_glossary()) == []


def test_every_entry_has_a_unique_anchor_and_the_index_resolves():
    entries = parse_glossary(_glossary())
    assert len(entries) >= 50, len(entries)
    assert check_anchors(_glossary()) == []


def test_glossary_is_alphabetical():
    assert check_alphabetical(_glossary()) == []


def test_every_glossary_link_resolves():
    anchors = set(ids_of(_glossary()))
    docs = _documents()
    assert sum(len(LINK.findall(t)) for t in docs.values()) >= len(parse_glossary(_glossary()))
    assert check_links_resolve(anchors, docs) == []


def test_every_term_is_linked_from_the_first_notebook_that_uses_it():
    assert check_first_use_linked(parse_glossary(_glossary()), sources()) == []


def test_notebooks_cited_by_an_entry_mention_it():
    assert check_cited_notebooks(parse_glossary(_glossary()), sources()) == []


def test_00_links_the_glossary_in_how_to_use():
    assert check_00_links_glossary(sources()["00_start_here"]) == []


def test_each_check_can_fail():
    """Broken copies of the real files make every check report a problem."""
    text, texts = _glossary(), sources()
    entries = parse_glossary(text)
    # disclaimer and link back
    assert check_front_matter(text.replace("not medical advice", "advice"))
    assert check_front_matter(text.replace("](00_start_here.ipynb)", "](elsewhere.ipynb)"))
    # anchors: a duplicate, a wrong slug, a missing one, a broken in-page link
    first, second = entries[0], entries[1]
    assert check_anchors(text.replace(f'id="{second.anchor}"', f'id="{first.anchor}"', 1))
    assert check_anchors(text.replace(f'<a id="{first.anchor}"></a>', '<a id="wrong"></a>', 1))
    assert check_anchors(text.replace(f'<a id="{first.anchor}"></a>', "", 1))
    assert check_anchors(text.replace("](#letter-a)", "](#letter-zz)", 1))
    # order: swap the first two headings
    a, b = f"</a>{first.name}\n", f"</a>{second.name}\n"
    assert check_alphabetical(text.replace(a, "\0").replace(b, a).replace("\0", b))
    # links: one to an anchor that does not exist
    assert check_links_resolve(set(ids_of(text)), {"x": "[word](glossary.md#no-such-term)"})
    # first use: remove every link to one term from the first notebook that uses it
    first_use = first_mentions([first], texts)[first.name]
    unlinked = dict(texts)
    unlinked[first_use] = re.sub(
        rf"\[([^\]]*)\]\(glossary\.md#{re.escape(first.anchor)}\)", r"\1", texts[first_use]
    )
    assert check_first_use_linked([first], texts) == []
    assert check_first_use_linked([first], unlinked)
    # a term that no notebook uses
    assert check_first_use_linked([Entry("Zyxomorph", "zyxomorph")], texts)
    # mentions: word boundaries, plurals, hyphens, headings, code, solutions, 'not' phrases
    myelin = Entry("Myelin", "myelin")
    assert mentions(myelin, prose("Fibres lose their myelin."))
    assert not mentions(myelin, prose("A demyelinated fibre."))
    assert not mentions(myelin, prose("## Myelin\n\n`myelin` in code"))
    assert not mentions(myelin, prose("<details>myelin</details>"))
    assert mentions(Entry("Motor unit", "motor-unit"), "in the motor-unit model")
    assert mentions(Entry("Motor unit", "motor-unit"), "two motor units")
    moment = Entry("Moment", "moment", also=["torque"], nots=["that moment"])
    assert not mentions(moment, "That moment is task failure.")
    assert mentions(moment, "a turning force, a moment")
    # cited notebooks and 00's link to the glossary
    assert check_cited_notebooks([Entry("Zyxomorph", "zyxomorph", where="*In…:* 03.")], texts)
    assert check_00_links_glossary(texts["00_start_here"].replace("](glossary.md)", "]()"))


# -- adding missing links (run by hand: python tests/notebooks/test_glossary.py --link) ---------
def _eligible_spans(line: str) -> list[tuple[int, int]]:
    """Character ranges of a Markdown line that must not be touched (code, maths, links, tags)."""
    spans = []
    for pattern in (r"`[^`]*`", r"\$[^$]+\$", r"\[[^\]]*\]\([^)]*\)", r"<[^>]+>"):
        spans += [m.span() for m in re.finditer(pattern, line)]
    return spans


def link_first_use(entry: Entry, stem: str) -> str | None:
    """Link the first eligible one-line occurrence of ``entry`` in ``stem``; return the new line."""
    path = SOURCES / f"{stem}.py"
    lines = path.read_text(encoding="utf-8").split("\n")
    markdown = fence = details = references = maths = skip_cell = False
    for raw in lines:
        if raw.startswith("# %%"):
            markdown = "[markdown]" in raw
            skip_cell = "solution" in raw or "contents" in raw
            fence = details = references = maths = False
            continue
        if not markdown or skip_cell or not raw.startswith("# "):
            continue
        line = raw[2:]
        if line.startswith("```"):
            fence = not fence
            continue
        if "$$" in line:
            maths = maths != (line.count("$$") == 1)
            continue
        if "<details" in line:
            details = True
        if details:
            details = "</details>" not in line
            continue
        if re.match(r"^#+ References", line):
            references = True
        if fence or maths or references or line.startswith("#"):
            continue
        blocked = _eligible_spans(line)
        for phrase in entry.nots:
            blocked += [m.span() for m in phrase_pattern(phrase).finditer(line)]
        for phrase in entry.phrases:
            for m in phrase_pattern(phrase).finditer(line):
                if any(s < m.end() and m.start() < e for s, e in blocked):
                    continue
                target = f"[{m.group(0)}](glossary.md#{entry.anchor})"
                new = f"{line[: m.start()]}{target}{line[m.end() :]}"
                # re-read right before writing, and change only this one line
                current = path.read_text(encoding="utf-8")
                if current.count("\n" + raw + "\n") != 1:
                    return None
                path.write_text(current.replace("\n" + raw + "\n", "\n# " + new + "\n"), "utf-8")
                return new
    return None


def main(argv: list[str]) -> int:
    if argv != ["--link"]:
        print(__doc__)
        return 2
    entries = parse_glossary(_glossary())
    missing = []
    for e in entries:
        texts = sources()
        first = first_mentions([e], texts)[e.name]
        if first is None or f"](glossary.md#{e.anchor})" in texts[first]:
            continue
        new = link_first_use(e, first)
        print(
            f"{first}: {e.name}: {new}" if new else f"{first}: {e.name}: NOT LINKED (do it by hand)"
        )
        if not new:
            missing.append(e.name)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
