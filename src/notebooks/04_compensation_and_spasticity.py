# %% [markdown]
# # Compensation and spasticity: who takes over, and stiffness that grows with speed
#
# The body does not simply give up a task when one muscle is weak. Holding the trunk upright,
# bending over a sink or getting out of a chair still needs the same effort from the back and
# hips, so other muscles take over part of the work. Each of them then works at a larger share
# of what it can do. Notebook 03 showed that a muscle working closer to its limit tires much
# sooner. This is *overcompensation*: a weakness in one place turns into tired, aching muscles
# somewhere else. The same damage to the nerve pathways can also cause *spasticity*: a muscle
# that resists being stretched, and resists more the faster the limb is moved. Weakness is a
# commonly reported side effect of medicines that reduce spasticity. This notebook explores both
# with small
# teaching models: simplified calculations built to show one idea clearly, not to predict what
# happens in a particular person. Where a model disagrees with measurements or anatomy, the
# notebook says so next to the number.
#
# **What you will learn.** By the end you will be able to:
#
# * calculate how a load is shared between muscle groups in a simple model, explain why
#   weakness of one group raises the load of *all* the others, and say which muscles really
#   carry the moment at the lowest lumbar joint;
# * estimate how soon each group tires, and explain why that answer depends so much on which
#   endurance curve you trust and why the fitted model's "no time limit" is an artefact;
# * define spasticity, explain how it depends on the speed of a stretch, and describe how the
#   [Modified Ashworth Scale](glossary.md#modified-ashworth-scale) grades it in words;
# * describe the trade-off that a teaching model assumes for
#   [anti-spasticity](glossary.md#anti-spasticity-drug) medicines (less stiffness, less
#   strength), and why measured strength does not support its loss of strength (this is not
#   advice about any medicine).
#
# **Time:** about 35 minutes. **Prerequisites:** notebook 03 (share of maximum and endurance
# time); notebook 00 for the map of the chain.

# %% [markdown]
# ## Setup
#
# Run this cell first: it loads the models of this notebook and the collection's figure style.

# %%
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import compensation, fatigue, spasticity, spine
from msbackpain.chain import loop_words
from msbackpain.lessons.compensation_and_spasticity import checks as check
from msbackpain.lessons.compensation_and_spasticity import quiz
from msbackpain.lessons.compensation_and_spasticity.captions import TEXTS
from msbackpain.lessons.compensation_and_spasticity.diagrams import (
    make_compensation,
    make_spasticity,
)
from msbackpain.lessons.compensation_and_spasticity.figures import (
    plot_drug_tradeoff,
    plot_helpers_vs_weakness,
)
from msbackpain.ui import style
from msbackpain.ui.chain_map import draw_loop
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. Who takes over when one group weakens?
#
# Leaning forward, the weight of the upper body tries to fold the trunk further. The
# **[extensor](glossary.md#extensor-muscles)**
# muscles of the back and hip (the muscles that straighten them) hold it with a
# [turning force](glossary.md#moment), a
# *moment*, measured in newton-metres (N·m). Our teaching model lumps five extensor groups
# together as if they all acted about one joint: the lumbar erector spinae (long muscles beside
# the lower spine), the multifidus (short deep muscles between the
# [vertebrae](glossary.md#vertebra)), the quadratus
# lumborum (between the lowest rib and the pelvis), the
# [gluteus maximus](glossary.md#gluteus-maximus) (the large buttock
# muscle) and the hamstrings (the back of the thigh). It gives each a *capacity*, the largest
# moment it can produce. These capacities are **round numbers we chose**, of a plausible size,
# not measurements.
#
# **This lumping is wrong anatomy, kept until the model is corrected.** Only structures that
# cross the lowest lumbar joint ([L5/S1](glossary.md#l5s1)) can carry the extensor moment there:
# the erector spinae
# and the multifidus, a little of the quadratus lumborum (when the muscles of both sides work
# together), and passive tissues such as the thoracolumbar fascia, ligaments and discs. The
# gluteus maximus and the hamstrings extend the *hip*: their moment acts about the hip joint, so
# they cannot take over a lumbar moment in a still posture. What people with weak back
# extensors really do is change *strategy*: bend more at the hips, lean on their arms, hang on
# their passive tissues or brace the trunk, and each of these moves load somewhere else. In the
# tables below, read the two hip groups' shares as arithmetic of the sharing rule, not as
# anatomy.

# %%
capacities = pd.Series(compensation.DEFAULT_CAPACITIES_NM, name="capacity (N·m)")
print(f"total capacity: {capacities.sum():.0f} N·m")
capacities.to_frame()

# %% [markdown]
# **The sharing rule** (`msbackpain.compensation`, a teaching model of our own): a required moment
# *M* is shared in proportion to capacity: a group that can produce twice the moment carries
# twice the share. In symbols, share<sub>k</sub> = *M*·c<sub>k</sub>/Σc, where c<sub>k</sub> is
# the capacity of group *k* and Σc the sum of all five capacities. Then every group works at the
# same share of its own maximum, *M*/Σc. This is the sharing that keeps the
# most-loaded group as lightly loaded as possible, which is a reasonable guess for a nervous
# system that avoids fatigue; real muscles do not share exactly like this.
#
# What moment is realistic? Notebook 05's static model of the lower back gives a rough idea: for
# a 70 kg person, the moment at the lowest lumbar disc grows with the forward lean of the trunk.

# %%
lean_deg = np.arange(0, 46)
moment = spine.l5s1_load(70, lean_deg).moment_Nm
lean_55 = lean_deg[np.argmax(moment >= 55)]
print(f"a 70 kg person needs 55 N·m at a forward lean of about {lean_55}° (notebook 05's model)")

# %% [markdown]
# So we use **55 N·m**, a moderate forward lean, as the running example. First with all groups
# healthy, then with the lumbar erector spinae (ES in the tables) 60% weaker:

# %%
healthy = compensation.compensation(55)
weak = compensation.compensation(55, weakness=0.6)
pd.DataFrame(
    {
        "healthy: share (N·m)": healthy.share_Nm.round(1),
        "healthy: % of own max": (100 * healthy.relative_load).round(1),
        "weak ES: share (N·m)": weak.share_Nm.round(1),
        "weak ES: % of own max": (100 * weak.relative_load).round(1),
        "weak ES: endurance (min)": weak.endurance_min.round(1),
    },
    index=healthy.names,
)

# %%
endurance = {}
for label, model in [
    ("three-compartment (fitted)", "three_compartment"),
    ("Rohmert 1960", "rohmert"),
    ("exponential curve", "exponential"),
]:
    endurance[label] = [
        float(compensation.compensation(55, w, endurance_model=model).endurance_min[0])
        for w in (0.0, 0.6)
    ]
pd.DataFrame(endurance, index=["all healthy (min)", "ES 60% weaker (min)"]).T.round(1)

# %% [markdown]
# With every group healthy, each works at 14.5% of its maximum. That is below the fitted
# fatigue model's no-failure load of 16% (notebook 03) and below the 15% where Rohmert's curve
# [@rohmert1960] ends, so by both the hold has **no time limit** (`inf`, Python's word for
# infinity; for Rohmert's curve that is our reading of "very long").
#
# **That "no time limit" is an artefact of the fitted model**, not a property of muscles. Measured
# sustained holds are limited above about 7.9% of maximum [@bjorksten1977], and the published
# fatigue and recovery rates for the trunk [@freylaw2012] allow no more than 9.0% with no time
# limit (notebook 03). The cell below uses that published trunk pair (F = 0.00755, R = 0.00075
# per second) for the same two holds:

# %%
trunk_F, trunk_R = 0.00755, 0.00075  # the published trunk pair (notebook 03)
for label, result in (("all healthy", healthy), ("ES 60% weaker", weak)):
    share = float(result.relative_load[0])
    seconds = float(fatigue.three_compartment_endurance_s(share, trunk_F, trunk_R))
    print(f"{label:14s} {100 * share:.1f}% of maximum: {seconds / 60:.1f} min with the trunk pair")

# %% [markdown]
# With the published trunk pair even the healthy hold is limited, to about 20 minutes. With the
# erector spinae 60% weaker, the other four groups take over part of their load (in the model)
# and *every* group works at 17.9% of its maximum: the hold now lasts about 13.6 minutes with
# the trunk pair, 13.4 minutes in the fitted model and 9.0 minutes by Rohmert's curve. The
# exponential curve has no threshold at all: it gives 13.9 minutes even when healthy, falling to
# 10.0. The curves disagree on the minutes, and on whether the healthy hold is limited at all,
# but all say the same thing: weakness in one group makes the hold more tiring for every group.
# Keep in mind that the exponential curve, and the fitted model built on it, come from elbow
# flexion measured at 30–70% of maximum [@ergonomics2018]. Applying them to back and hip
# muscles at 14–20% of maximum is an extrapolation in both the joint and the load, and the trunk
# is more fatigue-resistant than the elbow [@freylaw2010]. (In this model the weakened group
# also works at 17.9% of its *reduced* maximum; that follows from the sharing rule.)
#
# ### Interactive: which muscles take over
#
# Choose which group is weak and how weak, the moment to hold and the endurance curve. The left
# panel shows the moment each group carries (plain bars: all healthy; hatched: with the
# weakness), and its title the share of its own maximum at which every group works. The right
# panel shows how long each can hold it. Try the
# [quadratus lumborum](glossary.md#quadratus-lumborum): losing most of a small
# group changes little. Then try the erector spinae or the multifidus. (The dropdown also offers
# the gluteus maximus and hamstrings; remember that in real anatomy they do not carry the lumbar
# moment.)

# %%
comp = make_compensation()
comp.show()

# %% [markdown]
# How does the hold change as the weakness grows? The left panel below follows the load of every
# group as the erector spinae weaken, with two reference lines: 15% of maximum (where Rohmert's
# curve ends) and the fitted model's no-failure load. The right panel shows the endurance by the
# three curves.

# %%
fig = Figure(figsize=(10, 4.2))
ax_load, ax_time = fig.subplots(1, 2)
plot_helpers_vs_weakness(ax_load, ax_time, moment_Nm=55)
show_figure(fig, TEXTS["helpers-vs-weakness"])

# %%
no_failure = fatigue.fatigue_threshold_load()
w_limit = compensation.weakness_for_helper_fraction(55, no_failure)
print(
    f"every group passes the no-failure load ({100 * no_failure:.1f}%) "
    f"at an erector spinae weakness of {100 * float(w_limit):.1f}%"
)

# %% [markdown]
# A weakness of about 30% is enough to turn the hold from unlimited into a limited one in the
# fitted model. Because the "unlimited" hold is an artefact of that fit, so is this 30%: by the
# measurements the healthy hold is already limited. Notice also how much the endurance curves
# disagree near 15%: the exponential curve never predicts an unlimited hold, the other two do.
# Near a threshold, small differences between models become large differences in predicted
# time.
#
# ### Exercise 1: when does the weakness start to matter?
#
# At what weakness of the erector spinae, in **percent**, does every group pass **15%** of its
# own maximum while holding 55 N·m? *Hint:* solve 55/(380 − *w*·120) = 0.15 for *w*, or look for
# a function in `compensation`.

# %% tags=["exercise"]
weakness_at_15_pct = ...

check.exercise_1(weakness_at_15_pct)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# weakness_at_15_pct = 100 * float(compensation.weakness_for_helper_fraction(55, 0.15))
#
# check.exercise_1(weakness_at_15_pct)
# ```
#
# About 11%. By hand: 380 − 55/0.15 = 13.3 N·m must be lost, and 13.3/120 = 0.111. The groups
# started so close to 15% that a small weakness pushes them over it.
# </details>

# %% [markdown]
# ### Exercise 2: which weakness hurts most?
#
# Suppose one group loses **half** of its strength while the body holds 55 N·m. Which group's
# weakness shortens the hold the most? Give its name exactly as in `compensation.
# DEFAULT_CAPACITIES_NM` (for example `"multifidus"`). *Hint:* try each name in
# `compensation.compensation(55, 0.5, name)` and compare the endurance, or think about the sharing
# rule.

# %% tags=["exercise"]
worst_group = ...

check.exercise_2(worst_group)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# endurance = {
#     name: float(compensation.compensation(55, 0.5, name).endurance_min[0])
#     for name in compensation.DEFAULT_CAPACITIES_NM
# }
# print(endurance)
# worst_group = min(endurance, key=endurance.get)
#
# check.exercise_2(worst_group)
# ```
#
# The lumbar erector spinae. Every group works at *M*/Σc, so what matters is how much capacity
# is lost: half of the largest group (60 N·m) removes more than half of any other. Losing half of
# the multifidus or quadratus lumborum keeps the load below the fitted model's no-failure limit
# (itself too high, see above).
# </details>

# %% [markdown]
# ### The overcompensation loop
#
# Overloaded helpers tire, tired muscles ache, and exhaustion makes people move less, which
# brings in the disuse loop of notebook 03. In the collection's causal graph this is the
# *overcompensation* loop:

# %%
print(loop_words("overcompensation"))

fig = Figure(figsize=(10, 4.8))
draw_loop(fig.add_subplot(), "overcompensation")
show_figure(fig, TEXTS["overcompensation-loop"])

# %% [markdown]
# ## 2. Spasticity: resistance that grows with speed
#
# The damage that weakens muscles can also make them **spastic**. The
# *[stretch reflex](glossary.md#stretch-reflex)* is an
# automatic contraction of a muscle when it is stretched, wired through the spinal cord; after
# damage to the pathways from the brain it can become over-excitable. Lance [-@lance1980] defined
# spasticity as a motor disorder with a *velocity-dependent* (speed-dependent) increase in tonic
# stretch reflexes ([muscle tone](glossary.md#muscle-tone)) and exaggerated tendon jerks, caused by
# an over-excitable
# stretch reflex. In
# plain words: when someone else moves a relaxed limb, a spastic muscle resists, and it resists
# more the faster the limb is moved. In MS it is common: more than 80% of people in a large
# North American registry survey reported some spasticity [@bethoux2016]. In an earlier survey
# of the same registry [@rizzo2004], 16% reported none, 31% minimal, 19% mild, 17% moderate, 13%
# severe and 4% total spasticity.
#
# Spasticity can also hurt by itself. Spasticity pain and painful spasms are classed as *mixed*
# pain: the lesion is in the brain or spinal cord, but the pain arises through the pain sensors
# of the overactive muscle [@truini2013]. That is a direct path from spasticity to back pain,
# besides the path through posture.
#
# **The model** (`msbackpain.spasticity`). Its core is Feldman's *tonic stretch reflex
# threshold* (the λ model) [@levin1994; @calota2009]. In words: someone else bends a relaxed
# joint through 90°. The reflex only joins in once the joint has turned past a *threshold
# angle*, and the faster the stretch, the earlier that angle comes. In symbols, the joint is
# stretched at a velocity ω (degrees per second) and has turned through an angle θ (degrees, 0
# to 90). The threshold angle λ falls as the stretch gets faster,
#
# λ(ω) = λ* − μ·ω,
#
# where λ* (degrees) is the threshold for a very slow stretch and μ (seconds) says how fast it
# falls with speed;
#
# and the resistance (a torque, a turning force in N·m) is a passive part (the tissues' own
# springiness k<sub>p</sub> and stickiness b) plus a reflex part, which grows with the angle past
# the threshold at a rate G (the reflex gain):
#
# τ = k<sub>p</sub>·θ + b·ω + G·(θ − λ(ω))<sub>+</sub>,
#
# where (x)<sub>+</sub> means x when positive and 0 otherwise. At the end of the range the reflex
# joins in above the velocity ω<sub>th</sub> = (λ* − 90°)/μ. A healthy reflex has its threshold
# λ* far beyond the range, so a passive stretch meets no reflex at all. The threshold λ(ω) is
# Feldman's; the torque formula that adds a passive and a reflex part is our simplification, and
# every parameter below is a teaching choice, not a measurement (in the code's names: λ* is
# `static_threshold_deg`, μ is `velocity_sensitivity_s`, G is `reflex_gain_Nm_per_deg`,
# k<sub>p</sub> is `passive_stiffness_Nm_per_deg` and b is `viscosity_Nm_s_per_deg`):

# %%
params = spasticity.StretchReflex()
lines = [f"{name:30s} {value:g}" for name, value in vars(params).items()]
threshold_velocity_default = float(spasticity.velocity_threshold_deg_s(params=params))
lines.append(
    f"reflex joins in at the end of the range above {threshold_velocity_default:.0f} deg/s"
)
print("\n".join(lines))

# %% [markdown]
# ### The Modified Ashworth Scale, in words
#
# Clinicians grade spasticity by moving the limb by hand. The Modified Ashworth Scale of Bohannon
# and Smith [-@bohannon1987] has six grades; in paraphrase:

# %%
pd.DataFrame(
    {"meaning (paraphrased)": list(spasticity.ASHWORTH_DESCRIPTIONS.values())},
    index=pd.Index(list(spasticity.ASHWORTH_DESCRIPTIONS), name="grade"),
)

# %% [markdown]
# To turn the model into a grade we need more **assumptions**: the examiner moves the limb through
# the range in about one second (90 deg/s), feels a "catch" where the reflex torque reaches
# 1 N·m, and calls the movement difficult (grade 3) above 25 N·m and rigid (grade 4) above
# 50 N·m. Otherwise a catch in the last tenth of the range is grade 1, a catch followed by
# resistance through less than half of the range is 1+, and more than half is 2
# (`spasticity.ashworth_grade`).

# %%
grade = spasticity.ashworth_grade()
print(
    f"assumed test speed:            {spasticity.ASHWORTH_TEST_VELOCITY_DEG_S:g} deg/s\n"
    f"reflex torque felt as a catch: {spasticity.CATCH_TORQUE_NM:g} N·m\n"
    f"difficult / rigid above:       {spasticity.DIFFICULT_TORQUE_NM:g} / "
    f"{spasticity.RIGID_TORQUE_NM:g} N·m\n\n"
    f"grade {grade.grade}: {grade.description}\n"
    f"catch at {grade.catch_angle_deg:.1f}° of 90°, peak resistance {grade.peak_torque_Nm:.2f} N·m"
)

# %% [markdown]
# With the default parameters the model gives grade 1+: a catch near the end of the range. The
# thresholds in this mapping are our choices; a different examiner, or a different choice, could
# put the same muscle one grade higher or lower. The scale itself is
# [ordinal](glossary.md#ordinal-scale): it orders muscles
# from less to more spastic, but 2 is not "twice" 1.
#
# ### Interactive: spasticity
#
# Move the stretch velocity, the static reflex threshold λ* (lower means more spastic) and the
# effect of an anti-spasticity drug (0 = none, 1 = its full effect in this model; this is not a
# dose). The left panel shows the resistance at the end of the range against velocity; the right
# panel one stretch at the chosen velocity, through the range. The note above the picture gives
# the Ashworth grade at the assumed test speed of 90 deg/s.

# %%
spastic = make_spasticity()
spastic.show()

# %% [markdown]
# Slow stretches meet only the passive resistance; above the threshold velocity the reflex adds
# more and more. That is the "velocity-dependent" part of Lance's definition, and it is why the
# same stiff leg can feel loose when moved slowly and catch when moved fast.
#
# ### Exercise 3: a less spastic muscle
#
# For a muscle with a static reflex threshold λ* = **110°** (other parameters unchanged), above
# what stretch velocity, in **deg/s**, does the reflex resist at the end of the 90° range?

# %% tags=["exercise"]
threshold_velocity = ...

check.exercise_3(threshold_velocity)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# less_spastic = spasticity.StretchReflex(static_threshold_deg=110)
# threshold_velocity = float(spasticity.velocity_threshold_deg_s(params=less_spastic))
#
# check.exercise_3(threshold_velocity)
# ```
#
# (110 − 90)/0.25 = 80 deg/s, twice the default. Raising λ* by 10° moves the threshold velocity
# by 10/μ = 40 deg/s.
# </details>

# %% [markdown]
# ## 3. The drug trade-off
#
# Medicines such as baclofen and tizanidine reduce spasticity. Sleepiness and muscle weakness are
# commonly reported [side effects](glossary.md#side-effect); in a comparison of the two drugs
# in 66 people with MS, weakness was the most common adverse effect with baclofen [@bass1988].
# Stopping them suddenly can worsen spasticity for a while [@stien1987]. But when strength was
# *measured*, in a cross-over trial in 16 people with MS who took each drug in turn, isometric
# muscle strength did not change with either drug, although weakness and falls were reported
# [@crossover1988]. The weakness people notice may be in how strength is used rather than a loss
# of maximal force. One way to read it is that the drug "unmasks" weakness that the stiffness
# had been hiding: that is an **interpretation**, not an established finding.
#
# Our model describes a drug *effect* d between 0 and 1, not a dose, with two **teaching
# assumptions**: the reflex gain is multiplied by (1 − 0.8·d) and voluntary strength by
# (1 − 0.25·d). **The second is not supported by the measurements**: the cross-over trial
# above found no loss of measured strength, so a 25% loss at full effect contradicts it. It is
# kept until the model is corrected, to show how a loss of strength *would* travel through the
# chain; read every number below that depends on it as "what if".

# %%
print(
    f"reflex gain × (1 − {spasticity.DRUG_REFLEX_REDUCTION:g}·d), "
    f"voluntary strength × (1 − {spasticity.DRUG_STRENGTH_REDUCTION:g}·d)"
)
tradeoff = spasticity.drug_tradeoff([0.0, 0.25, 0.5, 0.75, 1.0])
pd.DataFrame(
    {
        "drug effect": tradeoff["drug_effect"],
        "peak resistance at 90 deg/s (N·m)": tradeoff["peak_torque_Nm"].round(2),
        "Ashworth grade": tradeoff["grade"],
        "voluntary strength (%)": (100 * tradeoff["strength_fraction"]).round(1),
    }
)

# %%
fig = Figure(figsize=(9, 4.2))
plot_drug_tradeoff(fig.add_subplot())
show_figure(fig, TEXTS["drug-tradeoff"])

# %% [markdown]
# At its full effect the model's drug lowers the grade from 1+ to 1 and leaves 75% of voluntary
# strength (the unsupported assumption). *If* there were a 25% loss of strength, what would it
# mean for the back? If it affected all five extensor groups equally (a further assumption), the
# 55 N·m hold of section 1 would change like this:

# %%
weaker_all = {name: 0.75 * c for name, c in compensation.DEFAULT_CAPACITIES_NM.items()}
on_drug = compensation.compensation(55, capacities_Nm=weaker_all)
print(
    f"without the drug:          {100 * healthy.relative_load[0]:.1f}% of maximum, "
    f"endurance {fatigue.endurance_words(healthy.endurance_min[0])}\n"
    f"with the full drug effect: {100 * on_drug.relative_load[0]:.1f}% of maximum, "
    f"endurance {fatigue.endurance_words(on_drug.endurance_min[0])}"
)

# %% [markdown]
# In the model, the same hold moves from 14.5% to 19.3% of maximum and from no time limit to
# about 10 minutes. Both ends of that comparison rest on numbers this notebook has flagged: the
# strength loss that measurement did not find, and the "no time limit" of the fitted fatigue
# model. What the model does show is the logic: *if* a medicine lowered strength, the back
# muscles would work at a higher share of their maximum and tire sooner. This is a reason to
# understand trade-offs, not a reason to take or avoid any medicine: real decisions weigh many
# things these small models leave out, and they belong to each person and their care team.
#
# ### Exercise 4: where does the grade change?
#
# Using the default muscle, what is the **smallest** drug effect d, on the grid 0, 0.01, 0.02,
# …, 1, at which the model's Ashworth grade drops below 1+? Give d as a number between 0 and 1.
# *Hint:* loop over the grid and call `spasticity.ashworth_grade(drug_effect=d)`.

# %% tags=["exercise"]
smallest_drug_effect = ...

check.exercise_4(smallest_drug_effect)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# for d in np.round(np.arange(0, 1.0001, 0.01), 2):
#     if spasticity.ashworth_grade(drug_effect=float(d)).grade != "1+":
#         smallest_drug_effect = float(d)
#         break
# strength = 100 * float(spasticity.strength_factor(smallest_drug_effect))
# print(f"drug effect {smallest_drug_effect}: voluntary strength {strength:.1f}%")
#
# check.exercise_4(smallest_drug_effect)
# ```
#
# d = 0.54. The catch moves into the last tenth of the range when the reflex gain has fallen far
# enough (1/G' ≥ 3.5°, so 0.5·(1 − 0.8·d) ≤ 0.286). At that point voluntary strength is 86.5%
# in the model: the grade improves by one step and, by the model's unsupported assumption, the
# muscles lose about an eighth of their strength.
# </details>

# %% [markdown]
# ## Quiz
#
# Six questions check the mechanisms of this notebook: how the load is shared, why the
# endurance curves disagree, why spasticity depends on speed and what the drug trade-off
# means in the model. Answer in the form below (a running kernel gives instant feedback);
# without a kernel, the questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * When one extensor group weakens, the others take over, and in the proportional-sharing
#   teaching model *every* group then works at a higher share of its maximum.
# * Only structures that cross L5/S1 (erector spinae, multifidus, a little quadratus lumborum,
#   passive tissues) carry the lumbar extensor moment; the model's hip groups are wrong anatomy,
#   kept until it is corrected.
# * Near 15% of maximum small weaknesses matter: at 55 N·m an 11% weaker erector spinae pushes
#   every group past 15%. The fitted model's "no time limit" below 16% is an artefact: measured
#   holds are limited above about 8% [@bjorksten1977].
# * Endurance predictions depend on the curve: the fitted three-compartment model, Rohmert's
#   curve, the exponential curve and the published trunk pair agree on the direction but not on
#   the minutes.
# * Spasticity is resistance that grows with the speed of a stretch [@lance1980]; Feldman's
#   threshold model describes it [@levin1994]; the Modified Ashworth Scale grades it in words
#   [@bohannon1987]. Our mapping from model to grade is a set of assumptions.
# * Anti-spasticity drugs reduce spasticity and weakness is commonly reported [@bass1988], but
#   measured strength did not change in a cross-over trial [@crossover1988]; the model's 25%
#   loss of strength is not supported. "Unmasking weakness" is an interpretation.
#
# ## What's next
#
# Notebook 05 follows the chain to posture, [gait](glossary.md#gait) and balance: how a changed
# posture raises the
# load on the lower back, and how slowed sensory feedback makes standing less steady.

# %% [markdown]
# ## References
#
# Every source cited in this notebook and its quiz, figures and exercises:
