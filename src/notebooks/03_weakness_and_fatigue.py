# %% [markdown]
# # Weakness, fatigue and disuse: why an affected muscle tires sooner
#
# A muscle does what the nervous system tells it to, one short electrical pulse (a *spike*) at a
# time. In MS some of those spikes never arrive (notebook 02 shows why). The muscle then cannot
# pull as hard as before: it is *weak*. Weakness has a hidden cost. An everyday task, such as
# holding the trunk upright at a sink, still needs the same pull. For a weakened muscle that pull
# is a larger share of the most it can still do, and a muscle that works closer to its limit
# tires much sooner. Tiredness and pain make people move less. Muscles that are used less shrink
# and lose strength within weeks, which makes the weakness worse. This notebook follows that path
# with three small computer models: one for how spikes become force, one for how a muscle tires
# while it holds a posture, and one for how much strength is lost when a muscle is used less.
#
# **What you will learn.** By the end you will be able to:
#
# * explain how a muscle grades its force by *recruiting* more motor units (a motor unit is one
#   nerve cell with the muscle fibres it controls) and by *firing them faster*;
# * explain why spikes that fail to arrive, or motor units that are lost, make a muscle weaker,
#   and use the model to work out how much more effort the same task then needs;
# * estimate how long a posture can be held at a given share of a muscle's maximum, from two
#   published [endurance](glossary.md#endurance-time) curves and from the three-compartment
#   [fatigue](glossary.md#fatigue) model with published rates for the trunk, and say where
#   the curves, the model and measured holds agree and where they do not;
# * explain why a weakened muscle tires sooner at the same everyday task;
# * estimate with the [disuse](glossary.md#disuse) model how much strength is lost after days of
#   moving less, and
#   trace the *disuse loop* that can keep back pain going.
#
# **Time:** about 40 minutes. **Prerequisites:** notebook 00 (the map of the chain); notebook 02
# helps but is not required. You need to be able to call a Python function and read a plot.

# %% [markdown]
# ## Setup
#
# Run this cell first: it loads the models of this notebook and the collection's figure style.

# %%
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import disuse, fatigue, motor
from msbackpain.chain import loop_words
from msbackpain.lessons.weakness_and_fatigue import captions, figures, quiz
from msbackpain.lessons.weakness_and_fatigue import checks as check
from msbackpain.lessons.weakness_and_fatigue.captions import TEXTS
from msbackpain.lessons.weakness_and_fatigue.diagrams import (
    make_disuse,
    make_force_and_effort,
    make_holding,
)
from msbackpain.ui import style
from msbackpain.ui.chain_map import draw_loop
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. From spikes to force
#
# A **motor unit** is one motor neuron (a nerve cell in the spinal cord) together with the muscle
# fibres it controls. Every spike of the neuron makes all its fibres *[twitch](glossary.md#twitch)*:
# they give one
# brief pull and relax again. A muscle such as the lumbar
# [erector spinae](glossary.md#erector-spinae) (the long muscles on
# either side of the spine in the lower back) has many motor units, and the nervous system
# grades the force in two ways:
#
# * **Recruitment:** as the drive from the brain grows, more units join in, small ones first and
#   large ones last (the *[size principle](glossary.md#size-principle)*);
# * **[Rate coding](glossary.md#rate-coding):** units that are already active fire faster, and their
#   twitches fuse into a
#   smoother, stronger pull.
#
# We use the motor-unit pool of Fuglevand, Winter and Patla [-@fuglevand1993], a classic model
# that many later studies reuse. Its numbers were set to resemble a human hand muscle, not the
# back: read them as a typical pool, not as the erector spinae. The formulas below say in
# symbols what the two points above say in words; you can follow the rest of the notebook
# without them. The drive from the brain to the pool is
# called the *excitation* *E* (a number without units: larger means a stronger command). The
# model's parts, in the notation of the code (`msbackpain.motor`):
#
# * 120 units; unit *i* is recruited when the excitation *E* reaches its threshold
#   RTE<sub>i</sub> = exp(*a·i*), with *a* = ln(30)/120, so thresholds span about 30-fold;
# * once recruited, unit *i* fires at FR<sub>i</sub> = *g*<sub>e</sub>(*E* − RTE<sub>i</sub>) +
#   8 Hz, rising by 1 Hz per unit of excitation up to a peak rate that falls from 35 Hz (first
#   unit) to 25 Hz (last);
# * its twitch has amplitude P<sub>i</sub> = exp(*b·i*), *b* = ln(100)/120 (a hundred-fold range),
#   and contraction time T<sub>i</sub> = 90 ms × (1/P<sub>i</sub>)<sup>ln 3 / ln 100</sup> (large
#   units twitch faster);
# * twitches sum. When a unit fires again before its last twitch has faded, the twitches merge
#   (*fuse*) into a stronger, smoother pull; a gain factor accounts for this when the unit fires
#   fast relative to its twitch (when T<sub>i</sub> × rate > 0.4).
#
# **Effort** in this notebook is the excitation as a share of the excitation at which every unit
# fires at its peak rate: 0% is no drive, 100% is the strongest drive the pool can use.

