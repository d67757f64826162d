"""Disease-modifying drugs of the simulated cohort, their schedules and side-effect days.

Each drug has a share of relapses it prevents and its own pattern of side effects (what, how
often, on which days, how it fades), which become the day's treatment-related pain and fatigue.
Where a trial gives a number it is used and cited; every other size is a teaching assumption:

* **interferon beta-1a** (an injection, here once a week as in the low-dose trial of Andersen et
  al. 2004): flu-like symptoms, muscle aches and headache the day after an injection, with the
  trial's per-person rates (:func:`msbackpain.medication.simulate_side_effects`) and the pain of
  each effect of :data:`msbackpain.whole_chain.SIDE_EFFECT_PAIN`; they fade over the first months
  on the drug (assumed). Relapses prevented: the whole-chain model's interferon-like drug
  (``whole_chain.DMD_RELAPSE_REDUCTION``, an assumption; interferon beta lowered the relapse rate
  in the pivotal trial, IFNB Multiple Sclerosis Study Group 1993).
* **glatiramer acetate** (a daily injection): 29% fewer relapses than placebo (annualised 0.59
  vs 0.84) in the pivotal trial, whose most common adverse experience was an injection-site
  reaction; a brief systemic reaction after an injection occurred in 15.2% of people on the drug
  (Johnson et al. 1995).
* **dimethyl fumarate** (a capsule twice a day): 53% fewer relapses than placebo in the DEFINE
  trial (Gold et al. 2012); flushing and stomach upset, mostly in the first months (rates assumed).
* **ocrelizumab** (an infusion every 24 weeks): 46–47% fewer relapses than interferon beta-1a
  (0.16 vs 0.29 a year) and infusion-related reactions in 34.3% of people (Hauser et al. 2017);
  the reduction against no drug is derived with the interferon assumption above.

Educational material only: nothing here suggests a drug, a dose or a schedule; the schedules are
simulation settings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain import medication, whole_chain


@dataclass(frozen=True)
class Effect:
    """One side effect: who gets it (per-person rate), when, how much it hurts and tires."""

    name: str
    person_rate: float  # share of people on the drug who ever have it
    per_exposure: float  # chance after each exposure, in people who have it
    lag_days: tuple[int, ...]  # days after the exposure on which it is felt
    pain: float  # 0–10 points of treatment-related pain on those days
    fatigue: float  # 0–10 points of extra fatigue on those days
    in_back: bool  # felt (partly) as aches in the back
    fade_days: float  # time constant of fading while on the drug (inf: no fading)
    floor: float  # share of the first-month frequency that remains after fading


@dataclass(frozen=True)
class Drug:
    name: str
    relapse_reduction: float
    exposure_every_days: int  # 1: daily; 7: weekly; 168: every 24 weeks
    doses_per_day: int  # doses written in the diary on an exposure day
    effects: tuple[Effect, ...]


_IFN = medication.published_rates("interferon beta-1a")

#: Fading of interferon's flu-like effects: time constant on the drug, and the share of the
#: first months' frequency that remains. Teaching choices ("they usually ease over months").
#: [assumption | days]
INTERFERON_FADE_DAYS = 120.0
#: Share of interferon's early side-effect frequency that remains after fading. [assumption |
#: fraction]
INTERFERON_FADE_FLOOR = 0.3
#: Fatigue points on a day with flu-like symptoms (teaching choice). [assumption | points (0–10)]
FLU_FATIGUE = 2.0
#: Relapses prevented by glatiramer acetate: 29% (annualised 0.59 vs 0.84 on placebo, 251 people
#: with relapsing-remitting MS, daily injections for 2 years). [measured: johnson1995 | fraction]
GLATIRAMER_RELAPSE_REDUCTION = 0.29
#: People with a brief systemic reaction after an injection of glatiramer acetate in the pivotal
#: trial (3.2% on placebo). [measured: johnson1995 | fraction of people]
GLATIRAMER_SYSTEMIC_REACTION = 0.152
#: Relapses prevented by dimethyl fumarate twice a day against placebo in the DEFINE trial: 53%.
#: [measured: gold2012 | fraction]
DMF_RELAPSE_REDUCTION = 0.53
#: Relapse rate with ocrelizumab relative to interferon beta-1a three times a week: 0.16 vs 0.29 a
#: year in both OPERA trials. [measured: hauser2017 | ratio]
OCRELIZUMAB_VS_INTERFERON = 0.16 / 0.29
#: Relapses prevented by ocrelizumab against no drug: 1 − ratio × (1 − interferon's reduction),
#: with the interferon-like reduction of the whole-chain model (an assumption).
#: [derived: hauser2017 | fraction]
OCRELIZUMAB_RELAPSE_REDUCTION = 1.0 - OCRELIZUMAB_VS_INTERFERON * (
    1.0 - whole_chain.DMD_RELAPSE_REDUCTION
)
#: People with an infusion-related reaction on ocrelizumab in the OPERA trials.
#: [measured: hauser2017 | fraction of people]
OCRELIZUMAB_INFUSION_REACTION = 0.343
#: Days between ocrelizumab infusions (600 mg every 24 weeks in the trials; a simulation
#: setting, not a schedule to follow). [setting | days]
OCRELIZUMAB_EVERY_DAYS = 168

_INF = float("inf")

#: The drugs of the cohort. Rates and sizes not listed above are teaching assumptions.
DRUGS: dict[str, Drug] = {
    "interferon beta-1a": Drug(
        "interferon beta-1a",
        whole_chain.DMD_RELAPSE_REDUCTION,
        7,
        1,
        (
            Effect(
                "flu-like symptoms",
                _IFN["flu-like symptoms"],
                medication.PER_EXPOSURE_PROB,
                (medication.ONSET_DAY["flu-like symptoms"],),
                whole_chain.SIDE_EFFECT_PAIN["flu-like symptoms"],
                FLU_FATIGUE,
                True,
                INTERFERON_FADE_DAYS,
                INTERFERON_FADE_FLOOR,
            ),
            Effect(
                "myalgia",
                _IFN["myalgia"],
                medication.PER_EXPOSURE_PROB,
                (medication.ONSET_DAY["myalgia"],),
                whole_chain.SIDE_EFFECT_PAIN["myalgia"],
                1.0,
                True,
                INTERFERON_FADE_DAYS,
                INTERFERON_FADE_FLOOR,
            ),
            Effect(
                "headache",
                _IFN["headache"],
                medication.PER_EXPOSURE_PROB,
                (medication.ONSET_DAY["headache"],),
                whole_chain.SIDE_EFFECT_PAIN["headache"],
                0.5,
                False,
                INTERFERON_FADE_DAYS,
                INTERFERON_FADE_FLOOR,
            ),
        ),
    ),
    "glatiramer acetate": Drug(
        "glatiramer acetate",
        GLATIRAMER_RELAPSE_REDUCTION,
        1,
        1,
        (
            Effect("injection-site reaction", 0.6, 0.1, (0,), 1.0, 0.0, False, _INF, 1.0),
            Effect(
                "post-injection reaction",
                GLATIRAMER_SYSTEMIC_REACTION,
                0.01,
                (0,),
                1.0,
                1.0,
                False,
                _INF,
                1.0,
            ),
        ),
    ),
    "dimethyl fumarate": Drug(
        "dimethyl fumarate",
        DMF_RELAPSE_REDUCTION,
        1,
        2,
        (
            Effect("flushing", 0.4, 0.15, (0,), 0.0, 0.5, False, 60.0, 0.1),
            Effect("stomach upset", 0.3, 0.1, (0,), 1.5, 1.0, False, 60.0, 0.1),
        ),
    ),
    "ocrelizumab": Drug(
        "ocrelizumab",
        OCRELIZUMAB_RELAPSE_REDUCTION,
        OCRELIZUMAB_EVERY_DAYS,
        1,
        (
            Effect(
                "infusion reaction",
                OCRELIZUMAB_INFUSION_REACTION,
                0.6,
                (0, 1),
                2.0,
                2.0,
                True,
                _INF,
                1.0,
            ),
        ),
    ),
}
DRUG_NAMES = ("none", *DRUGS)

#: Share of each drug among people with relapsing-remitting MS (the rest take none), and among
#: people with progressive MS. Teaching choices for "several drugs, interferon a minority".
#: [assumption | fraction of people]
SHARE_RELAPSING = {
    "interferon beta-1a": 0.15,
    "glatiramer acetate": 0.15,
    "dimethyl fumarate": 0.2,
    "ocrelizumab": 0.2,
}
#: Shares in secondary progressive MS. [assumption | fraction of people]
SHARE_SECONDARY = {"interferon beta-1a": 0.1, "ocrelizumab": 0.2}
#: Shares in primary progressive MS (ocrelizumab is the drug studied there). [assumption |
#: fraction of people]
SHARE_PRIMARY = {"ocrelizumab": 0.25}


def assign(course: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Index into :data:`DRUG_NAMES` for each person (0 = none), by MS course (0 RR, 1 SP, 2 PP)."""
    out = np.zeros(course.size, dtype=np.int64)
    u = rng.random(course.size)
    for c, shares in enumerate((SHARE_RELAPSING, SHARE_SECONDARY, SHARE_PRIMARY)):
        edge = 0.0
        for name, share in shares.items():
            hit = (course == c) & (u >= edge) & (u < edge + share)
            out[hit] = DRUG_NAMES.index(name)
            edge += share
    return out


def relapse_reduction(drug: np.ndarray) -> np.ndarray:
    """Fraction of relapses each person's drug prevents (0 without a drug)."""
    table = np.array([0.0] + [d.relapse_reduction for d in DRUGS.values()])
    return table[drug]


def side_effect_days(drug, days_on_drug, days, rng) -> dict[str, np.ndarray]:
    """Exposure and side-effect days of each person's drug over ``days`` study days.

    ``days_on_drug``: days since the person started the drug at study day 0 (fading). Returns
    arrays (people × days): ``exposure`` (bool), ``doses`` (int), ``pain`` (treatment-related
    pain 0–10), ``back`` (its part felt in the back), ``fatigue`` (points) and ``any`` (bool).
    """
    n = drug.size
    out = {
        "exposure": np.zeros((n, days), bool),
        "doses": np.zeros((n, days), np.int64),
        "pain": np.zeros((n, days)),
        "back": np.zeros((n, days)),
        "fatigue": np.zeros((n, days)),
    }
    t = np.arange(days)
    for k, d in enumerate(DRUGS.values(), start=1):
        who = np.flatnonzero(drug == k)
        # every draw is made for everyone, so a person's days do not depend on the others' drugs
        offset = rng.integers(0, d.exposure_every_days, n)
        person_u = rng.random((n, len(d.effects)))
        day_u = rng.random((n, days, len(d.effects)))
        if who.size == 0:
            continue
        exposure = (t[None, :] + offset[who, None]) % d.exposure_every_days == 0
        on = days_on_drug[who, None] + t[None, :]
        out["exposure"][who] |= exposure
        out["doses"][who] += exposure * d.doses_per_day
        for j, e in enumerate(d.effects):
            has = person_u[who, j] < e.person_rate
            fade = e.floor + (1.0 - e.floor) * np.exp(-np.maximum(on, 0) / e.fade_days)
            hit = exposure & has[:, None] & (day_u[who, :, j] < e.per_exposure * fade)
            felt = np.zeros_like(hit)
            for lag in e.lag_days:
                felt[:, lag:] |= hit[:, : days - lag]
            out["pain"][who] += felt * e.pain
            out["back"][who] += felt * (e.pain if e.in_back else 0.0)
            out["fatigue"][who] += felt * e.fatigue
    out["pain"] = np.minimum(out["pain"], 10.0)
    out["back"] = np.minimum(out["back"], 10.0)
    out["any"] = (out["pain"] > 0) | (out["fatigue"] > 0)
    return out
