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
# a nurse or a person living with MS might ask of such a model. Which change helps *this*
# simulated person most, and why? Would the same change help someone else? Where does pain keep
# itself going, and where can that circle be broken?
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
# * measure how much the feedback loops add to a person's pain by breaking one arrow, and say
#   for whom breaking them helps;
# * explain why Lhermitte's sign (an electric-shock feeling down the spine when the neck bends)
#   is untouched by everything aimed at back pain.
#
# **Time:** about 40 minutes. **Prerequisites:** notebook 00 (the map). Notebooks 01–06 explain
# each link; you can follow this one without them and go back when a link surprises you.

# %% [markdown]
# ## Setup
#
# This cell loads the collection's package, including the whole-chain model
# `msbackpain.whole_chain`, and applies the collection's figure style. Run it first.

# %%
import itertools

import numpy as np
import pandas as pd
from IPython.display import display
from matplotlib.figure import Figure

from msbackpain import chain, fear_avoidance, signalling, whole_chain
from msbackpain.evidence import reference
from msbackpain.evidence.parameters import module_parameters
from msbackpain.lessons.whole_chain import checks as check
from msbackpain.lessons.whole_chain import quiz
from msbackpain.lessons.whole_chain.captions import TEXTS
from msbackpain.lessons.whole_chain.diagrams import make_dashboard, make_lit_map
from msbackpain.lessons.whole_chain.figures import (
    plot_dose_response,
    plot_intervention_effects,
    plot_loops,
    plot_year,
)
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

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
# notebook 03), and weaker muscles start the chain again. So the model steps through the year one
# day at a time. A simulated year is fast enough to redraw while you move a slider
# (`benchmarks/patient_year.py` measures it).
#
# ### The assumptions that wire the links together
#
# The links carry their own sources (notebooks 01–06 explain them, and the evidence page linked
# under References lists every parameter). Connecting them needs extra numbers that no study
# gives: how many degrees the trunk bends for each N·m (newton-metre, the unit of a turning force)
# that helper muscles take over, how much activity a point of pain makes a person avoid, and so
# on. These are **our assumptions**, chosen so that the simulated people show plausible *kinds*
# of behaviour, not fitted to data. Every number in the model carries an *evidence grade*
# (measured in a study, derived by us from measured inputs, or an assumption) where it is
# defined; the table adds each one's grade and the sources that informed it:

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
# Two of these assumptions deserve a warning, because they disagree with what the collection
# says elsewhere.
#
# * **Heat.** One degree of body warming is fed into the nerve model of notebook 01 as one
#   degree of warming (`HEAT_TO_MODEL_C_PER_C` = 1). That is a teaching mapping, not a measured
#   equivalence: the nerve model runs on the temperature scale of the squid axon
#   [@hodgkin1952], whose degrees are not the human body's.
# * **The refractory period.** After a spike, a damaged fibre needs longer before it can carry
#   the next one. Felts and colleagues measured typically 2–5× the normal time in animal nerve
#   fibres of the central nervous system running through an experimental demyelinating lesion
#   [-@felts1997]. The whole chain makes this time grow with
#   the lesion severity *f* as 1 + 0.5 (*f* − 1), which is 3× at severity 5. The collection's own
#   nerve model disagrees: a two-pulse run of the nerve model of notebook 01 (30 nodes, a 6-node
#   lesion, a strong stimulus) gives about 1.0× normal up to severity 4–5, 1.35–1.7× at severity
#   5–6, and 2.1–2.6× only at 7–7.5, close to block. So the whole chain loses more spikes below
#   block than its own biophysics says. Here is what the wiring gives A, B and C (severities 6 to
#   6.9) at the model's firing rate; a later version will recalibrate it:

# %%
rate = whole_chain.MOTOR_RATE_HZ
normal = float(1 - signalling.delivered_fraction(rate, 1.0))
print(f"spikes lost at {rate:g} Hz with a normal refractory period: {normal:.1%}")
for who in whole_chain.PEOPLE.values():
    wired = 1 + whole_chain.REFRACTORY_PER_SEVERITY * (who.lesion_severity - 1)
    lost = float(1 - signalling.delivered_fraction(rate, wired))
    print(
        f"{who.label.split(':')[0]}: severity {who.lesion_severity:g}, refractory period "
        f"{wired:.2f}× normal in the whole chain: {lost:.1%} of spikes lost"
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
# The same relapse (the triangle: all three share the seed, so they share chance events) hits the
# three people differently. For B, whose lesion is close to blocking, a relapse and then warm
# weather push more fibres past the point where they stop conducting; the whole chain downstream
# follows. A's pain barely moves with the seasons: it is held up by disuse and fear, which change
# slowly. C's spasticity is high all year.
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
# ## Which intervention helps whom, and why
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
# Now every intervention at its full model dose, for each person, as counterfactuals. To see past
# the luck of one year, the table averages the change over five simulated years (seeds 0–4).

# %%
effects = {key: whole_chain.intervention_effects(key, seeds=range(5)) for key in whole_chain.PEOPLE}
table = pd.DataFrame(
    {key: e.set_index("intervention")["change"] for key, e in effects.items()}
).rename(columns={key: p.label.split(":")[0] for key, p in whole_chain.PEOPLE.items()})
table

# %%
fig = Figure(figsize=(10, 5.8))
plot_intervention_effects(fig.add_subplot(), effects)
show_figure(fig, TEXTS["intervention-effects"])
# %% [markdown]
# Read the picture column by column:
#
# * **Seating and breaks** help all three by about the same amount. They act at the *end* of the
#   chain, on the load itself: it does not matter why the load is there. In one volunteer, Wilke
#   and colleagues [-@wilke1999] measured a pressure of 0.46 MPa in a lumbar disc when sitting
#   unsupported and 0.30 MPa when sitting *relaxed and slouched*. The model's seating
#   intervention lowers sitting pressure from the first value to the second. That is an
#   assumption: 0.30 MPa was measured in slouched sitting, not on a better seat, and no
#   measurement shows which seat, if any, gives it. In the pain model of notebook 06 a lower load
#   means less tissue strain, whatever its cause.
# * **Cooling** helps only B, the only heat-sensitive person with a lesion near blocking. For A,
#   whose heat sensitivity is zero, it does exactly nothing (exercise 1 asks you why).
# * **Training and pacing** help A, whose pain is held up by disuse and fear, and hardly anyone
#   else: they act on the loop that only A has switched on. The model's training effect is much
#   smaller than in trials (see the cell below).
# * **The anti-spasticity drug** lowers spasticity for everyone, but in this model it also takes
#   away strength, so for A and B the model's pain goes *up*; only C, with strong spasticity,
#   gains a little. That rise rests on an **assumption that measurements do not support**.
#   Weakness is reported as a side effect of these drugs [@bass1988], but in a cross-over study
#   of 16 people with MS, measured isometric strength did not change with either drug
#   [@crossover1988]. The model's strength penalty is kept here to show how a trade-off between
#   two effects works; it says nothing about what the drug does to a real person.
# * **The [disease-modifying drug](glossary.md#disease-modifying-drug)** (a long-term medicine that
#   makes relapses rarer) acts on
#   relapses, and in these five years none of the relapses was one it would have prevented. Its
#   benefit only shows when you look over many years (below).
#
# How big is the model's training effect next to real trials? In a meta-analysis of 10 small
# randomised trials of exercise or physiotherapy in MS (389 people, high risk of bias), pain fell
# by a standardised mean difference of −0.46 (95% CI −0.92 to 0.00) [@demaneuf2019]. If pain
# scores vary between people by about 2 points (a standard deviation we assume), that is about
# −0.9 points on a 0–10 scale, with an interval from about −1.8 to 0:

# %%
smd, pain_sd = -0.46, 2.0  # pooled trials (Demaneuf et al. 2019); the SD of pain is assumed
print(f"exercise trials in MS, converted: {smd * pain_sd:+.2f} points")
print("model, full training:", ", ".join(f"{k} {v:+.2f}" for k, v in table.loc["training"].items()))

# %% [markdown]
# The model's training helps much less than the trials suggest, even for A, because in the model
# training can act only by replacing missing activity (the disuse node). Trials measure people,
# who may gain in other ways too; the trials were small and at high risk of bias, so the true
# size is uncertain. This is a disagreement between the model and the evidence, to be fixed when
# the models are recalibrated.
#
# Now the disease-modifying drug over many years:

# %%
seeds = range(40)
runs = [whole_chain.compare("heat", ["dmd"], seed=s) for s in seeds]
relapses_without = np.mean([r.baseline.drivers["relapse_onset"].sum() for r in runs])
relapses_with = np.mean([r.treated.drivers["relapse_onset"].sum() for r in runs])
print(f"B over {len(runs)} simulated years: relapses a year", end=" ")
print(f"{relapses_without:.2f} → {relapses_with:.2f}")
print(f"mean change in back pain: {np.mean([r.change() for r in runs]):+.3f}")
changed = [r.change() for r in runs if r.change() != 0]
print(f"years in which the drug changed anything: {len(changed)}")
print(f"mean change in back pain in those years: {np.mean(changed):+.2f}")

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
# Compare that with the best of all 64 combinations of the six interventions, for each person:

# %%
names = list(whole_chain.FULL_DOSE)
combos = [c for k in range(len(names) + 1) for c in itertools.combinations(names, k)]
for key in whole_chain.PEOPLE:
    run = whole_chain.simulate_many(
        [key] * len(combos), [whole_chain.combination(c) for c in combos], 0
    )
    means = run.values["back_pain"].mean(axis=1)
    best = int(np.argmin(means))
    change = means[best] - means[0]
    print(
        f"{whole_chain.PEOPLE[key].label.split(':')[0]}: {means[0]:.2f} → {means[best]:.2f} "
        f"({change:+.2f}, {100 * change / means[0]:+.0f}%) with {', '.join(combos[best])}"
    )

# %% [markdown]
# Even the best combination does not reach a 2-point fall in this model, nor a 30% one. Part of
# the pain is the everyday load of sitting for hours, which a healthy back
# would also feel in the pain model of notebook 06; the interventions remove mostly the part that
# MS adds on top. Real interventions may do better: the training effect alone is smaller in the
# model than in trials (above). That is a question for clinical studies, not for this model.
#
# ### The anti-spasticity drug: a trade-off in the model
#
# How does the model's pain change as the drug's effect grows? For A, whose pain is driven by
# weakness, it rises; for C, with strong spasticity, the two effects almost cancel. Remember that
# the rise comes from the model's strength penalty, an assumption that measured strength does not
# support [@crossover1988]: the curves show how a trade-off between two effects works in a model,
# not what the drug does to anyone. Choices about medicines belong to a person and their clinical
# team.

# %%
doses = np.linspace(0.0, 1.0, 6)
pains, spast = {}, {}
for key in ("disuse", "cervical"):
    run = whole_chain.simulate_many(
        [key] * len(doses), [whole_chain.Interventions(anti_spasticity=d) for d in doses], 0
    )
    pains[key] = run.values["back_pain"].mean(axis=1)
    spast[key] = run.values["spasticity"].mean(axis=1)
    print(key, "mean pain by dose:", np.round(pains[key], 2))

fig = Figure(figsize=(8, 4.4))
plot_dose_response(fig.add_subplot(), doses, pains, spast)
show_figure(fig, TEXTS["dose-response"])
# %% [markdown]
# ### Interactive: the intervention dashboard
#
# One control per intervention, and the weekly course of five stages of the chain: how many
# signals are lost, how much strength is left, how tired the helper muscles are, the load on the
# lumbar disc, and the evening back pain. Grey dashed lines are the person without any
# intervention, coloured lines the same person on the same days with your choices. The note above
# the picture gives the yearly and the summer means. (It opens on B with full cooling: notice that
# nothing changes before the first warm days.)
#
# Try: the best single intervention for each person; the anti-spasticity drug for A and for C;
# the disease-modifying drug with side effects (interferon-like aches appear as treatment-related
# pain, a separate kind of pain from the back pain plotted here). The side effects occur at the
# rates of one trial of a low-dose, once-weekly interferon beta-1a regimen in people with
# secondary-progressive MS [@andersen2004]; how much each one hurts is our assumption.

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
# That is above 1, yet in the whole chain A's pain does not run away. The difference is in the
# path back to pain: in notebook 06 disuse turns into pain directly, while here it has to pass
# through the bed-rest model of atrophy (notebook 03), which loses strength slowly and levels off,
# and then through compensation and posture. Each step passes on only part of the change, so the
# loop settles. Which picture is closer to real people is an open question: Vlaeyen and Linton's
# review of fear-avoidance [-@vlaeyen2000] describes the loop, not its gain, and our atrophy model
# is calibrated on healthy people in bed rest [@marusic2021], which may understate long-term
# deconditioning.
#
# Breaking a loop helps most where it is strong: pacing and graded activity weaken the fear →
# avoidance arrow, training replaces the missing activity at the disuse node. Both help A and
# hardly anyone else, as the bar chart showed.
#
# ## Lhermitte's sign: a side path
#
# C has a lesion in the neck part of the spinal cord. When C bends the neck forward, the damaged
# fibres can fire on their own, and C feels an electric-shock sensation down the spine:
# Lhermitte's sign (a neuropathic pain, different in kind from the back pain above
# [@truini2013]). In the graph, it hangs off the chain on its own branch:

# %%
print("upstream of Lhermitte's sign:", chain.upstream("lhermitte"))
print("C's Lhermitte episodes a day:", round(years["cervical"].mean("lhermitte"), 2))
no_lesion = whole_chain.simulate(whole_chain.PEOPLE["cervical"].but(cervical_lesion=0.0))
print("the same person without the cervical lesion:", no_lesion.mean("lhermitte"))

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
# Find a **smallest** set of interventions (full dose; names from `whole_chain.FULL_DOSE`) that
# brings person B's (`"heat"`) mean back pain over the year below the value printed here.
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
# Cooling and seating. No single intervention is enough; of the pairs, the one that works combines
# an intervention on B's own driver (heat) with one on the load that every person carries
# (sitting). `whole_chain.smallest_combinations("heat", check.TARGET_PAIN)` does the same search.
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
# A few tenths of a point in this model. Every loop passes through the arrow from avoidance to
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
# the drug trade-off, rare events and loops (the last one asks you to run a counterfactual).
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
#   are active in that person. Cooling does nothing without heat sensitivity. (The model's
#   anti-spasticity drug raises weakness-driven pain only through an assumed strength penalty
#   that measured strength does not support.)
# * Interventions at the end of the chain (seating, breaks) help everyone a little; interventions
#   at a person's own driver help that person, and often only in some months.
# * Where the model disagrees with the evidence, it says so: its training effect is smaller than
#   in trials, and its refractory period grows faster than the collection's own nerve model.
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
