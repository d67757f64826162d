# %% [markdown]
# # The whole chain: one simulated person, day by day
#
# Notebooks 01 to 06 each explained one link of a chain: from a damaged nerve fibre to a sore
# lower back. A real person with multiple sclerosis (MS) lives all the links at once, every day.
# A warm afternoon can make damaged nerves work worse for a while. A
# *[relapse](glossary.md#relapse)* (a flare-up of MS:
# new damage for a few weeks, which then settles) can add weakness and stiffness. A week of
# resting because it hurts can leave the back muscles weaker.
#
# This notebook joins the links into one *simulated person*: a computer model of a person with
# MS who lives through a year, one day at a time. Then it asks the questions a physiotherapist,
# a nurse or a person living with MS might ask of such a model. What does a change do for *this*
# simulated person, and why? Would the same change do the same for someone else? How sure can a
# model be about it, and which of its assumptions decide the answer? Where does pain keep itself
# going, and where can that circle be broken?
#
# Everything here is a **teaching model**: a simplified simulation that shows how the mechanisms
# fit together. It is not a prediction for any real person, and nothing in it is advice about a
# treatment.
#
# **What you will learn**
#
# * explain how the map of notebook 00 becomes a simulation: every step of the map is one number
#   for every day, and every arrow is one place where a cause changes its effect;
# * run a *[counterfactual](glossary.md#counterfactual)* (the same person on the same days, with one
#   thing changed) and explain
#   why the difference it shows is caused by that one change;
# * explain, using the chain, why the same intervention helps one person and does nothing, or
#   harm, for another;
# * read a model's effect together with its uncertainty (over random days and over plausible
#   assumptions) and name the assumption a conclusion rests on;
# * check a model against published numbers with a validation table, and say what a passing and
#   a failing row mean;
# * measure how much the feedback loops add to a person's pain by breaking one arrow, and say
#   for whom breaking them helps;
# * explain why Lhermitte's sign (an electric-shock feeling down the spine when the neck bends)
#   is untouched by everything aimed at back pain.
#
# **Time:** about 50 minutes. **Prerequisites:** notebook 00 (the map). Notebooks 01–06 explain
# each link; you can follow this one without them and go back when a link surprises you.

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

from msbackpain import chain, conduction, fear_avoidance, signalling, whole_chain
from msbackpain.evidence import reference
from msbackpain.evidence.parameters import module_parameters
from msbackpain.lessons.whole_chain import checks as check
from msbackpain.lessons.whole_chain import quiz
from msbackpain.lessons.whole_chain.captions import TEXTS, effects_text, sensitivity_text
from msbackpain.lessons.whole_chain.diagrams import make_dashboard, make_lit_map
from msbackpain.lessons.whole_chain.figures import (
    plot_dose_response,
    plot_effect_intervals,
    plot_loops,
    plot_sensitivity,
    plot_year,
)
from msbackpain.ui import style
from msbackpain.ui.display import show_figure
from msbackpain.whole_chain import uncertainty, validation

style.apply()
pd.set_option("display.precision", 3)

# %% [markdown]
# ## From a map to a simulated person
#
# The map in notebook 00 is a list of steps (*nodes*) and arrows (*edges*). To simulate a person,
# each node becomes **one number per day** with a unit: how many nerve signals are lost at the
# damaged patch of nerve (the *lesion*), how many degrees the trunk is bent, how much the back
# hurts in the evening (0 = no pain, 10 = worst imaginable). Each edge becomes
# **one place in the calculation** where the cause changes its effect, using the model of the
# notebook that explains that link. Here are the nodes with the unit of their daily number:

# %%
units = pd.DataFrame(
    [(n.id, n.label, whole_chain.NODE_UNITS[n.id][0]) for n in chain.NODES],
    columns=["node", "label", "daily value"],
)
units

# %% [markdown]
# And here is how each arrow is used. The second column names the function of the link's own
# module that does the work, so you can look it up in the notebook that explains it.

# %%
edges = pd.DataFrame(
    [(f"{c} → {e}", how) for (c, e), how in whole_chain.EDGE_USE.items()],
    columns=["edge", "how the simulation uses it"],
)
with pd.option_context("display.max_colwidth", 110):
    display(edges.head(12))

# %% [markdown]
# The simulation checks itself against the graph. Every column of its result is a node, every
# node is a column, and every edge has a description. (The test suite goes further: it removes
# each edge in turn and checks that its effect changes.)

# %%
year = whole_chain.simulate("heat", seed=0)
print("columns are exactly the nodes:", list(year.nodes.columns) == chain.node_ids())
print(
    "every edge is used:", set(whole_chain.EDGE_USE) == {(e.cause, e.effect) for e in chain.EDGES}
)
print(f"{len(year.nodes)} days × {len(year.nodes.columns)} nodes")
year.nodes.loc["2025-07-14":"2025-07-17", ["heat", "disrupted_signalling", "weakness", "back_pain"]]

# %% [markdown]
# Read one row from left to right and you follow the chain through one July day: the body warms
# (heat, in °C), more nerve signals fail (the fraction of spikes lost), the back extensors are
# weaker (the fraction of strength lost), and in the evening the back hurts (0–10).
#
# ### How one day is computed
#
# Most links do not depend on the loops: the weather, the lesion, the signals that get through,
# spasticity and balance. They are computed for the whole year at once. The **loops** do depend
# on yesterday: pain, fatigue and fear today make the person avoid activity tomorrow; avoided
# activity accumulates as *disuse*, which costs strength (*atrophy*, the bed-rest model of
# notebook 03), and weaker muscles start the chain again. That disuse loop is a plausible but
# contested mechanism: in a one-year study of 124 people after the onset of back pain, only some
# became less active, and none measurably lost fitness [@bousema2007]. So the model steps through
# the year one day at a time. A simulated year is fast enough to redraw while you move a slider
# (`benchmarks/patient_year.py` measures it).
#
# ### The assumptions that wire the links together
#
# The links carry their own sources (notebooks 01–06 explain them, and the evidence page linked
# under References lists every parameter). Connecting them needs extra numbers that no study
# gives: how many degrees the trunk bends for each N·m (newton-metre, the unit of a turning force)
# of reflex stiffness, how much activity a point of pain makes a person avoid, and so on. These
# are **our assumptions**, chosen so that the simulated people show plausible *kinds* of
# behaviour. A few were set so that the model lands near one published number (training's effect
# on pain, the seat, the heat mapping); none is fitted to data about people. Every number in the
# model carries an *evidence grade* (measured in a study, derived by us from measured inputs, or
# an assumption) where it is defined; the table adds each one's grade and the sources that
# informed it:

# %%
grades = {p.name: p for p in module_parameters("whole_chain.model")}
wiring = whole_chain.wiring_assumptions()
wiring["grade"] = [grades[name].grade for name in wiring["name"]]
wiring["informed by"] = [
    "; ".join(reference(key).short for key in grades[name].sources) for name in wiring["name"]
]
with pd.option_context("display.max_colwidth", 100):
    display(wiring)

# %% [markdown]
# ### Heat: from a warm body to the nerve model
#
# The nerve model of notebook 01 runs on the temperature scale of the squid axon [@hodgkin1952]:
# its degrees are not the human body's, and no study says how the two relate. So the whole chain
# does not feed a person's warming into it degree for degree. It maps the warming of the body's
# core to "model degrees" with one number, {{heat_model_per_body}} model °C per °C of core
# warming, chosen so that half a degree of core warming just blocks a lesion of severity 7 in the
# model. Half a degree is often quoted as enough to bring on heat-related symptoms in MS; we found
# it in animal nerve fibres [@rasminsky1973], not in a study of people, so it is a calibration
# choice. The table shows the mapping, and what it means for the lesions of A, B and C (their
# severities are in the people table below): the chance that a fibre through the lesion stops
# conducting.

# %%
warming = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
heat_map = pd.DataFrame(
    {
        "core warming (°C)": warming,
        "nerve-model warming (model °C)": whole_chain.model.model_warming_C(warming),
    }
)
for who in whole_chain.PEOPLE.values():
    heat_map[f"{who.label.split(':')[0]}: fibres blocked (f = {who.lesion_severity:g})"] = (
        conduction.block_probability(
            who.lesion_severity, whole_chain.model.model_warming_C(warming)
        )
    )
heat_map

# %% [markdown]
# Read it down a column: for B, whose lesion is close to blocking, a few tenths of a degree change
# the share of fibres that stop conducting far more than for A or C. How much a person warms on a
# warm day is a second assumption: a fully heat-sensitive person warms by {{heat_gain_per_c}} °C for
# each °C of air above {{comfort_c}} °C, so that warming stays within tenths of a degree, below
# about 1 °C. Both numbers are sampled over plausible ranges later, when we ask how sure the
# model is.
#
# ### The refractory period
#
# After a spike, a damaged fibre needs longer before it can carry the next one. Felts and
# colleagues measured typically 2–5× the normal time in animal nerve fibres of the central
# nervous system running through an experimental demyelinating lesion [-@felts1997]. The whole
# chain takes this time from the collection's own nerve model: two-pulse runs of the node chain of
# notebook 01 (`conduction.refractory_factor`), which give normal values for mild lesions and
# reach the measured range only as a lesion nears block. Here is what that gives A, B and C at the
# model's motor firing rate, in the fibres that run through the lesion:

# %%
rate = whole_chain.MOTOR_RATE_HZ
normal = float(1 - signalling.delivered_fraction(rate, 1.0))
print(f"spikes lost at {rate:g} Hz with a normal refractory period: {normal:.1%}")
for who in whole_chain.PEOPLE.values():
    factor = float(conduction.refractory_factor(who.lesion_severity))
    lost = float(1 - signalling.delivered_fraction(rate, factor))
    print(
        f"{who.label.split(':')[0]}: severity {who.lesion_severity:g}, refractory period "
        f"{factor:.2f}× normal: {lost:.1%} of spikes lost in those fibres"
    )

# %% [markdown]
# ## A year in the life of three simulated people
#
# Three simulated people with MS, each with a different main driver of back pain. Their settings
# are simulation choices, not measurements of anyone. All three live through the same weather and
# the same chance events (the same *[seed](glossary.md#seed)*: the number that fixes the computer's
# dice), so their
# differences come from their bodies and habits alone.
#
# * **A** has a mild lesion but a strong fear of movement and a habit of resting: pain feeds
#   avoidance, avoidance feeds disuse and atrophy.
# * **B** is *heat-sensitive*: warmth makes their symptoms worse for a while. In one survey of
#   256 people with MS in Sweden, 58% reported this [@flensner2011]. B also has a lesion close
#   to the point where warming stops signals getting through (*conduction block*, notebook 01).
# * **C** has a lesion in the neck part of the spinal cord (so Lhermitte's sign), strong
#   *spasticity* (muscle stiffness that grows with the speed of a stretch, notebook 04), and
#   slowed position sense (the feeling of where the body is reaches the brain late, notebook 02).

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
fig = Figure(figsize=(10, 7.2))
axes = fig.subplots(3, 1, sharex=True)
plot_year(axes, years)
show_figure(fig, TEXTS["year"])
# %% [markdown]
# The same relapse (the triangle: all three share the seed, so they share chance events) reaches
# the three people differently: it raises C's spasticity for months, and B's lesion, close to
# blocking, loses more signals after it and on warm days. Yet in this model none of that moves
# back pain much, and A's pain, held up by disuse and fear, hardly changes all year. Each dashed
# line has its own axis on the right, in its own unit.
#
# ### Interactive: the chain map lights up
#
# Here is the map of notebook 00, lit by one person's month. The brighter a box and the fuller the
# bar under it, the more active that step was that month (on a fixed scale for each step, so you
# can compare months and people). Move the **month** slider to watch the year unfold; switch
# **person** to see a different pattern light up; choose an **intervention** to see which steps go
# dark. The note above the map names the most active steps, with their values and units. As in
# notebook 00, each arrow shows the evidence behind it: solid when a study measured the link,
# dashed when a model of this collection derived it, dotted when it is a teaching assumption. A
# step that lights up at the end of a dotted arrow lights up *because the model assumes so*.

# %%
lit_map = make_lit_map()
lit_map.show()

# %% [markdown]
# Things to try: B in January, in May (after the relapse, which starts in late April) and in July
# (the heat); A in any month (the
# behaviour steps at the bottom are always lit); C with and without the anti-spasticity drug.
#
# ## Counterfactuals: the same days, with one thing changed
#
# Suppose B had used cooling on hot days. Would their back have hurt less? For a real person we
# can never know: we only see the year they actually lived. A simulation can run the **same year
# twice**: the same weather, the same relapse, the same ups and downs of activity, once without and
# once with cooling. That pair is a *counterfactual* comparison, and any difference between the
# two runs is caused by the cooling alone.
#
# It works because every random draw (weather, relapse chances, daily activity, neck bends) is
# made from the seed *before* any intervention is applied. A drug that prevents relapses does not
# draw new dice: it removes some of the relapses of the untreated year. First, the check that
# makes the method trustworthy: with no intervention at all, the two runs must be identical.

# %%
same = whole_chain.compare("heat", None, seed=0)
difference = (same.treated.nodes - same.baseline.nodes).abs().to_numpy().max()
print(f"largest difference between the two runs with no intervention: {difference}")

