"""How sure is the whole chain about what each intervention does? (notebook 07)

The whole-chain model gives one number for "how much does this intervention change this person's
yearly back pain?". That number hides two kinds of uncertainty, and this module shows both:

* **Random days.** The same simulated person lives many different years (one seed each: other
  weather, other relapses, other ups and downs of activity). For each year the effect is a
  counterfactual: the same year with and without the intervention. :func:`day_intervals` gives
  the typical (median) yearly effect and the range that holds the middle 90% of the years.
* **Plausible assumptions.** Many numbers that wire the links together are assumptions with no
  study behind their exact value (:data:`ASSUMPTIONS`: each with a range and the reason for it).
  :func:`parameter_intervals` samples all of them at once within their ranges (a Latin hypercube,
  one simulated year per sample) and gives the same summary: what the model says when its
  assumptions could be anywhere a reader might reasonably put them.

:func:`sensitivity` then asks which assumption changes which *conclusion* (:class:`Conclusion`,
e.g. "for A, seating and breaks lower pain more than training"): each assumption is moved to the
ends of its range on its own, and where a conclusion flips, the value at which it flips is
estimated.

Pure numpy and pandas; no plotting. Results are cached per session (the notebook, its quiz and
its prose numbers read the same runs). A teaching model's uncertainty, not a prediction for
anyone, and not advice about any treatment.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
import pandas as pd

from msbackpain.whole_chain import model

#: Share of the simulated years (or parameter samples) that an interval holds: the middle 90%.
#: [setting]
LEVEL = 0.9

#: Simulated years (seeds 0, 1, …) behind the intervals over random days. [setting]
N_YEARS = 8

#: Parameter samples behind the intervals over plausible assumptions (each with its own year).
#: [setting]
N_DRAWS = 16


# --------------------------------------------------------------------------- assumptions
@dataclass(frozen=True)
class Assumption:
    """One uncertain number of the whole chain and the range a reader might reasonably give it.

    ``name``: a public constant of :mod:`msbackpain.whole_chain.model` (``where="model"``) or a
    field of :class:`~msbackpain.whole_chain.model.Person` (``where="person"``, changed for
    every person with :func:`dataclasses.replace`); ``low``/``high``: the range; ``label``: what
    it is, in plain words; ``reason``: why this range; ``value``: the value used when none is
    changed (default: read from the model).
    """

    name: str
    low: float
    high: float
    label: str
    reason: str
    where: str = "model"
    value: float | None = None

    def __post_init__(self):
        if self.where not in ("model", "person"):
            raise ValueError(f"{self.name}: where must be 'model' or 'person' (got {self.where!r})")
        if not self.low < self.high:
            raise ValueError(f"{self.name}: low must be below high (got {self.low}, {self.high})")

    @property
    def nominal(self) -> float:
        """The value the model uses (for a person field: the :class:`Person` default)."""
        if self.value is not None:
            return float(self.value)
        if self.where == "model":
            return float(getattr(model, self.name))
        return float(getattr(model.Person(), self.name))


def _known(a: Assumption) -> bool:
    if a.where == "model":
        return isinstance(getattr(model, a.name, None), int | float)
    return a.name in model.PERSON_RANGES


#: Fallback ranges, used only when the model documents none (``ASSUMPTION_RANGES``). Only numbers
#: that no study fixes (or fixes only loosely) are here; measured inputs of the links keep their
#: values.
_CANDIDATES = (
    Assumption(
        "TRAINING_STRENGTH_GAIN",
        0.043,
        0.27,
        "strength gained with full training (fraction)",
        "the 95% confidence interval of the knee-extensor gain after 12 weeks of resistance "
        "training in 38 people with MS [@dalgas2009]",
    ),
    Assumption(
        "TRAINING_PAIN_MODULATION",
        0.0,
        0.2,
        "pain sensitivity lowered by full training beyond mechanics (fraction)",
        "from none at all to twice the calibrated value: the exercise-trial estimate that it was "
        "calibrated to has a confidence interval that reaches zero [@demaneuf2019]",
    ),
    Assumption(
        "SUPPORTED_SITTING_MPA",
        0.2,
        0.4,
        "disc pressure of supported sitting with the seating intervention (MPa)",
        "no study measured the pressure on a better seat: from well below to well above the "
        "value used, short of unsupported sitting",
    ),
    Assumption(
        "STATIC_SITTING_WITH_BREAKS",
        0.75,
        1.0,
        "static share of sitting with breaks (1 = no breaks)",
        "a teaching choice: from breaks that change nothing to breaks that make a quarter of "
        "sitting less static",
    ),
    Assumption(
        "DRUG_FUNCTIONAL_WEAKNESS_SCALE",
        0.0,
        3.0,
        "size of the anti-spasticity drug's functional weakness (× the model's)",
        "measured isometric strength did not change [@crossover1988], but weakness is a common "
        "reported side effect [@bass1988]: from none to three times the model's size",
    ),
    Assumption(
        "HEAT_GAIN_C_PER_C",
        0.03,
        0.1,
        "core warming per °C of air above the comfort temperature (°C per °C)",
        "so that a 30 °C day warms a fully heat-sensitive person by 0.3 to 1 °C, the range of "
        "laboratory heat and exercise exposures",
    ),
    Assumption(
        "FATIGUE_PROTECTION_LOSS",
        1.0,
        3.0,
        "extra tissue strain at full muscle fatigue (×)",
        "not measured: half to one and a half times the model's value",
    ),
    Assumption(
        "AVOIDANCE_PER_PAIN",
        0.015,
        0.06,
        "activity avoided per point of pain (fraction)",
        "the fear-avoidance loop is described without sizes [@vlaeyen2000]: half to double",
    ),
)


#: Plain words for each assumption (the chart labels of the sensitivity panel).
LABELS = {
    "HEAT_GAIN_C_PER_C": "core warming per °C of warm air",
    "HEAT_TO_MODEL_C_PER_C": "nerve-model degrees per degree of core warming",
    "LESION_FIBRE_SHARE": "share of back-muscle nerve fibres through the lesion",
    "RELAPSE_SEVERITY": "lesion damage added by a relapse",
    "DMD_RELAPSE_REDUCTION": "share of relapses the disease-modifying drug prevents",
    "INTERFERON_SPASTICITY_INCREASE": "extra spasticity with interferon side effects",
    "TRAINING_EFFECT": "share of missing activity that training replaces",
    "TRAINING_STRENGTH_GAIN": "strength gained with training",
    "TRAINING_SWAY_REDUCTION": "share of extra sway that training removes",
    "TRAINING_POSTURE_REDUCTION": "share of extra trunk bend that training removes",
    "TRAINING_PAIN_MODULATION": "pain sensitivity lowered by training (beyond mechanics)",
    "DRUG_FUNCTIONAL_WEAKNESS_SCALE": "size of the drug's functional weakness (× the model's)",
    "SUPPORTED_SITTING_MPA": "disc pressure on the supportive seat (MPa)",
    "SEATING_SUPPORTED_SHARE": "share of sitting time leaning back on the seat",
    "STATIC_SITTING_WITH_BREAKS": "static share of sitting with breaks",
    "POSTURE_DEG_PER_NM_SPASTICITY": "trunk bend per N·m of reflex stiffness (°)",
    "POSTURE_DEG_PER_DEG_SWAY": "trunk bend (guarding) per degree of extra sway",
    "STATIC_HOLD_MIN": "length of a typical static hold (min)",
    "HEAT_FATIGUE_PER_C": "shorter endurance per °C of warming",
    "FATIGUE_PROTECTION_LOSS": "extra tissue strain when back muscles are tired",
    "AVOIDANCE_PER_PAIN": "activity avoided per point of pain",
    "AVOIDANCE_PER_FEAR": "activity avoided per point of pain-related fear",
    "AVOIDANCE_PER_FATIGUE": "activity avoided when muscles are tired",
    "POSTURE_DEG_PER_NM_COMPENSATION": "trunk bend per N·m moved off the back extensors (°)",
}


def assumptions() -> tuple[Assumption, ...]:
    """The assumptions sampled: the model's own documented ranges
    (``whole_chain.model.ASSUMPTION_RANGES``, name → (low, high, reason)) when it has them,
    else the ranges of :data:`_CANDIDATES`; only names the current model has."""
    ranges = getattr(model, "ASSUMPTION_RANGES", None)
    if not ranges:
        return tuple(a for a in _CANDIDATES if _known(a))
    mine = {a.name: a for a in _CANDIDATES}
    out = []
    for name, spec in ranges.items():
        low, high = float(spec[0]), float(spec[1])
        reason = (
            str(spec[2])
            if len(spec) > 2 and spec[2]
            else (mine[name].reason if name in mine else "")
        )
        label = LABELS.get(name) or _meaning(name)
        out.append(Assumption(name, low, high, label, reason, "model"))
    return tuple(a for a in out if _known(a))


def _meaning(name: str) -> str:
    """A plain-words label for a model constant, from the model's table of wiring assumptions."""
    try:
        table = model.wiring_assumptions().set_index("name")["meaning"]
        return str(table[name])
    except (KeyError, AttributeError):
        return name.lower().replace("_", " ")


