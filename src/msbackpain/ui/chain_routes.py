"""Where the chain map's arrows run: around the boxes, never through one.

An arrow is drawn as a gentle arc when one clears every box it does not join (most arrows);
otherwise it follows the shortest way through the gaps between boxes, found on a visibility
graph whose corners are points just outside the boxes' corners (Dijkstra; the cost of a route is
its length plus :data:`TURN_COST` per corner), and its corners are rounded. Each route is checked
point by point, so no arrow can seem to pass through a step that is not its cause or effect:
counting a step's causes from the picture gives the right answer.

Positions and sizes are in the map's layout units (those of :attr:`msbackpain.chain.Node.xy`).
"""

from __future__ import annotations

import heapq
import math
from functools import cache, lru_cache

import numpy as np
from matplotlib.path import Path

from msbackpain.chain import EDGES, NODES, Node, node

#: Width and height of a node's box (layout units).
BOX_WIDTH, BOX_HEIGHT = 2.1, 0.95
#: How far a box's rounded outline reaches past its nominal rectangle.
PAD = 0.05
#: An arrow starts and ends this far outside its boxes.
GAP = 0.1
#: An arrow keeps at least this distance from every box it does not join.
CLEAR = 0.12
#: The corners of a detour lie this far outside the corners of the boxes.
CORNER = 0.25
#: The cost of one corner of a detour, in layout units of length.
TURN_COST = 0.8
#: Largest rounding of a detour's corners.
ROUND = 0.45
#: Bends of a plain arc tried in turn (matplotlib's ``arc3`` ``rad``), before a detour.
BENDS = (0.08, -0.08, 0.16, -0.16, 0.24, -0.24)
#: How far each of a pair of opposite arrows is moved to its side of the line between the boxes.
PAIR_OFFSET = 0.17


def box_extent(n: Node, margin: float = 0.0) -> tuple[float, float, float, float]:
    """The drawn box of node ``n`` as (left, bottom, right, top), widened by ``margin``."""
    x, y = n.xy
    half_w, half_h = BOX_WIDTH / 2 + PAD + margin, BOX_HEIGHT / 2 + PAD + margin
    return x - half_w, y - half_h, x + half_w, y + half_h


def _rects(exclude: tuple[str, ...] = (), margin: float = CLEAR) -> np.ndarray:
    return np.array([box_extent(n, margin) for n in NODES if n.id not in exclude])


def points_clear(points: np.ndarray, rects: np.ndarray) -> bool:
    """True when none of ``points`` (k×2) lies inside any of ``rects`` (m×4: l, b, r, t)."""
    x, y = points[:, :1], points[:, 1:]
    inside = (x > rects[:, 0]) & (x < rects[:, 2]) & (y > rects[:, 1]) & (y < rects[:, 3])
    return not inside.any()


def _segment_clear(p, q, rects: np.ndarray) -> bool:
    """True when the segment p–q misses every rectangle (Liang–Barsky clipping, vectorised)."""
    (x0, y0), (x1, y1) = p, q
    dx, dy = x1 - x0, y1 - y0
    lo, hi = np.zeros(len(rects)), np.ones(len(rects))
    for d, start, low, high in (
        (dx, x0, rects[:, 0], rects[:, 2]),
        (dy, y0, rects[:, 1], rects[:, 3]),
    ):
        if abs(d) < 1e-12:
            outside = (start <= low) | (start >= high)
            lo = np.where(outside, 2.0, lo)
            continue
        t1, t2 = (low - start) / d, (high - start) / d
        lo = np.maximum(lo, np.minimum(t1, t2))
        hi = np.minimum(hi, np.maximum(t1, t2))
    return bool((lo >= hi).all())


def _anchor(n: Node, toward) -> tuple[float, float]:
    """The point just outside n's box on the way from its centre toward ``toward``."""
    x, y = n.xy
    dx, dy = toward[0] - x, toward[1] - y
    if dx == 0 and dy == 0:
        return x, y
    sx = (BOX_WIDTH / 2 + PAD + GAP) / abs(dx) if dx else math.inf
    sy = (BOX_HEIGHT / 2 + PAD + GAP) / abs(dy) if dy else math.inf
    s = min(sx, sy)
    return x + dx * s, y + dy * s


def _control(start, end, bend: float) -> tuple[float, float]:
    """The middle control point of matplotlib's ``arc3`` curve from ``start`` to ``end``."""
    (x1, y1), (x2, y2) = start, end
    return (x1 + x2) / 2 + bend * (y2 - y1), (y1 + y2) / 2 - bend * (x2 - x1)


def sample(path: Path, per_curve: int = 24) -> np.ndarray:
    """Points along ``path``, its Bézier pieces evaluated (not just their control points)."""
    t = np.linspace(0.0, 1.0, per_curve)
    pieces = [curve(t) for curve, _code in path.iter_bezier()]
    return np.concatenate([np.atleast_2d(p) for p in pieces])


def _exit(n: Node, origin, direction) -> tuple[float, float]:
    """Where a ray from ``origin`` (inside n's box) along ``direction`` leaves the box, plus the
    gap an arrow keeps from it."""
    (cx, cy), (ox, oy), (dx, dy) = n.xy, origin, direction
    halves = (BOX_WIDTH / 2 + PAD + GAP, BOX_HEIGHT / 2 + PAD + GAP)
    steps = [
        (c + math.copysign(h, d) - o) / d
        for c, o, d, h in ((cx, ox, dx, halves[0]), (cy, oy, dy, halves[1]))
        if abs(d) > 1e-12
    ]
    t = min(steps)
    return ox + t * dx, oy + t * dy


def _side_by_side(a: Node, b: Node) -> Path:
    """A straight arrow from a to b moved :data:`PAIR_OFFSET` to its right; the arrow from b to
    a, moved to *its* right, runs beside it."""
    (ax, ay), (bx, by) = a.xy, b.xy
    length = math.dist(a.xy, b.xy)
    ux, uy = (bx - ax) / length, (by - ay) / length
    off = (uy * PAIR_OFFSET, -ux * PAIR_OFFSET)
    start = _exit(a, (ax + off[0], ay + off[1]), (ux, uy))
    end = _exit(b, (bx + off[0], by + off[1]), (-ux, -uy))
    return Path([start, end], [Path.MOVETO, Path.LINETO])


def _arc(a: Node, b: Node, bend: float) -> Path:
    c = _control(a.xy, b.xy, bend)
    start, end = _anchor(a, c), _anchor(b, c)
    return Path([start, _control(start, end, bend), end], [Path.MOVETO, Path.CURVE3, Path.CURVE3])


@lru_cache(maxsize=1)
def _waypoints() -> tuple[np.ndarray, list[list[int]]]:
    """Corners of detours (just outside each box's corners) and which of them see each other."""
    rects = _rects()
    points = []
    for n in NODES:
        left, bottom, right, top = box_extent(n, CORNER)
        for x in (left, right):
            for y in (bottom, top):
                points.append((x, y))
    points = np.unique(np.round(points, 6), axis=0)
    points = points[[points_clear(p[None, :], rects) for p in points]]
    seen = [[] for _ in points]
    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            if _segment_clear(points[i], points[j], rects):
                seen[i].append(j)
                seen[j].append(i)
    return points, seen


def _shortest(a: Node, b: Node) -> list[tuple[float, float]] | None:
    """Corners of the cheapest detour from a's centre to b's centre (Dijkstra), or None."""
    points, seen = _waypoints()
    ends = _rects(exclude=(a.id, b.id))
    start, goal = len(points), len(points) + 1
    xy = {**dict(enumerate(map(tuple, points))), start: a.xy, goal: b.xy}

    def neighbours(i):
        if i == start:
            return [j for j in range(len(points)) if _segment_clear(a.xy, points[j], ends)]
        out = list(seen[i])
        if _segment_clear(points[i], b.xy, ends):
            out.append(goal)
        return out

    best, before, queue = {start: 0.0}, {}, [(0.0, start)]
    while queue:
        cost, i = heapq.heappop(queue)
        if i == goal:
            break
        if cost > best.get(i, math.inf):
            continue
        for j in neighbours(i):
            new = cost + math.dist(xy[i], xy[j]) + (TURN_COST if j != goal else 0.0)
            if new < best.get(j, math.inf):
                best[j], before[j] = new, i
                heapq.heappush(queue, (new, j))
    if goal not in before:
        return None
    walk, i = [goal], goal
    while i != start:
        i = before[i]
        walk.append(i)
    return [xy[i] for i in reversed(walk)]


def _rounded(corners: list, radius: float) -> Path:
    """A path through ``corners`` whose inner corners are rounded by up to ``radius``."""
    verts, codes = [corners[0]], [Path.MOVETO]
    for prev, here, nxt in zip(corners, corners[1:], corners[2:], strict=False):
        d = min(radius, math.dist(prev, here) / 2, math.dist(here, nxt) / 2)
        into = np.subtract(prev, here) / math.dist(prev, here)
        out = np.subtract(nxt, here) / math.dist(nxt, here)
        verts += [tuple(np.add(here, d * into)), here, tuple(np.add(here, d * out))]
        codes += [Path.LINETO, Path.CURVE3, Path.CURVE3]
    verts.append(corners[-1])
    codes.append(Path.LINETO)
    return Path(verts, codes)


def _detour(a: Node, b: Node) -> Path | None:
    corners = _shortest(a, b)
    if corners is None:
        return None
    corners[0] = _anchor(a, corners[1])
    corners[-1] = _anchor(b, corners[-2])
    others = _rects(exclude=(a.id, b.id))
    for radius in (ROUND, ROUND / 2, 0.0):
        path = _rounded(corners, radius)
        if points_clear(sample(path), others):
            return path
    return None


@cache
def route(cause: str, effect: str) -> Path:
    """The path of the arrow from ``cause`` to ``effect`` (layout units), clear of other boxes.

    The first arc of :data:`BENDS` that clears every box other than its two ends; else the
    shortest detour through the gaps, corners rounded; else (never in the shipped map, a test
    checks) the gentlest arc.
    """
    a, b = node(cause), node(effect)
    others = _rects(exclude=(a.id, b.id))
    # A pair of opposite arrows (A -> B and B -> A) is drawn as two straight parallel arrows,
    # each moved to its own side, so that their heads do not meet between the boxes.
    if any(e.cause == effect and e.effect == cause for e in EDGES):
        path = _side_by_side(a, b)
        if points_clear(sample(path), others):
            return path
    for bend in BENDS:
        path = _arc(a, b, bend)
        if points_clear(sample(path), others):
            return path
    return _detour(a, b) or _arc(a, b, BENDS[0])
