"""The causal chain from a demyelinating lesion to lower back pain, as data.

This graph is the single source of truth for the overview diagram (notebook 00), the whole-chain
simulation and the diary generator's ground truth. Each node has a stage (its colour in every
figure), the notebook that explains it and one plain-language sentence; each edge has a sign
(+1: more cause, more effect; -1: more cause, less effect), one sentence on the mechanism and a
source key: the section of the team's science notes (``shared/SCIENCE.md``) that backs it.
Edges whose form is our own teaching assumption say so in their mechanism sentence.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Node:
    """One node of the chain: ``id`` is the key used in code, ``label`` is for people."""

    id: str
    label: str
    stage: str
    notebook: int
    explanation: str
    xy: tuple[float, float]


@dataclass(frozen=True)
class Edge:
    """A cause-effect link with its sign, mechanism sentence and SCIENCE.md section."""

    cause: str
    effect: str
    sign: int
    mechanism: str
    source: str


#: Sections of shared/SCIENCE.md that edges cite.
SCIENCE_SECTIONS = {
    "§1": "Myelin and conduction",
    "§2": "From spikes to force: the motor-unit pool",
    "§3": "Fatigue and endurance",
    "§4": "Disuse and strength",
    "§5": "Spasticity",
    "§6": "Balance",
    "§7": "Load on the lumbar spine",
    "§8": "Pain in MS",
    "§9": "Fear-avoidance",
    "§10": "Medication",
    "§11": "MS facts for a simulated cohort",
}

# fmt: off
NODES: tuple[Node, ...] = (
    Node("relapse", "Relapse", "lesion", 7,
         "A relapse is a period of new or worse symptoms as new inflammation damages myelin.",
         (0.0, 5.0)),
    Node("demyelination", "Demyelination", "lesion", 1,
         "MS strips the insulating myelin from nerve fibres in the brain and spinal cord.",
         (0.0, 3.0)),
    Node("cervical_lesion", "Cervical cord lesion", "lesion", 6,
         "A lesion in the spinal cord at neck level damages fibres that carry touch and position "
         "sense.", (9.2, 7.0)),
    Node("heat", "Heat", "context", 1,
         "A small rise in body temperature can stop a damaged fibre conducting (Uhthoff's "
         "phenomenon).", (2.3, 7.0)),
    Node("disrupted_signalling", "Disrupted signalling", "signalling", 2,
         "Signals along damaged fibres arrive late, arrive smeared, or fail when they come fast.",
         (2.3, 3.0)),
    Node("sensory_delay", "Slowed sensory feedback", "signalling", 2,
         "Information about body position reaches the brain later, so balance corrections come "
         "late.", (2.3, 1.2)),
    Node("ectopic_firing", "Stretch-triggered firing", "signalling", 6,
         "Demyelinated fibres become sensitive to stretch and fire on their own when the neck "
         "bends.", (11.5, 7.0)),
    Node("weakness", "Muscle weakness", "muscle", 3,
         "With fewer signals getting through, a muscle cannot produce its usual force.",
         (4.6, 3.0)),
    Node("muscle_fatigue", "Muscle fatigue", "muscle", 3,
         "Muscles that work near their limit tire quickly and need long to recover.",
         (9.2, 5.0)),
    Node("atrophy", "Atrophy", "muscle", 3,
         "Muscles that are not used shrink and lose strength within days to weeks.",
         (4.6, -0.8)),
    Node("spasticity", "Spasticity", "compensation", 4,
         "Over-excitable stretch reflexes make muscles resist fast movement and stiffen.",
         (4.6, 5.0)),
    Node("compensation", "Compensation", "compensation", 4,
         "Other muscles take over the work of the weak ones.", (6.9, 3.0)),
    Node("overload", "Helper muscles overloaded", "compensation", 4,
         "Muscles that take over work at a larger share of their maximum than they were built for.",
         (6.9, 5.0)),
    Node("sway", "Postural sway", "posture", 5,
         "Late feedback makes standing wobble more; people stiffen to stay upright.",
         (6.9, 1.2)),
    Node("gait", "Altered gait", "posture", 5,
         "Weak or stiff legs change how a person walks, for example leaning the trunk sideways.",
         (9.2, 1.2)),
    Node("posture_change", "Posture change", "posture", 5,
         "The trunk is held bent, stiff or leaning to make up for weakness and poor balance.",
         (9.2, 3.0)),
    Node("lumbar_load", "Lumbar load", "posture", 5,
         "Bent and asymmetric postures put more force on the discs, joints and muscles of the "
         "lower back.", (11.5, 3.0)),
    Node("back_pain", "Lower back pain", "pain", 6,
         "Tissues that carry too much load for too long, with too little recovery, hurt.",
         (13.8, 3.0)),
    Node("lhermitte", "Lhermitte's sign", "pain", 6,
         "An electric-shock feeling running down the spine when the neck bends.", (13.8, 7.0)),
    Node("treatment_pain", "Treatment-related pain", "pain", 6,
         "Some medicines cause aches themselves, such as flu-like symptoms and muscle pain.",
         (2.3, 8.8)),
    Node("fear_avoidance", "Pain-related fear", "behaviour", 6,
         "Expecting movement to hurt makes people worry about it and hold back.", (13.8, 1.2)),
    Node("avoidance", "Avoiding movement", "behaviour", 6,
         "Pain, exhaustion and fear lead people to move less.", (11.5, -0.8)),
    Node("disuse", "Disuse", "behaviour", 3,
         "Less activity means muscles get less training stimulus.", (8.0, -0.8)),
    Node("neck_flexion", "Neck flexion", "context", 6,
         "Bending the head forward stretches the cervical spinal cord.", (11.5, 8.8)),
    Node("interferon", "Interferon beta", "context", 6,
         "A disease-modifying medicine that reduces relapses and can cause flu-like side effects.",
         (0.0, 8.8)),
    Node("anti_spasticity_drug", "Anti-spasticity drug", "context", 4,
         "Medicines such as baclofen lower spasticity and can make weakness more noticeable.",
         (4.6, 7.0)),
)

EDGES: tuple[Edge, ...] = (
    Edge("relapse", "demyelination", +1,
         "Each relapse adds new inflammatory demyelination.", "§11"),
    Edge("demyelination", "disrupted_signalling", +1,
         "Without myelin the current leaks away between nodes, so conduction slows, fails at high "
         "rates or is blocked.", "§1"),
    Edge("heat", "disrupted_signalling", +1,
         "Warming shortens the action potential, so fibres near their limit stop conducting.",
         "§1"),
    Edge("demyelination", "sensory_delay", +1,
         "Slower conduction in sensory pathways delays the body's position signals.", "§6"),
    Edge("disrupted_signalling", "weakness", +1,
         "Fewer and later spikes reach the muscle, so fewer motor units fire and at lower rates.",
         "§2"),
    Edge("disrupted_signalling", "spasticity", +1,
         "Damage to descending motor pathways makes stretch reflexes over-excitable.", "§5"),
    Edge("heat", "muscle_fatigue", +1,
         "Heat worsens conduction and so makes the same task more tiring.", "§1"),
    Edge("weakness", "compensation", +1,
         "A required joint moment must still be produced, so other muscles share more of it.",
         "§3"),
    Edge("weakness", "gait", +1,
         "Weak hip and trunk muscles change the walking pattern, e.g. a sideways trunk lean.",
         "§7"),
    Edge("compensation", "overload", +1,
         "Taking over the work means each helper muscle works at a larger share of its maximum.",
         "§3"),
    Edge("overload", "muscle_fatigue", +1,
         "Endurance time falls steeply as the share of maximum rises.", "§3"),
    Edge("compensation", "posture_change", +1,
         "Leaning and bracing let strong structures carry what weak muscles cannot.", "§7"),
    Edge("spasticity", "posture_change", +1,
         "Stiff, over-active muscles pull the trunk and hips out of their usual alignment.", "§5"),
    Edge("spasticity", "gait", +1,
         "Resistance to fast stretch makes steps stiff and uneven.", "§5"),
    Edge("sensory_delay", "sway", +1,
         "A longer feedback delay makes the upright body wobble more and, past a limit, fall.",
         "§6"),
    Edge("sway", "posture_change", +1,
         "To limit sway people stiffen and guard the trunk.", "§6"),
    Edge("gait", "lumbar_load", +1,
         "A sideways lean at every step bends and twists the lower back.", "§7"),
    Edge("posture_change", "lumbar_load", +1,
         "Bending forward raises the moment at L5/S1 and the force on the disc.", "§7"),
    Edge("lumbar_load", "back_pain", +1,
         "Load that exceeds what tissues can recover from produces nociceptive pain "
         "(a teaching model of load and recovery).", "§8"),
    Edge("muscle_fatigue", "back_pain", +1,
         "Exhausted back muscles ache and protect the spine less.", "§8"),
    Edge("back_pain", "fear_avoidance", +1,
         "Pain can lead to catastrophising and fear of moving.", "§9"),
    Edge("back_pain", "avoidance", +1,
         "Pain itself makes people rest more.", "§9"),
    Edge("muscle_fatigue", "avoidance", +1,
         "Exhaustion makes people cut activity short.", "§3"),
    Edge("fear_avoidance", "avoidance", +1,
         "Fear of pain leads to avoiding the movements expected to hurt.", "§9"),
    Edge("avoidance", "disuse", +1,
         "Avoided movements are movements not trained.", "§9"),
    Edge("disuse", "atrophy", +1,
         "Unused muscle shrinks, fastest in the first days.", "§4"),
    Edge("atrophy", "weakness", +1,
         "Smaller muscles are weaker: strength falls even faster than size.", "§4"),
    Edge("cervical_lesion", "ectopic_firing", +1,
         "Demyelinated dorsal-column fibres become mechanosensitive.", "§8"),
    Edge("neck_flexion", "ectopic_firing", +1,
         "Bending the neck stretches the cervical cord and triggers the damaged fibres.", "§8"),
    Edge("ectopic_firing", "lhermitte", +1,
         "The brain reads the burst of impulses as a shock running down the spine.", "§8"),
    Edge("interferon", "relapse", -1,
         "A disease-modifying drug lowers the relapse rate.", "§10"),
    Edge("interferon", "treatment_pain", +1,
         "Flu-like symptoms, muscle aches and headache are more common than on placebo.", "§10"),
    Edge("interferon", "spasticity", +1,
         "Interferon beta can increase spasticity.", "§10"),
    Edge("anti_spasticity_drug", "spasticity", -1,
         "Anti-spasticity drugs reduce reflex over-activity.", "§10"),
    Edge("anti_spasticity_drug", "weakness", +1,
         "Muscle weakness is a common side effect; reduced stiffness may also unmask weakness "
         "(an interpretation).", "§10"),
)
# fmt: on

#: The backbone of the collection, cause to effect.
BACKBONE = (
    "demyelination",
    "disrupted_signalling",
    "weakness",
    "compensation",
    "posture_change",
    "lumbar_load",
    "back_pain",
)

#: The feedback loops, each written as a closed walk along edges (first node = last node).
LOOPS = {
    "disuse": (
        "back_pain",
        "avoidance",
        "disuse",
        "atrophy",
        "weakness",
        "compensation",
        "posture_change",
        "lumbar_load",
        "back_pain",
    ),
    "overcompensation": (
        "weakness",
        "compensation",
        "overload",
        "muscle_fatigue",
        "avoidance",
        "disuse",
        "atrophy",
        "weakness",
    ),
    "fear_avoidance": (
        "back_pain",
        "fear_avoidance",
        "avoidance",
        "disuse",
        "atrophy",
        "weakness",
        "compensation",
        "posture_change",
        "lumbar_load",
        "back_pain",
    ),
}

_BY_ID = {n.id: n for n in NODES}


def node(node_id: str) -> Node:
    """The node called ``node_id``; a clear error lists the valid ids if it does not exist."""
    try:
        return _BY_ID[node_id]
    except KeyError:
        valid = ", ".join(sorted(_BY_ID))
        raise ValueError(f"unknown node {node_id!r}; valid nodes are: {valid}") from None


def node_ids() -> list[str]:
    """All node ids in definition order."""
    return [n.id for n in NODES]


def causes(node_id: str) -> list[str]:
    """The direct causes of a node (the tails of its incoming edges)."""
    node(node_id)
    return [e.cause for e in EDGES if e.effect == node_id]


def effects(node_id: str) -> list[str]:
    """The direct effects of a node (the heads of its outgoing edges)."""
    node(node_id)
    return [e.effect for e in EDGES if e.cause == node_id]


def _reach(node_id: str, step) -> list[str]:
    seen: list[str] = []
    queue = deque(step(node_id))
    while queue:
        current = queue.popleft()
        if current in seen or current == node_id:
            continue
        seen.append(current)
        queue.extend(step(current))
    return seen


def upstream(node_id: str) -> list[str]:
    """Every node from which ``node_id`` can be reached (its direct and indirect causes).

    Breadth-first, so nearer causes come first. The node itself is not included, even when it
    lies on a loop.
    """
    return _reach(node_id, causes)


def downstream(node_id: str) -> list[str]:
    """Every node that ``node_id`` can reach (its direct and indirect effects), nearest first."""
    return _reach(node_id, effects)


def edge(cause: str, effect: str) -> Edge:
    """The edge from ``cause`` to ``effect``; a clear error if there is none."""
    for e in EDGES:
        if e.cause == cause and e.effect == effect:
            return e
    raise ValueError(f"there is no edge {cause!r} -> {effect!r} in the chain")


def loop(name: str) -> tuple[str, ...]:
    """The walk of the feedback loop ``name`` of :data:`LOOPS`; a clear error names the loops."""
    try:
        return LOOPS[name]
    except KeyError:
        raise ValueError(f"loop must be one of {', '.join(LOOPS)} (got {name!r})") from None


def loop_words(name: str) -> str:
    """The loop as readable text: 'Lower back pain → Avoiding movement → ...'."""
    return " → ".join(node(n).label for n in loop(name))


def is_cycle(walk: tuple[str, ...]) -> bool:
    """True when ``walk`` starts and ends at the same node and each step is an edge."""
    pairs = {(e.cause, e.effect) for e in EDGES}
    closed = len(walk) > 2 and walk[0] == walk[-1]
    return closed and all((a, b) in pairs for a, b in zip(walk, walk[1:], strict=False))


def edges_frame():
    """The edges as a pandas DataFrame (one row per cause-effect link)."""
    import pandas as pd

    rows = [
        {
            "cause": e.cause,
            "effect": e.effect,
            "sign": e.sign,
            "mechanism": e.mechanism,
            "source": e.source,
        }
        for e in EDGES
    ]
    return pd.DataFrame(rows)
