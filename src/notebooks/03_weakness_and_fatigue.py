# %% [markdown]
# # Weakness, fatigue and disuse: why an affected muscle tires sooner
#
# A muscle does what the nervous system tells it to, one electrical pulse (a *spike*) at a time. In
# MS some spikes never arrive (notebook 02), so the muscle is *weak*. An everyday task, such as
# holding the trunk upright at a sink, still needs the same pull, which is now a larger share of
# what the muscle can do, and a muscle working closer to its limit tires sooner. Muscles that are
# used less also lose strength within weeks. Three small teaching models follow this path. They
# are about the *muscle*: the fatigue many people with MS describe is a different thing (section 4).
#
# **What you will learn.** By the end you will be able to:
#
# * explain how a muscle grades force by *recruiting* motor units and *firing them faster*, and
#   why failed spikes or lost units make the same task need more effort;
# * build the [endurance time](glossary.md#endurance-time) of the three-compartment
#   [fatigue](glossary.md#fatigue) model and
#   use it to show why a weakened muscle tires sooner;
# * tell muscle [fatigability](glossary.md#fatigability) (what the models describe) from the symptom
#   of MS fatigue;
# * estimate with the [disuse](glossary.md#disuse) model the strength lost by moving less, and
#   explain why using deconditioned muscles can ache at first.
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | The chain from a lesion to back pain | Necessary | [00](00_start_here.ipynb) |
# | Why spikes fail in a demyelinated fibre | Helpful | [02](02_disrupted_signalling.ipynb) |
# | Writing a short Python function, reading a plot | Necessary | [00](00_start_here.ipynb) |

# %% [markdown]
# ## Setup
#
# Run this cell first: it loads the models of this notebook and the collection's figure style.

# %%
import math  # noqa: F401 (your build steps use math.log and math.inf)

import pandas as pd
from matplotlib.figure import Figure

from msbackpain import disuse, fatigue, motor  # noqa: F401 (disuse: see section 5)
from msbackpain.chain import loop_words
from msbackpain.lessons.weakness_and_fatigue import captions, figures, quiz
from msbackpain.lessons.weakness_and_fatigue import checks as check
from msbackpain.lessons.weakness_and_fatigue.captions import TEXTS
from msbackpain.lessons.weakness_and_fatigue.diagrams import (
    make_disuse,
    make_force_and_effort,
)
from msbackpain.ui import style
from msbackpain.ui.chain_map import draw_loop
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. From spikes to force
#
# A **motor unit** is one motor neuron (a nerve cell in the spinal cord) together with the muscle
# fibres it controls; each spike makes the fibres *[twitch](glossary.md#twitch)* (one brief pull).
# The lumbar [erector spinae](glossary.md#erector-spinae) (the long muscles either side of the
# lower spine) have many units, and force is graded in two ways:
#
# * **Recruitment:** as the drive from the brain grows, more units join in, small ones first and
#   large ones last (the *[size principle](glossary.md#size-principle)*);
# * **[Rate coding](glossary.md#rate-coding):** active units fire faster, and their twitches fuse
#   into a smoother, stronger pull.
#
# We use the classic pool of Fuglevand, Winter and Patla [-@fuglevand1993] (120 units, set up
# like a hand muscle: a typical pool, not the back). **Effort** is the drive from the brain as a
# share of the drive at which every unit fires at its peak rate.
#
# <details><summary>Deeper: the full parameterisation of the pool</summary>
#
# In the notation of `msbackpain.motor`, with *E* the excitation (the drive, no units):
#
# * unit *i* (1 to 120) is recruited when *E* reaches RTE<sub>i</sub> = exp(*a·i*),
#   *a* = ln(30)/120, so thresholds span about 30-fold;
# * once recruited it fires at FR<sub>i</sub> = *g*<sub>e</sub>(*E* − RTE<sub>i</sub>) + 8 Hz,
#   rising 1 Hz per unit of excitation up to a peak rate falling from 35 Hz (first unit) to 25 Hz
#   (last);
# * its twitch has amplitude P<sub>i</sub> = exp(*b·i*), *b* = ln(100)/120, and contraction time
#   T<sub>i</sub> = 90 ms × (1/P<sub>i</sub>)<sup>ln 3 / ln 100</sup> (large units twitch
#   faster);
# * twitches sum; a gain factor accounts for fusion when the unit fires fast relative to its
#   twitch (T<sub>i</sub> × rate > 0.4).
#
# Because the first unit's threshold is exp(*a*), not 1, the last-to-first threshold ratio is
# 30<sup>119/120</sup> ≈ {{threshold_ratio}}, a little below the nominal 30 (twitches: about
# {{twitch_ratio}} rather than 100). The figure below shows these properties.
#
# </details>

# %%
fig = Figure(figsize=(9.2, 3.6))
ax_props, ax_rates = fig.subplots(1, 2)
figures.plot_unit_properties(ax_props)
figures.plot_firing_rates(ax_rates)
pool = motor.DEFAULT_POOL
ratios = (pool.recruitment_threshold, pool.twitch_amplitude)
show_figure(fig, captions.unit_pool(*(r[-1] / r[0] for r in ratios)))

# %% [markdown]
# The muscle's force is the sum of all twitches. The model fires the pool for one second at 30%
# effort, with a healthy nerve and with 30% of spikes failing; dotted lines mark the *steady
# force* (the time average). This cell draws the figure in full, so you can change it.

# %%
healthy_trace = motor.simulate_force(0.3, duration_s=1.0, isi_cv=0.1, seed=1)
affected_trace = motor.simulate_force(
    0.3, duration_s=1.0, isi_cv=0.1, spike_failure_fraction=0.3, seed=1
)

fig = Figure(figsize=(8, 3.2))
ax = fig.add_subplot()
for trace, color, dash, name in (
    (healthy_trace, style.HEALTHY, "-", "healthy"),
    (affected_trace, style.AFFECTED, "--", "30% of spikes fail"),
):
    ax.plot(trace.time_s, 100 * trace.force_fraction, color=color, linestyle=dash, label=name)
    level = 100 * trace.steady_fraction
    ax.axhline(level, color=color, linestyle=":", linewidth=1.5)
    ax.annotate(
        f"steady {level:.1f}%",
        (trace.time_s[-1], level),
        xytext=(4, 0),
        textcoords="offset points",
        color=color,
        va="center",
        fontsize="small",
    )
ax.set_xlim(0, 1.25 * healthy_trace.time_s[-1])
ax.set_ylim(bottom=0)
ax.set_xlabel("time (s)")
ax.set_ylabel("force (% of healthy maximum)")
ax.legend(loc="lower right", fontsize="small")
show_figure(
    fig,
    captions.force_traces(
        100 * healthy_trace.steady_fraction, 100 * affected_trace.steady_fraction
    ),
)

# %% [markdown]
# ## 2. Weakness: spikes that fail and units that are lost
#
# In this teaching model (not a published model of MS) a **fraction of spikes fails**, as in a
# demyelinated fibre (notebook 02), or whole **motor units are lost**. How much force is left at
# full effort?

# %%
failures = [0.0, 0.1, 0.3, 0.5]
max_force = pd.DataFrame(
    {
        "spikes that fail (%)": [100 * f for f in failures],
        "maximum force (% of healthy)": [
            round(100 * float(motor.max_force_fraction(f)), 1) for f in failures
        ],
    }
)
max_force

# %% [markdown]
# With 50% of spikes failing only {{max_left_50}} is left: sparser twitches stop fusing. Which
# units are lost matters more: losing the largest fifth leaves {{lost_largest}}, the smallest
# fifth {{lost_smallest}}. A weaker muscle also needs **more effort** for the same force
# (`motor.effort_for_force`; NaN when out of reach).

# %%
need_healthy = float(motor.effort_for_force(0.30))
need_affected = float(motor.effort_for_force(0.30, 0.3))
print(
    f"effort for 30% of the healthy maximum, healthy muscle:        {100 * need_healthy:.1f}%\n"
    f"effort for 30% of the healthy maximum, 30% of spikes failing: {100 * need_affected:.1f}%"
)

fig = Figure(figsize=(8.5, 4.0))
figures.plot_damage_cases(fig.add_subplot(), target_fraction=0.3)
show_figure(fig, TEXTS["damage-cases"])

