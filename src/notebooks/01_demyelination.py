# %% [markdown]
# # Demyelination: how a damaged nerve fibre slows or stops a signal
#
# Nerve fibres carry messages as short electrical pulses called *spikes*
# ([action potentials](glossary.md#action-potential)).
# In the brain and spinal cord many fibres are wrapped in *myelin*, a fatty insulating coat. The
# coat has small gaps every so often, the *[nodes of Ranvier](glossary.md#node-of-ranvier)*. The
# spike leaps from one gap to the
# next, and that makes it fast. In multiple sclerosis (MS) the immune system strips the myelin
# from stretches of fibre: this is *demyelination*. Along a bare stretch the spike has more
# membrane to charge up and more current [leaks](glossary.md#leak-conductance) away, so it slows
# down. If the damage is bad
# enough, the spike stops altogether: *conduction block*. Warmth makes this worse, which is one
# reason many people with MS feel worse when they are hot. In this notebook you build a small
# computer model of one fibre, damage it, warm it, and watch the spike.
#
# **What you will learn.** By the end you will be able to:
#
# * explain what myelin does, and compare how fast myelinated and unmyelinated fibres
#   [conduct](glossary.md#conduction-velocity);
# * describe how the model stands for a myelinated fibre (a row of nodes joined by
#   [internodes](glossary.md#internode)) and
#   for a demyelinating *lesion* (a damaged stretch whose nodes have more membrane to charge and
#   more leak);
# * explain why a lesion slows a spike and when it blocks it, and say what the
#   *[safety factor](glossary.md#safety-factor)*
#   (the current a node receives compared with the current it needs to fire) measures;
# * explain why a small rise in temperature can block a damaged fibre but not a healthy one
#   (*[Uhthoff's phenomenon](glossary.md#uhthoffs-phenomenon)*), and find a fibre's block
#   temperature with the model;
# * say what the model's numbers can and cannot tell you about real fibres, and which of its
#   results to trust (the directions of the effects, not the exact degrees).
#
# **Time:** about 35 minutes. **Prerequisites:** notebook 00 helps (the map of the whole chain);
# the ideas of voltage and current. The one equation is explained in words.

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
from msbackpain.lessons.demyelination import checks as check
from msbackpain.lessons.demyelination import figures, quiz
from msbackpain.lessons.demyelination.captions import TEXTS
from msbackpain.lessons.demyelination.diagrams import make_lesion_explorer
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. What myelin does
#
# A bare (unmyelinated) fibre has to regenerate the spike at every patch of membrane along its
# length. A myelinated fibre only does so at the nodes; in between, the insulated stretch (the
# *internode*) passes the current on quickly, as a cable does. The classic measurement, in cat and
# rabbit nerves [@hursh1939], is that myelinated fibres conduct at roughly **6 m/s per µm of fibre
# diameter**, about 60 m/s for a 10 µm fibre, while the speed of unmyelinated fibres grows only
# with the *square root* of the diameter. For the constant of that square-root rule the code below
# uses 1 m/s at 1 µm, an **assumption** with no measurement behind it: read the unmyelinated line
# for its shape, not its exact height.

# %%
diameters = np.array([1.0, 2.0, 5.0, 10.0, 20.0])
speeds = pd.DataFrame(
    {
        "diameter (µm)": diameters,
        "myelinated (m/s)": cd.myelinated_velocity(diameters),
        "unmyelinated (m/s, assumed constant)": cd.unmyelinated_velocity(diameters).round(1),
    }
)
speeds

# %%
fig = Figure(figsize=(8, 4.2))
figures.plot_velocity_vs_diameter(fig.add_subplot())
show_figure(fig, TEXTS["velocity"])

# %% [markdown]
# Losing myelin therefore matters twice: the damaged stretch conducts more slowly, and, as the
# rest of this notebook shows, it can stop conducting altogether.

