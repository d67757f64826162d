# %% [markdown]
# # Posture, gait and balance: how slower nerves end up loading the lower back
#
# Standing still looks effortless, but it is a balancing act. The body is always starting to
# tip, and the nervous system keeps catching it. In multiple sclerosis (MS), the nerve signals
# that report how the body leans travel more slowly. So the catch comes late, and the body
# wobbles more. One way to wobble less is to stiffen up by keeping muscles tense all the time.
# That has a cost: tired, aching muscles.
#
# Posture matters for the lower back too: when the trunk leans forward, or sideways over a weak
# hip, the back muscles must pull many times the weight they hold. This notebook builds a small
# model for each of these steps and checks it against measurements.
#
# **What you will learn**
#
# * to explain why a longer delay in balance feedback makes standing sway more, and why the
#   *critical delay* at which a simple model falls over depends on its assumptions;
# * to compare, *in this model*, two strategies for swaying less (reacting harder, stiffening up)
#   and say why the answer is not a recommendation;
# * to build and use a model of the load on the lowest joint of the spine
#   ([L5/S1](glossary.md#l5s1)), compare it with measured [disc
# pressures](glossary.md#disc-pressure), and explain why load
#   is mechanics, not damage;
# * to say what is known about long sitting and sitting in a wheelchair, and how a sideways lean
#   over a weak hip loads one side of the lower back.
#
# **Time:** <!-- study-time --> for a student working alone ([how this is
# estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | Forces, [lever arms](glossary.md#lever-arm), turning moments | Necessary | section 3 |
# | Slowed sensory feedback in MS | Helpful | [02](02_disrupted_signalling.ipynb) |
# | Muscle fatigue, how long a hold lasts | Helpful | [03](03_weakness_and_fatigue.ipynb) |
# | Calling a Python function, reading a plot | Helpful | [00](00_start_here.ipynb) |

# %% [markdown]
# ## Setup
#
# This cell loads the models (`balance`, `spine`, `gait`, `fatigue`), figures, checks and quiz.

# %%
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import balance, fatigue, gait, spine
from msbackpain.lessons.posture_gait_balance import checks as check
from msbackpain.lessons.posture_gait_balance import quiz
from msbackpain.lessons.posture_gait_balance.captions import (
    TEXTS,
    lean_texts,
    strategy_texts,
    sway_texts,
)
from msbackpain.lessons.posture_gait_balance.diagrams import make_spinal_load, make_sway
from msbackpain.lessons.posture_gait_balance.figures import (
    plot_compression_vs_angle,
    plot_frontal_figure,
    plot_lean_tradeoff,
    plot_sd_vs_delay,
    plot_strategies,
    plot_sway,
)
from msbackpain.lessons.posture_gait_balance.results import GRID_KD_S, GRID_KP
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## 1. Standing still is a balancing act
#
# When you stand, your body pivots at the ankles like an upside-down pendulum, with most of its
# mass high above the pivot. Left alone it would topple, because gravity pulls harder the
# further it leans. Sensors in the feet, legs, inner ear and eyes report the lean; the spinal
# cord and brain turn that report into a command; and the calf and shin muscles push back. Each
# step takes time, so the correction is always based on where the body was a moment ago. That
# moment is the **[loop delay](glossary.md#loop-delay)** of the feedback. Feedback models
# fitted to the sway of healthy adults need a loop delay of about 150–200 ms [@maurer2005].
#
# In MS the balance responses come later: when a platform moved under the feet, the automatic
# responses started after 161 ± 31 ms in ten people with MS chosen for poor balance and after
# 102 ± 21 ms in ten matched controls (average ± standard deviation) [@cameron2008]. The later
# the response, the slower the conduction of touch and position signals up the spinal cord
# (correlation r = 0.73): the slowed sensory feedback of notebook 02.
#
# <details><summary>Deeper: latencies, loop delays and who was measured</summary>
#
# Those numbers are response *latencies* (the time from the
# push to the start of the muscle response), not loop delays: using them as the model's loop delay
# is our assumption (it is shorter than the 150–200 ms of the fitted models), and a small group
# selected for poor balance is not every person with MS. Section 1 ends by showing how much the
# model's conclusions depend on this choice.
#
# </details>
#
# <details><summary>Deeper: the balance model's equation and settings</summary>
#
# **The model** (`balance.simulate_sway`, with the structure of Peterka's model of standing
# balance [-@peterka2002]). In words first: the body tips
# under gravity, the ankle muscles push back against the lean they sensed a moment ago, and
# small random pushes keep the body moving. In symbols: the body is a point mass m (kg) at
# height h (m) above the ankles, leaning by an angle θ (theta). The ankle *torque* (the turning
# force of the ankle muscles, in N·m) answers the angle and the *angular velocity* (how fast the
# angle changes) sensed a delay τ (tau, in seconds) earlier. The *gains* K_p and K_d say how
# strongly the muscles react to each, and a small random torque n(t) keeps the body moving:
#
# I θ''(t) = m g h sin θ(t) − K_p θ(t − τ) − K_d θ'(t − τ) + n(t),  with I = m h².
#
# Here θ'' is the angular acceleration, g = 9.81 m/s² is gravity, and I is the body's
# *moment of inertia* (how hard it is to set turning). The first term on the right is gravity
# tipping the body; the next two are the delayed correction.
#
# The settings are teaching choices: m = 70 kg, h = 0.9 m, K_p = 1.3 m g h and
# K_d = 0.35 m g h·s (the structure is Peterka's; these gains were chosen for the model, not
# fitted to a person). We measure sway by
# its *standard deviation* (SD): the typical size of the lean away from its average, in
# degrees. The *linearised* model is the same equation simplified for small angles; it gives
# the SD directly from the equation, without simulating random pushes. The size of the random
# torque is an assumption, so the sway amplitudes in degrees are only meaningful *relative to
# each other*: compare the delays, do not compare the numbers with a lab measurement.
#
# </details>

# %%
control = balance.simulate_sway(balance.CONTROL_DELAY_S, 30)
ms = balance.simulate_sway(balance.MS_DELAY_S, 30)
late = balance.simulate_sway(0.25, 30)
sd_theory = balance.sway_sd_vs_delay([balance.CONTROL_DELAY_S, balance.MS_DELAY_S])
critical_ms = 1000 * balance.critical_delay()

print(f"critical delay (linear analysis): {critical_ms:.0f} ms")
print(f"sway SD, linearised model: {sd_theory[0]:.3f}° at 102 ms, {sd_theory[1]:.3f}° at 161 ms")
print(f"  → {100 * (sd_theory[1] / sd_theory[0] - 1):.0f}% more sway with the MS delay")
for name, run in [("102 ms", control), ("161 ms", ms), ("250 ms", late)]:
    outcome = f"falls after {run.fall_time_s:.1f} s" if run.fell else "stays up"
    print(f"one 30-s simulation at {name}: SD {run.sd_angle_deg:.2f}°, {outcome}")

# %%
fig = Figure(figsize=(10, 4.2))
ax_trace, ax_sd = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.3, 1]})
plot_sway(ax_trace, [control, ms], labels=["control 102 ms", "MS 161 ms"])
ax_trace.set_ylim(-1.8, 2.4)
plot_sd_vs_delay(ax_sd)
show_figure(fig, sway_texts(critical_ms))

# %% [markdown]
# With these settings the model gives three results:
#
# * With the MS delay the body sways more ({{sway_more_pct}} more in the linearised model printed
#   above). In the model, that is the whole effect of a later response: nothing else about the
#   body changes.
# * Sway does not grow evenly with delay. It creeps up at first and then shoots up. Past the
#   **critical delay** ({{critical_ms}} here, printed above) the correction arrives so late that
#   it pushes the body the wrong way, and the body falls: in the model, it would have to take a
#   step.
# * The MS delay of 161 ms is below that critical delay, so the model person with MS stays up.
#   This third result rests on two assumptions, the loop delay and the gains, and it does not
#   survive changing either of them (next subsection).
#
# ### How close to the edge? That depends on the assumptions
#
# <details><summary>Deeper: the loop delay and the gains</summary>
#
# Nobody has measured either of the two things that set the margin between a person's loop
# delay and the critical delay in people with MS.
#
# * **The loop delay.** If the healthy loop delay lies in the 150–200 ms of fitted models
#   [@maurer2005; @peterka2002] rather than at the 102 ms latency, and MS adds the 59 ms by which
#   the measured latencies differed (an assumption: that the extra latency adds one for one),
#   the MS loop delay would be {{peterka_ms_range}}: on both sides of the critical delay of
#   {{critical_ms}}.
# * **The gains.** K_p and K_d are teaching choices, and the critical delay moves with them:
#   from {{critical_grid_range}} over the gains in the table below. Reacting harder lowers it;
#   more damping raises it. For this body no gains at all can hold upright stance once the
#   delay passes {{max_stable_ms}} (our derivation: √(2h/g) for a point mass at height h), and
#   gains close to that limit leave almost no stiffness to spare, so the body sways widely.
#
# </details>

# %%
tc_ms = 1000 * balance.critical_delay()
healthy_lo, healthy_hi = balance.HEALTHY_LOOP_DELAY_RANGE_S
scenarios = pd.DataFrame(
    {
        "healthy loop delay (ms)": [
            1000 * balance.CONTROL_DELAY_S,
            1000 * healthy_lo,
            1000 * healthy_hi,
        ],
        "MS loop delay (ms)": [
            1000 * balance.MS_DELAY_S,
            1000 * (healthy_lo + balance.MS_EXTRA_DELAY_S),
            1000 * (healthy_hi + balance.MS_EXTRA_DELAY_S),
        ],
    },
    index=pd.Index(
        ["latencies used as loop delays", "fitted healthy range, low end", "... high end"],
        name="loop-delay assumption",
    ),
)
scenarios["MS below the critical delay?"] = np.where(
    scenarios["MS loop delay (ms)"] < tc_ms, "yes", "no (the model falls)"
)
print(f"critical delay with the teaching gains: {tc_ms:.0f} ms")
scenarios.round(0)

# %%
kp_grid, kd_grid = GRID_KP, GRID_KD_S  # the gains shown in the table
gains = pd.DataFrame(
    1000 * balance.critical_delay_grid(kp_grid, kd_grid),
    index=pd.Index([f"K_p = {k:g} m g h" for k in kp_grid], name="critical delay (ms)"),
    columns=[f"K_d = {k:g} m g h·s" for k in kd_grid],
)
print(f"no delayed gains can hold this body beyond {1000 * balance.max_stable_delay():.0f} ms")
gains.round(0)

# %% [markdown]
# <details><summary>Deeper: what the model cannot tell about the edge</summary>
#
# So this model cannot tell whether people with MS stand close to a critical delay. With the
# latencies used as loop delays and the teaching gains (K_p = 1.3, K_d = 0.35 in the table), the
# model person with MS has {{ms_margin_ms}} to spare; with loop delays in the fitted healthy
# range and the same gains, part of the MS range is past the edge; with gains suited to a longer
# delay, all of it is inside. Measurements point away from the edge: Milton and colleagues
# [-@milton2009] compared human data with delayed-feedback models and found that balancing a
# stick on a fingertip behaved like a system near its critical delay, but quiet standing did
# not. Standing is probably controlled in ways that one linear model with fixed gains does not
# capture (for example, corrections that switch on only when the sway passes a threshold). What
# the model does show under every one of these assumptions is the direction: with the same
# gains, a longer delay means more sway.
#
# </details>
#
# <details><summary>Deeper: falls in MS</summary>
#
# Falls are common in MS: in pooled data from 537 people with MS in four countries who were
# followed for 3 months, 56% fell at least once and 37% fell more than once [@nilsagard2015],
# for many reasons besides a slow loop (weakness, fatigue, spasticity, vision, and more).
#
# </details>
#
# ### Interactive: sway and the feedback delay
#
# The left panel shows 30 seconds of sway at your settings (orange) against the control delay
# (grey); the right panel shows sway SD against delay for your settings, with the critical delay
# as a dotted line. The same random pushes are used every time, so only your settings change the
# trace. Try this:
#
# 1. Move the **feedback delay** from 161 ms up to 250 ms: the body falls within seconds.
# 2. Stay at 161 ms and raise **[co-contraction](glossary.md#co-contraction)** (tensing the calf and
#    shin muscles together):
#    the sway shrinks. What happens to the muscle load in the note above the picture?
# 3. Set co-contraction back to 0 and raise the **feedback gain** (reacting harder): does that
#    help?

# %%
sway = make_sway()
sway.show()

# %% [markdown]
# ### Exercise 1: how much delay is left?
#
# In the model with its teaching gains, how many **milliseconds** more delay could the model
# person with MS (161 ms) take before upright standing loses its stability? Use
# `balance.critical_delay()` (in seconds) and `balance.MS_DELAY_S`.

# %% tags=["exercise"]
margin_ms = ...

check.exercise_1(margin_ms)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# margin_ms = 1000 * (balance.critical_delay() - balance.MS_DELAY_S)
#
# check.exercise_1(margin_ms)
# ```
#
# About {{ms_margin_ms}} (the check prints it), *in this model*: the teaching gains, and the
# latencies used as loop delays. The spread between people (± 31 ms in the study of ten people)
# eats into it, and with loop delays in the fitted healthy range the margin can vanish (the
# tables above).
# </details>

# %% [markdown]
# ## 2. The stiff, guarded posture and what it costs
#
# This section compares two ways to sway less with a slow feedback loop (people have others too;
# see the end of the section).
#
# * **React harder**: turn up the feedback gain K_p, so each late correction is bigger.
# * **Stiffen**: contract the muscles on both sides of the ankle at the same time
#   (**co-contraction**). A tensed muscle resists being stretched straight away, like a spring,
#   without waiting for a signal to travel to the spinal cord and back. In the model this adds a
#   stiffness K_i (a spring-like push back against the lean) and a *damping* B_i (a
#   resistance to fast movement, like a shock absorber), both acting with no delay:
#   I θ'' = m g h sin θ − K_p θ(t − τ) − K_d θ'(t − τ) − K_i θ − B_i θ' + n(t).
#
# <details><summary>Deeper: the stiffness, effort and fatigue settings</summary>
#
# How much stiffness a given co-contraction buys, and the maximum ankle torque (150 N·m) used
# to express the muscle load as a fraction of maximum, are assumptions of this teaching model.
# Here are the three strategies with the MS delay (161 ms, the latency used as loop delay),
# including how long the ankle muscles could keep up their average effort according to the
# fatigue model of notebook 03 (`fatigue.endurance_time_min(..., joint="ankle")`: the
# three-compartment model of Xia and Frey Law [-@xia2008] with the fatigue and recovery rates
# that Frey-Law and colleagues [-@freylaw2012] fitted to pooled endurance times of the ankle.
# "No limit" means below {{ankle_threshold_pct}} of maximum, the level under which that model
# never tires).
#
# </details>

# %%
strategies = {
    "relaxed": balance.BalanceParams(),
    "reacting harder (K_p 1.6 m g h)": balance.BalanceParams(kp_factor=1.6),
    "co-contracting 20% of max": balance.BalanceParams(cocontraction=0.2),
}
rows = []
for name, params in strategies.items():
    run = balance.simulate_sway(balance.MS_DELAY_S, 30, params=params)
    endurance = float(fatigue.endurance_time_min(run.mean_activation, joint="ankle"))
    rows.append(
        {
            "strategy": name,
            "sway SD at 161 ms (°)": float(
                balance.sway_sd_vs_delay([balance.MS_DELAY_S], params=params)[0]
            ),
            "critical delay (ms)": 1000 * balance.critical_delay(params),
            "mean muscle effort (% of max)": 100 * run.mean_activation,
            "endurance (min)": "no limit" if np.isinf(endurance) else f"{endurance:.1f}",
        }
    )
pd.DataFrame(rows).round(
    {"sway SD at 161 ms (°)": 2, "critical delay (ms)": 0, "mean muscle effort (% of max)": 1}
)

# %%
fig = Figure(figsize=(9, 4.4))
plot_strategies(fig.add_subplot(), strategies)
show_figure(fig, strategy_texts(*(1000 * balance.critical_delay(p) for p in strategies.values())))

# %% [markdown]
# In this model, the table and the figure say:
#
# * **Reacting harder does not help.** With the MS delay, sway is not smaller ({{sd_harder}}
#   against {{sd_relaxed}} relaxed), and the critical delay drops from {{critical_ms}} to
#   {{critical_harder_ms}}: bigger corrections based on old information overshoot.
# * **Stiffening lowers sway,** because co-contraction acts without delay: sway SD falls from
#   {{sd_relaxed}} to {{sd_stiff}}.
# * **But stiffening costs effort.** The ankle muscles now work all the time, at
#   {{effort_stiff_pct}} of their (assumed) maximum instead of {{effort_relaxed_pct}}. In the
#   fatigue model {{effort_relaxed_pct}} can be held with no time limit, while
#   {{effort_stiff_pct}} can be held for {{endurance_stiff}}. The exact numbers depend on our
#   assumptions; the direction does not.
#
# > **Think!** If your feedback is late, would you react harder or stiffen up? What would you
# > lose either way?
#
# <details><summary>One way to think about it</summary>
#
# In this model, of these two strategies, only stiffening lowers sway, and it costs constant
# effort. People have other options (adjusted reactions, stepping, holding on, using the eyes),
# and therapists usually help people move away from a stiff stance rather than towards it.
# </details>
#
# **What this comparison cannot tell you.** The model has one linear controller with fixed gains
# and only these two ways to sway less; it does not show that stiffening is the only thing that
# works. In rehabilitation, a stiff, co-contracted stance is usually something therapists help
# people move away from (a clinical view, not a result of this model).
#
# <details><summary>Deeper: what training does</summary>
#
# Training does change balance in people with MS: in a review of 15 studies, the interventions
# improved balance on average, by a standardised mean difference of 0.55, most of all gait,
# balance and functional training [@gunn2015]; that is an average over programmes and people,
# and the effect on falls was inconclusive.
#
# </details>
#
# <details><summary>Deeper: the guarded posture of the chain map</summary>
#
# Stiffening is one possible reason for the **stiff, guarded posture** of the chain map: the
# trunk muscles can stiffen the spine by co-contracting too, and the same logic would apply to
# them (an extension of this ankle model, not something it shows). A guarded posture steadies
# the body, but muscles that never relax tire and ache (notebook 04's overcompensation loop).
#
# </details>

# %% [markdown]
# ## 3. Leaning forward: the load on the lower back
#
# The lowest joint of the spine, between the fifth lumbar (lower-back)
# [vertebra](glossary.md#vertebra) and the sacrum
# (the bony plate at the base of the spine), is called **L5/S1**. When the trunk leans
# forward, its weight hangs in front of that joint and tries to fold the body further forward:
# that turning effect is the **moment** (force × lever arm, in newton-metres, N·m), held mainly
# by the back muscles. They work only about 5 cm behind the
# joint, while the trunk's [centre of mass](glossary.md#centre-of-mass) sits about 30 cm up the
# trunk and moves in front of the joint as the trunk leans. So the muscles must pull several
# times the weight they hold, and their pull squeezes the disc: the
# **[compression](glossary.md#compression-force)**.
#
# <details><summary>Deeper: weaker trunk muscles in MS</summary>
#
# This is one direct link between MS and the lower back: people with MS who still walk have lower
# trunk muscle endurance and strength than matched controls [@kordi2017]. The same pull is then a
# larger share of what their trunk muscles can give, and in the logic of notebook 03 a larger
# share tires sooner.
#
# </details>
#
# ### Build the model yourself: the load at L5/S1 in three steps
#
# The model (`spine.l5s1_load`) is static: no movement, one muscle group standing for all the
# structures that cross L5/S1. You will build it in three steps; once step 3 passes, the rest of
# this section uses *your* function. The names you need are in `spine`: `spine.G` (9.81 m/s²),
# `spine.HAT_MASS_FRACTION` (0.678), `spine.HAT_COM_DISTANCE_M` (d = 0.31 m),
# `spine.SHOULDER_DISTANCE_M` (s = 0.45 m), `spine.LOAD_REACH_M` (a = 0.25 m) and
# `spine.ERECTOR_LEVER_ARM_M` (r = 5 cm). Angles are in degrees; `np.sin` wants radians.
#
# <details><summary>Deeper: where the settings come from</summary>
#
# m_HAT = 0.678 × body mass is the mass of the head, arms and trunk, from Winter's standard
# tables of body-segment masses [@winter2009]. The mass above L5/S1 is smaller, because part of
# the trunk lies below the joint: using the whole m_HAT is our assumption, and it makes the
# model's load a little too high. The lever arm r = 5 cm is a conventional round value of simple
# static models, and d = 0.31 m, s = 0.45 m and a = 0.25 m are plausible round values (all
# assumptions); with them, a 70 kg person at 45° gets {{moment_45}} and {{compression_45}}
# (printed below).
#
# </details>
#
# **Exercise 2 (build step 1): the trunk's moment.** The weight of head, arms and trunk, m_HAT g,
# acts d up the trunk; leaning by θ moves it d sin θ in front of L5/S1. Write
# `trunk_moment(body_mass_kg, trunk_deg)` returning M_trunk = m_HAT g d sin θ in N·m.


# %% tags=["exercise", "build"]
def trunk_moment(body_mass_kg, trunk_deg):
    return ...


check.build_step_1(trunk_moment)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def trunk_moment(body_mass_kg, trunk_deg):
#     m_hat = spine.HAT_MASS_FRACTION * body_mass_kg
#     return m_hat * spine.G * spine.HAT_COM_DISTANCE_M * np.sin(np.radians(trunk_deg))
#
#
# check.build_step_1(trunk_moment)
# ```
# </details>

# %% [markdown]
# **Exercise 3 (build step 2): add the load.** A load held in the hands hangs from the shoulders, s
# up the trunk, and a in front of them, so its lever arm is s sin θ + a (it has one even upright).
# Write
# `moment_at_l5s1(body_mass_kg, trunk_deg, load_kg)` returning
# M = M_trunk + m_load g (s sin θ + a), using your `trunk_moment`.


# %% tags=["exercise", "build"]
def moment_at_l5s1(body_mass_kg, trunk_deg, load_kg):
    return ...


check.build_step_2(moment_at_l5s1)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def moment_at_l5s1(body_mass_kg, trunk_deg, load_kg):
#     load_arm = spine.SHOULDER_DISTANCE_M * np.sin(np.radians(trunk_deg)) + spine.LOAD_REACH_M
#     return trunk_moment(body_mass_kg, trunk_deg) + load_kg * spine.G * load_arm
#
#
# check.build_step_2(moment_at_l5s1)
# ```
# </details>

# %% [markdown]
# **Exercise 4 (build step 3): from moment to compression.** The back muscles hold the moment with a
# lever arm of only r = 5 cm, so they pull F = M / r, twenty times the moment in newtons. The disc
# is squeezed
# by that pull plus the part of the weight that acts along the spine:
# C = M / r + (m_HAT + m_load) g cos θ. Write `compression(body_mass_kg, trunk_deg, load_kg)`.


# %% tags=["exercise", "build"]
def compression(body_mass_kg, trunk_deg, load_kg):
    return ...


my_compression = check.build_step_3(compression)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def compression(body_mass_kg, trunk_deg, load_kg):
#     muscle = moment_at_l5s1(body_mass_kg, trunk_deg, load_kg) / spine.ERECTOR_LEVER_ARM_M
#     weight = (spine.HAT_MASS_FRACTION * body_mass_kg + load_kg) * spine.G
#     return muscle + weight * np.cos(np.radians(trunk_deg))
#
#
# my_compression = check.build_step_3(compression)
# ```
# </details>

# %% [markdown]
# The lines to compare with come from occupational lifting guidelines of the US National
# Institute for Occupational Safety and Health ([NIOSH](glossary.md#niosh-limits)), in kilonewtons
# (kN; 1 kN is roughly the weight of a 100 kg mass): the compression criterion of 3.4 kN, the
# limit that the revised NIOSH lifting equation was designed to keep lifting tasks under
# [@waters1993], and the maximum permissible limit of 6.4 kN of the 1981 guide [@niosh1981].
# They are guideline values for designing lifting work: crossing one does not mean that a back is
# injured, and the figures draw them as plain reference lines for that reason. The table uses
# your `my_compression` once step 3 passes.

# %%
angles = [0, 20, 45, 60, 90]
table = pd.DataFrame(
    {
        f"{load} kg load": np.asarray(my_compression(70, np.array(angles), load)) / 1000
        for load in (0, 10, 20)
    },
    index=pd.Index(angles, name="trunk flexion (°)"),
)
at45 = spine.l5s1_load(70, 45)
crossing_20kg = check.crossing_angle_deg(70, 20)
fine = np.linspace(0, 90, 9001)
c_fine = spine.l5s1_load(70, fine).compression_N
print(
    f"70 kg at 45°, no load: moment {float(at45.moment_Nm):.0f} N·m, "
    f"back muscles {float(at45.muscle_force_N) / 1000:.2f} kN, "
    f"compression {float(at45.compression_N) / 1000:.2f} kN"
)
print(f"70 kg with 20 kg passes 3.4 kN at {crossing_20kg:.1f}° of flexion")
print(
    f"no load: compression peaks at {fine[c_fine.argmax()]:.1f}° "
    f"({c_fine.max() / 1000:.2f} kN); arctan(d / r) = {np.degrees(np.arctan(0.31 / 0.05)):.1f}°"
)
print("Compression at L5/S1 (kN) for a 70 kg person:")
table.round(2)

# %%
fig = Figure(figsize=(9, 4.6))
plot_compression_vs_angle(fig.add_subplot(), 70, (0.0, 10.0, 20.0))
show_figure(fig, TEXTS["compression-vs-angle"])

# %% [markdown]
# <details><summary>Deeper: two artefacts of the simple model</summary>
#
# Two things in this model are worth a second look, because they are the model's, not the
# body's:
#
# * **The curves flatten and even dip near 90°.** Compression peaks where tan θ = d / r, about
#   {{peak_angle}} here (printed above), because beyond it the weight along the spine falls faster
#   than the muscle force rises. That is geometry of a very simple model; it does not say that
#   bending all the way down is easier on the back.
# * **Upright, the model's spine carries only the trunk's weight** ({{compression_upright}} at 0° in
#   the table),
#   because the model has no muscles working against each other. Real trunk muscles are never
#   completely off, so the model underestimates the upright load (more on this below).
#
# </details>
#
# ### Interactive: a stick figure and its spinal load
#
# Move the **trunk [flexion](glossary.md#flexion)**, the **body mass** and the **load in the
# hands**. The trunk's line style changes as the compression crosses each guideline value
# (solid below 3.4 kN, dashed between them, dotted above 6.4 kN); its colour stays the same,
# because a guideline value is a reference, not a danger line. On the right, the dashed grey
# curve is the same person with empty hands and the star is the current posture.

# %%
spinal = make_spinal_load()
spinal.show()

# %% [markdown]
# ### Exercise 5: when does a shopping bag cross the line?
#
# A 70 kg person holds a 10 kg bag in front of them. At what trunk flexion angle (in degrees)
# does the compression first reach the NIOSH criterion of 3.4 kN
# (`spine.NIOSH_COMPRESSION_CRITERION_N`)? Use the interactive diagram to get close, then find it
# to a tenth of a degree with `spine.l5s1_load` and an array of angles.

# %% tags=["exercise"]
angle_at_limit = ...

check.exercise_2(angle_at_limit)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# angles = np.linspace(0, 90, 9001)
# compression = spine.l5s1_load(70, angles, 10).compression_N
# angle_at_limit = angles[np.argmax(compression >= spine.NIOSH_COMPRESSION_CRITERION_N)]
#
# check.exercise_2(angle_at_limit)
# ```
#
# About {{crossing_10kg}}. `np.argmax` on a True/False array returns the first True. A 10 kg load
# held at arm's length adds a lever arm of its own, so a moderate forward lean already reaches the
# line.
# </details>

# %% [markdown]
# ### Measured disc pressures in daily postures
#
# Wilke and colleagues [-@wilke1999] implanted a pressure sensor in the L4–L5 disc (the disc just
# above L5/S1) of one healthy man (70 kg) and measured the pressure in daily postures and
# activities, in megapascals (MPa: 1 MPa is a force of one newton on every square millimetre).
# They measured walking and more besides; the table below lists the nine postures this
# collection uses. Their numbers are a check on any model, and they hold some surprises about
# sitting.

# %%
pressures = spine.disc_pressures()
pressures[["posture", "pressure_MPa"]]

# %% [markdown]
# This cell draws the figure in full, so you can change it (try sorting the bars differently, or
# adding your own posture).

# %%
fig = Figure(figsize=(9, 4.6))
ax = fig.add_subplot()
bars = pressures.sort_values("pressure_MPa")
y = np.arange(len(bars))
ax.barh(y, bars["pressure_MPa"], color=style.STAGE_COLORS["posture"], edgecolor="black")
for yi, value in zip(y, bars["pressure_MPa"], strict=True):
    ax.text(value + 0.03, yi, f"{value:.2f}", va="center")
ax.set_yticks(y, bars["posture"])
ax.set_xlabel("L4–L5 disc pressure (MPa)")
ax.set_xlim(0, bars["pressure_MPa"].max() * 1.15)
ax.set_title("In-vivo disc pressure (Wilke et al. 1999)", fontsize=13)
ax.grid(axis="y", visible=False)
show_figure(fig, TEXTS["disc-pressures"])

# %% [markdown]
# What the measurements say:
#
# * **Leaning forward raises the load**, as the model predicts: standing flexed forward
#   (1.10 MPa) is 2.2 times relaxed standing (0.50 MPa), and sitting bent maximally forward
#   (0.83 MPa) is almost twice sitting upright without a backrest. Sitting upright without a
#   backrest against relaxed standing was 0.46 vs 0.50 MPa: sitting upright and standing loaded
#   this volunteer's disc about equally (older measurements had found sitting higher
#   [@nachemson1981]).
# * **Slumping is not the same as leaning forward.** Relaxed, slouched sitting (0.30 MPa) gave
#   *less* [disc pressure](glossary.md#disc-pressure) than sitting upright (0.46 MPa) in this
#   volunteer: the back muscles can rest. This is a measurement, not a recommended way to sit;
#   disc pressure is one measure of load, not damage.
#
# <details><summary>Deeper: lifting in Wilke's measurements</summary>
#
# * **How you lift matters**: 20 kg lifted with a round back gave 2.30 MPa, with bent knees
#   1.70 MPa, and held close to the body 1.10 MPa. Keeping the load close shortens its lever
#   arm, which is what the model's `load_reach_m` represents.
#
# </details>
#
# These are measurements in one person, so they show the pattern, not what every spine does.
#
# **Where the model and the measurement disagree.** Measured, standing flexed forward is 2.2
# times relaxed standing; in the model, 45° against upright is {{model_ratio}}, more than twice
# that. The model's upright spine carries only the trunk's weight, because it has no muscles
# working against each other; a real upright spine carries more. The model is good for the
# *shape* of the effect (a lean multiplies the muscle force), not for the exact ratio.

# %% [markdown]
# ### <a id="load-is-not-damage"></a>Load is not damage
#
# The kilonewtons and megapascals above describe mechanics: how hard muscles pull and how much a
# disc is squeezed. They do not say that anything is being harmed.
#
# * **Spinal tissues adapt to load.** Like bone and muscle, discs respond to how they are used:
#   adults who ran regularly had better-hydrated, thicker lumbar discs than inactive adults, and
#   fast walking and slow running were the activities linked to it [@belavy2017].
# * **Posture and load are weakly linked to pain.** A review of 41 systematic reviews found no
#   consensus that posture, sitting, standing, bending or lifting cause low back pain
#   [@swain2020], and people with and without back pain did not differ in how much they bent
#   their lumbar spine when lifting [@saraceni2020].
# * **Lifting-technique advice does not prevent back pain.** In randomised trials with about
#   20,000 workers, training in "correct" lifting did not prevent back pain [@verbeek2011].
# * **Exercise helps; fear of bending can keep pain going.** Guidelines recommend exercise for
#   low back pain [@nice2016] (building load up gradually is how it is usually done: a clinical
#   view, not a finding of these sources), and in the fear-avoidance model, worry that movement will
#   harm the back leads to avoiding it, which can keep pain and disability going
#   [@vlaeyen2000; @leeuw2007] (notebook 06).
#
# > **Think!** The stick figure passes the 3.4 kN line when it bends with a bag. Should a person
# > with back pain avoid bending?
#
# <details><summary>One way to think about it</summary>
#
# The line is a value for designing repeated lifting at work, not a limit of any one back. Bending
# and lifting did not predict who has back pain, and avoiding them can feed the fear-avoidance
# loop. What suits one person is a question for their physiotherapist or care team.
# </details>
#
# ### Sitting for long, and sitting in a wheelchair
#
# Many people with MS sit for much of the day; in the simulated cohort of notebook 08, one person
# in ten uses a wheelchair. What the measurements above say about sitting is limited: sitting
# upright and standing loaded one volunteer's disc about equally (0.46 vs 0.50 MPa), and
# reclined postures with a backrest lowered disc pressure by 50–80% compared with standing in
# older measurements [@nachemson1981]. A backrest that carries the trunk does for the back muscles
# what the slump does, without the slump.
#
# What the model leaves out matters more for a person who sits all day, and we have no model of
# it here: keeping the trunk upright takes *trunk control*, and weaker, less enduring trunk
# muscles in MS [@kordi2017] make that harder, so the trunk may sag or lean to one side; support
# (a backrest, lumbar support, a reclined or tilted seat) takes over part of that work; and long
# sitting brings pressure and discomfort at the seat and back, which seating assessments by
# occupational therapists and physiotherapists address person by person. The chain map's node
# "Long sitting and wheelchair use" marks this path: it raises lumbar load and changes posture.

# %% [markdown]
# ## 4. One compensated way of walking: leaning over the stance leg
#
# When one leg carries the body in walking, the **[hip abductors](glossary.md#hip-abductors)** of
# that leg stop the pelvis from dropping on the other side. When they are weak, people often lean
# the trunk sideways over the standing leg at every step (a "compensated
# [Trendelenburg](glossary.md#trendelenburg-gait)" gait). The lean spares the abductors, but the
# trunk now hangs sideways over L5/S1, and the back muscles of one side must hold it.
#
# <details><summary>Deeper: the walking model's equations</summary>
#
# **The model** (`gait.single_leg_stance`, a *teaching model*: its geometry and lever arms are our
# assumptions, except the head-arms-trunk mass fraction [@winter2009]; the 5 cm lever arm is the
# spine model's convention). With a sideways lean φ towards the standing leg, hip width w and the
# trunk's centre of mass a distance d above L5/S1 (m_leg is the mass of the lifted leg, which hangs
# a hip width away from the standing hip; r is the 5 cm muscle lever arm):
#
# * hip abductor moment M_hip = g [m_HAT (w/2 − d sin φ) + m_leg w]
# * side-bending moment at L5/S1 M_L5 = m_HAT g d sin φ, held by a one-sided muscle force
#   M_L5 / r.
#
# `gait.lean_needed_deg(c)` gives the lean that brings the abductor moment down to a fraction c
# of what upright walking needs.
#
# </details>

# %%
lean_half = float(gait.lean_needed_deg(0.5))
at_half = gait.single_leg_stance(70, lean_half)
upright = gait.single_leg_stance(70, 0.0)
full_lean = float(gait.lean_needed_deg(0.0))
print(f"hip abductors at 50%: lean {lean_half:.1f}° towards the standing leg")
print(
    f"  hip abductor force {float(upright.hip_abductor_force_N) / 1000:.2f} kN upright → "
    f"{float(at_half.hip_abductor_force_N) / 1000:.2f} kN leaning"
)
print(
    f"  L5/S1 side-bending moment {float(at_half.lumbar_lateral_moment_Nm):.0f} N·m, held by "
    f"{float(at_half.lateral_muscle_force_N) / 1000:.2f} kN of one-sided back muscle force"
)
print(f"weight straight over the hip (abductors not needed): lean {full_lean:.1f}°")

# %%
fig = Figure(figsize=(10, 4.6))
ax_body, ax_trade = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.35]})
plot_frontal_figure(ax_body, lean_half)
plot_lean_tradeoff(ax_trade, lean_now_deg=lean_half)
show_figure(fig, lean_texts(lean_half, full_lean))

# %% [markdown]
# In the model, a lean of {{lean_half}} halves the work of the hip abductors, but buys it with a
# side-bending moment of {{side_moment_half}} at L5/S1 and a one-sided back-muscle force of
# {{side_force_half}} (printed above), repeated at every step on that leg. Leaning all the way,
# until the weight is straight over the hip, takes {{full_lean}}. The model's numbers rest on
# assumed geometry; the trade itself (hip relief for one-sided lumbar load) is the point: a
# **compensation strategy** (notebook 04).
#
# A milder weakness needs a smaller lean: with hip abductors that manage 60% of the moment of
# upright walking, the lean is {{lean_60}} and the one-sided back-muscle force {{side_force_60}}.
# Any lean puts a one-sided load on the lower back at every step.

# %% [markdown]
# ## Quiz
#
# Six questions. With a kernel, answer in the form; without one, the answers are folded below.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Standing is balanced by feedback with a delay; in MS the balance responses start later
#   [@cameron2008]. In a simple model, sway grows with the delay, slowly and then steeply, and the
#   body falls past a critical delay; how close people with MS are to it depends on assumptions
#   that nobody has measured [@milton2009].
# * In this model, of these two strategies, only stiffening by co-contraction lowers sway, at
#   the cost of muscles that never rest. Clinically, a co-contracted stance is often something to
#   train away from, and balance training improves balance in MS on average [@gunn2015].
# * Leaning forward makes the back muscles pull many times the weight they hold (the model you
#   built); measured disc pressures confirm the direction, and sitting upright and standing load
#   the disc about equally.
# * Load is mechanics, not damage: spines adapt to load, posture and lifting are weakly linked to
#   pain, and fear of bending can keep pain going.
# * A sideways lean over a weak hip moves a one-sided load onto the lower back at every step.
#
# ## If you live with MS
#
# **What this means for you.** A slower balance loop, weaker trunk muscles or a lean while walking
# can make standing and walking more tiring, and can put more work on the back muscles. That is
# mechanics, and it is nobody's fault. Bending, lifting and sitting are not, in themselves,
# harming your spine: backs adapt to being used, and balance training improves balance in MS on
# average.
#
# **What it does not mean.** The numbers here come from simple models and from one healthy
# volunteer's disc; they cannot say how much load your back carries, whether a posture is right
# for you, or why your back hurts. Back pain in MS has many causes, including the disease itself.
#
# **Questions you could ask your care team.**
#
# * Would balance or trunk training suit me, and how would I build it up?
# * Is my seating (chair, wheelchair, backrest or cushion) giving my trunk the support it needs?
# * I lean or stiffen when I walk or stand: is that something to work on with a physiotherapist?
#
# ## What's next
#
# Notebook 06 asks how held postures, movement and rest add up to discomfort and pain, and how
# [pain-related worry](glossary.md#pain-related-worry) can close a loop back onto movement.

# %% [markdown]
# ## References
#
# Model settings not listed here are teaching assumptions, stated where they are used.
