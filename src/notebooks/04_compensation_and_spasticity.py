# %% [markdown]
# # Compensation and spasticity: two joints, new strategies, and stiffness that grows with speed
#
# The body does not simply give up a task when some muscles are weak. Bending over a sink or a
# low drawer still needs the back to be held against the weight of the upper body, so a person
# whose back muscles are weaker either works them harder or does the task differently: bends
# more at the hips and knees, leans on a hand, lets the trunk hang a little further forward, or
# braces the whole trunk. Each of these moves load and tiredness somewhere else. Notebook 03
# showed that a muscle working closer to its limit tires much sooner. The same damage to the
# nerve pathways can also cause *spasticity*: a muscle that resists being stretched, and resists
# more the faster the limb is moved. This notebook explores both with small teaching models:
# simplified calculations built to show one idea clearly, not to predict what happens in a
# particular person. Where a model disagrees with measurements or anatomy, the notebook says so
# next to the number.
#
# **What you will learn.** By the end you will be able to:
#
# * say which structures carry the moment at the lowest lumbar joint and which carry the moment
#   at the hip, and explain why weaker back muscles work harder while the hip muscles' load
#   stays the same;
# * describe four changes of strategy (hip hinge, arm support, leaning on passive tissue,
#   bracing) and, for each, where the load and the fatigue go;
# * estimate how soon the back muscles tire with the published trunk fatigue rates, and explain
#   why an older "no time limit" was an artefact;
# * define spasticity, explain how it depends on the speed of a stretch, and describe how the
#   [Modified Ashworth Scale](glossary.md#modified-ashworth-scale) grades it in words;
# * describe what is known about [anti-spasticity](glossary.md#anti-spasticity-drug) medicines
#   and strength (less spasticity; measured strength unchanged; weakness reported), and why they
#   must never be stopped suddenly without medical advice (this is not advice about any
#   medicine).
#
# **Time:** about 40 minutes. **Prerequisites:** notebook 03 (share of maximum and endurance
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
    plot_drug_effects,
    plot_strategy_mix,
    plot_two_joints,
)
from msbackpain.ui import style
from msbackpain.ui.chain_map import draw_loop
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. Two joints: who can carry the lumbar moment?
#
# Leaning forward, the weight of the upper body tries to fold the trunk further. The
# **[extensor](glossary.md#extensor-muscles)** muscles (the muscles that straighten a joint)
# hold it with a [turning force](glossary.md#moment), a *moment*, measured in newton-metres
# (N·m). A muscle can only produce a moment about a joint it crosses, and a forward lean must be
# held at **two** joints at once:
#
# * at the lowest lumbar joint, **[L5/S1](glossary.md#l5s1)**, by the lumbar extensors: the
#   erector spinae (long muscles beside the spine) and the multifidus (short deep muscles
#   between the [vertebrae](glossary.md#vertebra)). The
#   [quadratus lumborum](glossary.md#quadratus-lumborum) (between the lowest rib and the pelvis)
#   adds a small share when the muscles of both sides work together; one side alone bends the
#   trunk sideways. Passive tissue also carries part of the moment: the thoracolumbar fascia,
#   the ligaments and the discs. Near full forward bending the back muscles fall silent and the
#   passive tissue holds the trunk, the *flexion–relaxation phenomenon*; when the back muscles
#   are tired they fall silent earlier in the movement [@descarreaux2008];
# * at the **hip**, by the [gluteus maximus](glossary.md#gluteus-maximus) (the large buttock
#   muscle) and the hamstrings (the back of the thigh). Their moment is about the hip joint, so
#   they cannot take over a moment at L5/S1.
#
# The model (`msbackpain.compensation`) gives each group a *capacity*, the largest moment it can
# produce. These capacities are **round numbers we chose**, of a plausible size, not
# measurements. As a check on their size: healthy adults in a bed-rest study produced a mean back
# extension strength of 249 ft-lb, about 340 N·m, before bed rest [@muir2011].

# %%
lumbar = pd.Series(compensation.LUMBAR_CAPACITIES_NM, name="capacity (N·m)")
hip = pd.Series(compensation.HIP_CAPACITIES_NM, name="capacity (N·m)")
print(f"lumbar extensors (about L5/S1), both sides: {lumbar.sum():.0f} N·m in total")
print(f"hip extensors (about the hip), both legs:    {hip.sum():.0f} N·m in total")
pd.concat({"L5/S1": lumbar, "hip": hip}).to_frame()

# %% [markdown]
# The three lumbar extensors share the L5/S1 moment in proportion to their capacities, so each
# works at the same share of its maximum (`compensation.two_joint_loads`); the same holds for
# the two hip extensors and the hip moment, which is a little larger than the L5/S1 moment
# because the hip lies lower (`compensation.HIP_TO_LUMBAR_MOMENT`, an assumption).
#
# What moment is realistic? Notebook 05's static model of the lower back gives a rough idea: for
# a 70 kg person, the moment at L5/S1 grows with the forward lean of the trunk.

# %%
lean_deg = np.arange(0, 46)
moment = spine.l5s1_load(70, lean_deg).moment_Nm
lean_55 = lean_deg[np.argmax(moment >= 55)]
print(f"a 70 kg person needs 55 N·m at a forward lean of about {lean_55}° (notebook 05's model)")

# %% [markdown]
# So we use **55 N·m**, a forward lean of about {{lean_deg}}, as the running example. First with
# full strength, then with the back extensors **40% weaker**. That 40% is an illustration: trunk
# muscles are weaker and less enduring in ambulant people with MS than in matched controls
# [@kordi2017], but no study we could check gives a percentage for the back extensors. The
# person keeps the same posture:

# %%
cases = {"full strength": 1.0, "back 40% weaker": 0.6}
rows = {}
for label, strength in cases.items():
    loads = compensation.two_joint_loads(55, strength)
    rows[label] = {
        "back extensors: % of max": 100 * float(loads.lumbar_relative_load),
        "back extensors: endurance (min)": float(
            compensation.endurance_min(loads.lumbar_relative_load, "lumbar")
        ),
        "hip extensors: % of max": 100 * float(loads.hip_relative_load),
        "hip extensors: endurance (min)": float(
            compensation.endurance_min(loads.hip_relative_load, "hip")
        ),
    }
pd.DataFrame(rows).round(1)

# %% [markdown]
# With the back 40% weaker, the back extensors work at {{back_load_weak}} of what they can
# still produce instead of {{back_load_healthy}}, and the hold shortens from
# {{back_endurance_healthy}} to {{back_endurance_weak}}. The hip extensors' load does not change
# at all ({{hip_load}} in both rows): nothing about the back's strength changes the moment at
# the hip.
#
# The endurance times use the three-compartment fatigue model with the published **trunk**
# rates of Frey-Law and colleagues [-@freylaw2012] (fatigue F = 0.00755 and recovery
# R = 0.00075 per second; notebook 03). With them no load above {{trunk_threshold}} of maximum
# can be held without a time limit, in line with the 6–9% of the published per-joint fits and
# with measured sustained holds, which are limited above about 7.9% of maximum
# [@bjorksten1977]. There is no published pair for the hip, so the hip extensors use the trunk
# pair too (an assumption). Two easy mistakes would make this hold look endless: spreading the
# moment over hip muscles that cannot carry it, and using a fatigue fit from elbow data, which
# allows about twice the trunk's no-limit load (notebook 03). The cell below shows how much the
# minutes depend on the curve:

# %%
curves = {
    "three-compartment, trunk pair (used here)": lambda f: fatigue.endurance_time_min(
        f, joint="trunk"
    ),
    "three-compartment, elbow fit (older)": lambda f: fatigue.endurance_time_min(
        f, joint="elbow fit"
    ),
    "Rohmert 1960": lambda f: fatigue.endurance_time_min(f, "rohmert"),
    "exponential curve (elbow data)": lambda f: fatigue.endurance_time_min(f, "exponential"),
}
shares = [float(compensation.two_joint_loads(55, s).lumbar_relative_load) for s in (1.0, 0.6)]
pd.DataFrame(
    {name: [float(curve(f)) for f in shares] for name, curve in curves.items()},
    index=["full strength (min)", "back 40% weaker (min)"],
).T.round(1)

# %% [markdown]
# The curves disagree on the minutes (`inf` is Python's word for infinity: no time limit in that
# curve), but they agree on the direction: weaker back extensors tire sooner. The exponential
# curve, and the elbow fit built on it, come from elbow flexion measured at 30–70% of maximum
# [@ergonomics2018]; applying them to back muscles at the lower loads of this example is an
# extrapolation in both the joint and the load, and the trunk is more fatigue-resistant than the
# elbow [@freylaw2010]. As a check on the trunk pair with our capacities: holding the
# unsupported upper body horizontal, a moment of about {{horizontal_moment}} in the spine model,
# the full-strength back extensors last {{horizontal_endurance}} in the model.
#
# The figure follows both joints as the back extensors weaken, with the posture unchanged:

# %%
fig = Figure(figsize=(10, 4.2))
ax_load, ax_time = fig.subplots(1, 2)
plot_two_joints(ax_load, ax_time, moment_Nm=55)
show_figure(fig, TEXTS["two-joints"])

# %% [markdown]
# ### Exercise 1: the weaker back, posture unchanged
#
# The back extensors are **40% weaker** and the person holds **55 N·m** at L5/S1 without
# changing anything. At what share of their remaining maximum, in **percent**, do the back
# extensors work? *Hint:* divide the moment by the maximum that is left
# (`compensation.lumbar_capacity_Nm`).

# %% tags=["exercise"]
back_load_pct = ...

check.exercise_1(back_load_pct)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# back_load_pct = 100 * 55 / float(compensation.lumbar_capacity_Nm(0.6))
#
# check.exercise_1(back_load_pct)
# ```
#
# About {{back_load_weak}}: 55 N·m over the 60% of the capacity that is left. The hip extensors
# cannot share it, because they do not cross L5/S1.
# </details>

# %% [markdown]
# ## 2. A change of strategy
#
# People whose back extensors are weaker rarely keep doing a task the same way. They change
# *strategy*, and each strategy moves load and fatigue somewhere else:
#
# * **Hip hinge**: bending more at the hips and knees so that the trunk stays more upright. The
#   moment at L5/S1 depends on how far the upper body leans out, not on where the bending
#   happens, so the hinge helps as far as it keeps the trunk more upright; the hip (and knee)
#   extensors work harder.
# * **Arm support**: a hand on the thigh, a table or a stick takes part of the moment. The arms
#   and shoulders carry that force, and the shoulder is the least fatigue-resistant joint in a
#   large review of endurance data [@freylaw2010].
# * **Leaning on passive tissue**: letting the lower back bend further, into the range where
#   the fascia, ligaments and discs take the load (flexion–relaxation). The back muscles rest,
#   but the lumbar spine is more flexed and the passive tissue is more strained.
# * **Bracing** ([co-contraction](glossary.md#co-contraction)): tightening the abdominal and
#   back muscles together. The trunk is stiffer, but the back extensors must also overcome the
#   abdominal muscles' pull, so effort, fatigue and the
#   [compression](glossary.md#compression-force) of the spine rise.
#
# **The strategy model** (`compensation.strategy_mix`, a teaching model of our own). The person
# keeps the back extensors' effort, the share of their remaining maximum, where a full-strength
# back would work for the same task, and moves the rest to the hip hinge, the arms and the
# passive tissue, each used in proportion to how much it can take (every limit is a labelled
# assumption in the module). Bracing is a separate choice. Here is the running example with the
# back 40% weaker:

# %%
mix = compensation.strategy_mix(55, 0.6)
pd.Series(
    {
        "moved off the back extensors (N·m)": float(mix.shifted_Nm),
        "  of it: hip hinge (N·m)": float(mix.hinge_Nm),
        "  of it: arm support (N·m)": float(mix.arm_Nm),
        "  of it: passive tissue (N·m)": float(mix.passive_Nm),
        "back extensors: % of remaining max": 100 * float(mix.lumbar_relative_load),
        "hip extensors: % of max": 100 * float(mix.hip_relative_load),
        "arms: downward push (N)": float(mix.arm_force_N),
        "extra lumbar flexion into the passive range (deg)": float(mix.extra_flexion_deg),
        "change of L5/S1 compression (N)": float(mix.compression_change_N),
    },
    name="back 40% weaker, strategy changed",
).round(1).to_frame()

# %% [markdown]
# The strategy moves {{shifted}} off the back extensors: {{hinge}} to the hip hinge, {{arms}} to
# the arms and {{passive}} to the passive tissue. The back muscles are back at
# {{back_load_healthy}} of their (smaller) maximum, but nothing is free: the hip extensors now
# work at {{hip_load_strategy}}, the arms push down with {{arm_force}}, and the lower back bends
# {{extra_flexion}} further into the range where the passive tissue is loaded. The compression of
# L5/S1 falls by about {{compression_drop}}, because the back muscles pull less (the model
# assumes the passive tissue pulls at about the muscles'
# [lever arm](glossary.md#lever-arm), so leaning on it does not lower the compression). Load
# is not damage: a strained ligament or a working hip muscle is doing its job; what the model
# shows is *where* the work and the tiredness go.
#
# ### Interactive: where does the lumbar moment go?
#
# Move the back extensors' strength, the moment to hold, whether something to lean on is at
# hand, and how hard the trunk is braced. The left panel shows where the moment at L5/S1 goes
# when the person changes nothing and when they change strategy; the right panel shows the load
# of the back extensors, the hip extensors and the arms as a share of each one's maximum, with
# the endurance time by the trunk pair (shoulder pair for the arms). Try full strength (nothing
# moves), then 30%, then take away the arm support, then add bracing.

# %%
comp = make_compensation()
comp.show()

# %% [markdown]
# The figure follows the whole range of strength with the default rule: the weaker the back,
# the more the person hinges, leans on a hand and hangs on the passive tissue.

# %%
fig = Figure(figsize=(10, 4.2))
ax_moment, ax_cost = fig.subplots(1, 2)
plot_strategy_mix(ax_moment, ax_cost, moment_Nm=55)
show_figure(fig, TEXTS["strategy-mix"])

# %% [markdown]
# Bracing goes the other way. Adding full bracing to the same strategy:

# %%
braced = compensation.strategy_mix(55, 0.6, bracing=1.0)
print(
    f"back extensors without bracing:   {100 * float(mix.lumbar_relative_load):.1f}% of max\n"
    f"back extensors with full bracing: {100 * float(braced.lumbar_relative_load):.1f}% of max\n"
    f"extra compression from bracing:   "
    f"{float(braced.compression_change_N - mix.compression_change_N):+.0f} N"
)

# %% [markdown]
# Full bracing raises the back extensors' load to {{back_load_braced}} and the compression by
# {{brace_compression}} in the model. The stiffer trunk may be worth it for balance or a sudden
# load (the model does not compute stiffness), but it is paid for in effort and fatigue.
#
# ### Exercise 2: which strategy presses the spine together?
#
# Of the four strategies, `"hip hinge"`, `"arm support"`, `"passive tissue"` and `"bracing"`,
# which one **raises** the compression at L5/S1 instead of lowering it? *Hint:* compare
# `compression_change_N` of `compensation.strategy_mix(55, 0.6)` with and without `bracing=1`,
# or think about which muscles pull.

