"""The answer key: true effects of the diary study, computed by counterfactual simulation.

For each question, the same people are run twice on the same random days (same weather draws,
relapse chances, activities, rating noise, missing entries), once as they were and once with one
thing changed (:func:`msbackpain.diaries.study.run` with a ``change``). The difference of the
diary ratings, averaged over the days the question is about, is each person's effect; the answer
is the average over people (each person counts once), its spread across people (SD of the
person-level effects), a 95% interval for the average (mean ± 1.96 SD/√n) and the 2.5–97.5%
range of the person-level effects. Effects are on the diary's own scales (whole-number 0–10
ratings with every rating habit), so a correct analysis of the diary can recover them.

Treatments happened as they did in the factual study (who was referred for physiotherapy,
who takes which drug): a change does not re-decide them. The key is written to
``instructor/answers/answer_key.json`` (classroom data) or beside a student's data folder,
never inside a data folder; :func:`reveal` reads it for notebook 08.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from msbackpain import lhermitte
from msbackpain import whole_chain as wc
from msbackpain.diaries import drugs, observation, study
from msbackpain.diaries.generate import check_arguments, truth_settings


def package_folder(name: str) -> Path:
    """The folder of the data package ``name`` (found, not imported, so nothing is written there).

    The classroom data and their answer key install with the package (pyproject.toml maps data/
    and instructor/answers/ into it), so they are found the same way in a checkout and a wheel.
    """
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(
            f"{name} is not installed with msbackpain; reinstall the package "
            "(pip install msbackpain, or pip install -e . in the repository)"
        )
    return Path(spec.origin).resolve().parent


#: The instructor's answer folder (instructor/answers/ in the repository, installed with the
#: package as ``msbackpain.answer_key``, so 08's reveal works from a wheel too).
ANSWERS_DIR = package_folder("msbackpain.answer_key")
#: The students' classroom data folder (data/ in the repository, installed as ``msbackpain.data``),
#: whose answers go to :data:`ANSWERS_DIR`.
CLASSROOM_DATA_DIR = package_folder("msbackpain.data")
ANSWER_FILE = "answer_key.json"
#: Days between the extra hours of sitting in the sitting question (each person on their own
#: days), long enough for one extra hour's effect to fade before the next. [setting | days]
SITTING_EVERY_DAYS = 14
#: Extra steps a day in the steps question. [setting | steps/day]
EXTRA_STEPS = 1000.0
#: Days after a relapse onset that the relapse questions average over. [setting | days]
RELAPSE_WINDOW_DAYS = 30
#: People above this count get no per-person table in the key (file size). [setting | people]
MAX_PEOPLE_LISTED = 5000


@dataclass(frozen=True)
class Question:
    id: str
    asks: str
    unit: str
    defined_as: str
    outcome: str
    change: object  # change(scenario, plan)
    days: object  # days(plan, factual) -> bool (people × days)
    sign: int = 1  # +1: factual − counterfactual; −1: counterfactual − factual
    per: object = None  # per(plan, factual, counterfactual) -> divisor (people × days) or None
    direct_edges: tuple = ()  # edges switched off in both runs for the direct part
    note: str = ""  # where the model's answer rests on an assumption or disagrees with the clinic


# ---------------------------------------------------------------- changes
def _cool(s, plan):
    s.inputs["temperature_C"] = np.minimum(s.inputs["temperature_C"], wc.COMFORT_TEMPERATURE_C)


def _sitting_days(plan):
    rng = np.random.default_rng(np.random.SeedSequence(plan.first, spawn_key=(2,)))
    offset = rng.integers(0, SITTING_EVERY_DAYS, plan.n)
    t = np.arange(plan.days)
    return ((t[None, :] + offset[:, None]) % SITTING_EVERY_DAYS == 0) & (t[None, :] < plan.days - 1)


def _sit_more(s, plan):
    s.inputs["sitting_z"] = s.inputs["sitting_z"] + _sitting_days(plan) / wc.SITTING_SD_H


def _walk_more(s, plan):
    sd = wc.STEPS_LOG_SD
    habit = s.traits["steps"][:, None]
    z = s.inputs["steps_z"]
    steps = habit * np.exp(sd * z - sd**2 / 2)
    s.inputs["steps_z"] = (np.log(steps + EXTRA_STEPS) - np.log(habit) + sd**2 / 2) / sd


def _no_physio(s, plan):
    s.doses["training"] = np.zeros_like(s.doses["training"])


def _no_side_effects(s, plan):
    for k in ("pain", "back", "fatigue"):
        s.side[k] = np.zeros_like(s.side[k])


def _no_relapses(s, plan):
    s.inputs["relapse_u"] = np.full_like(s.inputs["relapse_u"], 1.0 - 1e-12)


def _no_anti_spasticity(s, plan):
    s.doses["anti_spasticity"] = np.zeros_like(s.doses["anti_spasticity"])


def _no_cervical_lesion(s, plan):
    s.traits["cervical_lesion"] = np.zeros_like(s.traits["cervical_lesion"])
    sign = lhermitte.has_sign(np.zeros(plan.n, bool), plan.people["lhermitte_u"])
    s.traits["has_lhermitte_sign"] = sign
    s.inputs["lhermitte_spell"] = s.inputs["lhermitte_spell"] & sign[:, None]


# ---------------------------------------------------------------- days asked about
def _warm(plan, f):
    return plan.inputs["temperature_C"] > wc.COMFORT_TEMPERATURE_C


def _after_sitting(plan, f):
    d = np.zeros((plan.n, plan.days), bool)
    d[:, 1:] = _sitting_days(plan)[:, :-1]
    return d


def _sitting_today(plan, f):
    return _sitting_days(plan)


def _physio_days(plan, f):
    start = plan.physio["start"]
    t = np.arange(plan.days)[None, :]
    return (start[:, None] >= 0) & (t >= start[:, None])


def _ambulatory(plan, f):
    return np.broadcast_to((plan.people["edss"] < 7.0)[:, None], (plan.n, plan.days))


def _side_days(plan, f):
    return plan.side["any"]


def _relapse_days(plan, f):
    onset = np.diff(f.out["relapse"], axis=1, prepend=0.0) > 0.5
    d = np.zeros_like(onset)
    for lag in range(min(RELAPSE_WINDOW_DAYS, plan.days)):
        d[:, lag:] |= onset[:, : plan.days - lag]
    return d


def _anti_users(plan, f):
    return np.broadcast_to((plan.people["anti_spasticity"] > 0)[:, None], (plan.n, plan.days))


def _with_lesion(plan, f):
    return np.broadcast_to(
        (plan.people["traits"]["cervical_lesion"] > 0)[:, None], (plan.n, plan.days)
    )


def _extra_hour(plan, f, cf):
    d = np.zeros((plan.n, plan.days))
    d[:, 1:] = (cf.out["sitting_hours"] - f.out["sitting_hours"])[:, :-1]
    return d


def _same_day_hour(plan, f, cf):
    return cf.out["sitting_hours"] - f.out["sitting_hours"]


def _thousand_steps(plan, f, cf):
    return (cf.out["steps"] - f.out["steps"]) / 1000.0


_HEAT = (
    f"the same people on the same days with the air temperature capped at "
    f"{wc.COMFORT_TEMPERATURE_C:g} °C (everything else, including their treatments, as it was); "
    f"averaged over the diary days warmer than {wc.COMFORT_TEMPERATURE_C:g} °C"
)
_RELAPSE = (
    "the same people with no relapse onset during the study (same random days otherwise); "
    f"averaged over the first {RELAPSE_WINDOW_DAYS} days after each onset"
)
_SIDE = (
    "the same people on the same drug, on the same days, with no side effects; averaged over "
    "the days with a side effect"
)
QUESTIONS = (
    Question(
        "heat_on_fatigue",
        "How much higher is the fatigue rating on a warm day because of the warmth?",
        "fatigue points (0–10) on a warm day",
        _HEAT,
        "fatigue",
        _cool,
        _warm,
        note="warmth reaches the fatigue rating only through tired muscles in this model (the "
        "chain has no central fatigue), so it may be smaller than the heat-related fatigue "
        "people with MS describe",
    ),
    Question(
        "heat_on_pain",
        "How much higher is the back-pain rating on a warm day because of the warmth?",
        "back-pain points (0–10) on a warm day",
        _HEAT + "; direct: the part not passing through heat's effect on muscle fatigue "
        "(that path switched off in both runs)",
        "back_pain",
        _cool,
        _warm,
        direct_edges=(("heat", "muscle_fatigue"),),
    ),
    Question(
        "sitting_on_next_day_pain",
        "How much does one extra hour of sitting raise the next day's back-pain rating?",
        "back-pain points (0–10) the next day per extra hour of sitting",
        f"the same people with one extra hour of sitting on one day in every "
        f"{SITTING_EVERY_DAYS} (their own days); the next day's rating difference divided by "
        "the extra hours actually sat",
        "back_pain",
        _sit_more,
        _after_sitting,
        sign=-1,
        per=_extra_hour,
        note="about zero in this model: the pain model of notebook 06 lets the discomfort of "
        "held load ease overnight (an assumption, not a finding), so sitting acts on the same "
        "evening",
    ),
    Question(
        "sitting_on_pain",
        "How much does one extra hour of sitting raise that evening's back-pain rating?",
        "back-pain points (0–10) the same evening per extra hour of sitting",
        f"as for the next day, on the day of the extra hour itself (one day in every "
        f"{SITTING_EVERY_DAYS})",
        "back_pain",
        _sit_more,
        _sitting_today,
        sign=-1,
        per=_same_day_hour,
    ),
    Question(
        "physiotherapy_on_pain",
        "How much did physiotherapy change back pain in the people who started it?",
        "back-pain points (0–10) from the start to the end of the diary",
        "the people who started physiotherapy, with it and without it (no training at all), "
        "averaged over their diary days from the first session on (the effect builds up over "
        "weeks and fades after the programme, as exercise at home continues at a lower dose)",
        "back_pain",
        _no_physio,
        _physio_days,
    ),
    Question(
        "steps_on_pain",
        "Does walking more change back pain?",
        "back-pain points (0–10) per 1,000 extra steps a day",
        f"the same ambulatory people (EDSS below 7) walking {EXTRA_STEPS:,.0f} more steps on every "
        "day; the rating difference divided by the extra thousands of steps",
        "back_pain",
        _walk_more,
        _ambulatory,
        sign=-1,
        per=_thousand_steps,
    ),
    Question(
        "side_effect_on_pain",
        "How much higher is the back-pain rating on a day with a drug side effect?",
        "back-pain points (0–10) on a side-effect day",
        _SIDE,
        "back_pain",
        _no_side_effects,
        _side_days,
    ),
    Question(
        "side_effect_on_fatigue",
        "How much higher is the fatigue rating on a day with a drug side effect?",
        "fatigue points (0–10) on a side-effect day",
        _SIDE,
        "fatigue",
        _no_side_effects,
        _side_days,
    ),
    Question(
        "relapse_on_pain",
        "How much higher is back pain in the month after a relapse begins?",
        f"back-pain points (0–10) over the {RELAPSE_WINDOW_DAYS} days after an onset",
        _RELAPSE,
        "back_pain",
        _no_relapses,
        _relapse_days,
    ),
    Question(
        "relapse_on_fatigue",
        "How much higher is fatigue in the month after a relapse begins?",
        f"fatigue points (0–10) over the {RELAPSE_WINDOW_DAYS} days after an onset",
        _RELAPSE,
        "fatigue",
        _no_relapses,
        _relapse_days,
        note="about zero in this model, which disagrees with clinical experience: the chain "
        "reaches the fatigue rating only through tired muscles and has no central fatigue, "
        "whereas people with MS often describe more fatigue during a relapse",
    ),
    Question(
        "anti_spasticity_on_spasticity",
        "How much does the anti-spasticity drug lower the spasticity rating in the people who "
        "take it?",
        "spasticity points (0–10)",
        "the people on an anti-spasticity drug, with and without it, over all their diary days",
        "spasticity",
        _no_anti_spasticity,
        _anti_users,
    ),
    Question(
        "anti_spasticity_on_pain",
        "How much does the anti-spasticity drug change back pain in the people who take it?",
        "back-pain points (0–10)",
        "the people on an anti-spasticity drug, with and without it, over all their diary days",
        "back_pain",
        _no_anti_spasticity,
        _anti_users,
    ),
    Question(
        "lhermitte_with_cervical_lesion",
        "How many more Lhermitte episodes does a cervical lesion cause?",
        "episodes per 30 days",
        "the people with a cervical lesion, with it and without it (whether they have the sign "
        "at all follows the lesion; spells on the same days), over all their diary days; "
        "episodes per day × 30",
        "lhermitte_episodes",
        _no_cervical_lesion,
        _with_lesion,
    ),
)
QUESTION_IDS = tuple(q.id for q in QUESTIONS)


def _with_edges(change, edges):
    def both(s, plan):
        s.edges_off = list(s.edges_off) + list(edges)
        if change is not None:
            change(s, plan)

    return both


def _person_effects(q: Question, plan, f, cf) -> tuple[np.ndarray, np.ndarray]:
    """Each person's effect (NaN if the question has no day for them) and their number of days."""
    days = np.asarray(q.days(plan, f)) & plan.enrolled
    diff = q.sign * (f.rec[q.outcome].astype(float) - cf.rec[q.outcome].astype(float))
    if q.per is not None:
        per = q.per(plan, f, cf)
        days = days & (per > 0.25)
        diff = np.where(days, diff / np.where(per > 0.25, per, 1.0), 0.0)
    if q.outcome == "lhermitte_episodes":
        diff = diff * 30.0
    count = days.sum(axis=1)
    total = np.where(days, diff, 0.0).sum(axis=1)
    return np.where(count > 0, total / np.maximum(count, 1), np.nan), count


def _summary(effects: np.ndarray, count: np.ndarray) -> dict:
    e = effects[~np.isnan(effects)]
    n = e.size
    mean = float(e.mean()) if n else float("nan")
    sd = float(e.std(ddof=1)) if n > 1 else float("nan")
    half = 1.96 * sd / np.sqrt(n) if n > 1 else float("nan")
    return {
        "effect": mean,
        "spread_sd": sd,
        "low": mean - half,
        "high": mean + half,
        "person_low": float(np.quantile(e, 0.025)) if n else float("nan"),
        "person_high": float(np.quantile(e, 0.975)) if n else float("nan"),
        "n_people": int(n),
        "n_person_days": int(count.sum()),
    }


def _r(x, nd=4):
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), nd)


def person_effects(n_patients, n_days, seed, start_date="2025-03-01", *, setting=None, habits=None):
    """Per question: each person's effect, their patient id, and (heat_on_pain) direct part."""
    setting = study.DEFAULT_SETTING if setting is None else setting
    n, days, seed, start, setting = check_arguments(
        n_patients, n_days, seed, start_date, setting, habits
    )
    h = observation.settings(habits)
    cal = study.calendar(days, seed, start)
    res = {q.id: {"effect": [], "count": [], "direct": []} for q in QUESTIONS}
    ids, hidden = [], []
    for k, m in enumerate(study.chunk_sizes(n)):
        plan = study.plan_chunk(k, m, days, seed, cal, setting, h)
        f = study.run_factual(plan)
        ids += [f"P{plan.first + i + 1:04d}" for i in range(m)]
        hidden.append(_hidden(plan, f))
        for q in QUESTIONS:
            cf = study.ChunkResult(plan, *study.run(plan, q.change))
            e, c = _person_effects(q, plan, f, cf)
            res[q.id]["effect"].append(e)
            res[q.id]["count"].append(c)
            if q.direct_edges:
                f0 = study.ChunkResult(plan, *study.run(plan, _with_edges(None, q.direct_edges)))
                cf0 = study.ChunkResult(
                    plan, *study.run(plan, _with_edges(q.change, q.direct_edges))
                )
                res[q.id]["direct"].append(_person_effects(q, plan, f0, cf0)[0])
    out = {
        k: {kk: (np.concatenate(vv) if vv else None) for kk, vv in v.items()}
        for k, v in res.items()
    }
    hidden_all = {k: np.concatenate([x[k] for x in hidden]) for k in hidden[0]}
    return ids, out, hidden_all, truth_settings(n, days, seed, start, setting, habits)


def _hidden(plan, f) -> dict:
    t = plan.people["traits"]
    en = plan.enrolled
    usual = np.where(en, f.rec["true"]["back_pain"], np.nan)
    return {
        "heat_sensitivity": t["heat_sensitivity"],
        "pain_sensitivity": t["pain_sensitivity"],
        "pain_related_worry": t["catastrophising"],
        "lesion_severity": t["lesion_severity"],
        "spasticity_gain": t["spasticity_gain"],
        "cervical_lesion_severity": t["cervical_lesion"],
        "has_lhermitte_sign": t["has_lhermitte_sign"].astype(float),
        "habitual_steps": t["steps"],
        "habitual_sitting_hours": t["sitting_hours"],
        "relapse_rate_untreated_per_year": t["relapse_rate_per_year"],
        "relapses_prevented_by_drug": drugs.relapse_reduction(plan.drug),
        "usual_central_fatigue": plan.obs["usual_fatigue"],
        "rating_offset_pain": plan.habits["person_offsets"] * plan.obs["offset"][0],
        "true_mean_back_pain": np.nanmean(usual, axis=1),
        "anti_spasticity_dose": plan.doses["anti_spasticity"],
        "physio_attendance": np.where(plan.physio["start"] >= 0, plan.physio["attendance"], 0.0),
        "relapse_onsets_in_diary": ((np.diff(f.out["relapse"], axis=1, prepend=0.0) > 0.5) & en)
        .sum(axis=1)
        .astype(float),
    }


