"""One palette, distinguishable without colour."""

import matplotlib as mpl
import pytest

from msbackpain.ui import style


def test_stage_colours_are_distinct_and_okabe_ito_where_possible():
    colours = list(style.STAGE_COLORS.values())
    assert len(colours) == len(set(colours))
    okabe = set(style.OKABE_ITO.values())
    assert sum(c in okabe for c in colours) >= len(colours) - 1


def test_series_have_distinct_line_styles_and_markers():
    styles = [style.series_style(i) for i in range(len(style.SERIES_COLORS))]
    assert len({str(s["linestyle"]) for s in styles}) == len(styles)
    assert len({s["marker"] for s in styles}) == len(styles)
    assert style.series_style(len(styles)) == styles[0]


def test_apply_sets_projector_fonts_and_cycle():
    style.apply()
    assert mpl.rcParams["font.size"] >= 12
    cycle = mpl.rcParams["axes.prop_cycle"].by_key()
    assert cycle["color"][0] == style.SERIES_COLORS[0]
    assert "linestyle" in cycle


def test_unknown_stage():
    with pytest.raises(ValueError, match="unknown stage 'brain'"):
        style.stage_color("brain")


def test_stages_that_print_as_similar_greys_have_different_hatches():
    """Greyscale: colour is not the only cue for a stage of the chain map."""
    from figure_audit import grey_level

    stages = list(style.STAGE_COLORS)
    assert set(style.STAGE_HATCHES) == set(stages)
    for i, a in enumerate(stages):
        for b in stages[i + 1 :]:
            close = abs(grey_level(style.STAGE_COLORS[a]) - grey_level(style.STAGE_COLORS[b])) < 0.1
            if close:
                assert style.STAGE_HATCHES[a] != style.STAGE_HATCHES[b], (a, b)
