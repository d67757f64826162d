"""The facts about people, nerves and muscles that the notebooks state, with their evidence.

Each lesson lists the facts its notebook states in ``msbackpain/lessons/<topic>/facts.py``
(``FACTS``, a tuple of :class:`Fact`), so a lecturer preparing one notebook finds every number
it teaches with its grade and sources in one place, and the evidence page lists them all. A
test checks that each fact's ``value`` appears in its notebook's text, so the list and the text
cannot drift apart.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from msbackpain.evidence.grades import DERIVED, GRADES, MEASURED, check_grade


@dataclass(frozen=True)
class Fact:
    """One fact a notebook states.

    ``statement``: the fact in plain words; ``value``: the number exactly as the notebook
    writes it (e.g. ``"58%"``); ``grade`` and ``sources`` as for every piece of evidence;
    ``note``: in whom it was measured, or what limits it.
    """

    statement: str
    value: str
    grade: str
    sources: tuple[str, ...]
    note: str = ""

    def __post_init__(self):
        if not self.statement.strip() or not self.value.strip():
            raise ValueError(f"a fact needs a statement and a value (got {self!r})")
        check_grade(self.grade, self.sources, f"fact {self.statement!r}")


#: Facts stated in more than one notebook, defined once; a lesson lists them as
#: ``SHARED["name"]`` in its ``FACTS``.
SHARED = {
    "foley_people": Fact(
        "People with MS in the pooled studies",
        "7101",
        MEASURED,
        ("foley2013",),
        "The total across the 28 studies.",
    ),
    "foley_any_pain": Fact(
        "People with MS who had pain of any kind, pooled",
        "63%",
        MEASURED,
        ("foley2013",),
        "Pooled over 28 studies with 7101 people with MS, which asked in different ways and over "
        "different time frames (pain now, over a period, or ever). 95% confidence interval 55 to "
        "70%.",
    ),
    "foley_back_pain": Fact(
        "People with MS who reported back pain (a broad category), pooled",
        "20%",
        MEASURED,
        ("foley2013",),
        "Pooled over 28 studies with 7101 people with MS, which asked in different ways and over "
        "different time frames (pain now, over a period, or ever). 95% confidence interval 13 to "
        "28%. A broad category from older studies; low back pain asked about specifically is "
        "reported far more often.",
    ),
    "low_back_pain_review": Fact(
        "People with MS who have low back pain, asked about it specifically",
        "41.6–52.4%",
        MEASURED,
        ("massot2021",),
        "Range across the studies of low back pain specifically in a 2021 systematic review.",
    ),
    "foley_lhermitte": Fact(
        "People with MS who had Lhermitte's sign, pooled",
        "16%",
        MEASURED,
        ("foley2013",),
        "Pooled over 28 studies with 7101 people with MS, which asked in different ways and over "
        "different time frames (pain now, over a period, or ever). A pooled prevalence over mixed "
        "time frames, not the share who have the sign at any one moment; 95% confidence interval "
        "10 to 25%.",
    ),
    "hursh_velocity": Fact(
        "Conduction velocity of myelinated fibres per µm of fibre diameter",
        "6 m/s per µm",
        MEASURED,
        ("hursh1939",),
        "An empirical rule from cat and rabbit peripheral nerves; it describes large myelinated "
        "fibres and should not be stretched to the thinnest ones.",
    ),
    "heat_sensitivity": Fact(
        "People with MS who reported heat sensitivity, in one survey",
        "58%",
        MEASURED,
        ("flensner2011",),
        "Questionnaire survey in Sweden, people with MS aged 20 to 65 with EDSS 0 to 6.5; 58% of "
        "the 256 who answered.",
    ),
    "cameron_correlation": Fact(
        "Correlation of postural response latency with spinal sensory conduction latency",
        "r = 0.73",
        MEASURED,
        ("cameron2008",),
        "Latency of spinal somatosensory evoked potentials, in the people with MS.",
    ),
    "elbow_curve_range": Fact(
        "Range of loads at which the exponential curve was measured",
        "30–70%",
        MEASURED,
        ("ergonomics2018",),
        "Isometric elbow flexion held to exhaustion by 30 young adults at 30–70% of maximum. Using"
        " it below 30%, or for back and hip muscles, is an extrapolation.",
    ),
    "trunk_fatigue_rate": Fact(
        "Trunk: fatigue rate F of the three-compartment model (recovery rate R = 0.00075 per s)",
        "0.00755",
        MEASURED,
        ("freylaw2012",),
        "Fitted by Frey-Law, Looft & Heitsman to endurance times pooled from many studies of "
        "healthy adults (three-compartment model); per second.",
    ),
    "trunk_recovery_rate": Fact(
        "Trunk: recovery rate R of the three-compartment model",
        "0.00075",
        MEASURED,
        ("freylaw2012",),
        "Fitted by Frey-Law, Looft & Heitsman to endurance times pooled from many studies of "
        "healthy adults (three-compartment model); per second.",
    ),
    "no_limit_load_range": Fact(
        "Largest load held with no time limit, R/(F + R), across the published per-joint pairs",
        "6–9%",
        DERIVED,
        ("freylaw2012",),
        "Computed in the notebook from the six pairs (6.1–9.3%); the paper gives the same range. "
        "The collection's fatigue model uses the trunk pair (9.0%); a fit to the elbow curve, "
        "measured only at 30–70%, would give 16%, which contradicts it.",
    ),
    "trunk_no_limit_load": Fact(
        "Largest load held with no time limit for the trunk pair, R/(F + R)",
        "9.0%",
        DERIVED,
        ("freylaw2012",),
        "0.00075 / (0.00755 + 0.00075), computed in the notebook.",
    ),
    "sustained_hold_limit": Fact(
        "Endurance limit of a sustained static contraction held over an hour",
        "7.9%",
        MEASURED,
        ("bjorksten1977",),
        "Laboratory study of healthy adults over 60 minutes, in % of maximal force.",
    ),
    "slouched_sitting_pressure": Fact(
        "L4–L5 disc pressure, relaxed slouched sitting",
        "0.30 MPa",
        MEASURED,
        ("wilke1999",),
        "A relaxed, slumped posture; lower than upright sitting in this one man. Not a "
        "recommendation of a way to sit.",
    ),
    "unsupported_sitting_pressure": Fact(
        "L4–L5 disc pressure, sitting upright without a backrest",
        "0.46 MPa",
        MEASURED,
        ("wilke1999",),
        "One healthy 70 kg man.",
    ),
    "sitting_vs_standing": Fact(
        "L4–L5 disc pressure, sitting upright without a backrest vs relaxed standing: a little "
        "lower sitting in the one volunteer measured with a modern sensor",
        "0.46 vs 0.50 MPa",
        MEASURED,
        ("wilke1999", "nachemson1981"),
        "One healthy 70 kg man. Older measurements summarised by Nachemson (1981) found "
        "unsupported sitting about 40% above standing, so the two series disagree: no notebook "
        "should say that sitting as such loads the disc more (or less) than standing.",
    ),
    "reclined_sitting": Fact(
        "Disc pressure in reclined, supported postures compared with upright standing",
        "50–80%",
        MEASURED,
        ("nachemson1981",),
        "Lower by 50–80% in reclined postures with support, in older in-vivo measurements "
        "reviewed by Nachemson; a backrest that carries the trunk unloads the disc.",
    ),
    "exercise_pain_smd": Fact(
        "Effect of exercise or physiotherapy on pain in MS against control (standardised mean "
        "difference)",
        "−0.46",
        MEASURED,
        ("demaneuf2019",),
        "Meta-analysis of 10 randomised trials, 389 people, high risk of bias.",
    ),
    "exercise_pain_ci": Fact(
        "95% confidence interval of that standardised mean difference",
        "95% CI −0.92 to 0.00",
        MEASURED,
        ("demaneuf2019",),
        "The interval reaches zero: the size of the benefit is uncertain.",
    ),
    "exercise_pain_points": Fact(
        "The same effect on a 0–10 pain scale",
        "−0.9 points",
        DERIVED,
        ("demaneuf2019",),
        "Standardised mean difference × an assumed standard deviation of pain of about 2 points. "
        "The whole-chain model's training is calibrated to land near it (notebook 07).",
    ),
}


def lesson_facts(stem: str) -> tuple[Fact, ...]:
    """The facts notebook ``stem`` states (empty when its lesson lists none)."""
    try:
        module = importlib.import_module(f"msbackpain.lessons.{stem[3:]}.facts")
    except ModuleNotFoundError:
        return ()
    return tuple(module.FACTS)


def all_facts() -> dict[str, tuple[Fact, ...]]:
    """Every lesson's facts, by notebook stem, in the order of the collection."""
    from msbackpain.lessons import LESSONS

    return {lesson.stem: lesson_facts(lesson.stem) for lesson in LESSONS}


def counts() -> dict[str, int]:
    """How many stated facts have each grade (a fact stated in two notebooks counts twice)."""
    facts = [f for group in all_facts().values() for f in group]
    return {g: sum(f.grade == g for f in facts) for g in GRADES}
