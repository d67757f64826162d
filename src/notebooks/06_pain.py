# %% [markdown]
# # Pain: three kinds of pain, three mechanisms, and a loop that keeps it going
#
# Pain is common in multiple sclerosis (MS). A large review that combined 28 studies found that
# about 63% of people with MS had pain of some kind, and about one in five had back pain
# [@foley2013]. Studies that asked about low back pain specifically found it more often (more
# below). But "pain in MS" is not one thing. Some pain is signalled by muscles, joints and discs
# under load, especially load held for a long time: most back pain is of this kind, and it is
# where the chain of the earlier notebooks ends. Some pain comes from the damaged nerves
# themselves, such as the electric-shock feeling down the spine when the neck bends
# (Lhermitte's sign). Some pain mixes
# both, such as the pain of spasticity and painful spasms. And some pain is a side effect of
# medicines.
#
# On top of all of them, pain changes behaviour. Fear of pain can make people move less, and
# moving less may keep the pain going. This notebook builds a small model of each kind of pain
# and of that loop, so you can see which levers move which kind of pain.
#
# **What you will learn**
#
# * to name the three kinds of pain in MS by what produces them (their *mechanism*), and to say
#   which kind most back pain is;
# * to explain, with a teaching model of a day, how held postures, movement and support add up
#   to back discomfort, why moving lowers it, and why discomfort is not damage;
# * to describe what Lhermitte's sign feels like, to explain why bending the neck triggers it,
#   and to work out with Bayes' rule how likely it is with and without a lesion in the neck part
#   of the spinal cord;
# * to read side-effect rates against [placebo](glossary.md#placebo): to compute how much more often
#   a complaint is
#   reported on a medicine than on a dummy treatment, and to explain why that difference matters;
# * to explain what a *[loop gain](glossary.md#loop-gain)* is and why a fear-avoidance loop with a
#   gain above 1 keeps pain
#   going, and to compute how much [exposure](glossary.md#graded-exposure) the model needs to bring
#   the gain below 1.
#
# **Time:** about 40 minutes. **Prerequisites:** notebook 05 (measured disc pressures) helps;
# notebook 03 (muscle fatigue) and notebook 00 (feedback loops) are useful background.

# %% [markdown]
# ## Setup
#
# This cell loads the models used here (`pain`, `lhermitte`, `medication`, `fear_avoidance`
# and the chain map `chain`), the interactive diagrams, the self-checks and the end-of-notebook
# quiz, and applies the collection's colour-blind-safe style.

# %%
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
# Truini and colleagues [-@truini2013] sort the pains of MS by **mechanism**, that is, by what
# produces them:
#
# * **Nociceptive musculoskeletal pain.** *Nociceptive* means signalled by healthy pain sensors
#   (nociceptors); *musculoskeletal* means in muscles, bones, joints and discs. Here the sensors
#   respond to abnormal load, which follows from the posture and movement problems MS causes.
#   Most lower back pain is of this kind (section 1).
# * **Neuropathic pain.** Pain from the nerves themselves: the damaged nerve fibres produce
#   impulses of their own. These are *[ectopic](glossary.md#ectopic-impulse)* impulses, which start
#   in the middle of a fibre
#   rather than at a sensor. Examples are Lhermitte's sign and trigeminal neuralgia (sudden,
#   stabbing pain in the face) (section 2).
# * **Treatment-induced pain.** A side effect of a medicine, such as the flu-like symptoms and
#   muscle aches that [interferon beta](glossary.md#interferon-beta) (one of the long-term medicines
#   used in MS) can cause
#   (section 3).
#
# Some pains have more than one mechanism: in the same classification, the pain of spasticity
# and painful spasms (notebook 04) are *mixed* pains, a direct path from spasticity to pain.
#
# How common some of them are (Foley and colleagues [-@foley2013], a *meta-analysis*: 28 studies
# with 7101 people pooled into one estimate). The columns `ci_low_pct` and `ci_high_pct` give the
# 95% *confidence interval*, the range in which the true share probably lies:

# %%
foley = prevalence.pain_prevalence()
foley[foley["pain_type"].isin(["any pain", "back pain", "Lhermitte's sign"])]

# %% [markdown]
# What each number measures matters. Foley's 20% is a pooled "back pain" category from older
# studies that asked in different ways. Studies that asked about *low* back pain specifically
# found more: 41.6–52.4% of people with MS in a 2021 systematic review [@massot2021], and 68.9% in
# one 2023 survey [@odzimek2023]. And Foley's 16% for Lhermitte's sign pools studies that asked
# about different time frames (now, recently or ever), so it is not the share who have it at
# any one moment.

# %% [markdown]
# ## 1. Musculoskeletal pain: a day of holding postures, moving and resting
#
# Many people who have never had back pain feel some discomfort in the lower back when they hold
# one posture for a long time. In laboratory studies, about 40–71% of symptom-free people
# develop such discomfort during 2 hours of standing still, and on average it reaches the level
# these studies count as clinically relevant (9 on a 0–100 scale) after about 71 minutes
# [@coenen2017]. Breaking up sitting with a short walk eases it, though briefly [@decarvalho2023],
# and desks that let people alternate sitting and standing lower low-back discomfort a little in
# trials [@agarwal2018]. This discomfort is a signal, not a sign of damage: how much load a back
# carries, or how far it bends, goes only weakly with back pain [@swain2020; @saraceni2020], and
# backs adapt to the loads they carry.
#
# **The model** (`pain.simulate_day`) is a *teaching model* of that discomfort signal: its inputs
# are measurements, its structure and time constants are our assumptions, and it is calibrated
# on the laboratory figures above, not fitted to anyone's pain. In words: while a posture is
# *held*, the load it puts on the back (above the lying-down level) adds to a store, the
# "strain of holding", and held muscles tire; while moving or lying, the store fades within
# about an hour and the muscles recover within minutes. Discomfort, on a
# [0–10 scale](glossary.md#numerical-rating-scale-nrs), grows with both. In symbols, minute by
# minute, with p the disc pressure of the current activity (in MPa, as measured in notebook 05),
# p_rest the pressure lying down, and s the share of time the posture is held still (1 for
# sitting or standing still, 0 for walking or lying):
#
# * strain of holding S (in MPa·h; a model quantity, not a measured strain of any tissue and not
#   damage): dS/dt = s · max(p − p_rest, 0) − S · (s / τ_hold + (1 − s) / τ_relief). The *time
#   constants* τ (tau) set how fast S settles: τ_hold = 4 h while a posture is held, τ_relief =
#   1 h while moving or lying (with no new load, about two-thirds of S is gone after one τ);
# * muscle fatigue Φ (phi, from 0 = fresh to 1 = exhausted): dΦ/dt = α (1 − Φ) − β Φ, where the
#   tiring rate α grows with the pressure and with s, and β is the recovery during movement;
# * discomfort = 10 (1 − exp(−(S / S_ref + w_F Φ))), which stays between 0 and 10. S_ref and w_F
#   are set so that standing still for 71 minutes gives {{standing_71_min}} out of 10, the
#   laboratory average above (9 on a 0–100 scale).
#
# The pressure p of each activity is the one Wilke and colleagues [-@wilke1999] measured in the
# matching posture in one 70 kg man (notebook 05), with two exceptions that are assumptions.
# Wilke measured walking, but we could not read their walking value, so the model gives walking
# the pressure of relaxed standing; as walking is not a held posture, that value does not change
# the discomfort. And for sitting against a backrest the model takes half the relaxed-standing
# pressure: leaning back against a support lowers the pressure in the disc, by 50–80% compared
# with standing in reclined postures [@nachemson1981]. (Wilke's 0.30 MPa for "slouched" sitting
# is sitting relaxed *without* a backrest, not a better seat.)

# %%
activities = pd.DataFrame(
    [(name, p, source, s) for name, (p, source, s) in pain.ACTIVITIES.items()],
    columns=["activity", "disc pressure (MPa)", "taken from", "static fraction s"],
)
print(
    f"model settings (assumptions): τ_hold {pain.TAU_STRAIN_UPRIGHT_H:g} h, "
    f"τ_relief {pain.TAU_STRAIN_REST_H:g} h; S_ref {pain.STRAIN_REF_MPA_H:g} MPa·h; "
    f"fatigue weight w_F {pain.FATIGUE_WEIGHT:g}"
)
activities

# %%
calibration = pain.simulate_day([("standing", 71)]).pain[-1]
desk = results.desk_days()
print(f"calibration: standing still for 71 min gives {calibration:.2f} out of 10")
print("8 hours of desk work (the breaks are added, the sitting time stays the same):")
for name, day in desk.items():
    print(f"  {name:<66} mean {day.mean_pain:.1f}, peak {day.peak_pain:.1f}")
lying_breaks = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "lying"))
print(f"  (upright, 5 min lying down every 30 min instead: mean {lying_breaks.mean_pain:.1f})")
print("8 hours of one activity, no breaks, mean discomfort:")
for activity in ["standing", "bending", "walking"]:
    print(f"  {activity:<10} {pain.simulate_day([(activity, 480)]).mean_pain:.1f}")
night = pain.simulate_day([("sleeping", 480)])
print(
    f"disc pressure over a night lying down: {night.pressure_MPa[0]:.2f} MPa at the start, "
    f"{night.pressure_MPa[-1]:.2f} MPa after 8 h (it rises as the disc takes up water)"
)

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
# What the model shows, with its numbers printed above:
#
# * **A healthy desk day gives mild discomfort, not moderate pain.** Eight hours of sitting
#   upright without a single break peaks at {{desk_static_peak}} out of 10 (mean
#   {{desk_static_mean}}); after one hour it is {{sitting_60_min}}, below the level the laboratory
#   studies count as clinically relevant. Real desk days hold more movement than this.
# * **Moving lowers it.** Adding a 5-minute walk every 30 minutes lowers the day's mean from
#   {{desk_static_mean}} to {{desk_walks_mean}}, by {{break_effect}} points. That is the size of
#   the small benefit of sit-stand desks in trials (a standardised difference of −0.23, about
#   0.3–0.5 points on a 0–10 scale [@agarwal2018]). In the model, the relief of one walk lasts
#   about {{relief_minutes}} minutes of sitting in the afternoon; in the laboratory it lasted
#   less than 10 minutes [@decarvalho2023], so the model is kinder to breaks than that study.
# * **Support lowers it too.** Sitting against a backrest gives a mean of
#   {{desk_supported_mean}} without breaks and {{desk_supported_walks_mean}} with the walks. Of
#   the four plans compared, the lowest mean in the model is *{{best_desk_plan}}*.
# * **What the model cannot tell apart.** A 5-minute lie-down instead of each walk gives the same
#   mean (a difference of {{lying_vs_walking}}): both end the hold. The model has no term for the
#   other effects of moving (on fitness, strength, mood) or for the harm of long rest; for low back
#   pain, guidelines advise keeping active [@nice2016], and advice to stay active does slightly
#   better than advice to rest in bed [@dahm2010]. Swapping one held posture for another, for
#   example sitting for standing still, brings no relief in the model, although sit-stand desks
#   help a little in trials: a known gap.
# * **Posture matters as much as time.** Eight hours of standing still gives a mean of
#   {{day_standing_mean}}, eight hours bent forward {{day_bending_mean}}, and eight hours of
#   walking {{day_walking_mean}}: walking is not a held posture in the model (the effort of a long
#   walk is not in it).
# * **Overnight.** The pressure inside the disc *rises* during a night lying down, from
#   0.10 to 0.24 MPa in Wilke's volunteer, as the disc takes up water again [@wilke1999]; the
#   model draws that rise. Separately, it lets the strain of holding fade while lying, so each
#   day starts nearly afresh: an assumption about discomfort, not a description of the disc.
#   (Pain that does *not* settle overnight needs another explanation: see section 4.)
#
# ### Interactive: plan a day
#
# Choose the day's main activity and how long it lasts, then how often you take a break, how
# long it is and what you do in it. The orange curve is your plan; the dashed grey curve is the
# same time spent on the main activity without any breaks; the shaded steps show the disc
# pressure of each block (right-hand axis). The note above the picture gives the mean and peak
# discomfort. Try: upright sitting against sitting with a backrest; a walk against standing
# still as the break; one long break against many short ones.

# %%
day_plan = make_day_plan()
day_plan.show()

# %% [markdown]
# ### Exercise 1: rearrange the desk day
#
# A person has 8 hours (480 minutes) of desk work to do sitting, upright (`"sitting"`) or
# against a backrest (`"sitting_supported"`), and at most 2 more hours for breaks, so the whole
# plan may last at most 600 minutes. Write a plan, a list of `(activity, minutes)` pairs, that
# keeps the model's discomfort **below 0.9 all day** (the dotted line in the diagram).
# `pain.with_breaks(activity, total_minutes, every_minutes, break_minutes, break_activity)`
# builds such a list for you; the activities are the ones in the table above. This is a puzzle
# in a teaching model, not a recipe: discomfort during a desk day is not damage.

# %% tags=["exercise"]
plan = ...

check.exercise_1(plan)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# plan = pain.with_breaks("sitting_supported", 480, every_minutes=30, break_minutes=5,
#                         break_activity="walking")
#
# check.exercise_1(plan)
# ```
#
# Sitting against a backrest with a 5-minute walk every 30 minutes peaks at
# {{desk_supported_walks_peak}}, within 9¼ hours. Upright sitting with the same walks peaks at
# {{desk_walks_peak}}, and a backrest alone at {{desk_supported_peak}}: in the model it takes both
# less load and regular movement. Other plans work too (for example a backrest with a walk every
# 20 minutes); the check accepts any plan that meets the three conditions.
# </details>

# %% [markdown]
# ## 2. Neuropathic pain: Lhermitte's sign
#
# **What it feels like.** When a person with Lhermitte's sign bends the head forward, they feel
# a sudden, brief sensation like an electric shock down the spine, often into the arms or legs.
# Each episode lasts a moment, and in one study people usually described the same pattern each
# time [@alaraji2005]. The sign carries the name of the French neurologist Jean Lhermitte, who
# wrote about it in the 1920s. Pooled over studies that asked about different time frames, about
# 16% of people with MS report it [@foley2013] (95% confidence interval 10–25%); in one study
# that asked whether people had *ever* had it, about 41% had [@alaraji2005]. It usually comes in
# spells that settle over weeks and is not dangerous in itself, but a *new* onset is worth
# telling the MS team, because it can be a sign of a [relapse](glossary.md#relapse). The shock is
# felt down the back, but it does not come from the back: its source is in the neck part of the
# spinal cord, as explained below.
#
# **Why bending the neck triggers it.** Bending the neck forward stretches the spinal cord in
# the neck. In the cord run the *[dorsal columns](glossary.md#dorsal-columns)*, the bundles of
# fibres that carry touch and position sense from the body up to the brain. Where those fibres
# have lost their *myelin* (the fatty insulation around nerve fibres, notebook 01) they become
# sensitive to stretch, and the stretch makes them fire: impulses start in the middle of the
# fibre (ectopic impulses), not at a sensor in the skin. The impulses travel *up* the fibres to
# the brain. The brain cannot tell where along a fibre an impulse started, so it feels them in
# the parts of the body those fibres serve: down the back and into the limbs, all at once.
# Nothing travels down the spine; the shock is *felt* there (doctors call this *referred*).
#
# **Why a lesion in the neck, and why not always.** Neck flexion stretches mainly the cervical
# (neck) part of the cord. A demyelinated patch there is stretched at every forward bend; a patch
# lower down the cord, or in the brain, is not stretched by this movement. But a neck lesion does
# not decide the sign on its own. In the study above that found 41%, 43 of the people with MS had
# an MRI scan of the cervical cord: 17 of the 18 who had had the sign showed a lesion there, but
# so did 13 of the 25 who had never had it [@alaraji2005]. Bayes' rule turns these shares round:
# with the pooled 16% as the starting probability, a person with a visible cervical lesion has
# the sign with a probability of about {{p_sign_lesion}}, and a person without one about
# {{p_sign_no_lesion}} (our calculation, combining two studies; it implies that about
# {{p_lesion}} have a visible lesion). Most people with the sign have a neck lesion; most people
# with a neck lesion never have the sign.
#
# **The model** (`lhermitte`, a *teaching model*). Whether a person has the sign at all is drawn
# with the probabilities above (`lhermitte.p_sign_given_lesion`). A person who has it has spells
# now and then, on average one a year lasting about three weeks (`lhermitte.spell_days`; both
# numbers are our assumptions for "comes in spells that settle over weeks", not measured): such
# a person spends about {{spell_share}} of the days of a year inside a spell, and about
# {{spell_year}} of them have at least one spell in a given year. On a day inside a spell, a
# neck flexion past a threshold of 20° triggers an episode with probability
# p = severity × (1 − exp(−(peak angle − 20°) / 15°)), where severity runs from 0 (no cervical
# lesion) to 1; the threshold, the scale and the one-second episode are assumptions too. Here is
# a made-up two minutes of neck movement with six forward bends, on a day inside a spell:

# %%
t, neck = lhermitte.neck_flexion_series(duration_s=120, n_flexions=6, peak_deg=40, seed=0)
no_lesion = lhermitte.simulate_episodes(t, neck, 0.0, seed=1)
episodes = lhermitte.simulate_episodes(t, neck, 0.6, seed=1)
print(
    f"model settings (assumptions): threshold {lhermitte.THRESHOLD_DEG:g}°, angle scale "
    f"{lhermitte.ANGLE_SCALE_DEG:g}°, median episode {lhermitte.MEDIAN_DURATION_S:g} s, "
    f"{lhermitte.SPELLS_PER_YEAR:g} spell a year of about {lhermitte.SPELL_MEDIAN_DAYS:g} days"
)
for severity, result in [(0.0, no_lesion), (0.6, episodes)]:
    print(
        f"lesion severity {severity}: {result.n_flexions} flexions past 20°, "
        f"{result.n_episodes} episodes"
    )
print(f"felt at once in: {', '.join(episodes.felt)}")
p_with, p_without = lhermitte.p_sign_given_lesion([True, False])
print(f"P(sign | visible cervical lesion) = {p_with:.2f}; P(sign | none) = {p_without:.3f}")

# %%
fig = Figure(figsize=(10, 4.4))
ax_time, ax_body = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.45, 1]})
figures.plot_timeline(ax_time, t, neck, episodes)
figures.plot_body_felt(ax_body, episodes)
show_figure(fig, captions.lhermitte(episodes.n_flexions, episodes.n_episodes, episodes.felt))

# %% [markdown]
# With a lesion, not every bend triggers an episode (each is a separate chance); without a lesion
# (severity 0), the same six bends trigger none. On the body (right), every marked place lights
# up at once: there is no order in time, because nothing travels down the spine. Outside a spell
# the same bends trigger nothing in the model. This pain does not come from load on the back, so
# the day plan of section 1 does not change it; it is a side path of the chain map, from a
# cervical lesion to a symptom felt in the back.
#
# ### Exercise 2: how many episodes on a day inside a spell?
#
# Someone bends the neck forward to about 40° some 50 times a day (reading, looking at a phone),
# and has a cervical lesion of severity 0.5 in the model. How many episodes should they expect
# **on average** on a day inside a spell? Use
# `lhermitte.trigger_probability(peak_flexion_deg, lesion_severity)`.

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
# Each of the 50 bends triggers an episode with the same probability (about {{trigger_40_05}}),
# so the mean is about {{episodes_50}}. The real count varies from day to day around that mean
# (`lhermitte.episodes_per_day(50, 0.5)` draws one day), and on the many days outside a spell
# it is 0.
# </details>

# %% [markdown]
# ## 3. Treatment-related pain: medication side effects
#
# Some medicines used in MS cause aches of their own. In one placebo-controlled trial, 371 people
# with secondary-progressive MS received either a low dose of interferon beta-1a once a week (not
# today's usual dosing) or placebo [@andersen2004]. People reported flu-like symptoms, muscle pain
# (*[myalgia](glossary.md#myalgia)*) and headache more often on the drug than on placebo. A
# **placebo** is a dummy treatment given the same way; the placebo group shows how many people
# report the same complaint without the drug, because flu-like days, aches and headaches are common
# anyway.

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
# Other medicines trade one problem for another. Interferon beta can also increase spasticity
# [@walther1999]. Baclofen and tizanidine, medicines that reduce *spasticity* (the stiffness that
# rises with the speed of stretch, notebook 04), commonly cause sleepiness, and people often
# report muscle weakness: weakness was the most common *adverse effect* (unwanted effect) with
# baclofen in a 66-patient comparison [@bass1988]. Yet in a small cross-over trial of 16 patients,
# the strength measured in a held contraction did not change on baclofen or tizanidine
# [@crossover1988], so the weakness people feel may be more about how muscles work in everyday
# movement than about their maximal force. That lowering spasticity can "unmask" weakness that
# the stiffness was hiding is an *interpretation* of these findings, not a finding itself.
# Stopping these medicines suddenly can worsen spasticity for a while [@stien1987], and stopping
# baclofen abruptly can be dangerous: they should never be stopped suddenly without medical
# advice. Through weakness, such a side effect can feed back into the chain of notebooks 03
# to 05.
#
# This is educational material: it describes published rates and says nothing about whether
# anyone should take, change or stop a medicine. Those decisions belong with the person and
# their treating team.
#
# ### Exercise 3: the excess over placebo
#
# Which of the three side effects (`"flu-like symptoms"`, `"myalgia"` or `"headache"`) shows
# the **largest excess** over placebo, in *percentage points* (the plain difference between
# two percentages, not their ratio)? Use
# `medication.published_rates("interferon beta-1a")` and `medication.published_rates("placebo")`
# (dictionaries of rates between 0 and 1).

# %% tags=["exercise"]
largest_excess = ...

check.exercise_3(largest_excess)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# drug = medication.published_rates("interferon beta-1a")
# placebo = medication.published_rates("placebo")
# excess = {effect: 100 * (drug[effect] - placebo[effect]) for effect in drug}
# largest_excess = max(excess, key=excess.get)
#
# check.exercise_3(largest_excess)
# ```
#
# Headache: 36% − 20% = 16 percentage points, just ahead of flu-like symptoms (37% − 22% = 15).
# Flu-like symptoms are the most common complaint on the drug, but not the largest excess.
# </details>

# %% [markdown]
# ## 4. The fear-avoidance loop
#
# Vlaeyen and Linton [-@vlaeyen2000] described how pain can keep itself going, and later
# research reviewed their model [@leeuw2007]. After an episode of pain, some people worry that it
# means the worst ("this means my back is damaged"); researchers call this
# **[catastrophising](glossary.md#catastrophising)**, and we say *pain-related worry*. Worry
# feeds **pain-related fear**; fear leads to **avoiding** movement; avoiding movement leads to
# **disuse** (muscles weakening because they are not used), disability and low mood; and those
# make pain worse. In their account, confronting rather than avoiding, for example through
# gradual, planned *exposure* to feared movements, breaks the loop. Such a loop is nobody's
# fault, and in MS the disease itself keeps pain going too. In the chain map, the loop closes
# back onto weakness: disuse wastes muscle (*atrophy*, notebook 03), and weaker muscles start the
# chain to back pain again. That disuse step is a plausible mechanism, not an established one:
# a one-year study of people with new low back pain found no signs of physical deconditioning
# after its onset [@bousema2007].

# %%
print(" → ".join(chain.LOOPS["fear_avoidance"]))

# %% [markdown]
# **The model** (`fear_avoidance`, a *teaching model*: the loop is Vlaeyen and Linton's, the
# equations, numbers and weekly time step are ours). Each week t:
#
# * fear_t = c · pain_t (c: catastrophising, pain-related worry), capped at 10, the top of its
#   0–10 scale;
# * avoidance_t = a · (1 − x) · fear_t (a: how strongly fear turns into avoiding movement;
#   x: exposure, from 0 = none to 1 = full);
# * disuse moves 30% of the way towards the avoidance level each week;
# * pain_t+1 = episode + 10 (1 − exp(−b · disuse / 10)) (b: how much disuse hurts).
#
# Going once round the loop multiplies a small pain by the **loop gain**
# G = c · a · (1 − x) · b (`fear_avoidance.loop_gain`): the factor by which a small pain comes
# back bigger (G > 1) or smaller (G < 1) after one trip round the loop. Our own algebra
# (derived, not a literature result) says: if G < 1, each round makes the pain smaller and it
# dies away after an episode; if G > 1, each round makes it bigger until the 0–10 ceiling of the
# model bends it to a steady [chronic](glossary.md#acute-and-chronic-pain) level P*, with P* = 10 (1
# − exp(−G P* / 10))
# (`fear_avoidance.chronic_level`). Here is a year after a 2-week acute episode (pain 6), for
# three amounts of catastrophising (a = b = 1, no exposure):

# %%
runs = [fear_avoidance.simulate_loop(52, catastrophising=c) for c in (0.8, 1.2, 1.5)]
levels = fear_avoidance.chronic_level([run.gain for run in runs])
for run, level in zip(runs, levels, strict=True):
    print(
        f"loop gain {run.gain:.1f}: pain in week 52 {run.pain[-1]:.2f}, "
        f"predicted long-run level {level:.2f}"
    )

# %%
fig = Figure(figsize=(9, 4.2))
figures.plot_loop(fig.add_subplot(), runs, ["c = 0.8", "c = 1.2", "c = 1.5"])
show_figure(fig, captions.fear_avoidance_runs(runs[1].pain[2], runs[1].pain[-1], runs[2].pain[-1]))

# %% [markdown]
# The same acute episode ends in very different places: with gain 0.8 the pain is almost gone
# by week 52 ({{loop_final_low}}); with 1.2 it stays near {{loop_final_mid}}; with 1.5 near
# {{loop_final_high}}, each close to the long-run
# level the formula predicts. Nothing about the episode differs, only how strongly the person's
# fear and avoidance respond to pain. Real fear-avoidance is measured with questionnaires, not
# with gains; the model shows the *logic* of a loop, not a person's course.
#
# ### Interactive: the loop gain
#
# Move **catastrophising** and **exposure** and watch the loop gain in the note. The left panel
# shows the pain week by week against the grey default (c = 1.2, no exposure); the right panel
# shows the long-run pain for every loop gain, with a star at yours. Then set an exposure and
# **delay its start** to week 20 or 30: does exposure still help once the pain has become
# chronic?

# %%
loop = make_fear_avoidance_loop()
loop.show()

# %% [markdown]
# ### Exercise 4: how much exposure breaks the loop?
#
# With catastrophising c = 1.2 and a = b = 1, what is the **smallest exposure** x that brings
# the loop gain down to 1, so that the pain can settle? Give x as a number between 0 and 1, to
# three decimals.

# %% tags=["exercise"]
smallest_x = ...

check.exercise_4(smallest_x)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# smallest_x = 1 - 1 / float(fear_avoidance.loop_gain(catastrophising=1.2))
#
# check.exercise_4(smallest_x)
# ```
#
# G = 1.2 (1 − x) = 1 gives x = 1 − 1/1.2 = 1/6 ≈ {{exposure_threshold}}. Exposure does not
# have to be total: it has to bring the gain below 1. Just above the threshold the pain
# settles only slowly: compare x = 0.17 and x = 0.3 in the diagram.
# </details>

# %% [markdown]
# ## Quiz
#
# Six questions on the mechanisms of this notebook: sorting pain by what produces it, the day
# model, Lhermitte's sign, reading side-effect rates against placebo, and the loop gain. With a
# kernel, pick or type your answer in the form below for instant feedback; without one, the
# questions follow with their answers folded away.

# %%
quiz.QUIZ.show()

# %% [markdown]
# ## Key points
#
# * Pain in MS has at least three mechanisms [@truini2013]: nociceptive musculoskeletal pain
#   from load (most back pain), neuropathic pain from damaged fibres (Lhermitte's sign), and
#   treatment-induced pain; spasticity pain and painful spasms are mixed. Back pain is common:
#   20% in a pooled "back pain" category [@foley2013], 41.6–52.4% for low back pain [@massot2021].
# * Holding one posture for hours brings mild discomfort to many people without back pain
#   [@coenen2017]; in the teaching model, a healthy desk day peaks at {{desk_static_peak}} out of
#   10, moving lowers it by about {{break_effect}} points and a backrest lowers it further.
#   Discomfort is a signal, not damage [@swain2020], and guidelines advise keeping active
#   [@nice2016; @dahm2010]. Disc pressure rises overnight [@wilke1999]; the model's overnight
#   relief is an assumption about discomfort.
# * Lhermitte's sign is triggered by neck flexion and goes with a cervical cord lesion, but not
#   always: about {{p_sign_lesion}} with a visible lesion and {{p_sign_no_lesion}} without, by
#   Bayes' rule on published shares. Stretched demyelinated dorsal-column fibres fire, the
#   impulses go up to the brain, and the shock is felt down the body at once. It comes in spells
#   that usually settle over weeks; a new onset is worth telling the MS team.
# * Side-effect rates only mean something against placebo: the excess is what the drug adds.
# * In the model, the fear-avoidance loop keeps pain going when its gain is above 1; exposure
#   lowers the gain, and it only needs to bring it below 1. The loop may close back onto
#   weakness through disuse, a plausible but not established step.
#
# ## What's next
#
# Notebook 07 puts all the links together in one simulated person over months, and lets you try
# interventions at each link (cooling, physiotherapy, an anti-spasticity drug, seating with a
# backrest,
# [pacing](glossary.md#pacing))
# to see what each changes downstream.

# %% [markdown]
# ## References
#
# Model settings not listed here are teaching assumptions, stated where they are used.
