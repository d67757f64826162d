"""Interactive diagrams of notebook 07 (the whole chain).

* **The lit chain map** (:func:`make_lit_map`): the chain map of notebook 00 in which every step
  lights up as much as it is active in a simulated person in a chosen month. Brightness and a
  level bar under each box (so colour is not the only cue) show the step's monthly mean on the
  scale of :data:`msbackpain.whole_chain.MAP_SCALE`.
* **The intervention dashboard** (:func:`make_dashboard`): one control per intervention and the
  weekly time courses of every stage (signalling, strength, fatigue, lumbar load, pain), each
  shown without the interventions (grey, dashed) and with them (colour, solid): the same person
  and the same random days, so every difference is caused by the interventions.

Both are drawn once; afterwards each move blits only what changes (the map's boxes, labels and
bars, drawn by :func:`msbackpain.ui.chain_map.draw_chain` with ``animated=True``; the
dashboard's ten curves). What a setting shows is computed once and cached, so a slider dragged
back and forth costs no new simulation.
"""

from __future__ import annotations

import html
from functools import lru_cache

import numpy as np
from matplotlib.patches import Rectangle

from msbackpain import chain, whole_chain
from msbackpain.lessons.whole_chain.figures import MONTH_STARTS, MONTHS, weekly
from msbackpain.ui import chain_map, style
from msbackpain.ui.interactive import Interactive, animate, dropdown, register, slider

PERSON_OPTIONS = [(p.label, key) for key, p in whole_chain.PEOPLE.items()]
#: Preset interventions for the lit map (full dose; the drug without side effects).
PRESETS = [("no intervention", "")] + [
    (whole_chain.INTERVENTIONS[n].label, n) for n in whole_chain.FULL_DOSE
]


@lru_cache(maxsize=64)
def _run(who: str, interventions: whole_chain.Interventions) -> whole_chain.PatientResult:
    return whole_chain.simulate(who, interventions, seed=0)


def _preset(name: str) -> whole_chain.Interventions:
    return whole_chain.FULL_DOSE[name] if name else whole_chain.NONE


# --------------------------------------------------------------------------- the lit map
def _top(lit: dict, k: int = 5) -> list[str]:
    return sorted(lit, key=lambda n: -lit[n])[:k]


@lru_cache(maxsize=256)
def lit_levels(who: str, month: int, preset: str) -> dict[str, float]:
    """How active each step is (0–1) for one setting of the lit map (cached: the picture, the
    note and the alt text of a setting all read it)."""
    return whole_chain.levels(_run(who, _preset(preset)), month)


def lit_map_describe(who: str, month: int, preset: str) -> str:
    """The HTML note above the lit map: the month's most active steps and the pain."""
    result = _run(who, _preset(preset))
    lit = lit_levels(who, month, preset)
    rows = result.nodes[result.nodes.index.month == month]
    parts = []
    for n in _top(lit):
        unit = whole_chain.NODE_UNITS[n][0]
        parts.append(f"{chain.node(n).label} ({rows[n].mean():.3g}: {unit})")
    pain = rows["back_pain"].mean()
    with_ = f", with {whole_chain.INTERVENTIONS[preset].label}" if preset else ""
    return (
        f"<p><b>{html.escape(whole_chain.PEOPLE[who].label)}</b>, {MONTHS[month - 1]}"
        f"{html.escape(with_)}: mean evening back pain {pain:.2f}/10.<br>Most active steps: "
        f"{html.escape('; '.join(parts))}.</p>"
    )


def lit_map_alt(who: str, month: int, preset: str) -> str:
    """Alt text of the lit map."""
    lit = lit_levels(who, month, preset)
    top = ", ".join(chain.node(n).label for n in _top(lit, 4))
    dark = sum(v < 0.05 for v in lit.values())
    return (
        f"The causal chain map for {whole_chain.PEOPLE[who].label} in {MONTHS[month - 1]}: each "
        f"box is as bright, and its bar as full, as that step is active. Brightest: {top}. "
        f"{dark} of {len(lit)} simulated steps are dark; the {len(whole_chain.OUTSIDE_MODEL)} "
        f"steps outside the model are faded and marked 'not in this model'. "
        f"{chain_map.grade_sentence()}"
    )


@register("07", "lit chain map")
def make_lit_map() -> Interactive:
    """The chain map lit by one simulated person's month (person, month, intervention)."""
    drawn: dict = {}

    def draw(ax, who: str, month: int, preset: str) -> None:
        lit = lit_levels(who, month, preset)
        if not drawn:
            drawn["chain"] = chain_map.draw_chain(ax, legend=False, animated=True)
            chain_map.grade_legend(ax, ncol=3)
            for label in drawn["chain"].labels.values():
                label.set_fontsize(8)
            frames, bars = [], {}
            width, height = chain_map.BOX_WIDTH - 0.2, 0.14
            for n in chain.NODES:
                x, y = n.xy
                corner = (x - width / 2, y - chain_map.BOX_HEIGHT / 2 - 0.2)
                if n.id in whole_chain.OUTSIDE_MODEL:  # on the map, not in the simulation
                    frames.append(
                        ax.text(
                            x,
                            corner[1] + height / 2,
                            "not in this model",
                            ha="center",
                            va="center",
                            fontsize=6.5,
                            style="italic",
                            color="#333333",
                            zorder=6,
                        )
                    )
                    continue
                frame = Rectangle(
                    corner, width, height, facecolor="white", edgecolor="#333333", lw=0.8, zorder=5
                )
                frames.append(ax.add_patch(frame))
                bars[n.id] = ax.add_patch(
                    Rectangle(corner, 0.0, height, facecolor="#333333", lw=0, zorder=6)
                )
            drawn["bars"] = bars
            drawn["width"] = width
            # The frames do not change, but they are drawn over the (animated) boxes.
            animate(*frames, *bars.values())
        artists = drawn["chain"]
        for n in chain.NODES:
            level = lit.get(n.id, 0.0)
            box = artists.boxes[n.id]
            box.set_alpha(0.12 + 0.88 * level)
            box.set_linewidth(1.0 + 2.5 * level)
            artists.labels[n.id].set_alpha(0.55 + 0.45 * level)
            if n.id in drawn["bars"]:
                drawn["bars"][n.id].set_width(drawn["width"] * level)

    return Interactive(
        draw,
        {
            "who": dropdown("person", PERSON_OPTIONS, value="heat"),
            "month": slider("month", "1 = January", 1, 12, 1, 7, integer=True),
            "preset": dropdown("intervention (full dose)", PRESETS, value=""),
        },
        caption=(
            "The causal chain lit by a simulated person's month: the brighter a box and the "
            "fuller its bar, the more active that step (steps marked 'not in this model' are on "
            "the map but not simulated); arrows are solid, dashed or dotted by the evidence "
            "behind them."
        ),
        alt=lit_map_alt,
        describe=lit_map_describe,
        figsize=(9.6, 6.6),
        clear=False,
    )


# --------------------------------------------------------------------------- the dashboard
#: The stages shown, each as (title, node, transform of the daily values, y limits, unit).
STAGES = (
    ("signalling", "disrupted_signalling", lambda v: 100 * v, (0, 100), "spikes\nlost (%)"),
    ("strength", "weakness", lambda v: 100 * (1 - v), (0, 100), "strength\n(%)"),
    ("fatigue", "muscle_fatigue", lambda v: v, (0, 1), "muscle\nfatigue"),
    ("posture load", "lumbar_load", lambda v: v, (0.4, 1.2), "lumbar\nload (MPa)"),
    ("pain", "back_pain", lambda v: v, (0, 10), "back pain\n(0–10)"),
)
DMD_OPTIONS = [
    ("off", "off"),
    ("on", "on"),
    ("on, with interferon-like side effects", "side"),
]


def _interventions(cooling, training, anti_spasticity, seating, pacing, dmd):
    return whole_chain.Interventions(
        cooling=float(cooling),
        training=float(training),
        anti_spasticity=float(anti_spasticity),
        seating=float(seating),
        pacing=float(pacing),
        dmd=dmd != "off",
        dmd_side_effects=dmd == "side",
    )


def dashboard_state(who, cooling, training, anti_spasticity, seating, pacing, dmd) -> dict:
    """What the dashboard shows for one setting of its controls: the weekly curve and the
    yearly mean of every stage without and with the interventions, and the numbers of the
    note. Both runs are the same person on the same random days (seed 0). Computed once per
    setting (cached), so a slider dragged back over a setting costs no new simulation."""
    return _dashboard_state(who, cooling, training, anti_spasticity, seating, pacing, dmd)


@lru_cache(maxsize=256)
def _dashboard_state(who, *doses) -> dict:
    base, treated = _run(who, whole_chain.NONE), _run(who, _interventions(*doses))
    curves, means = [], []
    for _title, node, f, _limits, _unit in STAGES:
        values = [f(run.nodes[node].to_numpy()) for run in (base, treated)]
        curves.append(tuple(weekly(v) for v in values))
        means.append(tuple(float(v.mean()) for v in values))
    active = treated.interventions.active
    side = treated.interventions.dmd_side_effects
    summer = [6, 7, 8]
    return {
        "curves": curves,
        "means": means,
        "pain": (base.mean(), treated.mean()),
        "summer": (base.mean(months=summer), treated.mean(months=summer)),
        "what": ", ".join(whole_chain.INTERVENTIONS[n].label for n in active),
        "side_days": int((treated.nodes["treatment_pain"] > 0).sum()) if side else None,
        "episodes": float(treated.nodes["lhermitte"].mean()),
    }


def dashboard_describe(who, **doses) -> str:
    """Results in words: mean pain with and without, and the side paths."""
    s = dashboard_state(who, **doses)
    (b, t), (bs, ts) = s["pain"], s["summer"]
    what = s["what"] or "no intervention"
    side = "" if s["side_days"] is None else f" Treatment-related pain on {s['side_days']} days."
    return (
        f"<p><b>{html.escape(whole_chain.PEOPLE[who].label)}</b> with {html.escape(what)}: mean "
        f"evening back pain {b:.2f} → <b>{t:.2f}</b> ({t - b:+.2f}) over the year; "
        f"June–August {bs:.2f} → {ts:.2f} ({ts - bs:+.2f}). Lhermitte episodes "
        f"{s['episodes']:.1f} a day (no intervention changes them).{side}</p>"
    )


def dashboard_alt(who, **doses) -> str:
    """Alt text of the dashboard."""
    means = dashboard_state(who, **doses)["means"]
    parts = [
        f"{title} {b:.2f} → {t:.2f} ({unit})"
        for (title, _node, _f, _limits, unit), (b, t) in zip(STAGES, means, strict=True)
    ]
    return (
        f"Five stacked weekly time courses over one year for {whole_chain.PEOPLE[who].label}, "
        "without interventions (grey dashed) and with them (solid). Yearly means: "
        + "; ".join(parts)
        + "."
    )


@register("07", "intervention dashboard")
def make_dashboard() -> Interactive:
    """One control per intervention; every stage's time course with and without them."""
    drawn: dict = {}

    def draw(axes, who, cooling, training, anti_spasticity, seating, pacing, dmd):
        doses = (cooling, training, anti_spasticity, seating, pacing, dmd)
        curves = dashboard_state(who, *doses)["curves"]
        if not drawn:
            weeks = np.arange(52) * 7 + 3.5
            for i, (ax, (_title, _node, _f, limits, unit)) in enumerate(
                zip(axes, STAGES, strict=True)
            ):
                st = style.series_style(i)
                (b,) = ax.plot(weeks, np.zeros(52), color="#777777", ls="--", lw=1.6)
                (t,) = ax.plot(weeks, np.zeros(52), color=st["color"], ls="-", lw=2.2)
                ax.set_ylim(*limits)
                ax.set_yticks(limits)
                ax.set_ylabel(unit, fontsize=10)
                ax.grid(False)
                drawn[i] = (b, t)
            for ax in axes:
                ax.set_xlim(0, 365)
                ax.set_xticks(MONTH_STARTS)
                ax.tick_params(labelbottom=False, labelsize=10)
            axes[-1].tick_params(labelbottom=True)
            axes[-1].set_xticklabels([m[0] for m in MONTHS])
            axes[0].legend(
                [drawn[0][0], drawn[0][1]],
                ["without", "with interventions"],
                loc="upper right",
                fontsize=9,
                ncol=2,
                frameon=False,
            )
            animate(*(line for pair in drawn.values() for line in pair))
        for i, (base, treated) in enumerate(curves):
            b, t = drawn[i]
            b.set_ydata(base)
            t.set_ydata(treated)

    def dose(label):
        return slider(label, "0 = none, 1 = full", 0.0, 1.0, 0.1, 0.0)

    controls = {
        "who": dropdown("person", PERSON_OPTIONS, value="heat"),
        "cooling": slider("cooling on hot days", "0 = none, 1 = full", 0.0, 1.0, 0.1, 1.0),
        "training": dose("training"),
        "anti_spasticity": dose("anti-spasticity drug"),
        "seating": dose("seating and breaks"),
        "pacing": dose("pacing and graded activity"),
        "dmd": dropdown("disease-modifying drug", DMD_OPTIONS, value="off"),
    }
    return Interactive(
        draw,
        controls,
        caption=(
            "Weekly means of five stages of the chain over one simulated year, without "
            "interventions (grey, dashed) and with the chosen ones (solid)."
        ),
        alt=dashboard_alt,
        describe=dashboard_describe,
        figsize=(9.0, 5.8),
        nrows=5,
        clear=False,
    )
