"""Facts notebook 02 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, MEASURED

_CAMERON = (
    "10 people with MS selected because of imbalance and 10 age- and sex-matched healthy "
    "controls, backward platform translations; onset latencies of the leg muscles' EMG, which "
    "the notebook's loop model treats as loop delays (an assumption)."
)

FACTS = (
    Fact(
        "Typical refractory period of transmission of demyelinated central axons",
        "2–5 times normal",
        MEASURED,
        ("felts1997",),
        "Single segmentally demyelinated axons recorded in the rat spinal cord, compared with the "
        "non-demyelinated part of the same axon.",
    ),
    Fact(
        "Largest refractory period of transmission seen in a demyelinated central axon",
        "34 times",
        MEASURED,
        ("felts1997",),
        "The same rat recordings; the worst case, not the typical one.",
    ),
    Fact(
        "Refractory period of transmission of a healthy fibre used by the model",
        "1 ms",
        ASSUMPTION,
        (),
        "A round teaching value that turns Felts' factors into times; the rates at which losses "
        "start move if it is wrong.",
    ),
    Fact(
        "Motor-unit firing rates in the motor-unit model of notebook 03",
        "8 Hz",
        MEASURED,
        ("fuglevand1993",),
        "Minimum firing rate at recruitment in the Fuglevand model, typical of human motor "
        "units at recruitment; the band runs up to 35 Hz.",
    ),
    Fact(
        "Highest peak firing rate in the same model",
        "35 Hz",
        MEASURED,
        ("fuglevand1993",),
        "Peak rate of the first-recruited unit, as in human hand-muscle recordings reported by "
        "the model paper; later units peak lower.",
    ),
    SHARED["hursh_velocity"],
    Fact(
        "Postural response latency in people with MS (mean ± SD)",
        "161 ± 31",
        MEASURED,
        ("cameron2008",),
        _CAMERON,
    ),
    Fact(
        "Postural response latency in matched controls (mean ± SD)",
        "102 ± 21",
        MEASURED,
        ("cameron2008",),
        _CAMERON,
    ),
    Fact(
        "People with MS in that study",
        "10 people with MS",
        MEASURED,
        ("cameron2008",),
        "Selected because of imbalance, so not representative of everyone with MS.",
    ),
    SHARED["cameron_correlation"],
    Fact(
        "Length of the sensory path from foot to brain in the loop model",
        "1.5 m",
        ASSUMPTION,
        (),
        "A round value for a standing adult; the calibration changes with it (Exercise 4).",
    ),
)
