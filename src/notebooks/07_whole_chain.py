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
# a nurse or a person living with MS might ask. Which change would help *this* person most, and
# why? Would the same change help someone else? Where does pain keep itself going, and where can
# that circle be broken?
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

from msbackpain import chain, fear_avoidance, whole_chain
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
# The links carry their own sources (the science notes behind notebooks 01–06). Connecting them
# needs extra numbers that no study gives: how many degrees the trunk bends for each N·m
# (newton-metre, the unit of a turning force) that helper muscles take over, how much activity a
# point of pain makes a person avoid, and so on. These are **our assumptions**, chosen so that
# the simulated people show plausible *kinds* of behaviour, not fitted to data:

# %%
with pd.option_context("display.max_colwidth", 100):
    display(whole_chain.wiring_assumptions())

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
# * **B** is *heat-sensitive* (60–80% of people with MS are, according to the studies in our
#   science notes: warmth makes their symptoms worse for a while) and has a lesion close to the
#   point where warming stops signals getting through (*conduction block*, notebook 01).
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
# dark. The note above the map names the most active steps, with their values and units.

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
#   chain, on the load itself: it does not matter why the load hurts. Wilke and colleagues
#   measured 0.46 MPa in the lumbar disc when sitting unsupported and 0.30 MPa in relaxed sitting;
#   a lower load means less tissue strain, whatever its cause.
# * **Cooling** helps only B, the only heat-sensitive person with a lesion near blocking. For A,
#   whose heat sensitivity is zero, it does exactly nothing (exercise 1 asks you why).
# * **Training and pacing** help A, whose pain is held up by disuse and fear, and hardly anyone
#   else: they act on the loop that only A has switched on.
# * **The anti-spasticity drug** lowers spasticity for everyone, but in this model it also takes
#   away strength. For A and B, whose problem is weakness, the loss of strength costs more than
#   the loss of stiffness gains: pain goes *up*. Only C, with strong spasticity, gains a little.
#   The science notes say weakness is a common side effect of these drugs; that lowering
#   stiffness "unmasks" weakness is an interpretation, and the model builds it in as an
#   assumption.
# * **The [disease-modifying drug](glossary.md#disease-modifying-drug)** (a long-term medicine that
#   makes relapses rarer) acts on
#   relapses, and in these five years none of the relapses was one it would have prevented. Its
#   benefit only shows when you look over many years:

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
# The science notes suggest 0.2–0.5 relapses a year as a reasonable simulation range (an
# unverified figure). With so few relapses, a drug that prevents some of them changes back pain in
# only a few years, but by much more in those years than its average suggests. That is why trials
# of such drugs count relapses over years and many people, not one person's pain in one year.
#
# **How big is big?** In the science notes, a fall of 2 points or of 30% on a 0–10 pain scale
# corresponds to patients feeling "much improved" (Farrar and colleagues, 2001). Compare that
# with the best of all 64 combinations of the six interventions, for each person:

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
# MS adds on top. Whether real interventions do better or worse is a question for clinical
# studies, not for this model.
#
# ### The anti-spasticity drug: a trade-off
#
# How much drug effect is best? For a person whose problem is weakness, none; for a person with
# strong spasticity the two effects almost cancel:

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
# pain, a separate kind of pain from the back pain plotted here).

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
# loop settles. Which picture is closer to real people is an open question: studies of
# fear-avoidance (Vlaeyen and Linton, 2000) describe the loop, not its gain, and our atrophy model
# is calibrated on healthy people in bed rest, which may understate long-term deconditioning.
#
# Breaking a loop helps most where it is strong: pacing and graded activity weaken the fear →
# avoidance arrow, training replaces the missing activity at the disuse node. Both help A and
# hardly anyone else, as the bar chart showed.
#
# ## Lhermitte's sign: a side path
#
# C has a lesion in the neck part of the spinal cord. When C bends the neck forward, the damaged
# fibres can fire on their own, and C feels an electric-shock sensation down the spine:
# Lhermitte's sign (a neuropathic pain, different in kind from the back pain above). In the
# graph, it hangs off the chain on its own branch:

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
#   are active in that person. Cooling does nothing without heat sensitivity; the anti-spasticity
#   drug can make weakness-driven pain worse.
# * Interventions at the end of the chain (seating, breaks) help everyone a little; interventions
#   at a person's own driver help that person, and often only in some months.
# * Loops add pain where they are switched on (fear, rest, disuse) and breaking them helps there.
#   In this model their gain is smaller than in the stand-alone loop of notebook 06.
# * Lhermitte's sign sits on its own branch: nothing aimed at back pain changes it.
#
# ## What's next
#
# Notebook 08 uses this model for a whole simulated [cohort](glossary.md#cohort) keeping daily
# diaries, with missing
# days and the habits of real diaries. There you will look for patterns in the data and then check
# your claims against the true causes, which the simulation knows.
#
# ## References
#
# * Vlaeyen JWS, Linton SJ. Fear-avoidance and its consequences in chronic musculoskeletal pain:
#   a state of the art. *Pain* 2000;85(3):317–332.
# * Wilke H-J, Neef P, Caimi M, Hoogland T, Claes LE. New in vivo measurements of pressures in
#   the intervertebral disc in daily life. *Spine* 1999;24(8):755–762.
# * Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in
#   chronic pain intensity measured on an 11-point numerical pain rating scale. *Pain*
#   2001;94(2):149–158.
# * Cameron MH, Horak FB, Herndon RR, Bourdette D. Imbalance in multiple sclerosis: a result of
#   slowed spinal somatosensory conduction. *Somatosens Mot Res* 2008;25(2):113–122.
# * Truini A, Barbanti P, Pozzilli C, Cruccu G. A mechanism-based classification of pain in
#   multiple sclerosis. *J Neurol* 2013;260(2):351–367.
#   [doi:10.1007/s00415-012-6579-2](https://doi.org/10.1007/s00415-012-6579-2)
# * Heat sensitivity in MS (60–80%): *BMC Neurol* 2011;11:27, as cited in the science notes.
# * Side effects of interferon beta and anti-spasticity drugs: Walther & Hohlfeld 1999; Bass 1988
#   (as cited in the science notes, §10).
# * The models of each link and their sources: notebooks 01–06 and the science notes kept with the
#   project (sections §1–§12).
