# %% [markdown]
# # Pain: three kinds of pain, three mechanisms, and a loop that keeps it going
#
# Pain is common in multiple sclerosis (MS): a review that combined 28 studies found that about
# 63% of people with MS had pain of some kind, and about one in five had back pain
# [@foley2013]. But "pain in MS" is not one thing. Some pain is signalled from muscles, joints
# and discs, some comes from damaged nerves, some mixes both, and some is a side effect of
# medicines. On top of all of them, pain changes behaviour, and mood, sleep and fatigue change
# pain. This notebook builds a small model of each, so you can see which levers move which kind
# of pain, and you build one of them yourself: the loop gain.
#
# **What you will learn**
#
# * to name the kinds of pain in MS by what produces them (their *mechanism*), and three other
#   paths to back pain in MS;
# * to explain, with a model of a day, why moving lowers back discomfort;
# * to explain why bending the neck triggers Lhermitte's sign;
# * to read side-effect rates against [placebo](glossary.md#placebo);
# * to build the *[loop gain](glossary.md#loop-gain)* of the fear-avoidance loop.
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | The chain map and what a feedback loop is | Necessary | [00](00_start_here.ipynb) |
# | Disc pressures; load is not damage | Helpful | [05](05_posture_gait_balance.ipynb) |
# | Muscle fatigue and disuse | Helpful | [03](03_weakness_and_fatigue.ipynb) |
# | Writing a short Python function, reading a plot | Necessary | [00](00_start_here.ipynb) |

# %% [markdown]
# ## Setup
#
# This cell loads the models used here, the interactive diagrams, the self-checks and the quiz.

# %%
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from msbackpain import chain, fear_avoidance, lhermitte, medication, pain, prevalence
from msbackpain.lessons.pain import captions, figures, quiz, results
from msbackpain.lessons.pain import checks as check
from msbackpain.lessons.pain.diagrams import make_day_plan, make_fear_avoidance_loop
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## Three kinds of pain
#
# Truini and colleagues [-@truini2013] sort the pains of MS by **mechanism**, what produces them:
#
# * **Nociceptive musculoskeletal pain**: signalled by healthy pain sensors (*nociceptors*) in
#   muscles, bones, joints and discs, often when posture and movement change. Most lower back
#   pain is of this kind (section 1).
# * **Neuropathic pain**: damaged nerve fibres produce impulses of their own
#   (*[ectopic](glossary.md#ectopic-impulse)* impulses). Examples are Lhermitte's sign and
#   [trigeminal neuralgia](glossary.md#trigeminal-neuralgia) (section 2).
# * **Treatment-induced pain**: a side effect of a medicine, such as the aches of
#   [interferon beta](glossary.md#interferon-beta) (section 3).
#
# The pain of spasticity and [painful spasms](glossary.md#painful-spasms) (notebook 04) are
# *mixed* pains. How common some of them are (a *meta-analysis* of 28 studies, 7101 people
# [@foley2013]; `ci_low_pct` and `ci_high_pct` are the 95% *confidence interval*):

# %%
foley = prevalence.pain_prevalence()
foley[foley["pain_type"].isin(["any pain", "back pain", "Lhermitte's sign"])]

# %% [markdown]
# Studies that asked about *low* back pain specifically found more: 41.6–52.4% of people with
# MS in a 2021 systematic review [@massot2021], 68.9% in one 2023 survey [@odzimek2023].
#
# > **Think!** Lhermitte's sign is felt down the back. Why sort pain by what produces it rather
# > than by where it is felt?
#
# <details><summary>One way to think about it</summary>
#
# Because the mechanism says which levers can move the pain. A day plan with breaks changes pain
# from held postures, but not a shock that starts in the neck part of the spinal cord.
#
# </details>
#
# Most back pain, in MS too, is not dangerous. Some is, and this box says when:

# %% [markdown]
# <!-- red-flags -->

# %% [markdown]
# ## 1. Musculoskeletal pain: a day of holding postures, moving and resting
#
# Many people without back pain feel some discomfort when they hold one posture for long: about
# 40–71% of symptom-free people do during 2 hours of standing still [@coenen2017]. A short walk
# eases it, briefly [@decarvalho2023].
#
# **Load is a modelled input, not damage.** The model below uses disc pressure as its input
# because it can be measured. Pain itself is produced by the nervous system from many inputs:
# load, but also fatigue, mood, sleep, worry and the disease itself. How much load a back
# carries, or how far it bends, goes only weakly with back pain [@swain2020; @saraceni2020], and
# backs adapt to the loads they carry
# ([notebook 05, *Load is not damage*](05_posture_gait_balance.ipynb#load-is-not-damage)).
#
# **The model** (`pain.simulate_day`, a *teaching model*): while a posture is *held*, its load
# adds to a store, the "strain of holding", and held muscles tire; while moving or lying, the
# store fades within about an hour. Discomfort, on a
# [0–10 scale](glossary.md#numerical-rating-scale-nrs), grows with both. It is calibrated on the
# laboratory figures above, not fitted to anyone's pain.
#
# <details><summary>Deeper: the equations and the disc pressures</summary>
#
# Minute by minute, with p the disc pressure of the current activity (MPa, notebook 05), p_rest
# the pressure lying down, and s the share of time the posture is held still (1 for sitting or
# standing still, 0 for walking or lying):
#
# * strain of holding S (MPa·h; a model quantity, not a strain of any tissue and not damage):
#   dS/dt = s · max(p − p_rest, 0) − S · (s / τ_hold + (1 − s) / τ_relief), with τ_hold = 4 h
#   and τ_relief = 1 h (assumptions);
# * muscle fatigue Φ (0 = fresh, 1 = exhausted): dΦ/dt = α (1 − Φ) − β Φ, where the tiring rate
#   α grows with the pressure and with s, and β is the recovery during movement;
# * discomfort = 10 (1 − exp(−(S / S_ref + w_F Φ))). S_ref and w_F are set so that standing still
#   for 71 minutes gives {{standing_71_min}} out of 10 (9 on a 0–100 scale).
#
# The pressures are Wilke and colleagues' [-@wilke1999] measurements in one 70 kg man, with two
# assumptions: walking gets the pressure of relaxed standing (it is not a held posture, so the
# value does not change the discomfort), and sitting against a backrest half the standing
# pressure, as leaning back lowers disc pressure by 50–80% in reclined postures
# [@nachemson1981]. Whether sitting upright loads the disc more or less than standing is not
# settled: older and newer measurements disagree, so the model makes no point of it. The disc
# pressure *rises* during a night lying down, from 0.10 to 0.24 MPa, as the disc takes up water
# [@wilke1999]; the model's overnight fading of discomfort is an assumption about discomfort,
# not a description of the disc.
#
# </details>

# %%
activities = pd.DataFrame(
    [(name, p, source, s) for name, (p, source, s) in pain.ACTIVITIES.items()],
    columns=["activity", "disc pressure (MPa)", "taken from", "static fraction s"],
)
desk = results.desk_days()
for name, day in desk.items():
    print(f"{name:<66} mean {day.mean_pain:.1f}, peak {day.peak_pain:.1f}")
activities

# %%
fig = Figure(figsize=(9, 4.4))
ax = fig.add_subplot()
labels = ["upright, no breaks", "upright, 5-min walk every 30 min", "backrest, same walks"]
names = [results.STATIC, results.WALKS, results.SUPPORTED_WALKS]
for i, (label, name) in enumerate(zip(labels, names, strict=True)):
    figures.plot_day(ax, desk[name], label, index=i)
ax.set_ylim(0, 4)
show_figure(
    fig,
    captions.day_breaks(
        desk[results.WALKS].pain.size / 60,
        desk[results.STATIC].peak_pain,
        desk[results.WALKS].peak_pain,
        desk[results.SUPPORTED_WALKS].peak_pain,
    ),
)

# %% [markdown]
# What the model shows:
#
# * **A desk day gives mild discomfort.** Eight hours sitting upright without a break peaks at
#   {{desk_static_peak}} out of 10 (mean {{desk_static_mean}}).
# * **Moving lowers it.** A 5-minute walk every 30 minutes lowers the mean to
#   {{desk_walks_mean}}, by {{break_effect}} points, about the small benefit of sit-stand desks
#   in trials [@agarwal2018]. A backrest lowers it further ({{desk_supported_walks_mean}} with
#   the walks).
# * **What it leaves out.** The model has no term for the other benefits of moving; for low back
#   pain, guidelines advise keeping active [@nice2016; @dahm2010].
#
# <details><summary>Deeper: more of the model's numbers and its known gaps</summary>
#
# After one hour of upright sitting the model gives {{sitting_60_min}}. The relief of one walk
# lasts about {{relief_minutes}} minutes of sitting in the model, but less than 10 minutes in the
# laboratory [@decarvalho2023]: the model is kinder to breaks. Backrest without breaks: mean
# {{desk_supported_mean}}; of the four plans the lowest is *{{best_desk_plan}}*. A lie-down
# instead of each walk differs by {{lying_vs_walking}}. Eight hours standing still: mean
# {{day_standing_mean}}; bent forward {{day_bending_mean}}; walking {{day_walking_mean}} (the
# effort of a long walk is not in the model). Swapping one held posture for another brings no
# relief in the model, although sit-stand desks help a little in trials: a known gap.
#
# </details>
#
# ### Interactive: plan a day
#
# Choose the main activity, how often you take a break, how long and what you do in it. The
# orange curve is your plan, the dashed grey curve the same time without breaks, the shaded
# steps the disc pressure (right axis). Try a walk against standing still as the break.

# %%
day_plan = make_day_plan()
day_plan.show()

# %% [markdown]
# ## 2. Neuropathic pain: Lhermitte's sign
#
# **What it feels like.** Bending the head forward brings a brief electric-shock feeling down
# the spine, often into the arms or legs [@alaraji2005]. About 16% of people with MS report it in
# pooled studies [@foley2013].
#
# **It is usually not dangerous.** It is usually episodic and self-limiting: it comes in spells
# that settle, usually over weeks, and is not dangerous in itself. A *new* onset is worth telling
# the MS team, as it may be a sign of a [relapse](glossary.md#relapse).
#
# **Why bending the neck triggers it.** Bending the neck stretches the
# [cervical](glossary.md#cervical) (neck) part of the spinal cord. Its
# *[dorsal columns](glossary.md#dorsal-columns)* carry touch and position sense up to the brain.
# Where these fibres have lost their myelin (notebook 01), stretch makes them fire in the middle
# of the fibre. The impulses travel *up* to the brain, which feels them in the parts of the body
# those fibres serve, all at once. The shock is felt in the back, but it does not come from the
# back, so the day plan of section 1 does not change it.
#
# <details><summary>Deeper: a neck lesion, but not always; the model's settings</summary>
#
# In a study in which about 41% had *ever* had the sign, 17 of 18 people who had had it showed a
# cervical lesion on MRI, but so did 13 of 25 who never had it [@alaraji2005]. Bayes' rule with the
# pooled 16% gives a probability of the sign of about {{p_sign_lesion}} with a visible cervical
# lesion and about {{p_sign_no_lesion}} without (our calculation; it implies that about {{p_lesion}}
# have a visible lesion). The model (`lhermitte`, a *teaching model*) gives a person with the sign
# one spell a year of about three weeks (assumptions): about {{spell_share}} of days inside a spell,
# and about {{spell_year}} of people with the sign have a spell in a given year. On a day inside a
# spell, a neck flexion past 20° triggers an episode with probability p = severity × (1 − exp(−(peak
# angle − 20°) / 15°)), severity from 0 (no cervical lesion) to 1; threshold, scale and the
# one-second episode are assumptions.
#
# </details>
#
# Here is a made-up two minutes of neck movement with six forward bends, on a day inside a
# spell, for a model person with a cervical lesion (severity 0.6):

# %%
t, neck = lhermitte.neck_flexion_series(duration_s=120, n_flexions=6, peak_deg=40, seed=0)
no_lesion = lhermitte.simulate_episodes(t, neck, 0.0, seed=1)
episodes = lhermitte.simulate_episodes(t, neck, 0.6, seed=1)
for severity, result in [(0.0, no_lesion), (0.6, episodes)]:
    print(
        f"lesion severity {severity}: {result.n_flexions} flexions past 20°, "
        f"{result.n_episodes} episodes"
    )
print(f"felt at once in: {', '.join(episodes.felt)}")

# %%
fig = Figure(figsize=(10, 4.4))
ax_time, ax_body = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.45, 1]})
figures.plot_timeline(ax_time, t, neck, episodes)
figures.plot_body_felt(ax_body, episodes)
show_figure(fig, captions.lhermitte(episodes.n_flexions, episodes.n_episodes, episodes.felt))

# %% [markdown]
# Not every bend triggers an episode; without a lesion, or outside a spell, none do.
#
# ### Exercise 1: how many episodes on a day inside a spell?
#
# A model person with the sign (cervical lesion of severity 0.5) bends the neck forward to about
# 40° some 50 times a day, on a day inside a spell. How many episodes does the model give **on
# average**? Use `lhermitte.trigger_probability(peak_flexion_deg, lesion_severity)`. This is a
# model of a person with the sign who flexes the neck often, not what anyone should expect.

# %% tags=["exercise"]
episodes_per_day = ...

check.exercise_2(episodes_per_day)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# episodes_per_day = 50 * float(lhermitte.trigger_probability(40, 0.5))
#
# check.exercise_2(episodes_per_day)
# ```
#
# Each of the 50 bends triggers an episode with probability about {{trigger_40_05}}, so the mean
# is about {{episodes_50}} in this model of someone with the sign who bends the neck often, on a
# day inside a spell. It is not an expectation for a person with MS: most people with MS never
# have the sign, and on the many days outside a spell the model's count is 0.
# </details>

# %% [markdown]
# ## 3. Treatment-related pain: medication side effects
#
# In one placebo-controlled trial, 371 people with secondary-progressive MS received a low dose
# of interferon beta-1a once a week (not today's usual dosing) or placebo [@andersen2004]. A
# **placebo** is a dummy treatment given the same way: it shows how many people report a
# complaint without the drug, because aches and headaches are common anyway. What the drug
# adds is the excess: for headache, 36% − 20% = 16 percentage points.

# %%
effects = medication.side_effect_table()
print("Sources:", effects.attrs["citation"])
effects[["drug", "side_effect", "rate_drug", "rate_placebo"]]

# %%
fig = Figure(figsize=(9, 3.8))
figures.plot_rates(fig.add_subplot())
rates = captions.side_effect_rates(
    medication.published_rates("interferon beta-1a"), medication.published_rates("placebo")
)
show_figure(fig, rates)

# %% [markdown]
# Interferon beta can also increase spasticity [@walther1999]. Baclofen and tizanidine, which
# reduce spasticity (notebook 04), commonly cause sleepiness, and people often report weakness
# [@bass1988; @crossover1988]. Stopping them suddenly can worsen spasticity [@stien1987], and
# stopping baclofen abruptly can be dangerous: never stop suddenly without medical advice.
# Decisions about any medicine belong with the person and their treating team.

# %% [markdown]
# ## 4. The fear-avoidance loop
#
# Vlaeyen and Linton [-@vlaeyen2000] described how pain can keep itself going [@leeuw2007].
# After an episode of pain, some people worry that it means the worst ("my back is damaged"):
# **[pain-related worry](glossary.md#pain-related-worry)**. Worry feeds **fear**, fear leads to
# **avoiding** movement, avoiding leads to **disuse**, and disuse can make pain worse. Gradual,
# planned *[exposure](glossary.md#graded-exposure)* to feared movements can break the loop.
# Such a loop is nobody's fault: worry after pain is a normal response, and in MS the disease
# activity itself keeps pain going too. The disuse step is plausible, not established: a study of
# people with new low back pain found no physical deconditioning after its onset [@bousema2007].

# %%
print(" → ".join(chain.LOOPS["fear_avoidance"]))

# %% [markdown]
# **The model** (`fear_avoidance`, a *teaching model*: the loop is Vlaeyen and Linton's, the
# equations and weekly step are ours). Each link turns one quantity into the next:
#
# * fear = c · pain (c: how strongly pain-related worry turns pain into fear);
# * avoidance = a · (1 − x) · fear (a: how strongly fear turns into avoiding; x: exposure, 0 to 1);
# * disuse follows avoidance; pain = b · disuse (b: how much disuse hurts).
#
# You now build the **loop gain** G, the factor by which a small pain comes back after one trip
# round the loop, in three steps.
#
# ### Build step 1: one trip round the loop
#
# Write `one_trip(pain_now, c, a, x, b)`: the small pain that comes back after one trip, link by
# link (take disuse equal to avoidance).


# %% tags=["exercise", "build"]
def one_trip(pain_now, c, a, x, b):
    return ...


check.build_step_1(one_trip)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def one_trip(pain_now, c, a, x, b):
#     fear = c * pain_now
#     avoid = a * (1 - x) * fear
#     return b * avoid
#
#
# check.build_step_1(one_trip)
# ```
#
# Each link multiplies, so one trip multiplies the pain by c · a · (1 − x) · b.
# </details>

# %% [markdown]
# ### Build step 2: does an episode fade?
#
# One trip multiplies a small pain by G, so n trips multiply it by Gⁿ. Write `fades(gain)`: True
# when a small pain dies away round after round.


# %% tags=["exercise", "build"]
def fades(gain):
    return ...


check.build_step_2(fades)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def fades(gain):
#     return gain < 1
#
#
# check.build_step_2(fades)
# ```
#
# Gⁿ shrinks to nothing when G < 1; when G > 1 the pain grows until the model's 0–10 ceiling
# bends it to a steady [chronic](glossary.md#acute-and-chronic-pain) level.
# </details>

# %% [markdown]
# ### Build step 3: the loop gain
#
# Write `loop_gain(worry, avoidance=1.0, disuse_to_pain=1.0, exposure=0.0)`, with `worry` for c
# (how strongly pain-related worry turns pain into fear). The rest of the notebook then uses your
# function.


# %% tags=["exercise", "build"]
def loop_gain(worry, avoidance=1.0, disuse_to_pain=1.0, exposure=0.0):
    return ...


gain_of = check.build_step_3(loop_gain)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# def loop_gain(worry, avoidance=1.0, disuse_to_pain=1.0, exposure=0.0):
#     return worry * avoidance * (1 - exposure) * disuse_to_pain
#
#
# gain_of = check.build_step_3(loop_gain)
# ```
#
# G = c · a · (1 − x) · b, the product of the link gains. Our own algebra (derived, not a
# literature result): above 1 the pain settles at P* = 10 (1 − exp(−G P* / 10)).
# </details>

# %% [markdown]
# Here is a year after a 2-week episode of pain 6, for three values of c (a = b = 1, no
# exposure), with your gain deciding whether each run fades. This cell draws the figure in full,
# so you can change it.

# %%
worries = (0.8, 1.2, 1.5)
runs = [fear_avoidance.simulate_loop(52, catastrophising=c) for c in worries]
fig = Figure(figsize=(9, 4.2))
ax = fig.add_subplot()
for i, (c, run) in enumerate(zip(worries, runs, strict=True)):
    gain = float(gain_of(c))
    line = style.series_style(i)
    verdict = "fades" if check.fades_reference(gain) else "stays"
    ax.plot(
        run.week,
        run.pain,
        color=line["color"],
        ls=line["linestyle"],
        marker=line["marker"],
        markevery=5,
        label=f"c = {c}: loop gain {gain:.1f} ({verdict})",
    )
ax.axvspan(0, int(np.count_nonzero(runs[0].episode)) - 1, color="0.85", zorder=0)
ax.set_xlabel("week")
ax.set_ylabel("pain (0–10)")
ax.set_ylim(0, 10)
ax.legend(loc="upper right")
show_figure(fig, captions.fear_avoidance_runs(runs[1].pain[2], runs[1].pain[-1], runs[2].pain[-1]))

# %% [markdown]
# The same episode ends in different places: with gain 0.8 the pain is almost gone by week 52
# ({{loop_final_low}}); with 1.2 it stays near {{loop_final_mid}}; with 1.5 near
# {{loop_final_high}}. In this model the course depends on every link of the loop, exposure
# among them; in people, disease activity, sleep, mood, fatigue and support matter too. The
# model shows the *logic* of a loop, not a person's course.
#
# > **Think!** Why might it matter *when* exposure starts, and not only how much there is?
#
# <details><summary>One way to think about it</summary>
#
# In the model, exposure lowers the gain from the week it starts. Started late, the pain has
# already grown towards its chronic level and needs longer to come down, even with the same gain;
# try a delayed start in the diagram below.
#
# </details>
#
# ### Interactive: the loop gain
#
# Move **pain-related worry** and **exposure** and watch the loop gain in the note; then
# **delay the start** of exposure to week 20 or 30.

# %%
loop = make_fear_avoidance_loop()
loop.show()

# %% [markdown]
# ### Exercise 2: how much exposure breaks the loop?
#
# With c = 1.2 and a = b = 1, what is the **smallest exposure** x that brings the loop gain
# down to 1? Give x to three decimals (your `gain_of` helps).

# %% tags=["exercise"]
smallest_x = ...

check.exercise_4(smallest_x)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# smallest_x = 1 - 1 / float(gain_of(1.2))
#
# check.exercise_4(smallest_x)
# ```
#
# 1.2 (1 − x) = 1 gives x = 1/6 ≈ {{exposure_threshold}}. Exposure does not have to be total:
# it has to bring the gain below 1.
# </details>

# %% [markdown]
# ## 5. Side paths: other ways to back pain in MS
#
# Three more paths on the chain map end in back pain; none is simulated here.
#
# **Steroids, bone loss and fracture.** Relapses are often treated with short courses of
# corticosteroids. Long-term or repeated steroid use is a known cause of bone loss
# ([osteoporosis](glossary.md#osteoporosis)) [@compston2018], and so is moving less; people with
# MS have more bone loss and fractures than people without [@bazelier2011; @gupta2014], though
# in one registry short steroid courses did not clearly raise the fracture risk [@bazelier2012].
# A vertebral fracture is one cause of back pain [@nevitt1998]. This is a risk
# factor, not a forecast: most people with MS who have had steroid courses do not have a
# fracture. Sudden back pain in someone who has used steroids long-term is one of the red flags
# above.
#
# **Pain amplified by the nervous system.** The International Association for the Study of Pain
# (IASP) names a third mechanism beside nociceptive and neuropathic pain:
# *[nociplastic pain](glossary.md#nociplastic-pain)*, pain that arises from changed pain
# processing without clear tissue or nerve damage [@kosek2016]. The nervous system can turn the
# volume of pain up. In people with MS and chronic musculoskeletal pain, pain goes with
# hyperalgesia (more pain from the same stimulus) and weaker pain inhibition [@rivel2022]. On the
# chain map this is a loop: back pain → sensitisation → back pain.
#
# **Mood, sleep and fatigue.** In a large international survey of people with MS, pain went with
# fatigue (odds ratio 6.7), depression (4.0) and anxiety (2.4) [@marck2017]: associations, not
# causes. In a diary study, fatigue went with more pain later the same day (and pain with more
# fatigue), while depressed mood was not linked in time [@kratz2017]. These modifiers change
# pain; they do not mean that pain is "in the mind".

# %% [markdown]
# ## Quiz
#
# Six questions on the mechanisms of this notebook. With a kernel, answer in the form for
# instant feedback; without one, the answers are folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Pain in MS has several mechanisms [@truini2013]: musculoskeletal (most back pain),
#   neuropathic (Lhermitte's sign), treatment-induced, and mixed.
# * In the teaching model, moving lowers desk-day discomfort; load is a modelled input, not
#   damage [@swain2020].
# * Lhermitte's sign is usually episodic, self-limiting and not dangerous; a new onset is worth
#   telling the MS team.
# * Side-effect rates mean something only against placebo.
# * In the model, the fear-avoidance loop keeps pain going when its gain is above 1; exposure
#   lowers it. Loops are nobody's fault.
# * Steroid-related bone loss, pain amplified by the nervous system, and mood, sleep and fatigue
#   are further paths to back pain.
#
# ## If you live with MS
#
# **What this means for you.** Back pain is common in MS and most of it is not dangerous.
# Moving and changing position often helps discomfort from held postures, and discomfort is not
# a sign of damage. Lhermitte's sign is usually harmless and settles. Pain that keeps going is
# not your fault, and many things besides worry feed it, including the disease, fatigue and sleep.
#
# **What it does not mean.** These are teaching models with assumed numbers. They cannot say
# which kind of pain you have, how much pain you will have, or what you should do; they give no
# advice on any medicine.
#
# **Questions you could ask your care team.**
#
# * Which kind of pain do I have: from muscles and joints, from nerves, from a medicine, or mixed?
# * Is my bone health worth checking, given the steroid courses I have had?
# * Could fatigue, sleep or mood be part of my pain, and what help is there for them?
# * Is there a physiotherapist who can help me get moving again if I have been avoiding it?
#
# ## What's next
#
# Notebook 07 puts all the links together in one simulated person over months, and lets you try
# interventions at each link (cooling, physiotherapy, an anti-spasticity drug, seating with a
# backrest, [pacing](glossary.md#pacing)) to see what each changes downstream.

# %% [markdown]
# ## References
#
# Model settings not listed here are teaching assumptions, stated where they are used.
