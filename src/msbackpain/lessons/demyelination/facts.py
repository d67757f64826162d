"""Facts notebook 01 states, with their evidence (see msbackpain.evidence.facts)."""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import ASSUMPTION, MEASURED

FACTS = (
    SHARED["hursh_velocity"],
    Fact(
        "Conduction velocity of a 10 µm myelinated fibre",
        "60 m/s",
        MEASURED,
        ("hursh1939",),
        "The same rule at 10 µm (6 m/s per µm times 10).",
    ),
    Fact(
        "Constant of the square-root rule for unmyelinated fibres",
        "1 m/s at 1 µm",
        ASSUMPTION,
        (),
        "No measured constant is used: the notebook reads the unmyelinated curve for its shape "
        "only.",
    ),
    Fact(
        "Temperature at which the Hodgkin–Huxley channel kinetics were measured",
        "6.3 °C",
        MEASURED,
        ("hodgkin1952",),
        "Squid giant axon; the model's temperatures are changes from this on the squid's scale, "
        "not human body temperatures.",
    ),
    Fact(
        "Year of the first description of visual worsening with exercise in MS",
        "1890",
        MEASURED,
        ("uhthoff1890",),
        "Uhthoff's clinical description; the phenomenon now carries his name.",
    ),
    SHARED["heat_sensitivity"],
    Fact(
        "Respondents of that heat-sensitivity survey",
        "256",
        MEASURED,
        ("flensner2011",),
        "334 people were sent the questionnaire.",
    ),
    Fact(
        "Warming that reversibly blocked conduction in demyelinated fibres near their limit",
        "0.5 °C",
        MEASURED,
        ("rasminsky1973",),
        "Experimentally demyelinated single fibres of rat ventral roots, at internodes that "
        "already conducted slowly; not measured in people.",
    ),
)
