"""What a reader gets with each static figure of notebook 02: its caption and its alt text."""

from __future__ import annotations

from msbackpain.ui.display import FigureText

_COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int) -> str:
    """A small count in words ('six'), larger ones in digits."""
    return _COUNTS[n] if 0 <= n < len(_COUNTS) else str(n)


def raster(blocked_healthy: int, blocked_damaged: int) -> FigureText:
    """The two rasters of section 1, given how many spikes each fibre blocked."""
    if blocked_healthy == 0:
        healthy = "every sent spike reappears in the delivered row"
    elif blocked_healthy == 1:
        healthy = (
            "all sent spikes but one reappear in the delivered row; the one cross sits "
            "right behind another spike"
        )
    else:
        healthy = (
            f"all sent spikes but {_count(blocked_healthy)} reappear in the delivered row; "
            "each cross sits right behind another spike"
        )
    spikes = "spike that sits" if blocked_damaged == 1 else "spikes that sit"
    be, cross = ("is", "a cross") if blocked_damaged == 1 else ("are", "crosses")
    return FigureText(
        caption=(
            "The same irregular 80 Hz spike train sent into a healthy fibre (top, refractory "
            "period 1 ms) and a damaged one (bottom, 5 ms): the damaged fibre drops the spikes "
            "that follow another too closely."
        ),
        alt=(
            "Two rasters over 0 to 500 ms. Each has a 'sent' row of spikes and a 'delivered' "
            f"row. Top, 1 ms: {healthy}. Bottom, 5 ms: {_count(blocked_damaged)} sent {spikes} "
            f"close behind another {be} {cross}, blocked, and {be} missing from the delivered "
            "row."
        ),
    )


TEXTS = {
    "delivered-fraction": FigureText(
        caption=(
            "Fraction of spikes delivered against firing rate for regular (left) and irregular "
            "(right) trains, for refractory periods 1, 5 and 34 times normal (5: the top of the "
            "typical range in demyelinated axons, 34: the largest seen [@felts1997]): lines from "
            "the formula, markers from simulated trains."
        ),
        alt=(
            "Two panels, firing rate 0 to 200 Hz across, fraction delivered 0 to 1 up; a grey "
            "band from 8 to 35 Hz. Left, regular trains: the ×1 line (a wide pale band) and "
            "the ×5 line (dashed, on top of it) stay at 1 across the whole range; "
            "the ×34 line drops in steps, to 0.5 just below 30 Hz, one third "
            "near 60 Hz and lower after. Right, irregular trains: the ×1 line falls slowly to "
            "about 0.83 at 200 Hz, the ×5 line to 0.5, the ×34 line falls fast, to about 0.5 "
            "near 30 Hz and 0.13 at 200 Hz. Markers lie on the lines."
        ),
    ),
    "dispersed-volley": FigureText(
        caption=(
            "Summed arrival of one volley in a bundle of 200 fibres, with 0%, 30% and 80% of the "
            "fibres slowed by damage: the more damage, the lower and wider the response."
        ),
        alt=(
            "Three curves against time after the volley left, 0 to about 30 ms. With no damage "
            "a tall narrow peak of about 80 fibres between 7 and 10 ms. With 30% damaged a "
            "lower peak, about 55, at the same place and a long low tail out to about 29 ms. "
            "With 80% damaged a low, wide hump, peak about 24, spread from 7 to 29 ms. Rows of "
            "markers below show each fibre's arrival time."
        ),
    ),
    "feedback-latency": FigureText(
        caption=(
            "Postural response latency against the slowing of sensory conduction in the "
            "calibrated loop model, with the published mean ± SD of controls and of 10 people "
            "with MS selected for imbalance [@cameron2008]."
        ),
        alt=(
            "A straight rising line from 102 ms at slowing 1 to about 227 ms at slowing 6. A "
            "hatched blue band from 81 to 123 ms marks controls, a hatched orange band from 130 "
            "to 192 ms marks people with MS; vertical lines (dotted, dash-dotted) drop from "
            "the line at "
            "slowing 1 (the control mean) and about 3.4 (the MS mean)."
        ),
    ),
}