# %% [markdown]
# ## 2. A model fibre: a chain of nodes
#
# Our model fibre is a row of 30 nodes of Ranvier. Each node is a small patch of membrane with
# *[sodium channels](glossary.md#ion-channels)* (they open quickly when the voltage inside the fibre
# rises, which is called
# *[depolarisation](glossary.md#depolarisation)*, and let positive charge in: the upstroke of the
# spike) and *potassium
# channels* (they open more slowly and let charge out: the recovery). Their behaviour is the
# [Hodgkin–Huxley model](glossary.md#hodgkinhuxley-model) [@hodgkin1952], measured on the
# giant axon of the squid.
# Neighbouring nodes are joined by the internode, which here is simply a
# [conductance](glossary.md#conductance) `g_ax` (how
# easily current flows along the fibre from one node to the next; 3 mS/cm² in the model).
# Current flows from a node that has fired into its resting neighbours and lifts them to
# *threshold* (the voltage at which their own sodium channels open enough to fire a spike), and so
# the spike moves on. Node 0 gets a short electric pulse to start a spike.
#
# For the node with number *i* (this is the equation `cd.simulate_axon` solves):
#
# $$C_i \frac{dV_i}{dt} = -I_{\mathrm{ion},i}
# + g_{ax}\,(V_{i-1} - 2V_i + V_{i+1}) + I_{\mathrm{stim}}$$
#
# $$I_{\mathrm{ion}} = g_{Na}\,m^3 h\,(V - E_{Na}) + g_K\,n^4\,(V - E_K) + g_{L,i}\,(V - E_L)$$
#
# In words: the membrane's *[capacitance](glossary.md#capacitance)* $C_i$ (how much charge it must
# take up to change its
# voltage) times the rate of change of its voltage $V_i$ equals the current through its own
# channels (sodium, potassium and a small *leak*, with the minus sign because current flowing out
# lowers the voltage), plus what flows in from its two neighbours, plus the stimulus
# $I_{\mathrm{stim}}$ (nonzero only at node 0). The *gates* $m$, $h$ and $n$ (numbers between 0
# and 1 for how open each part of a channel is) open and close at rates that depend on voltage.
# Each $g$ is a *conductance* (how easily that kind of current passes) and each $E$ the voltage
# at which that current stops flowing. The constants are Hodgkin and Huxley's, measured on the
# squid axon: $g_{Na}$ = 120, $g_K$ = 36 and $g_L$ = 0.3 mS/cm²; $E_{Na}$ = 50, $E_K$ = −77 and
# $E_L$ = −54.4 mV. The coupling `g_ax`, the 30 nodes and the 6-node lesion are our teaching
# choices.
#
# * **A lesion** multiplies the capacitance $C$ and the leak conductance $g_L$ by a *severity*
#   factor $f$ on a run of nodes (6 nodes unless you change it). Losing myelin exposes more
#   membrane: more capacitance to charge, more leak to lose current through. This is a
#   [teaching model](glossary.md#teaching-model) in the spirit of the classic computer
#   simulations of myelinated and demyelinated fibres [@koles1972; @moore1978; @schauf1974], not
#   a measured description of an MS lesion.
# * **Temperature** speeds every gate by the factor $\varphi = 3^{\Delta T/10}$
#   (three times faster per 10 °C, Hodgkin and Huxley's factor). The Hodgkin–Huxley rates were
#   measured at 6.3 °C, so temperatures here are a **change ΔT from 6.3 °C on the squid's
#   scale**, not a human body temperature. What carries over to people is the *direction* of the
#   effects, not the exact degrees.
# * **A node has fired** when its voltage crosses −30 mV on the way up. We do not use 0 mV,
#   because close to block the spike keeps travelling with its peak below 0 mV.
#
# Here is the model fibre with a lesion of severity 4 in the middle.

# %%
fig = Figure(figsize=(10, 2.6))
figures.draw_axon(fig.add_subplot(), n_nodes=30, lesion_length=6, severity=4.0)
show_figure(fig, TEXTS["model-fibre"])

# %% [markdown]
# Now simulate one spike in a healthy fibre and in the fibre with the lesion. `simulate_axon`
# returns the voltage of every node over time and, for each node, the time the spike arrived.

# %%
healthy = cd.simulate_axon(severity=1.0)
lesioned = cd.simulate_axon(severity=4.0)
for name, r in [("healthy", healthy), ("lesion f = 4", lesioned)]:
    print(
        f"{name:>13}: node 0 to node 29 in {r.conduction_time_ms:.1f} ms; "
        f"spike reached node 29 {r.latency_ms:.1f} ms after the stimulus began"
    )
delay = lesioned.conduction_time_ms - healthy.conduction_time_ms
print(f"The lesion adds {delay:.1f} ms ({100 * delay / healthy.conduction_time_ms:.0f}% more).")
print(
    f"Resting potential: node 0 (healthy) {lesioned.rest_mV[0]:.1f} mV, "
    f"node {lesioned.lesion_start} (lesioned) {lesioned.rest_mV[lesioned.lesion_start]:.1f} mV"
)

# %% [markdown]
# The lesion slows the spike by about 40%. Notice also that the lesioned nodes *rest* a few
# millivolts higher: their larger leak pulls them towards $E_L$ = −54.4 mV, the voltage at which the
# leak current stops. That slight depolarisation already *inactivates* part of their sodium
# channels: their $h$ gate closes when the voltage stays raised, and keeps those channels shut. This
# is part of why such nodes fail first. The traces below follow the voltage at five nodes: before,
# inside and after the lesion.

# %%
fig = Figure(figsize=(9, 4.4))
figures.plot_voltage_traces(fig.add_subplot(), lesioned)
show_figure(fig, TEXTS["voltage-traces"])

# %% [markdown]
# ## 3. Healthy, damaged, blocked
#
# A *space-time picture* shows the whole run at once: node number across, time downwards, colour
# for the voltage (dark at rest, bright yellow during a spike). A spike that travels draws a
# bright stripe sloping down to the right; the steeper the stripe, the slower the spike. White
# circles mark the arrival time at each node, so the path also reads without colour. Here are a
# healthy fibre and lesions of severity 4 and 8, all at ΔT = 0.

# %%
severities = [1.0, 4.0, 8.0]
runs = [cd.simulate_axon(severity=f) for f in severities]
fig = Figure(figsize=(10, 4.2))
axes = fig.subplots(1, 3, sharey=True)
for ax, r in zip(axes, runs, strict=True):
    figures.plot_spike_path(ax, r, t_max_ms=30.0)
fig.colorbar(figures.VOLTAGE_SCALE, ax=list(axes), label="membrane potential (mV)")
for ax in axes[1:]:
    ax.set_ylabel("")
show_figure(fig, TEXTS["spike-paths"])

# %%
summary = pd.DataFrame(
    {
        "severity f": severities,
        "conducted": [r.conducted for r in runs],
        "node 0 to 29 (ms)": [round(r.conduction_time_ms, 1) for r in runs],
        "safety factor": [round(r.safety_factor, 2) for r in runs],
    }
)
summary

# %% [markdown]
# ### Cooling restores conduction
#
# The same three fibres, cooled to 0 °C on the squid scale (ΔT = −6.3 °C). The table gives the
# time from the stimulus to the far end (these are the model's own numbers):

# %%
cold = [cd.simulate_axon(severity=f, delta_T_C=-cd.REFERENCE_TEMPERATURE_C) for f in severities]
pd.DataFrame(
    {
        "severity f": severities,
        "at ΔT = 0 (ms)": [round(r.latency_ms, 1) if r.conducted else "blocked" for r in runs],
        "cooled to 0 °C (ms)": [round(r.latency_ms, 1) if r.conducted else "blocked" for r in cold],
    }
)

# %% [markdown]
# Everything is slower in the cold (the gates move more slowly), and the lesion still adds a few
# milliseconds, a worse lesion more. But the f = 8 fibre, blocked at ΔT = 0, **conducts when
# cooled**: the block is a failure of function, not lost tissue, and cooling can undo it. This is
# a first hint of the temperature story of section 4. Experiments on single demyelinated axons
# found the same kinds of behaviour: slowed conduction [@felts1997], and block that came and went
# with temperature in fibres near their limit [@rasminsky1973]. The model's milliseconds are its
# own.
#
# ### The safety factor
#
# The *safety factor* compares what a node gets with what it needs: the current available to
# excite the next node divided by the current needed to bring it to threshold. Conduction fails
# when it drops below 1. We define it operationally from the voltages: for each node, the
# largest depolarisation it reached divided by the depolarisation needed to reach −30 mV (both
# measured from that node's own resting potential), and the fibre's safety factor is the smallest
# value over its nodes. The collection uses **no measured normal value** for a human fibre, so
# read the numbers below as the model's, for comparison between settings only.

# %%
sf_severity = pd.DataFrame(
    {
        "severity f": [1, 2, 3, 4, 5, 6, 7, 8],
        "safety factor": [
            round(cd.simulate_axon(severity=f).safety_factor, 2) for f in [1, 2, 3, 4, 5, 6, 7, 8]
        ],
    }
)
sf_warming = pd.DataFrame(
    {
        "ΔT (°C), f = 4": [0, 3, 6, 9, 9.5],
        "safety factor": [
            round(cd.simulate_axon(severity=4.0, delta_T_C=d).safety_factor, 2)
            for d in [0, 3, 6, 9, 9.5]
        ],
    }
)
print(sf_severity.to_string(index=False))
print()
print(sf_warming.to_string(index=False))

# %% [markdown]
# The safety factor falls as the lesion gets worse and as the fibre warms, but not smoothly to 1:
# it sinks only gradually, and then, once one node fails, it drops abruptly to 0, because every
# node beyond the failure never depolarises at all. So it says *whether* the fibre conducts more
# than *how close* it is to failing. A smoother measure of how much a fibre has in reserve is its
# **temperature margin**: how many degrees warmer it could get before it blocks. Section 4 computes
# it, and the interactive diagram shows it.

# %% [markdown]
# ### Interactive: a lesion, a spike and the temperature
#
# Three sliders set up the fibre: the **lesion severity** f (how much C and g_L are multiplied),
# the **lesion length** in nodes and the **temperature change** ΔT from 6.3 °C. Every move runs a
# new simulation. The top drawing fills in the nodes the spike reached; the space-time picture
# below shows its path; the note above says whether it conducted, the safety factor and the
# temperature margin. Things to try:
#
# 1. At ΔT = 0, raise the severity step by step. Where does the spike stop getting through?
# 2. Go back to severity 4 and warm the fibre. At what ΔT does it block? Now set severity 1: does
#    the healthy fibre block at the same temperature?
# 3. Keep severity 4 and make the lesion longer, then shorter. Does length matter as much as
#    severity?
#
# (The temperature margin in the note comes from a table of block temperatures computed in
# advance with the same model, `cd.BLOCK_TABLE_BY_LENGTH_DELTA_T_C`, because finding a block
# temperature takes a dozen simulations.)

# %%
lesion_explorer = make_lesion_explorer()
lesion_explorer.show()

# %% [markdown]
# ## 4. Heat: Uhthoff's phenomenon
#
# Wilhelm Uhthoff was the first to describe, in 1890, people with MS whose vision worsened during
# exercise [@uhthoff1890]. Today a temporary worsening of symptoms with heat is called *Uhthoff's
# phenomenon*, and heat sensitivity is common: in a survey of 256 people with MS in Sweden, 58%
# said they were sensitive to heat [@flensner2011]. In experiments on demyelinated nerve roots of
# rats, warming by as little as 0.5 °C reversibly blocked conduction at internodes that already
# conducted slowly [@rasminsky1973].
#
# Why should warmth block? Warming speeds up every gate. The sodium channels close again sooner
# and the potassium channels open sooner, so each spike is briefer and pushes less charge into
# the next node. A healthy node has charge to spare. A node behind a demyelinated stretch, with
# more membrane to charge and more leak, has little to spare, and a briefer spike is not enough.
# Compare the two fibres at ΔT = +10 °C:

# %%
warm = [cd.simulate_axon(severity=f, delta_T_C=10.0) for f in (1.0, 4.0)]
fig = Figure(figsize=(9, 4.2))
axes = fig.subplots(1, 2, sharey=True)
for ax, r in zip(axes, warm, strict=True):
    figures.plot_spike_path(ax, r, t_max_ms=20.0)
axes[1].set_ylabel("")
show_figure(fig, TEXTS["warm-fibres"])
for r in warm:
    print(f"f = {r.severity:g} at ΔT = +10 °C: conducted = {r.conducted}")

# %% [markdown]
# ### Block temperature falls steeply with damage
#
# For each lesion there is a *block temperature*: the smallest ΔT at which the spike no longer
# gets through. `cd.block_delta_T_C(f)` finds it by *[bisection](glossary.md#bisection)*: it tries
# the middle of a range
# of temperatures and keeps the half in which the change from conducting to blocked lies (about
# a dozen simulations); `cd.block_delta_T_fast(f, lesion_length)` looks it up in a table
# computed in advance the same way. Schauf and Davis [-@schauf1974] found with a computer model
# like this one that the block temperature falls steeply as demyelination increases, so a small
# rise in temperature can block many fibres at once. Our model shows the same:

# %%
fig = Figure(figsize=(10, 4.2))
left, right = fig.subplots(1, 2)
figures.plot_block_temperature(left, severity=4.0, delta_T_C=0.0)
left.set_title("6-node lesion")
figures.plot_block_by_length(right, severities=(2.0, 4.0, 8.0))
right.set_title("by lesion length")
show_figure(fig, TEXTS["block-temperature"])

# %% [markdown]
# ### What the model's degrees mean
#
# Here are the model's block temperatures for the three fibres of section 3, as a change ΔT and
# on the squid's scale (6.3 °C plus ΔT):

# %%
block_compare = pd.DataFrame(
    {
        "severity f": severities,
        "block ΔT (°C)": [round(cd.block_delta_T_fast(f), 1) for f in severities],
        "block temperature (°C, squid scale)": [
            round(cd.block_delta_T_fast(f) + cd.REFERENCE_TEMPERATURE_C, 1) for f in severities
        ],
    }
)
block_compare

# %% [markdown]
# These degrees belong to the squid's kinetics, measured at 6.3 °C. Even the healthy model fibre
# blocks at about 30 °C on that scale, while human nerve fibres, with channels of their own, work
# normally at body temperature: the two scales are not the same, and none of these numbers says
# how much warming a person can take. What the model does claim is the pattern: **the more
# damaged a fibre, the smaller its temperature margin**, so a warming that a healthy fibre does
# not notice can silence a damaged one, and cooling it again restores conduction. That is the
# pattern Schauf and Davis described [-@schauf1974], and the one seen in demyelinated rat fibres,
# some of which blocked with 0.5 °C of warming [@rasminsky1973]: Uhthoff's phenomenon in
# miniature.

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: how fast is the healthy spike?
#
# The model knows only nodes, not millimetres. Using `healthy.arrival_ms` (the arrival time at
# each node, in ms), compute the spike's speed between node 5 and node 25 in **nodes per
# millisecond**. (Why not from node 0? Near the stimulated end the spike is still being set up.)

# %% tags=["exercise"]
speed_nodes_per_ms = ...

check.exercise_1(speed_nodes_per_ms)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# speed_nodes_per_ms = (25 - 5) / (healthy.arrival_ms[25] - healthy.arrival_ms[5])
#
# check.exercise_1(speed_nodes_per_ms)
# ```
#
# Speed is distance over time: 20 nodes in the time between the two arrivals, about 3.6 nodes
# per ms. To get metres per second you would need the internode length, which the model does not
# have, and the squid kinetics at 6.3 °C are in any case much slower than a warm human fibre.
# </details>

# %% [markdown]
# ### Exercise 2: which fibres survive the heat?
#
# Of the severities 1, 2, 3, 4, 6 and 8 (6-node lesion), which ones **still conduct** at
# ΔT = +12 °C? Give them as a list or set, e.g. `{1, 2}`. You can use the interactive diagram or
# simulate each one.

# %% tags=["exercise"]
conducting_at_plus_12 = ...

check.exercise_2(conducting_at_plus_12)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# conducting_at_plus_12 = {
#     f for f in [1, 2, 3, 4, 6, 8] if cd.simulate_axon(severity=f, delta_T_C=12.0).conducted
# }
#
# check.exercise_2(conducting_at_plus_12)
# ```
#
# Only f = 1, 2 and 3 still conduct: on the block-temperature curve of section 4 their block
# temperatures lie above +12 °C, those of f = 4, 6 and 8 below it. Heat sorts fibres by how much
# damage they carry.
# </details>

# %% [markdown]
# ### Exercise 3: how warm can the f = 4 fibre get?
#
# What is the highest temperature change ΔT (in °C) at which the fibre with a severity-4, 6-node
# lesion still conducts? An answer within half a degree counts.

# %% tags=["exercise"]
highest_delta_T_f4 = ...

check.exercise_3(highest_delta_T_f4)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# highest_delta_T_f4 = cd.block_delta_T_C(4.0)
#
# check.exercise_3(highest_delta_T_f4)
# ```
#
# The bisection finds about +9.4 °C (the interactive diagram shows conduction at +9.0 and block at
# +9.5). The healthy fibre tolerates far more warming: its block temperature is at the top of the
# curve in section 4.
# </details>

# %% [markdown]
# ### Exercise 4: a margin of one degree
#
# Which lesion severity f (6-node lesion) conducts at ΔT = 0 but is blocked by warming of just
# **1 °C**? In other words, find the severity whose block temperature change is +1 °C, from the
# tables `cd.BLOCK_TABLE_SEVERITY` and `cd.BLOCK_TABLE_DELTA_T_C`. An answer within 0.3 counts.

# %% tags=["exercise"]
severity_blocked_by_1_degree = ...

check.exercise_4(severity_blocked_by_1_degree)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# severity_blocked_by_1_degree = np.interp(
#     1.0, cd.BLOCK_TABLE_DELTA_T_C[::-1], cd.BLOCK_TABLE_SEVERITY[::-1]
# )
#
# check.exercise_4(severity_blocked_by_1_degree)
# ```
#
# `np.interp` needs increasing x values, and the block temperatures fall as severity rises, so
# both arrays are reversed. The answer is about f = 7.2. Such a fibre works in the cool and fails
# with a degree of warming: a fibre "at the edge", like those in the rat experiments where 0.5 °C
# was enough [@rasminsky1973].
# </details>

# %% [markdown]
# ## Quiz
#
# Five questions on the mechanisms of this notebook: why a lesion slows a spike, why warmth
# blocks a damaged fibre, what the safety factor does and does not tell you, and what the model's
# degrees mean. Answer in the form below: with a running kernel each answer gets instant feedback
# that explains it. Without a kernel, the questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Myelin makes conduction fast (about 6 m/s per µm of diameter [@hursh1939]); the spike jumps
#   from node to node.
# * In the model, a demyelinating lesion multiplies capacitance and leak on a run of nodes. The
#   spike slows inside it, and past some severity it stops: conduction block.
# * The safety factor (here: peak depolarisation over the depolarisation needed, smallest over the
#   nodes) falls with damage and warmth and collapses at block; the model has no measured normal
#   value to compare it with. The temperature margin is a smoother measure of reserve.
# * Warmth makes each spike briefer. A healthy fibre copes; a damaged one, with little margin,
#   blocks, and conducts again when cooled: the model's version of Uhthoff's phenomenon. The block
#   temperature falls steeply with damage, as Schauf and Davis found [-@schauf1974].
# * In people, heat sensitivity is common: 58% in one survey [@flensner2011].
# * The model runs on the squid's temperature scale: trust its directions, not its degrees.
#
# ## What's next
#
# Notebook 02 follows what this means for the *messages* fibres carry: trains of spikes that
# arrive thinned out at high rates, smeared out across a bundle of fibres, and late.

# %% [markdown]
# ## References
#
# The sources cited in this notebook, its figures and its quiz:
