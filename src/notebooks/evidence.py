# %% [markdown]
# # The evidence behind the chain
#
# This page lets you check the collection without us. Every arrow of the chain map, every
# number a model uses and every fact a notebook states is listed here with **how well it is
# supported** and **where it comes from**. The tables are generated from the package itself
# (the chain's definition, the comments where each model parameter is defined, and each
# lesson's list of facts), so they always match what the notebooks run.
#
# **Three grades of evidence.** Each item carries one of them:
#
# * **measured**: observed and quantified in a study. The table says in whom, because it
#   matters: some values come from people with MS, some from healthy volunteers on bed rest,
#   one from a single man with a pressure sensor in his disc, some from animal nerve fibres.
# * **derived**: worked out by this collection, with algebra or a simulation, from measured
#   inputs. The notebook that uses it shows the working, so you can check it.
# * **assumption**: a teaching choice. No measurement stands behind the number; it was chosen
#   to keep a model small or because nothing has been measured. Results that rest on an
#   assumption are only as good as the assumption, and the notebooks say so where it matters.
#
# **How to use this page.** A lecturer preparing a session can look up every number of that
# notebook under *Facts each notebook states* (and the numbers its models compute under *Numbers
# the notebooks compute*) and its sources under *References*. A student can
# open the chain map in [notebook 00](00_start_here.ipynb), choose an arrow and read the
# evidence behind it, then come here for the full table. Source titles link to the published
# paper through its DOI.
#
# *Links on this page:* [the map](#the-map) · [links of the chain](#links) ·
# [what is uncertain](#contested) · [model parameters](#parameters) · [facts](#facts) ·
# [computed numbers](#computed) · [references](#references)

# %%
from IPython.display import Markdown, display
from matplotlib.figure import Figure

from msbackpain.evidence import page
from msbackpain.ui import chain_map, style
from msbackpain.ui.display import show_figure

style.apply()

# %% [markdown]
# ## The map, drawn by its evidence <a id="the-map"></a>
#
# The same map as in notebook 00. A solid arrow was measured in studies, a dashed one derived
# with one of the collection's models, a dotted one is a teaching assumption. The counts below
# it are taken from the package every time this page is built.

# %%
fig = Figure(figsize=(12, 8.2))
chain_map.draw_chain(fig.add_subplot())
show_figure(
    fig,
    "The causal chain from MS lesions to lower back pain, each arrow solid (measured), dashed "
    "(derived) or dotted (assumption) by the evidence behind it.",
    chain_map.whole_map_alt(),
)

# %%
display(Markdown(page.counts_table()))

# %% [markdown]
# Read the counts with care: a *measured* link means that a study observed it, not that its
# size in this collection's models is right. How far each model agrees with published clinical
# findings is a separate question, checked notebook by notebook.
#
# ## Every link of the chain <a id="links"></a>
#
# One row per arrow: what the link does, how well it is supported, in whom it was measured or
# what is uncertain about it, and the sources.

# %%
display(Markdown(page.links_table()))

# %% [markdown]
# ## What is uncertain or contested, and why <a id="contested"></a>
#
# Where the evidence is thin, disputed, or where one of the collection's models still disagrees
# with a published finding, it is listed here in plain words. Each notebook repeats the point
# next to the number it concerns.
#
# * **How common back pain is in MS.** A pooled analysis of 28 older studies puts "back pain" at
#   about 20% [@foley2013]; a later systematic review of *low* back pain specifically found
#   41.6–52.4% in the studies it pooled [@massot2021], and one recent survey 68.9%
#   [@odzimek2023]. The figures differ mainly because the studies asked different questions about
#   different time frames: pain of any kind is reported by about half of people with MS at any one
#   time [@oconnor2008]. The notebooks quote both back-pain figures with what each measures.
# * **Heat sensitivity.** In one survey of 256 people with MS, 58% reported that heat worsened
#   their symptoms [@flensner2011]. Higher figures are sometimes quoted from older studies; this
#   collection uses the 58% it could check.
# * **The disuse loop.** That people in pain move less, lose fitness and so hurt more is a
#   plausible mechanism, not an established one: in low back pain, a one-year cohort found no
#   signs of physical deconditioning after pain began [@bousema2007], and reviews of the
#   fear-avoidance model find mixed support for this step [@leeuw2007]. The collection draws the
#   loop as an assumption.
# * **Load and pain.** How much load the lower back carries is mechanics; how much it hurts is
#   not decided by the load alone. Tissue load goes with back pain only weakly, and spines adapt
#   to the loads they meet. Pain also depends on how the nervous system processes signals: pain
#   that the nervous system amplifies without clear tissue or nerve damage is now recognised as a
#   third kind of pain [@kosek2016], and in a large survey pain in MS went with fatigue,
#   depression and anxiety [@marck2017]. The chain does not yet include these. Every arrow into
#   lower back pain is therefore drawn as an assumption, and the pain models are teaching
#   pictures, not predictions.
# * **How people work around weak back muscles.** Only structures that cross the lower back
#   (the back extensor muscles, and passive tissues such as ligaments and fascia) can carry a
#   lower-back moment; the hip muscles act about the hip. So compensation is a change of
#   strategy (hinging at the hips, leaning on the arms or on passive tissue, bracing), and
#   notebook 04 models it that way. Which strategy a person uses, and how much load each moves,
#   has not been measured in MS: the rule the model uses, and the capacities of each structure,
#   are assumptions. How much weaker the back extensors are in MS has no verified percentage
#   either; trunk muscles are weaker and less enduring than in matched controls [@kordi2017].
# * **How long a muscle can hold a posture.** Sustained holds have a measured limit near 8% of
#   maximum over an hour [@bjorksten1977], and the published fatigue-model fits per joint give
#   6–9% [@freylaw2012]. The collection uses the published trunk pair, which holds 9.0% without
#   a time limit: slightly more generous than the measured limit. There is no published pair for
#   the hip, so hip muscles use the trunk pair (an assumption). The elbow endurance curve was
#   measured at 30–70% of maximum; notebook 03 shows it only with that scope.
# * **Refractory period.** Demyelinated fibres in animals can need 2–5 times longer than normal
#   before they conduct a second impulse [@felts1997]. The collection's own node-chain model
#   reaches such values only close to conduction block, and the whole-chain model of notebook 07
#   uses the node chain's relation (notebook 02 shows it). If real lesions lengthen the
#   refractory period sooner, the model understates the signals lost at milder lesions.
# * **Anti-spasticity drugs and strength.** Weakness is a commonly reported side effect
#   [@bass1988], but in a small cross-over trial measured muscle strength did not change
#   [@crossover1988]: the weakness people notice is in function. The models leave maximal
#   strength unchanged and take a small share off function, an interpretation rather than a
#   measurement. Stopping these drugs suddenly can make spasticity rebound [@stien1987].
# * **Exercise and pain in MS.** Trials of exercise against no exercise found a modest fall in
#   pain with wide uncertainty (standardised mean difference −0.46, 95% confidence interval −0.92
#   to 0.00, ten trials at high risk of bias) [@demaneuf2019]. Training raises strength in
#   trials in MS [@dalgas2009]. In notebook 07, part of training's effect on pain is an assumed
#   lowering of pain sensitivity, sized so that the average effect falls inside this interval:
#   the model does not predict the size independently, and 07 shows how the answer changes when
#   that assumption does.
# * **Lhermitte's sign and cervical lesions.** Most people with the sign have a lesion in the
#   cervical cord on MRI (17 of the 18 who had a neck scan in one clinic cohort), but so do many
#   people without it (13 of 25) [@alaraji2005]: a lesion makes the sign more likely, not
#   certain. The models work out the chance of the sign with and without a lesion from these
#   shares and the pooled 16% [@foley2013]; how often spells come and how long they last are
#   assumptions.
# * **Slowed postural responses.** The delays measured in people with MS (161 against 102 ms)
#   come from ten people selected because of their imbalance, and are the onset times of muscle
#   responses, not the delay of a whole feedback loop [@cameron2008]. Using them as the
#   balance model's delay is an assumption. Models fitted to healthy standing use loop delays of
#   150–200 ms [@maurer2005]; whether people with MS come close to the delay at which the model
#   falls depends on that choice and on the model's gains, and real quiet standing does not
#   behave like a system near that limit [@milton2009].
# * **Bed rest.** Single bed-rest studies give different losses of strength for similar
#   durations. They scatter around the pooled curve of a systematic review [@marusic2021]; they
#   do not contradict it.
# * **Disc pressure.** The pressures by posture were measured in one healthy man [@wilke1999].
#   They show how posture changes the load on one disc, not how much any load hurts. No walking
#   value could be read in the published abstract, so walking's pressure is an assumption; the
#   value for sitting against a backrest is an assumption too, set from the 50–80% reduction
#   that reclining gives in earlier measurements [@nachemson1981]. Wilke's 0.30 MPa is slouched
#   sitting, not a better seat.
# * **Discomfort over a day.** The pain-over-a-day model is calibrated to laboratory studies in
#   which symptom-free people stood or sat still for an hour or two [@coenen2017]. In those
#   studies the relief from a short walking break lasted less than 10 minutes
#   [@decarvalho2023]; in the model it lasts longer. Swapping one held posture for another (a
#   sit-stand desk) helps a little in trials [@agarwal2018] but not in notebook 06's model;
#   notebook 07 sizes its workstation change to the trial result instead.
# * **Heat.** How many degrees of the conduction model one degree of body warming corresponds to
#   has not been measured: the model of notebook 01 runs on the squid's temperature scale. The
#   whole-chain model maps one to the other with a stated assumption, and notebook 07 shows the
#   mapping.
# * **The simulated diaries.** Their effects are teaching assumptions (see the tables below), and
#   real diaries differ in ways the simulation only partly copies: pain recalled over a week is
#   rated higher than the average of daily ratings [@broderick2008], and relapse rates in the
#   placebo groups of trials fell over two decades [@stellmann2012], so a simulated relapse rate
#   is a choice, not a measurement.

# %% [markdown]
# ## Every model parameter <a id="parameters"></a>
#
# One table per model module, in the order of the chain. The value is the one the models use
# when you run them; the unit is that of the value; the description is the comment written where
# the parameter is defined in the package. Numbers that claim nothing about people (a time step,
# a slider's range) are not listed.

# %%
display(Markdown(page.all_parameters_markdown()))

# %% [markdown]
# ### The simulated cohort and its diaries
#
# The people of notebook 08 are drawn from the settings below, and what happens to each of them
# each day is computed by the whole-chain model of notebook 07: the diaries have no effect sizes
# of their own. The cohort's make-up follows published figures where they exist; every habit of
# the people keeping the diaries is a teaching assumption, some informed by a study.

# %%
display(Markdown(page.diaries_markdown()))

# %% [markdown]
# ## Facts each notebook states <a id="facts"></a>
#
# The numbers each notebook states as facts about people, nerves or muscles, with their
# evidence. Numbers a notebook computes with its own model in front of the reader are in the
# next section.

# %%
display(Markdown(page.all_facts_markdown()))

# %% [markdown]
# ## Numbers the notebooks compute <a id="computed"></a>
#
# When a notebook's text restates a number that one of its models computes (an effort, an
# endurance time, a change in pain), the number is not typed: the build runs the model and writes
# its result into the text. This table lists every such number with the value the models give
# now. Its evidence grade is *derived*: it is only as good as the parameters above.

# %%
display(Markdown(page.all_results_markdown()))

# %% [markdown]
# ## References <a id="references"></a>
#
# Every source the collection cites, with its DOI where it has one.