cooled = whole_chain.compare("heat", ["cooling"], seed=0)
print(f"B, cooling: change in mean pain over the year   {cooled.change():+.2f}")
print(f"B, cooling: change in mean pain, June–August    {cooled.change(months=[6, 7, 8]):+.2f}")
print(f"B, cooling: change in mean pain, January        {cooled.change(months=1):+.2f}")

# %% [markdown]
# Cooling changes nothing in January (there is no heat to remove) and most in summer. Averaged
# over the whole year, an intervention that only works on some days looks small: keep the
# question "averaged over what?" in mind whenever you read an
# [effect size](glossary.md#effect-size).
#
# ## What each intervention changes, and for whom
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
# not a dose of anything), for each person, as counterfactuals. One number per intervention would
# hide two kinds of uncertainty, so each comes with two ranges:
#
# * **over random days:** the same person lives {{n_years}} different simulated years (seeds 0,
#   1, …: other weather, other relapses, other ups and downs); the effect is computed for each
#   year, and the table gives the typical year (the median) and the middle 90% of the years;
# * **over plausible assumptions:** {{n_draws}} versions of the model in which every wiring
#   assumption of the table above is moved, all at once, somewhere inside a range a reader might
#   reasonably give it (the ranges are listed in the next section), each version with its own
#   year; again the middle 90%.

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
# > * **What a real person would gain.** A, B and C are simulation settings, not patients. The
# >   bars are what this teaching model computes once its assumptions are fixed, and a bar's
# >   ranges show uncertainty *inside* the model (luck of the year, assumptions moved within
# >   their ranges), not how far the model is from real people.
# > * **Which treatment to choose.** Nothing here is a recommendation. A real choice weighs what
# >   the model leaves out: side effects it does not include, effort, cost, what matters to the
# >   person, and what a clinical assessment finds. "Full dose" is a model setting, not a dose.
# > * **How large real effects are.** The model's training and seating effects were set to land
# >   near what trials found, so agreement with trials there is by construction, not
# >   confirmation; the validation table at the end of this notebook lists what the model is
# >   checked against, and where it fails.
# > * **Whether the ranking would hold for other people.** It is computed for three made-up
# >   people; the sensitivity panel below shows that some rankings turn round when a single
# >   assumption moves.
# >
# > Choices about treatment belong to each person and their clinical team.
#
# Read the picture intervention by intervention:
#
# * **Seating and breaks** lower pain for all three by about the same amount ({{seating_range}}
#   points in a typical year). They act at the *end* of the chain, on the load itself: it does
#   not matter why the load is there. In the model, a seat with a backrest lowers the disc
#   pressure of sitting for the part of the day spent leaning back against it, and breaks make
#   sitting less static. Neither size is measured: Nachemson reported disc pressures 50–80% lower
#   in reclined, supported sitting than in standing [@nachemson1981], and the model takes the
#   smallest of those reductions; how much of a working day anyone leans back is a guess. Trials
#   of changes to the workplace found small effects on back discomfort [@agarwal2018], and that
#   guess was set so that the model's seating lands near them. So this bar rests on assumptions
#   more than any other: over plausible assumptions it ranges from {{seating_params_range}}
#   points. {{seating_edge}}
# * **Cooling** helps B, the heat-sensitive person with a lesion near blocking, and C a little;
#   for A, whose heat sensitivity is zero, it does exactly nothing (exercise 1 asks you why).
# * **Training** (strength and endurance training, physiotherapy) lowers pain for all three,
#   by {{training_range}} points in a typical year. In the model it acts through several links:
#   it makes muscles stronger (by about 16% after 12 weeks of resistance training in one trial in
#   MS [@dalgas2009]; pooled over exercise types the gain in muscular fitness is small
#   [@platta2016]), it reduces sway and the trunk's extra bend (balance and walking improve
#   modestly with exercise in MS [@gunn2015; @snook2009]), it replaces some of the missing
#   activity, and it lowers pain sensitivity a little (see below).
# * **Pacing and graded activity** weaken the link from pain-related fear to avoidance. They
#   help A, the only one whose fear is high, and hardly anyone else.
# * **The anti-spasticity drug** lowers spasticity for everyone. In the model its only cost is a
#   small loss of *function* (feeling weak when standing or walking), not of measured strength:
#   weakness is reported as a side effect of these drugs [@bass1988], but in a cross-over study
#   of 16 people with MS, measured isometric strength did not change with either drug
#   [@crossover1988]. So pain falls most for C, whose spasticity is strong, and barely changes
#   for A ({{drug_a}} points).
# * **The [disease-modifying drug](glossary.md#disease-modifying-drug)** (a long-term medicine
#   that makes relapses rarer) acts on relapses, which are rare: in most simulated years it
#   changes nothing, and its benefit only shows over many years (below).
#
# ### Training and the trials
#
# In a meta-analysis of 10 small randomised trials of exercise or physiotherapy in MS (389
# people, all at high risk of bias), pain fell by a standardised mean difference of −0.46
# (95% CI −0.92 to 0.00) [@demaneuf2019]. If pain scores vary between people by about 2 points
# (a standard deviation we assume), that is about −0.9 points on a 0–10 scale, with an interval
# from about −1.8 to 0: training helps modestly, and the trials cannot rule out that it helps
# very little. The model's training:

# %%
smd, ci, pain_sd = -0.46, (-0.92, 0.00), 2.0  # Demaneuf et al. 2019; the SD of pain is assumed
print(
    f"exercise trials in MS, converted: {smd * pain_sd:+.1f} points "
    f"(95% CI {ci[0] * pain_sd:+.1f} to {ci[1] * pain_sd:+.1f})"
)
for _, row in effects[effects["intervention"] == "training"].iterrows():
    print(
        f"model, {whole_chain.PEOPLE[row['person']].label.split(':')[0]}: "
        f"{row['change']:+.2f} points (random days {_span(row['days_low'], row['days_high'])}; "
        f"plausible assumptions {_span(row['params_low'], row['params_high'])})"
    )

# %% [markdown]
# The model's training lands near the middle of the trials' estimate, but that is no
# independent support for it: the mechanical paths alone gave less, so one assumption
# (training also lowers pain sensitivity, as exercise is thought to do through the nervous
# system) was set so that the model lands there. The range over plausible assumptions is wide
# for the same reason: nobody has measured that path. A model tuned to a trial can illustrate the
# trial; it cannot confirm it.
#
# Now the disease-modifying drug over many years:

# %%
years_run = 30  # simulated years (seeds 0–29), each without and with the drug
seeds = [s for s in range(years_run) for _ in range(2)]
drug = [whole_chain.NONE, whole_chain.FULL_DOSE["dmd"]] * years_run
run = whole_chain.simulate_many(["heat"] * len(seeds), drug, seeds)
onsets = run.driver_values["relapse_onset"].sum(axis=1).reshape(years_run, 2)
pain = run.values["back_pain"].mean(axis=1).reshape(years_run, 2)
change = pain[:, 1] - pain[:, 0]
print(f"B over {years_run} simulated years: relapses a year", end=" ")
print(f"{onsets[:, 0].mean():.2f} → {onsets[:, 1].mean():.2f}")
print(f"mean change in back pain: {change.mean():+.3f}")
changed = change[change != 0]
print(f"years in which the drug changed anything: {changed.size}")
if changed.size:
    print(f"mean change in back pain in those years: {changed.mean():+.2f}")

# %% [markdown]
# The simulated people have 0.4 relapses a year, inside a range of 0.2–0.5 a year that we chose
# as a teaching assumption (it is not taken from a study). With so few relapses, a drug that
# prevents some of them changes back pain in only a few years, but by much more in those years
# than its average suggests. That is why trials of such drugs count relapses over years and many
# people, not one person's pain in one year. (The model has one interferon-like drug; today
# there are many disease-modifying drugs, which the model does not distinguish.)
#
# **How big is big?** In a study of people with chronic pain, a fall of 2 points or of 30% on a
# 0–10 pain scale corresponded to patients rating themselves "much improved" [@farrar2001].
# Here is what all six interventions together do to each person's yearly pain in the model
# (seed 0):

# %%
together = whole_chain.combination(whole_chain.FULL_DOSE)
for key, who in whole_chain.PEOPLE.items():
    both = whole_chain.compare(key, together, seed=0)
    before, after = both.baseline.mean(), both.treated.mean()
    print(
        f"{who.label.split(':')[0]}: {before:.2f} → {after:.2f} "
        f"({after - before:+.2f} points, {100 * (after - before) / before:+.0f}%)"
    )

# %% [markdown]
# Compare each line with the yardstick of 2 points or 30%. Part of each simulated person's pain
# does not come from MS in the model at all: the same person without a lesion still has some, and
# the interventions on the chain cannot remove it. Whether real people gain more or less is a
# question for clinical studies, not for this model.
#
# ## How sure is the model?
#
# The ranges over plausible assumptions come from moving the numbers that wire the links
# together. These are the assumptions that were moved, the value the model uses, and the range
# each was sampled over, with the reason for the range:

# %%
with pd.option_context("display.max_colwidth", 80, "display.max_rows", 40):
    display(uncertainty.assumption_table())

# %% [markdown]
# A wide range is not a flaw to hide: it says where the model is guessing. The next question is
# sharper: does a *conclusion* survive? Take two conclusions the chart suggests for A: which of
# seating and training lowers A's pain more, and whether the anti-spasticity drug raises or lowers
# it. Here is how often each holds in the {{n_draws}} versions of the model in which all
# assumptions moved at once:

# %%
conclusions = uncertainty.default_conclusions()
shares = uncertainty.shares_holding(conclusions)
for c in conclusions:
    print(f"{c.text}: holds in {shares[c.name]:.0%} of the versions")

# %% [markdown]
# ### The sensitivity panel: which assumption changes which conclusion
#
# To see *which* assumption a conclusion rests on, move one assumption at a time to the low and
# the high end of its range, keep the others at their values, and watch the conclusion. In each
# panel, a bar starts at the conclusion's margin with the model's values (dashed line) and runs to
# its margin with that assumption at the low end (hatched) or the high end (plain). The margin is
# in points of pain, positive while the conclusion holds: a bar that crosses the solid line at
# zero means that this assumption alone can turn the conclusion round.

# %%
sensitivity = uncertainty.sensitivity(conclusions=conclusions)
fig = Figure(figsize=(12, 8.5))
axes = fig.subplots(1, len(conclusions), sharey=True)
plot_sensitivity(axes, sensitivity, [c.name for c in conclusions])
show_figure(fig, sensitivity_text(sensitivity, conclusions))
# %% [markdown]
# The same in words: every assumption that turns a conclusion round on its own, and about where
# (the value where the margin crosses zero, read off a straight line between the two runs):

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
# This is the honest form of the model's answers. In this model, {{ranking_statement}}. But a
# ranking of two interventions is a statement about their assumptions as much as about the chain:
# it turns round when any one of these moves within its range: {{ranking_flips}}. Likewise,
# {{drug_what_it_takes}}. None of this tells anyone what to do; it tells you which measurement
# would change the model's mind.
#
# ### The anti-spasticity drug: less stiffness, a little less function
#
# How does the model's pain change as the drug's effect grows, for A (little spasticity) and C
# (strong spasticity)? Solid lines use the model's small functional weakness; hollow markers use
# the top of its plausible range, {{drug_high_scale}} times as large. Choices about medicines
# belong to a person and their clinical team, and these drugs are never stopped suddenly without
# medical advice [@stien1987].

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
# One control per intervention, and the weekly course of five stages of the chain: how many
# signals are lost, how much strength is left, how tired the working muscles are, the load on the
# lumbar disc, and the evening back pain. Grey dashed lines are the person without any
# intervention, coloured lines the same person on the same days with your choices. The note above
# the picture gives the yearly and the summer means. (It opens on B with full cooling: notice that
# nothing changes before the first warm days.)
#
# Try: one intervention at a time for each person, and find through which stage it acts; the
# anti-spasticity drug for A and for C;
# the disease-modifying drug with side effects (interferon-like aches appear as treatment-related
# pain, a separate kind of pain from the back pain plotted here). The side effects occur at the
# rates of one trial of a low-dose, once-weekly interferon beta-1a regimen in people with
# secondary-progressive MS [@andersen2004]; how much each one hurts is our assumption. The
# dashboard shows this teaching model under its assumptions, like the bar chart above: what it
# cannot tell you is in the box beside that chart.

# %%
dashboard = make_dashboard()
dashboard.show()

# %% [markdown]
# ## Loops: where they amplify, and where breaking them helps
#
# A feedback loop is a path of causes that comes back to where it started. Here, pain makes a
# person avoid movement, avoided movement becomes disuse and atrophy, atrophy adds weakness, and
# weakness brings more pain. To measure what a loop adds, we **remove one arrow** and run the same
# year again (`edges_off`): the cause is then held at its healthy value in that one place.
#
# * Removing *fear → avoidance* breaks the fear-avoidance loop only.
# * Removing *avoidance → disuse* breaks every loop at once: the disuse, overcompensation and
#   fear-avoidance loops all pass through it.

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

# %%
fig = Figure(figsize=(8, 4.4))
plot_loops(fig.add_subplot(), loops)
show_figure(fig, TEXTS["loops"])
# %% [markdown]
# The loops add pain only where they are switched on: in A, who fears movement and rests a lot.
# In B and C the loops exist (every person has the same graph) but carry little, because fear
# and avoidance stay low.
#
# **Where the model disagrees with notebook 06.** On its own, the weekly fear-avoidance model of
# notebook 06 multiplies its gains into a *loop gain*: how much of an extra point of pain comes
# back, once round the loop, as further pain. A loop gain above 1 makes pain grow after any
# episode. With A's gains:

# %%
gain = fear_avoidance.loop_gain(
    catastrophising=whole_chain.PEOPLE["disuse"].catastrophising,
    avoidance=whole_chain.PEOPLE["disuse"].avoidance_gain,
)
print(f"loop gain of the notebook-06 model with A's gains: {gain:.2f}")

# %% [markdown]
# That is {{loop_gain_a}}, above 1, yet in the whole chain A's pain does not run away. The
# difference is in the path back to pain: in notebook 06 disuse turns into pain directly, while
# here it has to pass through the bed-rest model of atrophy (notebook 03), which loses strength
# slowly and levels off, and then through the strategies that move load and through posture.
# Each step passes on only part of the change, so the loop settles. Which picture is closer to
# real people is an open question: Vlaeyen and Linton's review of fear-avoidance [-@vlaeyen2000]
# describes the loop, not its gain, and our atrophy model is calibrated on healthy people in bed
# rest [@marusic2021], which may understate long-term
# deconditioning, and whether disuse drives back pain at all is contested [@bousema2007].
#
# Breaking a loop helps most where it is strong: pacing and graded activity weaken the fear →
# avoidance arrow, and training replaces some of the missing activity at the disuse node (besides
# acting on strength, balance and posture, which is why it helps B and C too). Loops are nobody's
# fault: pain, worry and tiredness make anyone move less, and disease activity keeps pain going as
# well.
#
# ## Lhermitte's sign: a side path
#
# C has a lesion in the neck part of the spinal cord. When C bends the neck forward, the damaged
# fibres can fire on their own, and C *feels* an electric-shock sensation down the spine and
# limbs: Lhermitte's sign, a neuropathic pain, different in kind from the back pain above
# [@truini2013]. The impulses go up to the brain; the shock is felt where those fibres come from,
# not carried down the spine. Not everyone with a cervical lesion has the sign (in the model,
# whether a person has it is a matter of chance that a lesion makes more likely; C is set to have
# it), and it comes in spells that pass: on most days of the year C has no episodes at all. The
# sign is usually not dangerous, but a *new* one is worth telling the MS team about, because it
# can come with a relapse. In the graph, it hangs off the chain on its own branch:

# %%
print("upstream of Lhermitte's sign:", chain.upstream("lhermitte"))
c_days = years["cervical"].nodes["lhermitte"]
print("C's Lhermitte episodes a day, averaged over the year:", round(c_days.mean(), 2))
print("days of the year with any episode:", int((c_days > 0).sum()), "of", len(c_days))
no_lesion = whole_chain.simulate(whole_chain.PEOPLE["cervical"].but(cervical_lesion=0.0))
print("the same person without the cervical lesion:", no_lesion.mean("lhermitte"))

# %% [markdown]
# ## Checking the model against published numbers
#
# A model can be internally consistent and still teach something clinically wrong. So the whole
# chain is checked against numbers that studies have published: prevalences that a simulated
# [cohort](glossary.md#cohort) of plausible people must reproduce, endurance and bed-rest losses,
# the size of the exercise effect, disc pressures. For each target, the table gives the source,
# the published value, the band the model must fall in (our choice, stated in the note), the
# model's own value (computed by running the model, never typed) and whether it passes. Each row
# is also a test in the collection's test suite.

# %%
checks = validation.validation_table()
with pd.option_context("display.max_colwidth", 60, "display.max_rows", 40):
    display(checks.drop(columns="note"))
print(f"{int(checks['passes'].sum())} of {len(checks)} targets pass")

# %% [markdown]
# {{validation_passes}} targets pass. A passing row says only that the model does not
# contradict that finding; it does not make the model a prediction for anyone. The rows that fail
# are **known gaps**, kept in the table on purpose. Here is each one with the reason the model
# cannot meet it:

# %%
for _, row in checks[~checks["passes"]].iterrows():
    print(f"• {row['target']} ({row['source']}): published {row['published']}")
    print(f"  {row['note']}\n")

# %% [markdown]
# One passing row needs a second look. Guidance for low back pain is to stay active rather than
# rest in bed [@dahm2010]. The model gets the direction right: after a few days of bed rest, pain
# stays slightly higher for weeks than after staying active, through lost strength and activity
# that returns slowly. But the difference is far smaller than the trials found (the row's note
# gives both), and *while* resting, lying down relieves held postures in the model, so a
# bed-rest-like life looks better in the model than it is. Read every comparison that involves
# rest with that in mind: there, trust the guidance, not the model.

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: cooling without heat sensitivity
#
# Person A (`"disuse"`) has a heat sensitivity of 0. By how much does full cooling change A's
# mean back pain over the year? Compute it with a counterfactual (same seed, 0) rather than
# guessing, then think about why.

# %% tags=["exercise"]
change_for_a = ...

check.exercise_1(change_for_a)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# change_for_a = whole_chain.compare("disuse", ["cooling"], seed=0).change()
#
# check.exercise_1(change_for_a)
# ```
#
# Exactly zero. Cooling acts at the heat node: it removes a fraction of the person's warming on
# warm days. A's warming is heat sensitivity × (air temperature above the comfort temperature),
# and with a heat sensitivity of 0 it is 0 on every day. A fraction of nothing is nothing, so
# nothing downstream of heat can change. An intervention can only help through a link that is
# active in that person.
# </details>

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
# ### Exercise 3: what the loops add
#
# How many points of person A's mean back pain over the year do the loops add? Compare A with the
# loops intact and A with the arrow *avoidance → disuse* removed
# (`edges_off=[("avoidance", "disuse")]`), both with seed 0. Give intact minus broken.

# %% tags=["exercise"]
loops_add = ...

check.exercise_3(loops_add)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# intact = whole_chain.simulate("disuse").mean()
# broken = whole_chain.simulate("disuse", edges_off=[("avoidance", "disuse")]).mean()
# loops_add = intact - broken
#
# check.exercise_3(loops_add)
# ```
#
# {{loops_add_a}} points in this model. Every loop passes through the arrow from avoidance to
# disuse, so removing it breaks them all. The number is small because the path back to pain runs
# through slow, bounded atrophy (see the section on loops).
# </details>

# %% [markdown]
# ### Exercise 4: which interventions change Lhermitte's sign?
#
# Which of the six interventions (at full dose) change the number of Lhermitte episodes of person
# C (`"cervical"`, seed 0) at all? Give a list of names; an empty list `[]` is a possible answer.
# *Hint:* compare
# `whole_chain.simulate("cervical", whole_chain.FULL_DOSE[name]).nodes["lhermitte"]` with the run
# without interventions, or look at `chain.upstream("lhermitte")`.

# %% tags=["exercise"]
changes_lhermitte = ...

check.exercise_4(changes_lhermitte)

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
# check.exercise_4(changes_lhermitte)
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
# run a counterfactual).
# Answer in the form below; with a kernel you get instant feedback. Without a kernel, the
# questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * The whole chain is the graph of notebook 00 made executable: one daily number per node, one
#   place in the calculation per edge, each computed by the model of the notebook that explains
#   that link. Extra numbers needed to connect the links are assumptions, listed in a table.
# * A counterfactual runs the same person on the same random days with one thing changed; any
#   difference is caused by that change. With no change, the two runs are identical.
# * The same intervention helps one person and not another: it can only act through links that
#   are active in that person. Cooling does nothing without heat sensitivity.
# * Interventions at the end of the chain (seating, breaks) act on everyone; interventions at a
#   person's own driver act on that person, and often only in some months.
# * An effect from a model comes with two kinds of uncertainty: the luck of the days, and the
#   assumptions. A sensitivity panel shows which assumption a conclusion rests on, and how far
#   it would have to move to turn the conclusion round.
# * The chart of effects says nothing about what a real person should do: it is this teaching
#   model, under these assumptions.
# * The model is checked against published numbers in a validation table; where it fails, the
#   notebook keeps the row as a known gap and says why. A passing row means only that the model
#   does not contradict that finding.
# * Loops add pain where they are switched on (fear, rest, disuse) and breaking them helps there.
#   In this model their gain is smaller than in the stand-alone loop of notebook 06.
# * Lhermitte's sign sits on its own branch: nothing aimed at back pain changes it.
#
# ## What's next
#
# Notebook 08 uses this model for a whole simulated [cohort](glossary.md#cohort) keeping daily
# diaries, with missing days and habits modelled on those of real diaries. There you will look
# for patterns in the data and then check your claims against the true causes, which the
# simulation knows.

# %% [markdown]
# ## References
#
# The models of each link have their own sources in notebooks 01–06.
