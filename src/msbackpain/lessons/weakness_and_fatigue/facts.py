"""Facts notebook 03 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED

_ELBOW = "Isometric elbow flexion held to exhaustion by 30 young adults at 30–70% of maximum."
_PAIRS = (
    "Fitted by Frey-Law, Looft & Heitsman to endurance times pooled from many studies of "
    "healthy adults (three-compartment model); per second."
)

FACTS = (
    # --- endurance curves
    Fact(
        "Rohmert's endurance curve: endurance time at half of maximum",
        "one minute",
        MEASURED,
        ("rohmert1960",),
        "Rohmert's curve of endurance against relative force, in the form later authors give it.",
    ),
    Fact(
        "Lower end of Rohmert's endurance curve, as a share f of maximum; below it the curve says "
        "only that a hold lasts very long",
        "0.15",
        MEASURED,
        ("rohmert1960",),
        "The notebook's code reads 'very long' as no limit: that reading is ours.",
    ),
    Fact(
        "Fatigue-rate constant k of the exponential endurance curve T = −ln(f)/(k·f)",
        "0.96 ± 0.29 per minute",
        MEASURED,
        ("ergonomics2018",),
        _ELBOW + " Mean ± SD across people.",
    ),
    SHARED["elbow_curve_range"],
    Fact(
        "A more fatigable person's k, used in exercise 2 (about one SD above the mean)",
        "1.25",
        ASSUMPTION,
        ("ergonomics2018",),
        "A teaching choice within the measured spread of k.",
    ),
    # --- published per-joint fatigue and recovery rates
    SHARED["trunk_fatigue_rate"],
    SHARED["trunk_recovery_rate"],
    Fact(
        "Ankle: fatigue rate F (recovery rate R = 0.00058 per s)",
        "0.00589",
        MEASURED,
        ("freylaw2012",),
        _PAIRS,
    ),
    Fact(
        "Knee: fatigue rate F (recovery rate R = 0.00149 per s)",
        "0.0150",
        MEASURED,
        ("freylaw2012",),
        _PAIRS,
    ),
    Fact(
        "Shoulder: fatigue rate F (recovery rate R = 0.00168 per s)",
        "0.0182",
        MEASURED,
        ("freylaw2012",),
        _PAIRS,
    ),
    Fact(
        "Elbow: fatigue rate F (recovery rate R = 0.00094 per s)",
        "0.00912",
        MEASURED,
        ("freylaw2012",),
        _PAIRS,
    ),
    Fact(
        "Hand/grip: fatigue rate F (recovery rate R = 0.00064 per s)",
        "0.0098",
        MEASURED,
        ("freylaw2012",),
        _PAIRS,
    ),
    Fact(
        "Loads of the pooled endurance data to which the per-joint pairs were fitted",
        "10% to 90%",
        MEASURED,
        ("freylaw2012",),
        "Intensity–endurance-time curves from many studies, fitted joint by joint by a grid "
        "search over F and R.",
    ),
    Fact(
        "In every published per-joint pair the recovery rate R is about this share of F",
        "a tenth",
        DERIVED,
        ("freylaw2012",),
        "R/F computed in the notebook from the six published pairs (0.065–0.103).",
    ),
    SHARED["no_limit_load_range"],
    SHARED["trunk_no_limit_load"],
    SHARED["sustained_hold_limit"],
    Fact(
        "Endurance limit of intermittent static contractions over an hour",
        "14%",
        MEASURED,
        ("bjorksten1977",),
        "Same study, contractions with pauses, in % of maximal force.",
    ),
    # --- fatigue in MS (the symptom)
    Fact(
        "People with MS who report fatigue (the symptom), pooled prevalence",
        "59%",
        MEASURED,
        ("yi2024",),
        "Meta-analysis of 69 studies from 27 countries (59.1%). Mostly central fatigue: a "
        "different thing from the muscle fatigability the notebook models.",
    ),
    # --- disuse
    Fact(
        "Quadriceps cross-sectional area lost after 5 days of bed rest",
        "2.2%",
        MEASURED,
        ("marusic2021",),
        "One study of 10 healthy adults in the review's table; single studies scatter around "
        "the pooled curve.",
    ),
    Fact(
        "Knee-extension strength lost after 5 days of bed rest",
        "8.6%",
        MEASURED,
        ("marusic2021",),
        "Same study of 10 healthy adults.",
    ),
    Fact(
        "Quadriceps cross-sectional area lost after 10 days of bed rest",
        "3.6%",
        MEASURED,
        ("marusic2021",),
        "One study of 11 healthy adults in the review's table.",
    ),
    Fact(
        "Knee-extension strength lost after 10 days of bed rest",
        "14.5%",
        MEASURED,
        ("marusic2021",),
        "Same study of 11 healthy adults.",
    ),
    Fact(
        "Healthy adults in the pooled bed-rest model",
        "318",
        MEASURED,
        ("marusic2021",),
        "Systematic review of bed-rest studies lasting 5 to 120 days.",
    ),
    Fact(
        "Ratio of strength loss to size loss at day 14 of bed rest (about 4 at day 5)",
        "2.4",
        MEASURED,
        ("marusic2021",),
        "From the review's pooled model (4.2 at day 5, rounded to 4 in the notebook).",
    ),
    Fact(
        "Ratio of strength loss to size loss after day 35 of bed rest",
        "1.9",
        MEASURED,
        ("marusic2021",),
        "From the review's pooled model.",
    ),
    Fact(
        "Knee-extension strength lost after 90 days of bed rest",
        "26%",
        MEASURED,
        ("muir2011",),
        "90-day head-down bed rest: the 13 healthy volunteers of the untreated control group, "
        "concentric knee extension at 60°/s; compare back extension in the same people.",
    ),
    Fact(
        "Back-extension strength lost after 90 days of bed rest",
        "12%",
        MEASURED,
        ("muir2011",),
        "Same 13 volunteers: back extensors lose less than the knee.",
    ),
    Fact(
        "Back-extension loss over knee-extension loss after 90 days of bed rest (the model's "
        "back-to-knee ratio, 0.48)",
        "12.4/25.7",
        DERIVED,
        ("muir2011",),
        "Our percentages from the control group's means in the study's table: knee 109 → 81 "
        "ft-lb, back 249 → 218 ft-lb (concentric, 60°/s).",
    ),
    Fact(
        "People with recent low back pain followed for a year, with no signs of physical "
        "deconditioning found",
        "124 people",
        MEASURED,
        ("bousema2007",),
        "Subacute non-specific low back pain; only a subgroup became less active. The disuse "
        "loop is a plausible mechanism, not an established one.",
    ),
)
