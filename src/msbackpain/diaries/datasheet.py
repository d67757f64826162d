"""The datasheet (data/README.md): what the data are, how they were made, what is assumed."""

from __future__ import annotations

from msbackpain.diaries import cohort, daily, observation

#: Ranges a large generated cohort must fall in (tests check them; the datasheet states them).
REALISM_RANGES = {
    "female_fraction": (0.60, 0.73, "SCIENCE.md §11: women about twice as often as men"),
    "heat_sensitive_fraction": (0.60, 0.80, "SCIENCE.md §1: 60–80% of people with MS"),
    "relapses_per_year_relapsing_remitting": (
        0.15,
        0.45,
        "SCIENCE.md §11: 0.2–0.5 a year [?], lowered 30% by the drug in the treated",
    ),
    "primary_progressive_fraction": (0.08, 0.16, "SCIENCE.md §11: 10–15%"),
}


def _pct(x):
    return f"{100 * x:.0f}%"


def render(c, truth, command: str) -> str:
    p, d = c.patients, c.diary
    n, days = len(p), truth["n_days"]
    filled = d["back_pain"].notna()
    first = filled[d["study_day"] <= 30].mean()
    last = filled[d["study_day"] > days - 30].mean()
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
        "- `ground_truth.json`: the causal graph, every effect size with its unit, each person's",
        "  hidden traits, relapse onsets, the diary habits switched on, the seed and the",
        "  generator version.",
        "- `datapackage.json`: the Frictionless Table Schema of both tables (type, unit,",
        "  description and constraints of every field). `multipleOf` is our own extra constraint.",
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
        "Cohort (`[?]` = a simulation assumption):",
        "",
        "| setting | value | source |",
        "|---|---|---|",
    ]
    for k, (v, s) in cohort.COHORT_ASSUMPTIONS.items():
        val = "–".join(f"{x:g}" for x in v) if isinstance(v, tuple) else f"{v:.3g}"
        lines.append(f"| {k} | {val} | {s} |")
    lines += [
        "",
        "EDSS follows Kurtzke 1983 (SCIENCE.md §11): 0–10 in 0.5 steps, and the `walking` column",
        "is the walking ability that goes with it (4.0: about 500 m unaided; 5.0: about 200 m;",
        "5.5: about 100 m; 6.0: one aid; 6.5: two aids; 7.0 and above: wheelchair).",
        "",
        "Daily model: every effect below is a **teaching assumption** [?] (no source gives these",
        "sizes for one person's day); the heat, relapse and climate constants come from",
        "`msbackpain.whole_chain`, itself labelled with its sources.",
        "",
        "| effect | value | unit |",
        "|---|---|---|",
    ]
    for k, (v, u, _) in daily.EFFECTS.items():
        lines.append(f"| {k} | {v:g} | {u} |")
    lines += [
        "",
        "Diary habits (each can be switched off in `generate_cohort(habits=...)`; recorded in",
        "`ground_truth.json`):",
        "",
        "| habit | value | unit | source |",
        "|---|---|---|---|",
    ]
    for k, (v, u, m) in observation.HABITS.items():
        lines.append(f"| {k} | {v:g} | {u} | {m} |")
    lines += [
        "",
        "Published diary facts this imitates (SCIENCE.md §12): completion falls over study days",
        "(Ono et al. 2019; 85% on average in momentary assessment). Digit preference on 0, 5 and",
        "10 and the day-to-day autocorrelation of pain are simulation assumptions.",
        "",
        "## This cohort in numbers",
        "",
        f"- women: {_pct((p['sex'] == 'female').mean())}; mean age at diagnosis "
        f"{p['age_at_diagnosis'].mean():.1f} years",
        f"- relapsing-remitting {_pct((p['ms_course'] == 'relapsing-remitting').mean())}, "
        f"secondary progressive {_pct((p['ms_course'] == 'secondary progressive').mean())}, "
        f"primary progressive {_pct((p['ms_course'] == 'primary progressive').mean())}",
        f"- median EDSS {p['edss'].median():g}",
        f"- diary entries filled in: {_pct(filled.mean())} overall, {_pct(first)} in the first 30 "
        f"days, {_pct(last)} in the last 30",
        f"- started physiotherapy during the study: {p['physio_start'].notna().sum()} people",
        "",
        "Ranges a large generated cohort falls in (checked by the tests):",
        "",
    ]
    for k, (lo, hi, s) in REALISM_RANGES.items():
        lines.append(f"- {k}: {lo:g}–{hi:g} ({s})")
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
        "- Relapse days are marked for a fixed 21 days after each onset.",
        "- The pain scale is the person's evening rating; nothing is validated against",
        "  real diaries.",
        "",
        "Licence: CC BY 4.0 (see `datapackage.json`).",
        "",
    ]
    return "\n".join(lines)
