"""The diary study: the whole-chain people observed day by day, with a counterfactual hook.

:func:`simulate_study` runs the whole study for a cohort, one chunk of people at a time:

1. **Calendar and weather**: one shared series of daily mean temperatures (:mod:`.climate`) from
   :data:`SCREENING_DAYS` days before the study opens to the last possible diary day.
2. **Cohort** (:mod:`.cohort`): people of a general MS clinic, or (setting ``"clinic"``) the
   people of that clinic who rated their back pain at least :data:`SCREENING_MIN_RATING` on
   average in a screening diary over the :data:`SCREENING_DAYS` days before they enrolled.
   Enrolment is staggered over :data:`ENROLMENT_DAYS` days, so diary windows cover different
   seasons; some people leave early (dropout).
3. **Treatments**: disease-modifying drugs with their side-effect days (:mod:`.drugs`), an
   anti-spasticity drug given more often to people with more spasticity (confounding by
   indication), and physiotherapy: a referral after a bad spell of *reported* back pain (so the
   weeks before a start are a flare: regression to the mean), a waiting time of weeks, imperfect
   attendance, some who never start, a programme of :data:`PROGRAMME_DAYS` days and then some
   exercise at home.
4. **The model**: :func:`msbackpain.whole_chain.simulate_arrays` gives what really happens to
   each person each day, from their traits, daily inputs and doses.
5. **The diary** (:mod:`.observation`): ratings with habits, missing entries, pedometer steps.

``change(scenario, plan)`` edits the model's inputs (traits, daily inputs, doses, side-effect
days, edges switched off) *after* every random draw and every treatment decision was made, so a
run with a change is the same people on the same random days with one thing different: a
counterfactual (:mod:`.answers` uses it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from msbackpain import whole_chain as wc
from msbackpain.diaries import climate, cohort, drugs, observation

#: People per chunk: each chunk draws from its own random streams, so the data do not depend on
#: how many people come after; memory is bounded by one chunk. Changing it changes the data.
#: [setting | people]
CHUNK_PEOPLE = 500
#: Days over which people enrol (staggered enrolment). [setting | days]
ENROLMENT_DAYS = 270
#: Length of the screening diary before enrolment (setting "clinic"). [setting | days]
SCREENING_DAYS = 14
#: Mean screening rating of back pain needed to enrol in the back-pain clinic study.
#: [setting | points (0–10)]
SCREENING_MIN_RATING = 3.0
#: Most rounds of screening a chunk may need before giving up. [setting | rounds]
MAX_SCREENING_ROUNDS = 50
#: Mean time to leaving the study early (exponential): about 1 in 9 leave within 180 days.
#: [assumption | days]
DROPOUT_MEAN_DAYS = 1500.0
#: Days of a relapse flagged in the clinic's record after each onset. [setting | days]
RELAPSE_FLAG_DAYS = 30
#: Referral for physiotherapy: a 7-day mean of reported back pain at least this much above the
#: person's first two weeks, or at least :data:`REFERRAL_MIN_RATING`. [assumption | points]
REFERRAL_RISE = 1.0
#: Lowest 7-day mean rating that leads to a referral. [assumption | points (0–10)]
REFERRAL_MIN_RATING = 4.0
#: Chance that a bad spell leads to a referral. [assumption | probability]
REFERRAL_PROB = 0.7
#: Waiting time from referral to the first session: uniform between these. [assumption | days]
WAITING_DAYS = (14, 56)
#: Share of referred people who never start. [assumption | fraction]
NEVER_START = 0.15
#: Length of the physiotherapy programme (two sessions a week). [assumption | days]
PROGRAMME_DAYS = 84
#: Training dose after the programme (exercise at home), as a share of the programme's.
#: [assumption | fraction]
HOME_EXERCISE_SHARE = 0.3
#: Anti-spasticity doses a day written in the diary (three a day, a simulation setting).
#: [setting | doses]
ANTI_SPASTICITY_DOSES = 3

#: Settings of the cohort: name → how people were selected (also written in the datasheet).
SETTINGS = {
    "clinic": (
        "People of a general MS clinic who kept a screening diary for "
        f"{SCREENING_DAYS} days before enrolling and rated their back pain at least "
        f"{SCREENING_MIN_RATING:g} out of 10 on average (a back-pain study); those who did not "
        "qualify were not enrolled"
    ),
    "general": "People of a general MS clinic, whether or not they have back pain",
}
ALIASES = {"back_pain_clinic": "clinic"}
DEFAULT_SETTING = "clinic"
#: Nodes of the model the diary needs.
NODES = (
    "back_pain",
    "muscle_fatigue",
    "spasticity",
    "lhermitte",
    "relapse",
    "steps",
    "sitting_hours",
)
_INPUT_FIELDS = tuple(f.name for f in dataclasses.fields(wc.DailyInputs))


def setting_name(setting: str) -> str:
    s = ALIASES.get(setting, setting)
    if s not in SETTINGS:
        raise ValueError(f"setting must be one of {', '.join(SETTINGS)} (got {setting!r})")
    return s


@dataclass(frozen=True)
class Calendar:
    """The study's calendar: dates from the first screening day, daily mean temperatures."""

    start: pd.Timestamp
    dates: pd.DatetimeIndex
    temperature: np.ndarray
    heat_wave: np.ndarray

    def window(self, first: np.ndarray, days: int) -> np.ndarray:
        """Calendar indices (people × days) of a window starting at ``first``."""
        return first[:, None] + np.arange(days)[None, :]


def calendar(n_days: int, seed: int, start_date) -> Calendar:
    start = pd.Timestamp(start_date).normalize()
    total = SCREENING_DAYS + ENROLMENT_DAYS + n_days
    dates = pd.date_range(start - pd.Timedelta(days=SCREENING_DAYS), periods=total, freq="D")
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(0,)))
    temp, wave = climate.daily_means(dates, rng)
    return Calendar(start, dates, temp, wave)


@dataclass
class Scenario:
    """What a ``change`` may edit before the model runs (arrays are copies)."""

    traits: dict
    inputs: dict
    doses: dict
    side: dict
    edges_off: list = field(default_factory=list)
    params: dict | None = None


@dataclass
class Plan:
    """Everything about one chunk of people that is fixed before the model runs."""

    first: int
    days: int
    people: dict
    enrol: np.ndarray  # study day of enrolment (0 = the day the study opens)
    stay: np.ndarray  # diary days before leaving (≤ days)
    drug: np.ndarray
    days_on_drug: np.ndarray
    side: dict
    inputs: dict
    doses: dict
    obs: dict
    habits: dict
    anti_doses: np.ndarray
    physio: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        return self.enrol.size

    @property
    def enrolled(self) -> np.ndarray:
        """Days (people × days) inside each person's diary window."""
        return np.arange(self.days)[None, :] < self.stay[:, None]


@dataclass
class ChunkResult:
    plan: Plan
    out: dict
    rec: dict


def _streams(seed: int, k: int) -> list[np.random.Generator]:
    ss = np.random.SeedSequence(seed, spawn_key=(1, k))
    return [np.random.default_rng(s) for s in ss.spawn(7)]


def _weekdays(cal: Calendar, first: np.ndarray, days: int) -> np.ndarray:
    wd = cal.dates.day_of_week.to_numpy()
    return wd[cal.window(first, days)]


def _screen(pool: dict, enrol: np.ndarray, cal: Calendar, rng, h) -> np.ndarray:
    """Mean reported back pain over the screening diary (NaN if nothing was written)."""
    m = enrol.size
    temp = cal.temperature[cal.window(enrol, SCREENING_DAYS)]
    inputs = wc.daily_inputs(pool["traits"], temp, rng)
    doses = {"anti_spasticity": pool["anti_spasticity_dose"]}
    out = wc.simulate_arrays(pool["traits"], inputs, doses, nodes=NODES)
    obs = observation.draws(m, SCREENING_DAYS, rng, pool["edss"], pool["age"])
    obs["weekday"] = _weekdays(cal, enrol, SCREENING_DAYS)
    side = {k: np.zeros((m, SCREENING_DAYS)) for k in ("pain", "back", "fatigue")}
    rec = observation.observe(out, side, obs, h)
    filled = rec["filled"]
    total = np.where(filled, rec["back_pain"], 0).sum(axis=1)
    count = filled.sum(axis=1)
    return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def _select(m: int, setting: str, cal: Calendar, rng_people, rng_screen, h):
    """Draw ``m`` people (and their enrolment day) for the setting."""
    if setting == "general":
        people = cohort.draw_people(m, rng_people)
        return people, rng_people.integers(0, ENROLMENT_DAYS, m)
    chosen, enrol, need = [], [], m
    for _round in range(MAX_SCREENING_ROUNDS):
        if need == 0:
            break
        size = 3 * need + 20
        pool = cohort.draw_people(size, rng_people)
        e = rng_people.integers(0, ENROLMENT_DAYS, size)
        score = _screen(pool, e, cal, rng_screen, h)
        keep = np.flatnonzero(score >= SCREENING_MIN_RATING)[:need]
        chosen.append(cohort.take(pool, keep))
        enrol.append(e[keep])
        need -= keep.size
    if need > 0:
        raise ValueError(
            "too few screened people qualify for the back-pain study with these diary habits; "
            "use setting='general'"
        )
    people = {
        k: (
            {t: np.concatenate([c[k][t] for c in chosen]) for t in chosen[0][k]}
            if isinstance(chosen[0][k], dict)
            else np.concatenate([c[k] for c in chosen])
        )
        for k in chosen[0]
    }
    return people, np.concatenate(enrol)


def plan_chunk(k: int, m: int, days: int, seed: int, cal: Calendar, setting: str, h) -> Plan:
    """Draw one chunk of ``m`` people and everything about them that precedes the model."""
    rng_people, rng_screen, rng_treat, rng_inputs, rng_obs, rng_stay, _ = _streams(seed, k)
    people, enrol = _select(m, setting, cal, rng_people, rng_screen, h)
    first = SCREENING_DAYS + enrol  # calendar index of the first diary day
    drug = drugs.assign(people["course"], rng_treat)
    new = rng_treat.random(m) < 0.2
    days_on = np.where(new, rng_treat.integers(0, 90, m), rng_treat.integers(90, 3000, m))
    days_on = np.where(drug > 0, days_on, 0)
    side = drugs.side_effect_days(drug, days_on, days, rng_treat)
    anti = people["anti_spasticity"] > 0
    anti_doses = np.where(
        anti[:, None], rng_treat.binomial(ANTI_SPASTICITY_DOSES, 0.9, (m, days)), 0
    )
    temp = cal.temperature[cal.window(first, days)]
    inputs = wc.daily_inputs(people["traits"], temp, rng_inputs, treatment_pain=side["pain"])
    doses = {
        "anti_spasticity": people["anti_spasticity_dose"],
        "dmd": (drug > 0).astype(float),
        "dmd_relapse_reduction": drugs.relapse_reduction(drug),
        "interferon_spasticity": (drug == drugs.DRUG_NAMES.index("interferon beta-1a")).astype(
            float
        ),
        "training": np.zeros((m, days)),
    }
    obs = observation.draws(m, days, rng_obs, people["edss"], people["age"])
    obs["weekday"] = _weekdays(cal, first, days)
    stay = np.minimum(days, np.ceil(rng_stay.exponential(DROPOUT_MEAN_DAYS, m))).astype(np.int64)
    stay = np.maximum(stay, 1)
    plan = Plan(
        first=k * CHUNK_PEOPLE,
        days=days,
        people=people,
        enrol=enrol,
        stay=stay,
        drug=drug,
        days_on_drug=days_on,
        side=side,
        inputs={f: getattr(inputs, f) for f in _INPUT_FIELDS},
        doses=doses,
        obs=obs,
        habits=h,
        anti_doses=anti_doses,
    )
    plan.physio = {"u": rng_stay.random((4, m)), "session_u": rng_stay.random((m, days))}
    return plan


_STACKED = ("offset", "scale", "noise", "digit_u")  # observation draws with a leading axis of 3


def _obs_rows(obs: dict, rows) -> dict:
    return {
        k: (np.asarray(v)[:, rows] if k in _STACKED else np.asarray(v)[rows])
        for k, v in obs.items()
    }


def run(plan: Plan, change: Callable | None = None, rows=None) -> tuple[dict, dict]:
    """Run the model and the diary for a plan, with ``change`` (all people), or without a change
    for some ``rows`` only."""
    if rows is not None and change is not None:
        raise ValueError("run: a change applies to every person of the plan, not to some rows")
    sel = slice(None) if rows is None else rows

    def cut(a):
        return np.asarray(a)[sel].copy()

    s = Scenario(
        traits={k: cut(v) for k, v in plan.people["traits"].items()},
        inputs={k: cut(v) for k, v in plan.inputs.items() if k != "treatment_pain"},
        doses={k: cut(v) for k, v in plan.doses.items()},
        side={k: cut(v) for k, v in plan.side.items()},
    )
    if change is not None:
        change(s, plan)
    inputs = wc.DailyInputs(**s.inputs, treatment_pain=np.minimum(s.side["pain"], 10.0))
    out = wc.simulate_arrays(
        s.traits, inputs, s.doses, edges_off=tuple(s.edges_off), params=s.params, nodes=NODES
    )
    obs = plan.obs if rows is None else _obs_rows(plan.obs, rows)
    return out, observation.observe(out, s.side, obs, plan.habits)


def _physio(plan: Plan, rec: dict) -> None:
    """Referral after a bad spell of reported back pain, then waiting, attendance, programme."""
    m, days = plan.n, plan.days
    if days < 15:  # too short for a bad spell after the first two weeks
        plan.physio.update(
            referral=np.full(m, -1),
            start=np.full(m, -1),
            attendance=np.zeros(m),
            session=np.zeros((m, days), bool),
        )
        return
    filled = rec["filled"] & plan.enrolled
    pain = np.where(filled, rec["back_pain"], 0.0)
    csum = np.cumsum(np.pad(pain, ((0, 0), (1, 0))), axis=1)
    ccnt = np.cumsum(np.pad(filled, ((0, 0), (1, 0))), axis=1)
    week_sum = csum[:, 7:] - csum[:, :-7]  # days 6..days-1 (window ending that day)
    week_cnt = ccnt[:, 7:] - ccnt[:, :-7]
    week = np.where(week_cnt >= 4, week_sum / np.maximum(week_cnt, 1), np.nan)
    base_cnt = ccnt[:, min(14, days)]
    base = np.where(base_cnt > 0, csum[:, min(14, days)] / np.maximum(base_cnt, 1), np.nan)
    bar = np.maximum(base + REFERRAL_RISE, REFERRAL_MIN_RATING)
    day_idx = np.arange(6, days)
    bad = (week >= bar[:, None]) & (day_idx[None, :] >= 14)
    u = plan.physio["u"]
    has_bad = bad.any(axis=1)
    referral = np.where(has_bad, day_idx[np.argmax(bad, axis=1)], -1)
    referred = has_bad & (u[0] < REFERRAL_PROB)
    referral = np.where(referred, referral, -1)
    wait = WAITING_DAYS[0] + np.floor(u[1] * (WAITING_DAYS[1] - WAITING_DAYS[0] + 1)).astype(int)
    starts = referred & (u[2] >= NEVER_START)
    start = np.where(starts, referral + wait, -1)
    attendance = 0.6 + 0.35 * u[3]
    t = np.arange(days)[None, :]
    on = (start[:, None] >= 0) & (t >= start[:, None])
    in_programme = on & (t < start[:, None] + PROGRAMME_DAYS)
    dose = np.where(in_programme, 1.0, np.where(on, HOME_EXERCISE_SHARE, 0.0)) * attendance[:, None]
    weekday = plan.obs["weekday"]
    session_day = np.isin(weekday, (0, 3))
    plan.doses["training"] = dose
    plan.physio.update(
        referral=referral,
        start=np.where(start < days, start, -1),
        attendance=attendance,
        session=in_programme & session_day & (plan.physio["session_u"] < attendance[:, None]),
    )


def run_factual(plan: Plan) -> ChunkResult:
    """The factual run: first without physiotherapy (to see who is referred), then again for the
    people who started (their days before the start are the same in both runs)."""
    out, rec = run(plan)
    _physio(plan, rec)
    again = np.flatnonzero(plan.physio["start"] >= 0)
    if again.size:
        out2, rec2 = run(plan, rows=again)
        for d, d2 in ((out, out2), (rec, rec2)):
            for k, v in d2.items():
                if isinstance(v, dict):
                    for kk, vv in v.items():
                        d[k][kk][again] = vv
                else:
                    d[k][again] = v
    return ChunkResult(plan, out, rec)


def chunk_sizes(n: int) -> list[int]:
    return [min(CHUNK_PEOPLE, n - lo) for lo in range(0, n, CHUNK_PEOPLE)]


def iter_study(
    n_patients: int,
    n_days: int,
    seed: int,
    *,
    start_date="2025-03-01",
    setting: str = DEFAULT_SETTING,
    habits=None,
    change: Callable | None = None,
) -> Iterator[tuple[Calendar, ChunkResult]]:
    """Chunks of the study, one at a time (bounded memory); ``change`` as in
    :func:`simulate_study`."""
    setting = setting_name(setting)
    h = observation.settings(habits)
    cal = calendar(n_days, seed, start_date)
    for k, m in enumerate(chunk_sizes(n_patients)):
        plan = plan_chunk(k, m, n_days, seed, cal, setting, h)
        factual = run_factual(plan)
        if change is None:
            yield cal, factual
        else:
            out, rec = run(plan, change)
            yield cal, ChunkResult(plan, out, rec)


def simulate_study(
    n_patients: int,
    n_days: int,
    seed: int,
    *,
    start_date="2025-03-01",
    setting: str = DEFAULT_SETTING,
    habits=None,
    change: Callable | None = None,
) -> tuple[Calendar, list[ChunkResult]]:
    """The whole study: the calendar and every chunk's plan, model output and diary.

    ``change(scenario, plan)``: edits :class:`Scenario` (traits, inputs, doses, side-effect days,
    edges switched off) after every random draw and treatment decision of the factual study was
    made (physiotherapy referrals included), so the result is the same people on the same random
    days with that change: a counterfactual.
    """
    chunks = list(
        iter_study(
            n_patients,
            n_days,
            seed,
            start_date=start_date,
            setting=setting,
            habits=habits,
            change=change,
        )
    )
    return (chunks[0][0] if chunks else calendar(n_days, seed, start_date)), [c for _, c in chunks]
