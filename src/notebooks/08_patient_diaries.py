# %% [markdown]
# # Patient diaries: exploring a simulated cohort with pandas
#
# Many studies of pain in multiple sclerosis (MS) ask people to keep a diary. Every evening they
# write down how much their back hurt, how tired they were, how long they sat and how much they
# walked. Diaries are rich, but they are also messy. People forget entries, round their answers
# and may skip bad days. And two things that go together in a diary are not always cause and
# effect.
#
# Here you explore the diaries of a **simulated** *cohort* (a group of people followed over the
# same months): 60 people with MS, made up by the collection's patient model plus a model of how
# people fill in diaries. Because the data are simulated, the true cause of every pattern is
# known, and at the end you can check each of your estimates against the truth. You will work
# with pandas, the Python library for tables. (These are teaching data, not patient data: no row
# describes a real person.)
#
# **What you will learn here**
#
# * load the diary files, check them against their *[schema](glossary.md#schema)* (the rules every
#   column must
#   follow), and clean a messy export;
# * explain how missing diary entries can be *not* missing at random, and what that does to
#   averages;
# * read one person's months in a calendar, and find weekly and seasonal patterns in the whole
#   cohort;
# * estimate a [delayed effect](glossary.md#lagged-effect) (sitting today, pain tomorrow) by
#   comparing people with themselves;
# * explain why a before/after comparison needs a comparison group, and why a correlation
#   between people can have a *[confounder](glossary.md#confounder)* (a third thing that causes
#   both) behind it;
# * compare your estimates with the true effects that generated the data, and say why some
#   methods miss them.
#
# **Time:** about 40 minutes. **Prerequisites:** basic pandas (reading a table, `groupby`, `mean`).
# The simulated people follow the same chain as notebook 07, but their diaries come from a
# simpler model of it: a few effects of set sizes, listed in the datasheet. So the size of an
# effect here (physiotherapy, for example) is not the one notebook 07's whole-chain model gives.

# %% [markdown]
# ## Setup
#
# This cell loads pandas, the diary tools of the collection's package `msbackpain`, and the
# collection's figure style. The classroom data live in the folder `data/` of the project.

# %%
import json

import numpy as np  # noqa: F401 (used in the solutions)
import pandas as pd
from matplotlib.figure import Figure

from msbackpain.diaries import DiaryFileError, load_diary, load_patients
from msbackpain.diaries import estimates as est
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.lessons.patient_diaries import checks as check
from msbackpain.lessons.patient_diaries import quiz
from msbackpain.lessons.patient_diaries.captions import TEXTS, steps_and_pain
from msbackpain.lessons.patient_diaries.diagrams import make_diary_browser
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## Loading and checking the data
#
# The folder holds two tidy tables: `patients.csv` (one row per person) and `diary.csv` (one row
# per person per day). A third file, `datapackage.json`, is their *schema*: for every column its
# type, unit, meaning and the rules its values must follow (for example "back pain is a whole
# number from 0 to 10"). `load_patients` and `load_diary` read a file and check every cell against
# those rules before you see it; dates come back as dates and categories.

# %%
patients = load_patients(DATA_DIR / "patients.csv")
diary = load_diary(DATA_DIR / "diary.csv")
print(
    f"{len(patients)} people, {len(diary):,} diary rows, "
    f"from {diary['date'].min():%d %b %Y} to {diary['date'].max():%d %b %Y}"
)
patients.head()

# %%
diary.head()

# %%
schema = json.loads((DATA_DIR / "datapackage.json").read_text())
fields = pd.DataFrame(schema["resources"][1]["schema"]["fields"])
fields[["name", "type", "unit", "description"]]

# %% [markdown]
# The cohort is drawn to look like people with MS in some ways. Worldwide, women are affected
# about twice as often as men, and the mean age at diagnosis is about 32 [@walton2020]; most
# simulated people have relapsing-remitting MS; and each person's [EDSS](glossary.md#edss) (the
# Expanded Disability Status Scale, 0–10 in half steps [@kurtzke1983]) goes with their walking
# ability. Check it yourself; a cohort of only 60 people can be several percentage points away
# from the two-thirds of women the generator draws from:

# %%
print(
    f"women: {(patients['sex'] == 'female').mean():.0%}; "
    f"mean age at diagnosis: {patients['age_at_diagnosis'].mean():.1f} years"
)
pd.crosstab(patients["walking"], patients["ms_course"])

# %% [markdown]
# In other ways it is *not* a general MS cohort, and the datasheet (`data/README.md`) says so.
# Every simulated person has some back pain, so it stands for people with MS **who have back
# pain**: in pooled studies of people with MS, 20% reported back pain [@foley2013], and a
# systematic review found low back pain in 41.6–52.4% [@massot2021]. Its only disease-modifying
# drug is interferon beta, which is dated: today there are many such drugs.

# %% [markdown]
# ## Cleaning a messy export
#
# Real exports are rarely this tidy. `diary_raw.csv` holds the same diary as it might come out of
# an app: days exported twice, typing errors, words in number columns, dates in three formats.
# The loader refuses it and lists every problem with its row number in the file (the header is
# row 1), its column, its value and the rule it breaks:

# %%
try:
    load_diary(DATA_DIR / "diary_raw.csv")
except DiaryFileError as err:
    problems = pd.DataFrame(err.problems, columns=["row", "column", "value", "rule"])
print(f"{len(problems)} problems; the first ten:")
problems.head(10)

# %% [markdown]
# Cleaning means deciding, column by column, what each odd value meant. Read everything as text
# first (so nothing is silently changed), then repair what can be repaired and blank what
# cannot: a pain of 77 is a typing error whose true value we do not know.

# %%
raw = pd.read_csv(DATA_DIR / "diary_raw.csv", dtype=str, keep_default_na=False)
clean = raw.drop_duplicates().copy()
clean["patient_id"] = clean["patient_id"].str.strip().str.upper()
date = pd.to_datetime(clean["date"], format="%Y-%m-%d", errors="coerce")
for fmt in ("%d/%m/%Y", "%d %b %Y"):
    date = date.fillna(pd.to_datetime(clean["date"], format=fmt, errors="coerce"))
clean["date"] = date
clean["temperature_c"] = clean["temperature_c"].str.replace(",", ".")
for col in ("relapse", "physio_session"):
    clean[col] = clean[col].replace({"yes": "1", "no": "0"})
limits = {"back_pain": 10, "fatigue": 10, "spasticity": 10, "steps": 60000, "sitting_hours": 24}
for col in clean.columns.drop(["patient_id", "date"]):
    clean[col] = pd.to_numeric(clean[col], errors="coerce")
    if col in limits:
        clean[col] = clean[col].where(clean[col].between(0, limits[col]))
clean = clean.sort_values(["patient_id", "date"]).reset_index(drop=True)
same = (clean["back_pain"].fillna(-1) == diary["back_pain"].astype(float).fillna(-1)).mean()
print(
    f"{len(raw)} raw rows → {len(clean)} clean rows (the tidy diary has {len(diary)}); "
    f"back pain agrees with the tidy diary on {same:.1%} of days"
)

# %% [markdown]
# Two things to notice. The duplicates had to go *before* the dates were repaired: a day whose
# copy was written in another date format would otherwise survive as two rows. And a cleaned
# file is never quite the original: values typed over ("about 4", 77) are now missing.

# %% tags=["exercise"]
# Exercise 1: how many rows of the raw export are exact copies of an earlier row?
# Read the file with dtype=str and keep_default_na=False, then use DataFrame.duplicated().
n_duplicates = ...

check.exercise_1(n_duplicates)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# raw = pd.read_csv(DATA_DIR / "diary_raw.csv", dtype=str, keep_default_na=False)
# n_duplicates = int(raw.duplicated().sum())
#
# check.exercise_1(n_duplicates)
# ```
#
# `duplicated()` marks every row that repeats an earlier one in every column. The generator
# recorded how many days it exported twice, in `ground_truth.json`.
# </details>

# %% [markdown]
# ## Missing entries, and why they may not be random
#
# Diaries thin out: in one study of people with chronic pain, paper diaries were reported as 90%
# complete while only 11% of entries were really made on time; electronic diaries reached 94%
# [@stone2002]. Completion of *momentary assessments* (short questionnaires answered several
# times a day, usually on an electronic device) averaged 85% in pooled chronic-pain studies and
# fell over the days of a study [@ono2019]. In the tidy diary an entry not filled in is an empty
# cell (`<NA>`). Here is the share filled in, week by week:

# %%
completion = est.completion_by_week(diary)
print(
    f"filled in: {completion.iloc[:4].mean():.0%} in the first 4 weeks, "
    f"{completion.iloc[-4:].mean():.0%} in the last 4"
)

fig = Figure(figsize=(9, 3.6))
ax = fig.add_subplot()
ax.plot(completion.index, 100 * completion.to_numpy(), **style.series_style(0))
ax.set_xlabel("study week")
ax.set_ylabel("entries filled in (%)")
ax.set_ylim(0, 100)
show_figure(fig, TEXTS["completion"])

# %% [markdown]
# Are the missing days ordinary days? We cannot see the pain of a day nobody wrote down, but we
# can see the day before it: in these simulated diaries pain is sticky from one day to the next
# (a simulation assumption). Compare the pain written on the day *before* a missing entry with
# the pain on the day before an entry that was filled in:

# %%
before = est.pain_before_missing(diary)
print(f"mean back pain the day before a filled-in entry: {before['before_filled']:.2f}")
print(f"mean back pain the day before a missing entry:   {before['before_missing']:.2f}")

# %% [markdown]
# In these diaries, entries go missing more often after painful days, so probably on painful days
# too. Data like this are *[missing not at random](glossary.md#missing-not-at-random)*: the chance
# of a gap depends on the very thing you want to measure. The average of the entries that were
# filled in is then too low, and no amount of data fixes that by itself; it has to be thought
# about.
#
# The generator was built to miss painful days, so that you can see the mechanism. In real
# diaries it is a possibility to check, not the rule: in pooled data from momentary-assessment
# studies of people with chronic pain, pain intensity did not predict whether an assessment was
# completed [@ono2019]. Other things did, such as age and the length of the study.
#
# ## One person's months
#
# Averages hide people. A *calendar heatmap* shows one person's diary as one square per day,
# weeks left to right and Monday at the top, so weekly rhythms, gaps and bad spells stand out.
#
# ### Interactive: the diary browser
#
# Choose a person and a diary variable. The top panel is their calendar (grey squares: not filled
# in); the bottom panel shows the same days as a line, with relapse days, heat-wave days and
# physiotherapy sessions marked along the bottom. Try a person who started physiotherapy (their
# `physio_start` in `patients` is a date) and look at their back pain before and after; then look
# at fatigue during the heat waves.

# %%
browser = make_diary_browser()
browser.show()

# %% [markdown]
# ## Weekly and seasonal patterns
#
# Put everyone together and group by weekday: people sit more on weekdays and walk less at
# weekends, and fewer entries are filled in at weekends. Then group by month: the study runs from
# early spring into late summer.

# %%
weekday = diary.assign(
    weekday=diary["date"].dt.day_name().str[:3], filled=diary["back_pain"].notna()
)
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
by_day = weekday.groupby("weekday")[["sitting_hours", "steps", "back_pain", "filled"]]
by_day.mean().astype(float).reindex(days).round(2)

# %%
monthly = diary.groupby(diary["date"].dt.to_period("M"))[["temperature_c", "fatigue", "back_pain"]]
monthly = monthly.mean().astype(float)
fig = Figure(figsize=(9, 3.8))
ax = fig.add_subplot()
x = monthly.index.to_timestamp()
ax.plot(x, monthly["temperature_c"], label="outdoor temperature (°C)", **style.series_style(0))
ax.set_ylabel("temperature (°C)")
ax2 = ax.twinx()
ax2.plot(x, monthly["fatigue"], label="fatigue (0–10)", **style.series_style(1))
ax2.set_ylabel("mean fatigue (0–10)")
ax2.set_ylim(0, 10)
ax.legend(loc="upper left", frameon=False)
ax2.legend(loc="lower right", frameon=False)
show_figure(fig, TEXTS["monthly"])

# %% [markdown]
# ## Heat and fatigue
#
# Many people with MS find that a warm day makes their symptoms worse for a while: in one survey
# of 256 people with MS in Sweden, 58% reported this heat sensitivity [@flensner2011]. Group the
# diary days by outdoor temperature and look at mean fatigue:

# %%
bins = pd.cut(diary["temperature_c"], [-10, 5, 10, 15, 20, 25, 40])
diary.groupby(bins, observed=True)["fatigue"].agg(["mean", "count"]).round(2)

# %% [markdown]
# Fatigue is flat on cool days and climbs above about 20 °C. The rise is an average over people
# who react to heat and people who do not; you will separate them at the end of the notebook.
#
# ## Sitting today, pain tomorrow
#
# Sitting loads the lower back more than standing (notebook 06), and an overloaded back may hurt
# more the *next* day. To look for a delayed (lagged) effect, put each day's pain next to the
# sitting of the day before. Comparing a person with *themselves* matters here: people who sit a
# lot differ from people who sit little in many ways, so subtract each person's own mean from both
# columns first (a *[within-person](glossary.md#within-person-comparison)* comparison).

# %%
lagged = est.with_yesterday(diary, ["sitting_hours"])
lagged[["patient_id", "date", "sitting_hours", "sitting_hours_yesterday", "back_pain"]].head()

# %%
for col in ("sitting_hours", "sitting_hours_yesterday"):
    d = lagged.dropna(subset=["back_pain", col])
    w = est.within(d, ["back_pain", col])
    print(
        f"within-person correlation of back pain with {col:24s}: {w['back_pain'].corr(w[col]):+.3f}"
    )

# %% tags=["exercise"]
# Exercise 2: estimate the within-person slope of today's back pain on yesterday's sitting
# (pain points per hour). Use `lagged`, drop rows where either is missing, subtract each person's
# mean from both columns (est.within does that), then slope = sum(x*y) / sum(x*x).
sitting_slope = ...

check.exercise_2(sitting_slope)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# d = lagged.dropna(subset=["back_pain", "sitting_hours_yesterday"])
# w = est.within(d, ["back_pain", "sitting_hours_yesterday"])
# x, y = w["sitting_hours_yesterday"], w["back_pain"]
# sitting_slope = float((x * y).sum() / (x * x).sum())
#
# check.exercise_2(sitting_slope)
# ```
#
# Each extra hour of sitting raises the next evening's pain by a fraction of a point. Today's
# sitting shows almost no link with today's pain because in this model the load acts overnight.
# </details>

# %% [markdown]
# ## Physiotherapy: before and after
#
# Some people started physiotherapy part-way through the study, which looks like a natural
# experiment. There are three ways to estimate what it did, and only one is fair:
#
# 1. **Compare groups** at the end: people in physiotherapy versus people who never started.
# 2. **Before and after** in the people who started: their pain in the 4 weeks before the start
#    versus weeks 7–10 after it (physiotherapy takes a while to work).
# 3. **Before and after with a comparison group**: the same, but each day's pain is first taken
#    relative to the mean pain of the people who never started *on the same date*, which removes
#    whatever changed for everybody (the season, the weather). This is a
#    *[difference in differences](glossary.md#difference-in-differences)*.

# %%
starters = patients["physio_start"].notna()
usual = diary.groupby("patient_id", observed=True)["back_pain"].mean().astype(float)
print(
    f"{starters.sum()} people started physiotherapy; their mean pain over the whole study "
    f"{usual[patients.loc[starters, 'patient_id']].mean():.2f}, the others' "
    f"{usual[patients.loc[~starters, 'patient_id']].mean():.2f}"
)
physio = est.physio_before_after(diary, patients)
print(f"1. compare groups at the end:     {physio['between_groups']:+.2f} points")
print(f"2. before/after in starters:      {physio['naive']:+.2f} points")

# %% [markdown]
# The group comparison says physiotherapy does almost nothing, because the people who started it
# had more pain to begin with: pain led to physiotherapy (*confounding by indication*). The
# before/after change is much larger. But a before/after change also contains everything else
# that changed over those weeks for everybody, such as spring turning into summer (heat makes
# heat-sensitive people more tired, and tiredness adds to back pain). A comparison group
# measures that shared change, so it can be subtracted.

# %% tags=["exercise"]
# Exercise 3: estimate the change in back pain after starting physiotherapy WITH a comparison
# group. Steps: (a) the mean back pain of non-starters on each date; (b) each starter's daily pain
# minus that mean; (c) per starter, mean of (b) in days 42–69 after the start minus the mean of (b)
# in the 28 days before it; (d) average over starters.
physio_effect = ...

check.exercise_3(physio_effect)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# d = diary.dropna(subset=["back_pain"]).copy()
# start = patients.set_index(patients["patient_id"].astype(str))["physio_start"]
# d["start"] = d["patient_id"].astype(str).map(start).to_numpy()
# d["since"] = (d["date"] - d["start"]).dt.days
# control = d[d["start"].isna()].groupby("date")["back_pain"].mean().astype(float)
# d["relative"] = d["back_pain"].astype(float) - d["date"].map(control).to_numpy()
# s = d[d["start"].notna()]
# before = s[s["since"].between(-28, -1)].groupby("patient_id", observed=True)["relative"].mean()
# after = s[s["since"].between(42, 69)].groupby("patient_id", observed=True)["relative"].mean()
# physio_effect = float((after - before).dropna().mean())
#
# check.exercise_3(physio_effect)
# ```
#
# Relative to people who did not start, pain fell after the start. In one pooled analysis of
# people with chronic pain, a fall of 2 points or 30% on a 0–10 scale was what patients called
# "much improved" [@farrar2001]; compare your estimate with that. `est.physio_before_after` does
# the same computation.
# </details>

# %% [markdown]
# ## A correlation that is not causation
#
# Do people who walk more have less back pain? Across people, yes: plot each person's mean steps
# against their mean pain.

# %%
person = diary.groupby("patient_id", observed=True)[["steps", "back_pain"]].mean().astype(float)
person = person.join(patients.set_index(patients["patient_id"].astype("category"))[["edss"]])
links = est.steps_and_pain(diary)
print(f"between people: {links['between']:+.2f} pain points per 1000 steps")
print(f"within people:  {links['within']:+.2f} pain points per 1000 steps")
fig = Figure(figsize=(8, 4.2))
ax = fig.add_subplot()
pts = ax.scatter(
    person["steps"] / 1000,
    person["back_pain"],
    c=person["edss"],
    cmap="viridis",
    marker="o",
    edgecolor="black",
    linewidth=0.4,
)
fig.colorbar(pts, ax=ax, label="EDSS")
ax.set_xlabel("mean steps per day (thousands)")
ax.set_ylabel("mean back pain (0–10)")
show_figure(fig, steps_and_pain(len(person)))

# %% [markdown]
# The colours give it away: people with a higher EDSS walk less *and* have more pain. A third
# variable that drives both is a *confounder*. (Real people with MS also walk less with greater
# disability: in one study, 645 people with MS who could walk took 5,903 ± 3,185 steps a day,
# fewer with higher disability [@motl2013].) Within people the link is much weaker, and even
# that is mostly the other way round: a painful day makes people walk less the next day.

# %% tags=["exercise"]
# Exercise 4: which column is the confounder behind "more steps, less pain" between people?
# Choose one of: "edss", "temperature_c", "physio_session", "medication_taken".
confounder = ...

check.exercise_4(confounder)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# confounder = "edss"
#
# check.exercise_4(confounder)
# ```
#
# A confounder must differ between people and cause both variables. Disability does: it limits
# walking and, through weakness and load, raises pain.
# </details>

# %% [markdown]
# ## The reveal: estimates against the truth
#
# The generator wrote down everything it did in `ground_truth.json`: the causal graph, every
# effect size with its unit, each person's hidden traits (who is heat-sensitive, how fearful of
# movement they are) and the seed. First the hidden traits: with them you can estimate the heat
# effect in the people it applies to.

# %%
truth = json.loads((DATA_DIR / "ground_truth.json").read_text())
hidden = pd.DataFrame(truth["hidden_traits"])
heat_sensitive = list(hidden.loc[hidden["heat_sensitive"], "patient_id"])
print(
    f"{len(heat_sensitive)} of {len(hidden)} people are heat-sensitive "
    f"({len(heat_sensitive) / len(hidden):.0%}; the generator draws "
    f"{truth['cohort_assumptions']['heat_sensitive_fraction']['value']:.0%})"
)
hidden.head()

# %% [markdown]
# That is more than in the survey quoted above (58%): the generator's share of heat-sensitive
# people is a teaching assumption, higher than that survey found.

# %% tags=["exercise"]
# Exercise 5: estimate the within-person slope of fatigue on degrees above 20 °C
# (max(temperature_c - 20, 0)) in the heat-sensitive people only (fatigue points per °C).
heat_slope = ...

check.exercise_5(heat_slope)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# d = diary[diary["patient_id"].isin(heat_sensitive)].dropna(subset=["fatigue"]).copy()
# d["heat_c"] = np.maximum(d["temperature_c"] - 20, 0)
# w = est.within(d, ["fatigue", "heat_c"])
# heat_slope = float((w["fatigue"] * w["heat_c"]).sum() / (w["heat_c"] ** 2).sum())
#
# check.exercise_5(heat_slope)
# ```
#
# In everyone the slope is smaller (diluted by people who do not react to heat); in the
# heat-sensitive people it comes close to the true value.
# </details>

# %% [markdown]
# Now every estimate of this notebook next to the true value that generated the data:

# %%
effects = truth["effects"]
reveal = pd.DataFrame(
    [
        ("heat → fatigue, everyone", est.heat_on_fatigue(diary), "heat_on_fatigue"),
        (
            "heat → fatigue, heat-sensitive",
            est.heat_on_fatigue(diary, heat_sensitive),
            "heat_on_fatigue",
        ),
        ("sitting yesterday → pain", est.sitting_on_pain(diary), "sitting_yesterday_on_pain"),
        ("physiotherapy: compare groups", physio["between_groups"], "physio_on_pain"),
        ("physiotherapy: before/after", physio["naive"], "physio_on_pain"),
        ("physiotherapy: with comparison group", physio["with_comparison"], "physio_on_pain"),
        ("steps → pain, between people (per 1000)", links["between"], "steps_on_pain"),
        ("steps → pain, within people (per 1000)", links["within"], "steps_on_pain"),
    ],
    columns=["estimate of", "from the diary", "effect"],
)
reveal["true value"] = [effects[k]["value"] for k in reveal["effect"]]
reveal["unit of the truth"] = [effects[k]["unit"] for k in reveal["effect"]]
reveal.round(3)

# %% [markdown]
# Read the table row by row. Comparing people with themselves recovered the lagged sitting effect
# and, in the right people, the heat effect. For physiotherapy the group comparison is badly
# wrong; compare the before/after row with the row that uses a comparison group to see how much
# the shared seasonal change mattered in this cohort. Steps have *no* effect on pain in the
# model (true value 0), yet both correlations are negative: one from a confounder, one from
# [reverse causation](glossary.md#reverse-causation).
# Remember also what this model leaves out: real diaries have effects nobody knows the size of,
# and the sizes here are teaching assumptions listed in the datasheet (`data/README.md`).
#
# Some of those assumptions disagree with studies of real people, and the datasheet says where:
#
# * **Physiotherapy.** The true effect here is −1.5 points. In a meta-analysis of 10 small trials
#   of exercise in MS (389 people, high risk of bias), pain fell by a standardised mean
#   difference of −0.46 (95% CI −0.92 to 0.00) [@demaneuf2019]: about −0.9 points if pain varies
#   between people by about 2 points. The simulated treatment works better than the trials
#   suggest.
# * **Carry-over from day to day.** In these diaries, a tired day tends to be followed by another
#   tired day (a simulation assumption). In a study of 107 people with MS who rated their
#   symptoms five times a day for a week, a day of higher fatigue was followed by *lower*
#   fatigue the next day (B = −0.16); fatigue predicted more pain later the same day, but no
#   symptom predicted another one the next day [@kratz2017].
# * **Missing entries.** Gaps here follow painful days by design; in real diaries that has to
#   be checked, not assumed [@ono2019].
#
# ## Quiz
#
# Six questions on the reasoning behind the analyses: missing entries, comparing people with
# themselves, comparison groups and confounders (the last one asks you to use a true effect).
# Answer in the form below; with a kernel you get instant feedback. Without a kernel, the
# questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Check a file against its schema before analysing it; clean a raw export column by column and
#   accept that some values are lost.
# * Diary completion falls over time. In these diaries entries also go missing more often on bad
#   days (missing not at random), which biases simple averages; real diaries need not behave
#   like this, so check.
# * Compare people with themselves (within-person) to estimate day-to-day effects, and look for
#   delayed effects with lagged columns.
# * A before/after change needs a comparison group; a comparison between groups that chose their
#   treatment is confounded by indication.
# * A correlation between people can come from a confounder (here EDSS) or from reverse causation.
#
# ## What's next
#
# Notebook 07 simulates the whole chain for one person at a time; change its interventions and
# think about what a diary study of each would show, and why its effect sizes differ from the
# set sizes behind these diaries.

# %% [markdown]
# ## References
#
# The datasheet `data/README.md` lists the sources of the simulated data and its assumptions.
