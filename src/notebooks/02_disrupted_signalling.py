# %% [markdown]
# # Disrupted signalling: what gets through a damaged fibre
#
# Muscles and the brain read *trains* of spikes (the short electrical pulses that nerve fibres
# carry): the more [spikes per second](glossary.md#firing-rate) a
# [motor nerve fibre](glossary.md#motor-neuron) carries, the harder its muscle fibres pull.
# After each spike a fibre needs a short time to recover: its
# *[refractory period](glossary.md#refractory-period)*. Across a stretch that has lost its myelin
# this takes longer, so spikes that follow too closely are lost. Fibres damaged to different
# degrees also make a burst of spikes arrive smeared out, and sensory messages about balance
# arrive late. You will write the refractory rule yourself; the rest of the notebook runs on it.
#
# **What you will learn.** By the end you will be able to:
#
# * write the refractory-period rule as a Python function, and use it to explain
#   *[frequency-dependent block](glossary.md#frequency-dependent-block)* (the
#   faster spikes come, the larger the share that is lost);
# * explain why irregular firing loses spikes at ordinary rates where regular firing does not;
# * explain what *[temporal dispersion](glossary.md#temporal-dispersion)* (arrival times spread
#   out because fibres are slowed by different amounts) does to a
#   [volley](glossary.md#volley) of spikes;
# * explain how slowed conduction could lengthen balance reactions, and what a loop model
#   calibrated to two published averages can and cannot tell you.
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | What a spike is, conduction block | Necessary | [01](01_demyelination.ipynb) |
# | Writing a short Python function with a loop | Necessary | [Python tutorial][py] |
# | Solving a simple equation for one unknown | Helpful | the exercises show how |
#
# [py]: https://docs.python.org/3/tutorial/controlflow.html

# %% [markdown]
# ## Setup
#
# This cell loads the collection's package, `msbackpain`, and applies one colour-blind-safe look
# to every figure. Run it first.

# %%
import math  # noqa: F401 (your build steps use math.inf)

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import signalling as sg
from msbackpain.lessons.disrupted_signalling import captions, figures, quiz
from msbackpain.lessons.disrupted_signalling import checks as check
from msbackpain.lessons.disrupted_signalling.captions import TEXTS
from msbackpain.lessons.disrupted_signalling.diagrams import make_spike_train
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. Spike trains and the refractory period
#
# Felts, Baker and Smith [-@felts1997] recorded from single demyelinated axons in the spinal cord
# of rats. Many kept conducting, but their *refractory period of transmission*, the shortest
# interval at which two spikes can both get through, was **typically 2–5 times normal, and up to
# 34 times**.
#
# Our model turns that into one rule: *a spike gets through if at least one refractory period
# has passed since the last spike that got through; otherwise it is lost.* A lost spike does not
# restart the clock. The refractory period is a factor times a normal value of **1 ms, a round
# value we assume**.
#
# <details><summary>Deeper: what notebook 01's nerve model says about the factor</summary>
#
# The same measure can be computed in notebook 01's chain of nodes: send two spikes a chosen
# interval apart and find the shortest interval at which the second still gets past the lesion
# (`cd.refractory_period_ms`, a *two-pulse test*; 30 nodes, a 6-node lesion). Divided by the
# healthy interval, this gives a factor for each lesion severity (`cd.refractory_factor`; run
# `msbackpain.conduction.refractory_factor` to see the table). The model's factor is
# {{chain_f4}} at lesion severity 4, {{chain_f6}} at severity 6 and {{chain_edge}} at severity
# {{chain_edge_f}}, the most severe lesion that still conducts; it reaches 2 only near severity
# {{chain_twice_f}}. So in this model Felts' typical 2–5 times appears only close to block, while
# the rat axons showed it and kept conducting: the model's lesion is much simpler than real
# demyelination. This notebook uses Felts' measured factors; the whole-chain model of notebook 07
# uses the node chain's relation.
#
# </details>
#
# ### Build the refractory rule in three steps
#
# **Step 1.** Write `passes(interval_ms, refractory_ms)`: `True` if a spike arriving
# `interval_ms` after the last delivered spike gets through a fibre whose refractory period is
# `refractory_ms`.


# %% tags=["exercise", "build"]
def passes(interval_ms, refractory_ms):
    return ...


check.build_step_1(passes)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def passes(interval_ms, refractory_ms):
#     return interval_ms >= refractory_ms
#
#
# check.build_step_1(passes)
# ```
#
# An interval exactly one refractory period long passes; anything shorter is lost.
# </details>

# %% [markdown]
# **Step 2.** Write `last_delivered(spike_times_ms, refractory_ms)`: walk along a sorted train
# and return the time of the last spike that got through. Keep a variable `last` (start at
# `-math.inf`, so the first spike always passes) and move it only when a spike passes.


# %% tags=["exercise", "build"]
def last_delivered(spike_times_ms, refractory_ms):
    return ...


check.build_step_2(last_delivered)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def last_delivered(spike_times_ms, refractory_ms):
#     last = -math.inf
#     for t in spike_times_ms:
#         if passes(t - last, refractory_ms):
#             last = t
#     return last
#
#
# check.build_step_2(last_delivered)
# ```
#
# A lost spike leaves `last` where it was: that is "a lost spike does not restart the clock".
# </details>

# %% [markdown]
# **Step 3.** Write `delivered(spike_times_ms, refractory_ms)`: a list with `True` for each spike
# that gets through and `False` for each that is lost. The check compares it with the
# collection's `sg.delivered_mask` on several trains; once it passes, the rest of this notebook
# uses your function.


# %% tags=["exercise", "build"]
def delivered(spike_times_ms, refractory_ms):
    return ...


refractory_rule = check.build_step_3(delivered)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def delivered(spike_times_ms, refractory_ms):
#     kept, last = [], -math.inf
#     for t in spike_times_ms:
#         ok = passes(t - last, refractory_ms)
#         kept.append(ok)
#         if ok:
#             last = t
#     return kept
#
#
# refractory_rule = check.build_step_3(delivered)
# ```
#
# The same walk as step 2, remembering the verdict for every spike.
# </details>

# %% [markdown]
# Here is half a second of an irregular train at 80 spikes per second (80 Hz), sent once into a
# healthy fibre and once into a fibre whose refractory period is 5 times normal, through
# `refractory_rule` (yours once step 3 passes). This cell draws the figure in full, so you can
# change it: sent spikes on the top row of each panel, delivered ones below, lost ones as crosses.

# %%
train = sg.poisson_train(80.0, 500.0, seed=2)
tick = {"marker": "|", "linestyle": "none", "ms": 16, "mew": 2, "color": style.HEALTHY}
fig = Figure(figsize=(10, 4.6))
axes = fig.subplots(2, 1, sharex=True)
blocked = []
for ax, factor in zip(axes, (1.0, 5.0), strict=True):
    kept = np.asarray(refractory_rule(train, factor * sg.NORMAL_REFRACTORY_MS), dtype=bool)
    blocked.append(int((~kept).sum()))
    ax.plot(train[kept], np.ones(kept.sum()), label="sent and delivered", **tick)
    lost = train[~kept]
    ax.plot(lost, np.ones(lost.size), "x", ms=8, mew=2, color=style.AFFECTED, label="sent, lost")
    ax.plot(train[kept], np.zeros(kept.sum()), **tick)
    ax.set_yticks([0, 1], ["delivered", "sent"])
    ax.set_ylim(-0.6, 1.9)
    ax.set_title(f"refractory × {factor:g}: {kept.sum()} of {train.size} delivered")
    ax.grid(False)
axes[0].legend(loc="upper right", ncols=2, fontsize=10)
axes[1].set_xlabel("time (ms)")
show_figure(fig, captions.raster(*blocked))

# %% [markdown]
# Even the healthy fibre loses the odd spike that comes within 1 ms of the one before: an
# irregular train sometimes fires two spikes almost at once. The damaged fibre loses
# {{raster_lost}} of the {{raster_sent}}.
#
# > **Think!** Felts and colleagues found refractory periods typically 2–5 times normal. If a
# > damaged fibre can still carry one spike, can it carry a hundred per second? Does it depend on
# > whether the spikes come regularly?
#
# <details><summary>One way to think about it</summary>
#
# It depends on the intervals, not only on the rate. A regular train at 100 Hz has 10 ms between
# spikes, more than a 5 ms refractory period, so nothing is lost; an irregular train at the same
# average rate sometimes has two spikes 2 ms apart, and the second is lost. Section 2 makes this
# exact.
#
# </details>
#
# ## 2. Frequency-dependent block
#
# How many spikes get through depends on how fast they come. With a refractory period τ (in
# seconds) and a firing rate r (spikes per second), the rule you built gives
# (`sg.delivered_fraction`):
#
# * **a perfectly regular train** (interval T = 1/r): every spike gets through while T is at
#   least τ; below that, every second, third, ... spike is lost.
# * **an irregular (*[Poisson](glossary.md#poisson-train)*) train**: some intervals are short even
#   at a low average rate, and the fraction delivered is $1/(1 + r\tau)$.
#
# Real motor neurons fire neither perfectly regularly nor at random; these two cases bracket the
# truth. The table compares the healthy fibre (× 1), a typical damaged one (× 5) and the worst
# case Felts and colleagues saw (× 34).

# %%
rates = [10, 20, 35, 50, 100, 200]
table = {}
for train_type in ("regular", "poisson"):
    for factor in (1.0, 5.0, 34.0):
        table[(train_type, f"× {factor:g}")] = sg.delivered_fraction(
            np.array(rates, dtype=float), factor, train=train_type
        ).round(2)
fractions = pd.DataFrame(table, index=pd.Index(rates, name="rate (Hz)"))
fractions

# %% [markdown]
# The same numbers as curves, with markers from a simulation (2-second trains pushed through
# your `refractory_rule`) to show that the formulas and the rule agree. The grey band marks the
# rates at which [motor units](glossary.md#motor-unit) (a motor nerve cell together with the muscle
# fibres it drives) fire in the motor-unit model of notebook 03: from 8 Hz when first
# [recruited](glossary.md#recruitment) (switched on as the effort grows) up to at most 35 Hz
# [@fuglevand1993].

# %%
rate_grid = np.linspace(0.0, 200.0, 201)
sim_rates = np.arange(10.0, 201.0, 10.0)
make_train = {"regular": sg.regular_train, "poisson": lambda r, d: sg.poisson_train(r, d, seed=7)}
fig = Figure(figsize=(10, 4.4))
axes = fig.subplots(1, 2, sharey=True)
for ax, kind in zip(axes, ("regular", "poisson"), strict=True):
    figures.plot_delivered_fraction(ax, rates_hz=rate_grid, train=kind)
    for i, factor in enumerate((1.0, 5.0, 34.0)):
        tau_ms = factor * sg.NORMAL_REFRACTORY_MS
        simulated = [
            np.mean(refractory_rule(make_train[kind](r, 2000.0), tau_ms)) for r in sim_rates
        ]
        st = style.series_style(i)
        ax.plot(sim_rates, simulated, linestyle="none", marker=st["marker"], color=st["color"])
    ax.set_title(f"{kind.capitalize()} train")
axes[1].set_ylabel("")
axes[1].get_legend().remove()
show_figure(fig, TEXTS["delivered-fraction"])

# %% [markdown]
# What the model says:
#
# * With **regular** firing and typical damage (5×), nothing is lost below
#   {{regular_5x_from_hz}}, far above motor-unit rates.
# * With **irregular** firing, spikes are lost at every rate: at 100 Hz the 5× fibre delivers
#   {{poisson_100_5x}} of the spikes against {{poisson_100_1x}} for the healthy one.
# * In the **worst case** (34×), a regular train loses every second spike from about
#   {{regular_34x_from_hz}}, inside the motor-unit band.
#
# So in this model how many spikes a damaged fibre loses depends as much on *how irregular* the
# firing is as on its rate: the frequency-dependent block that Schauf and Davis [-@schauf1974]
# described in their computer model.
#
# ### Interactive: a spike train through a lesion
#
# Choose the **firing rate**, the **refractory period** (× normal) and the **kind of train**.
# The square marks this particular half-second, which wanders around the curve because a short
# sample of an irregular train is itself irregular. Things to try:
#
# 1. Regular train, refractory × 5: find the rate at which spikes start to be lost.
# 2. Switch to the irregular train at the same settings. What changes at 30 Hz?
# 3. Set × 34 and move the rate through the grey band of motor-unit rates.

# %%
spike_train = make_spike_train()
spike_train.show()

# %% [markdown]
# ## 3. Temporal dispersion: a volley arrives smeared out
#
# A nerve is a bundle of many fibres. When they fire together, the *volley* arrives together if
# all fibres conduct at similar speeds. Demyelination slows some fibres and not others, so the
# arrivals spread out: the summed response gets lower and wider (`sg.dispersed_volley`).
#
# <details><summary>Deeper: the bundle in the model</summary>
#
# 200 fibres of 8–12 µm (6 m/s per µm [@hursh1939], as in notebook 01), a chosen share of them
# slowed by a random factor between 1 and 3, over 500 mm (`sg.bundle_velocities`). These are
# **assumptions for teaching**, not measurements; each fibre adds one small bump of the same shape
# at its arrival time.
#
# </details>

# %%
volleys, labels = [], []
for damaged in (0.0, 0.3, 0.8):
    velocities = sg.bundle_velocities(200, damaged_fraction=damaged, max_slowing=3.0, seed=1)
    volleys.append(sg.dispersed_volley(velocities, distance_mm=500.0))
    labels.append(f"{100 * damaged:.0f}% damaged")
for label, vol in zip(labels, volleys, strict=True):
    print(f"{label:>13}: arrival spread {vol.spread_ms:.1f} ms, peak {vol.peak:.0f} fibres")

# %%
fig = Figure(figsize=(9, 4.4))
figures.plot_dispersed_volley(fig.add_subplot(), volleys, labels)
show_figure(fig, TEXTS["dispersed-volley"])

# %% [markdown]
# For a muscle, a smeared-out command means its motor units act less together; for the brain, a
# smeared-out sensory volley is a weaker, less precise signal. Clinical
# *[evoked potentials](glossary.md#evoked-potential)* get lower and wider in the same way.

# %% [markdown]
# ## 4. Slower sensory feedback
#
# Keeping your balance depends on feedback: the feet and legs sense a
# [sway](glossary.md#postural-sway), the spinal cord and brain respond, and the muscles correct
# it. Cameron, Horak and colleagues [-@cameron2008] moved the platform under 10 people with MS,
# chosen because they had problems with balance, and 10 healthy people of the same age and sex.
# The automatic postural responses (quick muscle reactions that stop a fall) started at
# **161 ± 31 ms in MS against 102 ± 21 ms [in controls](glossary.md#control-group)** (mean ±
# [standard deviation](glossary.md#standard-deviation)), measured as the first electrical
# activity of the leg muscles. In the people with MS the delay went with the conduction time of
# their spinal sensory pathways ([correlation](glossary.md#correlation) r = 0.73).
#
# > **Think!** Damage changes a sensory message in two ways in this notebook: in section 3 and
# > in this section. What are they, and how might each matter for balance?
#
# <details><summary>One way to think about it</summary>
#
# Section 3: the message is *smeared* (lower and wider, less precise). This section: it is
# *late*. A late correction has to be bigger; notebook 05 shows in its model that sway grows with
# the feedback delay.
#
# </details>
#
# A simple model of the loop: a **fixed delay** for everything except sensory conduction
# (processing, the motor command's way back, the muscle), plus the **conduction time** over the
# sensory path, which a lesion multiplies by a **slowing** factor:
#
# $$\text{latency} = \text{fixed delay} + \frac{\text{path length}}{\text{healthy velocity}}
# \times \text{slowing}$$
#
# The **fixed delay** is chosen so that a healthy loop gives the control mean, and the
# **slowing** so that it gives the MS mean: a *calibration* to two averages, not a measurement
# (`sg.feedback_latency_ms`, `sg.slowing_for_latency`).
#
# <details><summary>Deeper: the assumptions behind the calibration</summary>
#
# Treating the measured onset latencies as the delay of this loop is an **assumption**: they say
# when the muscles start to respond, not how long the whole correction takes. We also assume a
# path of 1.5 m from foot to brain and a healthy velocity of 60 m/s (a 10 µm fibre by Hursh's
# rule [-@hursh1939]). Change them and the fixed delay and the slowing change too (exercises 3
# and 4).
#
# </details>

# %%
healthy_conduction_ms = 1000.0 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S
print(f"healthy conduction over {sg.AFFERENT_PATH_M} m: {healthy_conduction_ms:.0f} ms")
print(f"fixed delay (calibrated): {sg.FIXED_LOOP_DELAY_MS:.0f} ms")
print(f"slowing for the MS mean (calibrated): {sg.MS_CONDUCTION_SLOWING:.2f} ×")
low = sg.slowing_for_latency(sg.MS_LATENCY_MS - sg.MS_LATENCY_SD_MS)
high = sg.slowing_for_latency(sg.MS_LATENCY_MS + sg.MS_LATENCY_SD_MS)
print(f"slowing for the MS mean ± 1 SD: {low:.1f} × to {high:.1f} ×")

# %%
fig = Figure(figsize=(9, 4.6))
figures.plot_feedback_latency(fig.add_subplot())
show_figure(fig, TEXTS["feedback-latency"])

# %% [markdown]
# How far to trust this:
#
# * A slowing of about {{ms_slowing_round}} over the **whole** path is a lot: it is what the
#   model needs if *all* the extra delay came from slower conduction. Part of the real delay is
#   probably central (processing in the spinal cord and brain), which the model keeps fixed.
# * A single line cannot reproduce the scatter in the data: everyone with the same slowing gets
#   the same [latency](glossary.md#latency).
# * The two means describe 10 people with MS selected for imbalance, not everyone with MS, and
#   the model treats them as a [loop delay](glossary.md#loop-delay) (an assumption).
#
# What the model does show is the direction, which notebook 05 builds on: in this model a slower
# feedback loop reacts later to a sway, and a late reaction has to be bigger. Clinically, balance
# in MS also depends on strength, vision, the inner ear, attention and fatigue, which this loop
# leaves out.

# %% [markdown]
# ## Exercise
#
# ### Exercise 1: when does an irregular train lose one spike in five?
#
# For an irregular (Poisson) train and a refractory period 5 times normal (τ = 5 ms), at what
# firing rate in Hz does the fibre deliver exactly 80% of the spikes? Solve
# $1/(1 + r\tau) = 0.8$ by hand or search with `sg.delivered_fraction`.

# %% tags=["exercise"]
rate_for_80_percent = ...

check.exercise_1(rate_for_80_percent)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# tau_s = 5 * sg.NORMAL_REFRACTORY_MS / 1000  # 0.005 s
# rate_for_80_percent = (1 / 0.8 - 1) / tau_s
#
# check.exercise_1(rate_for_80_percent)
# ```
#
# 1 + rτ = 1.25, so rτ = 0.25 and r = 0.25 / 0.005 s = {{ex1_rate}}. A healthy fibre (τ = 1 ms)
# would deliver about {{ex1_healthy_pct}} at the same rate.
# </details>

# %% [markdown]
# ## Quiz
#
# With a running kernel each answer gets instant feedback; without one, the answers are folded
# below each question.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Demyelinated axons can keep conducting, but their refractory period is typically 2–5 times
#   normal and up to 34 times [@felts1997].
# * With the rule you built (a spike within one refractory period of the last delivered spike is
#   lost), the fraction delivered falls with firing rate: frequency-dependent block
#   [@schauf1974]. In this model, irregular trains lose spikes at every rate; regular ones lose
#   none at motor-unit rates unless the damage is severe.
# * Fibres damaged to different degrees smear out a volley: lower and wider responses.
# * In 10 people with MS selected for imbalance, [postural responses](glossary.md#postural-response)
#   started about 60 ms later than in controls [@cameron2008]; a loop model calibrated to the two
#   means needs a {{ms_slowing_round}}-fold slowing of conduction, probably too much: part of the
#   delay is likely central.
#
# ## If you live with MS
#
# **What this means for you.** Slowed or thinned-out signals are one reason a movement can feel
# weaker, clumsier or slower to correct than it used to, especially when tired or hot. The nervous
# system adapts, and many fibres keep conducting even when damaged.
#
# **What it does not mean.** These are simple models of single fibres and average delays. They
# cannot say how many of your fibres are affected, predict your balance or strength, or tell you
# what is causing a particular symptom. A slowed signal is not a sign that something is getting
# worse right now.
#
# **Questions you could ask your care team.**
#
# * Have my evoked potentials ever been measured, and what did they show?
# * Could balance training or a physiotherapy assessment help me?
# * Which changes in my symptoms should I report, and to whom?
#
# ## What's next
#
# Notebook 03 follows the thinned, smeared-out commands into the muscle. Fewer spikes, arriving
# less regularly, mean less force, and less steady force, from the same effort: weakness, and a
# muscle that tires sooner.

# %% [markdown]
# ## References
#
# The sources cited in this notebook, its figures and its quiz:
