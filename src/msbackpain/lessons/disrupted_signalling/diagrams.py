"""The interactive diagram of notebook 02: a spike train sent into a damaged fibre; what arrives.

A thin layer over :mod:`msbackpain.signalling`: a train of spikes (irregular, Poisson, or perfectly
regular) at the chosen firing rate passes a stretch whose refractory period of transmission is
prolonged (Felts, Baker & Smith 1997; the 1 ms normal value is a modelling assumption). The top
panel shows half a second of sent and delivered spikes; the bottom panel shows the fraction
delivered against firing rate (closed form), with the present rate marked.

The figure is drawn once; afterwards every move of a control only updates the animated artists
(:func:`~msbackpain.ui.interactive.animate`) in place, and the picture is redrawn by blitting
them over the stored background.
"""

from __future__ import annotations

import html
from functools import lru_cache

import numpy as np

from msbackpain import signalling as sg
from msbackpain.ui import style
from msbackpain.ui.blit import kept_text
from msbackpain.ui.interactive import Interactive, animate, register, slider, toggle

#: Length of the spike sample in the raster (ms) and the seed of its Poisson trains.
WINDOW_MS = 500.0
SEED = 2
#: Rates (Hz) of the fraction-delivered curves: fine enough to show the steps of a regular train.
CURVE_RATES_HZ = np.linspace(0.0, 200.0, 801)
#: Motor-unit firing rates of the Fuglevand model: 8 Hz minimum, 35 Hz peak (Fuglevand, Winter &
#: Patla 1993).
MOTOR_UNIT_RATES_HZ = (8.0, 35.0)

TRAIN_NAMES = {"poisson": "irregular (Poisson)", "regular": "regular"}


def sample_train(rate_hz: float, train: str) -> np.ndarray:
    """The half-second spike sample shown in the raster (ms): seeded Poisson or regular."""
    if train == "poisson":
        return sg.poisson_train(rate_hz, WINDOW_MS, seed=SEED)
    if train == "regular":
        return sg.regular_train(rate_hz, WINDOW_MS, start_ms=min(2.0, 1000.0 / rate_hz / 2))
    raise ValueError(f"train must be 'poisson' or 'regular' (got {train!r})")


@lru_cache(maxsize=128)
def summary(rate_hz: float, refractory_factor: float, train: str) -> dict:
    """Numbers behind the picture and the note: sample counts and long-run fractions.

    Cached (the picture, the note and the alt text all ask for the same settings); the arrays
    it returns are shared, so do not modify them."""
    tau = refractory_factor * sg.NORMAL_REFRACTORY_MS
    sent = sample_train(rate_hz, train)
    keep = sg.delivered_mask(sent, tau)
    return {
        "refractory_ms": tau,
        "sent": sent,
        "keep": keep,
        "n_sent": int(sent.size),
        "n_delivered": int(keep.sum()),
        "fraction": sg.delivered_fraction(rate_hz, refractory_factor, train=train),
        "healthy_fraction": sg.delivered_fraction(rate_hz, 1.0, train=train),
    }


def describe(rate_hz: float, refractory_factor: float, train: str) -> str:
    """The note above the picture: what was sent, what arrived, and the long-run fraction."""
    s = summary(rate_hz, refractory_factor, train)
    if train == "poisson":
        rule = "1 / (1 + rate × refractory period)"
    else:
        rule = "1 / (how many intervals fit in one refractory period, rounded up)"
    return (
        f"<p><b>{html.escape(TRAIN_NAMES[train])} train at {rate_hz:g} Hz, refractory period "
        f"{s['refractory_ms']:g} ms</b> ({refractory_factor:g} × the assumed normal "
        f"{sg.NORMAL_REFRACTORY_MS:g} ms).<br>"
        f"In this half-second sample: {s['n_delivered']} of {s['n_sent']} spikes delivered.<br>"
        f"Long-run fraction delivered, {html.escape(rule)}: <b>{100 * s['fraction']:.0f}%</b> "
        f"(a healthy fibre at the same rate: {100 * s['healthy_fraction']:.0f}%).</p>"
    )


def alt_text(rate_hz: float, refractory_factor: float, train: str) -> str:
    """Alt text of the diagram at these settings."""
    s = summary(rate_hz, refractory_factor, train)
    return (
        f"Top: a raster of half a second of {'an' if train == 'poisson' else 'a'} "
        f"{TRAIN_NAMES[train]} spike train at {rate_hz:g} Hz; "
        f"{s['n_sent']} spikes sent, {s['n_delivered']} delivered past a lesion with a "
        f"{s['refractory_ms']:g} ms refractory period, blocked spikes drawn as crosses. Bottom: "
        f"fraction delivered against firing rate from 0 to 200 Hz; the healthy curve stays near "
        f"1, the damaged curve falls with rate; at {rate_hz:g} Hz it is "
        f"{100 * s['fraction']:.0f}%."
    )


def _draw_first(axes):
    """Create every artist once; later calls only update their data."""
    top, bottom = axes
    a = {}
    (a["sent_ok"],) = top.plot(
        [], [], "|", color=style.HEALTHY, ms=16, mew=2, label="sent and delivered"
    )
    (a["sent_blocked"],) = top.plot(
        [], [], "x", color=style.AFFECTED, ms=8, mew=2, label="sent, blocked"
    )
    (a["delivered"],) = top.plot([], [], "|", color=style.HEALTHY, ms=16, mew=2)
    top.set_yticks([0, 1], ["delivered", "sent"])
    top.set_ylim(-0.6, 1.9)
    top.set_xlim(0.0, WINDOW_MS)
    top.set_xlabel("time (ms)")
    top.grid(False)
    top.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=11)
    # the title changes with every move: an animated text where the title would be
    a["top_title"] = kept_text(
        top,
        0.5,
        1.0,
        " ",
        transform=top.transAxes + top.titleOffsetTrans,
        ha="center",
        va="baseline",
        fontsize=13,
    )

    lo, hi = MOTOR_UNIT_RATES_HZ
    bottom.axvspan(lo, hi, color=style.STAGE_COLORS["context"], alpha=0.35, lw=0)
    bottom.text(0.5 * (lo + hi), 0.04, "motor-unit\nrates", ha="center", fontsize=10)
    healthy = style.series_style(0)
    damaged = style.series_style(1)
    (a["healthy"],) = bottom.plot(
        CURVE_RATES_HZ,
        np.ones_like(CURVE_RATES_HZ),
        color=healthy["color"],
        linestyle=healthy["linestyle"],
        label="healthy fibre (refractory × 1)",
    )
    (a["damaged"],) = bottom.plot(
        CURVE_RATES_HZ,
        np.ones_like(CURVE_RATES_HZ),
        color=damaged["color"],
        linestyle=damaged["linestyle"],
        label="damaged fibre (refractory as set)",
    )
    (a["point"],) = bottom.plot(
        [], [], "D", color=damaged["color"], ms=10, linestyle="none", label="present rate"
    )
    (a["sample"],) = bottom.plot(
        [],
        [],
        "s",
        mfc="white",
        mec=style.LIMIT,
        mew=1.5,
        ms=9,
        linestyle="none",
        label="this half-second sample",
    )
    bottom.set_xlim(0.0, 200.0)
    bottom.set_ylim(0.0, 1.05)
    bottom.set_xlabel("firing rate (Hz)")
    bottom.set_ylabel("fraction delivered")
    bottom.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=11)
    animate(*a.values())
    return a


@register("02", "spike train through a lesion")
def make_spike_train() -> Interactive:
    """Firing rate, refractory prolongation and train type -> sent vs delivered spikes."""
    a: dict = {}

    def draw(axes, rate_hz: float, refractory_factor: float, train: str) -> None:
        if not a:
            a.update(_draw_first(axes))
        s = summary(rate_hz, refractory_factor, train)
        t, keep = s["sent"], s["keep"]
        a["sent_ok"].set_data(t[keep], np.ones(keep.sum()))
        a["sent_blocked"].set_data(t[~keep], np.ones((~keep).sum()))
        a["delivered"].set_data(t[keep], np.zeros(keep.sum()))
        a["top_title"].set_text(
            f"{train.capitalize()}, {rate_hz:g} Hz, refractory period {s['refractory_ms']:g} ms: "
            f"{s['n_delivered']} of {s['n_sent']} spikes delivered"
        )
        a["healthy"].set_ydata(sg.delivered_fraction(CURVE_RATES_HZ, 1.0, train=train))
        a["damaged"].set_ydata(
            sg.delivered_fraction(CURVE_RATES_HZ, refractory_factor, train=train)
        )
        a["point"].set_data([rate_hz], [s["fraction"]])
        observed = s["n_delivered"] / s["n_sent"] if s["n_sent"] else np.nan
        a["sample"].set_data([rate_hz], [observed])

    return Interactive(
        draw,
        {
            "rate_hz": slider("firing rate", "Hz", 5, 200, 5, 80),
            "refractory_factor": slider("refractory period", "× normal", 1, 34, 1, 5, integer=True),
            "train": toggle(
                "spike train",
                [("irregular (Poisson)", "poisson"), ("regular", "regular")],
                value="poisson",
            ),
        },
        caption=(
            "Half a second of spikes sent into a fibre with a prolonged refractory period and "
            "those delivered past it (top), and the fraction delivered against firing rate "
            "(bottom)."
        ),
        alt=alt_text,
        describe=describe,
        figsize=(10, 5.6),
        nrows=2,
        gridspec_kw={"height_ratios": [1.0, 1.5]},
        clear=False,
    )
