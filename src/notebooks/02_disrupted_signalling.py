# %% [markdown]
# # Disrupted signalling: what gets through a damaged fibre
#
# Muscles and the brain do not read single spikes (the short electrical pulses that nerve fibres
# carry). They read *trains* of spikes: the more [spikes per second](glossary.md#firing-rate) a
# [motor nerve fibre](glossary.md#motor-neuron) carries,
# the harder its muscle fibres pull; the more spikes a sensory fibre carries, the stronger the
# sensation. Notebook 01 followed one spike along a damaged fibre. This notebook follows whole
# trains. After each spike a fibre needs a short time to recover before it can carry the next
# one: its *[refractory period](glossary.md#refractory-period)*. Across a stretch that has lost its
# myelin (a *demyelinated*
# stretch) this recovery takes longer, so spikes that follow too closely are lost. And because
# the fibres in a nerve are damaged to different degrees, a burst of spikes that sets off together
# arrives smeared out. Sensory messages about balance arrive late. Each of these effects is small
# and simple; together they help explain why, in MS, commands reach muscles weaker and less
# steady.
#
# **What you will learn.** By the end you will be able to:
#
# * state the refractory-period rule, and use it to explain
#   *[frequency-dependent block](glossary.md#frequency-dependent-block)* (the
#   faster spikes come, the larger the share that is lost);
# * explain why irregular firing loses spikes at ordinary rates where perfectly regular firing
#   does not, and compute the fraction of spikes delivered with the model's formulas;
# * explain what *[temporal dispersion](glossary.md#temporal-dispersion)* (arrival times spread out
#   because fibres are slowed by
#   different amounts) does to a [volley](glossary.md#volley) of spikes sent down a bundle of
#   fibres;
# * explain how slowed conduction could lengthen balance reactions, calibrate a simple loop model
#   to published reaction times, and say what such a calibrated model can and cannot tell you.
#
# **Time:** about 30 minutes. **Prerequisites:** notebook 01 (what a spike is, conduction block).
# A little algebra (solving a simple equation) for the exercises.

# %% [markdown]
# ## Setup
#
# This cell loads the collection's package, `msbackpain`, and applies one colour-blind-safe look
# to every figure. Run it first.

# %%
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import conduction as cd
from msbackpain import signalling as sg
from msbackpain.lessons.disrupted_signalling import captions, figures, quiz
from msbackpain.lessons.disrupted_signalling import checks as check
from msbackpain.lessons.disrupted_signalling.captions import TEXTS
from msbackpain.lessons.disrupted_signalling.diagrams import make_spike_train
from msbackpain.lessons.disrupted_signalling.results import CHAIN_SEVERITIES
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
# Our model turns that into one rule (`sg.delivered_mask`): *a spike gets through if at least one
# refractory period has passed since the last spike that got through; otherwise it is lost.* A
# lost spike does not restart the clock. The refractory period is a factor times a normal value of
# **1 ms, a round value we assume**: the model needs a normal value to turn Felts' factors into
# times.
#
# **What notebook 01's nerve model says.** The same measure can be computed in notebook 01's
# chain of nodes: send two spikes a chosen interval apart into the chain and find the shortest
# interval at which the second one still gets past the lesion (`cd.refractory_period_ms`, a
# *two-pulse test*). Divided by the same interval for a healthy chain, this gives the factor for
# each lesion severity (30 nodes, a 6-node lesion, a strong stimulus, at the model's reference
# temperature; `cd.refractory_factor` looks it up in a table of such runs, and the cell below
# repeats one run to show the table is the model's).

# %%
chain = pd.DataFrame(
    {"refractory period (× normal)": cd.refractory_factor(np.array(CHAIN_SEVERITIES))},
    index=pd.Index(CHAIN_SEVERITIES, name="lesion severity"),
)
exact = cd.refractory_factor_exact(6.0)
print(
    f"two-pulse runs at severity 6: {exact:.2f} × normal (table: {cd.refractory_factor(6.0):.2f})"
)
chain.round(2)

# %% [markdown]
# The model's factor is {{chain_f4}} at lesion severity 4, {{chain_f6}} at severity 6 and
# {{chain_edge}} at severity {{chain_edge_f}}, the most severe lesion in the table that still
# conducts. Up to severity {{chain_flat_f}} the stimulation site, not the lesion, sets the
# interval, so the factor stays at 1; it reaches 2 only near severity {{chain_twice_f}}. So in
# this model Felts' typical 2–5 times appears only close to block, while the rat axons showed it
# and kept conducting: the model's lesion (more capacitance and more leak, nothing else) is much
# simpler than real demyelination. The rest of this notebook uses Felts' measured factors to show
# what such factors do to a train of spikes. The whole-chain model of notebook 07 takes the factor
# from the node chain's relation above, so there a lesion loses spikes through its refractory
# period only when it is close to block.
#
# Here is half a second of an irregular train at 80 spikes per second (80 Hz), sent once into a
# healthy fibre and once into a fibre whose refractory period is 5 times normal.

# %%
train = sg.poisson_train(80.0, 500.0, seed=2)
blocked = []
for factor in (1.0, 5.0):
    kept = sg.delivered_mask(train, factor * sg.NORMAL_REFRACTORY_MS)
    blocked.append(int((~kept).sum()))
    print(f"refractory × {factor:g}: {kept.sum()} of {train.size} spikes delivered")

# %%
fig = Figure(figsize=(10, 4.6))
axes = fig.subplots(2, 1, sharex=True)
for ax, factor in zip(axes, (1.0, 5.0), strict=True):
    figures.plot_raster(ax, train, factor * sg.NORMAL_REFRACTORY_MS)
axes[0].set_xlabel("")
axes[1].get_legend().remove()
show_figure(fig, captions.raster(*blocked))

# %% [markdown]
# Even the healthy fibre loses the odd spike that comes within 1 ms of the one before: an
# irregular train sometimes fires two spikes almost at once. The damaged fibre loses
# {{raster_lost}} of the {{raster_sent}}.
#
# ## 2. Frequency-dependent block
#
# How many spikes get through depends on how fast they come. With a refractory period τ (in
# seconds) and a firing rate r (spikes per second), `sg.delivered_fraction` gives:
#
# * **a perfectly regular train** (interval T = 1/r): if T is at least τ, every spike gets through.
#   If not, every second, third, ... spike is lost: the fraction delivered is 1/m, where m is τ/T
#   rounded up.
# * **an irregular train** whose spikes come at random moments (a
#   *[Poisson](glossary.md#poisson-train)* train): some intervals
#   are short even at a low average rate, and the fraction delivered is
#
# $$\text{fraction delivered} = \frac{1}{1 + r\,\tau}$$
#
# Real motor neurons fire neither perfectly regularly nor completely at random; these two cases
# bracket the truth. The table compares them for the healthy fibre (× 1), a typical damaged one
# (× 5) and the worst case Felts and colleagues saw (× 34).

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
# `sg.delivered_mask`) to show that the formulas and the rule agree. The grey band marks the rates
# at which [motor units](glossary.md#motor-unit) (a motor nerve cell together with the muscle
# fibres it drives) fire in the motor-unit model of notebook 03: from 8 Hz when first
# [recruited](glossary.md#recruitment) (switched on as the effort grows) up to at most 35 Hz
# [@fuglevand1993].

# %%
rate_grid = np.linspace(0.0, 200.0, 201)
sim_rates = np.arange(10.0, 201.0, 10.0)
fig = Figure(figsize=(10, 4.4))
axes = fig.subplots(1, 2, sharey=True)
for ax, train_type in zip(axes, ("regular", "poisson"), strict=True):
    figures.plot_delivered_fraction(ax, rates_hz=rate_grid, train=train_type)
    for i, factor in enumerate((1.0, 5.0, 34.0)):
        simulated = sg.delivered_fraction_curve(
            sim_rates, factor * sg.NORMAL_REFRACTORY_MS, duration_ms=2000.0, train=train_type
        )
        st = style.series_style(i)
        ax.plot(sim_rates, simulated, linestyle="none", marker=st["marker"], color=st["color"])
    ax.set_title(f"{train_type.capitalize()} train")
axes[1].set_ylabel("")
axes[1].get_legend().remove()
show_figure(fig, TEXTS["delivered-fraction"])

# %% [markdown]
# What the model says, and what it does not:
#
# * With **regular** firing and the *typical* prolongation (2–5×), nothing is lost until the
#   interval between spikes becomes shorter than the refractory period: above
#   {{regular_5x_from_hz}} for 5×,
#   far above the rates motor units use. Typical damage alone would not thin out a regular train.
# * With **irregular** firing, some intervals are short even at ordinary rates, and spikes are lost
#   at every rate: at 100 Hz the 5× fibre delivers {{poisson_100_5x}} of the spikes against
#   {{poisson_100_1x}} for the healthy one.
# * In the **worst case** (34×), losses reach the motor-unit band: once the interval between
#   spikes is shorter than 34 ms, above about {{regular_34x_from_hz}}, a regular train loses every
#   second spike.
#
# So how many spikes a damaged fibre loses depends as much on *how irregular* the firing is as on
# its rate. This is the frequency-dependent block that Schauf and Davis [-@schauf1974] described
# in their computer model: demyelinated fibres fail at much lower impulse frequencies than normal
# ones.
#
# ### Interactive: a spike train through a lesion
#
# Choose the **firing rate**, how many times longer than normal the **refractory period** is, and
# the **kind of train**. The top panel shows half a second of spikes, the bottom panel where you
# are on the fraction-delivered curve. The square marks what happened in this particular
# half-second, which wanders around the curve, because a short sample of an irregular train is
# itself irregular. Things to try:
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
# A nerve is a bundle of many fibres. When they fire together, the *volley* arrives together at the
# far end if all fibres conduct at similar speeds. Demyelination slows some fibres and not
# others, so the arrivals spread out in time: the summed response gets lower and wider. In the
# model (`sg.bundle_velocities`, `sg.dispersed_volley`) the bundle has 200 fibres of 8–12 µm
# (6 m/s per µm [@hursh1939], as in notebook 01), a chosen share of them slowed by a random
# factor between 1 and 3, and the volley travels 500 mm. These distributions and distances are
# **assumptions for teaching**, not measurements; each fibre adds one small bump of the same
# shape at its arrival time.

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
# For a muscle, a smeared-out command means its motor units are activated less together; for the
# brain, a smeared-out sensory volley is a weaker, less precise signal.
# *[Evoked potentials](glossary.md#evoked-potential)* (the
# responses of the brain or spinal cord to a stimulus, recorded in the clinic with electrodes on
# the skin) get lower and wider in the same way.

# %% [markdown]
# ## 4. Slower sensory feedback
#
# Keeping your balance depends on feedback: the feet and legs sense a
# [sway](glossary.md#postural-sway), the spinal cord and
# brain respond, and the muscles correct it. Cameron, Horak and colleagues [-@cameron2008] moved
# the platform under 10 people with MS, chosen because they had problems with balance, and under
# 10 healthy people of the same age and sex. The automatic postural responses (the quick muscle
# reactions that stop a fall, made without thinking) started at **161 ± 31 ms in MS against
# 102 ± 21 ms [in controls](glossary.md#control-group)** (mean ±
# [standard deviation](glossary.md#standard-deviation)). These are *onset latencies*: the time
# from the platform's movement to the first electrical activity of the leg muscles, recorded with
# electrodes on the skin (electromyography, EMG). In the people with MS the delay went with the
# conduction time of their spinal sensory pathways ([correlation](glossary.md#correlation)
# r = 0.73, where 1 would be a perfect straight-line relation and 0 none).
#
# A simple model of the loop: a **fixed delay** for everything except sensory conduction
# (processing, the motor command's way back, the muscle), plus the **conduction time** over the
# sensory path, which a lesion multiplies by a **slowing** factor:
#
# $$\text{latency} = \text{fixed delay} + \frac{\text{path length}}{\text{healthy velocity}}
# \times \text{slowing}$$
#
# Treating the measured onset latencies as the delay of this loop is itself an **assumption**:
# they say when the muscles start to respond, not how long the whole correction takes. We also
# assume a path of 1.5 m from foot to brain and a healthy velocity of 60 m/s (a 10 µm fibre by
# Hursh's rule [-@hursh1939]). Then the **fixed delay** is chosen so that a healthy loop gives
# the control mean, and the **slowing** so that it gives the MS mean. Both are a *calibration* to
# two averages, not a measurement (`sg.feedback_latency_ms`, `sg.slowing_for_latency`).

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
#   probably central, in the processing of the spinal cord and brain, which this model lumps into
#   a fixed delay that does not change with MS.
# * The model is a single line, so it cannot reproduce the *scatter* in the data or the
#   correlation of 0.73: every person with the same slowing gets the same
#   [latency](glossary.md#latency).
# * The path length and the healthy velocity are assumptions. Change them and the fixed delay and
#   the slowing change too (exercises 3 and 4 show how).
# * The two means come from 10 people with MS selected because of imbalance: they describe people
#   with balance problems, not everyone with MS. And they are muscle onset latencies, which the
#   model treats as a [loop delay](glossary.md#loop-delay) (an assumption).
#
# What the model does show is the direction, which notebook 05 builds on: a slower feedback loop
# reacts later to a sway, and a late reaction has to be bigger.

# %% [markdown]
# ## Exercises
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
# ### Exercise 2: the worst case and the motor-unit band
#
# For a *regular* train and the largest prolongation Felts and colleagues saw (34 times normal,
# so τ = 34 ms), what is the lowest firing rate in Hz at which spikes start to be lost?

# %% tags=["exercise"]
lowest_losing_rate = ...

check.exercise_2(lowest_losing_rate)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# tau_ms = 34 * sg.NORMAL_REFRACTORY_MS
# lowest_losing_rate = 1000 / tau_ms
#
# check.exercise_2(lowest_losing_rate)
# ```
#
# A regular train keeps every spike while its interval, 1000/rate ms, is at least τ. The interval
# equals 34 ms at 1000/34 ≈ {{regular_34x_from_hz}}; any faster and every second spike is lost.
# That is inside the 8–35 Hz band of motor-unit rates.
# </details>

# %% [markdown]
# ### Exercise 3: the fixed delay of the loop
#
# With a 1.5 m sensory path and a healthy velocity of 60 m/s, what fixed delay (in ms) makes the
# healthy loop take the control mean of 102 ms? Compute it from `sg.AFFERENT_PATH_M`,
# `sg.HEALTHY_AFFERENT_VELOCITY_M_S` and `sg.CONTROL_LATENCY_MS`.

# %% tags=["exercise"]
fixed_delay_ms = ...

check.exercise_3(fixed_delay_ms)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# conduction_ms = 1000 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S  # 25 ms
# fixed_delay_ms = sg.CONTROL_LATENCY_MS - conduction_ms
#
# check.exercise_3(fixed_delay_ms)
# ```
#
# 1.5 m at 60 m/s takes {{healthy_conduction_ms}}, so the rest of the 102 ms, {{fixed_delay_ms}},
# is everything else in the loop.
# </details>

# %% [markdown]
# ### Exercise 4: how much slowing explains the MS mean?
#
# Using your fixed delay, by what factor must the {{healthy_conduction_ms}} of conduction be
# slowed for the loop to take the MS mean of 161 ms?

# %% tags=["exercise"]
slowing_for_ms_mean = ...

check.exercise_4(slowing_for_ms_mean)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# conduction_ms = 1000 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S
# fixed_delay_ms = sg.CONTROL_LATENCY_MS - conduction_ms
# slowing_for_ms_mean = (sg.MS_LATENCY_MS - fixed_delay_ms) / conduction_ms
#
# check.exercise_4(slowing_for_ms_mean)
# ```
#
# (161 − {{fixed_delay_ms}}) / {{healthy_conduction_ms}} = {{ms_slowing}}. Try a longer path, say
# 1.8 m: the conduction time grows, the fixed delay shrinks and the slowing needed falls. The
# calibration depends on its assumptions.
# </details>

# %% [markdown]
# ## Quiz
#
# Five questions on the mechanisms of this notebook: when a damaged fibre loses spikes, why
# irregular firing matters, what dispersion does to a volley and how far to trust a calibrated
# model. Answer in the form below: with a running kernel each answer gets instant feedback that
# explains it. Without a kernel, the questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Demyelinated axons can keep conducting, but their refractory period of transmission is
#   typically 2–5 times normal and up to 34 times [@felts1997]. Notebook 01's node chain reaches
#   such factors only close to block; this notebook illustrates the measured factors, and the
#   whole-chain model of notebook 07 uses the node chain's relation.
# * With the rule "a spike within one refractory period of the last delivered spike is lost", the
#   fraction delivered falls with firing rate: frequency-dependent block [@schauf1974].
# * How much is lost depends on the firing pattern: regular trains lose nothing at motor-unit rates
#   with typical damage, irregular trains lose spikes at every rate, and the worst damage loses
#   every second spike from about {{regular_34x_from_hz}} (1000 ms / 34 ms).
# * Fibres damaged to different degrees smear out a volley in time: lower and wider responses.
# * In 10 people with MS selected for imbalance, [postural responses](glossary.md#postural-response)
#   started about 60 ms later than in controls [@cameron2008]. A loop model calibrated to the two
#   means (treating them as loop delays, an assumption) needs a {{ms_slowing_round}}-fold slowing of
#   conduction
#   over the whole path, probably too much: part of the delay is likely central.
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