ASSUMPTIONS: tuple[Assumption, ...] = assumptions()


def assumption_table(items: Sequence[Assumption] | None = None) -> pd.DataFrame:
    """The sampled assumptions as a table: name, what it is, model value, range, why."""
    items = ASSUMPTIONS if items is None else tuple(items)
    return pd.DataFrame(
        [(a.name, a.label, a.nominal, a.low, a.high, a.reason) for a in items],
        columns=["name", "what it is", "model value", "low", "high", "why this range"],
    )


# --------------------------------------------------------------------------- running the model
def _supports_params() -> bool:
    return "params" in inspect.signature(model.simulate_many).parameters


@contextmanager
def _patched(params: Mapping[str, float]):
    """Fallback when the model has no ``params`` keyword: set its module constants for a run."""
    old = {k: getattr(model, k) for k in params}
    try:
        for k, v in params.items():
            setattr(model, k, v)
        yield
    finally:
        for k, v in old.items():
            setattr(model, k, v)


def _split(params: Mapping[str, float] | None):
    """Split overrides into model constants and person fields (validated)."""
    consts, person = {}, {}
    for name, value in (params or {}).items():
        if name in model.PERSON_RANGES:
            person[name] = float(value)
        elif isinstance(getattr(model, name, None), int | float) and name.isupper():
            consts[name] = float(value)
        else:
            raise ValueError(
                f"{name!r} is neither a numeric constant of whole_chain.model nor a Person field"
            )
    return consts, person


