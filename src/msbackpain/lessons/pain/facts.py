"""Facts notebook 06 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED

FACTS = (
    SHARED["foley_any_pain"],
    SHARED["foley_people"],
    SHARED["foley_back_pain"],
    SHARED["low_back_pain_review"],
    Fact(
        "People with MS reporting low back pain in one survey",
        "68.9%",
        MEASURED,
        ("odzimek2023",),
        "One 2023 survey of people with MS.",
    ),
    SHARED["foley_lhermitte"],
    Fact(
        "People with MS who had ever had Lhermitte's sign, in one study",
        "41%",
        MEASURED,
        ("alaraji2005",),
        "Structured interviews of people with clinically definite MS about the whole course of "
        "their disease (lifetime prevalence).",
    ),
    Fact(
        "People with MS who had had Lhermitte's sign and showed a lesion on MRI of the cervical "
        "cord, in one study",
        "17 of 18",
        MEASURED,
        ("alaraji2005",),
        "The 43 people of that study who had a cervical MRI: 18 had had the sign.",
    ),
    Fact(
        "People with MS who had never had Lhermitte's sign but showed a lesion on MRI of the "
        "cervical cord, in the same study",
        "13 of 25",
        MEASURED,
        ("alaraji2005",),
        "A neck lesion makes the sign more likely but does not decide it.",
    ),
    Fact(
        "Rise of the L4–L5 disc pressure during a night lying down",
        "0.10 to 0.24 MPa",
        MEASURED,
        ("wilke1999",),
        "In-vivo measurement in one healthy 70 kg man, as the disc takes up water again. The "
        "day model draws this rise; its overnight fading of the strain of holding is a separate "
        "assumption about discomfort.",
    ),
    Fact(
        "Symptom-free people who develop low-back discomfort during 2 hours of standing still, "
        "in laboratory studies",
        "40–71%",
        MEASURED,
        ("coenen2017",),
        "Range over laboratory studies of prolonged standing in people without back pain.",
    ),
    Fact(
        "Standing time after which low-back symptoms reach a clinically relevant level, on "
        "average, in laboratory studies",
        "71 minutes",
        MEASURED,
        ("coenen2017",),
        "Clinically relevant: at least 9 on a 0–100 scale; 26 laboratory studies, 591 people. "
        "The day model is calibrated on this point.",
    ),
    Fact(
        "How long the relief from a 2-minute walking break lasted during 2 hours of sitting",
        "less than 10 minutes",
        MEASURED,
        ("decarvalho2023",),
        "32 healthy adults in a laboratory; relief in those who developed discomfort.",
    ),
    Fact(
        "Lower disc pressure in reclined, supported postures than in standing",
        "50–80%",
        MEASURED,
        ("nachemson1981",),
        "In-vivo measurements over about 20 years; the day model takes the smallest reduction "
        "for sitting against a backrest (an assumption).",
    ),
    Fact(
        "Probability of Lhermitte's sign with and without a visible cervical lesion",
        "Bayes' rule",
        DERIVED,
        ("foley2013", "alaraji2005"),
        "Computed from the pooled 16% and the MRI shares 17/18 and 13/25 of two different "
        "studies; the notebook prints the values from the model.",
    ),
    Fact(
        "People with secondary-progressive MS in the placebo-controlled interferon beta-1a trial",
        "371",
        MEASURED,
        ("andersen2004",),
        "Interferon beta-1a at a low dose once a week, not today's usual dosing. Myalgia was "
        "reported by 15% on the drug and 8% on placebo (shown in the figure, not the text).",
    ),
    Fact(
        "People reporting headache on interferon beta-1a in that trial",
        "36%",
        MEASURED,
        ("andersen2004",),
        "Against 20% on placebo: 16 percentage points more (Exercise 3).",
    ),
    Fact(
        "People reporting headache on placebo in that trial",
        "20%",
        MEASURED,
        ("andersen2004",),
        "The background rate against which the drug's 36% is read.",
    ),
    Fact(
        "Excess of headache over placebo with interferon beta-1a",
        "16 percentage points",
        DERIVED,
        ("andersen2004",),
        "36% − 20%, worked out in Exercise 3; the largest excess of the three side effects.",
    ),
    Fact(
        "Size of the comparison in which weakness was the most common adverse effect of baclofen",
        "66",
        MEASURED,
        ("bass1988",),
        "A 66-patient comparison of baclofen and tizanidine.",
    ),
    Fact(
        "Spells of Lhermitte's sign in the model: number a year and typical length",
        "about three weeks",
        ASSUMPTION,
        (),
        "One spell a year of about three weeks: a teaching choice for spells that settle over "
        "weeks, not measured.",
    ),
    Fact(
        "Neck flexion past which the Lhermitte model can trigger an episode",
        "20°",
        ASSUMPTION,
        (),
        "A teaching choice, not measured.",
    ),
    Fact(
        "Time constants of the day model's strain of holding, held and moving or lying",
        "τ_hold = 4 h",
        ASSUMPTION,
        (),
        "4 h while a posture is held and 1 h while moving or lying: teaching choices, not "
        "fitted to anyone's pain.",
    ),
)
