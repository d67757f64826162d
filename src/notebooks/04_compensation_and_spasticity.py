# %% [markdown]
# # Compensation and spasticity: two joints, new strategies, and stiffness that grows with speed
#
# With weaker back muscles, a person works them harder or does a task differently, moving load
# and tiredness elsewhere. The same nerve damage can
# cause *spasticity*: a muscle that resists being stretched, more so the faster it is moved.
# Both are explored here with small teaching models, not predictions for a particular person.
#
# **What you will learn.** By the end you will be able to:
#
# * say why weaker back muscles work harder while the hip muscles' load stays the same;
# * describe four changes of strategy, and build the rule that shares the load among them;
# * define spasticity, explain why it depends on the speed of a stretch, and name two paths
#   from spasticity to back pain;
# * say what is known about [anti-spasticity](glossary.md#anti-spasticity-drug) medicines and
#   strength (not advice about any medicine).
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | Share of maximum and endurance time | Necessary | [03](03_weakness_and_fatigue.ipynb) |
# | The map of the chain | Helpful | [00](00_start_here.ipynb) |
# | Writing a short Python function, reading a plot | Helpful | [00](00_start_here.ipynb) |

# %% [markdown]
# ## Setup
#
# Run this cell first.

# %%
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import compensation, spasticity  # noqa: F401 (spasticity: for exercise 1)
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
)
from msbackpain.ui import style
from msbackpain.ui.chain_map import draw_loop
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. Two joints: who can carry the lumbar moment?
#
# Leaning forward, the **[extensor](glossary.md#extensor-muscles)** muscles hold the trunk with
# a [turning force](glossary.md#moment), a *moment* (N·m). A muscle only produces a moment about
# a joint it crosses, and a lean is held at **two** joints:
#
# * at the lowest lumbar joint, **[L5/S1](glossary.md#l5s1)**, by the back extensors (erector
#   spinae, multifidus and a small share of the
#   [quadratus lumborum](glossary.md#quadratus-lumborum)) and by passive tissue (fascia,
#   ligaments, discs);
# * at the **hip**, by the [gluteus maximus](glossary.md#gluteus-maximus) and the hamstrings,
#   which therefore cannot take over a moment at L5/S1.
#
# Each group's *capacity* (largest moment) in `msbackpain.compensation` is a **round number we
# chose**, of a plausible size [@muir2011].

# %%
loads = compensation.two_joint_loads(55, np.array([1.0, 0.6]))
pd.DataFrame(
    {
        "back extensors: % of max": 100 * loads.lumbar_relative_load,
        "back: endurance (min)": compensation.endurance_min(loads.lumbar_relative_load),
        "hip extensors: % of max": 100 * loads.hip_relative_load,
    },
    index=["full strength", "back 40% weaker"],
).round(1)

# %% [markdown]
# The example is **55 N·m** at L5/S1, a forward lean of about {{lean_deg}} for a 70 kg person
# (notebook 05's spine model). The 40% weakness is an illustration: trunk muscles are weaker in
# ambulant people with MS than in controls [@kordi2017], but no study we found gives a
# percentage. With the posture unchanged, the back extensors work at {{back_load_weak}} of their
# remaining maximum instead of {{back_load_healthy}}, and the hold shortens from
# {{back_endurance_healthy}} to {{back_endurance_weak}}. The hip extensors stay at {{hip_load}}.
#
# <details><summary>Deeper: where the endurance minutes come from</summary>
#
# The minutes use notebook 03's three-compartment fatigue model with the published **trunk**
# rates [@freylaw2012]. With them no load above {{trunk_threshold}} of maximum is held without
# a time limit, in line with measured sustained holds [@bjorksten1977]. There is no published
# pair for the hip, so the hip uses the trunk pair too (an assumption). Other curves give other
# minutes but the same direction; a fit from elbow data allows about twice the trunk's
# no-limit load, and the trunk is more fatigue-resistant than the elbow
# [@freylaw2010; @ergonomics2018]. As a check: holding the unsupported upper body horizontal, about
# {{horizontal_moment}}, the full-strength back lasts {{horizontal_endurance}} in the model.
# Near full forward bending the back muscles fall silent and passive tissue holds the trunk
# (flexion–relaxation); tired back muscles fall silent earlier [@descarreaux2008].
#
# </details>
#
# This cell draws the figure in full, so you can change it: how long each group can hold each
# moment. An endless hold is drawn as a bar above the plot ("no limit"), never as minutes.

