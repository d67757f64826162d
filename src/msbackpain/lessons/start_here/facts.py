"""Facts notebook 00 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import MEASURED

_FOLEY = (
    "Pooled over 28 studies with 7101 people with MS, which asked in different ways and over "
    "different time frames (pain now, over a period, or ever)."
)

FACTS = (
    Fact(
        "Studies pooled in the meta-analysis of pain in MS",
        "28 studies",
        MEASURED,
        ("foley2013",),
        "Systematic review and meta-analysis of pain prevalence in adults with MS.",
    ),
    SHARED["foley_people"],
    SHARED["foley_any_pain"],
    Fact(
        "People with MS who had headache, pooled",
        "43%",
        MEASURED,
        ("foley2013",),
        _FOLEY + " 95% confidence interval 33 to 52%.",
    ),
    Fact(
        "People with MS who had neuropathic extremity pain, pooled",
        "26%",
        MEASURED,
        ("foley2013",),
        _FOLEY + " The widest interval of the table: 7 to 53%.",
    ),
    Fact(
        "95% confidence interval of neuropathic extremity pain",
        "7 to 53",
        MEASURED,
        ("foley2013",),
        "The studies behind this row disagreed widely.",
    ),
    SHARED["foley_back_pain"],
    Fact(
        "95% confidence interval of back pain",
        "13 to 28",
        MEASURED,
        ("foley2013",),
        "Pooled estimate of the broad category 'back pain'.",
    ),
    SHARED["low_back_pain_review"],
    SHARED["foley_lhermitte"],
    Fact(
        "People with MS who had painful spasms, pooled",
        "15%",
        MEASURED,
        ("foley2013",),
        _FOLEY + " 95% confidence interval 8.5 to 23%.",
    ),
    Fact(
        "People with MS who had trigeminal neuralgia, pooled",
        "3.8%",
        MEASURED,
        ("foley2013",),
        _FOLEY + " 95% confidence interval 2 to 6%.",
    ),
    Fact(
        "Average silent reading rate of adults for English non-fiction",
        "238 words a minute",
        MEASURED,
        ("brysbaert2019",),
        "Meta-analysis of 190 studies (18,573 participants); the stated study times use the "
        "low end of the usual range, since studying is slower than reading.",
    ),
    Fact(
        "Range of most adults' silent reading rates for English non-fiction",
        "175–300 words a minute",
        MEASURED,
        ("brysbaert2019",),
        "The same meta-analysis.",
    ),
)
