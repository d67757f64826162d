"""The causal chain from a demyelinating lesion to lower back pain, as data.

This graph is the single source of truth for the overview diagram (notebook 00), the whole-chain
simulation and the diary generator's ground truth. Each node has a stage (its colour in every
figure), the notebook that explains it and one plain-language sentence; each edge has a sign
(+1: more cause, more effect; -1: more cause, less effect), one sentence on the mechanism, the
keys of its sources in the reference list and an evidence grade (measured, derived or
assumption; see :mod:`msbackpain.evidence.grades`), with a note on what is uncertain.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED, check_grade


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
    """A cause-effect link: its sign, mechanism, evidence grade and sources.

    ``sources`` are keys of the reference list (:mod:`msbackpain.evidence`); ``grade`` is
    measured, derived or assumption; ``note`` says in whom it was measured, or what is uncertain.
    """

    cause: str
    effect: str
    sign: int
    mechanism: str
    sources: tuple[str, ...]
    grade: str
    note: str = ""

    def __post_init__(self):
        check_grade(self.grade, self.sources, f"edge {self.cause} -> {self.effect}")


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
         "sense.", (10.4, 7.0)),
    Node("heat", "Heat", "context", 1,
         "A small rise in body temperature can stop a damaged fibre conducting (Uhthoff's "
         "phenomenon).", (2.6, 7.0)),
    Node("disrupted_signalling", "Disrupted signalling", "signalling", 2,
         "Signals along damaged fibres arrive late, arrive smeared, or fail when they come fast.",
         (2.6, 3.0)),
    Node("sensory_delay", "Slowed sensory feedback", "signalling", 2,
         "Information about body position reaches the brain later, so balance corrections come "
         "late.", (2.6, 1.2)),
    Node("ectopic_firing", "Stretch-triggered firing", "signalling", 6,
         "Demyelinated fibres become sensitive to stretch and fire on their own when the neck "
         "bends.", (13.0, 7.0)),
    Node("weakness", "Muscle weakness", "muscle", 3,
         "With fewer signals getting through, a muscle cannot produce its usual force.",
         (5.2, 3.0)),
    Node("muscle_fatigue", "Muscle fatigue", "muscle", 3,
         "Muscles that work near their limit tire quickly and need long to recover.",
         (10.4, 5.0)),
    Node("atrophy", "Atrophy", "muscle", 3,
         "Muscles that are not used shrink and lose strength within days to weeks.",
         (5.2, -0.8)),
    Node("spasticity", "Spasticity", "compensation", 4,
         "Over-excitable stretch reflexes make muscles resist fast movement and stiffen.",
         (5.2, 5.0)),
    Node("compensation", "Compensation", "compensation", 4,
         "A person changes how they hold and move (hinging at the hips, leaning on the arms or on "
         "ligaments and fascia, bracing) so that weak back muscles do less.", (7.8, 3.0)),
    Node("overload", "Other tissues overloaded", "compensation", 4,
         "What a new strategy leans on (the remaining back muscles, the hip muscles when hinging, "
         "the arms, passive tissues) works at a larger share of its maximum.",
         (7.8, 5.0)),
    Node("sway", "Postural sway", "posture", 5,
         "Late feedback makes standing wobble more; people stiffen to stay upright.",
         (7.8, 1.2)),
    Node("gait", "Altered gait", "posture", 5,
         "Weak or stiff legs change how a person walks, for example leaning the trunk sideways.",
         (10.4, 1.2)),
    Node("posture_change", "Posture change", "posture", 5,
         "The trunk is held bent, stiff or leaning to make up for weakness and poor balance.",
         (10.4, 3.0)),
    Node("lumbar_load", "Lumbar load", "posture", 5,
         "Bent and asymmetric postures put more force on the discs, joints and muscles of the "
         "lower back.", (13.0, 3.0)),
    Node("back_pain", "Lower back pain", "pain", 6,
         "Pain in the lower back; load the back is not used to, tired muscles, spasms, the "
         "nervous system's sensitivity, mood, sleep and fatigue all change how much it hurts.",
         (15.6, 3.0)),
    Node("lhermitte", "Lhermitte's sign", "pain", 6,
         "An electric-shock feeling running down the spine when the neck bends.", (15.6, 7.0)),
    Node("treatment_pain", "Treatment-related pain", "pain", 6,
         "Some medicines cause aches themselves, such as flu-like symptoms and muscle pain.",
         (2.6, 8.8)),
    Node("fear_avoidance", "Pain-related fear", "behaviour", 6,
         "Expecting movement to hurt makes people worry about it and hold back.", (15.6, 1.2)),
    Node("avoidance", "Avoiding movement", "behaviour", 6,
         "Pain, exhaustion and fear lead people to move less.", (13.0, -0.8)),
    Node("disuse", "Disuse", "behaviour", 3,
         "Less activity means muscles get less training stimulus.", (9.0, -0.8)),
    Node("neck_flexion", "Neck flexion", "context", 6,
         "Bending the head forward stretches the cervical spinal cord.", (13.0, 8.8)),
    Node("interferon", "Interferon beta", "context", 6,
         "A disease-modifying medicine that reduces relapses and can cause flu-like side effects.",
         (0.0, 8.8)),
    Node("anti_spasticity_drug", "Anti-spasticity drug", "context", 4,
         "Medicines such as baclofen lower spasticity and can make weakness more noticeable.",
         (5.2, 7.0)),
    Node("painful_spasms", "Painful spasms", "pain", 4,
         "Sudden, strong muscle contractions that hurt, set off by over-excitable reflexes.",
         (7.8, 7.0)),
    Node("sitting", "Long sitting and wheelchair use", "context", 5,
         "Hours in one seated position, with trunk muscles that tire or a seat that does not "
         "fit, shape how the back is held.", (13.0, 5.0)),
    Node("corticosteroids", "Steroid courses for relapses", "context", 6,
         "A short course of high-dose steroids can speed recovery from a relapse.",
         (0.0, -0.8)),
    Node("bone_loss", "Bone loss", "muscle", 6,
         "Bones lose density when they carry little load, and with repeated or long steroid "
         "treatment.", (9.0, -2.6)),
    Node("vertebral_fracture", "Vertebral fracture", "pain", 6,
         "A weakened vertebra can crack or compress under everyday loads, which can hurt.",
         (18.9, -0.8)),
    Node("sensitisation", "Pain amplified by the nervous system", "pain", 6,
         "Pain that lasts can change how the nervous system handles signals, so that the same "
         "input hurts more (nociplastic pain).", (18.9, 3.0)),
    Node("mood_sleep_fatigue", "Mood, sleep and fatigue", "behaviour", 6,
         "Low mood, poor sleep and fatigue make pain harder to bear, and pain makes them worse.",
         (18.9, 5.0)),
)

EDGES: tuple[Edge, ...] = (
    Edge("relapse", "demyelination", +1,
         "Each relapse adds new inflammatory demyelination.",
         ("compston2008",), MEASURED),
    Edge("demyelination", "disrupted_signalling", +1,
         "Without myelin the current leaks away between nodes, so conduction slows, fails at high "
         "rates or is blocked.",
         ("felts1997", "rasminsky1973", "schauf1974"), MEASURED,
         "Measured in experimentally demyelinated animal nerve fibres; notebook 01's model "
         "reproduces the trend."),
    Edge("heat", "disrupted_signalling", +1,
         "Warming shortens the action potential, so fibres near their limit stop conducting.",
         ("rasminsky1973", "flensner2011"), MEASURED,
         "Block on warming was measured in demyelinated animal fibres; in people, worse symptoms "
         "in heat are self-reported (58% in one survey)."),
    Edge("demyelination", "sensory_delay", +1,
         "Slower conduction in sensory pathways delays the body's position signals.",
         ("cameron2008",), MEASURED,
         "Ten people with MS selected for imbalance: later postural responses, correlated with "
         "slower spinal sensory conduction."),
    Edge("disrupted_signalling", "weakness", +1,
         "Fewer and later spikes reach the muscle, so fewer motor units fire and at lower rates.",
         ("fuglevand1993", "felts1997"), DERIVED,
         "Worked out with a published motor-unit model fed with spikes that fail."),
    Edge("disrupted_signalling", "spasticity", +1,
         "Damage to descending motor pathways makes stretch reflexes over-excitable.",
         ("lance1980", "rizzo2004"), MEASURED),
    Edge("heat", "muscle_fatigue", +1,
         "Heat worsens conduction and so makes the same task more tiring.",
         ("flensner2011",), MEASURED,
         "Self-reported: heat-sensitive people with MS report more fatigue in heat."),
    Edge("weakness", "compensation", +1,
         "A task still needs its joint moments, so a person changes strategy: other structures "
         "that cross the same joint, passive tissues, bracing or support take a share.",
         ("winter2009",), ASSUMPTION,
         "That the moment must still be produced is mechanics; which strategy a person uses, and "
         "how much it shifts, has not been measured in MS."),
    Edge("weakness", "gait", +1,
         "Weak hip and trunk muscles change the walking pattern, e.g. a sideways trunk lean.",
         ("winter2009",), DERIVED,
         "Worked out from body-segment masses and the moment about the stance hip."),
    Edge("compensation", "overload", +1,
         "Each strategy moves load somewhere else, which then works at a larger share of its "
         "maximum.",
         ("winter2009",), ASSUMPTION,
         "Only structures that cross the lower back can share a lower-back moment; hip muscles "
         "act about the hip."),
    Edge("overload", "muscle_fatigue", +1,
         "Endurance time falls steeply as the share of maximum rises.",
         ("freylaw2012", "bjorksten1977", "rohmert1960"), MEASURED),
    Edge("compensation", "posture_change", +1,
         "Leaning and bracing let strong structures carry what weak muscles cannot.",
         (), ASSUMPTION,
         "A common clinical picture; the size of the change is a teaching choice."),
    Edge("spasticity", "posture_change", +1,
         "Spastic hip flexors pull the front of the pelvis down (a forward pelvic tilt), which "
         "arches the lower back; stiff trunk muscles hold it out of its usual alignment.",
         (), ASSUMPTION,
         "A common clinical picture; how much the pelvis tilts, and how often, has not been "
         "measured in the sources of this collection."),
    Edge("spasticity", "gait", +1,
         "Resistance to fast stretch makes steps stiff and uneven.",
         ("lance1980",), ASSUMPTION,
         "Follows from the definition of spasticity; its size in walking is a teaching choice."),
    Edge("sensory_delay", "sway", +1,
         "A longer feedback delay makes the upright body wobble more and, past a limit, fall.",
         ("peterka2002", "cameron2008"), DERIVED,
         "Worked out with a published model of standing balance; people with MS sway more and "
         "fall often."),
    Edge("sway", "posture_change", +1,
         "To limit sway people stiffen and guard the trunk.",
         (), ASSUMPTION),
    Edge("gait", "lumbar_load", +1,
         "A sideways lean at every step bends and twists the lower back.",
         ("winter2009",), DERIVED),
    Edge("posture_change", "lumbar_load", +1,
         "Bending forward raises the moment at L5/S1 and the force on the disc.",
         ("wilke1999", "winter2009"), MEASURED,
         "Disc pressure by posture was measured in one person; the moment is worked out from "
         "body-segment masses."),
    Edge("lumbar_load", "back_pain", +1,
         "Load that exceeds what tissues are used to, for long, with little recovery, can make "
         "the back sore (a teaching model of load and recovery).",
         ("truini2013",), ASSUMPTION,
         "Tissue load goes with back pain only weakly; spines adapt to load. Posture-related "
         "(nociceptive) back pain is a recognised kind of pain in MS, but the model's load-to-"
         "pain rule is a teaching choice."),
    Edge("muscle_fatigue", "back_pain", +1,
         "Exhausted back muscles ache and protect the spine less.",
         (), ASSUMPTION),
    Edge("back_pain", "fear_avoidance", +1,
         "Pain can lead to worry about pain and fear of moving.",
         ("vlaeyen2000", "leeuw2007"), MEASURED,
         "Studied in people with back pain in general, not specifically in MS."),
    Edge("back_pain", "avoidance", +1,
         "Pain itself makes people rest more.",
         ("leeuw2007",), ASSUMPTION),
    Edge("muscle_fatigue", "avoidance", +1,
         "Exhaustion makes people cut activity short.",
         (), ASSUMPTION),
    Edge("fear_avoidance", "avoidance", +1,
         "Fear of pain leads to avoiding the movements expected to hurt.",
         ("vlaeyen2000", "leeuw2007"), MEASURED,
         "Studied in people with back pain in general, not specifically in MS."),
    Edge("avoidance", "disuse", +1,
         "Avoided movements are movements not trained.",
         ("bousema2007", "leeuw2007"), ASSUMPTION,
         "Plausible but not established: in low back pain a one-year cohort found no signs of "
         "physical deconditioning after onset."),
    Edge("disuse", "atrophy", +1,
         "Unused muscle shrinks, fastest in the first days.",
         ("marusic2021",), MEASURED,
         "Measured in healthy adults on bed rest."),
    Edge("atrophy", "weakness", +1,
         "Smaller muscles are weaker: strength falls even faster than size.",
         ("marusic2021", "muir2011"), MEASURED,
         "Measured in healthy adults on bed rest; back extensors lose about half as much as the "
         "knee extensors (12% against 26% after 90 days)."),
    Edge("cervical_lesion", "ectopic_firing", +1,
         "Demyelinated dorsal-column fibres become sensitive to stretch.",
         ("alaraji2005", "truini2013"), MEASURED,
         "In one clinic cohort, 17 of 18 people with the sign who had a neck MRI showed a lesion "
         "there, and so did 13 of 25 who never had the sign: a lesion makes it likely, not "
         "certain."),
    Edge("neck_flexion", "ectopic_firing", +1,
         "Bending the neck stretches the cervical cord and triggers the damaged fibres.",
         ("truini2013",), MEASURED),
    Edge("ectopic_firing", "lhermitte", +1,
         "The burst of impulses runs up to the brain, which feels it as a shock down the spine "
         "and limbs.",
         ("truini2013",), MEASURED),
    Edge("interferon", "relapse", -1,
         "A disease-modifying drug lowers the relapse rate.",
         ("ifnb1993",), MEASURED),
    Edge("interferon", "treatment_pain", +1,
         "Flu-like symptoms, muscle aches and headache are more common than on placebo.",
         ("andersen2004",), MEASURED,
         "One trial of a low-dose, once-weekly regimen in secondary-progressive MS."),
    Edge("interferon", "spasticity", +1,
         "Interferon beta can increase spasticity.",
         ("walther1999",), MEASURED,
         "Reported in a review of side effects; no size is given."),
    Edge("anti_spasticity_drug", "spasticity", -1,
         "Anti-spasticity drugs reduce reflex over-activity.",
         ("bass1988", "stien1987"), MEASURED),
    Edge("anti_spasticity_drug", "weakness", +1,
         "People often report weakness as a side effect; less stiffness may also unmask "
         "weakness (an interpretation).",
         ("bass1988", "crossover1988"), MEASURED,
         "Weakness is a common reported side effect, but in a small cross-over trial measured "
         "muscle strength did not change: the weakness is felt in function."),
    Edge("spasticity", "painful_spasms", +1,
         "Over-excitable reflexes can set off sudden, sustained contractions that hurt through "
         "the muscle's own pain nerves.",
         ("truini2013", "foley2013"), MEASURED,
         "Painful spasms were reported by about 15% of people with MS in a pooled analysis of "
         "surveys; they are classed as a mixed pain, from the central lesion acting through "
         "muscle."),
    Edge("painful_spasms", "back_pain", +1,
         "Spasms of trunk and hip muscles add to pain felt in the lower back.",
         ("truini2013",), ASSUMPTION,
         "Surveys count painful spasms apart from back pain; how much spasms add to back pain "
         "has not been measured."),
    Edge("relapse", "corticosteroids", +1,
         "A relapse is often treated with a short course of steroids to speed recovery.",
         ("burton2012",), MEASURED,
         "Not every relapse is treated; whether to treat is decided by the person and their "
         "team."),
    Edge("corticosteroids", "bone_loss", +1,
         "Steroids slow the building of new bone, so bone density falls.",
         ("compston2018", "bazelier2011", "bazelier2012"), MEASURED,
         "Measured for continued steroid treatment; in people with MS, recent steroid "
         "prescriptions went with more fractures in one registry, while a single short course "
         "did not clearly raise the risk in another."),
    Edge("disuse", "bone_loss", +1,
         "Bone that carries little load loses density.",
         ("gupta2014",), MEASURED,
         "People with MS have lower bone density and more fractures; low activity is thought to "
         "be the main reason, but most studies are cross-sectional."),
    Edge("bone_loss", "vertebral_fracture", +1,
         "Less dense vertebrae can crack or compress under everyday loads.",
         ("compston2018",), MEASURED,
         "Vertebral fractures are the typical fracture of steroid-related bone loss."),
    Edge("vertebral_fracture", "back_pain", +1,
         "A new vertebral fracture often causes back pain.",
         ("nevitt1998",), MEASURED,
         "Measured in older women, not in MS; many vertebral fractures cause no symptoms and are "
         "found only on an X-ray."),
    Edge("back_pain", "sensitisation", +1,
         "Pain that lasts can make the nervous system more responsive to signals from the body.",
         ("kosek2016",), ASSUMPTION,
         "Pain from altered processing without clear tissue or nerve damage is a recognised "
         "kind of pain (nociplastic); how often it adds to back pain in MS has not been "
         "measured."),
    Edge("sensitisation", "back_pain", +1,
         "An amplifying nervous system makes the same input from the back hurt more.",
         ("kosek2016",), ASSUMPTION,
         "Part of the definition of nociplastic pain; its size is not known."),
    Edge("mood_sleep_fatigue", "back_pain", +1,
         "Fatigue, low mood and poor sleep make pain harder to bear and can make it stronger.",
         ("marck2017", "kratz2017"), MEASURED,
         "Associations, not proof of cause: in an online survey of 2,362 people with MS, "
         "substantial pain went with fatigue (odds ratio 6.7), depression (4.0) and anxiety "
         "(2.4); in 107 people rating symptoms five times a day, fatigue and pain each "
         "predicted the other a few hours later. Sleep is included as a clinical picture."),
    Edge("back_pain", "mood_sleep_fatigue", +1,
         "Pain drains energy, disturbs sleep and lowers mood.",
         ("marck2017", "kratz2017"), MEASURED,
         "The same associations; within a day, higher pain was followed by higher fatigue, but "
         "neither carried over to the next day."),
    Edge("sitting", "lumbar_load", +1,
         "Hours in one seated position keep the lower back loaded the same way, often bent "
         "forward when trunk muscles tire.",
         ("wilke1999",), ASSUMPTION,
         "Disc pressure in upright sitting was about the same as in standing in the one man "
         "measured; the link stands for time spent in one position, a teaching assumption."),
    Edge("sitting", "posture_change", +1,
         "With weak trunk muscles a seated person slumps or leans to one side, more so in a "
         "seat that does not fit.",
         (), ASSUMPTION,
         "A common clinical picture in wheelchair users; not measured in the sources of this "
         "collection."),
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
            "grade": e.grade,
            "sources": ", ".join(e.sources),
        }
        for e in EDGES
    ]
    return pd.DataFrame(rows)