# %%
pool = motor.DEFAULT_POOL
rte, amp, ct = pool.recruitment_threshold, pool.twitch_amplitude, pool.contraction_time_s
print(
    f"motor units:                         {pool.n_units}\n"
    f"recruitment threshold, last / first: {rte[-1] / rte[0]:.1f}\n"
    f"twitch amplitude, last / first:      {amp[-1] / amp[0]:.1f}\n"
    f"contraction time, first and last:    {1000 * ct[0]:.0f} ms and {1000 * ct[-1]:.0f} ms\n"
    f"excitation at 100% effort:           {pool.max_excitation:.0f}"
)

# %% [markdown]
# A small detail worth noticing: with these equations the first unit's threshold is exp(*a*), not
# 1, so the ratio of the last to the first threshold is 30<sup>119/120</sup> ≈
# {{threshold_ratio}} (printed above), a little below the nominal 30; the same holds for the
# twitch amplitudes (about {{twitch_ratio}} rather than 100). Re-implementations of the model
# have to choose a numbering; ours is the one in the formulas above.

# %%
fig = Figure(figsize=(9.2, 3.6))
ax_props, ax_rates = fig.subplots(1, 2)
figures.plot_unit_properties(ax_props)
figures.plot_firing_rates(ax_rates)
show_figure(fig, captions.unit_pool(rte[-1] / rte[0], amp[-1] / amp[0]))

# %% [markdown]
# The force of the whole muscle is the sum of every unit's twitches. Below, the model fires all
# 120 units for one second at 30% effort and adds up their twitches: once for a healthy nerve,
# and once when 30% of the spikes fail to arrive, chosen at random. The dotted line is the
# *steady force*, the time average that the rest of this notebook works with
# (`motor.steady_force`).

# %%
healthy_trace = motor.simulate_force(0.3, duration_s=1.0, isi_cv=0.1, seed=1)
affected_trace = motor.simulate_force(
    0.3, duration_s=1.0, isi_cv=0.1, spike_failure_fraction=0.3, seed=1
)
print(
    f"steady force at 30% effort, healthy:            {100 * healthy_trace.steady_fraction:.1f}%\n"
    f"steady force at 30% effort, 30% of spikes fail: {100 * affected_trace.steady_fraction:.1f}%"
)

fig = Figure(figsize=(8, 3.2))
figures.plot_force_traces(fig.add_subplot(), healthy_trace, affected_trace)
show_figure(
    fig,
    captions.force_traces(
        100 * healthy_trace.steady_fraction, 100 * affected_trace.steady_fraction
    ),
)

# %% [markdown]
# ## 2. Weakness: spikes that fail and units that are lost
#
# Two kinds of damage reduce force in this model (a teaching model of this collection built on
# the pool, not a published model of MS):
#
# * a **fraction of spikes fails** on the way to the muscle, as in a *demyelinated* nerve fibre
#   (one that has lost part of its insulating myelin sheath), which cannot follow fast firing
#   (notebook 02). Each unit then delivers fewer spikes per second, and
#   its force drops;
# * whole **motor units are lost**: the largest (last recruited), the smallest, or random ones.
#
# The first question is how much force is left at full effort.

# %%
failures = [0.0, 0.1, 0.2, 0.3, 0.5]
max_force = pd.DataFrame(
    {
        "spikes that fail (%)": [100 * f for f in failures],
        "maximum force (% of healthy)": [
            round(100 * float(motor.max_force_fraction(f)), 1) for f in failures
        ],
    }
)
max_force

# %%
lines = []
for pattern in ("largest", "random", "smallest"):
    left = 100 * float(motor.max_force_fraction(0.0, 0.2, pattern))
    lines.append(f"20% of units lost, the {pattern:8s} ones: maximum force {left:.1f}% of healthy")
print("\n".join(lines))

# %% [markdown]
# Read the two tables:
#
# * With 10% of spikes failing the maximum falls by about {{max_drop_10}} points, but with 50%
#   failing only {{max_left_50}} is left: the loss is *more than proportional*. When fewer
#   spikes arrive, each unit's twitches are further apart and stop fusing, and a unit's force
#   drops steeply once its rate falls below the fusion range (the steep part of its force–rate
#   curve).
# * Which units are lost matters enormously. Losing the largest fifth of the units leaves
#   {{lost_largest}} of the force, because twitch size grows exponentially with rank; losing a
#   random fifth leaves {{lost_random}}, and losing the smallest fifth costs almost nothing
#   ({{lost_smallest}} left).
#
# A weaker muscle also needs **more effort** for the same everyday force. The function
# `motor.effort_for_force(target, spike_failure_fraction, alive)` finds the smallest effort that
# reaches a target force (given as a fraction of the healthy maximum), or NaN ("not a number")
# when the target is out of reach.

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
# {{effort_affected}}. Effort is
# what a person *feels*: the same chore feels heavier, which is one plain reason why people with
# MS may do less of it.
#
# ### Exercise 1: effort with more damage
#
# Suppose the same muscle has also lost its **largest 20%** of motor units, on top of 30% of its
# spikes failing. What effort, in **percent**, does it need for a force of 30% of the healthy
# maximum? *Hint:* `motor.units_lost_mask(0.2, "largest")` gives the `alive` mask (one
# True/False value per unit: True for a unit that is still there).

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
# About {{effort_ex1}}, up from {{effort_healthy_round}} for the healthy muscle. The largest
# units carry most of the force at high effort; without them the remaining units must be driven
# harder, and the muscle's maximum falls so far that 30% is already a large share of it.
# </details>

# %% [markdown]
# ## 3. How long can a posture be held?
#
# Holding a posture means a [*static* contraction](glossary.md#static-contraction): the muscle keeps
# producing the same force
# without moving. How long it can do so depends mostly on the **share of its own maximum** it
# holds, usually written as a fraction *f* of the
# *[maximum voluntary contraction](glossary.md#maximum-voluntary-contraction-mvc)* (MVC, the
# strongest pull the person can make on purpose): *f* = 0.5 means half of the maximum. The time
# until the person can no longer hold it is the *endurance time* *T*. Two published endurance
# curves give *T* for each *f*:
#
# * **Rohmert's curve** [@rohmert1960]: *T* (min) = −1.5 + 2.1/*f* − 0.6/*f*² + 0.1/*f*³ for
#   0.15 ≤ *f* ≤ 1, about one minute at 50%; below about 15% the curve says only that a
#   contraction can be held for a very long time. We use the formula in the form later authors
#   give it.
# * **An exponential curve** [@ergonomics2018]: *T* = −ln(*f*)/(*k·f*) with *k* = 0.96 ± 0.29 per
#   minute (*k* says how quickly a person tires: the larger *k*, the shorter every endurance
#   time). It was measured for isometric elbow [flexion](glossary.md#flexion) (bending the elbow
#   against a fixed
#   resistance) in 30 young adults at 30–70% of maximum. Using it below 30%, or for back and hip
#   muscles, is an extrapolation.
#
# The **[three-compartment model](glossary.md#three-compartment-fatigue-model)** of Xia and Frey
# Law [-@xia2008] explains such curves. In words: every
# motor unit is in one of three states (the "compartments"), *active* (working), *fatigued*
# (tired, recovering) or *resting* (ready to be called on). Working units slowly tire; tired
# units slowly recover; the brain calls resting units in to replace tired ones. The task fails
# when too few units are left to carry the load. In symbols, M<sub>A</sub>, M<sub>F</sub> and
# M<sub>R</sub> are the shares of units in each state; they add up to 1 and change with time *t*
# (in seconds; d/dt means "rate of change per second"):
#
# * dM<sub>A</sub>/dt = C − F·M<sub>A</sub>, dM<sub>F</sub>/dt = F·M<sub>A</sub> −
#   R·M<sub>F</sub>, dM<sub>R</sub>/dt = −C + R·M<sub>F</sub>;
# * active units tire at rate F, fatigued units recover at rate R, and the brain's command C
#   recruits resting units to keep M<sub>A</sub> at the target load TL (the share of maximum
#   being held, the *f* above);
# * the task fails when the fatigued units leave too few to cover the target, when
#   M<sub>F</sub> > 1 − TL. For a constant load this gives a formula for the endurance time ET
#   (in seconds, with F and R per second), ET = −(1/R)·ln(1 − R(1 − TL)/(F·TL)), and a load at or
#   below R/(F + R) is never failed: recovery then keeps pace with tiring
#   (`fatigue.three_compartment_endurance_s`).
#
# **Published values of F and R.** Frey-Law, Looft and Heitsman [-@freylaw2012] fitted F and R
# separately for six joints to endurance times pooled from many studies of healthy adults, at
# loads from 10% to 90% of maximum. In every pair R is about a tenth of F. The cell below computes,
# for each joint, R/F, the largest load that is held with no time limit, R/(F + R), and the
# endurance time at 50% of maximum:

# %%
published_pairs = pd.DataFrame(
    {
        "F (per s)": [0.00589, 0.0150, 0.00755, 0.0182, 0.00912, 0.0098],
        "R (per s)": [0.00058, 0.00149, 0.00075, 0.00168, 0.00094, 0.00064],
    },
    index=pd.Index(["ankle", "knee", "trunk", "shoulder", "elbow", "hand/grip"], name="joint"),
)
F_pub, R_pub = published_pairs["F (per s)"], published_pairs["R (per s)"]
published_pairs["R / F"] = (R_pub / F_pub).round(3)
published_pairs["no time limit below (% of max)"] = (100 * R_pub / (F_pub + R_pub)).round(1)
published_pairs["endurance at 50% (s)"] = [
    round(float(fatigue.three_compartment_endurance_s(0.5, f, r)))
    for f, r in zip(F_pub, R_pub, strict=True)
]
published_pairs

# %% [markdown]
# By these published fits no joint holds more than 6–9% of its maximum with no time limit. The
# table also shows that at 50% of maximum the trunk lasts longer than the knee, the shoulder, the
# elbow and the hand; only the ankle lasts longer. That matches a large review of endurance
# studies, which found the trunk among the more fatigue-resistant joints [@freylaw2010]: curves
# measured at the elbow should not be applied to the back without saying so.
#
# **The rates this collection uses.** The back muscles of this collection are trunk muscles, so
# its models use the **trunk pair** (F = 0.00755, R = 0.00075 per second; no time limit below
# 9.0% by the table above), which `msbackpain.fatigue` holds as its defaults (all six pairs are
# `fatigue.JOINT_RATES_PER_S`):

# %%
print(
    f"default F = {fatigue.FATIGUE_RATE_PER_S}/s, R = {fatigue.RECOVERY_RATE_PER_S}/s (trunk)\n"
    f"  no time limit below: {100 * fatigue.fatigue_threshold_load():.1f}% of maximum\n"
    f"  measured limit of a hold sustained for an hour: "
    f"{100 * fatigue.SUSTAINED_HOLD_LIMIT:.1f}% of maximum\n"
    f"  endurance at 50% of maximum: {float(fatigue.three_compartment_endurance_s(0.5)):.0f} s\n"
    f"  endurance at 14% of maximum: {float(fatigue.endurance_time_min(0.14)):.0f} min"
)

# %% [markdown]
# **Checked against measured holds.** In a laboratory study, the largest force that people could
# keep up in a static contraction held for an hour was about 7.9% of their maximum, and about
# 14% when the contractions had pauses [@bjorksten1977]. Side by side: the model's no-limit load
# is {{trunk_threshold}} of maximum, the measured limit about 7.9%. The model is a little above
# the measurement, so it is slightly generous at the lowest loads, but the two agree in size. A
# sustained hold at 14% has a limit in the model ({{trunk_et14_min}}), as it should: that level
# was sustainable only with pauses. At half of maximum the trunk pair gives about
# {{trunk_et50}}.
#
# **Fitting the model to a curve, and the scope of a fit.** F and R can also be *fitted* to one
# endurance curve. Below, the computer tries values of F and R until the model's endurance times
# are as close as possible to the exponential (elbow) curve at loads of 20%, 25%, …, 90%, judged
# by their *ratios* rather than their differences
# ([least squares](glossary.md#least-squares) on the logarithm of the endurance time,
# `fatigue.fit_three_compartment`). The result is kept as `fatigue.ELBOW_FIT_RATES_PER_S`, with
# its scope: **elbow flexion, young adults, measured only at 30–70% of maximum.**

# %%
fractions, minutes = fatigue.endurance_curve_targets("exponential")
fit = fatigue.fit_three_compartment(fractions, minutes)
fit_rohmert = fatigue.fit_three_compartment(*fatigue.endurance_curve_targets("rohmert"))
fit_ratio = fit.recovery_rate_per_s / fit.fatigue_rate_per_s
print(
    f"fitted to the exponential (elbow) curve: F = {fit.fatigue_rate_per_s:.5f}/s, "
    f"R = {fit.recovery_rate_per_s:.6f}/s, R / F = {fit_ratio:.2f}\n"
    f"  RMS error of ln(endurance time): {fit.rms_log_error:.3f}\n"
    f"  never fails below: {100 * fit.threshold_load:.1f}% of maximum\n"
    f"fitted to Rohmert's curve: F = {fit_rohmert.fatigue_rate_per_s:.5f}/s, "
    f"R = {fit_rohmert.recovery_rate_per_s:.2g}/s\n"
    f"  RMS error of ln(endurance time): {fit_rohmert.rms_log_error:.3f}\n"
    f"  R ended at the edge of the search range: {fit_rohmert.at_bound}"
)