# %% tags=["exercise"]
compressing_strategy = ...

check.exercise_2(compressing_strategy)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# plain = compensation.strategy_mix(55, 0.6)
# braced = compensation.strategy_mix(55, 0.6, bracing=1.0)
# print(f"{float(plain.compression_change_N):+.0f} N without, "
#       f"{float(braced.compression_change_N):+.0f} N with bracing")
# compressing_strategy = "bracing"
#
# check.exercise_2(compressing_strategy)
# ```
#
# Bracing. The abdominal muscles pull the trunk forward while the back extensors pull it back:
# both forces press the vertebrae together. The hip hinge and arm support lower the compression
# by letting the back muscles pull less; leaning on passive tissue leaves it about the same.
# </details>

# %% [markdown]
# ### The overcompensation loop
#
# Structures that take over work tire, tired muscles ache, and exhaustion makes people move
# less, which brings in the disuse loop of notebook 03. In the collection's causal graph this is
# the *overcompensation* loop (a plausible loop, not an established one; the "other tissues"
# are whatever takes the load: the hip extensors, the arms, the passive tissue):

# %%
print(loop_words("overcompensation"))

fig = Figure(figsize=(10, 4.8))
draw_loop(fig.add_subplot(), "overcompensation")
show_figure(fig, TEXTS["overcompensation-loop"])

# %% [markdown]
# ## 3. Spasticity: resistance that grows with speed
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
# With the default parameters the model gives grade {{grade_default}}: a catch at
# {{catch_angle}}, near the end of the range. The
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
# (110 − 90)/0.25 = 80 deg/s, twice the default {{threshold_velocity}}. Raising λ* by 10° moves
# the threshold velocity by 10/μ = 40 deg/s.
# </details>

# %% [markdown]
# ## 4. The drug: less spasticity, strength unchanged
#
# Medicines such as baclofen and tizanidine reduce spasticity. Sleepiness and muscle weakness are
# commonly reported [side effects](glossary.md#side-effect); in a comparison of the two drugs
# in 66 people with MS, weakness was the most common adverse effect with baclofen [@bass1988].
# But when strength was *measured*, in a cross-over trial in 16 people with MS who took each
# drug in turn, isometric muscle strength did not change with either drug, although weakness
# and falls were reported [@crossover1988]. So the weakness people notice is probably in how
# strength is used (for example, stiff legs had been helping to carry the body when standing)
# rather than a loss of maximal force. That reading, like the idea that the drug "unmasks"
# weakness the stiffness had been hiding, is an **interpretation**, not an established finding.
#
# > **Never stop an anti-spasticity medicine suddenly without medical advice.** In a trial in
# > 40 people with MS, about half had a temporary rise in spasticity when either drug was
# > stopped suddenly [@stien1987]. With a pump that delivers baclofen into the spinal fluid
# > (intrathecal baclofen), a sudden stop, for example an empty pump or a fault, can be
# > dangerous, even life-threatening [@mohammed2004]. Changes to these medicines are planned
# > with the care team.
#
# Our model describes a drug *effect* d between 0 and 1, not a dose, with **teaching
# assumptions**: the reflex gain is multiplied by (1 − 0.8·d); maximal (isometric) strength is
# left unchanged, as measured; and the reported weakness is a small loss of *function*, at most
# {{functional_loss_full}} at the full effect (`spasticity.functional_weakness`), a number no
# trial gives.

# %%
print(
    f"reflex gain × (1 − {spasticity.DRUG_REFLEX_REDUCTION:g}·d); maximal strength unchanged; "
    f"function × (1 − {spasticity.DRUG_FUNCTIONAL_WEAKNESS:g}·d)"
)
effects = spasticity.drug_effects([0.0, 0.25, 0.5, 0.75, 1.0])
pd.DataFrame(
    {
        "drug effect": effects["drug_effect"],
        "peak resistance at 90 deg/s (N·m)": effects["peak_torque_Nm"].round(2),
        "Ashworth grade": effects["grade"],
        "maximal strength (%)": (100 * effects["isometric_strength_fraction"]).round(1),
        "function (%, interpretation)": (100 * (1 - effects["functional_weakness"])).round(1),
    }
)

# %%
fig = Figure(figsize=(9, 4.2))
plot_drug_effects(fig.add_subplot())
show_figure(fig, TEXTS["drug-effects"])

# %% [markdown]
# At its full effect the model's drug lowers the peak resistance to a fast stretch from
# {{peak_no_drug}} to {{peak_full_drug}} and the grade from {{grade_default}} to
# {{grade_full_drug}}, while the back extensors' maximum, and so their load and endurance in
# sections 1 and 2, stay the same. What the model cannot show is what a person gains or loses
# from less stiffness (pain, spasms, sleep, walking) or from the small loss of function: real
# decisions weigh many things these small models leave out, and they belong to each person and
# their care team. This is not advice about any medicine.
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
# loss = 100 * float(spasticity.functional_weakness(smallest_drug_effect))
# print(f"drug effect {smallest_drug_effect}: function lost {loss:.1f}% (interpretation)")
#
# check.exercise_4(smallest_drug_effect)
# ```
#
# d = {{first_lower_grade}}. The catch moves into the last tenth of the range when the reflex
# gain has fallen far enough (1/G' ≥ 3.5°, so 0.5·(1 − 0.8·d) ≤ 0.286). Maximal strength is
# unchanged; the model's small loss of function at that effect is {{functional_loss_first}}, an
# interpretation of the weakness people report.
# </details>

# %% [markdown]
# ## Quiz
#
# Six questions check the mechanisms of this notebook: which joint each muscle acts on, where
# each strategy moves the load, why spasticity depends on speed, what is known about the drugs
# and strength, and why they are never stopped suddenly. Answer in the form below (a running
# kernel gives instant feedback); without a kernel, the questions follow with their answers
# folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * A forward lean is held at two joints. At L5/S1: the erector spinae, the multifidus, a small
#   share of the quadratus lumborum (both sides together) and passive tissue. At the hip: the
#   gluteus maximus and the hamstrings, which cannot carry a lumbar moment.
# * With the posture unchanged, weaker back extensors work at a higher share of their maximum
#   ({{back_load_healthy}} → {{back_load_weak}} at 55 N·m when 40% weaker) and tire sooner
#   ({{back_endurance_healthy}} → {{back_endurance_weak}} with the trunk fatigue rates); the hip
#   extensors' load stays the same.
# * Compensation is a change of strategy, and each moves the load elsewhere: the hip hinge to
#   the hip and knee extensors, arm support to the arms and shoulders, leaning to the passive
#   tissue (more flexion) [@descarreaux2008], bracing to more effort and compression.
# * With the published trunk rates no load above {{trunk_threshold}} of maximum is held without a
#   time limit, in line with measured holds [@bjorksten1977]; an older "no time limit" came from
#   elbow data and was an artefact.
# * Spasticity is resistance that grows with the speed of a stretch [@lance1980]; Feldman's
#   threshold model describes it [@levin1994]; the Modified Ashworth Scale grades it in words
#   [@bohannon1987]. Our mapping from model to grade is a set of assumptions.
# * Anti-spasticity drugs reduce spasticity; weakness is commonly reported [@bass1988], but
#   measured isometric strength did not change in a cross-over trial [@crossover1988]. Never
#   stop them suddenly without medical advice [@stien1987; @mohammed2004].
#
# ## What's next
#
# Notebook 05 follows the chain to posture, [gait](glossary.md#gait) and balance: how a changed
# posture raises the load on the lower back, and how slowed sensory feedback makes standing less
# steady.

# %% [markdown]
# ## References
#
# Every source cited in this notebook and its quiz, figures and exercises:
