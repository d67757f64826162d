# %% [markdown]
# # Patient diaries: estimating effects, with their uncertainty, from a simulated cohort
#
# Many studies of pain in multiple sclerosis (MS) ask people to keep a diary. Every evening they
# write down how much their back hurt, how tired and stiff they were, and a step counter records
# how much they walked. Diaries are rich, but they are also messy. People forget entries, round
# their answers and use the 0–10 scale each in their own way. And two things that go together in
# a diary are not always cause and effect.
#
# Here you analyse the diaries of a **simulated** *[cohort](glossary.md#cohort)* (a group of
# people followed over the same months). The people are the simulated people of notebook 07: the
# same whole-chain model, from the damaged nerve fibre to the sore back, run for every person and
# every day. What you get is what a diary would record of them: ratings with their habits,
# missing entries, people who join late and people who stop. Because the data are simulated, the
# true effect behind each pattern is known. It was computed by running the same people twice,
# with and without the thing in question, and kept out of your data folder. At the end you open
# it and check each of your estimates against it. These are teaching data, not patient data: no
# row describes a real person, and every effect here is an effect of a teaching model, not a
# statement about a treatment.
#
# **What you will learn**
#
# * load the diary files, check them against their *[schema](glossary.md#schema)* (the rules every
#   column must follow), and clean a messy export;
# * say what a 95% *[confidence interval](glossary.md#confidence-interval)* means in plain words,
#   and why the days of one person cannot be counted as independent;
# * recognise the traps a diary really contains: rating habits, the floor of a scale, missing
#   entries, who was chosen to take part;
# * compare people with themselves (*person fixed effects*) with a few lines of pandas, and
#   look for a [delayed effect](glossary.md#lagged-effect) (does sitting today show tomorrow?);
# * estimate the effect of a treatment that people started after a bad spell, with a fair
#   comparison group, and see how far the naive before/after estimate is from it;
# * tell a correlation between people from an effect within people, and a direct effect from a
#   total one;
# * compare each estimate, with its interval, with the true effect and its spread across people,
#   and explain every miss.
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | pandas: read a table, `groupby`, `mean` | Necessary | pandas' "Getting started" tutorials |
# | The simulated people and their whole-chain model | Helpful | [07](07_whole_chain.ipynb) |
# | Lhermitte's sign, treatment-related pain | Helpful | [06](06_pain.ipynb) |

# %% [markdown]
# ## Setup
#
# This cell loads pandas, the diary tools of the collection's package `msbackpain`, and the
# collection's figure style. The classroom data live in the folder `data/` of the project.

# %%
import numpy as np
import pandas as pd
from IPython.display import display
from matplotlib.figure import Figure

from msbackpain.diaries import DiaryFileError, load_diary, load_patients
from msbackpain.diaries import estimates as est
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.lessons.patient_diaries import analyses, key, quiz
from msbackpain.lessons.patient_diaries import checks as check
from msbackpain.lessons.patient_diaries.captions import (
    TEXTS,
    event_study_text,
    reveal_text,
    steps_and_pain,
)
from msbackpain.lessons.patient_diaries.diagrams import make_diary_browser
from msbackpain.lessons.patient_diaries.figures import plot_event_study, plot_ratings, plot_reveal
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()
pd.set_option("display.precision", 3)

# %% [markdown]
# ## Loading and checking the data
#
# The folder holds two tidy tables: `patients.csv` (one row per person) and `diary.csv` (one row
# per person per day). A third file, `datapackage.json`, is their *schema*: for every column its
# type, unit, meaning and the rules its values must follow (for example "back pain is a whole
# number from 0 to 10"). `load_patients` and `load_diary` read a file and check every cell against
# those rules before you see it; dates come back as dates and categories. The folder's
# `README.md` is the *datasheet*: how the data were collected and what to watch out for.

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

# %% [markdown]
# ### Who is in the cohort
#
# A cohort is always *selected*: by a clinic, an advert, a wish to take part. Before reading any
# effect, check whom it can speak for. Worldwide, women are affected by MS about twice as often as
# men, and the mean age at diagnosis is about 32 [@walton2020]; each person's
# [EDSS](glossary.md#edss) (the Expanded Disability Status Scale, 0–10 in half steps
# [@kurtzke1983]) goes with their walking ability.

# %%
print(
    f"women: {(patients['sex'] == 'female').mean():.0%}; "
    f"mean age at diagnosis: {patients['age_at_diagnosis'].mean():.1f} years"
)
usual_pain = est.person_means(diary, ["back_pain"])["back_pain"]
print(f"people whose usual back pain is 1 or more (0–10 scale): {(usual_pain >= 1).mean():.0%}")
pd.crosstab(patients["walking"], patients["ms_course"])

# %% [markdown]
# Compare the share with back pain with people with MS in general: in pooled studies 20%
# reported back pain [@foley2013], and a systematic review found low back pain in 41.6–52.4%
# [@massot2021]. The datasheet says why nearly everyone here has it: people were enrolled after a
# two-week screening diary in which their back pain was high enough. So the cohort stands for
# people with MS **who have back pain**, and its averages do not describe people with MS in
# general.
#
# Selection on a bad fortnight has a second consequence. A fortnight chosen because it was bad is
# likely to be followed by better ones, whatever anyone does (*regression to the mean*). Look at
# the mean back pain by week of each person's diary:

# %%
week = (diary["study_day"] - 1) // 7 + 1
by_week = diary.groupby(week)["back_pain"].mean().astype(float)
print(by_week.head(8).round(2).to_string())

# %% [markdown]
# If the first weeks are higher than the later ones, part of that fall is the selection, not a
# change in anyone's back. Keep this in mind whenever a comparison uses the first weeks of the
# diary as "before".

# %% [markdown]
# ## Cleaning a messy export
#
# Real exports are rarely this tidy. `diary_raw.csv` holds the same diary as it might come out of
# an app: days exported twice, typing errors, words in number columns, dates in three formats.
# The loader refuses it and lists the problems with the row number in the file (the header is
# row 1), the column, the value and the rule each breaks:

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
print(f"{len(raw)} raw rows → {len(clean)} clean rows (the tidy diary has {len(diary)})")

# %% [markdown]
# Two things to notice. The duplicates had to go *before* the dates were repaired: a day whose
# copy was written in another date format would otherwise survive as two rows. And a cleaned
# file is never quite the original: values typed over ("about 4", 77) are now missing. From here
# on the notebook uses the tidy `diary`.
#
# ### Exercise 1

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
# `duplicated()` marks every row that repeats an earlier one in every column.
# </details>

# %% [markdown]
# ## Missing entries, and what they do
#
# Diaries thin out: in one study of people with chronic pain, paper diaries were reported as 90%
# complete while only 11% of entries were really made on time; electronic diaries reached 94%
# [@stone2002]. Completion of *momentary assessments* (short questionnaires answered several
# times a day, usually on an electronic device) averaged 85% in pooled chronic-pain studies and
# fell over the days of a study [@ono2019]. In the tidy diary an entry not filled in is an empty
# cell (`<NA>`); days before a person joined or after they stopped are empty too. This cell
# draws the share filled in, week by week, and shows all its plotting code:

# %% [markdown]
# The next cell draws its figure in full, so you can change it (try another line style from
# `style.series_style`, or plot the share missing instead).

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
# can look at what *was* recorded around it. Two clues: the pain written the day before a gap,
# and the step counter, which records steps whether or not the diary is filled in.

# %%
before = est.pain_before_missing(diary)
print(f"mean back pain the day before a filled-in entry: {before['before_filled']:.2f}")
print(f"mean back pain the day before a missing entry:   {before['before_missing']:.2f}")
steps_seen = diary["steps"].notna()
gap = diary["back_pain"].isna() & steps_seen
print(
    f"days with steps but no diary entry: {gap.sum():,}; mean steps on them "
    f"{diary.loc[gap, 'steps'].mean():,.0f}, on days with an entry "
    f"{diary.loc[diary['back_pain'].notna() & steps_seen, 'steps'].mean():,.0f}"
)

# %% [markdown]
# {{missing_sentence}}. If the chance of a gap depends on the very thing you want to measure, the
# data are *[missing not at random](glossary.md#missing-not-at-random)*, and the average of the
# entries that were filled in is biased; more data do not fix that by themselves. If gaps come
# with fewer steps, bad days are probably among them. In pooled data from momentary-assessment
# studies of people with chronic pain, pain intensity did not predict whether an assessment was
# completed [@ono2019]; other things did, such as age and the length of the study. So it is
# something to check in each data set, not to assume.
#
# Comparing people with themselves, as below, protects against one part of the problem: a person
# who fills in less often is still compared only with their own days.
#
# ## How people use a 0–10 scale
#
# A rating is not a measurement. People prefer round numbers (*digit preference*), some use the
# whole scale and others only its middle (*personal scale use*), and nobody can write less than 0
# however much better a day is (a *floor*).