def how_the_diary_was_made(setting: str, habits) -> dict:
    """The generator's mechanisms in detail, for instructors (the datasheet says them only in
    general terms)."""
    ob = observation
    h = ob.settings(habits)
    return {
        "selection": study.SETTINGS[study.setting_name(setting)],
        "back_pain": "rating of the whole-chain model's evening back pain (0–10) plus "
        f"{ob.SIDE_EFFECT_BACK_SHARE:g} × the treatment-related aches felt in the back (an "
        "observation assumption), with the rating habits below",
        "fatigue": "rating of: the person's usual (central) fatigue, which the chain does not "
        f"model (about {ob.USUAL_FATIGUE_AT_EDSS_0:g} + {ob.USUAL_FATIGUE_PER_EDSS:g} × EDSS ± "
        f"{ob.USUAL_FATIGUE_SD:g} points, constant over the study) + 10 × the chain's muscle "
        "fatigue (0–1, hip extensors over a static hold: heat and weakness raise it) + the "
        "fatigue points of side-effect days; so heat and relapses reach the fatigue rating only "
        "through muscle fatigue",
        "spasticity": "rating of 10 (1 − exp(−torque / "
        f"{ob.SPASTICITY_SCALE_NM:g} N·m)) of the chain's reflex torque",
        "rating_habits": f"latent = offset (SD {h['person_offsets']:g}) + scale (log-SD "
        f"{ob.SCALE_LOG_SD:g}) × true value + AR(1) noise (SD {h['rating_noise']:g}, "
        f"persistence {ob.NOISE_PERSISTENCE:g}); rounded, clipped to 0–10; digit preference "
        f"{h['digit_preference']:g} on average (person-specific)",
        "missing_entries": f"log-odds of filling in = person tendency (start about "
        f"{ob.COMPLETION_START:.0%}, SD {ob.COMPLETION_LOG_ODDS_SD:g}) − "
        f"{h['completion_decline']:g} per year of study − {h['younger_missing']:g} per year of "
        f"age below 46 − {h['weekend_missing']:g} at weekends − "
        f"{h['missing_not_at_random']:g} per point of back pain above the person's mean (0 = "
        "not pain-dependent)",
        "steps": "the model's steps × a person-level pedometer calibration; missing on "
        "device-not-worn days (person-specific share), independent of the written diary",
        "sitting_hours": "the model's sitting hours + a person-level bias + daily error, to the "
        "half hour; missing with the diary",
        "physiotherapy": f"referral when a 7-day mean of the written back-pain ratings (≥ 4 "
        f"entries) is at least {study.REFERRAL_RISE:g} above the first two weeks and at least "
        f"{study.REFERRAL_MIN_RATING:g} (chance {study.REFERRAL_PROB:g}); start after "
        f"{study.WAITING_DAYS[0]}–{study.WAITING_DAYS[1]} days; {study.NEVER_START:.0%} never "
        f"start; training dose = attendance (0.6–0.95) for {study.PROGRAMME_DAYS} days, then "
        f"{study.HOME_EXERCISE_SHARE:g} × attendance at home; the model builds it up over "
        f"{wc.TRAINING_BUILDUP_DAYS:g} days",
        "drugs": {
            name: {
                "relapses_prevented": round(d.relapse_reduction, 3),
                "every_days": d.exposure_every_days,
                "side_effects": [e.name for e in d.effects],
            }
            for name, d in drugs.DRUGS.items()
        },
        "relapse_flag": f"the diary's relapse column marks {study.RELAPSE_FLAG_DAYS} days from "
        "each onset",
    }


def answer_key(n_patients, n_days, seed, start_date="2025-03-01", *, setting=None, habits=None):
    """The answer key (a JSON-ready dict): every question's effect, spread and interval, the
    per-person effects and hidden traits (cohorts up to :data:`MAX_PEOPLE_LISTED` people)."""
    ids, eff, hidden, settings = person_effects(
        n_patients, n_days, seed, start_date, setting=setting, habits=habits
    )
    questions = {}
    for q in QUESTIONS:
        e = eff[q.id]
        s = _summary(e["effect"], e["count"])
        row = {
            "asks": q.asks,
            "unit": q.unit,
            "defined_as": q.defined_as,
            **{k: (_r(v) if isinstance(v, float) else v) for k, v in s.items()},
            "direct": None,
            "total": None,
            "note": q.note,
        }
        if e["direct"] is not None:
            row["direct"] = _r(_summary(e["direct"], e["count"])["effect"])
            row["total"] = row["effect"]
        questions[q.id] = row
    key = {
        **settings,
        "what": "True effects of the simulated diary study, by counterfactual simulation: the "
        "same people on the same random days with and without each exposure. For instructors; "
        "never put this file in a students' data folder.",
        "effect_definition": "average over people of each person's mean difference of the diary "
        "rating on the days asked about; spread_sd: SD of the person-level effects; low/high: "
        "mean ± 1.96 SD/√n (uncertainty of the average for people like these); "
        "person_low/person_high: 2.5–97.5% of the person-level effects",
        "questions": questions,
        "how_the_diary_was_made": how_the_diary_was_made(settings["setting"], habits),
    }
    if len(ids) <= MAX_PEOPLE_LISTED:
        key["people"] = {
            "patient_id": ids,
            "hidden_traits": {k: [_r(x, 3) for x in v] for k, v in hidden.items()},
            "person_effects": {k: [_r(x) for x in v["effect"]] for k, v in eff.items()},
        }
    return key


def answers_dir_for(out: Path) -> Path:
    """Where the answers of a data folder go: instructor/answers/ for the project's data/,
    otherwise a sibling folder ``<name>_answers`` (never inside the data folder)."""
    out = Path(out).resolve()
    if out == CLASSROOM_DATA_DIR.resolve():
        return ANSWERS_DIR
    return out.parent / f"{out.name}_answers"


def reveal(names=None, path=None) -> pd.DataFrame:
    """The answer key as a table, one row per question (after the students' estimates!).

    ``names``: question ids to show (default all); ``path``: an answer_key.json or a folder
    holding one (default the classroom key in instructor/answers/).
    """
    p = Path(path) if path is not None else ANSWERS_DIR
    if p.is_dir():
        p = p / ANSWER_FILE
    if not p.exists():
        raise FileNotFoundError(
            f"no answer key at {p}; generate it with python -m msbackpain.diaries (see --help)"
        )
    key = json.loads(p.read_text(encoding="utf-8"))
    rows = []
    order = {q: i for i, q in enumerate(QUESTION_IDS)}
    ids = sorted(key["questions"], key=lambda q: (order.get(q, len(order)), q))
    for qid in ids:
        q = key["questions"][qid]
        rows.append(
            {
                "question": qid,
                "asks": q["asks"],
                "effect": q["effect"],
                "unit": q["unit"],
                "spread_sd": q["spread_sd"],
                "low": q["low"],
                "high": q["high"],
                "person_low": q["person_low"],
                "person_high": q["person_high"],
                "n_people": q["n_people"],
                "defined_as": q["defined_as"],
                "direct": q.get("direct"),
                "total": q.get("total"),
                "note": q.get("note", ""),
            }
        )
    df = pd.DataFrame(rows)
    for c in ("effect", "spread_sd", "low", "high", "person_low", "person_high", "direct", "total"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype(float)
    if names is not None:
        names = [names] if isinstance(names, str) else list(names)
        unknown = sorted(set(names) - set(df["question"]))
        if unknown:
            raise ValueError(f"unknown questions {unknown}; known: {', '.join(df['question'])}")
        df = df.set_index("question").loc[names].reset_index()
    return df.reset_index(drop=True)