def _simulate(people, ivs, seed, params):
    consts, fields = _split(params)
    people = [replace(model.person(p), **fields) if fields else p for p in people]
    if not consts:
        return model.simulate_many(people, ivs, seed)
    if _supports_params():
        return model.simulate_many(people, ivs, seed, params=consts)
    with _patched(consts):
        return model.simulate_many(people, ivs, seed)


def _people(people) -> tuple[str, ...]:
    if people is None:
        return tuple(model.PEOPLE)
    if isinstance(people, str):
        people = (people,)
    out = tuple(people)
    unknown = [p for p in out if p not in model.PEOPLE]
    if unknown:
        raise ValueError(f"people must be keys of PEOPLE {sorted(model.PEOPLE)} (got {unknown})")
    return out


def interventions() -> tuple[str, ...]:
    """The interventions compared (full dose), in the model's order."""
    return tuple(model.FULL_DOSE)


@cache
def _changes(people: tuple[str, ...], seed: int, params: tuple) -> np.ndarray:
    """Change in mean back pain over the year, people × interventions, for one year and one set
    of assumptions (every row of one person shares the year: counterfactuals)."""
    settings = [model.NONE, *model.FULL_DOSE.values()]
    rows_p = [p for p in people for _ in settings]
    rows_i = [s for _ in people for s in settings]
    run = _simulate(rows_p, rows_i, seed, dict(params))
    means = run.values["back_pain"].mean(axis=1).reshape(len(people), len(settings))
    return means[:, 1:] - means[:, :1]


def _key(params: Mapping[str, float] | None) -> tuple:
    return tuple(sorted((k, float(v)) for k, v in (params or {}).items()))