# %%
fig = Figure(figsize=(9, 3.6))
plot_ratings(fig.add_subplot(), diary["back_pain"])
show_figure(fig, TEXTS["ratings"])

pain = diary["back_pain"].astype(float)
spread_within = diary.groupby("patient_id", observed=True)["back_pain"].std().astype(float)
print(f"entries at 0: {(pain == 0).mean():.1%}; at 5: {(pain == 5).mean():.1%}")
print(
    "each person's day-to-day SD of back pain: "
    f"from {spread_within.min():.2f} to {spread_within.max():.2f} "
    f"(median {spread_within.median():.2f})"
)

# %% [markdown]
# What each habit does to an estimate:
#
# * **Rounding** adds noise to a rating. Noise in the *outcome* widens the confidence interval;
#   noise in an *exposure* measured by rating pulls its slope towards zero.
# * **Personal scale use**: a "6" from one person is not a "6" from another. Comparing people
#   with themselves (below) removes each person's own level, though not their own stretch of the
#   scale.
# * **The floor at 0**: a person who already writes 0 cannot show a fall. An effect measured on
#   the rating is smaller than the same effect on the pain behind it, most of all in people with
#   little pain.
#
# ## A confidence interval, in plain words
#
# Every estimate below comes with a 95% confidence interval: the range of effects that are
# compatible with the data, given how much the estimate would wobble if the study were run again
# with other people like these. A narrow interval says "this cohort pins the effect down"; a wide
# one says "these data cannot tell". It is not the range within which the effect of each person
# lies: people differ, and the reveal at the end shows by how much.
#
# How wide? The days of one person are not independent: a person's usual pain, habits and
# disease carry over from day to day. So a year of days from one person is worth much less than
# as many days from different people. The intervals here come from a *cluster bootstrap over
# people*: draw the people again, with replacement, {{n_boot}} times (some twice, some not at
# all, each with all their days), recompute the estimate each time, and keep the middle 95% of
# the results. That is what
# `est.bootstrap` does. The heat section below shows what goes wrong when the days are counted
# as if they were independent.
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
# `physio_start` in `patients` is a date) and look at their back pain in the weeks before the
# start; then look at fatigue during the heat waves.

# %%
browser = make_diary_browser()
browser.show()

# %% [markdown]
# ## Heat and fatigue: an effect with a threshold
#
# Many people with MS find that a warm day makes their symptoms worse for a while: in one survey
# of 256 people with MS in Sweden, 58% reported this heat sensitivity [@flensner2011]. Group the
# diary days by outdoor temperature and look at mean fatigue:

# %%
bins = pd.cut(diary["temperature_c"], [-20, 0, 5, 10, 15, 20, 25, 40])
diary.groupby(bins, observed=True)["fatigue"].agg(["mean", "count"]).astype(float).round(2)

# %% [markdown]
# Two things hide the effect in that table. Many things change with the seasons besides the
# temperature, so a winter month can be more tiring than a summer one for other reasons. And the
# exposure has a *window*: in the model of notebook 07, a heat-sensitive person warms only when
# the air is above a comfort temperature, and not at all below it; a straight line through every
# temperature mixes the flat part with the rising part. So measure the exposure as the degrees
# above the threshold, `max(temperature − threshold, 0)` (`est.above`), and compare each person's
# days only with their own other days *of the same month*:

# %%
heat = diary.assign(heat_c=est.above(diary["temperature_c"]), temp=diary["temperature_c"])
heat["person_month"] = heat["patient_id"].astype(str) + heat["date"].dt.strftime(" %Y-%m")
unit = "points per °C"
same_month = est.within_slope(heat, "fatigue", "heat_c", unit, by="person_month")
print("per °C above the threshold, same month:", same_month)
print("per °C of any temperature, any month:  ", est.within_slope(heat, "fatigue", "temp", unit))
print("on an average warm day:                ", est.warm_day_effect(diary, "fatigue"))

# %% [markdown]
# The last line turns the slope into the question the answer key asks: how much higher is
# fatigue on a warm day because of the warmth (the slope times the typical number of degrees
# above the threshold on a warm day, `est.warm_day_effect`). It also leaves the day *after* a
# warm day out of the comparison days: the warmth's effect outlasts the day, so that day is not
# a clean cool day (another exposure window). It is an average over people who
# react to heat and people who do not; the reveal gives the spread between them. That is also
# why its interval must come from drawing *people* again. Here is the same estimate with an
# interval from drawing *days* again, as if every day came from a different person:

# %%
heat["day"] = np.arange(len(heat))  # a label of its own for every day
by_person = same_month
by_day = est.within_slope(heat, "fatigue", "heat_c", unit, by="person_month", cluster="day")
print(f"interval from drawing people again: {by_person.low:+.3f} to {by_person.high:+.3f}")
print(f"interval from drawing days again:   {by_day.low:+.3f} to {by_day.high:+.3f}")
ratio = (by_day.high - by_day.low) / (by_person.high - by_person.low)
print(f"the interval over days is {ratio:.0%} as wide")

# %% [markdown]
# Summer days come in runs, and the same people who react on one hot day react on the next: the
# hot days of one person are not independent pieces of evidence. The interval over days pretends
# they are, and claims a precision the cohort does not have.
#
# ## Comparing people with themselves: sitting, the same day and the next
#
# Sitting bent forward loads the lower-back discs more than sitting upright, while sitting
# upright and standing load them about equally (0.46 vs 0.50 MPa in one volunteer
# [@wilke1999]; notebook 05). Long sitting can still ache, because a held posture is static.
# Does a long day of sitting show in that evening's pain, or only the *next* day (a delayed,
# *lagged* effect)? To look for a lag, put each day's pain next to the sitting of the day before.
# Comparing a person with *themselves* matters here: people who sit a lot differ from people who
# sit little in many ways (work, disability, usual pain). So subtract each person's own mean from
# both columns first. This is a *[within-person](glossary.md#within-person-comparison)*
# comparison, also called *person fixed effects*, and in pandas it is one `groupby` and one
# `transform`:

# %%
lagged = est.with_yesterday(diary, ["sitting_hours"])
d = lagged.dropna(subset=["back_pain", "sitting_hours_yesterday"]).copy()
for col in ("back_pain", "sitting_hours_yesterday"):
    own_mean = d.groupby("patient_id", observed=True)[col].transform("mean")
    d[f"{col}_vs_own_mean"] = d[col].astype(float) - own_mean.astype(float)
d[
    [
        "patient_id",
        "date",
        "sitting_hours_yesterday",
        "sitting_hours_yesterday_vs_own_mean",
        "back_pain",
        "back_pain_vs_own_mean",
    ]
].head()

# %% [markdown]
# Each row now says: "yesterday this person sat *more* (or less) than they usually do, and today
# their pain is *above* (or below) their usual". The slope of the second on the first is the
# within-person effect: `slope = Σ x·y / Σ x²` over those centred columns (`est.slope`).
#
# ### Exercise 2

# %% tags=["exercise"]
# Exercise 2: the within-person slope of today's back pain on yesterday's sitting (points per
# hour). Use the columns *_vs_own_mean of `d` above: slope = sum(x * y) / sum(x * x).
sitting_slope = ...

check.exercise_2(sitting_slope)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# x = d["sitting_hours_yesterday_vs_own_mean"]
# y = d["back_pain_vs_own_mean"]
# sitting_slope = float((x * y).sum() / (x * x).sum())
#
# check.exercise_2(sitting_slope)
# ```
#
# `est.lagged_slope(diary)` computes the same slope with its confidence interval.
# </details>

# %% [markdown]
# Now the same day and the day after, each with its interval:

# %%
print("sitting today → pain today:    ", est.within_slope(diary, "back_pain", "sitting_hours"))
print("sitting yesterday → pain today:", est.lagged_slope(diary))

# %% [markdown]
# The sitting column is what people *wrote*: an estimate to the half hour, off by some tens of
# minutes on any one day (the datasheet says it is self-reported). Error in the cause flattens a
# slope: part of the day-to-day differences in written sitting are not differences in sitting,
# so pain does not follow them
# ([regression dilution](glossary.md#regression-dilution)). Expect the same-day slope to be somewhat
# smaller than the true effect; an error in the *outcome* (the pain rating) widens the interval
# but does not flatten the slope.
#
# A model's lags are its assumptions; real diaries need not share them. In a study of 107 people
# with MS who rated their symptoms five times a day for a week, a day of higher fatigue was
# followed by *lower* fatigue the next day (B = −0.16); fatigue predicted more pain later the same
# day, but no symptom predicted another one the next day [@kratz2017].

# %% [markdown]
# ## Physiotherapy: a naive and a fair comparison
#
# Some people started physiotherapy part-way through the study, which looks like a natural
# experiment. It is not quite one. People are *referred* when their pain has been worse than
# usual for a while: after a *flare*. A flare passes by itself, so pain falls after the referral
# whatever the treatment does (*regression to the mean*). Then they wait some weeks for a first
# session; physiotherapy takes weeks more to build up; and the seasons change pain for everybody
# meanwhile. `patients` holds each person's `physio_referral` and `physio_start` dates.
#
# 1. **Naive before/after**, in the people who started: their pain from the first session on,
#    minus the 2 weeks before the referral (when they asked for help). Those "before" weeks are
#    the flare.
# 2. **Fair: a [difference in differences](glossary.md#difference-in-differences)**. Take each
#    day's pain relative to the people who are not in physiotherapy and not in a flare that led
#    to it on that date (never referred, or not yet), which removes whatever changed for
#    everybody (the season, the weather). Leave out the flare (from 4 weeks before the referral)
#    and the wait, and compare the days from the first session on with the 8 weeks before the
#    flare.
# 3. **Fairer still: against people referred too.** People referred after a bad spell may be on
#    a rising path, which the people never referred do not share. The people who were referred
#    but never started share it: subtract their change over the same weeks after their referral.
#    With few such people, this estimate is the most honest and the least precise.
#
# The event study below shows the second comparison week by week around the referral, so you
# can see the traps (weeks 0 to about 8 after the referral mix people still waiting with people
# who have started):

# %%
grid = est.panel(diary, patients)
event = est.physio_event_study(grid)
wait = est.flare_to_start(grid)
print(
    f"{len(wait)} people started; weeks from referral to first session: median "
    f"{np.median(wait) / 7:.1f}, range {wait.min() / 7:.1f} to {wait.max() / 7:.1f}"
)
fig = Figure(figsize=(9, 4))
plot_event_study(fig.add_subplot(), event, wait_weeks=np.median(wait) / 7)
show_figure(fig, *event_study_text(event))

# %% [markdown]
# Read it from the left. Long before the referral the line stays near 0 (the 8 weeks before the
# flare are its baseline). Just before the referral pain rises: the bad spell that led to it
# (hatched). While people wait for a first session (grey) it settles again by itself, before any
# treatment. After the start pain falls further as the training builds up; towards the right,
# fewer people are still in the diary, so the band widens. A before/after comparison that uses
# the bad spell as "before" counts its natural end as an effect of treatment.

# %%
naive = est.physio_naive(grid)
fair = est.physio_fair(grid)
referred = est.physio_referred_comparison(grid)
never = int((patients["physio_referral"].notna() & patients["physio_start"].isna()).sum())
print(f"1. naive before/after:          {naive}")
print(f"2. against people not in it:    {fair}")
print(f"3. against people referred too: {referred} ({never} referred people never started)")

# %% [markdown]
# The naive estimate is {{physio_naive}}, the difference in differences {{physio_fair}}:
# {{physio_gap}}. In one
# pooled analysis of people with chronic pain, a fall of 2 points or 30% on a 0–10 scale was what
# patients called "much improved" [@farrar2001]; hold both estimates against that. In a
# meta-analysis of 10 small trials of exercise or physiotherapy in MS (389 people, high risk of
# bias), pain fell by a standardised mean difference of −0.46 (95% CI −0.92 to 0.00)
# [@demaneuf2019]: about −0.9 points if pain varies between people by about 2 points. The
# whole-chain model's training was set to land near that (notebook 07). Keep in mind that this
# is a teaching model: its effect of physiotherapy is not a promise about any real programme.
#
# ### Exercise 3

# %% tags=["exercise"]
# Exercise 3: the difference in differences, by hand. Steps:
# (a) `since`: days since the person's physio_start; `since_flare`: days since their
#     physio_referral (both NaN for people without one);
# (b) comparison days: people never referred, or more than 28 days before their referral;
#     `date_effect`: on each date, the mean over comparison days of (pain − that person's own mean
#     pain over their comparison days);
# (c) `relative` = pain − date_effect of that date;
# (d) per starter: mean `relative` on every day from the start on (since >= 0) minus the mean on
#     days −84 to −29 from the referral; then the mean over starters (comparison 2).
physio_effect = ...

check.exercise_3(physio_effect)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# p = diary.dropna(subset=["back_pain"]).copy()
# p["back_pain"] = p["back_pain"].astype(float)
# who = patients.set_index(patients["patient_id"].astype(str))
# pid = p["patient_id"].astype(str)
# p["since"] = (p["date"] - pd.to_datetime(pid.map(who["physio_start"]))).dt.days
# p["since_flare"] = (p["date"] - pd.to_datetime(pid.map(who["physio_referral"]))).dt.days
# c = p[p["since_flare"].isna() | (p["since_flare"] < -28)].copy()
# own = c.groupby("patient_id", observed=True)["back_pain"].transform("mean")
# c["vs_own"] = c["back_pain"] - own
# date_effect = c.groupby("date")["vs_own"].mean()
# p["relative"] = p["back_pain"] - p["date"].map(date_effect).astype(float)
# s = p[p["since"].notna()]
# after = s[s["since"] >= 0].groupby("patient_id", observed=True)["relative"].mean()
# before = s[s["since_flare"].between(-84, -29)]
# before = before.groupby("patient_id", observed=True)["relative"].mean()
# physio_effect = float((after - before).dropna().mean())
#
# check.exercise_3(physio_effect)
# ```
#
# `est.physio_fair(grid)` computes the same with its interval.
# </details>

# %% [markdown]
# > **Think!** The naive before/after estimate has a narrow interval that does not cover the
# > true effect. How can an estimate be precise and wrong?
#
# <details><summary>One way to think about it</summary>
#
# An interval measures chance: how much the estimate would wobble with other people like these.
# It says nothing about bias: a comparison whose "before" weeks are a bad spell overstates the
# treatment in every cohort, and more people only make the wrong answer more precise.
# </details>
#
# ## A correlation between people is not an effect within people
#
# Do people who walk more have less back pain? Plot each person's mean steps against their mean
# pain, and compare the slope *between* people with the slope *within* people (each compared
# with themselves):

# %%
person = est.person_means(diary, ["steps", "back_pain"])
person = person.join(patients.set_index(patients["patient_id"].astype(str))[["edss"]])
between = est.between_slope(diary, "back_pain", "steps", "points per 1000 steps", 1000)
within = est.within_slope(diary, "back_pain", "steps", "points per 1000 steps", 1000)
print(f"between people: {between}")
print(f"within people:  {within}")
corr = person.corr()
print(
    f"across people, EDSS with steps: r = {corr.loc['edss', 'steps']:+.2f}; "
    f"EDSS with back pain: r = {corr.loc['edss', 'back_pain']:+.2f}"
)
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
# Colour shows EDSS. Across people, disability goes with walking and with pain (the correlations
# printed above): it drives both, so it is a *[confounder](glossary.md#confounder)* of the link
# between them. (Real people with MS also walk less with greater disability: in one study, 645
# people with MS who could walk took 5,903 ± 3,185 steps a day, fewer with higher disability
# [@motl2013].) Many other differences between people (how sensitive to pain, how worried, how
# they use the scale) mix into the between-person slope too. The within-person slope removes
# everything that stays the same for a person, disability included, but not what changes from
# day to day. In real diaries a painful day can make a person walk less that same day
# ([reverse causation](glossary.md#reverse-causation)); in this model the day's steps do not
# depend on pain, but walking more *every* day also eases pain over months through the loops of
# notebook 07 (less pain-related worry, less disuse), which a comparison of one day with another
# cannot see. The reveal shows which came closer.
#
# ### Exercise 4

# %% tags=["exercise"]
# Exercise 4: which column is the confounder behind "more steps, less pain" between people?
# Choose one of: "edss", "temperature_c", "physio_session", "side_effect".
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
# ## Days with a side effect, relapses: whom you average over, direct and total
#
# Some [disease-modifying drugs](glossary.md#disease-modifying-drug) of MS have
# [side-effect](glossary.md#side-effect) days (flu-like aches after an injection, for example),
# and a [relapse](glossary.md#relapse) brings weeks of new symptoms. Comparing a person's flagged
# days with their other days can be summed up in two ways:
#
# * a **regression on the flag** (`est.flag_difference`) weights each person by how often the
#   flag changes in their diary, so a person with a side effect after every daily injection
#   counts far more than a person with a few flu-like days a year;
# * **each person's own difference, averaged over people** (`est.person_average_difference`)
#   counts every person once: the effect for the average person.
#
# When the effect differs between people (soreness where a daily injection went in is not back
# ache), the two answer different questions; decide what the question asks before choosing. A
# relapse can also raise back pain in two ways: *directly*, and *through fatigue* (tired muscles
# protect the back worse). Holding fatigue fixed (`adjust=["fatigue"]`) estimates the **direct**
# part; the plain comparison, the **total**. (In real life, new or worsening symptoms are a
# reason to contact the MS team, not to analyse a diary.)

# %%
flags = diary.assign(
    side_effect_day=diary["side_effect"].astype(float),
    relapse_day=diary["relapse"].astype(float),
)
rows = {}
for flag in ("side_effect_day", "relapse_day"):
    for outcome in ("back_pain", "fatigue"):
        rows[(flag, outcome, "regression on the flag")] = est.flag_difference(
            flags, outcome, flag
        ).row()
        rows[(flag, outcome, "average person")] = est.person_average_difference(
            flags, outcome, flag
        ).row()
rows[("relapse_day", "back_pain", "direct (fatigue held fixed)")] = est.within_slope(
    flags, "back_pain", "relapse_day", adjust=["fatigue"]
).row()
pd.DataFrame(rows).T

# %% [markdown]
# Two cautions. The fatigue you hold fixed is itself a rating, with its habits, so "direct" is
# only approximately direct. And a relapse is a spell: the day it is written down as a relapse
# day is not the only day it acts on.
#
# One place where the model and the clinic disagree: in these data a relapse barely changes the
# fatigue rating, because the whole-chain model reaches fatigue only through tired muscles and
# has no central fatigue (the fatigue of MS is mostly central, notebook 03). People with MS often
# describe more fatigue during a relapse. The answer key says so in its `note` column.
#
# ## An effect across people, confounded by indication
#
# [Anti-spasticity drugs](glossary.md#anti-spasticity-drug) are given to the people whose
# spasticity (stiffness) bothers them most. Compare the mean spasticity rating of people who
# take one with those who do not:

# %%
people = analyses.person_table(patients, diary)
drug = est.group_difference(people, "spasticity", "on_anti_spasticity", "points")
print(f"on the drug minus not: {drug}")
people.groupby("on_anti_spasticity")[["spasticity", "edss"]].mean()

# %% [markdown]
# People on the drug are stiffer and more disabled, not because of the drug but because stiffness
# is why they were given it (*confounding by indication*). A comparison across people cannot
# separate the drug's effect from the reason for it; a trial that decides by chance who takes it
# can.
#
# ## Lhermitte's sign and a lesion in the neck
#
# [Lhermitte's sign](glossary.md#lhermittes-sign) is an electric-shock feeling down the spine
# when the neck bends, linked to lesions in the neck part of the spinal cord (notebook 06). A
# question about *people* rather than days: are people with a cervical lesion more likely to
# write down any episode? The answer is a difference in two proportions, with an interval from
# the same bootstrap over people.
#
# ### Exercise 5

# %% tags=["exercise"]
# Exercise 5: use `people` (one row per person). Compute the share of people with any Lhermitte
# episode (column any_lhermitte, 0 or 1) among those with a cervical lesion
# (has_cervical_lesion True) minus the share among those without.
lhermitte_difference = ...

check.exercise_5(lhermitte_difference)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# share = people.groupby("has_cervical_lesion")["any_lhermitte"].mean()
# lhermitte_difference = float(share[True] - share[False])
#
# check.exercise_5(lhermitte_difference)
# ```
#
# `est.group_difference(people, "any_lhermitte", "has_cervical_lesion")` gives it with its
# interval.
# </details>

# %% [markdown]
# ## The reveal: your estimates against the answer key
#
# Now open the answer key. For each question it gives the **average causal effect**: the same
# simulated people were run twice on the same random days, once with the exposure and once
# without, and the difference averaged over people. It also gives the **spread** of that effect
# size across people (its standard deviation), where both are asked, the direct and total
# parts, and a note where the model's answer rests on an assumption or disagrees with clinical
# experience. `key.reveal()` reads it from outside the data folder. (The same command that made your
# data made the key, from one seed; another seed gives another cohort with its own key, which is
# how an instructor can give every learner their own data.)

# %%
answers = key.reveal()
with pd.option_context("display.max_colwidth", 60):
    display(answers[["question", "asks", "effect", "unit", "spread_sd", "direct", "total"]])
with pd.option_context("display.max_colwidth", 200):
    display(answers.loc[answers["note"] != "", ["question", "note"]])

# %%
table = analyses.comparison()
shown = table[["analysis", "kind", "estimate", "low", "high", "effect", "spread_sd", "verdict"]]
display(shown)
fig = Figure(figsize=(10, 9), layout="constrained")
plot_reveal(fig.subplots(len(table), 1), table)
show_figure(fig, *reveal_text(table))

# %% [markdown]
# Read the table row by row. Each analysis that misses, and each naive one, has a reason, and you
# met each of them above:

# %%
reasons = table.loc[table["why it can miss"] != "", ["analysis", "verdict", "why it can miss"]]
with pd.option_context("display.max_colwidth", 200):
    display(reasons.reset_index(drop=True))

# %% [markdown]
# Three ways to read a row:
#
# * **A naive analysis that misses** is the lesson working: the naive physiotherapy estimate
#   counts the end of a bad spell as treatment; the drug comparison across people is the reason
#   the drug was given.
# * **A naive analysis whose interval still covers the effect** is not thereby right: its
#   interval is wide because the cohort is small, and its bias does not shrink with more people.
#   A larger cohort would show it missing.
# * **A fair analysis that covers the effect** agrees with it, it does not prove it: any value in
#   its interval fits the data. And the answer key's *spread* (`spread_sd`) is often larger than
#   the interval: the average is pinned down while people still differ a lot. What the average
#   person gains says little about what one person gains.
#
# Every effect here is an effect of a teaching model, measured on the diary's 0–10 ratings with
# all their habits: not a statement about any real treatment or real person.
#
# ## Quiz
#
# Six questions on the reasoning behind the analyses: intervals, missing entries, comparing
# people with themselves, comparison groups, confounders and direct effects. Answer in the form
# below; with a kernel you get instant feedback. Without a kernel, the questions follow with
# their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Check a file against its schema before analysing it; clean a raw export column by column and
#   accept that some values are lost.
# * Give every estimate a confidence interval, and let it respect who the data come from: the
#   days of one person are not independent, so resample people, not days.
# * Ratings have habits (round numbers, personal scale use, a floor at 0) and diaries have gaps
#   that may not be random; check them before trusting an average.
# * Compare people with themselves to estimate day-to-day effects (person fixed effects: subtract
#   each person's mean), and give an exposure its window (a threshold, a lag, a build-up).
# * A treatment started after a flare looks better than it is before/after; a comparison group
#   on the same dates, without the flare weeks, is fairer, and people referred for the same
#   reason who were not treated are fairer still.
# * A correlation between people can come from a confounder; a comparison between treated and
#   untreated people can be confounded by indication.
#
# ## If you live with MS
#
# **What this means for you.** A symptom diary can help you and your care team see patterns:
# whether heat, long sitting, poor nights or a change of medicine go with worse days. This
# notebook shows why such patterns need care: a bad spell often eases on its own, and things that
# go together are not always cause and effect.
#
# **What it does not mean.** These are simulated people from a teaching model, not real diaries,
# and none of the effects here is a statement about a treatment. Your own pattern may differ
# from any average. Do not change a medicine because of a diary pattern, and never stop
# suddenly without medical advice.
#
# **Questions you could ask your care team.**
#
# * Would keeping a symptom diary for a few weeks help us understand my back pain?
# * What should I write down, and how would we look at it together?
# * If something seems to help, how can we tell whether it is the treatment or a bad spell
#   easing?
#
# ## What's next
#
# Notebook 07 runs the same whole-chain model for one person at a time: change its interventions
# and think about what a diary study of each would show, and which of the traps above would hide
# it.

# %% [markdown]
# ## References
#
# The datasheet `data/README.md` describes how the simulated data were collected.
