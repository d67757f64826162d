"""The reference list and the citations that point into it.

The list is ``references.json`` beside this module: CSL-JSON, the format Zotero exports and
pandoc and citeproc read, one entry per source with its authors, title, journal, year, volume,
pages and DOI (or a ``note`` that starts "no DOI:"), and an ``annote`` in our own words saying
what the source is and what the collection uses it for.

Any text of the collection cites a source by its key, as pandoc does: ``[@foley2013]``, several
at once ``[@foley2013; @truini2013]``, or the year alone after the authors are named in the
sentence, ``Wilke and colleagues [-@wilke1999]``. :func:`render_citations` turns them into
"(Foley et al. 2013; Truini et al. 2013)", linked to a reference list if asked, and
:func:`reference_list` writes that list for the keys a text cites.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

#: The reference list (CSL-JSON).
REFERENCES_FILE = Path(__file__).with_name("references.json")

#: A citation: ``[@key]``, ``[-@key]`` or several separated by semicolons.
#: One written as code (after a backtick, as in ``[@key]``) is an example, not a citation.
CITATION = re.compile(r"(?<!`)\[(-?@[A-Za-z][\w-]*(?:\s*;\s*-?@[A-Za-z][\w-]*)*)\]")
_KEY = re.compile(r"(-?)@([A-Za-z][\w-]*)")
#: A well-formed DOI (Crossref's recommended pattern).
DOI = re.compile(r"^10\.\d{4,9}/[-._;()/:A-Za-z0-9<>\[\]]+$")


@dataclass(frozen=True)
class Reference:
    """One source of the reference list (the fields of its CSL-JSON entry that we use)."""

    key: str
    type: str
    authors: tuple[str, ...]
    title: str
    year: int
    container: str = ""
    volume: str = ""
    issue: str = ""
    page: str = ""
    doi: str = ""
    url: str = ""
    note: str = ""
    annote: str = ""
    publisher: str = ""
    editors: tuple[str, ...] = ()
    container_full: str = ""

    @property
    def short(self) -> str:
        """Author-year form: "Hursh 1939", "Vlaeyen & Linton 2000", "Foley et al. 2013"."""
        return f"{self.author_words} {self.year}"

    @property
    def author_words(self) -> str:
        """The authors as a citation names them: one, two joined by '&', or 'et al.'.

        An entry with no author names is cited by its journal (Vancouver's rule for articles
        without authors is to start with the title; a citation then names the journal).
        """
        families = [a.split(",")[0] for a in self.authors]
        if not families:
            return self.container or self.title
        if len(families) == 1:
            return families[0]
        if len(families) == 2:
            return f"{families[0]} & {families[1]}"
        return f"{families[0]} et al."

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def markdown(self) -> str:
        """The full reference in Vancouver style, as Markdown, with its DOI or URL as a link."""
        authors = _vancouver_authors(self.authors)
        title = self.title.rstrip(".")
        if self.type == "article-journal":
            where = f"*{self.container}* {self.year}"
            if self.volume:
                where += f";{self.volume}"
                if self.issue:
                    where += f"({self.issue})"
            if self.page:
                where += f":{self.page.replace('-', '–')}"
            text = f"{authors}. {title}. {where}." if authors else f"{title}. {where}."
        elif self.type == "chapter":
            eds = _vancouver_authors(self.editors)
            book = f"In: {eds}, editors. *{self.container}*." if eds else f"In: *{self.container}*."
            pages = f":{self.page.replace('-', '–')}" if self.page else ""
            text = f"{authors}. {title}. {book} {self.publisher}; {self.year}{pages}."
        else:
            publisher = f" {self.publisher};" if self.publisher else ""
            text = f"{authors}. *{title}*.{publisher} {self.year}."
        if self.doi:
            text += f" [doi:{self.doi}]({self.doi_url})"
        elif self.url:
            host = urlparse(self.url).netloc.removeprefix("www.")
            text += f" [Online at {host}]({self.url})"
        return text

    def plain(self) -> str:
        """The full reference as plain text (no Markdown), its DOI written as ``doi:...``."""
        text = self.markdown().replace("*", "")
        if self.doi:
            text = text.replace(f"[doi:{self.doi}]({self.doi_url})", f"doi:{self.doi}")
        elif self.url:
            text = text[: text.rindex(" [Online at ")] + f" {self.url}"
        return text


def _vancouver_authors(authors) -> str:
    names = []
    for a in authors:
        family, _, initials = a.partition(",")
        names.append(f"{family} {initials.strip()}".strip())
    if len(names) > 6:
        names = [*names[:6], "et al"]
    return ", ".join(names)


def _person(entry: dict) -> str:
    if "literal" in entry:
        return entry["literal"]
    given = entry.get("given", "")
    initials = "".join(part[0] for part in re.split(r"[\s.\-]+", given) if part)
    suffix = f" {entry['suffix'].rstrip('.')}" if entry.get("suffix") else ""
    return f"{entry['family']}, {initials}{suffix}" if initials else entry["family"]


def _from_csl(item: dict) -> Reference:
    where = f"references.json, entry {item.get('id', '?')!r}"
    for field in ("id", "type", "title", "issued"):
        if field not in item:
            raise ValueError(f"{where}: the field {field!r} is missing")
    authors = tuple(_person(a) for a in item.get("author", ()))
    if not authors and "author" not in item.get("note", ""):
        raise ValueError(f"{where}: it has no author, and no note saying why")
    return Reference(
        key=item["id"],
        type=item["type"],
        authors=authors,
        title=item["title"],
        year=int(item["issued"]["date-parts"][0][0]),
        container=item.get("container-title-short") or item.get("container-title", ""),
        container_full=item.get("container-title", ""),
        volume=str(item.get("volume", "")),
        issue=str(item.get("issue", "")),
        page=str(item.get("page", "")),
        doi=item.get("DOI", ""),
        url=item.get("URL", ""),
        note=item.get("note", ""),
        annote=item.get("annote", ""),
        publisher=item.get("publisher", ""),
        editors=tuple(_person(a) for a in item.get("editor", ())),
    )


@cache
def references() -> dict[str, Reference]:
    """Every source of the reference list, by key."""
    items = json.loads(REFERENCES_FILE.read_text(encoding="utf-8"))
    refs = {}
    for item in items:
        ref = _from_csl(item)
        if ref.key in refs:
            raise ValueError(f"references.json: the key {ref.key!r} appears twice")
        refs[ref.key] = ref
    return refs


def reference(key: str) -> Reference:
    """The source called ``key``; a clear error if the reference list has no such entry."""
    key = key.lstrip("-@")
    try:
        return references()[key]
    except KeyError:
        raise KeyError(
            f"{key!r} is not in the reference list (src/msbackpain/evidence/references.json)"
        ) from None


def cited_keys(text: str) -> list[str]:
    """The keys that ``text`` cites, in order of first citation, each once."""
    keys: list[str] = []
    for group in CITATION.findall(text):
        for _dash, key in _KEY.findall(group):
            if key not in keys:
                keys.append(key)
    return keys


def cite(*keys: str, link: str | None = None) -> str:
    """The citation text of ``keys``: "(Foley et al. 2013; Truini et al. 2013)".

    ``link`` is a format with ``{key}`` (e.g. ``"#ref-{key}"``): each name then links there.
    A key written ``-@key`` gives the year alone.
    """
    parts = []
    for raw in keys:
        ref = reference(raw)
        words = str(ref.year) if raw.startswith("-") else ref.short
        parts.append(f"[{words}]({link.format(key=ref.key)})" if link else words)
    return "(" + "; ".join(parts) + ")"


def render_citations(text: str, link: str | None = None) -> str:
    """``text`` with every ``[@key]`` citation written in author-year form (see :func:`cite`)."""

    def one(match: re.Match) -> str:
        keys = [f"{dash}{key}" for dash, key in _KEY.findall(match.group(1))]
        return cite(*keys, link=link)

    return CITATION.sub(one, text)


def anchor(key: str) -> str:
    """The HTML anchor id of a reference in a generated list."""
    return f"ref-{key}"


def reference_list(keys, anchors: bool = True) -> str:
    """A Markdown list of the sources ``keys``, sorted by first author and year.

    With ``anchors``, each entry starts with an ``<a id="ref-KEY"></a>`` that citations rendered
    with ``link="#ref-{key}"`` point to.
    """
    refs = sorted(
        {reference(k) for k in keys}, key=lambda r: (r.author_words.lower(), r.year, r.key)
    )
    lines = []
    for ref in refs:
        target = f'<a id="{anchor(ref.key)}"></a>' if anchors else ""
        lines.append(f"* {target}{ref.markdown()}")
    return "\n".join(lines)
