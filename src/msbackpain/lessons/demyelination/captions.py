"""Captions and alt texts of notebook 01's figures, by figure id."""

from __future__ import annotations

from msbackpain.ui.display import FigureText

TEXTS = {
    "velocity": FigureText(
        caption=(
            "Conduction velocity against fibre diameter: myelinated fibres (about 6 m/s per µm "
            "[@hursh1939]) are far faster than unmyelinated ones, whose speed grows only with the "
            "square root of diameter (its constant assumed)."
        ),
        alt=(
            "Line chart, diameter 0 to 20 µm across, velocity in m/s up. The myelinated line rises "
            "straight from 0 to 120 m/s at 20 µm; the unmyelinated curve bends over and reaches "
            "only about 4.5 m/s at 20 µm."
        ),
    ),
    "model-fibre": FigureText(
        caption=(
            "The model fibre: 30 nodes of Ranvier joined by myelinated internodes, with a 6-node "
            "lesion of severity 4 in the middle (thinner, hatched myelin)."
        ),
        alt=(
            "A horizontal axon drawn as a black line with 30 tick marks for the nodes and a blue "
            "box of myelin between each pair. Between nodes 12 and 17 the boxes are thin, white "
            "and hatched, on an orange shaded band labelled 'lesion (C, g_L × 4)'. An arrow at "
            "node 0 says 'stimulus'."
        ),
    ),
    "voltage-traces": FigureText(
        caption=(
            "Membrane potential at five nodes of the fibre with a severity-4 lesion: inside the "
            "lesion the spike rises later and more slowly, then recovers its full size beyond it."
        ),
        alt=(
            "Five voltage traces against time (0 to 30 ms), each a spike rising from about −65 mV "
            "and falling back. Node 0 fires first, peaking near +40 mV at 2 ms; node 11 (before "
            "the lesion) peaks near 5 ms; node 15 (in the lesion) rises more slowly and peaks "
            "lower, near +10 mV at 8 ms; node 18 after the lesion and node 29 at the far end "
            "recover their full height, node 29 near 13 ms. A dotted line marks the −30 mV spike "
            "threshold."
        ),
    ),
    "spike-paths": FigureText(
        caption=(
            "Space-time pictures of one spike in a healthy fibre (left) and with 6-node lesions of "
            "severity 4 (middle) and 8 (right), at ΔT = 0: the spike slows in the lesion and, at "
            "severity 8, dies there."
        ),
        alt=(
            "Three panels, node number 0 to 29 across and time 0 to 30 ms downwards. Left: a "
            "bright straight stripe from node 0 at about 1 ms to node 29 at about 9 ms, with no "
            "lesion lines. Middle: "
            "the stripe bends steeper between the dashed lines of the lesion (nodes 12 to 17) and "
            "reaches node 29 at about 13 ms. Right: the stripe enters the lesion, fades out and "
            "does not reach the far end; the title says BLOCKED."
        ),
    ),
    "warm-fibres": FigureText(
        caption=(
            "The same warming, ΔT = +10 °C: the healthy fibre (left) still conducts, while the "
            "fibre with a severity-4 lesion (right) is blocked inside its lesion."
        ),
        alt=(
            "Two space-time panels, nodes 0 to 29 across, time 0 to 20 ms down. Left, f = 1: a "
            "thin bright stripe crosses all 30 nodes in about 6 ms (no lesion). Right, f = 4: "
            "the stripe "
            "reaches the lesion between the dashed lines, fades and stops; the title says BLOCKED."
        ),
    ),
    "block-temperature": FigureText(
        caption=(
            "Block temperature change against lesion severity for a 6-node lesion (left, the "
            "diamond marks f = 4 at ΔT = 0) and against lesion length for three severities "
            "(right), from the model's table."
        ),
        alt=(
            "Left: a falling curve from about +24 °C at severity 1 to about −9 °C at severity 12; "
            "the region above it is hatched and labelled blocked, below it conducts; a diamond at "
            "severity 4, ΔT 0 sits well below the curve. Right: three falling lines against lesion "
            "length 1 to 12 nodes; f = 2 from about +21 to +17 °C, f = 4 from about +15 to +8 °C, "
            "f = 8 from about +10 to −2.5 °C; longer lesions block at lower temperatures, most "
            "steeply for the first few nodes."
        ),
    ),
}