# %%
moments = np.linspace(5, 100, 191)
series = {
    "back extensors, full strength": (1.0, "lumbar"),
    "back extensors, 40% weaker": (0.6, "lumbar"),
    "hip extensors (either strength)": (1.0, "hip"),
}
fig = Figure(figsize=(9, 4.6))
ax = fig.add_subplot()
above = ax.get_xaxis_transform()  # x in N·m, y in axes units: 1 is the top edge
for j, (label, (strength, place)) in enumerate(series.items()):
    loads = compensation.two_joint_loads(moments, strength)
    rel = loads.lumbar_relative_load if place == "lumbar" else loads.hip_relative_load
    minutes = compensation.endurance_min(rel, place)
    endless = ~np.isfinite(minutes)
    color, dash = style.SERIES_COLORS[j], style.LINE_STYLES[j]
    ax.plot(moments, np.where(endless, np.nan, minutes), color=color, ls=dash, lw=2, label=label)
    height = [1.03 + 0.04 * j] * endless.sum()  # a bar above the plot: no number of minutes
    ax.plot(moments[endless], height, color=color, lw=4, transform=above, clip_on=False)
ax.text(30, 1.07, "◀ bars above the plot: no limit (the hold never tires out)", transform=above)
ax.axvline(55, color=style.LIMIT, linestyle=":")
style.plain_log_axis(ax, "y", (1, 3, 10, 30, 100))
ax.set(ylim=(1, 200), xlim=(5, 100), xlabel="moment held at L5/S1 (N·m)")
ax.set_ylabel("endurance time (min, log scale)")
ax.legend(loc="upper right", fontsize="small")
show_figure(fig, TEXTS["two-joints"])

# %% [markdown]
# ## 2. A change of strategy
#
# People with weaker back extensors often change *strategy*, moving load and fatigue elsewhere:
#
# * **Hip hinge**: a more upright trunk lowers the L5/S1 moment; the hips and knees work harder.
# * **Arm support**: a hand on the thigh or a table takes part of it; the shoulders tire easily
#   [@freylaw2010].
# * **Leaning on passive tissue**: the back bends further and ligaments take the load
#   [@descarreaux2008].
# * **Bracing** ([co-contraction](glossary.md#co-contraction)): a stiffer trunk, but more effort
#   and [compression](glossary.md#compression-force).
#
# ### Build the sharing rule
#
# In three steps you build the rule of `compensation.strategy_mix` (our own teaching model): the
# back keeps a full-strength back's effort; three helpers share the rest.
#
# **Step 1: how much must move?** A full-strength back of capacity C holding a demand D works at
# D/C. Keeping that share with only s·C left means the back holds D·s, so the rest, D·(1 − s),
# must move. Write `excess_moment(demand_Nm, back_strength)`.


# %% tags=["exercise", "build"]
def excess_moment(demand_Nm, back_strength):
    return ...


check.build_step_1(excess_moment)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def excess_moment(demand_Nm, back_strength):
#     return demand_Nm * (1 - back_strength)
#
#
# check.build_step_1(excess_moment)
# ```
#
# With the back 40% weaker, 55 × 0.4 = 22 N·m must go elsewhere.
# </details>

# %% [markdown]
# **Step 2: how much can each helper take?** Assumed limits: the hinge
# `compensation.HINGE_MAX_FRACTION` (30%) of the demand; the arms `ARM_MAX_FRACTION` (50%) times
# `arm_support` (1 if something to lean on is at hand, else 0); the passive tissue the demand,
# at most `PASSIVE_MAX_NM` (100 N·m). Return the three as a list in that order.


