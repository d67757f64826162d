"""Captions and alt texts of notebook 05's figures, by figure id.

``TEXTS`` holds the figures whose words are fixed; a function gives the texts of a figure whose
words carry numbers that the notebook computes (pass it those numbers).
"""

from __future__ import annotations

from msbackpain.ui.display import FigureText

TEXTS = {
    "compression-vs-angle": FigureText(
        caption=(
            "Static-model compression at L5/S1 against trunk flexion for a 70 kg person holding "
            "0, 10 or 20 kg, with the NIOSH criterion (3.4 kN) and maximum (6.4 kN)."
        ),
        alt=(
            "Three rising curves of compression against trunk flexion from 0 to 90 degrees. With "
            "no load the curve rises from 0.47 kN to a flat top of about 2.9 kN near 81 degrees "
            "and stays below the dashed 3.4 kN line. With 10 kg it crosses 3.4 kN near 41 "
            "degrees, and with 20 kg near 23 degrees; no curve reaches the dotted 6.4 kN line."
        ),
    ),
    "disc-pressures": FigureText(
        caption=(
            "Pressure measured inside the L4–L5 disc of one 70 kg volunteer in nine postures "
            "(Wilke et al. 1999)."
        ),
        alt=(
            "Horizontal bars, lowest to highest: lying prone 0.10 MPa, relaxed slouched sitting "
            "0.30, sitting unsupported 0.46, relaxed standing 0.50, sitting maximally flexed "
            "0.83, standing flexed forward 1.10, lifting 20 kg close to the body 1.10, lifting "
            "20 kg with bent knees 1.70, lifting 20 kg with a round back 2.30."
        ),
    ),
}


def sway_texts(critical_ms: float) -> FigureText:
    """Sway traces at 102 and 161 ms and sway SD against delay; ``critical_ms``: the model's
    critical delay (ms)."""
    return FigureText(
        caption=(
            "Simulated quiet standing with the teaching gains: sway of the centre of mass with "
            "the control and the MS latency used as loop delays (left), and sway SD against "
            "delay up to the critical delay, with the loop delays of models fitted to healthy "
            "standing shaded (right)."
        ),
        alt=(
            "Left: two 30-second wiggly traces of centre-of-mass displacement within about plus "
            "or minus 1.5 cm; the MS trace (161 ms) swings a little wider than the control trace "
            "(102 ms). Right: sway SD rises slowly from about 0.2 degrees at zero delay, then "
            "steeply as the delay nears a dashed line at the critical delay of "
            f"{critical_ms:.0f} ms; the control and MS delays are marked on the curve, and a "
            "dotted grey band from 150 to 200 ms marks the loop delays of models fitted to "
            "healthy standing, close below the critical delay."
        ),
    )


def strategy_texts(relaxed_ms: float, harder_ms: float, stiff_ms: float) -> FigureText:
    """Sway SD against delay for three strategies, with each one's critical delay (ms)."""
    return FigureText(
        caption=(
            "Sway SD against feedback delay for three strategies; each curve ends at its own "
            "critical delay, marked on the time axis."
        ),
        alt=(
            "Three curves of sway SD against delay from 0 to 300 ms, with a dotted line at 161 "
            "ms. Relaxed (solid): low, rising steeply near its critical delay of "
            f"{relaxed_ms:.0f} ms. Reacting harder (dashed): about the same as relaxed at 161 ms "
            f"but shooting up much earlier, critical delay {harder_ms:.0f} ms. Co-contracting "
            f"(dash-dot): lowest curve, critical delay {stiff_ms:.0f} ms."
        ),
    )


def lean_texts(lean_deg: float, full_lean_deg: float) -> FigureText:
    """Front-view figure leaning ``lean_deg`` and the moments against lean, with the lean that
    puts the weight over the hip (``full_lean_deg``)."""
    return FigureText(
        caption=(
            "Teaching model of single-leg stance: leaning the trunk over the standing leg spares "
            "weak hip abductors but loads one side of the lower back."
        ),
        alt=(
            "Left: front-view stick figure standing on its left leg with the trunk leaning about "
            f"{lean_deg:.0f} degrees over it; a box gives the hip abductor, side-bending muscle "
            "and compression forces. Right: two lines against lean from 0 to 30 degrees; the hip "
            "abductor moment falls steadily, reaching zero at the full-compensation lean near "
            f"{full_lean_deg:.0f} degrees, while the side-bending moment at L5/S1 rises from "
            "zero; stars mark the current lean."
        ),
    )