# %% [markdown]
# For a 30% force the healthy muscle needs {{effort_healthy}} effort and the affected one
# {{effort_affected}}: the same chore feels heavier.
#
# > **Think!** With 30% of its spikes failing, the model muscle keeps {{affected_max}} of its
# > maximum. Why might a person with such a muscle say that everyday tasks feel much harder than
# > "two-thirds strength" suggests?
#
# <details><summary>One way to think about it</summary>
#
# Two things in this notebook make the loss feel bigger than the drop in maximum: the same force
# needs more effort (above), and it is a larger share of the muscle's own maximum, so it can be
# held for a much shorter time (section 4). Both are model results; how a task feels also depends
# on things the model leaves out, such as the symptom of fatigue and pain.
#
# </details>
#
# ### Exercise 1: effort with more damage
#
# The muscle has also lost its **largest 20%** of units, on top of 30% of spikes failing. What
# effort, in **percent**, does it need for 30% of the healthy maximum? *Hint:*
# `motor.units_lost_mask(0.2, "largest")` gives the `alive` mask.

# %% tags=["exercise"]
effort_needed_pct = ...

check.exercise_1(effort_needed_pct)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# alive = motor.units_lost_mask(0.2, "largest")
# effort_needed_pct = 100 * float(motor.effort_for_force(0.30, 0.3, alive))
#
# check.exercise_1(effort_needed_pct)
# ```
#
# About {{effort_ex1}}, up from {{effort_healthy_round}} for the healthy muscle: without the
# largest units the rest must be driven harder, and 30% is now a large share of a smaller maximum.
# </details>

# %% [markdown]
# ## 3. How long can a posture be held?
#
# Holding a posture is a [*static* contraction](glossary.md#static-contraction). How long it can
# last, the *endurance time*, depends mostly on the **share of the muscle's own maximum** it holds,
# the load *TL* (0.5 is half the [maximum voluntary
# contraction](glossary.md#maximum-voluntary-contraction-mvc)); published curves
# [@rohmert1960; @ergonomics2018] all fall steeply with it.
#
# The [three-compartment model](glossary.md#three-compartment-fatigue-model) of Xia and Frey Law
# [-@xia2008] explains why. Each motor unit is *active*, *fatigued* or *resting*. Working units
# tire at a rate F, tired ones recover at a rate R, and the brain calls resting units in to keep up
# the load; the hold fails when too many are tired. For a constant load:
#
# ET = −(1/R)·ln(1 − R(1 − TL)/(F·TL)) seconds, and a load at or below R/(F + R) never fails.
#
# The collection uses the published **trunk** rates, F = 0.00755 and R = 0.00075 per second
# [@freylaw2012], from healthy adults; the trunk is among the more fatigue-resistant joints
# [@freylaw2010].
#
# <details><summary>Deeper: the equations, the per-joint rates and the measured limit</summary>
#
# With M<sub>A</sub>, M<sub>F</sub>, M<sub>R</sub> the shares of active, fatigued and resting
# units (they add up to 1) and C the brain's command:
#
# * dM<sub>A</sub>/dt = C − F·M<sub>A</sub>, dM<sub>F</sub>/dt = F·M<sub>A</sub> −
#   R·M<sub>F</sub>, dM<sub>R</sub>/dt = −C + R·M<sub>F</sub>;
# * C keeps M<sub>A</sub> = TL while enough units rest; the hold fails when M<sub>F</sub> >
#   1 − TL. Solving dM<sub>F</sub>/dt = F·TL − R·M<sub>F</sub> from 0 gives the formula above
#   (`fatigue.three_compartment_endurance_s`).
#
# The published pairs (per second) [@freylaw2012], fitted to pooled endurance times at loads from
# 10% to 90% of maximum; in every pair R is about a tenth of F, so no joint holds more than 6–9%
# of its maximum with no time limit (trunk: 9.0%):
#
# | joint | F | R |
# |---|---|---|
# | ankle | 0.00589 | 0.00058 |
# | knee | 0.0150 | 0.00149 |
# | trunk | 0.00755 | 0.00075 |
# | shoulder | 0.0182 | 0.00168 |
# | elbow | 0.00912 | 0.00094 |
# | hand/grip | 0.0098 | 0.00064 |
#
# **Checked against measured holds.** The largest force people kept up in a static hold over an
# hour was about 7.9% of their maximum, and about 14% with pauses [@bjorksten1977]. The trunk
# pair's no-limit load is {{trunk_threshold}}: a little generous at the lowest loads, but the same
# size. A sustained 14% hold has a limit in the model ({{trunk_et14_min}}).
#
# **Rohmert's curve** is *T* (min) = −1.5 + 2.1/*f* − 0.6/*f*² + 0.1/*f*³ for 0.15 ≤ *f* ≤ 1,
# in the form later authors give it (about one minute at 50%); the **exponential curve** is
# *T* = −ln(*f*)/(*k·f*), *k* = 0.96 ± 0.29 per minute, measured for elbow
# [flexion](glossary.md#flexion) in 30 young adults at 30–70% of maximum only.
#
# </details>
#
# ### Exercise 2: build the endurance-time model in three steps
#
# **Step 1.** Write `no_limit_load(F, R)`: the largest load held with no time limit.


# %% tags=["exercise", "build"]
def no_limit_load(F, R):
    return ...


check.build_step_1(no_limit_load)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def no_limit_load(F, R):
#     return R / (F + R)
#
#
# check.build_step_1(no_limit_load)
# ```
#
# For the trunk pair that is {{trunk_threshold}} of maximum: at that load tired units recover as
# fast as working units tire.
# </details>

# %% [markdown]
# **Step 2.** Write `endurance_above(load, F, R)`: the endurance time in seconds of a load above
# that limit, with the formula of this section (`math.log` is the natural logarithm).


# %% tags=["exercise", "build"]
def endurance_above(load, F, R):
    return ...


check.build_step_2(endurance_above)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def endurance_above(load, F, R):
#     return -(1 / R) * math.log(1 - R * (1 - load) / (F * load))
#
#
# check.build_step_2(endurance_above)
# ```
#
# At half of maximum the trunk pair gives about {{trunk_et50}}.
# </details>

# %% [markdown]
# **Step 3.** Write `endurance_s(load, F, R)` for any load: `math.inf` at or below the no-limit
# load, else step 2's time. Once it passes, the rest of this notebook uses your function.


# %% tags=["exercise", "build"]
def endurance_s(load, F=fatigue.FATIGUE_RATE_PER_S, R=fatigue.RECOVERY_RATE_PER_S):
    return ...


endurance_model = check.build_step_3(endurance_s)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def endurance_s(load, F=fatigue.FATIGUE_RATE_PER_S, R=fatigue.RECOVERY_RATE_PER_S):
#     if load <= no_limit_load(F, R):
#         return math.inf
#     return endurance_above(load, F, R)
#
#
# endurance_model = check.build_step_3(endurance_s)
# ```
#
# An infinite time is the model's way of saying "recovery keeps up"; real holds at very low loads
# still end eventually, only slowly.
# </details>

# %% [markdown]
# Your model (or the collection's, until yours passes) at a few loads, with the trunk pair:

# %%
for load in (0.05, 0.2, 0.3, 0.5):
    print(f"hold at {100 * load:2.0f}% of maximum: {endurance_model(load):8.0f} s")

# %% [markdown]
# Treat every endurance time here as an order of magnitude, not a prediction for one back.
#
# <details><summary>Deeper: fitting F and R to one curve, and the scope of a fit</summary>
#
# F and R can also be fitted to one endurance curve by least squares on the logarithm of the
# endurance time ([least squares](glossary.md#least-squares), `fatigue.fit_three_compartment`).
# Fitted to the exponential (elbow) curve at 20–90%, the model follows it within about
# {{elbow_fit_rms_pct}} (RMS error {{elbow_fit_rms}} in the logarithm), with
# F = {{elbow_fit_f}} and R = {{elbow_fit_r}}. But that fit holds {{elbow_fit_threshold}} of
# maximum with no time limit, about twice the measured 7.9%: its R is about a fifth of F
# ({{elbow_fit_ratio}}) where every published pair has a tenth. The curve was never measured
# below 30%, so a fit to it cannot say what happens there. A fit to Rohmert's curve fails (R runs
# to the edge of the search range, error {{rohmert_fit_rms}}). At 50% Rohmert gives
# {{rohmert_50}} and the exponential curve {{expo_50}}; the model gives {{trunk_et50}} with the
# trunk pair and {{elbow_et50}} with the elbow fit.
#
# </details>