# %% tags=["exercise", "build"]
def helper_capacities(demand_Nm, arm_support):
    return ...


check.build_step_2(helper_capacities)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def helper_capacities(demand_Nm, arm_support):
#     return [
#         compensation.HINGE_MAX_FRACTION * demand_Nm,
#         compensation.ARM_MAX_FRACTION * arm_support * demand_Nm,
#         np.minimum(demand_Nm, compensation.PASSIVE_MAX_NM),
#     ]
#
#
# check.build_step_2(helper_capacities)
# ```
#
# For 55 N·m with a hand free: 16.5, 27.5 and 55 N·m, 99 N·m in all.
# </details>

# %% [markdown]
# **Step 3: share it out.** The moved moment is the excess, at most the helpers' total; helper i
# takes c<sub>i</sub> × moved / total. Use `np.minimum` (not `min`) so arrays work too. Once
# your rule passes, the rest of this notebook uses it.


# %% tags=["exercise", "build"]
def share_moment(excess_Nm, capacities_Nm):
    return ...


share_rule = check.build_step_3(share_moment)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def share_moment(excess_Nm, capacities_Nm):
#     total = sum(capacities_Nm)
#     moved = np.minimum(excess_Nm, total)
#     return [c * moved / total for c in capacities_Nm]
#
#
# share_rule = check.build_step_3(share_moment)
# ```
#
# All helpers end equally far from their limits. Other rules are possible (the hinge first, or
# the arms only when the back cannot hold); nobody has measured which one people use.
# </details>

# %% [markdown]
# Your rule now drives the strategy model, for the running example:

# %%
mix = compensation.strategy_mix(55, 0.6, share=share_rule)
rows = {
    "hip hinge takes (N·m)": mix.hinge_Nm,
    "arms take (N·m)": mix.arm_Nm,
    "passive tissue takes (N·m)": mix.passive_Nm,
    "back extensors: % of remaining max": 100 * mix.lumbar_relative_load,
    "hip extensors: % of max": 100 * mix.hip_relative_load,
}
pd.Series({k: float(v) for k, v in rows.items()}).round(1).to_frame("back 40% weaker")

# %% [markdown]
# {{shifted}} moves off the back, which is back at {{back_load_healthy}} of its smaller maximum;
# the lower back bends {{extra_flexion}} further. Load is not damage: the model shows *where*
# the work goes.
#
# ### Interactive: where does the lumbar moment go?
#
# Move the strength, the moment, the arm support and the bracing. Left: where the moment goes;
# right: each place's load and endurance. Try 100%, then 30%, then no arm support, then bracing:
# bracing raises the back's load and the spine's compression.

# %%
comp = make_compensation()
comp.show()

# %% [markdown]
# Over the whole range of strength, with your rule:

# %%
fig = Figure(figsize=(10, 4.2))
plot_strategy_mix(*fig.subplots(1, 2), moment_Nm=55, share=share_rule)
show_figure(fig, TEXTS["strategy-mix"])

# %% [markdown]
# > **Think!** The model says changing strategy keeps the back muscles' effort where it was. Why
# > might a physiotherapist still want to train a person *out* of one of these strategies?
#
# <details><summary>One way to think about it</summary>
#
# Each strategy has a price the model only partly counts: tired shoulders, a spine held at the
# end of its range, stiff bracing that costs effort and may make movement less adaptable. In
# this model, of these four strategies, none is free; clinically, which strategy helps depends
# on the person, the task and what can be trained, and building strength and endurance where
# possible is a common aim. The model cannot rank them for anyone.
#
# </details>
#
# ### The overcompensation loop
#
# Helpers tire, and exhaustion makes people move less, joining notebook 03's disuse loop: a
# plausible loop, not an established one, and nobody's fault.

# %%
print(loop_words("overcompensation"))
fig = Figure(figsize=(10, 4.8))
draw_loop(fig.add_subplot(), "overcompensation")
show_figure(fig, TEXTS["overcompensation-loop"])

# %% [markdown]
# ## 3. Spasticity: resistance that grows with speed
#
# The *[stretch reflex](glossary.md#stretch-reflex)*, a muscle's automatic contraction when
# stretched, can become over-excitable after damage to the pathways from the brain. Lance
# [-@lance1980] defined spasticity as a *velocity-dependent* increase in stretch reflexes
# ([muscle tone](glossary.md#muscle-tone)): a relaxed limb moved by someone else resists, more
# the faster it is moved. More than 80% of people in a large registry survey reported some
# spasticity [@bethoux2016], mostly minimal to moderate [@rizzo2004].
#
# **The model** (`msbackpain.spasticity`, Feldman's *threshold* idea [@levin1994; @calota2009]):
# the reflex joins in past an angle that comes earlier the faster the stretch.
#
# <details><summary>Deeper: the equations and the Ashworth mapping</summary>
#
# A joint stretched at velocity ω (deg/s) through an angle θ (0 to 90°) meets a reflex above the
# threshold λ(ω) = λ* − μ·ω, where λ* is the threshold for a very slow stretch and μ (seconds)
# says how fast it falls with speed. The resistance is a passive part plus a reflex part,
# τ = k<sub>p</sub>·θ + b·ω + G·(θ − λ(ω))<sub>+</sub>, with (x)<sub>+</sub> = x when positive
# and 0 otherwise. At the end of the range the reflex joins in above
# ω<sub>th</sub> = (λ* − 90°)/μ. The threshold λ(ω) is Feldman's; the torque formula is our
# simplification, and every parameter is a teaching choice, not a measurement.
#
# Clinicians grade spasticity by moving the limb by hand with the
# [Modified Ashworth Scale](glossary.md#modified-ashworth-scale) [@bohannon1987], six
# [ordinal](glossary.md#ordinal-scale) grades from 0 (no increase in tone) to 4 (rigid). To
# turn the model into a grade we assume the examiner moves the limb through the range in about
# one second (90 deg/s), feels a "catch" where the reflex torque reaches 1 N·m, and calls the
# movement difficult above 25 N·m and rigid above 50 N·m (`spasticity.ashworth_grade`). The
# default muscle gets grade {{grade_default}}, with a catch at {{catch_angle}}; a different
# examiner could put the same muscle one grade higher or lower.
#
# </details>
#
# ### Interactive: spasticity
#
# Move the stretch velocity, the reflex threshold λ* (lower is more spastic) and a drug effect
# (0 to 1; not a dose). The note gives the model's Ashworth grade.

# %%
spastic = make_spasticity()
spastic.show()

# %% [markdown]
# A stiff leg can feel loose when moved slowly and catch when moved fast: only a fast stretch
# meets the reflex.
#
# ### Exercise 1: a less spastic muscle
#
# For a muscle with a static reflex threshold λ* = **110°** (other parameters unchanged), above
# what stretch velocity, in **deg/s**, does the reflex resist at the end of the 90° range?
# *Hint:* `spasticity.velocity_threshold_deg_s(params=spasticity.StretchReflex(...))`.

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
# (110 − 90)/0.25 = 80 deg/s, twice the default {{threshold_velocity}}.
# </details>

# %% [markdown]
# ### From spasticity to back pain: two paths
#
# **Through posture.** The hip flexors run from the lumbar spine and pelvis to the thigh. When
# spastic, they can tip the front of the pelvis down, a forward
# [pelvic tilt](glossary.md#pelvic-tilt) that deepens the inward curve of the lower back
# (lumbar lordosis) and changes how the spine is loaded. This common clinical picture is an
# **assumption** here: we found no measurement of it in people with MS (notebook 05 follows
# posture to the load).
#
# **Directly, as pain.** [Painful spasms](glossary.md#painful-spasms) were reported by about 15%
# of people with MS in a pooled analysis [@foley2013]. They are classed as *mixed* pain: the
# lesion is central, but the pain arises through the overactive muscle's pain sensors
# [@truini2013]. How much they add to back pain has not been measured: on the chain map of
# notebook 00 that last step is marked as an assumption.
#
# > **Think!** Two people have the same Ashworth grade in the hip flexors. One has back pain,
# > the other does not. What could differ between them?
#
# <details><summary>One way to think about it</summary>
#
# The grade is measured at rest and at one speed; it says little about spasms, about how the
# pelvis sits in standing or sitting, about trunk strength, or about the other causes of back
# pain in the chain (weakness, fatigue, mood, sleep, disease activity). Back pain usually has
# several causes at once, and the mix differs from person to person.
#
# </details>
#
# ## 4. The drug: less spasticity, strength unchanged
#
# Baclofen and tizanidine reduce spasticity; weakness is a commonly reported
# [side effect](glossary.md#side-effect) [@bass1988]. But in a cross-over trial in 16 people
# with MS, *measured* strength did not change with either drug [@crossover1988]. The weakness
# people notice may be in how strength is used (stiff legs may have helped carry the body): an
# **interpretation**, not an established finding.
#
# > **These medicines: never stop suddenly without medical advice.** Stopping baclofen or
# > tizanidine suddenly brought a temporary rise in spasticity in about half of the people in a
# > trial [@stien1987], and abrupt withdrawal can be dangerous, especially of baclofen delivered
# > by a pump into the spinal fluid (intrathecal baclofen), where an empty pump or a fault can be
# > life-threatening [@mohammed2004]. Such emergencies are rare; pump refills and checks are
# > planned to prevent them, and any change is planned with the care team.
#
# The model's drug *effect* d (0 to 1, not a dose) lowers the reflex gain, keeps maximal
# strength and costs a little *function* (at most {{functional_loss_full}}, an assumption).

# %%
fig = Figure(figsize=(9, 4.2))
plot_drug_effects(fig.add_subplot())
show_figure(fig, TEXTS["drug-effects"])

# %% [markdown]
# At full effect the resistance to a fast stretch falls from {{peak_no_drug}} to
# {{peak_full_drug}}. What a person gains or loses (pain, spasms, sleep, walking) the model
# cannot show; such decisions belong to each person and their care team.
#
# ## Quiz
#
# Without a kernel, the answers follow folded.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Hip muscles cannot carry a lumbar moment. In this model, weaker back extensors with the
#   posture unchanged work harder ({{back_load_healthy}} → {{back_load_weak}}) and tire sooner.
# * A change of strategy moves the load to the hips, arms or passive tissue; bracing adds effort
#   and compression. Which sharing rule people really use has not been measured.
# * Spasticity is resistance that grows with stretch speed [@lance1980]. It can reach the back
#   through posture (pelvic tilt, an assumption here) and through painful spasms, a mixed pain
#   [@truini2013; @foley2013].
# * Measured strength did not change on anti-spasticity drugs [@crossover1988]; never stop
#   suddenly without medical advice.
#
# ## If you live with MS
#
# **What this means for you.** Doing a task differently when muscles are weaker is a sensible
# adaptation, not a failure; tiredness elsewhere afterwards is an understandable result.
# Spasticity and spasms are common in MS, can add to back pain, and can be managed in several
# ways that a care team can discuss.
#
# **What it does not mean.** These simple models cannot say how strong your muscles are, which
# strategy suits you, whether your pelvis is tilted, or whether a medicine is right for you.
#
# **Questions you could ask your care team.**
#
# * Could spasticity or spasms be part of my back pain, and how could we tell?
# * Are there ways of doing everyday tasks, or exercises, that would spread the effort better
#   for me?
# * If I take an anti-spasticity medicine, what should I do if I run out, miss doses, or feel
#   weaker?
#
# ## What's next
#
# Notebook 05 follows the chain to posture, [gait](glossary.md#gait) and balance: how a changed
# posture raises the load on the lower back, and how slowed
# [sensory feedback](glossary.md#sensory-feedback) makes standing less steady.

# %% [markdown]
# ## References
#
# Every source cited in this notebook and its quiz, figures and exercises:
