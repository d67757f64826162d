"""Facts notebook 04 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import MEASURED

_RIZZO = (
    "Self-reported spasticity severity in a survey of the NARCOMS registry (people with MS in "
    "North America); self-report, not clinical examination."
)

FACTS = (
    # --- endurance at low loads
    SHARED["sustained_hold_limit"],
    SHARED["trunk_fatigue_rate"],
    SHARED["trunk_recovery_rate"],
    SHARED["no_limit_load_range"],
    SHARED["elbow_curve_range"],
    # --- spasticity in MS
    Fact(
        "People with MS in a large registry survey who report some spasticity",
        "more than 80%",
        MEASURED,
        ("bethoux2016",),
        "Survey of 10,353 NARCOMS registry participants (North America); self-report.",
    ),
    Fact("Spasticity severity reported as none", "16%", MEASURED, ("rizzo2004",), _RIZZO),
    Fact("Spasticity severity reported as minimal", "31%", MEASURED, ("rizzo2004",), _RIZZO),
    Fact("Spasticity severity reported as mild", "19%", MEASURED, ("rizzo2004",), _RIZZO),
    Fact("Spasticity severity reported as moderate", "17%", MEASURED, ("rizzo2004",), _RIZZO),
    Fact("Spasticity severity reported as severe", "13%", MEASURED, ("rizzo2004",), _RIZZO),
    Fact("Spasticity severity reported as total", "4%", MEASURED, ("rizzo2004",), _RIZZO),
    # --- anti-spasticity drugs
    Fact(
        "People with MS in the comparison of tizanidine and baclofen in which weakness was the "
        "most common adverse effect with baclofen",
        "66 people",
        MEASURED,
        ("bass1988",),
        "Weakness and sleepiness were commonly reported side effects.",
    ),
    Fact(
        "People with MS in the cross-over trial in which measured isometric strength did not "
        "change with baclofen or tizanidine",
        "16 people",
        MEASURED,
        ("crossover1988",),
        "Weakness and falls were reported, but measured isometric strength did not change: the "
        "model leaves maximal strength unchanged and treats the reported weakness as a small "
        "loss of function, an interpretation.",
    ),
    Fact(
        "People with MS in the 6-week trial in which about half had a transient rise in "
        "spasticity when either drug was stopped suddenly",
        "40 people",
        MEASURED,
        ("stien1987",),
        "Severely disabled people with MS, double-blind comparison of tizanidine and baclofen; "
        "no other signs of dependence were seen.",
    ),
    # --- healthy back-extension strength, for the size of the model's capacities
    Fact(
        "Back extension strength of healthy adults before 90 days of bed rest (isokinetic, "
        "60°/s), mean of the control group",
        "249 ft-lb",
        MEASURED,
        ("muir2011",),
        "About 340 N·m; 13 healthy adults in a bed-rest study (Table 3). Used only for the size "
        "of the model's back-extensor capacity.",
    ),
)
