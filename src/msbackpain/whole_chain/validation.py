"""The whole-chain model against published targets: a validation table computed by the model.

Each row states a published value or range (with the key of its source in the collection's
reference list), a band the model must fall in, and the model's own value, computed here by
running the model or its link modules (never typed). Prevalences come from a simulated cohort of
plausible ambulatory people with MS (:func:`msbackpain.whole_chain.model.random_people`), stepped
together by :func:`~msbackpain.whole_chain.model.simulate_many`. A row that the model cannot meet
is kept, marked as a known gap, with its reason (notebook 07 prints it). The bands are our
choices: a published point value is given a tolerance, stated in the row's note.

A teaching model checked against a handful of numbers is still a teaching model: passing rows say
that the model does not contradict these findings, not that it predicts anyone's course.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from msbackpain import conduction, disuse, fatigue, pain, spasticity
from msbackpain.whole_chain import model as pt

#: Size and seed of the simulated cohort for prevalences. [setting]
COHORT_SIZE = 300
COHORT_SEED = 2025

#: Columns of :func:`validation_table`.
COLUMNS = ("target", "source", "published", "low", "high", "model", "passes", "note")


@dataclass(frozen=True)
class _Row:
    target: str
    source: str
    published: str
    low: float
    high: float
    model: float
    note: str
    known_gap: str = ""


@cache
def _cohort():
    people = pt.random_people(COHORT_SIZE, COHORT_SEED)
    run = pt.simulate_many(people, None, list(range(COHORT_SIZE)))
    return people, run


def _heat_share() -> float:
    _, run = _cohort()
    temperature = run.driver_values["temperature_C"]
    strength = 1.0 - run.values["weakness"]
    tired = run.values["muscle_fatigue"]
    hits = []
    for i in range(temperature.shape[0]):
        order = np.argsort(temperature[i])
        cool, warm = order[:30], order[-30:]
        s_cool, s_warm = strength[i, cool].mean(), strength[i, warm].mean()
        drop = (s_cool - s_warm) / s_cool
        rise = tired[i, warm].mean() - tired[i, cool].mean()
        hits.append(drop >= pt.HEAT_SYMPTOM_THRESHOLD or rise >= pt.HEAT_SYMPTOM_THRESHOLD)
    return float(np.mean(hits))


def _share(node: str, threshold: float, how: str = "mean") -> float:
    _, run = _cohort()
    values = run.values[node]
    stat = values.mean(axis=1) if how == "mean" else values.max(axis=1)
    return float(np.mean(stat >= threshold))


def _sign_share() -> float:
    people, _ = _cohort()
    return float(pt.lhermitte_signs(people, list(range(COHORT_SIZE))).mean())


#: Back pain "present" in the cohort: a mean evening rating of at least this (0–10) over the
#: year. A threshold chosen for the table (studies define back pain in different ways).
#: [setting]
BACK_PAIN_THRESHOLD = 3.0


@cache
def _training_effects() -> tuple[float, float]:
    """Mean change of yearly pain with full training in the example people (seeds 0–2), and the
    mean strength gain at 12 weeks (with training vs without, same days)."""
    pains, gains = [], []
    for who in pt.PEOPLE:
        effects = pt.intervention_effects(who, seeds=range(3))
        pains.append(effects.set_index("intervention").loc["training", "change"])
        both = pt.compare(who, pt.FULL_DOSE["training"], seed=0, days=84)
        s0 = 1.0 - both.baseline.nodes["weakness"].to_numpy()[-7:].mean()
        s1 = 1.0 - both.treated.nodes["weakness"].to_numpy()[-7:].mean()
        gains.append(s1 / s0 - 1.0)
    return float(np.mean(pains)), float(np.mean(gains))


@cache
def _seating_effect() -> float:
    return float(
        np.mean(
            [
                pt.intervention_effects(w, seeds=range(3))
                .set_index("intervention")
                .loc["seating", "change"]
                for w in pt.PEOPLE
            ]
        )
    )


def _drug_isometric_change() -> float:
    """Relative change of isometric back-extensor strength with the full drug effect (cohort)."""
    people = pt.random_people(40, COHORT_SEED + 1)
    run = pt.simulate_many(
        people * 2,
        [pt.NONE] * 40 + [pt.Interventions(anti_spasticity=1.0)] * 40,
        list(range(40)) * 2,
        days=60,
    )
    function = 1.0 - spasticity.functional_weakness(1.0)
    off = 1.0 - run.values["weakness"][:40]
    on = (1.0 - run.values["weakness"][40:]) / function
    return float(np.mean(on) / np.mean(off) - 1.0)


def _healthy_desk_day() -> float:
    """The default person with every MS setting switched off, on a desk day."""
    healthy = pt.Person(
        label="a person without MS at a desk",
        lesion_severity=1.0,
        sensory_involvement=0.0,
        heat_sensitivity=0.0,
        spasticity_gain=0.0,
        catastrophising=0.0,
        baseline_disuse=0.0,
        sitting_hours=8.0,
        standing_hours=1.0,
        bending_hours=0.0,
        steps=6000.0,
        relapse_rate_per_year=0.0,
        neck_flexions_per_day=0.0,
    )
    return pt.simulate(healthy, days=60).mean()


#: The stay-active row models the trials compared by Dahm et al. (2010): advice to rest in bed
#: for a few days versus advice to stay active. Rest lasts this many days at the start of the run
#: (:attr:`~msbackpain.whole_chain.model.Person.rest_days`; the trials advised a few days, the
#: row also reports 2 and 7), and pain is compared over the follow-up days from
#: ``FOLLOW_UP_DAYS[0]`` (0-based: day 8) to ``FOLLOW_UP_DAYS[1]`` (day 35), after the rest, in
#: the same people on the same random days (a counterfactual). Choices for the table. [setting]
REST_TRIAL_DAYS = 3
FOLLOW_UP_DAYS = (7, 35)


@cache
def _rest_minus_active(rest_days: int = REST_TRIAL_DAYS) -> tuple[float, float]:
    """Mean evening pain with a rest of ``rest_days`` days at the start minus staying active
    (the usual life throughout), the same cohort people on the same random days: (over the
    follow-up days after the rest, over the rest days themselves)."""
    people = pt.random_people(COHORT_SIZE, COHORT_SEED)
    seeds = list(range(COHORT_SIZE))
    rested = [p.but(rest_days=rest_days) for p in people]
    run = pt.simulate_many(people + rested, None, seeds * 2, days=FOLLOW_UP_DAYS[1])
    pain_ = run.values["back_pain"]
    active, rest = pain_[:COHORT_SIZE], pain_[COHORT_SIZE:]
    lo, hi = FOLLOW_UP_DAYS
    after = float(rest[:, lo:hi].mean() - active[:, lo:hi].mean())
    during = float(rest[:, :rest_days].mean() - active[:, :rest_days].mean())
    return after, during


def _delay_at_reference() -> float:
    who = pt.Person(
        lesion_severity=pt.REFERENCE_MS_SEVERITY, sensory_involvement=1.0, relapse_rate_per_year=0.0
    )
    return pt.simulate(who, days=10).mean("sensory_delay")


def _rows() -> list[_Row]:
    train_pain, train_gain = _training_effects()
    rest_after, rest_during = _rest_minus_active()
    rest_during_text = f"{rest_during:+.1f}".replace("-", "−")
    rest2, rest7 = _rest_minus_active(2)[0], _rest_minus_active(7)[0]
    rows = [
        _Row(
            "Heat sensitivity: share of people whose symptoms worsen in warm weather",
            "flensner2011",
            "58% of 256 (survey)",
            0.35,
            0.80,
            _heat_share(),
            "cohort: strength −3% or muscle fatigue +0.03 on the 30 warmest vs 30 coolest days; "
            "band 35–80% (other estimates 60–80%)",
        ),
        _Row(
            "Lhermitte's sign: share of people who have it",
            "foley2013",
            "16% (pooled prevalence)",
            0.10,
            0.25,
            _sign_share(),
            "cohort: sign drawn from its probability given a cervical lesion (visible lesion in "
            f"{pt.COHORT_CERVICAL_LESION_SHARE:.0%}, derived); it comes in spells, so only "
            f"{_share('lhermitte', 1.0, 'max'):.0%} had an episode within the simulated year",
        ),
        _Row(
            "Spasticity: share with any spasticity",
            "rizzo2004",
            "84% report some (16% none)",
            0.70,
            0.95,
            _share("spasticity", spasticity.CATCH_TORQUE_NM),
            "cohort: mean reflex torque at the Ashworth speed ≥ the spasticity module's "
            f"'catch' torque ({spasticity.CATCH_TORQUE_NM:g} N·m)",
        ),
        _Row(
            "Back pain: share with back pain",
            "massot2021",
            "low back pain 41.6–52.4% (review); 20% 'back pain' (Foley 2013); 68.9% (Odzimek 2023)",
            0.20,
            0.70,
            _share("back_pain", BACK_PAIN_THRESHOLD),
            f"cohort: mean evening pain ≥ {BACK_PAIN_THRESHOLD:g}/10 over the year (our "
            "threshold); studies define back pain differently, so the band spans them",
        ),
        _Row(
            "Trunk: load that can be held without a time limit (fraction of maximum)",
            "bjorksten1977",
            "7.9% sustained over 60 min (14% intermittent)",
            0.06,
            0.10,
            fatigue.fatigue_threshold_load(joint="trunk"),
            "three-compartment model with the trunk pair of Frey-Law et al. 2012 (6–9% across "
            "joints)",
        ),
        _Row(
            "90-day bed rest: back-extension strength lost (%)",
            "muir2011",
            "about 12% (249 → 218 ft-lb)",
            9.0,
            16.0,
            100.0 * (1.0 - disuse.strength_after_disuse(90.0, 0.0, muscle="back")),
            "disuse model, back curve = knee curve × 12.4/25.7",
        ),
        _Row(
            "90-day bed rest: knee-extension strength lost (%)",
            "muir2011",
            "about 26% (109 → 81 ft-lb)",
            20.0,
            31.0,
            100.0 * (1.0 - disuse.strength_after_disuse(90.0, 0.0)),
            "disuse model calibrated on Marusic et al. 2021 and this point",
        ),
        _Row(
            "Exercise/training: change of pain (points, 0–10)",
            "demaneuf2019",
            "SMD −0.46 (95% CI −0.92 to 0.00) ≈ −0.9 points (−1.8 to 0.0)",
            -1.8,
            0.0,
            train_pain,
            "mean over the three example people (in whom weakness, posture and pain link); part "
            "of the effect is a calibrated pain-modulation assumption (TRAINING_PAIN_MODULATION)",
        ),
        _Row(
            "Training: strength gain after 12 weeks (fraction)",
            "dalgas2009",
            "+15.7% (95% CI 4.3 to 27.0%), knee extensors",
            0.043,
            0.27,
            train_gain,
            "example people, back-extensor strength at weeks 11–12 with vs without training "
            "(the disuse path adds to the direct gain)",
        ),
        _Row(
            "Disc pressure, sitting unsupported (MPa)",
            "wilke1999",
            "0.46",
            0.44,
            0.48,
            float(pain.daily_dose(1.0)["mean_pressure_MPa"]),
            "pain.daily_dose, one hour of sitting",
        ),
        _Row(
            "Disc pressure, relaxed standing (MPa)",
            "wilke1999",
            "0.50",
            0.48,
            0.52,
            float(pain.daily_dose(0.0, 1.0)["mean_pressure_MPa"]),
            "pain.daily_dose, one hour of standing",
        ),
        _Row(
            "Disc pressure overnight: start → end of a night lying (MPa)",
            "wilke1999",
            "0.10 → 0.24 (rises)",
            0.22,
            0.26,
            float(pain.night_pressure(7 * 60)),
            "pain.night_pressure after 7 h; the model's discomfort still eases overnight (an "
            "assumption about discomfort, not about the disc)",
        ),
        _Row(
            "Desk day without MS: mean evening discomfort (0–10)",
            "coenen2017",
            "≥ 0.9/10 after about 71 min standing; most symptom-free people stay low",
            0.0,
            2.5,
            _healthy_desk_day(),
            "the default person with every MS setting off (pain sensitivity 1.0, 20° habitual "
            "bend), 8 h sitting, 1 h standing, 6000 steps; band: mild, below the 4–6 usually "
            "called moderate (our choice)",
        ),
        _Row(
            "Anti-spasticity drug: change of isometric strength (fraction)",
            "crossover1988",
            "no significant change with baclofen or tizanidine (16 people)",
            -0.02,
            0.02,
            _drug_isometric_change(),
            "cohort of 40, full drug effect; the drug's functional weakness is not isometric",
        ),
        _Row(
            "Refractory period at lesion severity 4 (× normal)",
            "felts1997",
            "2–5× in demyelinated axons, near block; node chain: 1.0× at severity 4",
            0.95,
            1.1,
            float(conduction.refractory_factor(4.0)),
            "the wiring uses the node chain's two-pulse table (derived); 2–5× only near block",
        ),
        _Row(
            "Postural response latency at the reference lesion (ms)",
            "cameron2008",
            "161 ± 31 ms in MS (102 ± 21 in controls)",
            130.0,
            192.0,
            _delay_at_reference(),
            "severity 7, full sensory involvement, no relapses; band: ± 1 SD",
        ),
        _Row(
            f"Stay active rather than rest: pain in weeks 2–5 after {REST_TRIAL_DAYS} days of "
            "bed rest minus staying active (points)",
            "dahm2010",
            "advice to stay active: small gains in pain over advice to rest in bed (2 trials, "
            "N = 401: SMD 0.22, 95% CI 0.02 to 0.41; ≈ 0.44 points, 0.04 to 0.8, if the SD of "
            "pain is 2 points, our assumption)",
            0.001,
            0.8,
            rest_after,
            f"cohort of {COHORT_SIZE}, same people and random days, rest on days 1–"
            f"{REST_TRIAL_DAYS} vs usual days throughout; band: above 0 (the sign: staying active "
            "better) up to the upper 95% limit. While resting, lying relieves held postures in "
            f"the model (pain {rest_during_text} points on the rest days: relief while resting "
            "only); after rest, pain is higher than with staying active, because the rest days "
            "give no training stimulus (bed-rest atrophy of the back extensors) and the disuse "
            "built up while resting returns to the usual level only slowly. The size is far "
            f"below the trials' ({rest_after:.3f} points, about {rest_after / 0.44:.0%} of "
            f"0.44; {rest2:.3f} after 2 rest days, {rest7:.3f} after 7): the model has no term "
            "for what advice to rest does to beliefs, worry or pain sensitivity",
        ),
        _Row(
            "Workstation change: change of low-back discomfort (points)",
            "agarwal2018",
            "sit-stand desks SMD −0.23 ≈ −0.3 to −0.5 points (pain-free workers)",
            -0.6,
            0.0,
            _seating_effect(),
            "full seating intervention (backrest part of the time, 2-minute breaks every 40 "
            "minutes), mean over the example people; CALIBRATED to this range "
            "(SEATING_SUPPORTED_SHARE), so not an independent check",
        ),
        _Row(
            "Fatigue (the symptom): share of people with MS",
            "yi2024",
            "59.1% (pooled, 69 studies)",
            np.nan,
            np.nan,
            np.nan,
            "the model's muscle_fatigue is performance fatigability of the hip extensors over a "
            "static hold, not the symptom (Kluger et al. 2013 separate the two)",
            known_gap=(
                "the symptom of MS fatigue (largely central) is not modelled, and the model's "
                "muscle fatigue must not be compared with it"
            ),
        ),
        _Row(
            "Falls: share falling within 3 months",
            "nilsagard2015",
            "56% of 537",
            np.nan,
            np.nan,
            np.nan,
            "falls are not modelled",
            known_gap="the model has sway but no falls: no model value",
        ),
    ]
    return rows


@cache
def _table() -> pd.DataFrame:
    records = []
    for r in _rows():
        inside = bool(np.isfinite(r.model) and r.low <= r.model <= r.high)
        note = r.note if not r.known_gap else f"KNOWN GAP: {r.known_gap} ({r.note})"
        records.append(
            {
                "target": r.target,
                "source": r.source,
                "published": r.published,
                "low": r.low,
                "high": r.high,
                "model": r.model,
                "passes": inside,
                "note": note,
                "known_gap": bool(r.known_gap),
            }
        )
    return pd.DataFrame.from_records(records)


def validation_table() -> pd.DataFrame:
    """The validation table (a copy): columns target, source (reference key), published, low,
    high (the band the model must fall in), model (computed), passes, note, known_gap."""
    return _table().copy()
