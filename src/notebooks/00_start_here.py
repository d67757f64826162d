# %% [markdown]
# # Start here: from a damaged nerve fibre to a sore back
#
# Welcome. Many people with [multiple sclerosis](glossary.md#multiple-sclerosis-ms) (MS) have
# [lower back](glossary.md#lumbar) pain. That can seem strange:
# MS damages nerves in the brain and [spinal cord](glossary.md#spinal-cord), not the back. So why
# does the back hurt? This
# collection of notebooks answers that question one small step at a time.
#
# The answer is a chain of causes. In MS the body's own immune system damages
# *[myelin](glossary.md#myelin)*, the fatty
# coating that insulates [nerve fibres](glossary.md#axon). Signals along those fibres then arrive
# late, or not at all.
# Muscles receive fewer commands, so they produce less force: they are weaker. Other muscles take
# over and tire. The way a person stands, sits and walks changes. The lower back then carries more
# load than its muscles, joints and [discs](glossary.md#intervertebral-disc) can recover from, and
# it starts to hurt. Around this
# chain sit *loops*, where an effect comes back to feed its own cause and can keep pain going: for
# example, pain makes people move less, and moving less weakens muscles further.
#
# You do not need any biology, maths or programming to follow this first notebook. Every idea is
# explained in everyday words first. If you live with MS, or care for someone who does, you can
# simply read it: the text and pictures tell the whole story, and you can skip the code.
#
# **What you will learn here.** By the end you will be able to:
#
# * use the collection: run a notebook, move the controls of an interactive diagram and
#   check your answer to an exercise, or read everything without running any code;
# * say roughly how common back pain and other kinds of pain are in MS, and read a 95%
#   *[confidence interval](glossary.md#confidence-interval)* to judge how certain such a number is;
# * tell apart pain from damaged nerves (*[neuropathic](glossary.md#neuropathic-pain)*) and pain
#   from muscles, joints and discs
#   under too much load (*[nociceptive](glossary.md#nociceptive-pain)*), and say which of the two
#   most back pain in MS is;
# * name the steps of the chain from myelin damage to back pain, and use the chain map to find
#   what directly causes a step, what it causes, and which notebook explains it;
# * explain what a *[feedback loop](glossary.md#feedback-loop)* is, and trace the loops that can
#   keep back pain going.
#
# **Time:** about 25 minutes. **Prerequisites:** none. Every later notebook builds on this map.

# %% [markdown]
# ## How to use this collection
#
# * **In JupyterLab** (your own computer, a class JupyterHub or Binder): run the cells from top to
#   bottom with *Run → Run All Cells*. Diagrams marked **Interactive** have controls; move them
#   and the picture redraws. Exercises have a cell where you replace `...` with your answer and a
#   self-check that tells you whether you are right; the solution is hidden below each exercise.
#   A short quiz near the end of each notebook checks your understanding and explains each answer.
# * **Without running anything** (nbviewer or GitHub): every figure, and a picture of every
#   interactive diagram in its default state, is already in the notebook with a caption; the
#   quiz answers are folded away under each question.
# * **In class:** each notebook takes 20–40 minutes. A typical session demonstrates the
#   interactive diagram, then lets students do the exercises in pairs.
#
# Plain language comes first in every section and the maths second. The models are small and
# simplified on purpose: each one shows *one* mechanism clearly, with numbers taken from
# published studies wherever they exist. When a number comes from our own model rather than from a
# study, the text says so. Words that link to the [glossary](glossary.md) (for example
# [myelin](glossary.md#myelin)) open a plain-language explanation of that word.
#
# **Where the numbers come from.** A citation in the text, such as [@foley2013], links to the
# References at the end of the notebook, which list every source the notebook cites. The
# [evidence page](evidence.ipynb) lists every link of the chain map and every parameter of the
# models with its grade: *measured* (observed in a study, which says in whom), *derived* (worked
# out by this collection from measured numbers) or *assumption* (a teaching choice, with its
# reason).

# %% [markdown]
# ## Setup
#
# This cell loads the collection's own package, `msbackpain`, and applies one colour-blind-safe
# look to every figure (the Okabe–Ito colours [@okabe2008]). Run it first.

# %%
from matplotlib.figure import Figure

from msbackpain import chain, prevalence
from msbackpain.lessons.start_here import checks as check
from msbackpain.lessons.start_here import quiz
from msbackpain.lessons.start_here.captions import TEXTS
from msbackpain.lessons.start_here.diagrams import make_chain_map
from msbackpain.lessons.start_here.figures import plot_prevalence
from msbackpain.ui import style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## How common is pain in MS?
#
# A [meta-analysis](glossary.md#meta-analysis) pools the results of many studies. Foley and
# colleagues [-@foley2013] pooled 28 studies with 7101 people with MS. About 63% had pain of some
# kind. Each estimate comes with a 95% *confidence interval*: the range that, given how much the
# studies varied, plausibly contains the true value. Here is their table (a pandas *DataFrame*,
# the usual kind of table in Python).

# %%
pain = prevalence.pain_prevalence()
pain

# %%
fig = Figure(figsize=(9, 4.6))
plot_prevalence(fig.add_subplot())
show_figure(fig, TEXTS["prevalence"])

# %% [markdown]
# ### How common is back pain?
#
# That depends on what is counted. In Foley's table, *back pain* was reported by about 20% (95%
# confidence interval 13 to 28%): one person in five. That is a broad category, pooled from older
# studies that asked about pain in different ways. Studies that ask about *low back pain*
# specifically find it far more often: in 41.6–52.4% of people with MS, between two people in five
# and one in two, in a systematic review from 2021 [@massot2021]. Each number is right for what it
# measures, and the second is closer to this collection's question: pain in the lower back.
#
# The time frames differ too. Each row of the table pools studies that asked about pain at the
# moment, over a recent period or ever, so a row is not the share of people who have that pain
# on any one day. The 16% for [Lhermitte's sign](glossary.md#lhermittes-sign), for example, is
# a pooled prevalence over studies with different time frames.
#
# Pain in MS is not one thing. Truini and colleagues [-@truini2013] sort it by mechanism:
# *neuropathic* pain comes from the damaged nerves themselves (Lhermitte's sign and
# [trigeminal neuralgia](glossary.md#trigeminal-neuralgia), brief electric-shock-like attacks
# of pain in the face, are examples), *nociceptive*
# [musculoskeletal pain](glossary.md#musculoskeletal-pain) comes from muscles, joints and discs
# under abnormal load (most back pain), and some pain is caused by treatment. Back pain in MS is
# mostly of the second kind, which is why this collection follows the path from nerve to muscle
# to posture to load.

# %% [markdown]
# ## The causal chain
#
# The backbone of the collection is a chain of steps, each explained in a notebook of its own:
#
# **[demyelination](glossary.md#demyelination) → disrupted signalling → weakness →
# [compensation](glossary.md#compensation) → posture change → lumbar load
# → lower back pain**
#
# *Demyelination* is the loss of myelin; *lumbar load* is the force on the lower back (the lumbar
# spine). Around the chain:
#
# * **Feedback loops.** Pain and exhaustion make people move less; unused muscles shrink
#   ([atrophy](glossary.md#atrophy))
#   and get weaker, and weaker muscles start the chain again. Pain can also make people *afraid* of
#   moving ([fear-avoidance](glossary.md#fear-avoidance)), which feeds the same loop.
# * **[Overcompensation](glossary.md#overcompensation).** When one muscle group is weak, others take
#   over and work at a larger
#   share of their maximum, so they tire sooner and ache.
# * **Side paths.** [Spasticity](glossary.md#spasticity) (stiffness that rises with the speed of a
#   stretch), balance (slower
#   [sensory feedback](glossary.md#sensory-feedback), the body's signals about its own position,
#   makes standing wobble), heat (a
#   small rise in temperature can [block](glossary.md#conduction-block) a damaged fibre),
#   Lhermitte's sign (an electric-shock
#   feeling down the spine when the neck bends, from a *[lesion](glossary.md#lesion)*, an area of
#   damage, in the [neck part of the spinal cord](glossary.md#cervical)) and medicines (some cause
#   aches; some trade stiffness for weakness).
#
# All of this is one graph in the package, `msbackpain.chain`: every later notebook, the
# whole-chain simulation and the simulated diaries use the same graph.
#
# ### Interactive: the chain map
#
# Below is the whole map. Each colour is one stage of the chain. An arrow head means "more of
# this causes more of that"; a bar instead of a head means "more of this causes *less* of that".
#
# **Each arrow also shows how well it is supported.** A *solid* arrow was **measured**: a study
# observed it (in people with MS, in healthy volunteers, or in animal nerve fibres: the evidence
# says which). A *dashed* arrow was **derived**: this collection worked it out with a model built
# from measured numbers, and the notebook that explains it shows the working. A *dotted* arrow
# is a teaching **assumption**: it is plausible and helps the story, but no study in this
# collection measured it. Notice that both arrows into lower back pain are dotted: how much load
# or tiredness *hurts* is the least certain part of the chain.
#
# Choose a step in the first menu. Its direct **causes** get a dashed outline and blue arrows;
# its direct **effects** get a dotted outline and orange arrows; everything else fades. Switch to
# *all upstream and downstream* to follow the chain as far as it goes in both directions. The
# note above the picture explains the step, links to the notebook that explains it and lists its
# links with their evidence. Choose a link in the last menu to light that one arrow and read its
# mechanism, its evidence and its sources, with links to the published papers. The
# [evidence page](evidence.ipynb) lists every link and every number of the collection in the
# same way. (The code behind the map is in `msbackpain/lessons/start_here/diagrams.py`: the
# picture, the note and the alt text are all computed from the graph and the reference list.)


# %%
chain_map = make_chain_map()
chain_map.show()

# %% [markdown]
# ### The same graph as data
#
# The map is drawn from two tables, which you can explore with pandas like any other data. Each
# edge has a sign, a one-sentence mechanism, an evidence grade (measured, derived or assumption)
# and the keys of its sources in the collection's reference list (the evidence page lists them in
# full).

# %%
edges = chain.edges_frame()
print(f"The map has {len(chain.NODES)} steps (nodes) and {len(edges)} cause-effect links (edges).")
edges.head(8)

# %% [markdown]
# Two functions walk the graph: `chain.upstream(node)` lists everything that can lead to a step,
# directly or through other steps, and `chain.downstream(node)` lists everything it can lead to.

# %%
print("Upstream of 'weakness':  ", chain.upstream("weakness"))
print("Downstream of 'weakness':", chain.downstream("weakness"))

# %% [markdown]
# Notice that `back_pain` appears *downstream* of `weakness`, and `weakness` is also downstream of
# `back_pain`: the two sit on a loop. A **feedback loop** is a path of causes that comes back to
# where it started. The collection names three of them:

# %%
for name, loop in chain.LOOPS.items():
    print(f"{name:>16} loop:", " → ".join(loop))

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: read the map
#
# Using the interactive chain map (or its code), how many **direct causes** does *Muscle weakness*
# have? Replace `...` with a whole number and run the cell.

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
# Make a list (or set) of the ids of all such steps. *Hint:* turn both lists into Python sets and
# use `&` for the steps that are in both.

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
# The answer includes the fear-avoidance and disuse loops (fear, avoiding movement, disuse,
# atrophy) *and* the backbone from weakness onwards, because the loops re-enter the chain at
# weakness. Side paths such as heat or Lhermitte's sign are not on a loop with back pain.
# </details>

# %% [markdown]
# ### Exercise 3: how sure are the numbers?
#
# In the [prevalence](glossary.md#prevalence) table `pain`, which pain type has the **widest** 95%
# confidence interval?
# Give its name exactly as written in the `pain_type` column. *Hint:* compute
# `pain["ci_high_pct"] - pain["ci_low_pct"]`.

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
# widely (different definitions, different groups of patients), so its pooled value is the least
# certain. A wide interval is a reason for caution, not a reason to ignore the estimate.
# </details>

# %% [markdown]
# ## Quiz
#
# Five questions on the ideas of this notebook: what kind of pain most back pain in MS is, how
# loops keep it going, how to read the map and how to read an uncertain number. If you are running
# the notebook in JupyterLab, pick an answer in the form below and you get instant feedback that
# explains it. If you are only reading, the questions follow below the form with their answers
# folded away: click "Answer to question 1" (and so on) to open one.

# %%
quiz.QUIZ.show()

# %% [markdown] tags=["contents"]
# (The table of notebooks is generated here by the build command.)

# %% [markdown]
# ## Key points
#
# * How common back pain is in MS depends on what is counted: about one person in five reports
#   "back pain" in a meta-analysis of older studies [@foley2013], and between two in five and one
#   in two report *low* back pain when asked about it specifically [@massot2021].
# * Most back pain in MS is *musculoskeletal*: tissues under abnormal load, not the MS lesion
#   itself [@truini2013].
# * The collection follows one [causal chain](glossary.md#causal-graph) from demyelination to lower
#   back pain, one notebook per
#   link, with a small model for each.
# * Loops matter: pain and exhaustion lead to moving less, which weakens muscles further and keeps
#   the chain going; fear of movement feeds the same loop [@vlaeyen2000].
# * The graph is data (`msbackpain.chain`): the map, the whole-chain simulation and the simulated
#   diaries all use it.
#
# ## What's next
#
# Notebook 01 starts at the beginning of the chain: what myelin does, and how a demyelinated
# stretch of nerve fibre slows a signal down or stops it.

# %% [markdown]
# ## References
#
# The sources cited in this notebook, its figures and its quiz:
