"""The datasheet (data/README.md): how the data were collected and their known traps.

Written for students: what the files are, who the people are and how they were selected, how
each column was recorded, the treatments, the known traps *in general terms* (selection,
confounding by indication, missing entries, rating habits, exposure windows), the cohort in
numbers beside published ranges, and the problems of the messy export. It prints no effect
size, no functional form and no missingness mechanism: the answers live apart from the data
(:mod:`msbackpain.diaries.answers`). Citations are written ``[@key]`` here and rendered as
plain "(Author Year)" with a reference list at the end.
"""

from __future__ import annotations

from msbackpain.diaries import study
from msbackpain.diaries.raw_export import PROBLEMS
from msbackpain.evidence import cited_keys, reference_list, render_citations


def _pct(x) -> str:
    return f"{100 * float(x):.0f}%"


def _who(patients, setting: str) -> list[str]:
    lines = [
        "## Who the people are and how they were selected",
        "",
        f"- **Selection.** {study.SETTINGS[setting]}.",
    ]
    if setting == "clinic":
        lines += [
            "  The cohort therefore stands for people with MS *who have back pain*, not for",
            "  people with MS in general: in pooled studies of people with MS, 20% reported back",
            "  pain [@foley2013], and a systematic review found low back pain in 41.6–52.4%",
            "  [@massot2021]. People were enrolled after a fortnight in which their back pain was",
            "  high enough to qualify.",
        ]
    else:
        lines += [
            "  Back pain is not universal in such a cohort: in pooled studies of people with MS,",
            "  20% reported back pain [@foley2013], and a systematic review found low back pain",
            "  in 41.6–52.4% [@massot2021].",
        ]
    lines += [
        "- **Enrolment** was staggered over about nine months (`enrolled` in `patients.csv`),",
        "  so different people kept their diaries in different seasons. Some people left the",
        "  study early (`left_study`); the diary has rows only for the days a person was in the",
        "  study.",
        "- **Disease-modifying drugs.** People took one of several drugs, or none, prescribed",
        "  before the study: an interferon beta injection once a week, a daily injection of",
        "  glatiramer acetate [@johnson1995], dimethyl fumarate capsules twice a day [@gold2012]",
        "  or an ocrelizumab infusion every 24 weeks [@hauser2017]. Each has its own side",
        "  effects on its own days (after an injection, on infusion days, in the first months",
        "  on a drug) [@andersen2004].",
        "- **Anti-spasticity drugs** (baclofen, tizanidine) were prescribed by the clinic, as",
        "  usual, to the people who needed them.",
        "- **Physiotherapy.** The clinic referred people for physiotherapy for back pain when",
        "  their diary showed a bad spell (`physio_referral`); after a waiting list, most",
        "  started (`physio_start`), attended two sessions a week for a programme of about 12",
        "  weeks (`physio_session`), some more faithfully than others, and were advised to keep",
        "  exercising at home afterwards. Some referred people never started.",
        "",
    ]
    return lines


def _collected() -> list[str]:
    return [
        "## How each column was recorded",
        "",
        "- `back_pain`, `fatigue`, `spasticity`: the person's own rating each evening, 0 (none)",
        "  to 10 (worst imaginable), in whole numbers. `fatigue` is fatigue of any kind (of the",
        "  body and of the mind); `spasticity` is stiffness and spasms.",
        "- `sitting_hours`: the person's own estimate of the hours they sat that day, to the",
        "  half hour.",
        "- `lhermitte_episodes`: how many electric-shock sensations down the spine the person",
        "  noticed that day (Lhermitte's sign).",
        "- `medication_taken` and `side_effect`: doses of MS medicines taken and whether the",
        "  person felt a side effect that day.",
        "- A day's entry (all of the above) is either filled in or missing as a whole.",
        "- `steps`: counted by a pedometer, independently of the written diary. It is empty on",
        "  days the device was not worn.",
        "- `temperature_c` and `heat_wave`: the daily *mean* air temperature at the nearest",
        "  weather station and the weather service's heat-wave flag; the same for everyone on",
        "  the same date.",
        "- `relapse` and `physio_session`: from the clinic's records (never missing).",
        "",
    ]


def _traps() -> list[str]:
    return [
        "## Known traps",
        "",
        "These are the traps a study team would warn you about. How big each one is, is for your",
        "analysis to find out.",
        "",
        "- **Selection.** Who is in the data depends on how people were recruited (above), and",
        "  when: a person's first weeks may not be typical of their later weeks.",
        "- **Confounding by indication.** Treatments were not given at random. Clinicians",
        "  prescribe anti-spasticity drugs to the people who need them most, and physiotherapy",
        "  followed a bad spell of back pain. Comparing treated with untreated people, or the",
        "  weeks before a treatment with the weeks after it, mixes the treatment with the reason",
        "  it was given.",
        "- **Missing entries.** Not every day was written down, and some people wrote more",
        "  often than others, at some times more than at others. Steps go missing on their own",
        "  days. Whether the missing days differ from the written ones is a question to ask, not",
        "  to assume away.",
        "- **Rating habits.** People use the 0–10 scale differently (one person's 4 is another's",
        "  6), some prefer round numbers, and nobody can rate below 0. Comparisons within a",
        "  person are protected from some of this; comparisons between people are not.",
        "- **Exposure windows.** Causes act over different times: a side effect on the day of or",
        "  after a dose, warmth on warm days, a relapse over weeks, physiotherapy building up",
        "  over weeks and fading after it stops, yesterday's activity on today's pain. Choose",
        "  the window before you estimate.",
        "- **Seasons and calendar time.** Because people enrolled over months, calendar time,",
        "  season and time in the study are not the same thing.",
        "- **Direct and total.** Some causes act through another column (for example through",
        "  fatigue). Adjusting for that column estimates a different quantity than not",
        "  adjusting: say which one you want.",
        "",
    ]


def _numbers(p, stats, settings) -> list[str]:
    n = len(p)
    course = p["ms_course"].value_counts(normalize=True)
    amb = stats.steps_n and stats.steps_sum / stats.steps_n
    drugs = p["dmd"].value_counts()
    drug_text = ", ".join(f"{k} {v}" for k, v in drugs.items())
    return [
        "## This cohort in numbers (beside published figures)",
        "",
        "| | this cohort | published |",
        "|---|---|---|",
        f"| women | {_pct((p['sex'] == 'female').mean())} | about two women for every man "
        "in the population [@walton2020]; more in clinic samples |",
        f"| mean age | {p['age'].mean():.1f} years | 46.3 ± 10.6 years in 645 people with MS "
        "[@motl2013] |",
        f"| mean age at diagnosis | {p['age_at_diagnosis'].mean():.1f} years | 32 years "
        "worldwide [@walton2020] |",
        f"| course | relapsing-remitting {_pct(course.get('relapsing-remitting', 0))}, "
        f"secondary progressive {_pct(course.get('secondary progressive', 0))}, primary "
        f"progressive {_pct(course.get('primary progressive', 0))} | |",
        f"| EDSS | median {p['edss'].median():g}, mean {p['edss'].mean():.1f} | 0–10 in half "
        "steps [@kurtzke1983] |",
        f"| report heat sensitivity | {_pct(p['reports_heat_sensitivity'].mean())} | 58% of "
        "256 people with MS [@flensner2011] |",
        f"| cervical cord lesion on MRI | {_pct(p['cervical_lesion'].mean())} | |",
        f"| steps a day (pedometer) | mean {amb:,.0f} | 5,903 ± 3,185 in ambulatory people "
        "with MS [@motl2013] |",
        f"| diary entries filled in | {_pct(stats.filled / max(stats.rows, 1))} overall, "
        f"{_pct(stats.first / max(stats.first_n, 1))} in the first 30 days, "
        f"{_pct(stats.last / max(stats.last_n, 1))} in the last 30 | 85% in pooled "
        "momentary-assessment studies of chronic pain, falling over the days [@ono2019] |",
        "",
        f"- {n} people, {stats.rows:,} diary rows from {stats.first_date:%Y-%m-%d} to "
        f"{stats.last_date:%Y-%m-%d} (up to {settings['n_days']} days each); "
        f"{int(p['left_study'].notna().sum())} people left early.",
        f"- Disease-modifying drugs: {drug_text}.",
        f"- Anti-spasticity drug: {int((p['anti_spasticity_drug'] != 'none').sum())} people.",
        f"- Physiotherapy: {int(p['physio_referral'].notna().sum())} referrals, "
        f"{int(p['physio_start'].notna().sum())} people started during the study "
        f"({stats.sessions:,} sessions attended).",
        f"- Daily mean temperatures from {stats.t_min:.1f} to {stats.t_max:.1f} °C.",
        "",
    ]


def render(patients, stats, settings, command: str) -> str:
    """The datasheet text for a written data set (``stats``: diary summary numbers)."""
    lines = [
        "# Simulated MS patient diaries: datasheet",
        "",
        "**Simulated teaching data. Not patient data.** No row describes a real person. The data",
        "were made by a computer model so that the true answer to every question is known to",
        "your instructor (it is not in this folder). Do not use them for clinical decisions, to",
        "estimate anything about real people with MS, to train or validate clinical models, or",
        "as evidence for or against any treatment.",
        "",
        "## What is in this folder",
        "",
        f"- `patients.csv`: {len(patients)} people with MS (one row each).",
        "- `diary.csv`: their diaries, one row per person per day in the study; empty cells are",
        "  entries not filled in (or, for `steps`, days the pedometer was not worn).",
        "- `diary_raw.csv`: the same diary as a deliberately messy export, for a cleaning",
        "  exercise (problems listed below).",
        "- `datapackage.json`: the Frictionless Table Schema of both tables (type, unit,",
        "  description and constraints of every field). `multipleOf` is our own extra constraint.",
        "",
    ]
    lines += _who(patients, settings["setting"])
    lines += _collected()
    lines += _traps()
    lines += _numbers(patients, stats, settings)
    lines += [
        "## Problems in diary_raw.csv",
        "",
        "| problem | rows | what it looks like |",
        "|---|---|---|",
    ]
    for k, (_, what) in PROBLEMS.items():
        lines.append(f"| {k} | {stats.problems[k]} | {what} |")
    lines += [
        "",
        "Cleaning it should give back `diary.csv` (except that typed-over values cannot be",
        "recovered and become missing).",
        "",
        "## How it was generated",
        "",
        "The people and their days come from the project's whole-chain model of MS and back",
        "pain (notebook 07), observed the way a diary observes a person. One command",
        "regenerates every file byte for byte:",
        "",
        "```",
        command,
        "```",
        "",
        f"Generator version {settings['generator_version']}"
        + ("." if "--student" in command else f", seed {settings['seed']}."),
        "",
        "## Known limitations",
        "",
        "- A teaching model: every mechanism is simplified, and many sizes are teaching",
        "  assumptions; nothing is validated against real diaries.",
        "- One city's weather; no changes of disease-modifying drug during the study.",
        "- The ratings are evening ratings of the day; recalled pain can differ from momentary",
        "  ratings [@broderick2008].",
        "",
        "Licence: CC BY 4.0 (see `datapackage.json`).",
        "",
    ]
    text = "\n".join(lines)
    keys = cited_keys(text)
    text = render_citations(text)
    return f"{text}\n## References\n\n{reference_list(keys, anchors=False)}\n"
