# %% [markdown]
# # Start here: from a damaged nerve fibre to a sore back
#
# Many people with [multiple sclerosis](glossary.md#multiple-sclerosis-ms) (MS) have
# [lower back](glossary.md#lumbar) pain, although MS damages nerves in the brain and
# [spinal cord](glossary.md#spinal-cord), not the back. Why? MS strips
# *[myelin](glossary.md#myelin)*, the coating of [nerve fibres](glossary.md#axon), so signals
# arrive late or not at all. Muscles weaken, others take over and tire, and the way a person
# stands, sits and walks changes, so the back works in new ways that can make it sore. Pain is not
# a measure of damage: backs adapt to load, and pain also depends on sleep, mood, tiredness and how
# sensitive the nervous system has become. *Loops* can keep pain going, through nobody's fault, as
# can MS activity. No biology, maths or programming is needed.
#
# **What you will learn here.** By the end you will be able to:
#
# * use the notebooks, with or without running them;
# * say how common back pain is in MS and read a 95%
#   *[confidence interval](glossary.md#confidence-interval)*;
# * tell nerve pain (*[neuropathic](glossary.md#neuropathic-pain)*) from pain of muscles, joints
#   and [discs](glossary.md#intervertebral-disc) (*[nociceptive](glossary.md#nociceptive-pain)*);
# * follow the chain from myelin damage to back pain on the chain map, and its
#   [feedback loops](glossary.md#feedback-loop).
#
# **Time:** <!-- study-time --> for a student working alone
# ([how this is estimated](00_start_here.ipynb#study-time)).
#
# **Prerequisites**
#
# | concept | importance | where to learn it |
# |---|---|---|
# | Reading a bar chart | Helpful | explained here |
# | Running a code cell | Helpful | just below |

# %% [markdown]
# <!-- red-flags -->

# %% [markdown]
# ## How to use this collection
#
# * **In JupyterLab**: *Run → Run All Cells*, then move the controls of each **Interactive**
#   diagram. In an exercise, replace `...` with your answer and run it; the solution is folded
#   below. The README links each notebook to Binder, Colab and JupyterLite (in the browser).
# * **Without running** (the website, nbviewer, GitHub): every figure and diagram is there.
#
# Citations such as [@foley2013] link to the References; the [evidence page](evidence.ipynb)
# grades every number as *measured*, *derived* or a teaching *assumption*; linked words open the
# [glossary](glossary.md).
#
# ### <a id="study-time"></a>How long a notebook takes
#
# Each stated time is computed from what a notebook asks of a student working alone: its words at
# a slow study pace, its code, and minutes per exercise, diagram and quiz question. Folded
# "Deeper" sections are not counted; instructor guides give class times.
#
# <details><summary>Deeper: the formula</summary>
#
# minutes = words ÷ 175 + lines of code ÷ 10 + 4 × exercises + 3 × interactive diagrams + 1 ×
# quiz questions.
#
# Adults read English non-fiction silently at 238 words a minute on average, most at
# 175–300 words a minute [@brysbaert2019]. Studying unfamiliar material is slower than reading
# it, so the estimate takes the low end of that range. The pace for code, exercises, diagrams and
# quiz questions is the collection's own assumption, set so that a first pass is not rushed.
# </details>

# %% [markdown]
# ## Setup
#
# Run this first: it loads the package `msbackpain` and colour-blind-safe colours [@okabe2008].

# %%
from matplotlib.figure import Figure

from msbackpain import chain, prevalence
from msbackpain.lessons.start_here import checks as check
from msbackpain.lessons.start_here import quiz, walks
from msbackpain.lessons.start_here.captions import TEXTS
from msbackpain.lessons.start_here.diagrams import make_chain_map
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## How common is pain in MS?
#
# A [meta-analysis](glossary.md#meta-analysis) pools many studies. Foley and colleagues
# [-@foley2013] pooled 28 studies with 7101 people with MS: about 63% had some pain. Each estimate
# has a 95% *confidence interval*, the range that plausibly holds the true value.

# %%
pain = prevalence.pain_prevalence()
pain

# %% [markdown]
# This cell draws the figure in full, so you can change it.

# %%
fig = Figure(figsize=(9, 4.6))
ax = fig.add_subplot()
rows = pain.iloc[::-1]  # the table's first row at the top
x, y = rows["prevalence_pct"], rows["pain_type"]
whiskers = [x - rows["ci_low_pct"], rows["ci_high_pct"] - x]
ax.barh(y, x, color=style.STAGE_COLORS["pain"], hatch="//")
ax.errorbar(x, y, xerr=whiskers, fmt="none", ecolor="black", capsize=5)
ax.set_xlim(0, 85)
ax.set_xlabel("people with MS who have it (%), with 95% confidence interval")
show_figure(fig, TEXTS["prevalence"])

# %% [markdown]
# ### How common is back pain?
#
# Foley's broad *back pain* was about 20% (95% confidence interval 13 to 28%); studies asking
# about *low back pain* find 41.6–52.4% [@massot2021]. Rows pool time frames, like the 16% for
# [Lhermitte's sign](glossary.md#lhermittes-sign), a shock-like feeling down the spine when the
# neck bends. It usually comes and goes and is not dangerous; tell your MS team about a *new*
# one, as it can come with a [relapse](glossary.md#relapse).
#
# By mechanism [@truini2013], *neuropathic* pain comes from damaged nerves (Lhermitte's sign),
# *nociceptive* [musculoskeletal pain](glossary.md#musculoskeletal-pain) from muscles, joints and
# discs (most back pain), and [painful spasms](glossary.md#painful-spasms) mix both. In
# [nociplastic pain](glossary.md#nociplastic-pain) the nervous system amplifies signals
# [@kosek2016]. One person can have several kinds.

# %% [markdown]
# ## The causal chain
#
# The backbone of the collection, one notebook per step:
#
# **[demyelination](glossary.md#demyelination) → disrupted signalling → weakness →
# [compensation](glossary.md#compensation) → posture change → lumbar load → lower back pain**
#
# *Lumbar load* is the force on the lower back. Around the backbone:
#
# * **Loops.** Pain and exhaustion lead people to move less; unused muscles shrink
#   ([atrophy](glossary.md#atrophy)) and weaken. Expecting movement to hurt
#   ([fear-avoidance](glossary.md#fear-avoidance)) feeds the same loop: an ordinary reaction to
#   pain. In [overcompensation](glossary.md#overcompensation), muscles that take over tire.
# * **Side paths.** [Spasticity](glossary.md#spasticity) tilts the pelvis
#   ([pelvic tilt](glossary.md#pelvic-tilt)) and brings spasms; long sitting and ill-fitting seats
#   change posture; steroid courses and moving less thin the bones
#   ([osteoporosis](glossary.md#osteoporosis)); amplified pain, and mood, sleep and
#   [fatigue](glossary.md#fatigue), feed pain and are fed by it. Heat, balance and medicines add
#   more.
#
# ### Interactive: the chain map
#
# An arrow head means "more causes more", a bar "more causes *less*". Solid arrows were
# **measured**, dashed ones **derived** with a model, dotted ones are **assumptions**: the arrows
# from load and tired muscles into back pain are dotted. Choose a step to light its **causes**
# (dashed outlines) and **effects** (dotted), or a link to read its evidence.

# %%
chain_map = make_chain_map()
chain_map.show()

# %% [markdown]
# > **Think!** The map shows which steps cause which, and in which direction. What does it *not*
# > tell you?
#
# <details><summary>One way to think about it</summary>
#
# It does not say how *strong* an arrow is, how *fast* it acts (days or months), or how it works in
# one particular person. The map is a graph of directions and signs with the evidence for each;
# the later notebooks model the strengths one link at a time, and notebook 07 puts them together in
# simulated people. An arrow is a mechanism supported by a source, not a certainty for everyone.
# </details>

# %% [markdown]
# ### The same graph as data
#
# Each link has a sign, a mechanism, a grade and sources:

# %%
chain.edges_frame().head(8)

# %% [markdown]
# `chain.upstream(step)` lists the ids of all a step's causes, nearest first; `walks.around`
# shows them, and the step's effects, by name.

# %%
print(chain.upstream("weakness")[:3])
walks.around("weakness")

# %% [markdown]
# Back pain is both up- and downstream of weakness: they sit on a loop. The named loops:

# %%
walks.loops()

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: read the map
#
# How many **direct causes** does *Muscle weakness* have on the chain map? Replace `...` with a
# whole number.

# %% tags=["exercise"]
n_direct_causes_of_weakness = ...

check.exercise_1(n_direct_causes_of_weakness)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# n_direct_causes_of_weakness = len(chain.causes("weakness"))
#
# check.exercise_1(n_direct_causes_of_weakness)
# ```
#
# `chain.causes("weakness")` returns the three direct causes: disrupted signalling (the backbone),
# atrophy (the disuse loop) and the anti-spasticity drug (a medicine side effect).
# </details>

# %% [markdown]
# ### Exercise 2: find the loops through back pain
#
# A step lies on a loop with back pain if it is **both** upstream and downstream of `back_pain`.
# Make a set of their ids. *Hint:* turn both lists into sets and use `&`.

# %% tags=["exercise"]
on_a_loop_with_back_pain = ...

check.exercise_2(on_a_loop_with_back_pain)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# on_a_loop_with_back_pain = set(chain.upstream("back_pain")) & set(chain.downstream("back_pain"))
#
# check.exercise_2(on_a_loop_with_back_pain)
# ```
#
# The answer holds the fear-avoidance and disuse loops (fear, avoiding movement, disuse, atrophy)
# *and* the backbone from weakness onwards, because the loops re-enter the chain at weakness; the
# short loops through amplified pain and through mood, sleep and fatigue; and bone loss and
# vertebral fracture, which moving less can feed. Side paths such as heat or Lhermitte's sign are
# not on a loop with back pain.
# </details>

# %% [markdown]
# ### Exercise 3: how sure are the numbers?
#
# In the [prevalence](glossary.md#prevalence) table `pain`, which `pain_type` has the **widest**
# confidence interval? *Hint:* compute `pain["ci_high_pct"] - pain["ci_low_pct"]`.

# %% tags=["exercise"]
widest_interval = ...

check.exercise_3(widest_interval)

# %% [markdown] tags=["solution"]
# <details><summary>Solution (try first, then click)</summary>
#
# ```python
# width = pain["ci_high_pct"] - pain["ci_low_pct"]
# widest_interval = pain.loc[width.idxmax(), "pain_type"]
#
# check.exercise_3(widest_interval)
# ```
#
# Neuropathic extremity pain: its interval runs from 7% to 53%. The studies behind it disagreed
# widely (different definitions, different groups of people), so its pooled value is the least
# certain. A wide interval is a reason for caution, not a reason to ignore the estimate.
# </details>

# %% [markdown]
# ## Quiz
#
# Answer in the form, or open the folded answers.

# %%
quiz.QUIZ.show()

# %% [markdown] tags=["contents"]
# (The table of notebooks is generated here by the build command.)

# %% [markdown]
# ## Key points
#
# * One person with MS in five to one in two has back pain, by what is counted
#   [@foley2013; @massot2021]; most of it comes from muscles, joints and discs, not the
#   [lesion](glossary.md#lesion) [@truini2013].
# * A [causal chain](glossary.md#causal-graph) links demyelination to back pain; loops such as
#   worry about movement [@vlaeyen2000] can keep pain going, through nobody's fault.
#
# ## If you live with MS
#
# **What this means for you.** Back pain in MS usually has several causes, most not dangerous,
# so there are many places where it can ease.
#
# **What it does not mean.** The map shows general mechanisms, not which are at work in your back
# or what you should do. Pain does not mean your spine is being damaged.
#
# **Questions you could ask your care team.**
#
# * Which kinds of pain do I have: from muscles and posture, nerves, spasms, or a mix?
# * Could my seating, wheelchair or daily routine be adjusted?
# * After my steroid courses, is my bone health worth checking?
# * Who could help with fatigue, sleep or mood?
#
# ## What's next
#
# Notebook 01 starts the chain: what myelin does, and how losing it slows or stops a signal.

# %% [markdown]
# ## References
#
# The sources cited in this notebook, its figures and its quiz:
