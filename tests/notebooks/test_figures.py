"""The key figures: regenerated into a temporary folder, each PNG and SVG is there and sensible."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from msbackpain.lessons import LESSONS, lesson
from tools import slide_figures

REPO_FIGURES = Path(__file__).resolve().parents[2] / "figures"
NAMES = [k.name for k in slide_figures.KEY_FIGURES]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("figures")
    timings = slide_figures.generate(out)
    return out, timings


def test_every_notebook_has_a_key_figure():
    assert sorted({k.notebook for k in slide_figures.KEY_FIGURES}) == [x.number for x in LESSONS]
    assert len(set(NAMES)) == len(NAMES)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_each_figure_is_written_at_slide_size(generated, name):
    out, timings = generated
    assert name in timings
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    assert png.stat().st_size > 10_000 and svg.stat().st_size > 10_000
    width, height = Image.open(io.BytesIO(png.read_bytes())).size
    assert width / height == pytest.approx(16 / 9, rel=0.01)
    assert width >= 1280
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "</svg>" in text
    assert "dc:date" not in text  # deterministic: no date in the file


@pytest.mark.slow
def test_readme_lists_every_figure_with_caption_alt_and_notebook(generated):
    out, _ = generated
    readme = (out / "README.md").read_text(encoding="utf-8")
    for key in slide_figures.KEY_FIGURES:
        caption, alt = key.text()
        assert caption.strip() and alt.strip()
        assert f"[PNG]({key.name}.png)" in readme and f"[SVG]({key.name}.svg)" in readme
        assert slide_figures._cell(caption) in readme and slide_figures._cell(alt) in readme
        assert f"../notebooks/{lesson(key.notebook).filename}" in readme


@pytest.mark.slow
def test_rerun_gives_the_same_bytes(generated, tmp_path):
    out, _ = generated
    name = "propagation"  # a heat map: the SVG embeds a rasterized image
    slide_figures.generate(tmp_path, [name])
    for ext in ("png", "svg"):
        assert (tmp_path / f"{name}.{ext}").read_bytes() == (out / f"{name}.{ext}").read_bytes()


def test_default_folder_is_figures_at_the_repository_root():
    assert slide_figures.DEFAULT_OUT == REPO_FIGURES
    assert (REPO_FIGURES.parent / "pyproject.toml").is_file()


def test_unknown_name_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown figure"):
        slide_figures.generate(tmp_path, ["no such figure"])
    assert slide_figures.main(["--out", str(tmp_path), "no such figure"]) == 2


def test_committed_gallery_is_complete_and_small():
    for name in NAMES:
        for ext in ("png", "svg"):
            path = REPO_FIGURES / f"{name}.{ext}"
            assert path.is_file() and path.stat().st_size > 0, f"figures/{name}.{ext} missing"
    committed = (REPO_FIGURES / "README.md").read_text(encoding="utf-8")
    for key in slide_figures.KEY_FIGURES:
        assert f"| {key.name} | [PNG]({key.name}.png) · [SVG]({key.name}.svg) |" in committed
        assert f"../notebooks/{lesson(key.notebook).filename}" in committed
    total = sum(p.stat().st_size for p in REPO_FIGURES.iterdir() if p.is_file())
    assert total < 5_000_000


@pytest.mark.slow
def test_committed_readme_is_up_to_date(generated):
    out, _ = generated
    committed = (REPO_FIGURES / "README.md").read_text(encoding="utf-8")
    assert committed == (out / "README.md").read_text(encoding="utf-8"), (
        "figures/README.md is out of date: run python -m tools.slide_figures"
    )


def test_top_level_readme_gallery_links_figures_and_notebooks():
    readme = (REPO_FIGURES.parent / "README.md").read_text(encoding="utf-8")
    gallery = readme.split("## Gallery", 1)[1].split("\n## ", 1)[0]
    shown = [n for n in NAMES if f'src="figures/{n}.png"' in gallery]
    assert 4 <= len(shown) <= 6
    assert gallery.count('alt="') >= len(shown)
    for key in slide_figures.KEY_FIGURES:
        if key.name in shown:
            assert f"notebooks/{lesson(key.notebook).filename}" in gallery
