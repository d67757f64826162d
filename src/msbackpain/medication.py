"""Medication side effects as their own class of pain.

Treatment-induced pain is its own class of pain in MS (Truini et al. 2013). This module holds
published side-effect facts as a table and a seeded simulator of the days on which a simulated
person has a side effect. The interferon rates come from one placebo-controlled trial of a
low-dose, once-weekly interferon beta-1a regimen in 371 people with secondary-progressive MS
(Andersen et al. 2004), not today's usual dosing.

Baclofen and tizanidine: weakness is commonly reported (Bass et al. 1988), while measured
isometric strength did not change in a 16-patient cross-over (1988), so the weakness is
functional; that lowering spasticity "unmasks" weakness is an interpretation. Stopping these
medicines suddenly can worsen spasticity (Stien et al. 1987), and stopping baclofen abruptly can
be dangerous: they should never be stopped suddenly without medical advice.

Educational material only. Nothing here suggests a dose, a schedule or a treatment choice: the
simulator's exposure days are a simulation setting, not a recommendation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

_IFN_SOURCE = (
    "Andersen et al. 2004: interferon beta-1a vs placebo, one trial of a low-dose once-weekly "
    "regimen in secondary-progressive MS"
)
_ROWS = [
    ("interferon beta-1a", "flu-like symptoms", 0.37, 0.22, _IFN_SOURCE),
    ("interferon beta-1a", "myalgia", 0.15, 0.08, _IFN_SOURCE),
    ("interferon beta-1a", "headache", 0.36, 0.20, _IFN_SOURCE),
    (
        "interferon beta",
        "increased spasticity",
        np.nan,
        np.nan,
        "can occur; no rate given (Walther & Hohlfeld 1999)",
    ),
    ("baclofen", "sleepiness", np.nan, np.nan, "common; no rate given (Bass et al. 1988)"),
    (
        "baclofen",
        "muscle weakness",
        np.nan,
        np.nan,
        "commonly reported; the most common adverse effect in a 66-patient comparison "
        "(Bass et al. 1988); measured isometric strength did not change in a 16-patient "
        "cross-over (Acta Neurol Scand 1988)",
    ),
    (
        "baclofen",
        "worse spasticity after stopping suddenly",
        np.nan,
        np.nan,
        "transient (Stien et al. 1987)",
    ),
    ("tizanidine", "sleepiness", np.nan, np.nan, "common; no rate given (Bass et al. 1988)"),
    (
        "tizanidine",
        "muscle weakness",
        np.nan,
        np.nan,
        "commonly reported; no rate given (Bass et al. 1988); measured isometric strength did "
        "not change in a 16-patient cross-over (Acta Neurol Scand 1988)",
    ),
]

#: Days after an exposure on which each effect can appear (0 = same day): flu-like symptoms and
#: myalgia the day after, headache the same day. A simulation choice; the trial reported who had
#: each effect, not when. [assumption | days after exposure]
ONSET_DAY = {"flu-like symptoms": 1, "myalgia": 1, "headache": 0}
#: Chance that a susceptible person has the effect after any one exposure: a simulation choice
#: (the trial reported per-person rates only). [assumption | probability]
PER_EXPOSURE_PROB = 0.5


def side_effect_table() -> pd.DataFrame:
    """Published side effects as a DataFrame.

    Columns: drug, side_effect, rate_drug and rate_placebo (fraction of people who reported it;
    NaN where no rate is given), source. ``df.attrs['citation']`` explains the sources. The
    interferon rates are from one placebo-controlled trial of a low-dose weekly regimen
    (Andersen et al. 2004); the "unmasking" of weakness by anti-spasticity drugs is an
    interpretation, not a finding.
    """
    df = pd.DataFrame(_ROWS, columns=["drug", "side_effect", "rate_drug", "rate_placebo", "source"])
    df.attrs["citation"] = (
        "Interferon beta-1a rates: Andersen et al. 2004, one placebo-controlled trial of a "
        "low-dose once-weekly regimen in secondary-progressive MS. Spasticity with interferon: "
        "Walther & Hohlfeld 1999. Baclofen and tizanidine weakness: Bass et al. 1988 (66-patient "
        "comparison; reported, while measured isometric strength did not change in a 16-patient "
        "cross-over, Acta Neurol Scand 1988). Worse spasticity after stopping suddenly: Stien et "
        "al. 1987. Educational only; not advice on any drug or dose."
    )
    return df


def published_rates(drug: str) -> dict[str, float]:
    """Published per-person rates for ``drug`` ('interferon beta-1a' or 'placebo'),
    Andersen et al. 2004."""
    df = side_effect_table().dropna(subset=["rate_drug"])
    if drug == "placebo":
        return dict(zip(df["side_effect"], df["rate_placebo"], strict=True))
    sub = df[df["drug"] == drug]
    if sub.empty:
        have = ", ".join(sorted(set(df["drug"]) | {"placebo"}))
        raise ValueError(
            f"drug {drug!r} has no published side-effect rates in this table (have: {have}); "
            "pass your own rates={effect: probability} and label them as assumptions"
        )
    return dict(zip(sub["side_effect"], sub["rate_drug"], strict=True))


@dataclass(frozen=True)
class SideEffectDays:
    """Result of :func:`simulate_side_effects`.

    ``symptom`` is a boolean array (people × days × effects); ``exposure`` (days) marks the
    exposure days; ``rates`` the per-person target rates used.
    """

    effects: tuple[str, ...]
    day: np.ndarray
    exposure: np.ndarray
    symptom: np.ndarray
    rates: dict

    def reported_rate(self) -> dict[str, float]:
        """Fraction of simulated people with at least one day of each effect."""
        any_day = self.symptom.any(axis=1).mean(axis=0)
        return dict(zip(self.effects, map(float, any_day), strict=True))


def simulate_side_effects(
    drug: str = "interferon beta-1a",
    n_days: int = 84,
    n_people: int = 1,
    *,
    exposure_interval_days: int = 7,
    rates: dict | None = None,
    per_exposure_prob: float = PER_EXPOSURE_PROB,
    seed=0,
) -> SideEffectDays:
    """Seeded simulation of side-effect days (teaching model, published rates).

    Each person reports an effect during the simulated period with the published per-person
    rate R (so the fraction of people with at least one symptom day equals R). A person who
    reports it has it after each exposure with probability q (``per_exposure_prob``, assumption
    0.5), conditioned on at least one occurrence, on the day given by :data:`ONSET_DAY`
    (assumption). ``drug`` 'interferon beta-1a' or 'placebo' use the
    published rates; other drugs need ``rates`` (your labelled assumptions). Exposure every
    ``exposure_interval_days`` from day 0 is a simulation setting, not a dosing schedule.
    Vectorised over people; returns :class:`SideEffectDays`.
    """
    if not isinstance(drug, str):
        raise TypeError(f"drug must be a string (got {drug!r})")
    r = dict(rates) if rates is not None else published_rates(drug)
    for k, v in r.items():
        if not isinstance(v, (int, float, np.floating)) or not 0 <= float(v) <= 1:
            raise ValueError(f"rates[{k!r}] must be a probability between 0 and 1 (got {v!r})")
    nd = _int("n_days", n_days, 1, 3650)
    npl = _int("n_people", n_people, 1, 1_000_000)
    step = _int("exposure_interval_days", exposure_interval_days, 1, 365)
    q = float(per_exposure_prob)
    if not 0 < q <= 1:
        raise ValueError(
            f"per_exposure_prob must be between 0 (excluded) and 1 (got {per_exposure_prob!r})"
        )
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    day = np.arange(nd)
    exposure = day % step == 0
    effects = tuple(r)
    symptom = np.zeros((npl, nd, len(effects)), dtype=bool)
    for j, eff in enumerate(effects):
        lag = ONSET_DAY.get(eff, 1)
        exp_days = day[exposure & (day + lag < nd)]
        if exp_days.size == 0:
            continue
        susceptible = rng.random(npl) < float(r[eff])
        hits = rng.random((npl, exp_days.size)) < q
        # a susceptible person must have the effect at least once: that is what "reported" means
        none = susceptible & ~hits.any(axis=1)
        while none.any():
            hits[none] = rng.random((int(none.sum()), exp_days.size)) < q
            none = susceptible & ~hits.any(axis=1)
        symptom[:, exp_days + lag, j] = hits & susceptible[:, None]
    return SideEffectDays(effects, day, exposure, symptom, r)


def _int(name: str, value, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be a whole number (got {value!r})")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high} (got {value!r})")
    return int(value)
