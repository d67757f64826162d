"""Model outputs that notebook 07's prose restates (see msbackpain.evidence.results).

Each is computed from the whole-chain model (:mod:`msbackpain.whole_chain`) and its
uncertainty (:mod:`msbackpain.whole_chain.uncertainty`); the runs are cached, so the notebook, its
checks and these numbers read the same simulations.
"""

from __future__ import annotations

from functools import cache

from msbackpain import fear_avoidance, whole_chain
from msbackpain.evidence import reference
from msbackpain.evidence.parameters import module_parameters
from msbackpain.evidence.results import Result
from msbackpain.lessons.whole_chain import checks
from msbackpain.whole_chain import uncertainty, validation


def _signed(value: float, digits: int = 2) -> str:
    """A signed number as the prose writes it, with a true minus sign: "+0.05", "−0.54"."""
    return f"{value:+.{digits}f}".replace("-", "\u2212")


def _range(pair: tuple[float, float], digits: int = 2) -> str:
    return f"{_signed(pair[0], digits)} to {_signed(pair[1], digits)}"


def _effects():
    return uncertainty.effect_intervals()


def _across(intervention: str, low: str = "change", high: str = "change") -> tuple[float, float]:
    """The smallest and largest value over the three people (ordered as on the page: the
    larger fall first, written "−1.1 to −1.0")."""
    rows = _effects()[_effects()["intervention"] == intervention]
    return float(rows[low].min()), float(rows[high].max())


def _one(who: str, intervention: str, column: str = "change") -> float:
    rows = _effects()
    row = rows[(rows["person"] == who) & (rows["intervention"] == intervention)]
    return float(row[column].iloc[0])


def _validation_passes() -> tuple[int, int]:
    table = validation.validation_table()
    return int(table["passes"].sum()), len(table)


def _seating_edge() -> str:
    """Where the model's own seating effect lies against its range over plausible assumptions."""
    rows = _effects()[_effects()["intervention"] == "seating"]
    if (rows["change"] > rows["params_high"]).all():
        return (
            "The model's own value lies outside that range, at its small end: most plausible "
            "versions of the seat give a larger effect than the trials found."
        )
    if (rows["change"] < rows["params_low"]).all():
        return (
            "The model's own value lies outside that range, at its large end: most plausible "
            "versions of the seat give a smaller effect."
        )
    return "The model's own value lies inside that range."


@cache
def _sensitivity():
    conclusions = uncertainty.default_conclusions()
    return conclusions, uncertainty.sensitivity(conclusions=conclusions)


def _ranking_statement() -> str:
    return _sensitivity()[0][0].text


def _ranking_flips() -> str:
    conclusions, table = _sensitivity()
    rows = uncertainty.flips(table)
    labels = list(rows[rows["conclusion"] == conclusions[0].name]["label"])
    if not labels:
        return "none of them does, within its range"
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " or " + labels[-1]


def _drug_what_it_takes() -> str:
    conclusions, table = _sensitivity()
    drug = conclusions[1]
    scale = table["assumption"] == "DRUG_FUNCTIONAL_WEAKNESS_SCALE"
    rows = table[(table["conclusion"] == drug.name) & scale]
    lowers = drug.name.startswith("drug_lowers")
    now = "lowers A's pain a little" if lowers else "raises A's pain a little"
    other = "raise it" if lowers else "lower it"
    if rows.empty or not bool(rows["flips"].iloc[0]):
        return (
            f"the anti-spasticity drug {now}, and no size of its functional weakness within the "
            "range tested turns that round"
        )
    return (
        f"the anti-spasticity drug {now}; it would {other} instead if its functional weakness "
        f"were about {float(rows['flip_at'].iloc[0]):.1f} times the model's size (a size nobody "
        "has measured)"
    )


def _wiring_table() -> str:
    """The wiring assumptions as a Markdown table, each with its evidence grade and the sources
    that informed it (from the model's parameter records, never typed)."""
    grades = {p.name: p for p in module_parameters("whole_chain.model")}
    rows = [
        "| assumption | value | what it means | grade | informed by |",
        "|---|---|---|---|---|",
    ]
    for _, row in whole_chain.wiring_assumptions().iterrows():
        record = grades[row["name"]]
        sources = "; ".join(reference(key).short for key in record.sources) or "none"
        rows.append(
            f"| `{row['name']}` | {row['value']:g} | {row['meaning']} | {record.grade} | "
            f"{sources} |"
        )
    return "\n".join(rows)


def _ex2_answer() -> str:
    found = whole_chain.smallest_combinations(checks.TARGET_PERSON, checks.TARGET_PAIN)
    names = [whole_chain.INTERVENTIONS[n].label for n in found[0]]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return text[0].upper() + text[1:]


RESULTS = {
    "wiring_table": Result(
        "The assumptions that wire the links together, with grades and sources",
        _wiring_table,
        "{}",
    ),
    "n_wiring": Result(
        "Number of wiring assumptions",
        lambda: len(whole_chain.wiring_assumptions()),
        "{:d}",
    ),
    "heat_model_per_body": Result(
        "Nerve-model degrees per degree of human core warming (calibrated mapping)",
        lambda: float(whole_chain.HEAT_TO_MODEL_C_PER_C),
        "{:.1f}",
    ),
    "heat_gain_per_c": Result(
        "Core warming of a fully heat-sensitive person per °C of air above the comfort temperature",
        lambda: float(whole_chain.HEAT_GAIN_C_PER_C),
        "{:.2f}",
    ),
    "comfort_c": Result(
        "Air temperature above which a heat-sensitive person warms",
        lambda: float(whole_chain.COMFORT_TEMPERATURE_C),
        "{:.0f}",
    ),
    "n_years": Result(
        "Simulated years behind the ranges over random days",
        lambda: int(uncertainty.N_YEARS),
        "{:d}",
    ),
    "n_draws": Result(
        "Versions of the model (samples of the assumptions) behind the ranges over assumptions",
        lambda: int(uncertainty.N_DRAWS),
        "{:d}",
    ),
    "seating_range": Result(
        "Change in yearly pain with full seating and breaks, typical year, over A, B and C",
        lambda: _range(_across("seating")),
        "{}",
    ),
    "seating_params_range": Result(
        "Range over plausible assumptions of the seating effect, over A, B and C",
        lambda: _range(_across("seating", "params_low", "params_high"), 1),
        "{}",
    ),
    "seating_edge": Result(
        "Where the model's seating effect lies against its range over plausible assumptions",
        _seating_edge,
        "{}",
    ),
    "training_range": Result(
        "Change in yearly pain with full training, typical year, over A, B and C",
        lambda: _range(_across("training")),
        "{}",
    ),
    "drug_a": Result(
        "Change in person A's yearly pain with the anti-spasticity drug at full effect",
        lambda: _signed(_one("disuse", "anti_spasticity")),
        "{}",
    ),
    "loop_gain_a": Result(
        "Loop gain of the notebook-06 fear-avoidance model with person A's gains",
        lambda: float(
            fear_avoidance.loop_gain(
                catastrophising=whole_chain.PEOPLE["disuse"].catastrophising,
                avoidance=whole_chain.PEOPLE["disuse"].avoidance_gain,
            )
        ),
        "{:.2f}",
    ),
    "loops_add_a": Result(
        "Points of person A's yearly pain that the loops add (seed 0)",
        lambda: float(checks.loop_contribution("disuse")),
        "{:.2f}",
    ),
    "validation_passes": Result(
        "Targets of the validation table that the model meets",
        _validation_passes,
        "{} of {}",
    ),
    "drug_high_scale": Result(
        "Top of the plausible range of the drug's functional weakness (× the model's size)",
        lambda: float(whole_chain.ASSUMPTION_RANGES["DRUG_FUNCTIONAL_WEAKNESS_SCALE"][1]),
        "{:g}",
    ),
    "ranking_statement": Result(
        "The model's ranking of seating and training for person A",
        _ranking_statement,
        "{}",
    ),
    "ranking_flips": Result(
        "Assumptions that, each on its own within its range, turn that ranking round",
        _ranking_flips,
        "{}",
    ),
    "drug_what_it_takes": Result(
        "Whether the drug raises or lowers A's pain, and the size of its functional weakness "
        "that would turn that round",
        _drug_what_it_takes,
        "{}",
    ),
    "ex2_answer": Result(
        "A smallest set of full-dose interventions bringing B's yearly pain below the target",
        _ex2_answer,
        "{}",
    ),
}
