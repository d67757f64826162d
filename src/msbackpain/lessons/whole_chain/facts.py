"""Facts notebook 07 states, with their evidence (see msbackpain.evidence.facts).

The numbers the whole-chain model computes in front of the reader are not listed here; the
model's own parameters carry their grades in :mod:`msbackpain.whole_chain.model`.
"""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED

FACTS = (
    SHARED["heat_sensitivity"],
    Fact(
        "Refractory period of transmission in demyelinated central axons, relative to normal",
        "2–5×",
        MEASURED,
        ("felts1997",),
        "Typical values (up to 34×) in animal central axons running through an experimental "
        "demyelinating lesion. The whole-chain wiring reaches 3× at lesion severity 5, which the "
        "collection's own nerve model contradicts (next facts).",
    ),
    Fact(
        "Refractory period of the collection's nerve model (notebook 01) up to lesion severity 4–5",
        "about 1.0× normal",
        DERIVED,
        ("hodgkin1952",),
        "Two-pulse runs of the node-chain model (30 nodes, 6-node lesion, strong stimulus); the "
        "value depends on the stimulus and lesion settings.",
    ),
    Fact(
        "Refractory period of the collection's nerve model at lesion severity 5–6",
        "1.35–1.7×",
        DERIVED,
        ("hodgkin1952",),
        "Same two-pulse runs as above.",
    ),
    Fact(
        "Refractory period of the collection's nerve model at lesion severity 7–7.5, close to "
        "block",
        "2.1–2.6×",
        DERIVED,
        ("hodgkin1952",),
        "Same two-pulse runs; conduction blocks near severity 7.6.",
    ),
    SHARED["unsupported_sitting_pressure"],
    SHARED["slouched_sitting_pressure"],
    SHARED["exercise_pain_smd"],
    SHARED["exercise_pain_ci"],
    SHARED["exercise_pain_points"],
    Fact(
        "Fall in pain on a 0–10 scale that patients rated as 'much improved'",
        "2 points or of 30%",
        MEASURED,
        ("farrar2001",),
        "2,724 people with chronic pain in 10 placebo-controlled trials of one drug.",
    ),
    Fact(
        "People with MS in a cross-over study in whom measured isometric strength did not "
        "change with baclofen or tizanidine",
        "16",
        MEASURED,
        ("crossover1988",),
        "Weakness is still reported as a side effect (Bass et al. 1988); the model's strength "
        "penalty for the drug is not supported by measured strength.",
    ),
    Fact(
        "Relapse rate range used for the simulated people",
        "0.2–0.5 a year",
        ASSUMPTION,
        (),
        "A teaching choice, not a measured rate; the example people have 0.4 a year.",
    ),
)
