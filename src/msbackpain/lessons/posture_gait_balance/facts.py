"""Facts notebook 05 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED

FACTS = (
    Fact(
        "Onset latency of automatic postural responses to a moving platform, people with MS",
        "161 ± 31 ms",
        MEASURED,
        ("cameron2008",),
        "EMG onset latencies in ten people with MS selected for imbalance. They are response "
        "latencies, not loop delays: the notebook's use of them as the model's loop delay is an "
        "assumption.",
    ),
    Fact(
        "Onset latency of automatic postural responses to a moving platform, healthy controls",
        "102 ± 21 ms",
        MEASURED,
        ("cameron2008",),
        "Ten age- and sex-matched healthy controls; used as the model's control loop delay "
        "(assumption).",
    ),
    SHARED["cameron_correlation"],
    Fact(
        "Loop delay of feedback models fitted to the sway of healthy adults in quiet standing",
        "150–200 ms",
        MEASURED,
        ("maurer2005", "peterka2002"),
        "As Maurer & Peterka (2005) summarise earlier fits of mainly-feedback models; a model "
        "parameter fitted to healthy people, not a delay measured in MS. Longer than the 102 ms "
        "response latency of the controls.",
    ),
    Fact(
        "Difference between the MS and the control postural response latencies",
        "59 ms",
        DERIVED,
        ("cameron2008",),
        "161 − 102 ms. Adding it one for one to a loop delay in the fitted healthy range is an "
        "assumption of the notebook.",
    ),
    Fact(
        "Pooled effect of the reviewed interventions on balance in adults with MS "
        "(standardised mean difference)",
        "0.55",
        MEASURED,
        ("gunn2015",),
        "Systematic review and meta-analysis; 95% confidence interval 0.35 to 0.74. Gait, "
        "balance and functional training had the largest effect; the effect on falls was "
        "inconclusive.",
    ),
    Fact(
        "Studies in that review",
        "15 studies",
        MEASURED,
        ("gunn2015",),
        "Adults with MS.",
    ),
    Fact(
        "People with MS who fell at least once within 3 months",
        "56%",
        MEASURED,
        ("nilsagard2015",),
        "Pooled prospective data from 537 people with MS in four countries.",
    ),
    Fact(
        "People with MS who fell more than once within 3 months",
        "37%",
        MEASURED,
        ("nilsagard2015",),
        "The same pooled prospective data (537 people, four countries).",
    ),
    Fact(
        "Number of people with MS in the pooled falls data",
        "537",
        MEASURED,
        ("nilsagard2015",),
        "Prospective cohorts from four countries, followed for 3 months.",
    ),
    Fact(
        "Mass of the head, arms and trunk as a fraction of body mass",
        "0.678",
        MEASURED,
        ("winter2009",),
        "Winter's anthropometric tables (segment masses measured in cadavers). The mass above "
        "L5/S1 is smaller; using the whole fraction there is an assumption that overstates the "
        "load a little.",
    ),
    Fact(
        "Compression criterion at L5/S1 that the revised NIOSH lifting equation was designed to "
        "keep lifting tasks under",
        "3.4 kN",
        MEASURED,
        ("waters1993",),
        "A published design limit for lifting work, not an injury threshold for one person.",
    ),
    Fact(
        "Maximum permissible compression limit of the NIOSH 1981 guide",
        "6.4 kN",
        MEASURED,
        ("niosh1981",),
        "A published design limit for lifting work, not an injury threshold for one person.",
    ),
    Fact(
        "L4–L5 disc pressure, lying prone",
        "0.10 MPa",
        MEASURED,
        ("wilke1999",),
        "In-vivo measurement in one healthy 70 kg man (all Wilke values below likewise).",
    ),
    SHARED["slouched_sitting_pressure"],
    SHARED["unsupported_sitting_pressure"],
    SHARED["sitting_vs_standing"],
    SHARED["reclined_sitting"],
    Fact(
        "L4–L5 disc pressure, relaxed standing",
        "0.50 MPa",
        MEASURED,
        ("wilke1999",),
        "One healthy 70 kg man.",
    ),
    Fact(
        "L4–L5 disc pressure, sitting bent maximally forward",
        "0.83 MPa",
        MEASURED,
        ("wilke1999",),
        "One healthy 70 kg man.",
    ),
    Fact(
        "L4–L5 disc pressure, standing flexed forward (also: lifting 20 kg close to the body)",
        "1.10 MPa",
        MEASURED,
        ("wilke1999",),
        "One healthy 70 kg man; both postures gave 1.10 MPa.",
    ),
    Fact(
        "L4–L5 disc pressure, lifting 20 kg with bent knees",
        "1.70 MPa",
        MEASURED,
        ("wilke1999",),
        "One healthy 70 kg man.",
    ),
    Fact(
        "L4–L5 disc pressure, lifting 20 kg with a round back",
        "2.30 MPa",
        MEASURED,
        ("wilke1999",),
        "One healthy 70 kg man.",
    ),
    Fact(
        "Ratio of disc pressure standing flexed forward to relaxed standing",
        "2.2",
        DERIVED,
        ("wilke1999",),
        "1.10 / 0.50 MPa, worked out from the measurements in one man; Exercise 3 compares it "
        "with the static model's ratio of about 5.",
    ),
    Fact(
        "Lever arm of the lumbar extensors behind L5/S1 in the static model",
        "5 cm",
        ASSUMPTION,
        (),
        "A conventional round value of simple static models; one muscle group stands for every "
        "structure that crosses L5/S1.",
    ),
    Fact(
        "Distance from L5/S1 to the centre of mass of the head, arms and trunk",
        "0.31 m",
        ASSUMPTION,
        (),
        "A plausible round value; with it a 70 kg person at 45° gets about 100 N·m in the model.",
    ),
    Fact(
        "Maximum ankle torque used to express ankle muscle effort as a share of maximum",
        "150 N·m",
        ASSUMPTION,
        (),
        "An order of magnitude for the calf muscles, not a literature value.",
    ),
)
