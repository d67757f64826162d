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
        "Confidence interval of the pooled prevalence of Lhermitte's sign",
        "10–25%",
        MEASURED,
        ("foley2013",),
        "95% confidence interval of the meta-analysis estimate.",
    ),
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
        "17 of the 18",
        MEASURED,
        ("alaraji2005",),
        "The 43 people of that study who had a cervical MRI: 18 had had the sign.",
    ),
    Fact(
        "People with MS who had never had Lhermitte's sign but showed a lesion on MRI of the "
        "cervical cord, in the same study",
        "13 of the 25",
        MEASURED,
        ("alaraji2005",),
        "A neck lesion makes the sign likely but does not decide it; the notebook's model "
        "(no lesion, no episodes) is simpler than this.",
    ),
    Fact(
        "Rise of the L4–L5 disc pressure during a night lying down",
        "0.10 to 0.24 MPa",
        MEASURED,
        ("wilke1999",),
        "In-vivo measurement in one healthy 70 kg man, as the disc takes up water again. The "
        "day model instead lets its strain drain away overnight (a teaching assumption).",
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
        "People reporting flu-like symptoms on interferon beta-1a in that trial",
        "37%",
        MEASURED,
        ("andersen2004",),
        "Against 22% on placebo: 15 percentage points more.",
    ),
    Fact(
        "People reporting flu-like symptoms on placebo in that trial",
        "22%",
        MEASURED,
        ("andersen2004",),
        "The background rate against which the drug's 37% is read.",
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
        "Size of the cross-over trial in which measured isometric strength did not change on "
        "baclofen or tizanidine",
        "16 patients",
        MEASURED,
        ("crossover1988",),
        "Weakness was still reported; the strength of a held contraction did not change.",
    ),
    Fact(
        "Speed at which the drawing of Lhermitte's sign lights up the places where it is felt",
        "4 m/s",
        ASSUMPTION,
        (),
        "A picture of where the shock is felt, not a conduction velocity: the impulses go up to "
        "the brain and the shock is referred down the spine and limbs.",
    ),
    Fact(
        "Neck flexion past which the Lhermitte model can trigger an episode",
        "20°",
        ASSUMPTION,
        (),
        "A teaching choice, not measured.",
    ),
    Fact(
        "Time constants of the day model's strain store, upright and lying",
        "4 h",
        ASSUMPTION,
        (),
        "4 h upright and 1.5 h lying: teaching choices, not fitted to anyone's pain.",
    ),
)