def yearly_changes(people=None, seeds: Iterable[int] = range(N_YEARS), params=None) -> pd.DataFrame:
    """One row per person, intervention and simulated year: the change in mean evening back
    pain over that year caused by the intervention at full dose (a counterfactual)."""
    people = _people(people)
    names = interventions()
    rows = []
    for s in seeds:
        ch = _changes(people, int(s), _key(params))
        for i, p in enumerate(people):
            for j, n in enumerate(names):
                rows.append((p, n, int(s), float(ch[i, j])))
    return pd.DataFrame(rows, columns=["person", "intervention", "seed", "change"])


def _summary(long: pd.DataFrame, level: float) -> pd.DataFrame:
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be between 0 and 1 (got {level!r})")
    q = (1.0 - level) / 2.0
    grouped = long.groupby(["person", "intervention"], sort=False)["change"]
    out = pd.DataFrame(
        {
            "change": grouped.median(),
            "low": grouped.quantile(q),
            "high": grouped.quantile(1.0 - q),
            "mean": grouped.mean(),
            "n": grouped.size(),
        }
    ).reset_index()
    return out


def day_intervals(people=None, *, years: int = N_YEARS, level: float = LEVEL) -> pd.DataFrame:
    """Effect of each intervention with its spread over random days, for each person.

    Columns: person, intervention, change (median yearly effect over ``years`` simulated years),
    low and high (the middle ``level`` of those years), mean, n. The model's assumptions stay at
    their values.
    """
    return _summary(yearly_changes(people, range(years)), level)


# --------------------------------------------------------------------------- parameter ranges
def parameter_draws(
    draws: int = N_DRAWS, *, seed: int = 0, items: Sequence[Assumption] | None = None
) -> pd.DataFrame:
    """``draws`` samples of the assumptions, spread evenly over their ranges (a Latin hypercube:
    each range is cut into ``draws`` equal strata, each stratum used once, in random order).
    One row per sample, one column per assumption. Deterministic given ``seed``."""
    items = ASSUMPTIONS if items is None else tuple(items)
    if draws < 2:
        raise ValueError(f"draws must be at least 2 (got {draws})")
    rng = np.random.default_rng(seed)
    out = {}
    for a in items:
        u = (rng.permutation(draws) + rng.random(draws)) / draws
        out[a.name] = a.low + u * (a.high - a.low)
    return pd.DataFrame(out)


def parameter_changes(
    people=None, *, draws: int = N_DRAWS, seed: int = 0, items=None
) -> pd.DataFrame:
    """Like :func:`yearly_changes`, but sample ``i`` uses the assumptions of row ``i`` of
    :func:`parameter_draws` and simulated year ``i`` (the same years as :func:`day_intervals`,
    so the extra width is the assumptions'). Column ``seed`` is the sample's year."""
    people = _people(people)
    table = parameter_draws(draws, seed=seed, items=items)
    names = interventions()
    rows = []
    for i, values in enumerate(table.to_dict("records")):
        ch = _changes(people, i, _key(values))
        for k, p in enumerate(people):
            for j, n in enumerate(names):
                rows.append((p, n, i, float(ch[k, j])))
    return pd.DataFrame(rows, columns=["person", "intervention", "seed", "change"])


def parameter_intervals(
    people=None, *, draws: int = N_DRAWS, seed: int = 0, level: float = LEVEL, items=None
) -> pd.DataFrame:
    """Effect of each intervention when the assumptions vary within their ranges (and the year
    with them). Same columns as :func:`day_intervals`."""
    return _summary(parameter_changes(people, draws=draws, seed=seed, items=items), level)


def effect_intervals(people=None, *, level: float = LEVEL) -> pd.DataFrame:
    """Both intervals side by side: person, intervention, change (median over random days with
    the model's assumptions), days_low, days_high, params_low, params_high (over plausible
    assumptions and days)."""
    days = day_intervals(people, level=level)
    pars = parameter_intervals(people, level=level)
    out = days[["person", "intervention", "change", "low", "high"]].rename(
        columns={"low": "days_low", "high": "days_high"}
    )
    out["params_low"] = pars["low"].to_numpy()
    out["params_high"] = pars["high"].to_numpy()
    out["params_change"] = pars["change"].to_numpy()
    return out


# --------------------------------------------------------------------------- sensitivity
@dataclass(frozen=True)
class Conclusion:
    """A statement the notebook draws from the effects, and a margin that is positive when it
    holds. ``margin(effects)`` takes a table indexed by (person, intervention) with a
    ``change`` column and returns a number (points of pain); ``needs`` lists the (person,
    intervention) pairs it reads, so that only those are simulated."""

    name: str
    text: str
    margin: Callable[[pd.DataFrame], float]
    needs: tuple[tuple[str, str], ...]

    def holds(self, effects: pd.DataFrame) -> bool:
        return bool(self.margin(effects) > 0.0)

    def negated(self, name: str, text: str) -> Conclusion:
        """The opposite statement, named ``name``: its margin is this one's, negated."""
        margin = self.margin
        return Conclusion(name, text, lambda e: -margin(e), self.needs)


def _c(effects: pd.DataFrame, who: str, name: str) -> float:
    return float(effects.loc[(who, name), "change"])


def _short(who: str) -> str:
    return model.PEOPLE[who].label.split(":")[0]


def seating_beats_training(who: str) -> Conclusion:
    """Seating and breaks lower this person's pain more than training does."""
    return Conclusion(
        f"seating_beats_training_{who}",
        f"for {_short(who)}, seating and breaks lower pain more than training",
        lambda e: _c(e, who, "training") - _c(e, who, "seating"),
        ((who, "training"), (who, "seating")),
    )


def training_beats_seating(who: str) -> Conclusion:
    """Training lowers this person's pain more than seating and breaks do."""
    return seating_beats_training(who).negated(
        f"training_beats_seating_{who}",
        f"for {_short(who)}, training lowers pain more than seating and breaks",
    )


def drug_raises_pain(who: str) -> Conclusion:
    """The anti-spasticity drug raises this person's yearly pain."""
    return Conclusion(
        f"drug_raises_pain_{who}",
        f"for {_short(who)}, the anti-spasticity drug raises pain",
        lambda e: _c(e, who, "anti_spasticity"),
        ((who, "anti_spasticity"),),
    )


def drug_lowers_pain(who: str) -> Conclusion:
    """The anti-spasticity drug lowers this person's yearly pain."""
    return drug_raises_pain(who).negated(
        f"drug_lowers_pain_{who}", f"for {_short(who)}, the anti-spasticity drug lowers pain"
    )


def training_within_trials(who: str, low: float = -1.8, high: float = 0.0) -> Conclusion:
    """Training's effect on this person's yearly pain lies inside an interval of points (by
    default the exercise-trial interval, about −1.8 to 0 points)."""
    return Conclusion(
        f"training_within_trials_{who}",
        f"for {_short(who)}, training's effect lies between {low:g} and {high:g} points",
        lambda e: min(_c(e, who, "training") - low, high - _c(e, who, "training")),
        ((who, "training"),),
    )


#: Person whose conclusions the sensitivity panel examines by default: A (pain kept going by disuse
#: and fear), in whom training, seating and the drug all act.
FOCUS = "disuse"


def default_conclusions(effects: pd.DataFrame | None = None, who: str = FOCUS):
    """The notebook's conclusions about one person (default A), each stated the way the model's
    own effects point (``effects``: default :func:`model_effects` with the model's values):
    seating against training, and whether the anti-spasticity drug raises or lowers pain."""
    pairs = [seating_beats_training(who), training_beats_seating(who)]
    drug = [drug_raises_pain(who), drug_lowers_pain(who)]
    if effects is None:
        needs = {n for c in pairs + drug for n in c.needs}
        effects = model_effects({}, needs)
    return tuple(
        options[0] if options[0].holds(effects) else options[1] for options in (pairs, drug)
    )


#: Simulated years averaged for each point of the sensitivity analysis (seed 0, …). [setting]
SENSITIVITY_YEARS = 1


@cache
def _pair_changes(needs: tuple, seed: int, params: tuple) -> tuple[float, ...]:
    people = tuple(dict.fromkeys(p for p, _ in needs))
    rows_p, rows_i, where = [], [], {}
    for p in people:
        names = [n for q, n in needs if q == p]
        base = len(rows_p)
        rows_p += [p] * (len(names) + 1)
        rows_i += [model.NONE] + [model.FULL_DOSE[n] for n in names]
        for k, n in enumerate(names):
            where[(p, n)] = (base, base + 1 + k)
    run = _simulate(rows_p, rows_i, seed, dict(params))
    means = run.values["back_pain"].mean(axis=1)
    return tuple(float(means[where[pn][1]] - means[where[pn][0]]) for pn in needs)


def model_effects(params: Mapping[str, float], needs: Iterable[tuple[str, str]] | None = None):
    """Mean change of yearly pain for the (person, intervention) pairs in ``needs`` (default:
    every person and intervention), over the first :data:`SENSITIVITY_YEARS` simulated years,
    with some assumptions changed (``params``). A table indexed by (person, intervention)."""
    if needs is None:
        needs = [(p, n) for p in model.PEOPLE for n in interventions()]
    needs = tuple(sorted(set(needs)))
    for p, n in needs:
        _people(p)
        if n not in model.FULL_DOSE:
            raise ValueError(f"unknown intervention {n!r}; known: {list(model.FULL_DOSE)}")
    values = np.mean(
        [_pair_changes(needs, s, _key(params)) for s in range(SENSITIVITY_YEARS)], axis=0
    )
    index = pd.MultiIndex.from_tuples(needs, names=["person", "intervention"])
    return pd.DataFrame({"change": values}, index=index)


def sensitivity(
    items: Sequence[Assumption] | None = None,
    conclusions: Sequence[Conclusion] | None = None,
    effects: Callable[..., pd.DataFrame] = model_effects,
) -> pd.DataFrame:
    """Which assumption changes which conclusion.

    Each assumption is set, on its own, to the low and the high end of its range (the others
    keep their values); ``effects(params, needs)`` gives the intervention effects for those
    settings. One row per assumption and conclusion: assumption, label, low, value, high,
    conclusion, statement, holds (with the model's values), at_low, at_high (does it still hold
    there?), flips, flip_at (where the conclusion's margin crosses zero, by linear
    interpolation between the model's value and the end where it flips; NaN if it holds over
    the whole range), margin, margin_low, margin_high (points).
    """
    items = ASSUMPTIONS if items is None else tuple(items)
    if conclusions is None:
        conclusions = default_conclusions()
    needs = {n for c in conclusions for n in c.needs}
    nominal = effects({}, needs)
    rows = []
    for a in items:
        at = {"low": effects({a.name: a.low}, needs), "high": effects({a.name: a.high}, needs)}
        x0 = a.nominal
        for c in conclusions:
            m0 = c.margin(nominal)
            m = {end: c.margin(e) for end, e in at.items()}
            flip_at = np.nan
            for end, x in (("low", a.low), ("high", a.high)):
                if (m0 > 0) != (m[end] > 0) and np.isnan(flip_at):
                    flip_at = x0 + (x - x0) * m0 / (m0 - m[end]) if m0 != m[end] else x
            rows.append(
                (
                    a.name,
                    a.label,
                    a.low,
                    x0,
                    a.high,
                    c.name,
                    c.text,
                    m0 > 0,
                    m["low"] > 0,
                    m["high"] > 0,
                    (m0 > 0) != (m["low"] > 0) or (m0 > 0) != (m["high"] > 0),
                    flip_at,
                    m0,
                    m["low"],
                    m["high"],
                )
            )
    return pd.DataFrame(
        rows,
        columns=[
            "assumption",
            "label",
            "low",
            "value",
            "high",
            "conclusion",
            "statement",
            "holds",
            "at_low",
            "at_high",
            "flips",
            "flip_at",
            "margin",
            "margin_low",
            "margin_high",
        ],
    )


def flips(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`sensitivity` table where a conclusion flips inside the range."""
    return table[table["flips"]].reset_index(drop=True)


def shares_holding(conclusions: Sequence[Conclusion] | None = None, **kwargs) -> pd.Series:
    """For each conclusion, the share of the parameter samples of :func:`parameter_changes`
    (all assumptions varied at once, each sample with its own year) in which it holds."""
    if conclusions is None:
        conclusions = default_conclusions()
    long = parameter_changes(**kwargs)
    out = {}
    for c in conclusions:
        held = [
            c.holds(sample.set_index(["person", "intervention"]))
            for _, sample in long.groupby("seed")
        ]
        out[c.name] = float(np.mean(held))
    return pd.Series(out, name="share of samples in which it holds")
