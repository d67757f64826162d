"""Interactive diagrams of notebook 07 (the whole chain).

* **The lit chain map** (:func:`make_lit_map`): the chain map of notebook 00 in which every step
  lights up as much as it is active in a simulated person in a chosen month. Brightness and a
  level bar under each box (so colour is not the only cue) show the step's monthly mean on the
  scale of :data:`msbackpain.whole_chain.MAP_SCALE`.
* **The intervention dashboard** (:func:`make_dashboard`): one control per intervention and the
  weekly time courses of every stage (signalling, strength, fatigue, lumbar load, pain), each
  shown without the interventions (grey, dashed) and with them (colour, solid): the same person
  and the same random days, so every difference is caused by the interventions.

Both draw once and then update their artists in place.
"""

from __future__ import annotations

import html
from functools import lru_cache

import numpy as np
from matplotlib.patches import Rectangle

from msbackpain import chain, whole_chain
from msbackpain.ui import chain_map, style
from msbackpain.ui.interactive import Interactive, dropdown, register, slider

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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


def lit_map_describe(who: str, month: int, preset: str) -> str:
    """The HTML note above the lit map: the month's most active steps and the pain."""
    result = _run(who, _preset(preset))
    lit = whole_chain.levels(result, month)
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
    lit = whole_chain.levels(_run(who, _preset(preset)), month)
    top = ", ".join(chain.node(n).label for n in _top(lit, 4))
    dark = sum(v < 0.05 for v in lit.values())
    return (
        f"The causal chain map for {whole_chain.PEOPLE[who].label} in {MONTHS[month - 1]}: each box is "
        f"as bright, and its bar as full, as that step is active. Brightest: {top}. "
        f"{dark} of {len(lit)} steps are dark."
    )


