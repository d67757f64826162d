"""The interactive chain map of notebook 00: choose a step, see its causes and effects.

A thin layer over :func:`msbackpain.ui.chain_map.draw_chain` and the graph functions: the
picture, its alt text and the note above it all come from the graph, so they cannot disagree
with it. The map's boxes, labels and arrows are animated, so each choice is a blit.
"""

from __future__ import annotations

import html

from msbackpain import chain
from msbackpain.lessons import lesson
from msbackpain.ui import chain_map
from msbackpain.ui.interactive import Interactive, dropdown, register, toggle

WHOLE_MAP_ALT = (
    "Diagram of boxes and arrows. The backbone runs left to right along the middle: "
    "demyelination, disrupted signalling, muscle weakness, compensation, posture change, lumbar "
    "load, lower back pain. Below it, back pain leads to pain-related fear and avoiding movement, "
    "then disuse and atrophy, which lead back to weakness. Above it: heat, spasticity, overloaded "
    "helper muscles and muscle fatigue; at the top, a cervical cord lesion and neck flexion lead "
    "to Lhermitte's sign, and interferon beta leads to treatment-related pain."
)


def _neighbours(node: str, reach: str) -> tuple[list[str], list[str]]:
    if reach == "direct":
        return chain.causes(node), chain.effects(node)
    return chain.upstream(node), chain.downstream(node)


def describe(node: str, reach: str) -> str:
    """The HTML note above the map: the step in words, its causes and effects, its notebook."""
    if not node:
        return "<p>Choose a step of the chain in the menu to see its causes and effects.</p>"
    n = chain.node(node)
    plan = lesson(f"{n.notebook:02d}")
    label = {m.id: m.label for m in chain.NODES}
    ups, downs = _neighbours(node, reach)
    word = "direct" if reach == "direct" else "all"
    causes = ", ".join(label[u] for u in ups) or "none in the map"
    effects = ", ".join(label[d] for d in downs) or "none in the map"
    where = f"<a href='{plan.filename}'>notebook {plan.number}: {html.escape(plan.title)}</a>"
    return (
        f"<p><b>{html.escape(n.label)}</b>: {html.escape(n.explanation)}</p>"
        f"<p>Causes ({word}): {html.escape(causes)}.<br>"
        f"Effects ({word}): {html.escape(effects)}.<br>Explained in {where}.</p>"
    )


def alt_text(node: str, reach: str) -> str:
    """Alt text of the map for the current selection."""
    if not node:
        return WHOLE_MAP_ALT
    ups, downs = _neighbours(node, reach)
    return (
        f"The causal chain map with '{chain.node(node).label}' highlighted; {len(ups)} "
        f"causes and {len(downs)} effects are lit, all other steps are faded."
    )


@register("00", "chain map")
def make_chain_map() -> Interactive:
    """The chain-map diagram: a menu of steps and a direct / all toggle."""
    options = [("(none: the whole map)", ""), *[(n.label, n.id) for n in chain.NODES]]
    drawn: list[chain_map.ChainArtists] = []

    def draw(ax, node: str, reach: str) -> None:
        """Draw the map once, its boxes, labels and arrows animated; then only restyle them."""
        if drawn:
            chain_map.restyle_chain(drawn[0], highlight=node or None, reach=reach)
        else:
            drawn.append(
                chain_map.draw_chain(ax, highlight=node or None, reach=reach, animated=True)
            )

    return Interactive(
        draw,
        {
            "node": dropdown("step of the chain", options, value=""),
            "reach": toggle(
                "show",
                [("direct causes and effects", "direct"), ("all upstream and downstream", "all")],
                value="direct",
            ),
        },
        caption=(
            "The whole causal chain from MS lesions to lower back pain, with its loops and "
            "side paths, coloured by stage."
        ),
        alt=alt_text,
        describe=describe,
        figsize=(12, 8.2),
        clear=False,
    )
