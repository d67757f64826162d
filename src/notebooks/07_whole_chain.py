# %% [markdown]
# # The whole chain: one simulated person, day by day
#
# Notebooks 01 to 06 each explained one link of a chain, from a damaged nerve fibre to a sore
# lower back. A person with multiple sclerosis (MS) lives all the links at once, every day: a
# warm afternoon can make damaged nerves work worse for a while, a
# *[relapse](glossary.md#relapse)* (a flare-up of MS that settles over weeks) can add weakness
# and stiffness, and a week of resting because it hurts can leave the back muscles weaker.
#
# This notebook joins the links into *simulated people* who live through a year, one day at a
# time, and asks what a physiotherapist, a nurse or a person living with MS might ask of such a
# model: what does a change do for *this* person, and why? Would it do the same for someone
# else? How sure can the model be, and which assumption decides the answer?
#
# Everything here is a **teaching model**: it shows how the mechanisms fit together. It is not a
# prediction for any real person, and nothing in it is advice about a treatment.
#
# **What you will learn**
#
# * to explain how the map of notebook 00 becomes a simulation, and what the simulation leaves
#   out;
# * to build a *[counterfactual](glossary.md#counterfactual)* effect (the same person on the same
#   days, with one thing changed) and explain why it shows what that one change causes;
# * to explain why the same intervention helps one person and not another, and to read an
#   effect together with its uncertainty and the assumption it rests on;
# * to check a model against published numbers, and say what a passing and a failing row mean;
# * to measure what the feedback loops add by breaking one arrow, and explain why Lhermitte's
#   sign is untouched by everything aimed at back pain.
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | The map of the chain: steps, arrows, loops | Necessary | [00](00_start_here.ipynb) |
# | What each link does | Helpful | [01](01_demyelination.ipynb)–[06](06_pain.ipynb) |
# | Calling a Python function, reading a table and a plot | Helpful | [00](00_start_here.ipynb) |

# %% [markdown]
# ## Setup
#
# This cell loads the collection's package, including the whole-chain model
# `msbackpain.whole_chain`, and applies the collection's figure style. Run it first.

# %%
import numpy as np
import pandas as pd
from IPython.display import display
from matplotlib.figure import Figure

from msbackpain import chain, whole_chain
from msbackpain.lessons.whole_chain import checks as check
from msbackpain.lessons.whole_chain import quiz
from msbackpain.lessons.whole_chain.captions import TEXTS, effects_text, sensitivity_text
from msbackpain.lessons.whole_chain.diagrams import make_dashboard, make_lit_map
from msbackpain.lessons.whole_chain.figures import (
    plot_dose_response,
    plot_effect_intervals,
    plot_sensitivity,
    plot_year,
)
from msbackpain.ui import style
from msbackpain.ui.display import show_figure
from msbackpain.whole_chain import uncertainty, validation

style.apply()
pd.set_option("display.precision", 3)

# %% [markdown]
# ## 1. From a map to a simulated person
#
# The map in notebook 00 is a list of steps (*nodes*) and arrows (*edges*). To simulate a person,
# each step becomes **one number per day**, with a unit, and each arrow becomes **one place in
# the calculation** where the cause changes its effect, using the model of the notebook that
# explains that link. Here are the simulated steps and the unit of their daily number:

# %%
units = pd.DataFrame(
    [(n, chain.node(n).label, whole_chain.NODE_UNITS[n][0]) for n in whole_chain.NODE_IDS],
    columns=["node", "label", "daily value"],
)
units

# %% [markdown]
# **What the simulation leaves out.** The map has more steps than the simulation. These are
# taught in notebooks 04 (painful spasms), 05 (sitting and seating) and 06 (steroids, bone and
# fracture; pain amplified by the nervous system; mood, sleep and fatigue), but the model has no
# daily state for them and their arrows are not wired: for most, no published numbers tie them
# to the daily variables here. Sitting time does enter, as a daily input that sets the day's
# disc pressure (Wilke's measurements, notebook 05), but trunk control and wheelchair seating do
# not. Whatever the model says about pain, it says without these paths.

# %%
pd.DataFrame(
    [(chain.node(n).label, why) for n, why in whole_chain.OUTSIDE_MODEL.items()],
    columns=["step on the map", "why the model leaves it out"],
)