@register("07", "lit chain map")
def make_lit_map() -> Interactive:
    """The chain map lit by one simulated person's month (person, month, intervention)."""
    drawn: dict = {}

    def draw(ax, who: str, month: int, preset: str) -> None:
        lit = whole_chain.levels(_run(who, _preset(preset)), month)
        if not drawn:
            drawn["chain"] = chain_map.draw_chain(ax, legend=False)
            for label in drawn["chain"].labels.values():
                label.set_fontsize(8)
            bars = {}
            for n in chain.NODES:
                x, y = n.xy
                ax.add_patch(
                    Rectangle(
                        (x - 0.8, y - 0.62),
                        1.6,
                        0.14,
                        facecolor="white",
                        edgecolor="#333333",
                        lw=0.8,
                        zorder=5,
                    )
                )
                bars[n.id] = ax.add_patch(
                    Rectangle((x - 0.8, y - 0.62), 0.0, 0.14, facecolor="#333333", lw=0, zorder=6)
                )
            drawn["bars"] = bars
        artists = drawn["chain"]
        for n in chain.NODES:
            level = lit[n.id]
            box = artists.boxes[n.id]
            box.set_alpha(0.12 + 0.88 * level)
            box.set_linewidth(1.0 + 2.5 * level)
            artists.labels[n.id].set_alpha(0.55 + 0.45 * level)
            drawn["bars"][n.id].set_width(1.6 * level)

    return Interactive(
        draw,
        {
            "who": dropdown("person", PERSON_OPTIONS, value="heat"),
            "month": slider("month", "1 = January", 1, 12, 1, 7, integer=True),
            "preset": dropdown("intervention (full dose)", PRESETS, value=""),
        },
        caption=(
            "The causal chain lit by a simulated person's month: the brighter a box and the "
            "fuller its bar, the more active that step."
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
    ("fatigue", "muscle_fatigue", lambda v: v, (0, 1), "helper\nfatigue"),
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


def _weekly(values: np.ndarray) -> np.ndarray:
    n = values.size // 7
    return values[: 7 * n].reshape(n, 7).mean(axis=1)


def dashboard_runs(who, **doses):
    """The two runs the dashboard compares: (without interventions, with them)."""
    return _run(who, whole_chain.NONE), _run(who, _interventions(**doses))


def dashboard_describe(who, **doses) -> str:
    """Results in words: mean pain with and without, and the side paths."""
    base, treated = dashboard_runs(who, **doses)
    b, t = base.mean(), treated.mean()
    summer = [6, 7, 8]
    bs, ts = base.mean(months=summer), treated.mean(months=summer)
    active = treated.interventions.active
    what = ", ".join(whole_chain.INTERVENTIONS[n].label for n in active) or "no intervention"
    side = ""
    if treated.interventions.dmd_side_effects:
        days = int((treated.nodes["treatment_pain"] > 0).sum())
        side = f" Treatment-related pain on {days} days."
    episodes = treated.nodes["lhermitte"].mean()
    return (
        f"<p><b>{html.escape(whole_chain.PEOPLE[who].label)}</b> with {html.escape(what)}: mean "
        f"evening back pain {b:.2f} → <b>{t:.2f}</b> ({t - b:+.2f}) over the year; "
        f"June–August {bs:.2f} → {ts:.2f} ({ts - bs:+.2f}). Lhermitte episodes "
        f"{episodes:.1f} a day (no intervention changes them).{side}</p>"
    )


def dashboard_alt(who, **doses) -> str:
    """Alt text of the dashboard."""
    base, treated = dashboard_runs(who, **doses)
    parts = []
    for title, node, f, _, unit in STAGES:
        parts.append(
            f"{title} {f(base.nodes[node].to_numpy()).mean():.2f} → "
            f"{f(treated.nodes[node].to_numpy()).mean():.2f} ({unit})"
        )
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
        base, treated = dashboard_runs(
            who,
            cooling=cooling,
            training=training,
            anti_spasticity=anti_spasticity,
            seating=seating,
            pacing=pacing,
            dmd=dmd,
        )
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
            starts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
            for ax in axes:
                ax.set_xlim(0, 365)
                ax.set_xticks(starts)
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
        for i, (_title, node, f, _limits, _unit) in enumerate(STAGES):
            b, t = drawn[i]
            b.set_ydata(_weekly(f(base.nodes[node].to_numpy())))
            t.set_ydata(_weekly(f(treated.nodes[node].to_numpy())))

    def dose(label):
        return slider(label, "0 = none, 1 = full", 0.0, 1.0, 0.1, 0.0)

    controls = {
        "who": dropdown("person", PERSON_OPTIONS, value="heat"),
        "cooling": slider("cooling on hot days", "0 = none, 1 = full", 0.0, 1.0, 0.1, 1.0),
        "training": dose("strength and endurance training"),
        "anti_spasticity": dose("anti-spasticity drug"),
        "seating": dose("better seating and breaks"),
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


# --------------------------------------------------------------------------- static figures
#: The node that drives each example person's pain most (shown next to their pain).
DRIVERS = {"disuse": "disuse", "heat": "heat", "cervical": "spasticity"}


def plot_year(axes, results: dict):
    """One row per person: weekly back pain (0–10, solid) and, dashed on the same 0–10 axis,
    the person's main driver placed on its map scale (0 = bottom, 10 = top of the scale).
    Relapse onsets are marked with triangles. ``results`` maps a key of PEOPLE to a result."""
    weeks = np.arange(52) * 7 + 3.5
    for i, (ax, (key, result)) in enumerate(zip(axes, results.items(), strict=True)):
        st = style.series_style(i)
        ax.plot(
            weeks,
            _weekly(result.pain.to_numpy()),
            color=st["color"],
            lw=2.4,
            label="back pain (0–10)",
        )
        driver = DRIVERS[key]
        low, high = whole_chain.MAP_SCALE[driver]
        scaled = 10 * np.clip((result.nodes[driver].to_numpy() - low) / (high - low), 0, 1)
        unit = whole_chain.NODE_UNITS[driver][0]
        ax.plot(
            weeks,
            _weekly(scaled),
            color="#555555",
            ls="--",
            lw=1.6,
            label=f"{chain.node(driver).label.lower()}: {unit}, {low:g}–{high:g} drawn as 0–10",
        )
        onsets = np.flatnonzero(result.drivers["relapse_onset"].to_numpy())
        if onsets.size:
            ax.plot(
                onsets,
                np.full(onsets.size, 9.3),
                "v",
                color="black",
                ms=8,
                ls="none",
                label="relapse starts",
            )
        ax.set_ylim(0, 10)
        ax.set_xlim(0, 365)
        ax.set_ylabel("0–10")
        ax.set_title(result.person.label, loc="left", fontsize=12)
        ax.legend(loc="lower right", fontsize=9, frameon=True, framealpha=0.9, ncol=3)
    starts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    for ax in axes:
        ax.set_xticks(starts)
        ax.set_xticklabels([])
    axes[-1].set_xticklabels(MONTHS)
    return axes


def plot_intervention_effects(ax, effects: dict):
    """Grouped horizontal bars: change in mean back pain per intervention, one bar per person.

    ``effects`` maps a person key to a table from :func:`whole_chain.intervention_effects`. Each
    person has its own colour and hatch; values are printed at the bar ends."""
    names = list(whole_chain.FULL_DOSE)
    y = np.arange(len(names))
    height = 0.8 / len(effects)
    hatches = ["", "//", ".."]
    for i, (key, table) in enumerate(effects.items()):
        change = table.set_index("intervention").loc[names, "change"].to_numpy()
        pos = y - 0.4 + height * (i + 0.5)
        ax.barh(
            pos,
            change,
            height,
            color=style.series_style(i)["color"],
            edgecolor="black",
            hatch=hatches[i % 3],
            label=whole_chain.PEOPLE[key].label,
        )
        for p, c in zip(pos, change, strict=True):
            ax.text(
                c + (0.02 if c >= 0 else -0.02),
                p,
                f"{c:+.2f}",
                va="center",
                ha="left" if c >= 0 else "right",
                fontsize=9,
            )
    ax.axvline(0, color="black", lw=1)
    ax.set_yticks(y)
    ax.set_yticklabels([whole_chain.INTERVENTIONS[n].label for n in names])
    ax.invert_yaxis()
    ax.set_xlabel("change in mean evening back pain over the year (points on 0–10)")
    low = min(t["change"].min() for t in effects.values())
    high = max(t["change"].max() for t in effects.values())
    ax.set_xlim(min(low, 0) - 0.35, max(high, 0) + 0.35)
    ax.legend(loc="upper center", bbox_to_anchor=(0.4, -0.14), fontsize=9, ncol=2, frameon=False)
    return ax


def plot_loops(ax, table):
    """Mean back pain per person with the loops intact and with each loop broken (bars).

    ``table``: DataFrame indexed by person key with one column per condition."""
    keys = list(table.index)
    x = np.arange(len(keys))
    width = 0.8 / len(table.columns)
    hatches = ["", "//", "xx", ".."]
    for j, column in enumerate(table.columns):
        values = table[column].to_numpy()
        pos = x - 0.4 + width * (j + 0.5)
        ax.bar(
            pos,
            values,
            width,
            color=style.series_style(j)["color"],
            edgecolor="black",
            hatch=hatches[j % 4],
            label=column,
        )
        for p, v in zip(pos, values, strict=True):
            ax.text(p, v + 0.05, f"{v:.2f}", ha="center", va="bottom", fontsize=9)
    ax.set_xticks(x)
    ax.set_xticklabels([whole_chain.PEOPLE[k].label.split(":")[0] for k in keys])
    ax.set_ylabel("mean evening back pain (0–10)")
    ax.set_ylim(0, max(5.0, float(table.to_numpy().max()) + 1.0))
    ax.legend(loc="upper right", fontsize=9, ncol=2)
    return ax


def plot_dose_response(ax, doses, pains: dict, spasticity: dict):
    """Mean back pain against the anti-spasticity drug's effect (0–1), one line per person;
    each line is labelled with the person and the change in spasticity at full effect."""
    for i, (key, values) in enumerate(pains.items()):
        st = style.series_style(i)
        ax.plot(
            doses,
            values,
            color=st["color"],
            ls=st["linestyle"],
            marker=st["marker"],
            label=f"{whole_chain.PEOPLE[key].label.split(':')[0]} (spasticity "
            f"{spasticity[key][0]:.1f} → {spasticity[key][-1]:.1f} N·m)",
        )
    ax.set_xlabel("anti-spasticity drug effect d (0 = none, 1 = full)")
    ax.set_ylabel("mean evening back pain (0–10)")
    ax.legend(loc="best", fontsize=10)
    return ax
