"""Readable views of walks through the chain for notebook 00.

``chain.upstream`` and ``chain.downstream`` return plain lists of ids (nearest first), which is
what code needs. A reader needs names and structure: :func:`walk` groups the steps by how many
links away they are and shows them as a short Markdown list, and :func:`loops` lists the named
feedback loops in words. Both display as Markdown in JupyterLab, on nbviewer and on GitHub (a list
wraps between words, where a printed Python list wraps anywhere), and as the same text in a
console.
"""

from __future__ import annotations

from dataclasses import dataclass

from msbackpain import chain


@dataclass(frozen=True)
class Shown:
    """A piece of Markdown that a notebook displays as such (plain text elsewhere)."""

    markdown: str

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __str__(self) -> str:
        return self.markdown


def distances(node_id: str, direction: str) -> dict[str, int]:
    """How many links away each step up- or downstream of ``node_id`` is (breadth-first).

    ``direction`` is "upstream" (follow causes) or "downstream" (follow effects). The keys come
    in the order of :func:`msbackpain.chain.upstream` / :func:`~msbackpain.chain.downstream`.
    """
    step = {"upstream": chain.causes, "downstream": chain.effects}.get(direction)
    if step is None:
        raise ValueError(f"direction must be 'upstream' or 'downstream' (got {direction!r})")
    found, frontier, d = {}, [node_id], 0
    while frontier:
        d += 1
        following = []
        for current in frontier:
            for other in step(current):
                if other != node_id and other not in found:
                    found[other] = d
                    following.append(other)
        frontier = following
    return found


def walk(node_id: str, direction: str = "upstream") -> Shown:
    """The steps up- or downstream of ``node_id`` by name, grouped by distance, nearest first."""
    found = distances(node_id, direction)
    label = chain.node(node_id).label
    which = "that can lead to it" if direction == "upstream" else "it can lead to"
    head = f"**{direction.capitalize()} of {label}**: {len(found)} steps {which}, nearest first."
    lines = [head, ""]
    for d in sorted(set(found.values())):
        names = "; ".join(chain.node(n).label for n, k in found.items() if k == d)
        lines.append(f"* {d} link{'s' if d > 1 else ''} away: {names}")
    return Shown("\n".join(lines))


def loops() -> Shown:
    """The named feedback loops of the chain, each as a walk in words."""
    lines = [
        f"* **{name.replace('_', '-')} loop:** {chain.loop_words(name)}" for name in chain.LOOPS
    ]
    return Shown("\n".join(lines))


def around(node_id: str) -> Shown:
    """Both walks from ``node_id``: what can lead to it, then what it can lead to."""
    up, down = walk(node_id, "upstream"), walk(node_id, "downstream")
    return Shown(f"{up.markdown}\n\n{down.markdown}")