# %% [markdown]
# Most links are computed for the whole year at once (weather, lesion, signals, spasticity,
# balance). The **loops** depend on yesterday: pain, fatigue and fear today make the person
# avoid activity tomorrow; avoided activity accumulates as *disuse*, which costs strength
# (notebook 03), and weaker muscles start the chain again. So the model steps through the year
# one day at a time. That disuse loop is plausible but contested: in a one-year study of 124
# people after the onset of back pain, only some became less active, and none measurably lost
# fitness [@bousema2007].
#
# Connecting the links needs {{n_wiring}} extra numbers that no study gives (how many degrees the
# trunk bends per unit of reflex stiffness, how much activity a point of pain makes a person
# avoid, and so on). They are **our assumptions**, chosen so that the simulated people show
# plausible *kinds* of behaviour; a few were set so that the model lands near one published
# number (training's effect on pain, the seat, the heat mapping); none is fitted to data about
# people.
#
# <details><summary>Deeper: the wiring assumptions, with their grades and sources</summary>
#
# Every number in the model carries an *evidence grade* (measured in a study, derived from
# measured inputs, or an assumption) where it is defined; `whole_chain.EDGE_USE` says how each
# arrow is used. The table is generated from the model's parameter records:
#
# {{wiring_table}}
#
# </details>
#
# <details><summary>Deeper: heat, and the refractory period</summary>
#
# The nerve model of notebook 01 runs on the temperature scale of the squid axon
# [@hodgkin1952], not the human body's, and no study says how the two relate. The whole chain
# maps the warming of the body's core to "model degrees" with one number,
# {{heat_model_per_body}} model °C per °C of core warming, chosen so that half a degree of core
# warming just blocks a lesion of severity 7 in the model. Half a degree was found in animal
# nerve fibres [@rasminsky1973], not in people, so it is a calibration choice. A fully
# heat-sensitive person warms by {{heat_gain_per_c}} °C for each °C of air above
# {{comfort_c}} °C (an assumption).
#
# After a spike, a damaged fibre needs longer before it can carry the next one: typically 2–5×
# the normal time in animal central fibres running through an experimental demyelinating lesion
# [@felts1997]. The whole chain takes this time from notebook 01's own nerve model
# (`conduction.refractory_factor`), which gives normal values for mild lesions and reaches the
# measured range only as a lesion nears block.
#
# </details>
#
# ## 2. A year in the life of three simulated people
#
# Three simulated people with MS, each with a different main driver of back pain. Their settings
# are simulation choices, not measurements of anyone. All three live through the same weather and
# the same chance events (the same *[seed](glossary.md#seed)*: the number that fixes the computer's
# dice), so their differences come from their bodies and habits alone.
#
# * **A** has a mild lesion but strong pain-related worry and a habit of resting: pain feeds
#   avoidance, avoidance feeds disuse and atrophy.
# * **B** is *heat-sensitive*: warmth makes symptoms worse for a while (58% of 256 people with
#   MS reported this in one Swedish survey [@flensner2011]). B's lesion is close to
#   *conduction block* (notebook 01).
# * **C** has a lesion in the neck part of the spinal cord (so Lhermitte's sign), strong
#   *spasticity* (notebook 04) and slowed position sense (notebook 02).
#
# (In the model's settings below, `catastrophising` is the research term for how strongly
# pain-related worry turns pain into fear.)

# %%
people = pd.DataFrame({key: vars(p) for key, p in whole_chain.PEOPLE.items()}).T
people[
    [
        "lesion_severity",
        "sensory_involvement",
        "cervical_lesion",
        "heat_sensitivity",
        "spasticity_gain",
        "catastrophising",
        "baseline_disuse",
        "habitual_flexion_deg",
        "relapse_rate_per_year",
    ]
]

# %%
years = {key: whole_chain.simulate(key, seed=0) for key in whole_chain.PEOPLE}
summary = pd.DataFrame(
    {
        key: {
            "mean pain, year": r.mean(),
            "mean pain, June–August": r.mean(months=[6, 7, 8]),
            "mean pain, January": r.mean(months=1),
            "relapse onsets": int(r.drivers["relapse_onset"].sum()),
            "Lhermitte episodes a day": r.mean("lhermitte"),
        }
        for key, r in years.items()
    }
).T
summary

# %%
fig = Figure(figsize=(10, 7.6))
axes = fig.subplots(3, 2, sharex=True)
plot_year(axes, years)
show_figure(fig, TEXTS["year"])

# %% [markdown]
# Each quantity has its own panel, axis and unit. The same relapse (the triangle: all three
# share the seed, so they share chance events) reaches the three people differently: it raises
# C's spasticity for months, and B's lesion, close to blocking, loses more signals after it and
# on warm days. Yet in this model none of that moves back pain much, and A's pain, held up by
# disuse and pain-related fear, hardly changes all year.
#
# > **Think!** The relapse raises C's spasticity for months. Why does C's back pain hardly move
# > in the model?
#
# <details><summary>One way to think about it</summary>
#
# In the model spasticity reaches back pain only through posture and gait, which change the
# lumbar load a little; the painful spasms that some people with MS report are not in the
# model at all (section 1). A relapse can also bring pain of its own. So the flat line is what
# this model's wiring allows, not evidence that relapses leave back pain alone.
# </details>
#
# ### Interactive: the chain map lights up
#
# The map of notebook 00, lit by one person's month: the brighter a box and the fuller the bar
# under it, the more active that step was (on a fixed scale for each step, so months and people
# compare). Steps marked "not in this model" are on the map but not simulated. Move the
# **month**, switch **person**, or choose an **intervention** to see which steps go dark. As in
# notebook 00, solid arrows were measured, dashed ones derived with a model, dotted ones are
# teaching assumptions: a step at the end of a dotted arrow lights up *because the model assumes
# so*.

# %%
lit_map = make_lit_map()
lit_map.show()

# %% [markdown]
# Things to try: B in January, May (after the relapse in late April) and July (the heat); A in
# any month (the behaviour steps are always lit); C with and without the anti-spasticity drug.
#
# ## 3. Counterfactuals: the same days, with one thing changed
#
# Suppose B had used cooling on hot days. Would their back have hurt less? For a real person we
# can never know: we only see the year they lived. A simulation can run the **same year twice**:
# the same weather, relapses and daily ups and downs, once without and once with cooling. Any
# difference between the two runs is caused by the cooling alone. It works because every random
# draw is made from the seed *before* any intervention is applied: a drug that prevents relapses
# does not draw new dice, it removes some relapses of the untreated year.
#
# ### Build the model yourself: a counterfactual effect in three steps
#
# You will build the function that the rest of this notebook uses to measure an effect. Once
# step 3 passes, the notebook uses *your* function.
#
# **Build step 1: the change between two runs.** Write `mean_change(baseline_daily,
# treated_daily)`: given the daily pain of the two runs (arrays of the same days), return the
# mean of the treated run minus the mean of the baseline run.


# %% tags=["exercise", "build"]
def mean_change(baseline_daily, treated_daily):
    return ...


check.build_step_1(mean_change)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def mean_change(baseline_daily, treated_daily):
#     return np.mean(treated_daily) - np.mean(baseline_daily)
#
#
# check.build_step_1(mean_change)
# ```
#
# A negative change means less pain with the intervention.
# </details>

# %% [markdown]
# **Build step 2: a person's year.** Write `yearly_pain(who, names, seed)`: simulate person
# `who` (`"disuse"`, `"heat"` or `"cervical"`) for a year with the interventions in the list
# `names` at full dose (`[]` for none), using `whole_chain.simulate(who, names, seed=seed)`,
# and return the mean evening pain (`.mean()` of the result).


# %% tags=["exercise", "build"]
def yearly_pain(who, names, seed):
    return ...


check.build_step_2(yearly_pain)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def yearly_pain(who, names, seed):
#     return whole_chain.simulate(who, names, seed=seed).mean()
#
#
# check.build_step_2(yearly_pain)
# ```
# </details>

# %% [markdown]
# **Build step 3: the effect.** Write `effect(who, names, seed=0)`: the yearly pain with the
# interventions minus the yearly pain without them, for the **same** person and seed.


# %% tags=["exercise", "build"]
def effect(who, names, seed=0):
    return ...


effect_of = check.build_step_3(effect)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def effect(who, names, seed=0):
#     return yearly_pain(who, names, seed) - yearly_pain(who, [], seed)
#
#
# effect_of = check.build_step_3(effect)
# ```
#
# With the same seed, the two runs share every random draw, so nothing but the interventions
# differs. (The collection's `whole_chain.compare` does the same and keeps both runs.)
# </details>

# %% [markdown]
# First, the check that makes the method trustworthy: with no intervention, the effect must be
# exactly zero. Then cooling for B, over the year and by season:

# %%
print("B, no intervention:", effect_of("heat", []))
print(f"B, cooling, whole year: {effect_of('heat', ['cooling']):+.2f}")
cooled = whole_chain.compare("heat", ["cooling"], seed=0)
print(f"B, cooling, June–August: {cooled.change(months=[6, 7, 8]):+.2f}")
print(f"B, cooling, January:     {cooled.change(months=1):+.2f}")

# %% [markdown]
# Cooling changes nothing in January (there is no heat to remove) and most in summer. Averaged
# over the whole year, an intervention that works on some days looks small: keep the question
# "averaged over what?" in mind whenever you read an [effect size](glossary.md#effect-size).
#
# ### Exercise 1: cooling without heat sensitivity
#
# Person A (`"disuse"`) has a heat sensitivity of 0. By how much does full cooling change A's
# mean back pain over the year (seed 0)? Compute it with your `effect_of`, then think about why.

# %% tags=["exercise"]
change_for_a = ...

check.exercise_1(change_for_a)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# change_for_a = effect_of("disuse", ["cooling"])
#
# check.exercise_1(change_for_a)
# ```
#
# Exactly zero. Cooling removes a fraction of the person's warming on warm days; A's warming is
# heat sensitivity × (air temperature above the comfort temperature), which is 0 on every day.
# A fraction of nothing is nothing, so nothing downstream of heat can change: an intervention can
# only help through a link that is active in that person.
# </details>

# %% [markdown]
# ## 4. What each intervention changes, and for whom
#
# Each intervention acts at one node (or one edge) of the graph:

# %%
with pd.option_context("display.max_colwidth", 110):
    display(
        pd.DataFrame(
            [(i.label, " → ".join(i.acts_on), i.how) for i in whole_chain.INTERVENTIONS.values()],
            columns=["intervention", "acts on", "how (teaching model)"],
        )
    )

# %% [markdown]
# Now every intervention at its full model dose (1 means "the most this teaching model allows",
# not a dose of anything), for each person. Each effect comes with two ranges:
#
# * **over random days:** the same person in {{n_years}} different simulated years; the table
#   gives the typical year (median) and the middle 90% of years;
# * **over plausible assumptions:** {{n_draws}} versions of the model in which every wiring
#   assumption moves, all at once, within a range a reader might give it; again the middle 90%.

# %%
effects = uncertainty.effect_intervals()


def _span(low, high):
    return f"{low:+.2f} to {high:+.2f}"


effect_table = pd.DataFrame(
    {
        "person": [whole_chain.PEOPLE[p].label.split(":")[0] for p in effects["person"]],
        "intervention": effects["intervention"],
        "change (typical year)": effects["change"].round(2),
        "over random days": [
            _span(lo, hi) for lo, hi in zip(effects["days_low"], effects["days_high"], strict=True)
        ],
        "over plausible assumptions": [
            _span(lo, hi)
            for lo, hi in zip(effects["params_low"], effects["params_high"], strict=True)
        ],
    }
)
with pd.option_context("display.max_rows", 30):
    display(effect_table)

# %%
fig = Figure(figsize=(10, 6.4))
plot_effect_intervals(fig.add_subplot(), effects)
show_figure(fig, effects_text())
# %% [markdown]
# > **What this chart cannot tell you**
# >
# > * **What a real person would gain.** A, B and C are simulation settings, not patients; the
# >   ranges show uncertainty *inside* the model, not how far the model is from real people.
# > * **Which treatment to choose.** Nothing here is a recommendation. A real choice weighs what
# >   the model leaves out (side effects, effort, cost, what matters to the person, what a
# >   clinical assessment finds). "Full dose" is a model setting, not a dose.
# > * **How large real effects are.** Training and seating were set to land near what trials
# >   found, so agreement there is by construction, not confirmation (section 6 lists what the
# >   model is checked against, and where it fails).
# >
# > Choices about treatment belong to each person and their clinical team.
#
# Read the picture intervention by intervention, *in this model*:
#
# * **Seating and breaks** lower pain for all three by about the same amount ({{seating_range}}
#   points in a typical year): they act at the *end* of the chain, on the load itself.
# * **Cooling** helps B and C a little, and A not at all (Exercise 1).
# * **Training** (strength and endurance training, physiotherapy) lowers pain for all three, by
#   {{training_range}} points, through several links at once.
# * **Pacing and graded activity** help A, the only one whose pain-related fear is high.
# * **The anti-spasticity drug** helps C most and barely changes A's pain ({{drug_a}} points).
# * **The [disease-modifying drug](glossary.md#disease-modifying-drug)** acts on relapses, which
#   are rare, so in most simulated years it changes nothing; its benefit shows over many years
#   and many people, which is how trials of such drugs count it.
#
# <details><summary>Deeper: where each bar's size comes from</summary>
#
# * **Seating.** Neither size is measured: reclined, supported sitting lowered disc pressure by
#   50–80% against standing in older measurements [@nachemson1981], and how long anyone leans
#   back is a guess, set so that the model lands near the small effects of workplace trials
#   [@agarwal2018]. Over plausible assumptions it ranges from {{seating_params_range}} points.
#   {{seating_edge}}
# * **Training** acts on strength (about 16% after 12 weeks of resistance training in one trial
#   in MS [@dalgas2009]; pooled gains in muscular fitness are small [@platta2016]), on sway and
#   posture (balance and walking improve modestly with exercise in MS [@gunn2015; @snook2009]),
#   on activity, and a little on pain sensitivity.
# * **The anti-spasticity drug** costs, in the model, a small loss of *function*, not of
#   measured strength: in a cross-over study of 16 people with MS, measured isometric strength
#   did not change [@crossover1988], though weakness is a commonly reported side effect
#   [@bass1988].
#
# </details>
#
# <details><summary>Deeper: training against the trials, and what counts as a big change</summary>
#
# In a meta-analysis of 10 small randomised trials of exercise or physiotherapy in MS (389
# people, all at high risk of bias), pain fell by a standardised mean difference of −0.46
# (95% CI −0.92 to 0.00) [@demaneuf2019]. If pain scores vary between people by about 2 points
# (a standard deviation we assume), that is about −0.9 points on a 0–10 scale: training helps
# modestly, and the trials cannot rule out that it helps very little. The model lands near the
# middle of that estimate, but that is no independent support: the mechanical paths alone gave
# less, so one assumption (training also lowers pain sensitivity) was set so that it lands
# there. A model tuned to a trial can illustrate the trial; it cannot confirm it.
#
# In people with chronic pain, a fall of 2 points or of 30% on a 0–10 scale corresponded to
# patients rating themselves "much improved" [@farrar2001]. The simulated people's relapse
# rates lie in a range of 0.2–0.5 a year, a teaching assumption, not a study's figure.
#
# </details>

# %% [markdown]
# ## 5. How sure is the model?
#
# The ranges over plausible assumptions come from moving the numbers that wire the links
# together, each within a range given with its reason:

# %%
with pd.option_context("display.max_colwidth", 80, "display.max_rows", 40):
    display(uncertainty.assumption_table())

# %% [markdown]
# A wide range says where the model is guessing. The sharper question is whether a
# *conclusion* survives. Take two conclusions the chart suggests for A: which of seating and
# training lowers A's pain more, and whether the anti-spasticity drug raises or lowers it. Here
# is how often each holds in the {{n_draws}} versions of the model:

# %%
conclusions = uncertainty.default_conclusions()
shares = uncertainty.shares_holding(conclusions)
for c in conclusions:
    print(f"{c.text}: holds in {shares[c.name]:.0%} of the versions")

# %% [markdown]
# ### The sensitivity panel: which assumption changes which conclusion
#
# Move one assumption at a time to the low and the high end of its range, keep the others, and
# watch the conclusion. A bar starts at the conclusion's margin with the model's values (dashed
# line) and runs to its margin with that assumption low (hatched) or high (plain), in points of
# pain, positive while the conclusion holds: a bar that crosses zero means that this assumption
# alone can turn the conclusion round.

# %%
sensitivity = uncertainty.sensitivity(conclusions=conclusions)
fig = Figure(figsize=(12, 8.5))
axes = fig.subplots(1, len(conclusions), sharey=True)
plot_sensitivity(axes, sensitivity, [c.name for c in conclusions])
show_figure(fig, sensitivity_text(sensitivity, conclusions))
# %%
turned = uncertainty.flips(sensitivity)
for _, row in turned.iterrows():
    print(
        f"'{row['statement']}' turns round when {row['label']} goes from {row['value']:.3g} "
        f"to about {row['flip_at']:.3g} (range {row['low']:.3g}–{row['high']:.3g})"
    )
if turned.empty:
    print("no single assumption turns any of these conclusions round within its range")

# %% [markdown]
# In this model, {{ranking_statement}}. But that ranking turns round when any one of these moves
# within its range: {{ranking_flips}}. Likewise, {{drug_what_it_takes}}. None of this tells
# anyone what to do; it tells you which measurement would change the model's mind.
#
# ### The anti-spasticity drug: less stiffness, a little less function
#
# How does the model's pain change as the drug's effect grows, for A (little spasticity) and C
# (strong spasticity)? Hollow markers use the top of the plausible range of its functional
# weakness, {{drug_high_scale}} times the model's size. Choices about medicines belong to a
# person and their clinical team; never stop suddenly without medical advice [@stien1987].

# %%
doses = np.linspace(0.0, 1.0, 6)
high_scale = whole_chain.ASSUMPTION_RANGES["DRUG_FUNCTIONAL_WEAKNESS_SCALE"][1]
pains, spast, pains_high = {}, {}, {}
for key in ("disuse", "cervical"):
    drug = [whole_chain.Interventions(anti_spasticity=d) for d in doses]
    run = whole_chain.simulate_many([key] * len(doses), drug, 0)
    high = whole_chain.simulate_many(
        [key] * len(doses), drug, 0, params={"DRUG_FUNCTIONAL_WEAKNESS_SCALE": high_scale}
    )
    pains[key] = run.values["back_pain"].mean(axis=1)
    pains_high[key] = high.values["back_pain"].mean(axis=1)
    spast[key] = run.values["spasticity"].mean(axis=1)
    print(key, "mean pain by drug effect:", np.round(pains[key], 2))
    print(key, f"  with {high_scale:g}× the functional weakness:", np.round(pains_high[key], 2))

fig = Figure(figsize=(8, 4.4))
plot_dose_response(fig.add_subplot(), doses, pains, spast, pains_high, f"{high_scale:g}×")
show_figure(fig, TEXTS["dose-response"])
# %% [markdown]
# ### Interactive: the intervention dashboard
#
# One control per intervention, and the weekly course of five stages of the chain (signals lost,
# strength left, muscle fatigue, lumbar disc load, evening back pain): grey dashed without any
# intervention, coloured with your choices, the same person on the same days. It opens on B with
# full cooling: nothing changes before the first warm days. Try one intervention at a time and
# find through which stage it acts. The disease-modifying drug's side effects occur at the rates
# of one trial of a low-dose interferon beta-1a regimen [@andersen2004] (how much each hurts is
# our assumption) and appear as treatment-related pain, apart from back pain. Like the bar chart,
# the dashboard shows this teaching model under its assumptions.

# %%
dashboard = make_dashboard()
dashboard.show()

# %% [markdown]
# ## 6. Loops, a side path, and a check against published numbers
#
# ### Loops: where they amplify, and where breaking them helps
#
# A feedback loop is a path of causes that comes back to where it started: pain makes a person
# avoid movement, avoided movement becomes disuse and atrophy, atrophy adds weakness, and
# weakness brings more pain. To measure what a loop adds, we **remove one arrow** and run the
# same year again (`edges_off`): the cause is then held at its healthy value in that one place.
# Removing *fear → avoidance* breaks the fear-avoidance loop only; removing *avoidance → disuse*
# breaks every loop at once.

# %%
loops = pd.DataFrame(
    {
        key: {
            "loops intact": whole_chain.simulate(key).mean(),
            "fear loop broken": whole_chain.simulate(
                key, edges_off=[("fear_avoidance", "avoidance")]
            ).mean(),
            "all loops broken": whole_chain.simulate(
                key, edges_off=[("avoidance", "disuse")]
            ).mean(),
        }
        for key in whole_chain.PEOPLE
    }
).T
loops

# %% [markdown]
# This cell draws the figure in full, so you can change it (try other colours from
# `style.series_style`, or sort the people by their pain).

# %%
fig = Figure(figsize=(8, 4.4))
ax = fig.add_subplot()
x = np.arange(len(loops.index))
width = 0.8 / len(loops.columns)
for j, column in enumerate(loops.columns):
    positions = x - 0.4 + width * (j + 0.5)
    ax.bar(
        positions,
        loops[column],
        width,
        color=style.series_style(j)["color"],
        edgecolor="black",
        hatch=["", "//", "xx"][j],
        label=column,
    )
    for p, v in zip(positions, loops[column], strict=True):
        ax.text(p, v + 0.05, f"{v:.2f}", ha="center", va="bottom", fontsize=9)
ax.set_xticks(x)
ax.set_xticklabels([whole_chain.PEOPLE[k].label.split(":")[0] for k in loops.index])
ax.set_ylabel("mean evening back pain (0–10)")
ax.set_ylim(0, max(5.0, float(loops.to_numpy().max()) + 1.0))
ax.legend(loc="upper right", fontsize=9, ncol=2)
show_figure(fig, TEXTS["loops"])

# %% [markdown]
# The loops add pain only where they are switched on: in A, who worries about pain and rests a
# lot, they add {{loops_add_a}} points over the year. In B and C the loops exist (every person
# has the same graph) but carry little, because fear and avoidance stay low. Loops are nobody's
# fault: pain, worry and tiredness make anyone move less, and disease activity keeps pain going
# as well.
#
# > **Think!** On its own, the weekly fear-avoidance model of notebook 06 gives A's gains a
# > loop gain of {{loop_gain_a}}, above 1, so pain should grow after any episode. Why does A's
# > pain settle here?
#
# <details><summary>One way to think about it</summary>
#
# In notebook 06 disuse turns into pain directly. Here it passes through the bed-rest model of
# atrophy (notebook 03), which loses strength slowly and levels off, then through the strategies
# that move load and through posture; each step passes on only part of the change, so the loop
# settles. Which picture is closer to real people is open: the fear-avoidance review describes
# the loop, not its gain [@vlaeyen2000], the atrophy model is calibrated on healthy people in
# bed rest [@marusic2021], and whether disuse drives back pain at all is contested
# [@bousema2007].
# </details>
#
# ### Lhermitte's sign: a side path
#
# C has a lesion in the neck part of the spinal cord. When C bends the neck forward, the damaged
# fibres can fire on their own, and C *feels* an electric-shock sensation down the spine and
# limbs: Lhermitte's sign, a neuropathic pain, different in kind from back pain [@truini2013].
# It comes in spells that pass: on most days of the year C has no episodes at all. The sign is
# usually not dangerous, but a *new* one is worth telling the MS team about, because it can come
# with a relapse. In the graph it hangs off the chain on its own branch:

# %%
causes = [chain.node(n).label for n in chain.upstream("lhermitte")]
print("What leads to Lhermitte's sign on the map:", "; ".join(causes))
c_days = years["cervical"].nodes["lhermitte"]
print(f"C's episodes a day, averaged over the year: {c_days.mean():.2f}")
print(f"days of the year with any episode: {int((c_days > 0).sum())} of {len(c_days)}")

# %% [markdown]
# ### Checking the model against published numbers
#
# A model can be internally consistent and still teach something clinically wrong. So the whole
# chain is checked against published numbers: prevalences that a simulated
# [cohort](glossary.md#cohort) of plausible people must reproduce, endurance and bed-rest losses,
# the size of the exercise effect, disc pressures. For each target the table gives the source,
# the published value, the band the model must fall in (our choice), the model's own value
# (computed, never typed) and whether it passes.

# %%
checks = validation.validation_table()
with pd.option_context("display.max_colwidth", 60, "display.max_rows", 40):
    display(checks.drop(columns="note"))
print(f"{int(checks['passes'].sum())} of {len(checks)} targets pass")

# %% [markdown]
# {{validation_passes}} targets pass. A passing row says only that the model does not
# contradict that finding. The rows that fail are **known gaps**, kept on purpose, each with the
# reason the model cannot meet it:

# %%
for _, row in checks[~checks["passes"]].iterrows():
    print(f"• {row['target']} ({row['source']}): published {row['published']}")
    print(f"  {row['note']}\n")

# %% [markdown]
# One passing row needs a second look. Guidance for low back pain is to stay active rather than
# rest in bed [@dahm2010]. The model gets the direction right, but the difference is far smaller
# than the trials found, and *while* resting, lying down relieves held postures in the model. In
# every comparison that involves rest, trust the guidance, not the model.
#
# ## More exercises

# %% [markdown]
# ### Exercise 2: the smallest combination
#
# Interventions that act at different links add up. Find a **smallest** set of interventions
# (full dose; names from `whole_chain.FULL_DOSE`) that brings person B's (`"heat"`) mean back
# pain over the year (seed 0) below the target printed here, in this teaching model.
# *Hint:* `whole_chain.combination(["cooling", "training"])` turns a list of names into
# interventions, and `whole_chain.simulate("heat", ...).mean()` gives the mean pain. Try single
# interventions first, then pairs.

# %%
print("target for exercise 2:", check.TARGET_PAIN)
print("B without interventions:", round(whole_chain.simulate("heat").mean(), 2))

# %% tags=["exercise"]
smallest_set = ...

check.exercise_2(smallest_set)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# import itertools
#
# names = list(whole_chain.FULL_DOSE)
# smallest_set = None
# for size in range(1, len(names) + 1):
#     for combo in itertools.combinations(names, size):
#         pain = whole_chain.simulate("heat", whole_chain.combination(combo)).mean()
#         if pain < check.TARGET_PAIN:
#             smallest_set = list(combo)
#             break
#     if smallest_set:
#         break
#
# check.exercise_2(smallest_set)
# ```
#
# {{ex2_answer}}. No single intervention is enough. A set that works joins interventions that act
# at different links of the chain, so their effects add up.
# `whole_chain.smallest_combinations("heat", check.TARGET_PAIN)` does the same search. (A target
# in a model is not a treatment goal: the exercise is about how effects combine.)
# </details>

# %% [markdown]
# ### Exercise 3: which interventions change Lhermitte's sign?
#
# Which of the six interventions (at full dose) change the number of Lhermitte episodes of person
# C (`"cervical"`, seed 0) at all? Give a list of names; an empty list `[]` is a possible answer.
# *Hint:* compare
# `whole_chain.simulate("cervical", whole_chain.FULL_DOSE[name]).nodes["lhermitte"]` with the run
# without interventions, or look at `chain.upstream("lhermitte")`.

# %% tags=["exercise"]
changes_lhermitte = ...

check.exercise_3(changes_lhermitte)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# base = whole_chain.simulate("cervical").nodes["lhermitte"]
# changes_lhermitte = [
#     name
#     for name, dose in whole_chain.FULL_DOSE.items()
#     if not whole_chain.simulate("cervical", dose).nodes["lhermitte"].equals(base)
# ]
#
# check.exercise_3(changes_lhermitte)
# ```
#
# None: the list is empty. Lhermitte's sign depends only on the cervical lesion and on neck
# flexion (its upstream nodes), and no intervention acts on either. Treating back pain and
# treating Lhermitte's sign are different problems, because they sit on different branches of the
# graph.
# </details>

# %% [markdown]
# ## Quiz
#
# Six questions on why the model behaves as it does: counterfactuals, who an intervention helps,
# what a sensitivity panel and a validation table show, and rare events (the last one asks you to
# run a counterfactual). Answer in the form below; with a kernel you get instant feedback.
# Without a kernel, the questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * The whole chain is the graph of notebook 00 made executable: one daily number per simulated
#   step, one place in the calculation per arrow; the numbers that connect the links are
#   assumptions, and some steps of the map are not simulated at all.
# * A counterfactual runs the same person on the same random days with one thing changed; any
#   difference is caused by that change. With no change, the effect is exactly zero.
# * An intervention can only act through links that are active in that person: cooling does
#   nothing without heat sensitivity. Interventions at the end of the chain act on everyone.
# * A model's effect comes with the luck of the days and the assumptions; a sensitivity panel
#   shows which assumption a conclusion rests on. The chart of effects is this teaching model,
#   not advice.
# * A validation table checks the model against published numbers; failing rows are known gaps.
# * Loops add pain where they are switched on; Lhermitte's sign sits on its own branch, and
#   nothing aimed at back pain changes it.
#
# ## If you live with MS
#
# **What this means for you.** Back pain in MS usually has several causes at once, and they
# differ from person to person: heat, stiffness, weakness, how long you sit, worry about pain,
# resting a lot. That is why something that helps one person may do little for another, and why
# a combination often helps more than one change alone. None of it is anyone's fault.
#
# **What it does not mean.** The simulated people are not you, and the numbers here are not
# predictions or advice: the model leaves out painful spasms, steroid effects on bone, pain that
# the nervous system amplifies, and mood, sleep and fatigue, all of which can matter. Never
# change a medicine because of a model, and never stop suddenly without medical advice
# (anti-spasticity drugs in particular).
#
# **Questions you could ask your care team.**
#
# * Which of these causes seem to matter most for my back pain, and how could we find out?
# * Is there one change that would act on several of them at once, such as a training or
#   physiotherapy programme suited to me?
# * If heat makes my symptoms worse, what can I do on warm days?
#
# ## What's next
#
# Notebook 08 uses this model for a whole simulated [cohort](glossary.md#cohort) keeping daily
# diaries, with missing days and rating habits like those of real diaries. There you will look
# for patterns in the data and then check your claims against the true causes, which the
# simulation knows.

# %% [markdown]
# ## References
#
# The models of each link have their own sources in notebooks 01–06.