# %% [markdown]
# Within its range the fit to the exponential curve is close. The RMS (root-mean-square) error
# is a typical size of the misfit; {{elbow_fit_rms}} in the logarithm means the model's endurance
# times are typically within about {{elbow_fit_rms_pct}} of the curve between 20% and 90% of
# maximum.
#
# Outside its range it misleads. The elbow fit predicts that loads below
# {{elbow_fit_threshold}} of maximum can be held indefinitely, about twice the measured limit of
# 7.9% and well above the published pairs' 6–9%. The reason is in the printout: in the fit R is
# about a fifth of F ({{elbow_fit_ratio}}), where every published pair has about a tenth, so the
# model recovers too fast at low loads. The exponential curve was never measured below 30%, so
# fitting it cannot pin down what happens there: a fit is only as good as the range of its data.
# That is why the collection uses the published trunk pair, fitted to data from 10% to 90%.
#
# The fit to **Rohmert's curve fails**: the recovery rate R runs to the lower edge of the search
# range (R → 0), and the error stays at {{rohmert_fit_rms}}. The model's endurance formula simply
# cannot bend the way Rohmert's cubic formula does. Note also that the published curves disagree
# with each other:

# %%
loads = np.array([0.1, 0.2, 0.3, 0.5])
elbow_F, elbow_R = fatigue.ELBOW_FIT_RATES_PER_S
pd.DataFrame(
    {
        "load (% of maximum)": 100 * loads,
        "model, trunk pair (s)": fatigue.three_compartment_endurance_s(loads).round(0),
        "model, elbow fit (s)": fatigue.three_compartment_endurance_s(
            loads, elbow_F, elbow_R
        ).round(0),
        "Rohmert (min)": fatigue.rohmert_endurance_min(loads).round(2),
        "exponential (min)": fatigue.exponential_endurance_min(loads).round(2),
    }
)

# %% [markdown]
# At 50% of maximum Rohmert gives {{rohmert_50}} and the exponential (elbow) curve
# {{expo_50}}; the model gives {{trunk_et50}} with the trunk pair and {{elbow_et50}} with the
# elbow fit. At 20% the trunk pair gives {{trunk_et20}} and the elbow fit {{elbow_et20}}; at 10%
# the trunk pair gives {{trunk_et10_min}}, while the elbow fit and Rohmert's curve give no limit
# (shown as inf). Each curve summarises particular people and joints, so treat every endurance
# time here as an order of magnitude, not a prediction for a particular back.

# %%
fig = Figure(figsize=(9.5, 4.3))
ax_exp, ax_roh = fig.subplots(1, 2, sharey=True)
for ax, one_fit, name in (
    (ax_exp, fit, "the exponential curve"),
    (ax_roh, fit_rohmert, "Rohmert's curve"),
):
    figures.plot_endurance_curves(ax, one_fit, legend=False)
    ax.set_title(
        f"fitted to {name}\nF = {one_fit.fatigue_rate_per_s:.3g}/s, "
        f"R = {one_fit.recovery_rate_per_s:.3g}/s",
        fontsize="medium",
    )
handles, labels = ax_exp.get_legend_handles_labels()
labels[2] = "three-compartment model, fitted"
# the scope of the exponential curve: elbow flexion, measured only at 30-70% of maximum
ax_exp.axvspan(30, 70, color=style.STAGE_COLORS["context"], alpha=0.35, zorder=0)
ax_exp.text(50, 0.07, "elbow curve\nmeasured here", ha="center", fontsize="small")
fig.legend(handles, labels, loc="outside lower center", ncol=3, fontsize="small")
show_figure(fig, captions.endurance_fits(100 * fit.threshold_load))

# %% [markdown]
# ### Interactive: holding a posture
#
# The left panel shows what happens inside the muscle while it holds a load: the share of
# *resting* units falls as they are recruited, the share of *fatigued* units grows, and the
# *active* share stays at the target until there are not enough rested units left. That moment
# is task failure. The right panel shows the model's endurance curve for the chosen F and R
# against the two published curves. The sliders start at the trunk pair.
#
# Try: raise the load and watch failure come sooner; set the load to 5%, below the model's
# no-limit line at {{trunk_threshold_round}}, and the task never fails (measured sustained holds
# are limited near 8%); set F to {{elbow_fit_f}} and R to {{elbow_fit_r}}, the elbow fit, and see
# the no-limit line jump to {{elbow_fit_threshold_round}}; change F and R and see the model's
# curve move away from (or towards) the published ones.

# %%
holding = make_holding()
holding.show()

# %% [markdown]
# ### Exercise 2: fit a more fatigable muscle
#
# The exponential constant *k* varied between people: 0.96 ± 0.29 per minute. Fit F and R to the
# exponential curve of a more [fatigable](glossary.md#fatigability) person, *k* = 1.25 per
# minute, at the same loads (`fatigue.FIT_FRACTIONS`). What is the fitted **fatigue rate F**,
# in per second?
# *Hint:* `fatigue.exponential_endurance_min(fractions, k_per_min=1.25)` gives the curve.

# %% tags=["exercise"]
fitted_F_per_s = ...

check.exercise_2(fitted_F_per_s)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# fractions = fatigue.FIT_FRACTIONS
# minutes = fatigue.exponential_endurance_min(fractions, k_per_min=1.25)
# fit_125 = fatigue.fit_three_compartment(fractions, minutes)
# fitted_F_per_s = fit_125.fatigue_rate_per_s
# print(f"F = {fit_125.fatigue_rate_per_s:.5f}/s, R = {fit_125.recovery_rate_per_s:.6f}/s, "
#       f"threshold {100 * fit_125.threshold_load:.1f}%")
#
# check.exercise_2(fitted_F_per_s)
# ```
#
# F is about {{ex2_f}} per second. A larger *k* only divides every endurance time by 1.25/0.96,
# so the fit multiplies **both** F and R by the same factor: the error is unchanged and the
# threshold R/(F + R) stays at {{ex2_threshold}}. A more fatigable elbow tires faster at every
# load, but a fit to this curve gives it the same no-limit load, and that load is itself too high
# (see above): fitting one curve shape over 30–70% cannot tell us about low loads.
# </details>

# %% [markdown]
# ## 4. Putting it together: the same task, more effort, less time
#
# Now combine the two models, with the trunk pair. Suppose a task needs 30% of the *healthy*
# maximum. For the healthy muscle that is a 30% load. For a muscle whose maximum has fallen to
# {{affected_max}} of healthy (30% of spikes failing), the same force is about
# {{affected_share}} of *its own* maximum, and endurance falls steeply with that share.
#
# One assumption is needed for this step, and it is ours: *the affected muscle tires like a
# healthy one at the same share of its own maximum*.
#
# **Fatigue is not fatigability.** This model describes **muscle fatigability**: a measured
# decline in how long a working muscle can keep up a force. It does not describe the
# **fatigue** that people with MS talk about, which is a symptom: a feeling of overwhelming
# tiredness, thought to arise mostly in the brain rather than in the muscle. A common vocabulary
# proposed for neurological illnesses, MS among them, keeps the two apart and measures them in
# different ways [@kluger2013]. The symptom is common (about
# 59% of people with MS in a pooled analysis of many studies [@yi2024]), but its prevalence says
# nothing about how fast a back muscle tires, and the muscle model says nothing about the
# symptom. Nothing in this section should be read as an explanation of MS fatigue.
#
# ### Interactive: force and effort
#
# Move the sliders: how many spikes fail, how many motor units are lost and which ones, and the
# target force. The left panel shows the effort each muscle needs (the marked points); the right
# panel shows how long each can hold the target, at its own share of maximum. The note above the
# picture gives the numbers.

# %%
force_effort = make_force_and_effort()
force_effort.show()

# %% [markdown]
# With the default settings the healthy muscle holds the 30% target for {{hold30_healthy}} and
# the affected one for only {{hold30_affected}}, while needing more effort the whole time.
# Increase the target: at some point the affected muscle cannot produce it at all. Lose the
# largest units instead of spikes: the maximum drops fastest of all.
#
# ### Exercise 3: how long can the affected muscle hold it?
#
# A posture needs **20%** of the healthy maximum. The affected muscle loses 30% of its spikes
# (no units lost). For how many **seconds** can it hold the posture, in the three-compartment
# model with the trunk pair? (The healthy muscle can hold it for about {{ex3_healthy}}.)
# *Hint:* first find the load as a share of the affected muscle's own maximum
# (`motor.max_force_fraction`), then use `fatigue.three_compartment_endurance_s`.

# %% tags=["exercise"]
endurance_affected_s = ...

check.exercise_3(endurance_affected_s)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# share = 0.20 / float(motor.max_force_fraction(0.3))
# endurance_affected_s = float(fatigue.three_compartment_endurance_s(share))
# print(f"share of its own maximum: {100 * share:.1f}%")
#
# check.exercise_3(endurance_affected_s)
# ```
#
# The 20% posture is about {{ex3_share}} of the affected muscle's maximum, and it can be held for
# about {{ex3_affected}}, against {{ex3_healthy}} for the healthy muscle. A modest loss of force
# becomes a large loss of endurance, because endurance falls so steeply with the share of
# maximum.
# </details>

# %% [markdown]
# ## 5. Disuse: a few weeks of moving less
#
# When something hurts or is exhausting, people do less of it. Muscles that are used less shrink
# (**atrophy**) and lose strength. The best numbers come from bed-rest studies of healthy
# volunteers, reviewed and pooled by Marusic and colleagues [-@marusic2021]:
#
# * strength and muscle size fall roughly *logarithmically* with time: fastest in the first days,
#   then more and more slowly;
# * in single studies of their review, the [quadriceps](glossary.md#quadriceps)' (front thigh
#   muscle's) [cross-sectional area](glossary.md#cross-sectional-area-csa) (its size) had
#   fallen by 2.2% and knee-extension strength by 8.6% after 5 days (10 people), and by 3.6% and
#   14.5% after 10 days (11 people);
# * strength falls faster than size: in their pooled model of 318 adults the ratio of the two
#   losses is about 4 at day 5, 2.4 at day 14 and 1.9 after day 35.
#
# These are thigh muscles, over the first weeks. A longer study adds two points: after 90 days of
# bed rest, in the 13 volunteers who had no countermeasure, knee-extension strength fell by
# about 26% and back-extension strength by only about 12% [@muir2011]. Back
# [extensors](glossary.md#extensor-muscles) lose less than the thigh, about half as much
# (12.4/25.7 from the study's group means), so a curve for the thigh overstates the loss in the
# back.
#
# People with MS have smaller muscle fibres and weaker quadriceps than people without MS
# [@wens2014]; the model below does not include a number for that difference.
#
# Our **teaching model** (`msbackpain.disuse`) describes the loss of size and of strength each as
# L(*t*) = A·ln(1 + *t*/τ), fitted to those figures: L is the loss in percent after *t* days of
# bed rest, A sets how large the loss grows and τ (in days) how soon it sets in. The curves are
# for the thigh; for the back extensors (`muscle="back"`) the model multiplies the loss by
# {{back_ratio}}, the back-to-knee ratio of the 90-day study. Three parts are **assumptions**,
# not data: that the back follows the thigh's time course at that ratio; that moving at a
# fraction of one's usual activity scales the loss curve down in proportion; and that at full
# activity the deficit recovers with a *time constant* of 14 days (every 14 days the remaining
# deficit shrinks to about a third, a factor e ≈ 2.7).
#
# **Why the 90-day point is a target.** Fitted only to the first two weeks, a curve of this shape
# levels off too early: it gives {{early_fit_90}} strength loss at 90 days, against the 26%
# measured. So the fit below uses the early points, the pooled ratios and the 90-day point
# together (for size at day 90, the 26% strength loss divided by the late ratio 1.9). Here is
# how well it matches its targets (losses in percent; "ratio" marks a target implied by a
# pooled ratio):

# %%
cal = disuse.calibrate_bed_rest()
print(
    f"recovery time constant at full activity (an assumption): {disuse.RECOVERY_TIME_DAYS:g} days"
)
pd.DataFrame(
    {
        "day": cal.target_day.astype(int),
        "quantity": cal.target_quantity,
        "target from": cal.target_source,
        "target loss (%)": cal.target_loss_pct.round(1),
        "model loss (%)": cal.model_loss_pct.round(1),
        "model − target": cal.residual_pct.round(1),
    }
)

# %%
knee_90 = 100 * (1 - float(disuse.strength_after_disuse(90, 0.0)))
back_90 = 100 * (1 - float(disuse.strength_after_disuse(90, 0.0, muscle="back")))
measured_90 = disuse.LONG_BED_REST_STRENGTH_LOSS_PCT
print(
    f"90 days of strict bed rest, strength loss: knee {knee_90:.1f}% "
    f"(measured {measured_90['knee']}%), back {back_90:.1f}% (measured {measured_90['back']}%)"
)

# %% [markdown]
# The curves cannot hit all their targets. That is not because the studies contradict each
# other: single studies scatter around a pooled curve, as single studies do. The 10-day study
# happened to lose more strength than the pooled ratios imply, and a smooth curve of this shape
# cannot pass through every point. The fit compromises: it misses the measured 10-day strength
# loss by {{miss_10d}} and the 90-day knee loss by {{miss_90d}} percentage points, both times
# predicting too little loss ({{knee_90}} at 90 days against 26%; for the back {{back_90}}
# against 12%). So the model is, if anything, mild, and the ratios of strength to size loss
# come out a little above the pooled ones.
#
# ### Interactive: weeks of reduced activity
#
# Choose how many days of reduced activity, and how active the person stays during them (0% is
# strict bed rest, 100% is their usual activity). After that period they return to full
# activity. At 0% activity the open markers show the measured bed-rest points.

# %%
disuse_diagram = make_disuse()
disuse_diagram.show()

# %%
lines = []
for days in (7, 28):
    knee = 100 * float(disuse.strength_after_disuse(days, activity=0.0))
    back = 100 * float(disuse.strength_after_disuse(days, activity=0.0, muscle="back"))
    lines.append(
        f"strict bed rest for {days:2d} days: strength {knee:.1f}% of baseline (thigh), "
        f"{back:.1f}% (back extensors)"
    )
print("\n".join(lines))

# %% [markdown]
# Four weeks of strict bed rest cost about {{loss_28}}% of thigh strength in the model
# ({{bedrest_28}} left), and about {{loss_7}} of those {{loss_28}} points are lost in the first
# week; the back extensors would lose about {{back_loss_28}}. Avoiding movement is rarely strict
# bed rest: try 50% activity in the diagram and see the loss shrink, but not vanish.
#
# ### Exercise 4: three weeks of moving half as much
#
# Someone with back pain moves half as much as usual (activity 0.5) for **21 days**. What is
# their strength at the end, in **percent of baseline**, according to the teaching model?
# *Hint:* `disuse.strength_after_disuse(days, activity)` returns a fraction of baseline.

# %% tags=["exercise"]
strength_after_pct = ...

check.exercise_4(strength_after_pct)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# strength_after_pct = 100 * float(disuse.strength_after_disuse(21, 0.5))
#
# check.exercise_4(strength_after_pct)
# ```
#
# About {{ex4_left}} of baseline: a {{ex4_loss}} loss of strength in three weeks. That rests on
# two assumptions of the model, not on data: partial activity scales down the loss, and the
# activity that remains lets part of the deficit recover. The bed-rest data only tell us about
# activity 0.
# </details>

# %% [markdown]
# ### The disuse loop
#
# Disuse is not the end of the story. In the collection's causal graph (`msbackpain.chain`), it
# sits on a **feedback loop**: weaker back muscles call for compensation (notebook 04), the
# posture changes, the lower back is loaded more, it hurts, and pain leads to moving less. The
# loop below is drawn from the same graph as the map in notebook 00.

# %%
print(loop_words("disuse"))

fig = Figure(figsize=(9.5, 4.4))
draw_loop(fig.add_subplot(), "disuse")
show_figure(fig, TEXTS["disuse-loop"])

# %% [markdown]
# In the models of this collection each turn round the loop adds a little weakness, and
# weakness makes the next turn easier. Keep in mind that the loop is a **plausible but contested
# mechanism, not an established one**: in a [cohort](glossary.md#cohort) of 124 people with
# recent low back pain, followed for a year, only some became less active and none showed signs
# of physical deconditioning [@bousema2007] (a review by Leeuw and colleagues [-@leeuw2007] weighs
# the evidence for each link of the fear-avoidance model, disuse included). Where the loop does
# run, the model says the same as the bed-rest data: staying active limits the loss, and lying
# still for weeks costs strength. Breaking the loop at any link (less pain, less
# avoidance, less loss of strength) weakens it in the model. What that means for a particular
# person is a question for their care team, not for a model.

# %% [markdown]
# ## Quiz
#
# Six questions check the mechanisms of this notebook: why weakness costs effort and
# endurance, what keeps a low load going, and how disuse feeds back on weakness. Answer in
# the form below (a running kernel gives instant feedback); without a kernel, the questions
# follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * A muscle grades force by recruiting more motor units and firing them faster; in the
#   Fuglevand pool [@fuglevand1993] the largest units, recruited last, carry most of the maximum
#   force.
# * In the model, losing spikes lowers force more than proportionally at high failure rates, and
#   losing the largest units costs the most force. The same task then needs more effort.
# * Endurance time falls steeply with the share of maximum held. The collection's fatigue model
#   uses the published trunk rates [@freylaw2012]: no time limit below about
#   {{trunk_threshold}} of maximum, close to the measured limit of sustained holds, 7.9%
#   [@bjorksten1977]. The trunk is among the more fatigue-resistant joints [@freylaw2010].
# * A fit is only as good as the range of its data: fitted to an elbow curve measured at 30–70%,
#   the same model would hold {{elbow_fit_threshold_round}} with no time limit, about twice the
#   measured limit.
# * A weakened muscle works at a larger share of its own maximum for the same task, so it tires
#   much sooner.
# * Muscle fatigability (a measured decline in performance) is not the fatigue that people with
#   MS describe (a symptom, thought to be mostly central) [@kluger2013].
# * Strength falls fast in the first days of bed rest and faster than muscle size
#   [@marusic2021]; after 90 days back extensors had lost about 12% and the thigh about 26%
#   [@muir2011]. Our disuse model follows both, within a few points; its partial-activity and
#   recovery parts are assumptions.
# * Disuse sits on a feedback loop with weakness and back pain in the models: a plausible
#   but contested mechanism, not an established one [@bousema2007].
#
# ## What's next
#
# Notebook 04 asks how people cope when the back extensors are weak: they change how they move
# ([hinging](glossary.md#hip-hinge) at the hip, leaning on the arms or on
# [passive tissue](glossary.md#flexionrelaxation), bracing), and each strategy moves
# load and fatigue somewhere else. It also covers spasticity, the stiffness that rises with the
# speed of a stretch.

# %% [markdown]
# ## References
#
# Every source cited in this notebook and its quiz, figures and exercises:
