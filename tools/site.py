"""Build the course website from the committed notebooks (no execution): ``python3 run.py site``.

    python -m tools.site                 # into build/site/; open build/site/index.html
    python -m tools.site --out DIR       # elsewhere
    python -m tools.site --lite          # and the JupyterLite build into <out>/lite/

The pages mirror the repository: ``notebooks/`` (every notebook, the glossary), ``instructor/``
(the guide) and ``data/README.md`` (the datasheet), so every relative link between them works as
it does on GitHub. They are copied into a staging folder beside an index page made here, then
Sphinx renders them with myst-nb and sphinx-book-theme (settings in ``tools/site_conf/conf.py``).
Launch buttons (Binder, Colab, JupyterLite) and the repository button come from the one address in
``pyproject.toml`` (``tools.catalog``). ``.github/workflows/pages.yml`` publishes the result.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

from msbackpain import DISCLAIMER, __version__
from msbackpain.safety import RED_FLAGS
from tools import catalog
from tools.build import COLAB_TAG
from tools.lite import size

CONF = catalog.ROOT / "tools" / "site_conf"
OUT = catalog.ROOT / "build" / "site"
#: What the site carries besides the notebooks, as (repository path, sidebar caption).
GUIDE = catalog.ROOT / "instructor"
DATASHEET = "data/README.md"
GLOSSARY = "notebooks/glossary.md"
CLASSROOM_HUB = "instructor/classroom_hub.md"


def notebook_table() -> str:
    rows = ["| # | Notebook | What it is about | Run it online |", "|---|---|---|---|"]
    for plan in catalog.existing():
        title = f"[{catalog.title_of(plan.stem)}](notebooks/{plan.filename})"
        links = catalog.run_links_markdown(plan.filename)
        rows.append(f"| {plan.number} | {title} | {plan.summary} | {links} |")
    return "\n".join(rows)


def toctree(caption: str, entries: list[str]) -> str:
    lines = "\n".join(entries)
    return f"```{{toctree}}\n:caption: {caption}\n:hidden:\n\n{lines}\n```"


def guide_pages() -> list[str]:
    """The instructor guide: its overview first, then one page per notebook, then the rest."""
    pages = ["instructor/README"]
    pages += [
        f"instructor/{p.stem}" for p in catalog.existing() if (GUIDE / f"{p.stem}.md").exists()
    ]
    others = sorted(f"instructor/{p.stem}" for p in GUIDE.glob("*.md"))
    return pages + [p for p in others if p not in pages]


def index_markdown() -> str:
    """The home page: what the collection is, how to read and run it, the notebooks, the menus."""
    notebooks = [f"notebooks/{stem}" for stem in catalog.notebook_stems() if stem[:2].isdigit()]
    reference = [
        "notebooks/evidence",
        GLOSSARY.removesuffix(".md"),
        DATASHEET.removesuffix(".md"),
    ]
    parts = [
        "# Lower back pain in multiple sclerosis, one causal link at a time",
        "Jupyter notebooks that explain why people with multiple sclerosis (MS) so often get "
        "lower back pain, by walking the chain of causes from a damaged nerve fibre to a sore "
        "back. Every link has a small model built on published science, a diagram and exercises; "
        "simulated patient diaries let learners practise data exploration with pandas.",
        f"> {DISCLAIMER}",
        RED_FLAGS,
        "## Read, or run without installing",
        "* **Read** every notebook here, as it was last run: figures, tables and quizzes "
        "(answers folded away) need no installation and no Python.",
        f"* **Run in your browser** with [JupyterLite]({catalog.lite_url()}): Python runs inside "
        "the page. The first time, it needs a network connection to download Python and its "
        "scientific packages (tens of MB); nothing leaves your computer.",
        "* **Run on a free server**: each notebook's *Binder* or *Colab* link below (Colab needs "
        "a Google account; the notebook's first cell installs the package there).",
        "* **Run on your own computer**: see the repository's README "
        f"([{catalog.repository_url()}]({catalog.repository_url()})).",
        "## The notebooks",
        notebook_table(),
        toctree("Notebooks", notebooks),
        toctree("Reference", reference),
        toctree("For instructors", guide_pages()),
    ]
    return "\n\n".join(parts) + "\n"


#: A Markdown heading with an HTML anchor in it: ``### <a id="myelin"></a>Myelin``.
ANCHORED_HEADING = re.compile(r'^(#+) +(.*?) *<a id="([^"]+)"></a> *(.*?) *$', re.M)


def anchors_before_headings(text: str) -> str:
    """Markdown with every anchor that sat in a heading moved onto its own line before it.

    In a heading (as the notebooks and the glossary have them, which works on GitHub, nbviewer
    and in JupyterLab), the anchor would leave the site's page contents and search results with
    empty or broken links.
    """

    def moved(match: re.Match) -> str:
        hashes, before, anchor, after = match.groups()
        title = " ".join(part for part in (before, after) if part)
        return f'<a id="{anchor}"></a>\n\n{hashes} {title}'

    return ANCHORED_HEADING.sub(moved, text)


def stage_notebook(source: Path, target: Path) -> None:
    """Copy a notebook, its Markdown cells' heading anchors moved (outputs untouched), and the
    cell that acts on Colab only hidden (myst-nb's ``remove-cell``): the Colab button opens the
    notebook with it, and a reader of the page has no use for it."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        tags = cell.setdefault("metadata", {}).setdefault("tags", [])
        if COLAB_TAG in tags:
            tags.append("remove-cell")
        if cell["cell_type"] == "markdown":
            text = "".join(cell["source"])
            cell["source"] = anchors_before_headings(text).splitlines(keepends=True)
    target.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")


def stage(into: Path) -> Path:
    """A fresh source folder for Sphinx: the pages, as in the repository, and the index."""
    if into.exists():
        shutil.rmtree(into)
    (into / "notebooks").mkdir(parents=True)
    for stem in catalog.notebook_stems():
        name = f"{stem}.ipynb"
        stage_notebook(catalog.NOTEBOOKS / name, into / "notebooks" / name)
    glossary = (catalog.ROOT / GLOSSARY).read_text(encoding="utf-8")
    (into / GLOSSARY).write_text(anchors_before_headings(glossary), encoding="utf-8")
    (into / "instructor").mkdir()
    for page in GUIDE.glob("*.md"):
        shutil.copy2(page, into / "instructor")
    (into / "data").mkdir()
    shutil.copy2(catalog.ROOT / DATASHEET, into / DATASHEET)
    (into / "index.md").write_text(index_markdown(), encoding="utf-8")
    return into


def build(out: Path, quiet: bool = True) -> int:
    """Stage the pages and run Sphinx into ``out``; returns Sphinx's exit status."""
    from sphinx.cmd.build import build_main

    source = stage(out.parent / f"{out.name}-source")
    os.environ.update(
        MSBACKPAIN_SITE_REPOSITORY=catalog.repository_url(),
        MSBACKPAIN_SITE_LITE=catalog.lite_url(),
        MSBACKPAIN_SITE_VERSION=__version__,
    )
    doctrees = out.parent / f"{out.name}-doctrees"
    options = ["-b", "html", "-c", str(CONF), "-d", str(doctrees), "-E"]
    return build_main([*options, *(["-q"] if quiet else []), str(source), str(out)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 run.py site", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (build/site/)")
    parser.add_argument("--lite", action="store_true", help="also build JupyterLite into lite/")
    parser.add_argument("--verbose", action="store_true", help="Sphinx's full log")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    status = build(args.out.resolve(), quiet=not args.verbose)
    if status:
        return status
    if args.lite:
        from tools import lite

        lite.main(["--out", str(args.out / catalog.LITE_PATH)])
    files, megabytes = size(args.out)
    seconds = time.perf_counter() - start
    print(f"site: {args.out} ({files} files, {megabytes:.1f} MB) in {seconds:.1f} s")
    print(f"open {args.out / 'index.html'} in a browser")
    return 0


if __name__ == "__main__":
    sys.exit(main())