# %% [markdown]
# > **Think!** The published endurance curves disagree with each other, and the model cannot
# > follow Rohmert's curve at all. Does that make the endurance times of this notebook useless?
#
# <details><summary>One way to think about it</summary>
#
# No, but it changes what they are good for. What survives the disagreement is the shape:
# endurance falls steeply with the share of maximum. The comparisons in this notebook (healthy
# against affected muscle at the same task) rest on that shape more than on the exact minutes.
# What does not survive is a fit's claim far outside its data.
#
# </details>


# %% [markdown]
# ## 4. The same task, more effort, less time
#
# A task needs 30% of the *healthy* maximum. For a muscle left with {{affected_max}} of it (30% of
# spikes failing), that is about {{affected_share}} of *its own* maximum. Our assumption: *it tires
# like a healthy muscle at the same share of its own maximum*.
#
# **Muscle fatigability is not MS fatigue.** These models describe **muscle fatigability**, a
# measured decline in how long a working muscle keeps up a force. The **fatigue** many people with
# MS describe is a symptom, an overwhelming tiredness arising mostly in the brain (central), and it
# is measured differently [@kluger2013]. It is common (about 59% of people with MS [@yi2024]); the
# muscle model does not explain it.
#
# ### Interactive: force and effort
#
# Move the sliders (spikes that fail, units lost, the target force). Left: the effort needed;
# right: how long each muscle holds the target (muscle fatigability only).

# %%
force_effort = make_force_and_effort()
force_effort.show()

# %% [markdown]
# By default the healthy muscle holds the 30% target for {{hold30_healthy}}, the affected one for
# {{hold30_affected}}: in this model a modest loss of force is a large loss of endurance.
#
# ### Exercise 3: how long can the affected muscle hold it?
#
# A posture needs **20%** of the healthy maximum; 30% of spikes fail. For how many **seconds** can
# it be held (healthy: {{ex3_healthy}})? *Hint:* the load as a share of the affected maximum
# (`motor.max_force_fraction`), then `endurance_model`.

# %% tags=["exercise"]
endurance_affected_s = ...

check.exercise_3(endurance_affected_s)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# share = 0.20 / float(motor.max_force_fraction(0.3))
# endurance_affected_s = float(endurance_model(share))
# print(f"share of its own maximum: {100 * share:.1f}%")
#
# check.exercise_3(endurance_affected_s)
# ```
#
# The posture is about {{ex3_share}} of the affected muscle's maximum, held for about
# {{ex3_affected}} against {{ex3_healthy}} for the healthy muscle.
# </details>

# %% [markdown]
# ## 5. Disuse: a few weeks of moving less
#
# Muscles that are used less shrink (**atrophy**) and lose strength. Bed-rest studies of healthy
# volunteers, pooled by Marusic and colleagues [-@marusic2021], show the loss fastest in the first
# days and strength falling faster than size. After 90 days knee-extension strength had fallen by
# about 26% and back-extension strength by about 12% [@muir2011]. People with MS have weaker thigh
# muscles on average [@wens2014]; the model has no number for that.
#
# Our **teaching model** (`msbackpain.disuse`) fits L(*t*) = A·ln(1 + *t*/τ) to those figures,
# scaled by {{back_ratio}} for the back. **Assumptions**, not data: the back follows the thigh's
# time course; partial activity scales the loss down; full activity recovers it with a 14-day
# time constant.
#
# <details><summary>Deeper: the fit and how well it matches its targets</summary>
#
# The thigh figures: in single studies of the review, [quadriceps](glossary.md#quadriceps) size had
# fallen by 2.2% and knee-extension strength by 8.6% after 5 days (10 people), and by 3.6% and 14.5%
# after 10 days
# (11 people); in the pooled model of 318 adults strength fell faster than size. The back's
# ratio is 12.4/25.7, from the 90-day study's group means.
#
# Fitted only to the first two weeks, a curve of this shape levels off too early
# ({{early_fit_90}} at 90 days against 26% measured), so the fit also uses the pooled
# strength-to-size ratios (about 4 at day 5, 2.4 at day 14, 1.9 after day 35) and the 90-day
# point. It misses the 10-day strength loss by {{miss_10d}} and the 90-day knee loss by
# {{miss_90d}} percentage points, both times predicting too little loss ({{knee_90}} at 90 days;
# back {{back_90}} against 12%): single studies scatter around a pooled curve, and a smooth curve
# cannot pass through every point. `disuse.calibrate_bed_rest()` returns the full table.
#
# </details>
#
# ### Interactive: weeks of reduced activity
#
# Choose the days of reduced activity and how active the person stays (0% is strict bed rest);
# afterwards they return to full activity. Open markers: measured bed-rest points.

