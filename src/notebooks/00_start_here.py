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

# %% [markdown]
# ## Setup
#
# This cell loads the collection's own package, `msbackpain`, and applies one colour-blind-safe
# look to every figure. Run it first.

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
# colleagues (2013) pooled 28 studies
# with 7101 people with MS. About 63% had pain of some kind; back pain was reported by about 20%.
# Each estimate comes with a 95% *confidence interval*: the range that, given how much the studies
# varied, plausibly contains the true value. Here is their table (a pandas *DataFrame*, the usual
# kind of table in Python).

# %%
pain = prevalence.pain_prevalence()
pain

# %%
fig = Figure(figsize=(9, 4.6))
plot_prevalence(fig.add_subplot())
show_figure(fig, TEXTS["prevalence"])

# %% [markdown]
# Pain in MS is not one thing. Truini and colleagues (2013) sort it by mechanism: *neuropathic*
# pain comes from the damaged nerves themselves ([Lhermitte's sign](glossary.md#lhermittes-sign) and
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
# Below is the whole map. Each colour is one stage of the chain; an arrow means "more of this
# causes more of that", and a dashed arrow with a bar means "more of this causes *less* of that".
#
# Choose a step in the menu. Its direct **causes** get a dashed outline and blue arrows; its
# direct **effects** get a dotted outline and orange arrows; everything else fades. Switch to
# *all upstream and downstream* to follow the chain as far as it goes in both directions. The
# note above the picture explains the step and links to the notebook that explains it. (The
# code behind the map is in `msbackpain/lessons/start_here/diagrams.py`: the picture, the note
# and the alt text are all computed from the graph.)


# %%
chain_map = make_chain_map()
chain_map.show()

# %% [markdown]
# ### The same graph as data
#
# The map is drawn from two tables, which you can explore with pandas like any other data. Each
# edge has a sign, a one-sentence mechanism and the section of the collection's science notes
# that backs it.

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
# * About one person with MS in five reports back pain (Foley et al. 2013), and most of it is
#   *musculoskeletal*: tissues under abnormal load, not the MS lesion itself.
# * The collection follows one [causal chain](glossary.md#causal-graph) from demyelination to lower
#   back pain, one notebook per
#   link, with a small model for each.
# * Loops matter: pain and exhaustion lead to moving less, which weakens muscles further and keeps
#   the chain going; fear of movement feeds the same loop.
# * The graph is data (`msbackpain.chain`): the map, the whole-chain simulation and the simulated
#   diaries all use it.
#
# ## What's next
#
# Notebook 01 starts at the beginning of the chain: what myelin does, and how a demyelinated
# stretch of nerve fibre slows a signal down or stops it.
#
# ## References
#
# * Foley PL, Vesterinen HM, Laird BJ, et al. Prevalence and natural history of pain in adults
#   with multiple sclerosis: systematic review and meta-analysis. *Pain* 2013;154(5):632–642.
#   [doi:10.1016/j.pain.2012.12.002](https://doi.org/10.1016/j.pain.2012.12.002)
# * Truini A, Barbanti P, Pozzilli C, Cruccu G. A mechanism-based classification of pain in
#   multiple sclerosis. *J Neurol* 2013;260(2):351–367.
#   [doi:10.1007/s00415-012-6579-2](https://doi.org/10.1007/s00415-012-6579-2)
# * Vlaeyen JWS, Linton SJ. Fear-avoidance and its consequences in chronic musculoskeletal pain:
#   a state of the art. *Pain* 2000;85(3):317–332.
# * Okabe M, Ito K. *Color Universal Design (CUD): how to make figures and presentations that are
#   friendly to colorblind people*. 2008 (the colour palette used in every figure).
#
# The science notes behind every edge of the map (sections §1–§11) are kept with the project and
# list the source of each fact.
