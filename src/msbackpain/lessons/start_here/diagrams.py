"""The interactive chain map of notebook 00: choose a step or a link, see causes, effects, evidence.

A thin layer over :func:`msbackpain.ui.chain_map.draw_chain`, the graph functions and the
reference list: the picture, its alt text and the note above it all come from the graph and its
evidence, so they cannot disagree with it. Choosing a step lights its causes and effects and
lists the links into and out of it with their evidence grades; choosing a link lights that arrow
and shows its mechanism, grade and full sources. The map's boxes, labels and arrows are
animated, so each choice is a blit.
"""

from __future__ import annotations

import html

from msbackpain import chain
from msbackpain.evidence import reference
from msbackpain.evidence.grades import GRADES
from msbackpain.lessons import lesson
from msbackpain.ui import chain_map
from msbackpain.ui.interactive import Interactive, dropdown, register, toggle

WHOLE_MAP_ALT = chain_map.whole_map_alt()


def _link_label(e: chain.Edge) -> str:
    return f"{chain.node(e.cause).label} → {chain.node(e.effect).label}"


def _link_value(e: chain.Edge) -> str:
    return f"{e.cause}>{e.effect}"


def _parse_link(value: str) -> tuple[str, str] | None:
    if not value:
        return None
    cause, _, effect = value.partition(">")
    return cause, effect


def _neighbours(node: str, reach: str) -> tuple[list[str], list[str]]:
    if reach == "direct":
        return chain.causes(node), chain.effects(node)
    return chain.upstream(node), chain.downstream(node)


def _short_sources(e: chain.Edge) -> str:
    return "; ".join(reference(k).short for k in e.sources) or "no source"


def _source_html(key: str) -> str:
    ref = reference(key)
    where = html.escape(f"{ref.container} {ref.year}" if ref.container else str(ref.year))
    link = (
        f" <a href='{ref.doi_url}' target='_blank' rel='noopener'>doi:{html.escape(ref.doi)}</a>"
        if ref.doi
        else ""
    )
    about = f"<br><small>{html.escape(ref.annote)}</small>" if ref.annote else ""
    title = html.escape(ref.title)
    return f"<li>{html.escape(ref.short)}. {title}. <i>{where}</i>.{link}{about}</li>"


def describe_link(e: chain.Edge) -> str:
    """The HTML card of one link: its mechanism, evidence grade, note and full sources."""
    verb = "raises" if e.sign > 0 else "lowers"
    sources = "".join(_source_html(k) for k in e.sources)
    listed = f"<ul>{sources}</ul>" if sources else "<p>No published source: see the note.</p>"
    note = f" {html.escape(e.note)}" if e.note else ""
    return (
        f"<p><b>{html.escape(_link_label(e))}</b> ({verb} it): {html.escape(e.mechanism)}</p>"
        f"<p>Evidence: <b>{e.grade}</b> ({html.escape(GRADES[e.grade])}).{note}</p>{listed}"
    )


def describe(node: str, reach: str, link: str = "") -> str:
    """The HTML note above the map: the chosen link's evidence, or the chosen step in words."""
    chosen = _parse_link(link)
    if chosen is not None:
        return describe_link(chain.edge(*chosen))
    if not node:
        return (
            "<p>Choose a step of the chain to see its causes and effects, or a link to see the "
            "evidence behind it. Solid arrows were measured in studies, dashed ones derived with "
            "a model, dotted ones are teaching assumptions.</p>"
        )
    n = chain.node(node)
    plan = lesson(f"{n.notebook:02d}")
    label = {m.id: m.label for m in chain.NODES}
    ups, downs = _neighbours(node, reach)
    word = "direct" if reach == "direct" else "all"
    causes = ", ".join(label[u] for u in ups) or "none in the map"
    effects = ", ".join(label[d] for d in downs) or "none in the map"
    where = f"<a href='{plan.filename}'>notebook {plan.number}: {html.escape(plan.title)}</a>"
    links = "".join(
        f"<li>{html.escape(_link_label(e))}: <b>{e.grade}</b> ({html.escape(_short_sources(e))})"
        "</li>"
        for e in chain.EDGES
        if node in (e.cause, e.effect)
    )
    return (
        f"<p><b>{html.escape(n.label)}</b>: {html.escape(n.explanation)}</p>"
        f"<p>Causes ({word}): {html.escape(causes)}.<br>"
        f"Effects ({word}): {html.escape(effects)}.<br>Explained in {where}.</p>"
        f"<p>Its links and their evidence (choose one in the link menu for the full sources):</p>"
        f"<ul>{links}</ul>"
    )


def alt_text(node: str, reach: str, link: str = "") -> str:
    """Alt text of the map for the current selection."""
    chosen = _parse_link(link)
    if chosen is not None:
        e = chain.edge(*chosen)
        style = chain_map.GRADE_WORDS[e.grade].split(":")[0]
        return (
            f"The causal chain map with the {style} arrow '{_link_label(e)}' lit in black "
            f"(evidence: {e.grade}); all other steps and arrows are faded."
        )
    if not node:
        return WHOLE_MAP_ALT
    ups, downs = _neighbours(node, reach)
    return (
        f"The causal chain map with '{chain.node(node).label}' highlighted; {len(ups)} "
        f"causes and {len(downs)} effects are lit, all other steps are faded. "
        + chain_map.grade_sentence()
    )


@register("00", "chain map")
def make_chain_map() -> Interactive:
    """The chain-map diagram: a menu of steps, a direct / all toggle and a menu of links."""
    steps = [("(none: the whole map)", ""), *[(n.label, n.id) for n in chain.NODES]]
    links = [("(none)", ""), *[(_link_label(e), _link_value(e)) for e in chain.EDGES]]
    drawn: list[chain_map.ChainArtists] = []

    def draw(ax, node: str, reach: str, link: str) -> None:
        """Draw the map once, its boxes, labels and arrows animated; then only restyle them."""
        selection = {"highlight": node or None, "reach": reach, "link": _parse_link(link)}
        if drawn:
            chain_map.restyle_chain(drawn[0], **selection)
        else:
            drawn.append(chain_map.draw_chain(ax, animated=True, **selection))

    return Interactive(
        draw,
        {
            "node": dropdown("step of the chain", steps, value=""),
            "reach": toggle(
                "show",
                [("direct causes and effects", "direct"), ("all upstream and downstream", "all")],
                value="direct",
            ),
            "link": dropdown("link and its evidence", links, value=""),
        },
        caption=(
            "The whole causal chain from MS lesions to lower back pain, with its loops and "
            "side paths, coloured by stage; each arrow is solid, dashed or dotted by the "
            "evidence behind it."
        ),
        alt=alt_text,
        describe=describe,
        figsize=(12, 8.2),
        clear=False,
    )
