"""Facts notebook 07 states, with their evidence (see msbackpain.evidence.facts).

The numbers the whole-chain model computes in front of the reader are not listed here (they are
results: :mod:`msbackpain.lessons.whole_chain.results`); the model's own parameters carry their
grades in :mod:`msbackpain.whole_chain.model`.
"""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, MEASURED

FACTS = (
    SHARED["heat_sensitivity"],
    Fact(
        "Refractory period of transmission in demyelinated central axons, relative to normal",
        "2–5×",
        MEASURED,
        ("felts1997",),
        "Typical values (up to 34×) in animal central axons running through an experimental "
        "demyelinating lesion. The whole chain takes the refractory period from the collection's "
        "own nerve model, which reaches this range only as a lesion nears block.",
    ),
    Fact(
        "Disc pressure in reclined, supported sitting, against standing",
        "50–80%",
        MEASURED,
        ("nachemson1981",),
        "Lower than standing by this much in Nachemson's review of intradiscal pressure "
        "measurements; the model's seat takes the smallest reduction (an assumption).",
    ),
    Fact(
        "Knee-extensor strength gained after 12 weeks of progressive resistance training in MS",
        "about 16%",
        MEASURED,
        ("dalgas2009",),
        "15.7% (95% CI 4.3 to 27.0%) in a randomised trial of 38 people with moderate MS; the "
        "model applies it to the back extensors (an assumption).",
    ),
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
        "Weakness is still reported as a side effect (Bass et al. 1988); the model gives the "
        "drug a small loss of function, not of measured strength (an interpretation).",
    ),
    Fact(
        "Relapse rate range used for the simulated people",
        "0.2–0.5 a year",
        ASSUMPTION,
        (),
        "A teaching choice, not a measured rate; the example people have 0.4 a year.",
    ),
)
