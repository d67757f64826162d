"""Tests for msbackpain.spine (static L5/S1 model; Wilke et al. 1999 disc pressures)."""

import numpy as np
import pytest

from msbackpain import spine


def test_derived_values_70kg_45deg():
    # derived by the model: 70 kg, 45° flexion, no load -> about 100 N·m and ~2.4 kN
    r = spine.l5s1_load(70, 45)
    assert float(r.moment_Nm) == pytest.approx(100, rel=0.10)
    assert float(r.compression_N) == pytest.approx(2400, rel=0.10)


def test_model_equations():
    r = spine.l5s1_load(70, 45)
    w = 0.678 * 70 * 9.81
    assert float(r.muscle_force_N) == pytest.approx(float(r.moment_Nm) / 0.05)
    assert float(r.compression_N) == pytest.approx(float(r.muscle_force_N) + w * np.cos(np.pi / 4))
    upright = spine.l5s1_load(70, 0)
    assert float(upright.moment_Nm) == 0
    assert float(upright.compression_N) == pytest.approx(w)  # just the HAT weight


def test_limits():
    assert spine.NIOSH_COMPRESSION_CRITERION_N == 3400
    assert spine.NIOSH_MAX_PERMISSIBLE_N == 6400


def test_compression_rises_with_flexion_up_to_the_analytic_peak():
    angles = np.linspace(0, 80, 81)
    for load in (0, 10, 20):
        c = spine.l5s1_load(70, angles, load).compression_N
        assert np.all(np.diff(c) > 0)


def test_compression_flat_near_90_peak_at_arctan_d_over_r():
    # model property (derived): dC/dθ = 0 where tan θ = d / r; beyond that it dips slightly
    angles = np.linspace(0, 90, 901)
    c = spine.l5s1_load(70, angles).compression_N
    peak = angles[np.argmax(c)]
    assert peak == pytest.approx(np.degrees(np.arctan(0.31 / 0.05)), abs=0.2)
    assert c[-1] > 0.98 * c.max()


def test_compression_rises_with_load():
    loads = np.linspace(0, 30, 7)
    for angle in (0, 30, 60, 90):
        c = spine.l5s1_load(70, angle, loads).compression_N
        assert np.all(np.diff(c) > 0)


def test_vectorised_broadcast():
    r = spine.l5s1_load([60, 80], np.array([[0], [45], [90]]))
    assert r.compression_N.shape == (3, 2)
    assert r.trunk_flexion_deg.shape == (3, 2)


def test_compression_zone():
    z = spine.compression_zone([1000, 3400, 5000, 6400, 9000])
    assert list(z) == ["below 3.4 kN", "3.4–6.4 kN", "3.4–6.4 kN", "above 6.4 kN", "above 6.4 kN"]


def test_wilke_table_exact():
    df = spine.disc_pressures()
    expected = {
        "lying prone": 0.10,
        "relaxed standing": 0.50,
        "standing flexed forward": 1.10,
        "sitting unsupported": 0.46,
        "relaxed slouched sitting": 0.30,
        "sitting maximally flexed": 0.83,
        "lifting 20 kg with a round back": 2.30,
        "lifting 20 kg with bent knees": 1.70,
        "lifting 20 kg close to the body": 1.10,
    }
    assert dict(zip(df["posture"], df["pressure_MPa"], strict=True)) == expected
    assert "Wilke" in df.attrs["citation"] and "1999" in df.attrs["citation"]
    assert (df["source"].str.contains("Wilke")).all()


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        ((70, 200), {}, r"trunk_flexion_deg must be between -30 and 120 degrees \(got 200\)"),
        ((5, 45), {}, r"body_mass_kg must be between 20 and 250 kg \(got 5\)"),
        ((70, 45, -3), {}, r"load_kg must be between 0 and 60 kg \(got -3\)"),
        ((70, [10, np.nan]), {}, "trunk_flexion_deg must be between"),
        ((70, 45), {"lever_arm_m": 0.5}, "lever_arm_m must be between"),
        ((70, "bent"), {}, "trunk_flexion_deg must be a number"),
    ],
)
def test_bad_input(args, kwargs, match):
    with pytest.raises((ValueError, TypeError), match=match):
        spine.l5s1_load(*args, **kwargs)


def test_wilke_sitting_and_standing_order_matches_notebook_06():
    """Wilke 1999: unsupported sitting (0.46) < relaxed standing (0.50); slouched 0.30 is the
    relaxed slumped posture (not a 'better seat'); a forward lean raises the pressure."""
    w = spine.WILKE_1999_MPA
    assert w["relaxed slouched sitting"] < w["sitting unsupported"] < w["relaxed standing"]
    assert w["sitting maximally flexed"] > w["relaxed standing"]
    assert w["standing flexed forward"] / w["relaxed standing"] == pytest.approx(2.2)
    assert not any("support" in k and "unsupported" not in k for k in w)  # no backrest value


def test_notebooks_that_compare_sitting_with_standing_agree():
    """Sitting vs standing disc pressure is one SHARED fact; no notebook may contradict it."""
    import re
    from pathlib import Path

    from msbackpain.evidence.facts import SHARED

    value = SHARED["sitting_vs_standing"].value
    root = Path(__file__).resolve().parents[2] / "src" / "notebooks"
    contradiction = re.compile(
        r"sitting(?:(?!\bnot\b|\bno\b)[^.]){0,60}(loads?|pressure)[^.]{0,40}"
        r"(more|higher)(?! or less)[^.]{0,20}than[^.]{0,15}standing",
        re.IGNORECASE,
    )
    for path in sorted(root.glob("[0-9][0-9]_*.py")):
        text = " ".join(line.lstrip("# ") for line in path.read_text().splitlines())
        assert not contradiction.search(text), f"{path.name} says sitting loads more than standing"
        if re.search(r"sitting[^.]{0,80}standing[^.]{0,40}MPa", text):
            assert value in text, f"{path.name} compares sitting with standing without {value!r}"
