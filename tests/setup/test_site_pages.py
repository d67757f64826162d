"""What the website build (tools/site.py) makes of the pages, without building it: the index
links every notebook with launch links from the one repository address, and anchors move out of
headings. The site itself, built and opened in Chromium, is tests/browser/test_site.py."""

from __future__ import annotations

from tools import catalog
from tools import site as website


def test_anchors_move_out_of_headings_and_nowhere_else():
    text = (
        '## <a id="letter-a"></a>A\n\n## The notebooks <a id="contents"></a>\nText <a id="x"></a>\n'
    )
    assert website.anchors_before_headings(text) == (
        '<a id="letter-a"></a>\n\n## A\n\n<a id="contents"></a>\n\n## The notebooks\n'
        'Text <a id="x"></a>\n'
    )


def test_the_index_lists_every_notebook_with_its_launch_links():
    index = website.index_markdown()
    for lesson in catalog.existing():
        assert f"(notebooks/{lesson.filename})" in index, lesson.stem
        for url in (catalog.binder_url, catalog.colab_url):
            assert url(lesson.filename) in index
        assert catalog.lite_url(f"notebooks/{lesson.filename}") in index
    assert catalog.repository_url() in index
    assert "not medical advice" in index and "When back pain needs urgent care" in index


def test_every_guide_page_is_in_the_menu_once():
    pages = website.guide_pages()
    assert len(pages) == len(set(pages)) == len(list(website.GUIDE.glob("*.md")))
    assert pages[0] == "instructor/README"


def test_the_readme_names_the_addresses_that_the_catalog_makes(root):
    """The README's prose links the website, JupyterLite and the repository by hand: they must
    be the addresses generated from pyproject.toml's Repository URL."""
    import re

    readme = (root / "README.md").read_text(encoding="utf-8")
    for url in (catalog.pages_url(), catalog.lite_url(), catalog.repository_url()):
        assert url in readme, url
    pages = set(re.findall(r"https://[\w.-]+\.github\.io/[\w.-]+", readme))
    assert pages == {catalog.pages_url()}, pages


def test_the_hub_recipe_uses_the_catalog_link_and_the_repository(root):
    text = (root / "instructor" / "classroom_hub.md").read_text(encoding="utf-8")
    assert catalog.nbgitpuller_url("https://hub.example.org") in text
    assert text.count(catalog.repository_url()) >= 2  # the image and the pull at start
    assert "requirements/lock.txt" in text and "python benchmarks/classroom_hub.py" in text


def test_the_glossary_sends_nbviewer_readers_to_the_website(root):
    text = (root / "notebooks" / "glossary.md").read_text(encoding="utf-8")
    assert f"<{catalog.pages_url()}/notebooks/glossary.html>" in text
