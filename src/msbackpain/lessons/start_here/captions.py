"""Captions and alt texts of notebook 00's figures, by figure id."""

from __future__ import annotations

from msbackpain.ui.display import FigureText

TEXTS = {
    "prevalence": FigureText(
        caption=(
            "Pooled prevalence of pain types in people with MS, with 95% confidence intervals, "
            "from 28 studies [@foley2013]; the broad category 'back pain' was reported by about "
            "one person in five (low back pain asked about specifically is more common)."
        ),
        alt=(
            "Horizontal bar chart. Any pain 63% (55 to 70), headache 43% (33 to 52), neuropathic "
            "extremity pain 26% (7 to 53), back pain 20% (13 to 28), Lhermitte's sign 16% "
            "(10 to 25), painful spasms 15% (8.5 to 23), trigeminal neuralgia 3.8% (2 to 6)."
        ),
    ),
}
