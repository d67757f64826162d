# %% [markdown]
# # Pain: three kinds of pain, three mechanisms, and a loop that keeps it going
#
# Pain is common in multiple sclerosis (MS). A large review that combined 28 studies found that
# about 63% of people with MS had pain of some kind, and about one in five had back pain
# [@foley2013]. Studies that asked about low back pain specifically found it more often (more
# below). But "pain in MS" is not one thing. Some pain comes from muscles, joints and discs that
# carry more load than they can recover from. That is most back pain, and it is where the chain of
# the earlier notebooks ends. Some pain comes from the damaged nerves themselves, such as the
# electric-shock feeling down the spine when the neck bends (Lhermitte's sign). Some pain mixes
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
# * to explain, with a teaching model of a day, how sitting, walking and rests add up to pain
#   from muscles and discs, and why breaks lower it;
# * to describe what Lhermitte's sign feels like, and to explain why bending the neck triggers
#   it and why it goes with a lesion in the neck part of the spinal cord;
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
from msbackpain.lessons.pain import captions, figures, quiz
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
# ## 1. Musculoskeletal pain: a day of load and recovery
#
# The teaching model of this section pictures musculoskeletal pain like this: load that a
# posture puts on the back adds up over hours, a muscle that holds a posture without a pause
# tires, and rest lets both recover, muscles within minutes and the rest over hours. Pain in the
# model is the sum of what has built up and not yet recovered. How strongly tissue load goes
# with back pain in real people is much less clear than this picture suggests: the model shows
# a logic, not how backs work.
#
# **The model** (`pain.simulate_day`) is a *teaching model*: its inputs are measurements, its
# structure and all its time constants are our assumptions, chosen to show this kind of
# behaviour on a [0–10 scale](glossary.md#numerical-rating-scale-nrs). It is not fitted to anyone's
# pain. In words: every minute, load
# above the lying-down level adds to a store of tissue strain, and the store drains away slowly;
# static postures tire the muscles, and movement lets them recover; pain grows with both. In
# symbols, minute by minute, with p the disc pressure of the current activity (in MPa, as
# measured in notebook 05) and p_rest the pressure lying down:
#
# * "tissue strain" S (in MPa·h: pressure above rest, added up over hours; a model quantity, not a
#   measured strain of any tissue and not damage): dS/dt = max(p − p_rest, 0) − S / τ_S. The *time
#   constant* τ_S (tau) sets how fast strain drains away: with no new load, about two-thirds of it
#   is gone after one τ_S. It is 4 h upright and 1.5 h lying;
# * muscle fatigue Φ (phi, from 0 = fresh to 1 = exhausted): dΦ/dt = α (1 − Φ) − β Φ, where the
#   tiring rate α grows with the pressure and with how static the activity is (s, from 0 to 1)
#   and β is the recovery during movement;
# * pain = 10 (1 − exp(−(S / S_ref + 0.4 Φ))), which stays between 0 and 10; S_ref is a
#   reference amount of strain that sets the scale.
#
# The pressure p of each activity is the one Wilke and colleagues [-@wilke1999] measured in the
# matching posture in one 70 kg man (notebook 05). They measured walking too, but the model does
# not use their walking value: it gives walking the pressure of relaxed standing, a model
# assumption. That, and how static each activity is, are assumptions:

# %%
activities = pd.DataFrame(
    [(name, p, source, s) for name, (p, source, s) in pain.ACTIVITIES.items()],
    columns=["activity", "disc pressure (MPa)", "taken from", "static fraction s"],
)
print(
    f"model settings (assumptions): τ_S {pain.TAU_STRAIN_UPRIGHT_H:g} h upright, "
    f"{pain.TAU_STRAIN_REST_H:g} h lying; S_ref {pain.STRAIN_REF_MPA_H:g} MPa·h; "
    f"fatigue weight {pain.FATIGUE_WEIGHT:g}"
)
activities

# %%
sitting_day = pain.simulate_day([("sitting", 480)])
walk_breaks = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "walking"))
lying_breaks = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "lying"))
whole_day = {a: pain.simulate_day([(a, 480)]).mean_pain for a in ["standing", "bending", "walking"]}
evening = sitting_day.final_state[0]
night = pain.simulate_day([("sitting", 480), ("sleeping", 960)])
print("8 hours of sitting upright (no backrest), mean pain over the day:")
print(f"  no breaks:                          {sitting_day.mean_pain:.1f}")
print(f"  a 5-min walk every 30 min:          {walk_breaks.mean_pain:.1f}")
print(f"  5 min lying down every 30 min:      {lying_breaks.mean_pain:.1f}")
print("8 hours of one activity, no breaks, mean pain:")
for activity, mean_pain in whole_day.items():
    print(f"  {activity:<10} {mean_pain:.1f}")
print(
    f"tissue strain after the sitting day {evening:.2f} MPa·h; after a night lying down "
    f"{night.final_state[0]:.5f} MPa·h"
)

# %%
fig = Figure(figsize=(9, 4.4))
ax = fig.add_subplot()
figures.plot_day(ax, sitting_day, "no breaks", index=0)
figures.plot_day(ax, walk_breaks, "5-min walk every 30 min", index=1)
figures.plot_day(ax, lying_breaks, "5 min lying every 30 min", index=2)
ax.set_ylim(0, 7)
show_figure(
    fig,
    captions.day_breaks(
        walk_breaks.pain.size / 60,
        sitting_day.peak_pain,
        walk_breaks.peak_pain,
        lying_breaks.peak_pain,
    ),
)

# %% [markdown]
# What the model shows, with its numbers printed above:
#
# * **Breaks lower the day's pain** even when the sitting time stays the same (the breaks are
#   added): a mean of 4.1 with no breaks, 3.4 with short walks, 2.9 with short rests lying down.
# * **The kind of break matters, in the model.** A walk lets the tired muscles recover, but the
#   disc stays loaded (walking is given the standing pressure), so strain keeps building and the
#   saw-tooth drifts upwards; lying down unloads the disc as well. That lying down beats walking
#   here (2.9 against 3.4) contradicts guidelines for low back pain, which advise staying active
#   and exercising [@nice2016]. It is an artefact of the model's assumptions (the pressure given
#   to walking and the recovery rule for lying), not a finding and not advice.
# * **Posture matters as much as time.** Eight hours of standing gives slightly more pain than
#   sitting upright (its measured pressure is a little higher), eight hours bent forward much
#   more (5.9), and eight hours of walking the least (2.1), because walking is mostly movement,
#   not a held posture.
# * **A night lying down clears almost all of the strain**, so in this model each day starts
#   afresh. This recovery rule is a teaching assumption: the pressure measured inside the disc
#   *rises* during a night lying down, from 0.10 to 0.24 MPa in Wilke's volunteer, as the disc
#   takes up water again [@wilke1999]. (Pain that does *not* clear overnight needs another
#   explanation: see section 4.)
#
# ### Interactive: plan a day
#
# Choose the day's main activity and how long it lasts, then how often you take a break, how
# long it is and what you do in it. The orange curve is your plan; the dashed grey curve is the
# same time spent on the main activity without any breaks; the shaded steps show the disc
# pressure of each block (right-hand axis). The note above the picture gives the mean and peak
# pain. Try: slouched sitting against sitting bent forward; walks against lying down; one long
# break against many short ones.

# %%
day_plan = make_day_plan()
day_plan.show()

# %% [markdown]
# ### Exercise 1: rearrange the day
#
# A person has 8 hours (480 minutes) of desk work to do sitting upright (`"sitting"`), and at
# most 2 more hours for breaks, so the whole plan may last at most 600 minutes. Write a plan,
# a list of `(activity, minutes)` pairs, that keeps the model's pain **below 4 all day** (the
# dotted line in the diagram). `pain.with_breaks(activity, total_minutes, every_minutes,
# break_minutes, break_activity)` builds such a list for you; the activities are the ones in
# the table above.

# %% tags=["exercise"]
plan = ...

check.exercise_1(plan)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# plan = pain.with_breaks("sitting", 480, every_minutes=30, break_minutes=5,
#                         break_activity="lying")
#
# check.exercise_1(plan)
# ```
#
# Five minutes lying down every 30 minutes keeps the peak below 4 within 9¼ hours. Walking
# breaks of the same length do not, in this model: they rest the muscles but not the disc.
# Other plans work too (for example 10 minutes lying every 45 minutes); the check accepts any
# plan that meets the three conditions. Remember why lying wins here: it follows from the
# model's assumptions, and it goes against guidance to stay active [@nice2016].
# </details>

# %% [markdown]
# ## 2. Neuropathic pain: Lhermitte's sign
#
# **What it feels like.** When a person with Lhermitte's sign bends the head forward, they feel
# a sudden, brief sensation like an electric shock running down the spine, often into the arms
# or legs. Each episode is brief. The sign carries the name of the French neurologist Jean
# Lhermitte, who wrote about it in the 1920s. Pooled over studies that asked about different time
# frames, about 16% of people with MS report it [@foley2013] (95% confidence interval 10–25%);
# in one study that asked whether people had *ever* had it, about 41% had [@alaraji2005]. It
# usually comes and goes over a period of weeks and is not dangerous in itself, but a *new*
# onset is worth telling the MS team, because it can be a sign of a [relapse](glossary.md#relapse).
# The shock is felt
# down the back, but it does not come from the back: its source is in the neck part of the
# spinal cord, as explained below.
#
# **Why bending the neck triggers it.** Bending the neck forward stretches the spinal cord in
# the neck. In the cord run the *[dorsal columns](glossary.md#dorsal-columns)*, the bundles of
# fibres that carry touch and
# position sense from the body up to the brain. Where those fibres have lost their *myelin* (the
# fatty insulation around nerve fibres, notebook 01) they become sensitive to stretch, and the
# stretch makes them fire: impulses start in the middle of the fibre (ectopic impulses), not at
# a sensor in the skin. The impulses travel *up* the fibres to the brain. The brain cannot tell
# where along a fibre an impulse started, so it feels them in the parts of the body those fibres
# serve: down the back and into the limbs. Nothing travels down the spine; the shock is *felt*
# there (doctors call this *referred*).
#
# **Why a lesion in the neck.** Neck flexion stretches mainly the cervical (neck) part of the cord.
# A demyelinated patch there is stretched at every forward bend; a patch lower down the cord, or in
# the brain, is not stretched by this movement. But a neck lesion does not decide the sign on its
# own. In the study above that found 41%, 43 of the people with MS had an MRI scan of the cervical
# cord: 17 of the 18 who had had the sign showed a lesion there, but so did 13 of the 25 who had
# never had it [@alaraji2005]. Most people with the sign have a visible neck lesion, and many people
# with a neck lesion never have the sign.
#
# **The model** (`lhermitte`, a *teaching model*: every number in it is our assumption). A
# neck flexion past a threshold of 20° triggers an episode with probability
# p = severity × (1 − exp(−(peak angle − 20°) / 15°)), where severity runs from 0 (no cervical
# lesion) to 1. In the model, severity 0 means no episodes ever, which is simpler than the data
# above. An episode lasts about a second. For the picture, the places where the shock is felt
# light up one after another from the neck to the legs, as if at about 4 m/s: this "sweep" is a
# picture of where the shock is felt, not a signal travelling down the spine (the impulses go up
# to the brain). Here is a made-up two minutes of neck movement with six forward bends:

# %%
t, neck = lhermitte.neck_flexion_series(duration_s=120, n_flexions=6, peak_deg=40, seed=0)
no_lesion = lhermitte.simulate_episodes(t, neck, 0.0, seed=1)
episodes = lhermitte.simulate_episodes(t, neck, 0.6, seed=1)
print(
    f"model settings (assumptions): threshold {lhermitte.THRESHOLD_DEG:g}°, angle scale "
    f"{lhermitte.ANGLE_SCALE_DEG:g}°, median episode {lhermitte.MEDIAN_DURATION_S:g} s, "
    f"sweep {lhermitte.SWEEP_SPEED_M_PER_S:g} m/s"
)
for severity, result in [(0.0, no_lesion), (0.6, episodes)]:
    print(
        f"lesion severity {severity}: {result.n_flexions} flexions past 20°, "
        f"{result.n_episodes} episodes"
    )
print(
    f"first episode: lasts {episodes.duration_s[0]:.2f} s; in the picture it is felt in",
    ", ".join(
        f"{r} at {1000 * s:.0f} ms"
        for r, s in zip(lhermitte.REGIONS, episodes.arrival_s[0], strict=True)
    ),
)

# %%
fig = Figure(figsize=(10, 4.4))
ax_time, ax_body = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.45, 1]})
figures.plot_timeline(ax_time, t, neck, episodes)
figures.plot_body_path(ax_body, episodes, episode=0)
legs_ms = 1000 * episodes.arrival_s[0][lhermitte.REGIONS.index("legs")]
show_figure(fig, captions.lhermitte(episodes.n_flexions, episodes.n_episodes, legs_ms))

# %% [markdown]
# With a lesion, not every bend triggers an episode (each is a separate chance); without a lesion
# (severity 0), the same six bends trigger none. The times on the body (right) only order the places
# where the shock is felt; they are not a measured travel time. This pain does not come from load on
# the back, so the day plan of section 1 does not change it; it is a side path of the chain map,
# from a cervical lesion to a symptom felt in the back.
#
# ### Exercise 2: how many episodes a day?
#
# Someone bends the neck forward to about 40° some 50 times a day (reading, looking at a phone),
# and has a cervical lesion of severity 0.5 in the model. How many episodes a day should they
# expect **on average**? Use `lhermitte.trigger_probability(peak_flexion_deg, lesion_severity)`.

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
# Each of the 50 bends triggers an episode with the same probability (about 0.37), so the mean
# is 50 × 0.37 ≈ 18. The real count varies from day to day around that mean:
# `lhermitte.episodes_per_day(50, 0.5)` draws one day.
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
# * fear_t = c · pain_t (c: catastrophising, pain-related worry);
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
# by week 52 (0.08); with 1.2 it stays near 3.2; with 1.5 near 5.8, each close to the long-run
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
# G = 1.2 (1 − x) = 1 gives x = 1 − 1/1.2 = 1/6 ≈ 0.167. Exposure does not have to be total:
# it has to bring the gain below 1. Just above the threshold the pain settles only slowly:
# compare x = 0.17 and x = 0.3 in the diagram.
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
# * In a teaching model of a day, pain builds with time in a loaded, held posture and falls with
#   breaks. That lying-down breaks beat walking breaks in the model, and that a night resets the
#   day, come from its assumptions: guidelines advise staying active [@nice2016], and disc
#   pressure rises overnight [@wilke1999].
# * Lhermitte's sign is triggered by neck flexion and goes with a cervical cord lesion (most,
#   not all, people with the sign have one on MRI): stretched demyelinated dorsal-column fibres
#   fire, the impulses go up to the brain, and the shock is felt down the body.
# * Side-effect rates only mean something against placebo: the excess is what the drug adds.
# * In the model, the fear-avoidance loop keeps pain going when its gain is above 1; exposure
#   lowers the gain, and it only needs to bring it below 1. The loop may close back onto
#   weakness through disuse, a plausible but not established step.
#
# ## What's next
#
# Notebook 07 puts all the links together in one simulated person over months, and lets you try
# interventions at each link (cooling, physiotherapy, an anti-spasticity drug, seating,
# [pacing](glossary.md#pacing))
# to see what each changes downstream.

# %% [markdown]
# ## References
#
# Model settings not listed here are teaching assumptions, stated where they are used.
