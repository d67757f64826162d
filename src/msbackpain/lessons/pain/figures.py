"""The static figures of notebook 06: discomfort over a day, Lhermitte's sign (timeline and where
it is felt), side-effect rates against placebo, and the fear-avoidance loop. Each function draws
on a given Axes and returns it; the numbers come from :mod:`msbackpain.pain`,
:mod:`msbackpain.lhermitte`, :mod:`msbackpain.medication` and :mod:`msbackpain.fear_avoidance`."""

from __future__ import annotations

import numpy as np

from msbackpain import lhermitte, medication
from msbackpain.pain import DayResult
from msbackpain.ui import style


def plot_day(ax, result: DayResult, label: str, index: int = 0):
    """Pain (0–10) per minute over the day of :func:`msbackpain.pain.simulate_day`.

    Call several times with different ``index`` to compare plans: each gets its own colour, line
    style and marker, and a legend entry with its mean pain. Returns ``ax``.
    """
    st = style.series_style(index)
    ax.plot(
        result.minute / 60.0,
        result.pain,
        color=st["color"],
        ls=st["linestyle"],
        marker=st["marker"],
        markevery=max(result.pain.size // 8, 1),
        label=f"{label} (mean {result.mean_pain:.1f})",
    )
    ax.set_xlabel("time (hours)")
    ax.set_ylabel("discomfort (0–10, teaching model)")
    ax.set_ylim(0, 10)
    ax.legend(loc="upper left")
    return ax


def plot_timeline(
    ax,
    time_s,
    angle_deg,
    episodes: lhermitte.LhermitteEpisodes,
    threshold_deg=lhermitte.THRESHOLD_DEG,
):
    """Neck flexion angle (degrees) vs time (s), the threshold, and the episodes (hatched spans).

    Returns ``ax``.
    """
    ax.plot(time_s, angle_deg, color=style.OKABE_ITO["black"], ls="-", lw=1.6, label="neck flexion")
    ax.axhline(threshold_deg, color=style.LIMIT, ls="--", lw=1.2)
    ax.text(
        float(np.min(time_s)), threshold_deg, " threshold (assumption)", va="bottom", fontsize=11
    )
    top = float(np.max(angle_deg)) + 12
    for i, (t0, d) in enumerate(zip(episodes.onset_s, episodes.duration_s, strict=True)):
        # One band and one marker per episode, both neutral grey, the marker above the band.
        ax.axvspan(
            t0,
            t0 + d,
            color="0.55",
            alpha=0.35,
            hatch="xx",
            label="Lhermitte episode" if i == 0 else None,
        )
        ax.plot(
            t0 + d / 2,
            top - 5,
            marker="v",
            color="0.25",
            ms=9,
            ls="none",
            label="episode marker" if i == 0 else None,
        )
    ax.set_ylim(top=top)
    ax.set_xlabel("time (s)")
    ax.set_ylabel("neck flexion (degrees)")
    ax.set_title(f"{episodes.n_episodes} episodes from {episodes.n_flexions} flexions", fontsize=13)
    # The legend sits below the axes so that it hides no band and no marker.
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, fontsize=10)
    return ax


def _body_outline(ax) -> None:
    """Head, spine, arms and legs of the schematic body."""
    ink = style.OKABE_ITO["black"]
    ax.plot(0, 1.65, marker="o", ms=30, mfc="white", mec=ink, mew=2, ls="none")
    ax.plot([0, 0], [1.55, 0.95], color=ink, lw=3, ls="-")
    for sx in (-1, 1):
        ax.plot([0, sx * 0.2, sx * 0.33], [1.4, 1.1, 0.85], color=ink, lw=2, ls="-")
        ax.plot([0, sx * 0.12, sx * 0.12], [0.95, 0.5, 0.05], color=ink, lw=2, ls="-")


def plot_body_felt(ax, episodes: lhermitte.LhermitteEpisodes):
    """A body schematic of where the shock is felt: every region of ``episodes.felt`` is marked,
    all at once (no order, no times: the impulses go up to the brain and the shock is felt,
    referred, in the places those fibres serve). Returns ``ax``."""
    _body_outline(ax)
    col = style.STAGE_COLORS["pain"]
    for k, r in enumerate(lhermitte.REGIONS):
        x, y = lhermitte.FELT_REGIONS[r]
        felt = r in episodes.felt
        marker = style.MARKERS[k % len(style.MARKERS)]
        ax.plot(x, y, marker=marker, ms=14, mec=col, mew=2, mfc=col if felt else "white", ls="none")
        ax.text(
            x + 0.07,
            y,
            r if felt else f"{r} (not felt)",
            va="center",
            fontsize=11,
            bbox={"fc": "white", "ec": "none", "alpha": 0.8, "pad": 1.0},
        )
    ax.set_xlim(-0.6, 1.1)
    ax.set_ylim(-0.05, 1.85)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("schematic (no units)")
    ax.set_title("where the shock is felt, all at once", fontsize=13)
    return ax


def plot_rates(ax):
    """Grouped bars: published rates with the drug vs placebo (%), values printed on the bars.

    Drug and placebo bars differ in colour *and* hatch. Rates from
    :func:`msbackpain.medication.side_effect_table`. Returns ``ax``.
    """
    df = medication.side_effect_table().dropna(subset=["rate_drug"])
    y = np.arange(len(df))
    h = 0.38
    ax.barh(
        y + h / 2,
        100 * df["rate_drug"],
        h,
        color=style.AFFECTED,
        edgecolor="black",
        label="interferon beta-1a",
    )
    ax.barh(
        y - h / 2,
        100 * df["rate_placebo"],
        h,
        color=style.HEALTHY,
        edgecolor="black",
        hatch="//",
        label="placebo",
    )
    for yi, a, b in zip(y, df["rate_drug"], df["rate_placebo"], strict=True):
        ax.text(100 * a + 0.8, yi + h / 2, f"{100 * a:.0f}%", va="center")
        ax.text(100 * b + 0.8, yi - h / 2, f"{100 * b:.0f}%", va="center")
    ax.set_yticks(y, df["side_effect"])
    ax.set_xlabel("people reporting the effect (%)")
    ax.set_xlim(0, 65)
    ax.set_title("In one placebo-controlled trial", fontsize=13)
    ax.legend(loc="center right")
    ax.grid(axis="y", visible=False)
    return ax
