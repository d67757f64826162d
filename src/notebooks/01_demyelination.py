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
# down. If the damage is bad enough, the spike stops altogether:
# *[conduction block](glossary.md#conduction-block)*. Warmth makes this worse, which is one
# reason many people with MS feel worse when they are hot. In this notebook you first write the
# rule for how fast fibres conduct, then use a computer model of one fibre: damage it, warm it,
# and watch the spike.
#
# **What you will learn.** By the end you will be able to:
#
# * write the rule for how fast myelinated and unmyelinated fibres
#   [conduct](glossary.md#conduction-velocity), and say what myelin does;
# * describe how the model stands for a fibre (nodes joined by
#   [internodes](glossary.md#internode)) and for a demyelinating *lesion*;
# * explain why a lesion slows a spike and when it blocks it, and what the
#   *[safety factor](glossary.md#safety-factor)* measures;
# * explain why a small rise in temperature can block a damaged fibre but not a healthy one
#   (*[Uhthoff's phenomenon](glossary.md#uhthoffs-phenomenon)*);
# * say what the model can and cannot tell you about real fibres.
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | Voltage and current, in words | Necessary | [glossary](glossary.md#action-potential) |
# | Writing a short Python function | Necessary | [Python tutorial][py] |
# | The map of the whole chain | Helpful | [00](00_start_here.ipynb) |
#
# [py]: https://docs.python.org/3/tutorial/controlflow.html#defining-functions

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
# with the *square root* of the diameter (its constant, 1 m/s at 1 µm, is an **assumption**:
# read that line for its shape, not its height).
#
# ### Build the speed rule in three steps
#
# **Step 1.** Write `myelinated(diameter_um)`: the speed in m/s of a myelinated fibre,
# `cd.MYELINATED_M_S_PER_UM` (6 m/s) per µm of diameter.


# %% tags=["exercise", "build"]
def myelinated(diameter_um):
    return ...


check.build_step_1(myelinated)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def myelinated(diameter_um):
#     return cd.MYELINATED_M_S_PER_UM * diameter_um
#
#
# check.build_step_1(myelinated)
# ```
#
# Twice the diameter, twice the speed.
# </details>

# %% [markdown]
# **Step 2.** Write `unmyelinated(diameter_um)`: `cd.UNMYELINATED_M_S_AT_1_UM` (1 m/s) times the
# square root of the diameter (`np.sqrt`).


# %% tags=["exercise", "build"]
def unmyelinated(diameter_um):
    return ...


check.build_step_2(unmyelinated)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def unmyelinated(diameter_um):
#     return cd.UNMYELINATED_M_S_AT_1_UM * np.sqrt(diameter_um)
#
#
# check.build_step_2(unmyelinated)
# ```
#
# Four times the diameter only doubles the speed.
# </details>

# %% [markdown]
# **Step 3.** Write `velocity(diameter_um, myelinated=True)`, one function for both kinds of
# fibre. Once it passes, the table and the figure below use it.


# %% tags=["exercise", "build"]
def velocity(diameter_um, myelinated=True):
    return ...


speed_rule = check.build_step_3(velocity)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def velocity(diameter_um, myelinated=True):
#     if myelinated:
#         return cd.MYELINATED_M_S_PER_UM * diameter_um
#     return cd.UNMYELINATED_M_S_AT_1_UM * np.sqrt(diameter_um)
#
#
# speed_rule = check.build_step_3(velocity)
# ```
#
# (The argument `myelinated` hides the step 1 function inside this one, so the solution writes
# both rules out.)
# </details>

# %% [markdown]
# Your rule in a table, and the time a spike needs to travel 1 m (from the lower back to the foot,
# roughly): speed in m/s is the same as mm per ms, so 1000 mm / speed gives milliseconds.

# %%
diameters = np.array([1.0, 2.0, 5.0, 10.0, 20.0])
speeds = pd.DataFrame(
    {
        "diameter (µm)": diameters,
        "myelinated (m/s)": speed_rule(diameters, True),
        "unmyelinated (m/s)": np.round(speed_rule(diameters, False), 1),
        "1 m myelinated (ms)": np.round(1000.0 / speed_rule(diameters, True), 1),
        "1 m unmyelinated (ms)": np.round(1000.0 / speed_rule(diameters, False), 0),
    }
)
speeds

# %% [markdown]
# This cell draws the figure in full, so you can change it.

# %%
d = np.linspace(0.2, 20.0, 100)
fig = Figure(figsize=(8, 4.2))
ax = fig.add_subplot()
labels = {True: "myelinated: 6 m/s per µm (Hursh 1939)", False: "unmyelinated (constant assumed)"}
for i, is_myelinated in enumerate((True, False)):
    st = style.series_style(i)
    ax.plot(d, speed_rule(d, is_myelinated), color=st["color"], linestyle=st["linestyle"],
            marker=st["marker"], markevery=10, label=labels[is_myelinated])  # fmt: skip
ax.set_xlabel("fibre diameter (µm)")
ax.set_ylabel("conduction velocity (m/s)")
ax.legend(loc="upper left")
show_figure(fig, TEXTS["velocity"])

# %% [markdown]
# Losing myelin therefore matters twice: the damaged stretch conducts more slowly, and, as the
# rest of this notebook shows, it can stop conducting altogether.

# %% [markdown]
# ## 2. A model fibre: a chain of nodes
#
# Our model fibre is a row of 30 nodes of Ranvier. Each node has
# *[sodium channels](glossary.md#ion-channels)* (they open quickly when the voltage inside rises,
# *[depolarisation](glossary.md#depolarisation)*, and let positive charge in: the upstroke of the
# spike) and potassium channels (slower, letting charge out: the recovery), as in the
# [Hodgkin–Huxley model](glossary.md#hodgkinhuxley-model) of the squid's giant axon
# [@hodgkin1952]. Current from a node that has fired lifts its neighbour to *threshold*, and the
# spike moves on (`cd.simulate_axon`).
#
# * **A lesion** multiplies the membrane's *[capacitance](glossary.md#capacitance)* (charge to
#   take up) and its [leak](glossary.md#leak-conductance) by a *severity* factor $f$ on a run of
#   6 nodes: bare membrane has more to charge and loses more current. This is a
#   [teaching model](glossary.md#teaching-model) in the spirit of classic simulations
#   [@koles1972; @moore1978; @schauf1974], not a measured MS lesion.
# * **Temperature** is a change ΔT from 6.3 °C, where the squid's channels were measured: trust
#   the *direction* of its effects, not the exact degrees.
#
# <details><summary>Deeper: the equations and constants</summary>
#
# For node *i*:
#
# $$C_i \frac{dV_i}{dt} = -I_{\mathrm{ion},i}
# + g_{ax}\,(V_{i-1} - 2V_i + V_{i+1}) + I_{\mathrm{stim}}$$
#
# $$I_{\mathrm{ion}} = g_{Na}\,m^3 h\,(V - E_{Na}) + g_K\,n^4\,(V - E_K) + g_{L,i}\,(V - E_L)$$
#
# Capacitance times the rate of change of voltage equals the current through the node's own
# channels (sodium, potassium, leak), plus what flows in from its two neighbours through the
# internode's [conductance](glossary.md#conductance) `g_ax` (3 mS/cm²), plus the stimulus at node
# 0. The gates $m$, $h$, $n$ (0 to 1) open and close at voltage-dependent rates. Hodgkin and
# Huxley's constants: $g_{Na}$ = 120, $g_K$ = 36, $g_L$ = 0.3 mS/cm²; $E_{Na}$ = 50,
# $E_K$ = −77, $E_L$ = −54.4 mV. Warming speeds every gate by $\varphi = 3^{\Delta T/10}$. A
# node has fired when its voltage crosses −30 mV on the way up (close to block the peak can stay
# below 0 mV). `g_ax`, the 30 nodes and the 6-node lesion are teaching choices.
#
# </details>
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
    print(f"{name:>13}: node 0 to node 29 in {r.conduction_time_ms:.1f} ms")
delay = lesioned.conduction_time_ms - healthy.conduction_time_ms
print(f"The lesion adds {delay:.1f} ms ({100 * delay / healthy.conduction_time_ms:.0f}% more).")

# %% [markdown]
# The lesion slows the spike by about 40%. The lesioned nodes also *rest* a few millivolts higher
# (their larger leak pulls them towards $E_L$), which already shuts part of their sodium channels:
# part of why such nodes fail first. The traces follow the voltage before, inside and after the
# lesion.

# %%
fig = Figure(figsize=(9, 4.4))
figures.plot_voltage_traces(fig.add_subplot(), lesioned)
show_figure(fig, TEXTS["voltage-traces"])

# %% [markdown]
# ## 3. Healthy, damaged, blocked
#
# A *space-time picture* shows a whole run: node number across, time downwards, colour for the
# voltage (bright during a spike); white circles mark the arrival at each node. The steeper the
# stripe, the slower the spike. A healthy fibre and lesions of severity 4 and 8, at ΔT = 0:

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
# Everything is slower in the cold, but the f = 8 fibre, blocked at ΔT = 0, **conducts when
# cooled**: the block is a failure of function, not lost tissue. Single demyelinated axons showed
# the same: slowed conduction [@felts1997], and block that came and went with temperature
# [@rasminsky1973]. The model's milliseconds are its own.
#
# ### The safety factor
#
# The *safety factor* compares what a node gets with what it needs to fire; conduction fails when
# it drops below 1. The model has **no measured normal value** for a human fibre, so compare its
# numbers between settings only.
#
# <details><summary>Deeper: how the model measures it</summary>
#
# For each node, the largest depolarisation it reached divided by the depolarisation needed to
# reach −30 mV (both from that node's own resting potential); the fibre's safety factor is the
# smallest value over its nodes.
#
# </details>

# %%
safety = {f: cd.simulate_axon(severity=f).safety_factor for f in range(1, 9)}
print("safety factor by severity:", {f: round(v, 2) for f, v in safety.items()})
warmed = {d: cd.simulate_axon(severity=4.0, delta_T_C=d).safety_factor for d in (0, 3, 6, 9, 9.5)}
print("f = 4, by warming ΔT:", {d: round(v, 2) for d, v in warmed.items()})

# %% [markdown]
# The safety factor falls with damage and warmth, then drops abruptly to 0 once one node fails.
# A smoother measure of reserve is the **temperature margin**: how many degrees warmer the fibre
# could get before it blocks (section 4).

# %% [markdown]
# ### Interactive: a lesion, a spike and the temperature
#
# Three sliders set the **lesion severity** f, the **lesion length** in nodes and the
# **temperature change** ΔT; every move runs a new simulation. The note says whether the spike
# conducted, the safety factor and the temperature margin. Things to try:
#
# 1. At ΔT = 0, raise the severity step by step. Where does the spike stop getting through?
# 2. Go back to severity 4 and warm the fibre. At what ΔT does it block? Does the healthy fibre
#    (severity 1) block at the same temperature?
# 3. Keep severity 4 and make the lesion longer, then shorter. Does length matter as much as
#    severity?

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
# gets through (`cd.block_delta_T_C`, found by *[bisection](glossary.md#bisection)*: halving a
# range of temperatures about a dozen times). Schauf and Davis [-@schauf1974] found with a
# similar computer model that it falls steeply as demyelination increases, so a small rise in
# temperature can block many fibres at once. Our model shows the same:

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
# The model's block temperatures for the three fibres of section 3 (a change ΔT from 6.3 °C):

# %%
block_dT = [round(cd.block_delta_T_fast(f), 1) for f in severities]
pd.DataFrame({"severity f": severities, "block ΔT (°C)": block_dT})

# %% [markdown]
# These degrees belong to the squid's kinetics. Even the healthy model fibre blocks at about
# 30 °C on that scale, while human fibres work normally at body temperature: none of these
# numbers says how much warming a person can take. What the model does claim is the pattern:
# **the more damaged a fibre, the smaller its temperature margin**, so a warming that a healthy
# fibre does not notice can silence a damaged one, and cooling restores conduction, as in
# demyelinated rat fibres, some of which blocked with 0.5 °C of warming [@rasminsky1973].
#
# > **Think!** Many people with MS notice that symptoms get worse when they are hot and better
# > again when they cool down. Using the model, why can the change be temporary?
#
# <details><summary>One way to think about it</summary>
#
# In the model, warming makes each spike briefer, and a damaged node with little reserve stops
# firing; nothing is destroyed, so when the fibre cools the spike is large enough again and
# conduction returns (the cooled f = 8 fibre above). The heat unmasks damage that is already
# there; it does not add new damage.
#
# </details>
#
# > **Think!** Could we shift the model's temperature scale by a few degrees to read off how much
# > warming a person with MS can take?
#
# <details><summary>One way to think about it</summary>
#
# No: the model runs on the squid's channels measured at 6.3 °C, its lesion is a simple
# multiplication, and a person's nerves hold many fibres with different damage. Only the
# direction carries over: more damage, less margin.
#
# </details>

# %% [markdown]
# ## Exercise
#
# ### Exercise 1: which fibres survive the heat?
#
# Of the severities 1, 2, 3, 4, 6 and 8 (6-node lesion), which ones **still conduct** at
# ΔT = +12 °C? Give them as a list or set, e.g. `{1, 2}`. You can use the interactive diagram or
# simulate each one.

# %% tags=["exercise"]
conducting_at_plus_12 = ...

check.exercise_2(conducting_at_plus_12, label="Exercise 1")

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# conducting_at_plus_12 = {
#     f for f in [1, 2, 3, 4, 6, 8] if cd.simulate_axon(severity=f, delta_T_C=12.0).conducted
# }
#
# check.exercise_2(conducting_at_plus_12, label="Exercise 1")
# ```
#
# Only f = 1, 2 and 3 still conduct: on the block-temperature curve of section 4 their block
# temperatures lie above +12 °C, those of f = 4, 6 and 8 below it. Heat sorts fibres by how much
# damage they carry.
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
# * Myelin makes conduction fast (about 6 m/s per µm of diameter [@hursh1939]): you built that
#   rule yourself.
# * In the model, a demyelinating lesion multiplies capacitance and leak on a run of nodes. The
#   spike slows inside it, and past some severity it stops: conduction block.
# * The safety factor falls with damage and warmth and collapses at block; the temperature margin
#   is a smoother measure of reserve.
# * In this model, warmth makes each spike briefer: a healthy fibre copes, a damaged one blocks,
#   and conducts again when cooled, the pattern Schauf and Davis found [-@schauf1974].
#   Clinically, heat sensitivity is common in MS: 58% in one survey [@flensner2011].
# * The model runs on the squid's temperature scale: trust its directions, not its degrees.
#
# ## If you live with MS
#
# **What this means for you.** If heat, a hot bath, fever or exercise makes your symptoms worse
# for a while (Uhthoff's phenomenon), that is usually temporary and reversible: in the model,
# warming unmasks damage that is already there, and cooling down restores conduction. It does not
# by itself mean a new relapse or new damage.
#
# **What it does not mean.** The model cannot tell how much warmth your own nerves tolerate, which
# symptoms heat will bring out, or whether a particular change is from heat or from new disease
# activity. New symptoms that last more than a day, or come without warmth, are worth telling your
# MS team about.
#
# **Questions you could ask your care team.**
#
# * How can I tell a heat-related worsening from a relapse?
# * What are safe ways to keep cool during exercise or in hot weather?
# * Would a fever or infection make my symptoms worse, and what should I do then?
#
# ## What's next
#
# Notebook 02 follows what this means for the *messages* fibres carry: trains of spikes that
# arrive thinned out at high rates, smeared out across a bundle of fibres, and late.

# %% [markdown]
# ## References
#
# The sources cited in this notebook, its figures and its quiz:
