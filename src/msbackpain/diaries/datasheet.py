"""The datasheet (data/README.md): what the data are, how they were made, what is assumed.

The datasheet is Markdown read on GitHub, so its citations are written ``[@key]`` here and
rendered as plain "(Author Year)", with a reference list of the sources it cites at the end
(:mod:`msbackpain.evidence`).
"""

from __future__ import annotations

import numpy as np

from msbackpain.diaries import cohort, daily, observation
from msbackpain.evidence import cited_keys, reference_list, render_citations

#: Ranges a large generated cohort must fall in (tests check them; the datasheet states them).
REALISM_RANGES = {
    "female_fraction": (
        0.60,
        0.73,
        "around the two-thirds the generator draws: women are affected about twice as often as "
        "men [@walton2020]",
    ),
    "heat_sensitive_fraction": (
        0.60,
        0.80,
        "around the generator's assumed 70%; in one survey 58% of 256 people with MS reported "
        "heat sensitivity [@flensner2011]",
    ),
    "relapses_per_year_relapsing_remitting": (
        0.15,
        0.45,
        "the generator's assumed 0.2–0.5 a year, lowered by 30% (also assumed) in people on the "
        "drug",
    ),
    "primary_progressive_fraction": (
        0.08,
        0.16,
        "around the generator's assumed 12%",
    ),
}


def _pct(x):
    return f"{100 * x:.0f}%"


def _cite(keys) -> str:
    """``[@a; @b]`` for a list of keys, or an empty string."""
    return f"[{'; '.join('@' + k for k in keys)}]" if keys else ""


def render(c, truth, command: str) -> str:
    p, d = c.patients, c.diary
    n, days = len(p), truth["n_days"]
    filled = d["back_pain"].notna()
    first = filled[d["study_day"] <= 30].mean()
    last = filled[d["study_day"] > days - 30].mean()
    usual_pain = np.asarray(truth["hidden_traits"]["usual_back_pain"], dtype=float)
    heat = np.mean(truth["hidden_traits"]["heat_sensitive"])
    steps = d["steps"].astype(float)
    lines = [
        "# Simulated MS patient diaries: datasheet",
        "",
        "**Simulated teaching data. Not patient data.** No row describes a real person. The data",
        "were made by a computer model (`msbackpain.diaries`) so that the true cause of every",
        "pattern is known (`ground_truth.json`). Do not use them for clinical decisions, to",
        "estimate anything about real people with MS, to train or validate clinical models, or",
        "as evidence for or against any treatment.",
        "",
        "## What it is",
        "",
        f"- `patients.csv`: {n} simulated people with MS (one row each).",
        f"- `diary.csv`: their diaries, one row per person per day for {days} days from "
        f"{truth['start_date']} ({len(d):,} rows); empty cells are entries not filled in.",
        "- `diary_raw.csv`: the same diary as a deliberately messy export for a cleaning exercise",
        "  (problems listed below).",
        "- `ground_truth.json`: the causal graph, every effect size with its unit and evidence",
        "  grade, each person's hidden traits, relapse onsets, the diary habits switched on, the",
        "  cohort settings with their grades and source keys, the seed and the generator version.",
        "- `datapackage.json`: the Frictionless Table Schema of both tables (type, unit,",
        "  description and constraints of every field). `multipleOf` is our own extra constraint.",
        "",
        "## Who the simulated people are",
        "",
        "- **A cohort selected for back pain.** Every simulated person has back pain: their usual",
        f"  back pain runs from {usual_pain.min():.1f} to {usual_pain.max():.1f} on the 0–10 "
        "scale.",
        "  The cohort therefore stands for people with MS *who have back pain*, not for people",
        "  with MS in general. In pooled studies of people with MS, 20% reported back pain",
        "  [@foley2013], and a systematic review found low back pain in 41.6–52.4% [@massot2021].",
        "- **Heat sensitivity.** The generator makes 70% of people heat-sensitive (a teaching",
        f"  assumption; {_pct(heat)} in this cohort). That is more than the 58% of 256 people with",
        "  MS who reported heat sensitivity in one survey [@flensner2011].",
        "- **Treatments.** The only disease-modifying drug is interferon beta, and its side",
        "  effects follow one trial of a low-dose, once-weekly interferon beta-1a regimen in",
        "  secondary-progressive MS [@andersen2004]. A cohort with interferon as the only",
        "  disease-modifying drug is dated: today there are many such drugs. The only",
        "  anti-spasticity drug is baclofen.",
        f"- **Walking.** People walk {steps.mean():,.0f} steps a day on average in this cohort;",
        "  in one study, 645 ambulatory people with MS walked 5,903 ± 3,185 steps a day, fewer",
        "  with greater disability [@motl2013].",
        "",
        "## How it was generated",
        "",
        "One command regenerates every file byte for byte:",
        "",
        "```",
        command,
        "```",
        "",
        f"Generator version {truth['generator_version']}, seed {truth['seed']}. The generator is",
        "the project's patient model plus an observation model: a vectorised daily model with the",
        "same structure as the whole-chain model of notebook 07 (weather → warming → fatigue;",
        "relapses that remit; sitting → next-day pain; pain → fear → less walking; drug side",
        "effects; neck flexion on a cervical lesion → Lhermitte episodes), using its climate, heat",
        "and relapse constants, the Lhermitte module's trigger probability and the published",
        "interferon side-effect rate, with the remaining effects summarised as the linear effects",
        "listed below. (The full chain model is about 30 times too slow for large cohorts.)",
        "",
        "## What comes from the literature and what is assumed",
        "",
        "Every number carries an evidence grade: **measured** (observed in a study),",
        "**derived** (worked out from measured values) or **assumption** (a teaching choice).",
        "",
        "Cohort settings:",
        "",
        "| setting | value | grade | note and sources |",
        "|---|---|---|---|",
    ]
    for k, (v, grade, keys, note) in cohort.COHORT_ASSUMPTIONS.items():
        val = "–".join(f"{x:g}" for x in v) if isinstance(v, tuple) else f"{v:.3g}"
        lines.append(f"| {k} | {val} | {grade} | {f'{note} {_cite(keys)}'.strip()} |")
    lines += [
        "",
        "The EDSS (Expanded Disability Status Scale) runs from 0 to 10 in half steps",
        "[@kurtzke1983], and the `walking` column is the walking ability that goes with it (4.0:",
        "about 500 m unaided; 5.0: about 200 m; 5.5: about 100 m; 6.0: one aid; 6.5: two aids;",
        "7.0 and above: wheelchair). How EDSS grows with the years since diagnosis is assumed.",
        "",
        "Daily model: every effect below is a **teaching assumption** (no source gives these",
        "sizes for one person's day). The heat, relapse and climate constants come from",
        "`msbackpain.whole_chain`, whose parameters carry their own grades. A study listed next",
        "to an effect informed its direction or size, or disagrees with it (see below); none",
        "measures the value used.",
        "",
        "| effect | value | unit | related study |",
        "|---|---|---|---|",
    ]
    for k, (v, u, _) in daily.EFFECTS.items():
        lines.append(f"| {k} | {v:g} | {u} | {_cite(daily.EFFECT_SOURCES.get(k, ()))} |")
    lines += [
        "",
        "Where the daily model disagrees with studies (to be recalibrated in a later version):",
        "",
        "- `physio_on_pain` (−1.5 points) is larger than the trial evidence: in a meta-analysis of",
        "  10 small randomised trials of exercise in MS (389 people, high risk of bias), pain fell",
        "  by a standardised mean difference of −0.46 (95% CI −0.92 to 0.00) [@demaneuf2019],",
        "  about −0.9 points on the 0–10 scale if the standard deviation of pain is about 2",
        "  points. A fall of 2 points or 30% is what patients in one pooled analysis called",
        '  "much improved" [@farrar2001].',
        "- `fatigue_persistence` (0.5) makes fatigue carry over positively from day to day. In a",
        "  study of 107 people with MS who rated their symptoms five times a day for a week, a",
        "  day of higher fatigue was followed by *lower* fatigue the next day (B = −0.16), fatigue",
        "  predicted pain later the same day, and no symptom predicted another one the next day",
        "  [@kratz2017]. The pain autocorrelation (`pain_persistence`) is a simulation assumption.",
        "",
        "Diary habits (each can be switched off in `generate_cohort(habits=...)`; recorded in",
        "`ground_truth.json`; every size is a teaching assumption):",
        "",
        "| habit | value | unit | meaning | related study |",
        "|---|---|---|---|---|",
    ]
    for k, (v, u, m) in observation.HABITS.items():
        keys = observation.HABIT_SOURCES.get(k, ())
        lines.append(f"| {k} | {v:g} | {u} | {m} | {_cite(keys)} |")
    lines += [
        "",
        "Published diary facts this imitates: in a pooled analysis of momentary-assessment",
        "studies of chronic pain, completion averaged 85% and fell over the days of a study",
        "[@ono2019]. Paper diaries can look far more complete than they are: in one study,",
        "people with chronic pain reported 90% compliance with paper diaries while their actual",
        "compliance was 11%, and electronic diaries reached 94% [@stone2002].",
        "**Missing entries that follow pain are a mechanism to teach, not the typical case:** in",
        "the pooled momentary-assessment data, pain intensity did not predict whether an entry",
        "was completed [@ono2019]. Digit preference on 0, 5 and 10 and the day-to-day",
        "autocorrelation of pain are simulation assumptions.",
        "",
        "## This cohort in numbers",
        "",
        f"- women: {_pct((p['sex'] == 'female').mean())}; mean age at diagnosis "
        f"{p['age_at_diagnosis'].mean():.1f} years",
        f"- relapsing-remitting {_pct((p['ms_course'] == 'relapsing-remitting').mean())}, "
        f"secondary progressive {_pct((p['ms_course'] == 'secondary progressive').mean())}, "
        f"primary progressive {_pct((p['ms_course'] == 'primary progressive').mean())}",
        f"- median EDSS {p['edss'].median():g}",
        f"- heat-sensitive (hidden trait): {_pct(heat)}",
        f"- usual back pain (hidden trait): {usual_pain.min():.1f} to {usual_pain.max():.1f}, "
        f"median {np.median(usual_pain):.1f}",
        f"- steps a day: mean {steps.mean():,.0f}",
        f"- diary entries filled in: {_pct(filled.mean())} overall, {_pct(first)} in the first 30 "
        f"days, {_pct(last)} in the last 30",
        f"- started physiotherapy during the study: {p['physio_start'].notna().sum()} people",
        "",
        "Ranges a large generated cohort falls in (checked by the tests):",
        "",
    ]
    for k, (lo, hi, s) in REALISM_RANGES.items():
        lines.append(f"- {k}: {lo:g}–{hi:g}; {s}")
    lines += [
        "",
        "## Problems in diary_raw.csv",
        "",
        "| problem | rows | what it looks like |",
        "|---|---|---|",
    ]
    for k, v in truth["raw_export_problems"].items():
        lines.append(f"| {k} | {v['rows']} | {v['what']} |")
    lines += [
        "",
        "Cleaning it should give back `diary.csv` (except that typed-over values cannot be",
        "recovered and become missing).",
        "",
        "## Known limitations",
        "",
        "- A teaching model: linear effects of assumed size, one climate, no seasons in activity,",
        "  no changes of treatment, no drop-outs (only missing entries).",
        "- A cohort selected for back pain, with more heat-sensitive people than one survey",
        "  found, interferon beta as the only disease-modifying drug, a physiotherapy effect",
        "  larger than trials suggest, and fatigue that carries over from day to day (see above).",
        "- Relapse days are marked for a fixed 21 days after each onset.",
        "- The pain scale is the person's evening rating; nothing is validated against",
        "  real diaries.",
        "",
        "Licence: CC BY 4.0 (see `datapackage.json`).",
        "",
    ]
    text = "\n".join(lines)
    keys = cited_keys(text)
    text = render_citations(text)
    return f"{text}\n## References\n\n{reference_list(keys, anchors=False)}\n"