# %%
disuse_diagram = make_disuse()
disuse_diagram.show()

# %% [markdown]
# Four weeks of strict bed rest cost about {{loss_28}}% of thigh strength in the model; the back
# [extensors](glossary.md#extensor-muscles) would lose about {{back_loss_28}}. Try 50% activity: the
# loss shrinks but does not vanish.
#
# ### Pain when deconditioned muscles are used again
#
# A deconditioned muscle works at a larger share of its maximum for the same task (section 4), so
# in these models it tires sooner, and tired muscles often ache. Returning to activity after a
# spell of disuse can also bring **delayed-onset muscle soreness**, an ache a day or two after
# unaccustomed work, most common when people start again after reduced activity; it is temporary
# and eases as the activity is repeated [@cheung2003]. It is the muscle adapting, not damage,
# which is why a *graded* return is the usual approach; a physiotherapist can plan one with a
# person.

# %% [markdown]
# ### The disuse loop
#
# In the collection's causal graph, disuse sits on a **feedback loop**: weaker back muscles call
# for compensation (notebook 04), the lower back is loaded more, it hurts, and pain can lead to
# moving less.

# %%
print(loop_words("disuse"))

fig = Figure(figsize=(9.5, 4.4))
draw_loop(fig.add_subplot(), "disuse")
show_figure(fig, TEXTS["disuse-loop"])

# %% [markdown]
# A loop like this is nobody's fault: moving less when something hurts is natural, and disease
# activity keeps weakness and pain going too. It is a **plausible but contested mechanism**: in a
# [cohort](glossary.md#cohort) of 124 people with recent low back pain followed for a year, none
# showed physical deconditioning [@bousema2007] (see also [-@leeuw2007]).

# %% [markdown]
# ## Quiz
#
# Six questions on the mechanisms (with a kernel, instant feedback; without one, the answers are
# folded below the questions).

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * A muscle grades force by recruitment and rate coding; in the Fuglevand pool [@fuglevand1993]
#   the largest units carry most of the maximum.
# * In the model, failing spikes and lost units lower the maximum, so the same task needs more
#   effort and is a larger share of what is left.
# * In the three-compartment model with trunk rates [@freylaw2012], endurance falls steeply with
#   that share, so in these models a weakened muscle tires much sooner.
# * Muscle fatigability is not the fatigue people with MS describe (a symptom, mostly central)
#   [@kluger2013]; these models describe only the first.
# * Bed rest costs strength fast, faster than muscle size [@marusic2021]; using deconditioned
#   muscles again can ache for a while, which is temporary and eases with a graded return
#   [@cheung2003].
# * The disuse loop is plausible but contested [@bousema2007].

# %% [markdown]
# ## If you live with MS
#
# **What this means for you.** Fatigue in MS is real and common, and mostly *central*: it arises
# in the brain and nerves, not because a muscle has "run out". Separately, weakened or little-used
# muscles can tire sooner and ache at first when used again; that ache is usually temporary, not
# damage.
#
# **What it does not mean.** The models describe muscle fatigability in typical muscles of healthy
# adults. They say nothing about how tired *you* feel, how strong your back is, or how much you
# should do, and they are not advice on [pacing](glossary.md#pacing) or activity.
#
# **Questions you could ask your care team.**
#
# * Is my tiredness mostly MS fatigue, tiring muscles, sleep, mood or something else?
# * Could a physiotherapist help me plan pacing and a graded return to activity?
# * Is soreness after doing more expected for me, and when should I check in?

# %% [markdown]
# ## What's next
#
# Notebook 04 asks how people cope when the back extensors are weak: they change how they move
# ([hinging](glossary.md#hip-hinge) at the hip, leaning on the arms or on
# [passive tissue](glossary.md#flexionrelaxation), bracing), and each strategy moves load and
# fatigue somewhere else. It also covers spasticity, the stiffness that rises with the speed of a
# stretch.

# %% [markdown]
# ## References
#
# Every source cited in this notebook and its quiz, figures and exercises:
