"""The whole chain as one simulated person with MS, day by day (notebook 07).

A *composition*, not a new model: every step of the causal chain in :mod:`msbackpain.chain` is
computed by the link module that explains it (notebooks 01–06), and this module only wires their
daily summaries together in the order of the graph. Each node of the graph is one daily state
variable (:data:`NODE_UNITS` gives its unit, :data:`STATE_RANGES` its plausible range), and each
edge of the graph is one place where a cause enters the computation of its effect
(:data:`EDGE_USE` says how). Nothing else is wired: a test checks both directions.

One day, in the order of the chain (the link module in brackets):

* **Lesions.** Relapses start as a Poisson process (at most one onset per day) with the person's
  annual rate (0.4 a year for the example people, inside a range of 0.2–0.5 a year chosen as a
  teaching assumption, not a measured rate); each adds lesion severity that remits over weeks
  and leaves a residual. ``demyelination`` is the lesion severity *f* of the conduction model
  (1 = healthy).
* **Heat.** A seasonal air-temperature series with day-to-day weather; a heat-sensitive person's
  core warms on warm days by a few tenths of a degree (``heat``, °C; at most about 0.8 °C). The
  conduction model runs on the squid's temperature scale, so core warming is mapped to it
  explicitly (:func:`model_warming_C`, :data:`HEAT_TO_MODEL_C_PER_C` ≈ 2.9 model °C per °C):
  calibrated so that 0.5 °C of core warming just blocks a lesion of severity 7, close to block
  (in the spirit of the rat finding that 0.5 °C can block fibres near their limit, Rasminsky
  1973). No human source gives this scale; notebook 07 shows it. In one survey 58% of 256
  people with MS reported heat sensitivity (Flensner et al. 2011); the validation table compares
  the simulated cohort with it.
* **Signalling** [conduction, signalling]: in the share of motor fibres that run through the
  lesion (:data:`LESION_FIBRE_SHARE`), the chance that a fibre blocks at today's warming
  (:func:`conduction.block_probability`) and the spikes lost at a typical motor firing rate
  through the refractory period of the collection's own node chain
  (:func:`conduction.refractory_factor`: 1.0× normal up to f ≈ 4.8, 2–3.6× only near block;
  :func:`signalling.delivered_fraction`) give ``disrupted_signalling``. Slower sensory conduction
  gives the postural loop delay ``sensory_delay`` (:func:`signalling.feedback_latency_ms`,
  calibrated to Cameron, Horak et al. 2008) and the ``sway`` it causes
  (:func:`balance.sway_sd_vs_delay`).
* **Muscle** [motor, disuse, spasticity]: the maximum force of the motor-unit pool with that
  spike failure (:func:`motor.max_force_fraction`), times the back-extensor strength left after
  disuse (``atrophy``: :func:`disuse.disuse_step`, the back losing
  :data:`disuse.BACK_TO_KNEE_LOSS_RATIO` of the knee's loss, Muir et al. 2011), gives isometric
  strength; the anti-spasticity drug takes a small *functional* share
  (:func:`spasticity.functional_weakness`, an interpretation), not isometric strength, which a
  16-patient cross-over study found unchanged with baclofen or tizanidine; ``weakness`` is
  1 − function. ``spasticity`` is the reflex torque at the Ashworth test speed
  (:func:`spasticity.stretch_resistance`), growing with the disruption and saturating.
* **Compensation** [compensation, fatigue]: only structures that cross L5/S1 carry the lumbar
  moment. With weaker back extensors a person changes strategy
  (:func:`compensation.strategy_mix`): hip hinge, arm support and leaning on passive tissue take
  part of the moment off the active lumbar extensors (``compensation``, N·m); the hip extensors
  then work at a higher share of their maximum (``overload``) and their endurance at that share
  (trunk pair of Frey-Law et al. 2012, :func:`compensation.endurance_min`) sets
  ``muscle_fatigue`` over a static hold.
* **Posture** [compensation, spine, gait]: the extra lumbar flexion needed to load passive
  tissue, stiffness from spasticity and guarding against sway give ``posture_change`` (degrees,
  soft limit :data:`POSTURE_MAX_EXTRA_DEG`); weakness and spasticity make the trunk lean sideways
  when walking (``gait``, :func:`gait.lean_needed_deg`, soft limit :data:`GAIT_MAX_LEAN_DEG`).
  Their loads on L5/S1 (:func:`spine.l5s1_load`, :func:`gait.single_leg_stance`) scale the disc
  pressures of the day's sitting, standing and walking (:func:`pain.daily_dose`, Wilke et al.
  1999) into ``lumbar_load``. Load is not damage: these are mechanics, not injury.
* **Pain** [pain]: the day's held load and relief (:func:`pain.daily_pain_update`: only the held
  part of load builds discomfort, moving or lying relieves it) and the hip extensors' fatigue
  (:func:`pain.pain_from_state`) give the evening ``back_pain`` (0–10).
* **Loops** [fear_avoidance, disuse]: pain feeds pain-related fear (``fear_avoidance``, kept on
  its 0–10 scale: 10 tanh(catastrophising × pain / 10); Vlaeyen & Linton 2000); pain, fatigue and
  fear make the person avoid activity the next day (``avoidance``); avoided activity accumulates
  as ``disuse``, and disuse costs back-extensor strength (``atrophy``), which feeds ``weakness``.
  The disuse loop is a plausible, contested mechanism, not an established one: in low back pain
  a one-year cohort found no signs of deconditioning (Bousema et al. 2007).
* **Side paths** [lhermitte, medication]: whether a person has Lhermitte's sign at all is drawn
  from its probability given a cervical lesion (:func:`lhermitte.has_sign`; Bayes, derived), so
  a lesion makes it likely, not certain; the sign comes in spells lasting weeks
  (:func:`lhermitte.spell_days`, assumptions), and inside a spell neck flexions
  (``neck_flexion``) fire ectopic bursts (``ectopic_firing``, :func:`lhermitte.episodes_per_day`)
  felt at once down the spine and limbs (``lhermitte``). An interferon-like disease-modifying drug
  (``interferon``) lowers the relapse rate and, as an option, brings the side-effect rates of one
  trial of a low-dose, once-weekly interferon beta-1a regimen in secondary-progressive MS
  (Andersen et al. 2004; :func:`medication.simulate_side_effects`) as ``treatment_pain`` and more
  spasticity (Walther & Hohlfeld 1999 report that interferon beta can increase spasticity; the
  size is assumed). One interferon-like drug stands in for today's much wider range of drugs.

Rest (:attr:`Person.rest_days`): the trials of advice to rest in bed for a few days against advice
to stay active (Dahm et al. 2010) are modelled as a few bed-rest-like days at the start of a run
(mostly lying; :data:`REST_DAY_SITTING_H`, :data:`REST_DAY_STEPS`), then the person's usual
days. A rest day avoids all activity (``avoidance`` 1) and gives no training stimulus
(``disuse`` 1: the bed-rest calibration of the disuse module). While resting, lying relieves held
postures in the model, so pain is lower *during* the rest: relief while resting only. After the
rest the person is a little weaker (bed-rest atrophy) and the disuse built up during the rest
returns to the usual level only at the loop's slow rate, so pain in the weeks after is a little
higher than with staying active: the sign of the trials, but far from their size (the model has
no term for what advice to rest does to beliefs, worry or pain sensitivity; the validation table
gives the numbers).

Interventions (:class:`Interventions`, :data:`INTERVENTIONS`) act at named nodes. Training
(physiotherapy) builds up over weeks and raises strength above the person's untrained level
(Dalgas et al. 2009: +15.7% after 12 weeks), lowers disuse, removes part of the extra sway
(balance, Gunn et al. 2015) and of the extra flexion and lean (posture and gait, Snook & Motl
2009), and lowers pain sensitivity a little (a calibrated assumption, so that the mean effect on
pain in the example people lies near the −0.9 points of the exercise trials, Demaneuf et al.
2019). The anti-spasticity drug lowers the reflex gain at the cost of a small functional
weakness. Seating means sitting against a backrest for part of the sitting time (the pain
module's supported-sitting pressure, an assumption after Nachemson 1981) and short walking breaks
(De Carvalho & Callaghan 2023); its size is calibrated to the effect of sit-stand workstations on
low-back discomfort (about −0.3 to −0.5 points, Agarwal et al. 2018). Both calibrations are
assumptions that notebook 07 varies; neither is a finding of this model.

Randomness (weather, relapse chances, daily activity, neck flexions, Lhermitte and side-effect
draws) is drawn from the seed alone, before any intervention is applied, so two runs with the
same seed differ *only* by what was changed (:func:`compare`): a counterfactual. ``params=``
overrides named teaching assumptions for one call (:data:`ASSUMPTION_RANGES` gives each a
plausible range), for sensitivity analyses. :func:`random_people` draws a plausible cohort
(:data:`COHORT_RANGES`); :mod:`msbackpain.whole_chain.validation` compares the model with
published targets.

One model for one person and for a cohort: :func:`simulate_arrays` takes people as arrays of
traits, the day's random inputs as arrays (:class:`DailyInputs`, drawn by :func:`daily_inputs`
or by a caller such as the diary generator of notebook 08, with its own calendar, weather and
treatments) and doses that may change from day to day (a physiotherapy start); it is the core
that :func:`simulate_many` and :func:`simulate` call, so notebook 07's sliders and the diaries
of notebook 08 run the same daily equations.

Speed: the parts of the chain that do not depend on the loops are computed for all days at
once; the loop part runs day by day over arrays (one entry per simulated person, so a whole
cohort steps together, in chunks of :data:`CHUNK_PEOPLE`). Functions that a link module
evaluates with argument checks on every call are tabulated once from that same function on a
fine grid and interpolated (the compensation strategies on a grid of demand × weakness; a test
checks each table against its link function).

Everything quantitative in the *wiring* is a teaching assumption, listed with its value, grade
and reason in the tagged constants below (:mod:`msbackpain.evidence.parameters` reads the tags);
the links carry their own sources and assumptions. This is a teaching model of mechanisms, not a
prediction for any real person, and not medical advice.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache

import numpy as np
import pandas as pd
from scipy.signal import lfilter
from scipy.stats import binom

from msbackpain import (
    balance,
    chain,
    compensation,
    conduction,
    disuse,
    fear_avoidance,
    gait,
    lhermitte,
    medication,
    motor,
    pain,
    signalling,
    spasticity,
    spine,
)

# --------------------------------------------------------------------------- constants
# Every numeric constant carries an evidence tag in its #: comment (see
# msbackpain.evidence.parameters): most are teaching assumptions of the wiring, with their reason.

#: Climate of the simulated year: seasonal mean and amplitude of the air temperature, and the SD
#: of the day-to-day weather (an AR(1) process). A temperate climate chosen for teaching, not
#: fitted to any weather record. [assumption]
CLIMATE_MEAN_C = 14.0
CLIMATE_AMPLITUDE_C = 9.0
WEATHER_SD_C = 2.5

#: Warmest day of the year (counted from 1 January): mid-July, a northern temperate summer
#: chosen for teaching. [assumption | day of the year]
WARMEST_DAY_OF_YEAR = 200

#: Day-to-day persistence of the weather (AR(1) coefficient): warm spells last a few days, a
#: teaching choice. [assumption | dimensionless]
WEATHER_PERSISTENCE = 0.75

#: Air temperature above which a heat-sensitive person starts to warm: a teaching choice (no
#: study in the reference list measures a threshold). [assumption]
COMFORT_TEMPERATURE_C = 20.0

#: How much a fully heat-sensitive person's core warms per °C of air above the comfort
#: temperature: 0.06 °C per °C, so about 0.6 °C on a 30 °C day. Chosen so that body warming stays
#: in the range that laboratory heat and exercise exposures produce in people with MS (a few
#: tenths of a degree to about 1 °C); not fitted to any study. [assumption | °C per °C]
HEAT_GAIN_C_PER_C = 0.06

#: Calibration point of the heat mapping: a core warming of 0.5 °C is taken to move a lesion of
#: severity 7 (close to block) just to block in the conduction model. Warming by about 0.5 °C
#: reversibly blocked experimentally demyelinated rat fibres already near their limit (Rasminsky
#: 1973); "about half a degree" is also the commonly quoted trigger of Uhthoff's phenomenon, for
#: which we found no human study. [assumption: rasminsky1973 | °C of core warming]
HEAT_CALIBRATION_WARMING_C = 0.5
#: Lesion severity of that calibration point: close to block at body temperature in the
#: conduction model (block near 7.6). [assumption | lesion severity f]
HEAT_CALIBRATION_SEVERITY = 7.0

#: How many degrees of warming in the conduction model (notebook 01, squid-scale Hodgkin–Huxley
#: kinetics) one degree of human core warming stands for. No source says how model degrees relate
#: to body degrees, so it is CALIBRATED: the model's block margin at severity 7 (1.47 model °C)
#: divided by 0.5 °C of core warming (the calibration point above), about 2.9.
#: Used only by :func:`model_warming_C`, which notebook 07 shows.
#: [derived: hodgkin1952, rasminsky1973 | model °C per °C of core warming]
HEAT_TO_MODEL_C_PER_C = float(
    conduction.block_delta_T_fast(HEAT_CALIBRATION_SEVERITY) / HEAT_CALIBRATION_WARMING_C
)

#: A "noticeable" heat effect for the validation table's heat-sensitivity row: on the person's
#: 30 warmest days, back-muscle strength is at least this fraction lower, or muscle fatigue at
#: least this much higher, than on their 30 coolest days. A threshold chosen for teaching
#: (self-reported heat sensitivity has no such threshold). [assumption | fraction]
HEAT_SYMPTOM_THRESHOLD = 0.03

#: One typical motor-unit firing rate for a strong contraction, inside the 25–35 Hz peak rates
#: of Fuglevand, Winter & Patla's motor-unit model (1993); using a single rate is a
#: simplification. [assumption: fuglevand1993]
MOTOR_RATE_HZ = 30.0

#: Share of the motor fibres to the trunk muscles that run through the modelled lesion (the
#: rest conduct normally): a teaching choice so that a lesion at block, even during a relapse,
#: removes part of a muscle's drive, not all of it (the example people still walk).
#: [assumption | fraction of fibres]
LESION_FIBRE_SHARE = 0.4

#: Lesion severity added at the onset of a relapse (scaled by the relapse activity, which then
#: remits): a teaching choice that lets a relapse push a lesion towards block.
#: [assumption | lesion severity f per unit of relapse activity]
RELAPSE_SEVERITY = 1.5

#: Time constant of remission after a relapse: a few weeks, a teaching choice. [assumption]
REMISSION_DAYS = 30.0

#: Fraction of a relapse's activity that never remits (incomplete recovery): a teaching choice.
#: [assumption | fraction]
RELAPSE_RESIDUAL = 0.2

#: Fraction by which the disease-modifying drug lowers the relapse rate: a teaching choice for
#: an interferon-like drug; no trial in the reference list gives the size used here.
#: [assumption | fraction of relapses prevented]
DMD_RELAPSE_REDUCTION = 0.3

#: Lesion severity at which full sensory involvement gives the MS mean postural latency
#: (161 ms) of Cameron, Horak et al. (2008): a calibration choice of the wiring.
#: [assumption: cameron2008 | lesion severity f]
REFERENCE_MS_SEVERITY = 7.0

#: Slowing of sensory conduction per unit of lesion severity (with full sensory involvement):
#: worked out so that severity 7 gives the conduction slowing that reproduces the mean postural
#: latency of ten people with MS selected for imbalance, 161 ms against 102 ms in controls
#: (Cameron, Horak et al. 2008). [derived: cameron2008 | × conduction time per unit of severity]
SENSORY_SLOWING_PER_SEVERITY = (signalling.MS_CONDUCTION_SLOWING - 1.0) / (
    REFERENCE_MS_SEVERITY - 1.0
)

#: The loop delay is capped just below the delay at which standing becomes unstable (the model
#: would fall; a person would sit down or hold on): a teaching choice.
#: [assumption | fraction of the critical delay]
MAX_DELAY_FRACTION = 0.95

#: Spasticity grows with the share of motor spikes lost and saturates: a person with
#: spasticity_gain 1 has tanh(loss / this) × the spasticity module's default (moderately spastic)
#: reflex, so even a small loss gives some spasticity (more than 80% of people with MS report
#: some, Rizzo et al. 2004) and a large loss no more than the default. A scaling choice of the
#: wiring. [assumption: rizzo2004 | fraction of motor spikes that fail]
DISRUPTION_REFERENCE = 0.05

#: Relative increase of spasticity with interferon-like side effects. Walther & Hohlfeld (1999)
#: report that interferon beta can increase spasticity but give no size; this one is chosen.
#: [assumption: walther1999 | fraction]
INTERFERON_SPASTICITY_INCREASE = 0.25

#: Posture: degrees of equivalent extra trunk flexion per N·m of reflex torque (stiff hip and
#: trunk flexors). A teaching choice; no study measures it. [assumption | ° per N·m]
POSTURE_DEG_PER_NM_SPASTICITY = 2.0

#: Degrees of extra trunk flexion (guarding) per degree of extra postural sway: a teaching
#: choice; no study measures it. [assumption | ° per ° of sway]
POSTURE_DEG_PER_DEG_SWAY = 40.0

#: Healthy hip abductors sustain this multiple of the upright single-leg moment, so some
#: weakness is absorbed before the trunk leans: a teaching choice.
#: [assumption | × the single-leg moment]
ABDUCTOR_RESERVE = 1.3

#: Degrees of extra sideways trunk lean when walking per N·m of reflex torque: a teaching
#: choice. [assumption | ° per N·m]
GAIT_DEG_PER_NM_SPASTICITY = 0.5

#: Muscle fatigue: a typical static hold compared with the hip extensors' endurance time at their
#: share of maximum (while hinging), and the fraction by which each °C of core warming shortens
#: endurance. Teaching
#: choices; heat-related fatigue in MS is self-reported, not measured in these units.
#: [assumption]
STATIC_HOLD_MIN = 5.0
HEAT_FATIGUE_PER_C = 1.0

#: Tired muscles protect the spine less: the strain of holding is raised by this multiple of the
#: muscle fatigue (so × 3 at full fatigue). A teaching choice; not measured.
#: [assumption | relative increase of tissue strain at full fatigue]
FATIGUE_PROTECTION_LOSS = 2.0

#: Avoidance: fraction of habitual activity avoided per point of pain (0–10), per point of fear
#: and at full muscle fatigue (0–1). The loop follows Vlaeyen & Linton (2000), who describe it
#: without sizes; these sizes are chosen. [assumption: vlaeyen2000 | fraction of activity per
#: unit of the cause]
AVOIDANCE_PER_PAIN = 0.03
AVOIDANCE_PER_FEAR = 0.03
AVOIDANCE_PER_FATIGUE = 0.2

#: Daily rate at which disuse follows avoidance: the weekly rate of the fear-avoidance model
#: (a teaching assumption there) converted to days. [assumption | per day]
DAILY_DISUSE_RATE = 1.0 - (1.0 - fear_avoidance.DISUSE_RATE) ** (1.0 / 7.0)

#: Training at full dose replaces this fraction of the missing training stimulus (the disuse
#: path: a trained person is less inactive). A teaching choice. [assumption | fraction of the
#: missing training stimulus]
TRAINING_EFFECT = 0.75

#: Strength gain of full training above the person's untrained strength, after the build-up
#: (:data:`TRAINING_BUILDUP_DAYS`): isometric knee-extensor strength rose by 15.7% (95% CI 4.3 to
#: 27.0%) after 12 weeks of progressive resistance training in 38 people with moderate MS
#: (Dalgas et al. 2009); pooled over exercise types the effect on muscular fitness is small
#: (d = 0.27, Platta et al. 2016). Applying the knee figure to the back extensors is an assumption.
#: [measured: dalgas2009, platta2016 | fraction of strength]
TRAINING_STRENGTH_GAIN = 0.157

#: Time constant of the build-up of training's effects: about 95% of the full effect after 12
#: weeks (three time constants), the length of the Dalgas et al. (2009) programme. A teaching
#: choice of the time course. [assumption: dalgas2009 | days]
TRAINING_BUILDUP_DAYS = 28.0

#: Fraction of the extra postural sway (above the control value) that full training removes.
#: Balance training improved balance scores in MS by a standardised mean difference of 0.55 (95%
#: CI 0.35 to 0.74; 15 studies; Gunn et al. 2015); how many degrees of sway that is has no source,
#: so the size is an assumption. [assumption: gunn2015 | fraction of the extra sway]
TRAINING_SWAY_REDUCTION = 0.3

#: Fraction of the habitual extra trunk flexion and sideways lean that full training removes
#: (posture and gait work, besides the strength and balance it builds). Exercise improved walking
#: in MS by a small amount (g = 0.19, 95% CI 0.09 to 0.28; 22 studies; Snook & Motl 2009); the size
#: on posture is an assumption. [assumption: snook2009 | fraction]
TRAINING_POSTURE_REDUCTION = 0.15

#: Pain modulation by regular exercise: full training scales the pain sensitivity k of the pain
#: model by (1 − this). Exercise is thought to act on pain also through the nervous system
#: (exercise-induced hypoalgesia), beyond the mechanics this model computes; the size is
#: CALIBRATED so that, with the mechanical paths, the average effect of full training on pain in
#: the example people lies near the middle of the exercise-trial estimate (about −0.9 points,
#: 95% CI −1.8 to 0.0; Demaneuf et al. 2019). An assumption, not a measured mechanism size.
#: [assumption: demaneuf2019 | fraction of pain sensitivity]
TRAINING_PAIN_MODULATION = 0.2

#: Scale on the spasticity module's functional weakness of the anti-spasticity drug
#: (:func:`spasticity.functional_weakness`): 1 uses the module's size. [assumption | ×]
DRUG_FUNCTIONAL_WEAKNESS_SCALE = 1.0

#: Most extra trunk flexion the posture node can reach (soft limit, tanh): people with moderate
#: MS who still walk do not stand 60° more flexed. A plausibility bound chosen for teaching (no
#: study gives it). [assumption | degrees]
POSTURE_MAX_EXTRA_DEG = 25.0

#: Most sideways trunk lean when walking (soft limit, tanh): a plausibility bound chosen for
#: teaching. [assumption | degrees]
GAIT_MAX_LEAN_DEG = 15.0

#: Seating intervention: the sitting disc pressure with a supported (backrest, reclined) seat,
#: from the pain module (:data:`pain.SUPPORTED_SITTING_MPA`, its source and label there).
#: [assumption: nachemson1981, wilke1999 | MPa]
SUPPORTED_SITTING_MPA = float(getattr(pain, "SUPPORTED_SITTING_MPA", 0.27))

#: Share of sitting time spent leaning back against the backrest with the seating intervention
#: (desk work often means sitting forward, away from it). Calibrated, with the breaks below, so
#: that the full seating intervention lowers pain by about half a point in the example people,
#: the upper end of what sit-stand workstations achieved in pain-free workers (standardised mean
#: difference −0.23, about −0.3 to −0.5 points; Agarwal et al. 2018): an assumption, not a
#: measured share. [assumption: agarwal2018 | fraction of sitting time]
SEATING_SUPPORTED_SHARE = 0.2

#: Breaks make sitting less static: the static fraction of sitting with the seating intervention
#: (1 without it): 2-minute walking breaks every 40 minutes, as in a laboratory study where such
#: breaks briefly eased discomfort (De Carvalho & Callaghan 2023). [assumption: decarvalho2023 |
#: fraction of sitting time]
STATIC_SITTING_WITH_BREAKS = 1.0 - 2.0 / 40.0

#: Hours asleep (lying) each night: the pain module's default, a typical night.
#: [assumption | h]
SLEEP_HOURS = 8.0

#: Day-to-day variation of sitting (SD of sitting hours): a teaching choice. [assumption]
SITTING_SD_H = 1.0

#: Day-to-day variation of walking (SD of the logarithm of daily steps): a teaching choice.
#: [assumption | SD of log(steps)]
STEPS_LOG_SD = 0.3

#: Peak neck flexion of an everyday bend: the Lhermitte module's default, a teaching choice.
#: [assumption]
NECK_PEAK_DEG = 40.0

#: Pain on a day with each interferon side effect: teaching choices (the trial reports how often
#: each side effect occurs, not how much it hurts). [assumption: andersen2004 | pain points (0–10)]
SIDE_EFFECT_PAIN = {"flu-like symptoms": 3.0, "myalgia": 3.0, "headache": 2.0}

#: A rest period, as in the trials of advice to rest in bed for acute low back pain (Dahm et al.
#: 2010): on the first :attr:`Person.rest_days` days of a run the person lives a bed-rest-like
#: day, this many hours sitting (meals, washing) and this many steps, no standing or bending, the
#: rest of the day lying; then the person's usual day again. Teaching choices for "get up only to
#: eat and wash", not measured. [assumption: dahm2010 | h]
REST_DAY_SITTING_H = 1.0
#: Steps on a rest day (see :data:`REST_DAY_SITTING_H`). [assumption: dahm2010 | steps per day]
REST_DAY_STEPS = 300.0
#: Longest rest period a :class:`Person` may have (days): the trials advised rest in bed for a few
#: days; longer bed rest is outside what the model was checked against. [setting | days]
MAX_REST_DAYS = 14

#: Longest simulation allowed. [setting]
MAX_DAYS = 3650

# --------------------------------------------------------------------------- assumptions
#: Plausible range of each teaching assumption that a call may override (``params=`` of
#: :func:`simulate_many` and friends), with the reason for the range: for sensitivity analyses
#: (notebook 07). The defaults are the constants above. [setting]
ASSUMPTION_RANGES: dict[str, tuple[float, float, str]] = {
    "HEAT_GAIN_C_PER_C": (0.03, 0.1, "core warming of a few tenths of a degree to about 1 °C"),
    "HEAT_TO_MODEL_C_PER_C": (1.0, 6.0, "no source: 0.25–1 °C to block a lesion at severity 7"),
    "LESION_FIBRE_SHARE": (0.2, 0.6, "teaching choice: part, not all, of a muscle's drive"),
    "RELAPSE_SEVERITY": (0.5, 2.0, "teaching choice"),
    "DMD_RELAPSE_REDUCTION": (0.1, 0.5, "teaching choice for an interferon-like drug"),
    "INTERFERON_SPASTICITY_INCREASE": (0.0, 0.5, "size not reported (Walther & Hohlfeld 1999)"),
    "TRAINING_EFFECT": (0.5, 1.0, "teaching choice"),
    "TRAINING_STRENGTH_GAIN": (0.043, 0.27, "95% CI of Dalgas et al. 2009"),
    "TRAINING_SWAY_REDUCTION": (0.1, 0.5, "no source for degrees of sway (Gunn et al. 2015: SMD)"),
    "TRAINING_POSTURE_REDUCTION": (0.0, 0.3, "no source (walking: small, Snook & Motl 2009)"),
    "TRAINING_PAIN_MODULATION": (0.0, 0.3, "no source for the size of this route"),
    "DRUG_FUNCTIONAL_WEAKNESS_SCALE": (0.0, 3.0, "interpretation of reported weakness"),
    "SUPPORTED_SITTING_MPA": (0.1, 0.3, "reclined sitting 50–80% below standing (Nachemson)"),
    "SEATING_SUPPORTED_SHARE": (
        0.1,
        0.4,
        "no source: desk work leaves little time leaning back against the backrest",
    ),
    "STATIC_SITTING_WITH_BREAKS": (0.8, 1.0, "breaks of 0–20% of sitting time"),
    "POSTURE_DEG_PER_NM_SPASTICITY": (0.5, 4.0, "teaching choice"),
    "POSTURE_DEG_PER_DEG_SWAY": (10.0, 60.0, "teaching choice"),
    "STATIC_HOLD_MIN": (2.0, 15.0, "teaching choice"),
    "HEAT_FATIGUE_PER_C": (0.0, 2.0, "teaching choice"),
    "FATIGUE_PROTECTION_LOSS": (0.0, 4.0, "teaching choice"),
    "AVOIDANCE_PER_PAIN": (0.0, 0.06, "teaching choice"),
    "AVOIDANCE_PER_FEAR": (0.0, 0.06, "teaching choice"),
    "AVOIDANCE_PER_FATIGUE": (0.0, 0.4, "teaching choice"),
}

#: Names that ``params=`` may override.
TUNABLE_PARAMETERS = tuple(ASSUMPTION_RANGES)


def _params(params=None) -> dict[str, float]:
    """The assumption values for one call: the module constants, overridden by ``params``."""
    out = {name: float(globals()[name]) for name in TUNABLE_PARAMETERS}
    if params is None:
        return out
    if not isinstance(params, Mapping):
        raise TypeError(f"params must be a dict of assumption names to numbers (got {params!r})")
    for name, value in params.items():
        if name not in out:
            raise ValueError(
                f"params: {name!r} is not a tunable assumption; known: {', '.join(out)}"
            )
        out[name] = _check(name, value, -1e6, 1e6)
    return out


# --------------------------------------------------------------------------- the graph
#: Nodes of the chain map that this model leaves out, and why. They are taught in their lessons
#: (04 painful spasms, 05 sitting and seating, 06 steroids, bone and fracture, sensitisation,
#: mood, sleep and fatigue) but no published numbers tie them to the daily variables here, so the
#: model has no state for them and their edges are not wired. Sitting time itself is modelled, as
#: the daily input ``sitting_hours`` (a driver), not as a node.
OUTSIDE_MODEL: dict[str, str] = {
    "painful_spasms": "how often spasms hurt, and how much, is not measured day by day",
    "corticosteroids": "steroid courses for relapses are not simulated",
    "bone_loss": "bone density changes over years, beyond a one-year diary",
    "vertebral_fracture": "fractures are rare events the one-year model does not draw",
    "sensitisation": "no published model gives its size in numbers",
    "mood_sleep_fatigue": "they go with pain in surveys; the direction and size are not known",
    "sitting": "sitting hours are a daily input (driver), not a state of the chain",
}

#: Unit and healthy reference value of each node's daily variable. The reference is what a cause
#: is held at when its edge is switched off (``edges_off``), and the bottom of its scale on the
#: lit chain map (``None``: the person's own healthy value, computed).
NODE_UNITS: dict[str, tuple[str, str]] = {
    "relapse": ("relapse activity (1 at onset)", "0 = no relapse"),
    "demyelination": ("lesion severity f (× normal C and g_L)", "1 = healthy"),
    "cervical_lesion": ("cervical lesion severity (0–1)", "0 = none"),
    "heat": ("core body warming (°C)", "0"),
    "disrupted_signalling": ("fraction of motor spikes that fail", "0"),
    "sensory_delay": ("postural loop delay (ms)", "102 ms (control mean)"),
    "ectopic_firing": ("ectopic bursts per day", "0"),
    "weakness": (
        "fraction of back-extensor function lost (below 0: stronger than untrained)",
        "0",
    ),
    "muscle_fatigue": ("hip-extensor fatigue over a static hold (0–1)", "0"),
    "atrophy": ("back-extensor strength lost to disuse (%)", "0"),
    "spasticity": ("reflex torque at 90°/s (N·m)", "0"),
    "compensation": ("moment moved off the active lumbar extensors (N·m)", "0"),
    "overload": ("hip extensors' share of their maximum", "share with full strength"),
    "sway": ("sway SD (degrees)", "sway at 102 ms"),
    "gait": ("lateral trunk lean when walking (degrees)", "0"),
    "posture_change": ("extra trunk flexion (degrees)", "0"),
    "lumbar_load": ("mean disc pressure upright (MPa)", "same day, healthy posture"),
    "back_pain": ("evening back pain (0–10)", "0"),
    "lhermitte": ("Lhermitte episodes per day (inside spells)", "0"),
    "treatment_pain": ("treatment-related pain (0–10)", "0"),
    "fear_avoidance": ("pain-related fear (0–10)", "0"),
    "avoidance": ("fraction of activity avoided", "0"),
    "disuse": ("missing training stimulus (0–1)", "0"),
    "neck_flexion": ("neck flexions per day", "0"),
    "interferon": ("disease-modifying drug (0 off, 1 on)", "0"),
    "anti_spasticity_drug": ("drug effect (0–1)", "0"),
}

#: Documented plausible range of every node's daily value (low, high, unit, reason): people of the
#: plausible cohort (:data:`COHORT_RANGES`) and the example people (:data:`PEOPLE`) stay inside
#: them over a year (a test checks many random people). Ranges are plausibility bounds for
#: ambulatory people with moderate MS, chosen for teaching, not measured limits. [setting]
STATE_RANGES: dict[str, tuple[float, float, str, str]] = {
    "relapse": (0.0, 3.0, "relapse activity", "overlapping relapses are rare"),
    "demyelination": (1.0, 12.0, "× normal C and g_L", "the conduction model's range"),
    "cervical_lesion": (0.0, 1.0, "severity 0–1", "by definition"),
    "heat": (0.0, 1.5, "°C core warming", "lab exposures: tenths of a degree to about 1 °C"),
    "disrupted_signalling": (0.0, 0.6, "fraction of spikes", "part of the fibres run in a lesion"),
    "sensory_delay": (100.0, 260.0, "ms", "postural latencies: 102 ± 21 (controls), 161 ± 31 (MS)"),
    "ectopic_firing": (0.0, 40.0, "bursts per day", "a few a day inside a spell"),
    "weakness": (
        -0.3,
        0.7,
        "fraction of back-extensor strength lost",
        "people who still walk do not lose 80–90%; below 0: stronger after training",
    ),
    "muscle_fatigue": (0.0, 1.0, "fraction (0–1)", "by definition"),
    "atrophy": (
        0.0,
        20.0,
        "% of back-extensor strength",
        "a year as inactive as bed rest; back extensors lose about half of the knee's "
        "loss (12% vs 26% in 90 days of bed rest, Muir et al. 2011)",
    ),
    "spasticity": (0.0, 25.0, "N·m at 90°/s", "below the spasticity module's 'difficult' torque"),
    "compensation": (0.0, 120.0, "N·m moved off the lumbar extensors", "at most the demand"),
    "overload": (0.0, 0.6, "hip extensors' share of maximum", "static stance and leaning"),
    "sway": (0.2, 1.0, "degrees (SD)", "quiet-stance sway of the balance model"),
    "gait": (0.0, 15.0, "degrees of sideways lean", "soft limit GAIT_MAX_LEAN_DEG"),
    "posture_change": (0.0, 25.0, "degrees of extra flexion", "soft limit POSTURE_MAX_EXTRA_DEG"),
    "lumbar_load": (
        0.1,
        1.6,
        "MPa (mean, upright)",
        "below lifting 20 kg with bent knees, 1.7 MPa (Wilke et al. 1999)",
    ),
    "back_pain": (0.0, 10.0, "0–10", "the scale"),
    "lhermitte": (0.0, 40.0, "episodes per day", "a few a day inside a spell"),
    "treatment_pain": (0.0, 10.0, "0–10", "the scale"),
    "fear_avoidance": (0.0, 10.0, "0–10", "the scale"),
    "avoidance": (0.0, 1.0, "fraction of activity", "by definition"),
    "disuse": (0.0, 1.0, "fraction (0–1)", "by definition"),
    "neck_flexion": (0.0, 200.0, "flexions per day", "everyday neck bends"),
    "interferon": (0.0, 1.0, "0 off, 1 on", "by definition"),
    "anti_spasticity_drug": (0.0, 1.0, "drug effect 0–1", "by definition"),
}

#: How each edge of the graph enters the simulation (one sentence each; a test checks that the
#: keys are exactly the graph's edges).
EDGE_USE: dict[tuple[str, str], str] = {
    (
        "relapse",
        "demyelination",
    ): f"severity f = baseline + {RELAPSE_SEVERITY:g} × relapse activity",
    ("demyelination", "disrupted_signalling"): (
        "f sets the block temperature (conduction.block_probability) and the refractory period "
        "(conduction.refractory_factor, node chain) in signalling.delivered_fraction, in "
        f"{LESION_FIBRE_SHARE:.0%} of the fibres"
    ),
    ("heat", "disrupted_signalling"): (
        f"core warming × {HEAT_TO_MODEL_C_PER_C:g} (model_warming_C, calibrated) is the ΔT of "
        "conduction.block_probability"
    ),
    ("demyelination", "sensory_delay"): (
        "f slows sensory conduction (signalling.feedback_latency_ms)"
    ),
    ("disrupted_signalling", "weakness"): "spike failure in motor.max_force_fraction",
    ("disrupted_signalling", "spasticity"): (
        f"reflex torque × tanh(disruption / {DISRUPTION_REFERENCE:g}) (saturates)"
    ),
    (
        "heat",
        "muscle_fatigue",
    ): f"endurance time divided by (1 + {HEAT_FATIGUE_PER_C:g} per °C of warming)",
    ("weakness", "compensation"): (
        "back strength 1 − weakness in compensation.strategy_mix: moment moved off the active "
        "lumbar extensors (hip hinge, arm support, passive tissue)"
    ),
    (
        "weakness",
        "gait",
    ): f"abductor capacity (1 − weakness) × {ABDUCTOR_RESERVE:g} in gait.lean_needed_deg",
    ("compensation", "overload"): (
        "hip extensors' share of their maximum with the hinge (compensation.strategy_mix)"
    ),
    ("overload", "muscle_fatigue"): (
        "share of maximum in compensation.endurance_min (trunk pair, Frey-Law et al. 2012)"
    ),
    ("compensation", "posture_change"): (
        "extra lumbar flexion to load passive tissue (compensation.strategy_mix)"
    ),
    (
        "spasticity",
        "posture_change",
    ): f"{POSTURE_DEG_PER_NM_SPASTICITY:g}° of extra flexion per N·m of reflex torque",
    (
        "spasticity",
        "gait",
    ): f"{GAIT_DEG_PER_NM_SPASTICITY:g}° of extra lean per N·m of reflex torque",
    ("sensory_delay", "sway"): "loop delay in balance.sway_sd_vs_delay",
    (
        "sway",
        "posture_change",
    ): f"{POSTURE_DEG_PER_DEG_SWAY:g}° of extra flexion per degree of extra sway (guarding)",
    ("gait", "lumbar_load"): "walking pressure × gait.single_leg_stance compression ratio",
    ("posture_change", "lumbar_load"): "sitting/standing pressure × spine.l5s1_load ratio",
    ("lumbar_load", "back_pain"): "mean pressure in pain.daily_pain_update",
    ("muscle_fatigue", "back_pain"): (
        "adds to the pain model's fatigue and raises tissue strain by "
        f"{FATIGUE_PROTECTION_LOSS:g} × fatigue (pain.pain_from_state)"
    ),
    ("back_pain", "fear_avoidance"): (
        "fear = 10 tanh(catastrophising × pain / 10): the fear-avoidance model's fear, kept on 0–10"
    ),
    (
        "back_pain",
        "avoidance",
    ): f"{AVOIDANCE_PER_PAIN:g} of activity avoided per point of pain, the next day",
    (
        "muscle_fatigue",
        "avoidance",
    ): f"{AVOIDANCE_PER_FATIGUE:g} of activity avoided at full fatigue, the next day",
    ("fear_avoidance", "avoidance"): (
        f"{AVOIDANCE_PER_FEAR:g} × avoidance gain × (1 − pacing) per point of fear, the next day"
    ),
    ("avoidance", "disuse"): "disuse follows avoidance at the fear-avoidance model's rate",
    ("disuse", "atrophy"): "activity = 1 − disuse in disuse.disuse_step",
    ("atrophy", "weakness"): (
        "strength × (1 − back-extensor loss); back loses "
        f"{disuse.BACK_TO_KNEE_LOSS_RATIO:g} × the knee's (Muir et al. 2011)"
    ),
    ("cervical_lesion", "ectopic_firing"): "lesion severity in lhermitte.episodes_per_day",
    ("neck_flexion", "ectopic_firing"): "flexions per day in lhermitte.episodes_per_day",
    ("ectopic_firing", "lhermitte"): "each ectopic burst is felt as one episode",
    ("interferon", "relapse"): f"relapse rate × (1 − {DMD_RELAPSE_REDUCTION:g} × drug)",
    ("interferon", "treatment_pain"): (
        "side-effect days of medication.simulate_side_effects (option)"
    ),
    (
        "interferon",
        "spasticity",
    ): f"spasticity × {1 + INTERFERON_SPASTICITY_INCREASE:g} (option: interferon side effects)",
    ("anti_spasticity_drug", "spasticity"): "spasticity.stretch_resistance drug effect",
    ("anti_spasticity_drug", "weakness"): (
        "function × (1 − spasticity.functional_weakness): functional, not isometric"
    ),
}

_EDGES = {
    (e.cause, e.effect)
    for e in chain.EDGES
    if e.cause not in OUTSIDE_MODEL and e.effect not in OUTSIDE_MODEL
}
#: Edges of the chain map with a node outside the model: drawn and taught, not simulated.
EDGES_OUTSIDE_MODEL: tuple[tuple[str, str], ...] = tuple(
    (e.cause, e.effect) for e in chain.EDGES if (e.cause, e.effect) not in _EDGES
)


def _gates(edges_off) -> dict[tuple[str, str], float]:
    """1.0 for every edge that acts, 0.0 for the edges switched off (validated)."""
    if isinstance(edges_off, tuple) and len(edges_off) == 2 and isinstance(edges_off[0], str):
        edges_off = [edges_off]
    off = set()
    for item in edges_off or ():
        if not (isinstance(item, tuple | list) and len(item) == 2):
            raise TypeError(f"edges_off must hold (cause, effect) pairs (got {item!r})")
        pair = (str(item[0]), str(item[1]))
        if pair in EDGES_OUTSIDE_MODEL:
            raise ValueError(
                f"edges_off: {pair[0]!r} -> {pair[1]!r} is on the chain map but outside this "
                "model (see OUTSIDE_MODEL), so there is nothing to switch off"
            )
        if pair not in _EDGES:
            raise ValueError(
                f"edges_off: there is no edge {pair[0]!r} -> {pair[1]!r} in the chain graph "
                "(see chain.EDGES)"
            )
        off.add(pair)
    return {e: (0.0 if e in off else 1.0) for e in _EDGES}


# --------------------------------------------------------------------------- people
def _check(name: str, value, low: float, high: float, unit: str = "") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise TypeError(f"{name} must be a number (got {value!r})")
    v = float(value)
    if not (math.isfinite(v) and low <= v <= high):
        u = f" {unit}" if unit else ""
        raise ValueError(f"{name} must be between {low:g} and {high:g}{u} (got {value!r})")
    return v


#: Allowed range and unit of each numeric field of :class:`Person`.
PERSON_RANGES = {
    "lesion_severity": (1.0, 12.0, "× normal"),
    "sensory_involvement": (0.0, 1.0, ""),
    "cervical_lesion": (0.0, 1.0, ""),
    "heat_sensitivity": (0.0, 1.0, ""),
    "spasticity_gain": (0.0, 3.0, ""),
    "catastrophising": (0.0, 5.0, ""),
    "avoidance_gain": (0.0, 5.0, ""),
    "baseline_disuse": (0.0, 1.0, ""),
    "pain_sensitivity": (0.0, 5.0, ""),
    "body_mass_kg": (40.0, 150.0, "kg"),
    "habitual_flexion_deg": (0.0, 45.0, "degrees"),
    "sitting_hours": (0.0, 14.0, "h"),
    "standing_hours": (0.0, 8.0, "h"),
    "bending_hours": (0.0, 4.0, "h"),
    "steps": (0.0, 20000.0, "steps/day"),
    "relapse_rate_per_year": (0.0, 5.0, "per year"),
    "neck_flexions_per_day": (0.0, 500.0, "per day"),
    "rest_days": (0.0, float(MAX_REST_DAYS), "days"),
}


@dataclass(frozen=True)
class Person:
    """One simulated person with MS: lesion load and sites, sensitivities, habits.

    ``lesion_severity`` is the baseline severity f of the conduction model (1 = healthy) on the
    pathways to the trunk and hip muscles; ``sensory_involvement`` (0–1) how much of it slows
    the sensory (position-sense) pathways; ``cervical_lesion`` (0–1) the severity of a lesion in
    the neck part of the cord (Lhermitte module; 0 = none); ``heat_sensitivity`` (0–1);
    ``spasticity_gain`` (× the spasticity module's default reflex at 0.3 disruption);
    ``catastrophising`` and ``avoidance_gain`` the fear-avoidance gains c and a (module defaults
    1.2 and 1.0); ``baseline_disuse`` (0–1) habitual inactivity; ``pain_sensitivity`` the pain
    model's k; the rest are body and habits. All are simulation settings (assumptions), not
    measurements of anyone. ``has_lhermitte_sign``: ``None`` (default) draws whether the person
    has Lhermitte's sign at all from the probability given a cervical lesion
    (:func:`lhermitte.has_sign`); ``True``/``False`` sets it (for an example person).
    ``rest_days`` (default 0): a rest period at the start of the run, as advised in the bed-rest
    trials (Dahm et al. 2010): the first ``rest_days`` days are bed-rest-like
    (:data:`REST_DAY_SITTING_H`, :data:`REST_DAY_STEPS`, otherwise lying), with no training
    stimulus and all activity avoided; after them the person's usual day returns, and disuse
    follows avoidance back at the loop's usual rate. The steady start is the usual life.
    """

    label: str = "a simulated person"
    lesion_severity: float = 6.0
    sensory_involvement: float = 0.5
    cervical_lesion: float = 0.0
    heat_sensitivity: float = 0.5
    spasticity_gain: float = 0.5
    catastrophising: float = fear_avoidance.CATASTROPHISING
    avoidance_gain: float = fear_avoidance.AVOIDANCE
    baseline_disuse: float = 0.3
    pain_sensitivity: float = 1.0
    body_mass_kg: float = 70.0
    habitual_flexion_deg: float = 20.0
    sitting_hours: float = 8.0
    standing_hours: float = 3.0
    bending_hours: float = 0.5
    steps: float = 5000.0
    relapse_rate_per_year: float = 0.4
    neck_flexions_per_day: float = 10.0
    has_lhermitte_sign: bool | None = None
    rest_days: int = 0

    def __post_init__(self):
        if not isinstance(self.label, str):
            raise TypeError(f"label must be a string (got {self.label!r})")
        if self.has_lhermitte_sign not in (None, True, False):
            raise TypeError(
                f"has_lhermitte_sign must be None, True or False (got {self.has_lhermitte_sign!r})"
            )
        for name, (low, high, unit) in PERSON_RANGES.items():
            _check(name, getattr(self, name), low, high, unit)
        if float(self.rest_days) != int(self.rest_days):
            raise ValueError(f"rest_days must be a whole number of days (got {self.rest_days!r})")
        upright = self.sitting_hours + self.standing_hours + self.bending_hours
        if upright > 24.0 - SLEEP_HOURS - 1.0:
            raise ValueError(
                "sitting_hours + standing_hours + bending_hours must leave time for walking and "
                f"{SLEEP_HOURS:g} h of sleep: at most {23 - SLEEP_HOURS:g} h (got {upright:g})"
            )

    def but(self, **changes) -> Person:
        """A copy with some fields changed (validated), e.g. ``person.but(heat_sensitivity=0)``."""
        return replace(self, **changes)


#: Three example people whose back pain has different main drivers (simulation settings). They
#: are chosen among people who have back pain, so their pain sensitivity (1.5) is above the
#: default of 1.0, the pain module's own calibration (an assumption: pain sensitivity varies
#: widely between people, and a person without MS at the default has mild discomfort on an
#: ordinary day).
PEOPLE: dict[str, Person] = {
    "disuse": Person(
        label="A: pain kept going by disuse and fear",
        pain_sensitivity=1.5,
        lesion_severity=6.0,
        sensory_involvement=0.3,
        heat_sensitivity=0.0,
        spasticity_gain=0.3,
        catastrophising=2.2,
        avoidance_gain=1.2,
        baseline_disuse=0.3,
        habitual_flexion_deg=25.0,
    ),
    "heat": Person(
        label="B: heat-sensitive, lesion close to blocking",
        pain_sensitivity=1.5,
        lesion_severity=6.9,
        sensory_involvement=0.3,
        heat_sensitivity=1.0,
        spasticity_gain=0.5,
        catastrophising=1.0,
        baseline_disuse=0.2,
    ),
    "cervical": Person(
        label="C: cervical lesion, spasticity and slow feedback",
        pain_sensitivity=1.5,
        lesion_severity=6.3,
        sensory_involvement=1.0,
        cervical_lesion=0.4,
        heat_sensitivity=0.3,
        spasticity_gain=3.0,
        catastrophising=1.0,
        baseline_disuse=0.25,
        has_lhermitte_sign=True,
    ),
}


#: A plausible cohort of ambulatory people with MS for prevalences and plausibility checks
#: (:func:`random_people` draws each field uniformly in its range). Simulation settings, chosen for
#: teaching: lesion severity stays below the conduction model's block at body temperature
#: (about 7.6), so everyone still walks; relapse rates within 0–0.5 a year (a teaching range);
#: habits around the step counts of ambulatory people with MS (Motl et al. 2013: 5,903 ± 3,185
#: steps a day). ``cervical_lesion`` is 0 for a share 1 − :data:`COHORT_CERVICAL_LESION_SHARE` of
#: people and uniform in its range for the rest. [setting]
COHORT_RANGES: dict[str, tuple[float, float]] = {
    "lesion_severity": (1.0, 7.5),
    "sensory_involvement": (0.0, 1.0),
    "cervical_lesion": (0.2, 1.0),
    "heat_sensitivity": (0.0, 1.0),
    "spasticity_gain": (0.0, 3.0),
    "catastrophising": (0.0, 3.0),
    "avoidance_gain": (0.0, 2.0),
    "baseline_disuse": (0.0, 0.6),
    "pain_sensitivity": (0.3, 2.0),
    "body_mass_kg": (50.0, 110.0),
    "habitual_flexion_deg": (5.0, 30.0),
    "sitting_hours": (4.0, 10.0),
    "standing_hours": (0.5, 3.5),
    "bending_hours": (0.0, 1.0),
    "steps": (1000.0, 12000.0),
    "relapse_rate_per_year": (0.0, 0.5),
    "neck_flexions_per_day": (0.0, 30.0),
}

#: Share of the cohort with a visible cervical cord lesion, from the Lhermitte module's numbers:
#: P(sign) × P(lesion | sign) + (1 − P(sign)) × P(lesion | no sign) (pooled prevalence 16%, Foley
#: et al. 2013; MRI shares of Al-Araji & Oger 2005), about 0.59. [derived: foley2013, alaraji2005
#: | fraction]
COHORT_CERVICAL_LESION_SHARE = (
    lhermitte.P_SIGN * lhermitte.P_LESION_GIVEN_SIGN
    + (1.0 - lhermitte.P_SIGN) * lhermitte.P_LESION_GIVEN_NO_SIGN
)


def random_people(n: int, seed: int = 0, ranges: Mapping | None = None) -> list[Person]:
    """``n`` random people of the plausible cohort (:data:`COHORT_RANGES`), reproducible by seed.

    ``ranges`` may override some fields' (low, high). Each field is uniform in its range;
    a cervical lesion is present in :data:`COHORT_CERVICAL_LESION_SHARE` of people.
    """
    n = int(_check("n", n, 1, 100_000))
    rng = np.random.default_rng(_seed(seed))
    box = {**COHORT_RANGES, **dict(ranges or {})}
    unknown = sorted(set(box) - set(PERSON_RANGES))
    if unknown:
        raise ValueError(f"ranges: unknown fields {unknown}")
    draws = {k: rng.uniform(lo, hi, n) for k, (lo, hi) in box.items()}
    lesion = rng.random(n) < COHORT_CERVICAL_LESION_SHARE
    draws["cervical_lesion"] = np.where(lesion, draws["cervical_lesion"], 0.0)
    return [
        Person(label=f"cohort person {i}", **{k: float(v[i]) for k, v in draws.items()})
        for i in range(n)
    ]


def person(which: str | Person) -> Person:
    """A :class:`Person`, or the example in :data:`PEOPLE` with that key."""
    if isinstance(which, Person):
        return which
    if isinstance(which, str) and which in PEOPLE:
        return PEOPLE[which]
    raise ValueError(f"person must be a Person or one of {sorted(PEOPLE)} (got {which!r})")


# --------------------------------------------------------------------------- interventions
@dataclass(frozen=True)
class Intervention:
    """Where an intervention acts in the graph, in words."""

    name: str
    label: str
    acts_on: tuple[str, ...]
    how: str


#: The interventions, each acting at one node (or one edge) of the graph.
INTERVENTIONS: dict[str, Intervention] = {
    "cooling": Intervention(
        "cooling",
        "cooling on hot days",
        ("heat",),
        "removes this fraction of the warming on warm days",
    ),
    "training": Intervention(
        "training",
        "strength and endurance training (physiotherapy)",
        ("disuse", "weakness", "sway", "posture_change", "gait", "back_pain"),
        f"builds up over weeks (time constant {TRAINING_BUILDUP_DAYS:g} days): strength × "
        f"(1 + {TRAINING_STRENGTH_GAIN:g}), replaces {TRAINING_EFFECT:.0%} of the missing "
        f"training stimulus, removes {TRAINING_SWAY_REDUCTION:.0%} of the extra sway and "
        f"{TRAINING_POSTURE_REDUCTION:.0%} of the extra flexion and lean, pain sensitivity × "
        f"(1 − {TRAINING_PAIN_MODULATION:g})",
    ),
    "anti_spasticity": Intervention(
        "anti_spasticity",
        "anti-spasticity drug",
        ("anti_spasticity_drug",),
        f"drug effect d: reflex gain × (1 − {spasticity.DRUG_REFLEX_REDUCTION:g} d); function × "
        f"(1 − {spasticity.DRUG_FUNCTIONAL_WEAKNESS:g} d) (functional weakness, an "
        "interpretation; measured isometric strength unchanged)",
    ),
    "seating": Intervention(
        "seating",
        "supported seating and breaks from sitting",
        ("lumbar_load",),
        f"sitting pressure {spine.WILKE_1999_MPA['sitting unsupported']:.2f} → "
        f"{SUPPORTED_SITTING_MPA:.2f} MPa (sitting against a backrest, an assumption from "
        f"Nachemson 1981) for {SEATING_SUPPORTED_SHARE:.0%} of sitting time; static fraction of "
        f"sitting 1 → {STATIC_SITTING_WITH_BREAKS:g}",
    ),
    "pacing": Intervention(
        "pacing",
        "pacing and graded activity",
        ("fear_avoidance", "avoidance"),
        "exposure x: the fear → avoidance gain × (1 − x)",
    ),
    "dmd": Intervention(
        "dmd",
        "disease-modifying drug",
        ("interferon",),
        f"relapse rate × {1 - DMD_RELAPSE_REDUCTION:g}; with side effects on, interferon-like "
        "aches and more spasticity",
    ),
}


@dataclass(frozen=True)
class Interventions:
    """Intervention doses (0–1; ``dmd`` and ``dmd_side_effects`` on or off).

    Each acts at one node or edge of the graph (:data:`INTERVENTIONS`). Simulation settings, not
    doses or advice: 1 means "the full effect this teaching model allows".
    """

    cooling: float = 0.0
    training: float = 0.0
    anti_spasticity: float = 0.0
    seating: float = 0.0
    pacing: float = 0.0
    dmd: bool = False
    dmd_side_effects: bool = False

    def __post_init__(self):
        for f in ("cooling", "training", "anti_spasticity", "seating", "pacing"):
            _check(f, getattr(self, f), 0.0, 1.0, "(0 = none, 1 = full)")
        for f in ("dmd", "dmd_side_effects"):
            value = getattr(self, f)
            if not isinstance(value, bool | np.bool_):
                raise TypeError(f"{f} must be True or False (got {value!r})")
        if self.dmd_side_effects and not self.dmd:
            raise ValueError("dmd_side_effects=True needs dmd=True (side effects of which drug?)")

    @property
    def active(self) -> list[str]:
        """Names of the interventions that are switched on."""
        return [n for n in INTERVENTIONS if getattr(self, n)]


NONE = Interventions()


def interventions(value=None) -> Interventions:
    """An :class:`Interventions` from ``None``, an instance, a dict or an iterable of names."""
    if value is None:
        return NONE
    if isinstance(value, Interventions):
        return value
    if isinstance(value, Mapping):
        known = {f.name for f in fields(Interventions)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown interventions {unknown}; known: {sorted(known)}")
        return Interventions(**value)
    if isinstance(value, str):
        value = [value]
    if isinstance(value, Iterable):
        names = list(value)
        unknown = sorted(set(names) - set(INTERVENTIONS))
        if unknown:
            raise ValueError(f"unknown interventions {unknown}; known: {list(INTERVENTIONS)}")
        return Interventions(**{n: (True if n == "dmd" else 1.0) for n in names})
    raise TypeError(f"interventions must be None, a dict or a list of names (got {value!r})")


# --------------------------------------------------------------------------- tables
# Link functions evaluated once on fine grids (they check their arguments on every call, which
# costs more than the arithmetic on a day-by-day path). A test compares each with its function.
#: Lowest weakness on the tables: training can make a person stronger than the untrained healthy
#: reference (weakness below 0). [setting | fraction]
W_MIN = -0.3
_W_GRID = np.linspace(W_MIN, 1.0, int(round((1.0 - W_MIN) * 1000)) + 1)
_W_ZERO = int(round(-W_MIN * 1000))  # index of weakness 0


@cache
def _force_table():
    """Maximum force fraction vs spike failure fraction (motor.max_force_fraction)."""
    phi = np.linspace(0.0, 0.999, 1000)
    return phi, motor.max_force_fraction(phi)


@cache
def _sway_table():
    """Sway SD (degrees) vs loop delay (s) up to the cap (balance.sway_sd_vs_delay)."""
    cap = MAX_DELAY_FRACTION * balance.critical_delay()
    delays = np.linspace(0.0, cap, 160)
    return delays, balance.sway_sd_vs_delay(delays)


@cache
def _lean_weakness_table():
    """Sideways trunk lean when walking vs weakness (gait module; hip-abductor reserve)."""
    w = np.maximum(_W_GRID, 0.0)
    return gait.lean_needed_deg(np.minimum(1.0, ABDUCTOR_RESERVE * (1.0 - w)))


#: Grid of L5/S1 extensor moments (N·m) on which the compensation strategies are tabulated once:
#: every person's demand (body mass and habitual flexion within :data:`PERSON_RANGES`) lies on
#: it; a person's table is interpolated between the two nearest rows. [setting | N·m]
DEMAND_GRID_STEP_NM = 0.5


@cache
def _strategy_base():
    """compensation.strategy_mix on (demand grid × weakness grid): the moment moved off the
    active lumbar extensors, the hip extensors' share of their maximum with and without the
    change of strategy, and the extra lumbar flexion (all gates on)."""
    hi = float(compensation.task_moments_Nm(PERSON_RANGES["body_mass_kg"][1], 90.0)[0])
    demand = np.arange(0.0, hi + DEMAND_GRID_STEP_NM, DEMAND_GRID_STEP_NM)
    strength = np.clip(1.0 - _W_GRID, 0.0, 1.0)
    mix = compensation.strategy_mix(demand[:, None], strength[None, :])
    unchanged = compensation.strategy_mix(demand, 1.0).hip_relative_load
    return demand, mix.shifted_Nm, mix.hip_relative_load, unchanged, mix.extra_flexion_deg


def _strategy_tables(demand_Nm, g):
    """Per person (rows) and weakness (columns, :data:`_W_GRID`): the moment moved off the active
    lumbar extensors, the hip extensors' share of their maximum, and the extra lumbar flexion
    needed to load passive tissue (compensation.strategy_mix, two joints), interpolated in the
    person's demand between rows of :func:`_strategy_base`."""
    grid, shifted_t, hip_t, unchanged_t, flexion_t = _strategy_base()
    x = np.clip(np.asarray(demand_Nm, dtype=float) / DEMAND_GRID_STEP_NM, 0.0, grid.size - 1.0)
    i = np.minimum(x.astype(np.intp), grid.size - 2)
    f = (x - i)[:, None]

    def rows(table):
        return table[i] + f * (table[i + 1] - table[i])

    shifted, hip_mix, flexion = rows(shifted_t), rows(hip_t), rows(flexion_t)
    unchanged = (unchanged_t[i] + f[:, 0] * (unchanged_t[i + 1] - unchanged_t[i]))[:, None]
    if not g["weakness", "compensation"]:  # weakness does not reach the strategies: as healthy
        shifted, hip_mix, flexion = (
            np.repeat(t[:, _W_ZERO : _W_ZERO + 1], _W_GRID.size, 1)
            for t in (shifted, hip_mix, flexion)
        )
    hip = unchanged + g["compensation", "overload"] * (hip_mix - unchanged)
    return shifted, hip, g["compensation", "posture_change"] * flexion


#: Gates of the edges that shape the tables of weakness (:func:`_weakness_tables`).
_WEAKNESS_GATES = (
    ("weakness", "compensation"),
    ("compensation", "overload"),
    ("compensation", "posture_change"),
    ("overload", "muscle_fatigue"),
)


@cache
def _weakness_tables(key):
    """Moment moved off the lumbar extensors, hip extensors' share of maximum, extra flexion and
    1 / endurance time (per minute) of the hip extensors at that share, on (demand grid ×
    weakness grid), for the gates ``key`` (values of :data:`_WEAKNESS_GATES`)."""
    g = dict(zip(_WEAKNESS_GATES, key, strict=True))
    grid = _strategy_base()[0]
    comp, over, flex = _strategy_tables(grid, g)
    healthy = over[:, _W_ZERO : _W_ZERO + 1]
    felt = healthy + g["overload", "muscle_fatigue"] * (over - healthy)
    f_grid, inv_et = _endurance_table()
    rate = np.interp(felt, f_grid, inv_et)
    for t in (comp, over, flex, rate):
        t.flags.writeable = False
    return comp, over, flex, rate


@cache
def _endurance_table():
    """1 / endurance time (per minute) vs share of maximum, hip extensors (trunk pair of Frey-Law
    et al. 2012 via compensation.endurance_min)."""
    f = np.linspace(0.0, 0.99, 1981)
    et = compensation.endurance_min(np.maximum(f, 1e-6), place="hip")
    return f, np.where(np.isfinite(et) & (et > 0), 1.0 / np.maximum(et, 1e-12), 0.0)


@cache
def _flexion_table():
    """L5/S1 compression (N, 70 kg) vs trunk flexion (spine.l5s1_load); scales with mass."""
    angle = np.linspace(-30.0, 120.0, 1501)
    return angle, spine.l5s1_load(70.0, angle).compression_N


@cache
def _lean_table():
    """Single-leg-stance L5/S1 compression relative to no lean (gait.single_leg_stance)."""
    lean = np.linspace(-10.0, 40.0, 501)
    c = gait.single_leg_stance(70.0, lean).compression_N
    return lean, c / gait.single_leg_stance(70.0, 0.0).compression_N


_L_STEP, _L_MAX = 0.2, 60.0
_U_STEP = 0.02


@cache
def _disuse_table():
    """Strength loss (%) after one day vs (loss now, 1 − activity) (disuse.disuse_step)."""
    loss = np.arange(0.0, _L_MAX + _L_STEP / 2, _L_STEP)
    u = np.arange(0.0, 1.0 + _U_STEP / 2, _U_STEP)
    grid_l, grid_u = np.meshgrid(loss, u, indexing="ij")
    _, after = disuse.disuse_step(np.zeros_like(grid_l), grid_l, 1.0 - grid_u, dt_days=1.0)
    return np.ascontiguousarray(np.minimum(after, _L_MAX))


@cache
def _disuse_table_list() -> list:
    return _disuse_table().ravel().tolist()


@cache
def _disuse_year_table():
    """Strength loss (%) after a year at constant activity (disuse.strength_after_disuse)."""
    u = np.arange(0.0, 1.0 + _U_STEP / 2, _U_STEP)
    return u, 100.0 * (1.0 - disuse.strength_after_disuse(365.0, 1.0 - u))


# --------------------------------------------------------------------------- random drivers
@dataclass(frozen=True)
class _Draws:
    """Everything random about one simulated year, drawn from the seed alone."""

    temperature_C: np.ndarray
    relapse_u: np.ndarray
    sitting_z: np.ndarray
    steps_z: np.ndarray
    neck_u: np.ndarray
    lhermitte_seed: np.random.SeedSequence
    side_effect_seed: np.random.SeedSequence


def _seed(seed) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise TypeError(f"seed must be a whole number ≥ 0 (got {seed!r})")
    return int(seed)


@cache
def _draws(seed: int, days: int, start_day_of_year: int) -> _Draws:
    streams = np.random.SeedSequence(seed).spawn(7)
    rng = [np.random.default_rng(s) for s in streams[:5]]
    doy = start_day_of_year + np.arange(days)
    seasonal = CLIMATE_MEAN_C + CLIMATE_AMPLITUDE_C * np.cos(
        2 * np.pi * (doy - WARMEST_DAY_OF_YEAR) / 365.25
    )
    shocks = rng[0].normal(0.0, WEATHER_SD_C, days)
    weather = np.empty(days)
    level = shocks[0] / math.sqrt(1.0 - WEATHER_PERSISTENCE**2)
    for t in range(days):
        level = WEATHER_PERSISTENCE * level + shocks[t] if t else level
        weather[t] = level
    out = _Draws(
        temperature_C=seasonal + weather,
        relapse_u=rng[1].random(days),
        sitting_z=rng[2].normal(size=days),
        steps_z=rng[3].normal(size=days),
        neck_u=rng[4].random(days),
        lhermitte_seed=streams[5],
        side_effect_seed=streams[6],
    )
    for a in (out.temperature_C, out.relapse_u, out.sitting_z, out.steps_z, out.neck_u):
        a.flags.writeable = False
    return out


def _poisson_from_uniform(u, mean):
    """Poisson(mean) counts by inversion of the uniforms u (same u, same rank: coupled draws):
    the count is the number of k with u > CDF(k). ``mean``: one value per row of ``u`` (column
    (n, 1)) or one per element."""
    u = np.asarray(u, dtype=float)
    mean = np.broadcast_to(np.asarray(mean, dtype=float), u.shape[:-1] + (1,))
    m = np.maximum(mean[..., 0], 1e-300)
    k_max = int(np.ceil(np.max(m) + 10.0 * np.sqrt(np.max(m) + 1.0))) + 1
    k = np.arange(k_max + 1)
    log_pmf = k * np.log(m[..., None]) - m[..., None] - np.cumsum(np.log(np.maximum(k, 1)))
    cdf = np.minimum(np.cumsum(np.exp(log_pmf), axis=-1), 1.0)  # (rows, k)
    # one sorted search for all rows: row r's CDF is shifted by 2r, its uniforms too
    shift = 2.0 * np.arange(cdf.shape[0])
    flat = (cdf + shift[:, None]).ravel()
    where = np.searchsorted(flat, (u + shift[:, None]).ravel(), side="left")
    counts = where.reshape(u.shape) - (k_max + 1) * np.arange(cdf.shape[0])[:, None]
    return np.where(mean > 0, counts, 0).astype(float)


# --------------------------------------------------------------------------- simulation
_FLOAT_FIELDS = ("cooling", "training", "anti_spasticity", "seating", "pacing")


def model_warming_C(body_warming_C, params=None):
    """Warming fed into the conduction model (°C on its squid scale) for a human core warming.

    ``HEAT_TO_MODEL_C_PER_C`` × body warming: an explicit, calibrated mapping (see the constant),
    because the conduction model's degrees are not the body's. Vectorised.
    """
    k = _params(params)["HEAT_TO_MODEL_C_PER_C"]
    return k * np.asarray(body_warming_C, dtype=float)


def _drug_functional_weakness(drug_effect, scale: float):
    """Functional (not isometric) weakness of the anti-spasticity drug, from the spasticity
    module when it provides it; fraction of function lost."""
    fn = getattr(spasticity, "functional_weakness", None)
    d = np.asarray(drug_effect, dtype=float)
    if fn is None:  # the link module's API has not landed: no functional weakness
        return np.zeros_like(d)
    return scale * np.asarray(fn(d), dtype=float)


def _training_level(dose, days: int) -> np.ndarray:
    """Training's built-up effect (0–1) on each day from the dose given each day (n, days):
    level_t = a level_(t−1) + (1 − a) dose_t with a = exp(−1/TRAINING_BUILDUP_DAYS), from 0
    before day 0, so a constant dose d from day 0 gives d (1 − exp(−(t + 1)/τ)); the effect fades
    the same way when training stops."""
    a = math.exp(-1.0 / TRAINING_BUILDUP_DAYS)
    d = np.broadcast_to(np.asarray(dose, dtype=float), (len(dose), days))
    return lfilter([1.0 - a], [1.0, -a], d, axis=1)


def _sign(who: Person, rng: np.random.Generator) -> bool:
    """Whether ``who`` has Lhermitte's sign at all: drawn from the probability given a cervical
    lesion (first draw of the person's Lhermitte stream, made even when the sign is set)."""
    u = rng.random()
    if who.has_lhermitte_sign is not None:
        return who.has_lhermitte_sign
    return bool(lhermitte.has_sign(np.array(who.cervical_lesion > 0), np.array(u)))


def lhermitte_signs(people: Sequence, seeds) -> np.ndarray:
    """Whether each simulated person (with the seed of their run) has Lhermitte's sign at all,
    as :func:`simulate_many` draws it (bool array). Having it means spells of episodes; a year
    may pass without one."""
    people = [person(p) for p in people]
    if isinstance(seeds, int | np.integer) and not isinstance(seeds, bool):
        seeds = [seeds] * len(people)
    seeds = [_seed(s) for s in seeds]
    if len(seeds) != len(people):
        raise ValueError(f"seeds must hold one seed per person ({len(people)}), got {len(seeds)}")
    out = []
    for who, seed in zip(people, seeds, strict=True):
        stream = np.random.SeedSequence(seed).spawn(7)[5]
        out.append(_sign(who, np.random.default_rng(stream)))
    return np.array(out, dtype=bool)


def _pad(x: np.ndarray) -> np.ndarray:
    """(n, days) -> (n, days + 1): day 0 appended at the end (the steady start's day)."""
    return np.concatenate([x, x[:, :1]], axis=1)


def _activities(par, dose, P, sitting_z, steps_z, resting) -> dict[str, np.ndarray]:
    """The day's activities (habits and chance; bed-rest-like where ``resting``) and the disc
    pressure-hours of each (pain.daily_dose, Wilke et al. 1999), arrays (n, days)."""
    steps = par["steps"] * np.exp(STEPS_LOG_SD * steps_z - STEPS_LOG_SD**2 / 2)
    steps = np.where(resting, REST_DAY_STEPS, np.minimum(steps, 60000.0))
    walk = pain.daily_dose(0.0, 0.0, steps)
    other = pain.daily_dose(
        0.0,
        np.where(resting, 0.0, par["standing_hours"]),
        0.0,
        np.where(resting, 0.0, par["bending_hours"]),
    )
    room = 24.0 - SLEEP_HOURS - walk["upright_hours"] - other["upright_hours"]
    usual_sitting = np.where(
        resting, REST_DAY_SITTING_H, par["sitting_hours"] + SITTING_SD_H * sitting_z
    )
    sit_hours = np.clip(usual_sitting, 0.0, np.maximum(room - 1e-9, 0.0))
    sit = pain.daily_dose(sit_hours)
    seat = dose["seating"][:, : sit_hours.shape[1]]
    sit_pressure = sit["mean_pressure_MPa"] + seat * P["SEATING_SUPPORTED_SHARE"] * (
        P["SUPPORTED_SITTING_MPA"] - sit["mean_pressure_MPa"]
    )
    sit_static = sit["static_fraction"] - seat * (
        sit["static_fraction"] - P["STATIC_SITTING_WITH_BREAKS"]
    )
    hours = sit_hours + other["upright_hours"] + walk["upright_hours"]
    other_mpa_h = other["upright_hours"] * other["mean_pressure_MPa"]
    other_static_h = other["upright_hours"] * other["static_fraction"]
    walk_static_h = walk["upright_hours"] * walk["static_fraction"]
    return {
        "sitting_hours": sit_hours,
        "steps": steps,
        "upright_hours": hours,
        # pressure-hours that posture scales (sitting, standing, bending) and that gait scales
        # (walking), with and without the seating intervention
        "posture_mpa_h": sit_hours * sit_pressure + other_mpa_h,
        "posture_mpa_h0": sit_hours * sit["mean_pressure_MPa"] + other_mpa_h,
        "walk_mpa_h": walk["upright_hours"] * walk["mean_pressure_MPa"],
        "static_fraction": (sit_hours * sit_static + other_static_h + walk_static_h) / hours,
        "static0": (sit_hours * sit["static_fraction"] + other_static_h + walk_static_h) / hours,
    }


# --------------------------------------------------------------------------- array inputs
@dataclass(frozen=True)
class DailyInputs:
    """The daily inputs of a run that do not depend on the chain, each an array (people × days).

    ``temperature_C`` air temperature (°C, daily mean); ``relapse_u`` uniforms (a relapse starts
    when u < 1 − exp(−rate/365.25)); ``sitting_z``, ``steps_z`` standard normals (the day's
    deviation from the habit, :data:`SITTING_SD_H` hours and :data:`STEPS_LOG_SD` of log steps per
    unit); ``neck_u`` uniforms for the day's neck flexions (Poisson by inversion);
    ``lhermitte_spell`` (bool) the day is inside a spell of Lhermitte's sign
    (:func:`lhermitte.spell_days`); ``ectopic_u`` uniforms for the day's episode count (binomial
    by inversion); ``treatment_pain`` pain (0–10) from a disease-modifying drug's side effects
    that day. Uniforms and normals are inverted, not drawn inside the model, so two runs with the
    same inputs and one change differ only by that change (a counterfactual).
    """

    temperature_C: np.ndarray
    relapse_u: np.ndarray
    sitting_z: np.ndarray
    steps_z: np.ndarray
    neck_u: np.ndarray
    lhermitte_spell: np.ndarray
    ectopic_u: np.ndarray
    treatment_pain: np.ndarray

    def __post_init__(self):
        shape = np.shape(self.temperature_C)
        if len(shape) != 2:
            raise ValueError(f"temperature_C must be an array (people × days), got shape {shape}")
        for f in fields(self):
            a = np.asarray(getattr(self, f.name))
            if a.shape != shape:
                raise ValueError(f"{f.name} must have shape {shape} (got {a.shape})")
            if a.dtype != bool and not np.all(np.isfinite(a)):
                raise ValueError(f"{f.name} holds values that are not finite numbers")
        for name in ("relapse_u", "neck_u", "ectopic_u"):
            a = getattr(self, name)
            if a.size and (a.min() < 0.0 or a.max() >= 1.0):
                raise ValueError(f"{name} must hold uniforms in [0, 1)")
        tp = np.asarray(self.treatment_pain)
        if tp.size and (tp.min() < 0.0 or tp.max() > 10.0):
            raise ValueError("treatment_pain must be between 0 and 10 (a 0–10 pain scale)")

    def rows(self, sl) -> DailyInputs:
        """The inputs of some people (a slice or index array of rows)."""
        return DailyInputs(*(np.asarray(getattr(self, f.name))[sl] for f in fields(self)))


#: Fields of :class:`Person` that the array API takes as traits (``rest_days`` is optional).
TRAIT_FIELDS = tuple(PERSON_RANGES)


def _traits(traits: Mapping) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Validated trait arrays (n, 1) and the Lhermitte sign (n,), from a dict of arrays."""
    if not isinstance(traits, Mapping):
        raise TypeError("traits must be a dict of field name -> array of one value per person")
    unknown = sorted(set(traits) - set(TRAIT_FIELDS) - {"has_lhermitte_sign"})
    if unknown:
        raise ValueError(f"traits: unknown fields {unknown}; known: {', '.join(TRAIT_FIELDS)}")
    missing = [k for k in TRAIT_FIELDS if k not in traits and k != "rest_days"]
    if missing or "has_lhermitte_sign" not in traits:
        raise ValueError(f"traits: missing fields {missing + ['has_lhermitte_sign']}")
    n = np.size(traits["lesion_severity"])
    par = {}
    for name in TRAIT_FIELDS:
        try:
            a = np.asarray(traits.get(name, np.zeros(n)), dtype=float).reshape(-1)
        except (TypeError, ValueError):
            raise TypeError(f"traits: {name} must hold numbers, one per person") from None
        if a.size != n:
            raise ValueError(f"traits: {name} has {a.size} values for {n} people")
        low, high, unit = PERSON_RANGES[name]
        bad = ~np.isfinite(a) | (a < low) | (a > high)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"traits: {name} must be between {low:g} and {high:g} {unit} "
                f"(person {i} has {a[i]!r})".replace("  ", " ")
            )
        par[name] = a[:, None]
    sign = np.asarray(traits["has_lhermitte_sign"]).reshape(-1)
    if sign.dtype != bool or sign.size != n:
        raise ValueError(f"traits: has_lhermitte_sign must be {n} booleans")
    return par, sign


#: Intervention doses of the array API and their allowed range. [setting]
DOSE_RANGES = {
    "cooling": (0.0, 1.0),
    "training": (0.0, 1.0),
    "anti_spasticity": (0.0, 1.0),
    "seating": (0.0, 1.0),
    "pacing": (0.0, 1.0),
    "dmd": (0.0, 1.0),
    "dmd_relapse_reduction": (0.0, 1.0),
    "interferon_spasticity": (0.0, 1.0),
}


def _doses(doses, n: int, days: int, P) -> dict[str, np.ndarray]:
    """Validated doses: every name of :data:`DOSE_RANGES` as an array (n, days) (pacing,
    dmd_relapse_reduction: (n, 1))."""
    doses = dict(doses or {})
    unknown = sorted(set(doses) - set(DOSE_RANGES))
    if unknown:
        raise ValueError(f"doses: unknown names {unknown}; known: {', '.join(DOSE_RANGES)}")
    out = {}
    for name, (low, high) in DOSE_RANGES.items():
        default = P["DMD_RELAPSE_REDUCTION"] if name == "dmd_relapse_reduction" else 0.0
        a = np.asarray(doses.get(name, default), dtype=float)
        if a.ndim == 1:
            a = a[:, None]
        try:
            a = np.broadcast_to(a, (n, days) if a.ndim == 2 and a.shape[1] == days else (n, 1))
        except ValueError:
            raise ValueError(
                f"doses: {name} must be one value, one per person ({n}) or an array "
                f"(people × days) = ({n}, {days}); got shape {np.shape(doses[name])}"
            ) from None
        if np.any(~np.isfinite(a) | (a < low) | (a > high)):
            raise ValueError(f"doses: {name} must be between {low:g} and {high:g}")
        out[name] = a
    for name in ("pacing", "dmd_relapse_reduction"):
        if out[name].shape[1] != 1:
            raise ValueError(f"doses: {name} must be one value per person, not one per day")
    return out


def _people_inputs(people, ivs, draws, days, g):
    """Traits, doses and daily inputs of :func:`simulate_many`'s people, from their seeds'
    draws (each person's Lhermitte and side-effect streams, as drawn for one person)."""
    traits = {k: np.array([float(getattr(p, k)) for p in people]) for k in PERSON_RANGES}
    spells = np.zeros((len(people), days), dtype=bool)
    ectopic_u = np.zeros((len(people), days))
    treatment = np.zeros((len(people), days))
    signs = np.zeros(len(people), dtype=bool)
    for i, d in enumerate(draws):
        rng = np.random.default_rng(d.lhermitte_seed)
        lesion = g["cervical_lesion", "ectopic_firing"] * people[i].cervical_lesion
        signs[i] = _sign(people[i].but(cervical_lesion=float(lesion)), rng)
        spells[i] = np.asarray(lhermitte.spell_days(days, np.array([signs[i]]), rng)).reshape(-1)
        ectopic_u[i] = rng.random(days)
        if ivs[i].dmd_side_effects:
            days_with = medication.simulate_side_effects(
                "interferon beta-1a", n_days=days, seed=np.random.default_rng(d.side_effect_seed)
            )
            weights = np.array([SIDE_EFFECT_PAIN.get(e, 0.0) for e in days_with.effects])
            treatment[i] = np.minimum(10.0, days_with.symptom[0] @ weights)
    traits["has_lhermitte_sign"] = signs
    doses = {k: np.array([float(getattr(iv, k)) for iv in ivs]) for k in _FLOAT_FIELDS}
    doses["dmd"] = np.array([float(iv.dmd) for iv in ivs])
    doses["interferon_spasticity"] = np.array([float(iv.dmd_side_effects) for iv in ivs])
    inputs = DailyInputs(
        temperature_C=np.stack([d.temperature_C for d in draws]),
        relapse_u=np.stack([d.relapse_u for d in draws]),
        sitting_z=np.stack([d.sitting_z for d in draws]),
        steps_z=np.stack([d.steps_z for d in draws]),
        neck_u=np.stack([d.neck_u for d in draws]),
        lhermitte_spell=spells,
        ectopic_u=ectopic_u,
        treatment_pain=treatment,
    )
    return traits, inputs, doses


def daily_inputs(traits: Mapping, temperature_C, rng, treatment_pain=None) -> DailyInputs:
    """Draw the random daily inputs of many people at once (vectorised) for an array run.

    ``traits``: as for :func:`simulate_arrays` (the Lhermitte sign decides who has spells);
    ``temperature_C``: air temperature, array (people × days); ``rng``: a numpy Generator;
    ``treatment_pain``: side-effect pain (people × days, default none).
    """
    par, sign = _traits(traits)
    temp = np.asarray(temperature_C, dtype=float)
    if temp.ndim != 2 or temp.shape[0] != sign.size:
        raise ValueError(f"temperature_C must be an array ({sign.size} people × days)")
    shape = temp.shape
    return DailyInputs(
        temperature_C=temp,
        relapse_u=rng.random(shape),
        sitting_z=rng.standard_normal(shape),
        steps_z=rng.standard_normal(shape),
        neck_u=rng.random(shape),
        lhermitte_spell=np.asarray(lhermitte.spell_days(shape[1], sign, rng)).reshape(shape),
        ectopic_u=rng.random(shape),
        treatment_pain=np.zeros(shape) if treatment_pain is None else treatment_pain,
    )


def _binomial_from_uniform(u, n, p):
    """Binomial(n, p) counts by inversion of the uniforms u (vectorised; n whole numbers)."""
    u, n, p = np.broadcast_arrays(np.asarray(u, float), np.asarray(n, float), np.asarray(p, float))
    out = np.zeros(u.shape)
    live = (n > 0) & (p > 0)
    if live.any():
        k = np.arange(int(n[live].max()) + 1)
        cdf = binom.cdf(k, n[live][:, None], p[live][:, None])
        out[live] = (u[live][:, None] > cdf).sum(axis=1)
    return out


def _exogenous(par, sign, inputs: DailyInputs, dose, g, P):
    """The parts of the chain outside the loops, for all people and days at once: (n, days)."""
    n, days = inputs.temperature_C.shape
    shape = (n, days)
    out = {}
    train = _training_level(dose["training"], days)

    # heat (cooling acts here) and the disease-modifying drug
    temperature = inputs.temperature_C
    warming = (
        par["heat_sensitivity"]
        * P["HEAT_GAIN_C_PER_C"]
        * np.maximum(temperature - COMFORT_TEMPERATURE_C, 0.0)
    )
    out["heat"] = warming * (1.0 - dose["cooling"])
    dmd = dose["dmd"]
    out["interferon"] = np.broadcast_to(dmd, shape).copy()
    out["anti_spasticity_drug"] = np.broadcast_to(dose["anti_spasticity"], shape).copy()

    # relapses: a Poisson process thinned by the drug (same uniforms: treated relapses are a
    # subset of untreated ones), each onset followed by remission to a residual:
    # activity_t = Σ_onsets residual + (1 − residual) exp(−(t − s)/τ)
    rate = par["relapse_rate_per_year"] * (
        1.0 - dose["dmd_relapse_reduction"] * g["interferon", "relapse"] * dmd
    )
    onset = inputs.relapse_u < -np.expm1(-rate / 365.25)
    a = math.exp(-1.0 / REMISSION_DAYS)
    started = onset.astype(float)
    relapse = RELAPSE_RESIDUAL * np.cumsum(started, axis=1) + (1.0 - RELAPSE_RESIDUAL) * lfilter(
        [1.0], [1.0, -a], started, axis=1
    )
    out["relapse"] = relapse
    severity = (
        par["lesion_severity"] + P["RELAPSE_SEVERITY"] * g["relapse", "demyelination"] * relapse
    )
    out["demyelination"] = severity

    # signalling: block at today's warming (mapped to the model's scale), loss at the motor
    # firing rate through the node chain's refractory period, in the share of fibres that
    # run through the lesion
    f_motor = 1.0 + g["demyelination", "disrupted_signalling"] * (severity - 1.0)
    model_dT = P["HEAT_TO_MODEL_C_PER_C"] * g["heat", "disrupted_signalling"] * out["heat"]
    p_block = conduction.block_probability(f_motor, model_dT)
    delivered = signalling.delivered_fraction(
        MOTOR_RATE_HZ, conduction.refractory_factor(np.minimum(f_motor, 50.0))
    )
    disrupted = P["LESION_FIBRE_SHARE"] * (1.0 - (1.0 - p_block) * delivered)
    out["disrupted_signalling"] = disrupted

    # sensory delay and sway (training removes part of the extra sway)
    slowing = 1.0 + SENSORY_SLOWING_PER_SEVERITY * par["sensory_involvement"] * g[
        "demyelination", "sensory_delay"
    ] * (severity - 1.0)
    delay_ms = signalling.feedback_latency_ms(np.minimum(slowing, 20.0))
    out["sensory_delay"] = delay_ms
    control = signalling.CONTROL_LATENCY_MS
    delays, sds = _sway_table()
    felt = control + g["sensory_delay", "sway"] * (delay_ms - control)
    sway = np.interp(felt / 1000.0, delays, sds)
    sway0 = np.interp(control / 1000.0, delays, sds)
    out["sway"] = sway0 + (sway - sway0) * (1.0 - P["TRAINING_SWAY_REDUCTION"] * train)

    # spasticity: reflex torque at the Ashworth test speed, scaled by the disruption
    drug = dose["anti_spasticity"]
    reflex = spasticity.stretch_resistance(
        spasticity.ASHWORTH_TEST_VELOCITY_DEG_S,
        drug_effect=g["anti_spasticity_drug", "spasticity"] * drug,
    ).reflex
    extra = P["INTERFERON_SPASTICITY_INCREASE"] * g["interferon", "spasticity"]
    out["spasticity"] = (
        reflex
        * par["spasticity_gain"]
        * np.tanh(g["disrupted_signalling", "spasticity"] * disrupted / DISRUPTION_REFERENCE)
        * (1.0 + extra * dose["interferon_spasticity"] * dmd)
    )

    # strength the nervous system can still call up (isometric), training's gain above the
    # untrained strength, and the drug's functional (not isometric) weakness
    phi, force = _force_table()
    neural = np.interp(g["disrupted_signalling", "weakness"] * disrupted, phi, force)
    trained = 1.0 + P["TRAINING_STRENGTH_GAIN"] * train
    functional = 1.0 - _drug_functional_weakness(
        g["anti_spasticity_drug", "weakness"] * drug, P["DRUG_FUNCTIONAL_WEAKNESS_SCALE"]
    )

    # side path: neck flexions on a cervical lesion -> ectopic bursts (inside spells of the
    # sign) -> Lhermitte episodes (lhermitte.episodes_per_day: binomial, here by inversion)
    neck = _poisson_from_uniform(inputs.neck_u, par["neck_flexions_per_day"])
    out["neck_flexion"] = neck
    out["cervical_lesion"] = np.broadcast_to(par["cervical_lesion"], shape).copy()
    lesion = g["cervical_lesion", "ectopic_firing"] * par["cervical_lesion"]
    p_trigger = lhermitte.trigger_probability(NECK_PEAK_DEG, np.broadcast_to(lesion, shape))
    spell = np.asarray(inputs.lhermitte_spell, dtype=bool) & sign[:, None]
    flexions = np.where(spell, g["neck_flexion", "ectopic_firing"] * neck, 0.0)
    ectopic = _binomial_from_uniform(inputs.ectopic_u, flexions, p_trigger)
    out["ectopic_firing"] = ectopic
    out["lhermitte"] = g["ectopic_firing", "lhermitte"] * ectopic

    # side path: a disease-modifying drug's side effects as treatment-related pain
    out["treatment_pain"] = g["interferon", "treatment_pain"] * np.asarray(inputs.treatment_pain)

    # the day's activities (habits and chance) and the disc pressures of each (Wilke 1999); on
    # rest days (the first rest_days days) a bed-rest-like day. One extra day at the end (index
    # `days`) is the usual day 0, for the steady start (_run): a rest period starts from the
    # person's usual life.
    sitting_z, steps_z = inputs.sitting_z, inputs.steps_z
    resting = np.arange(days)[None, :] < par["rest_days"]
    main = _activities(par, dose, P, sitting_z, steps_z, resting)
    usual = _activities(par, dose, P, sitting_z[:, :1], steps_z[:, :1], np.zeros((n, 1), bool))
    drivers = {
        "temperature_C": temperature,
        "relapse_onset": onset.astype(float),
        **{k: main[k] for k in ("sitting_hours", "steps", "upright_hours", "static_fraction")},
        # every input of the loop with the usual day 0 appended (index `days`)
        **{f"_{k}": np.concatenate([main[k], usual[k]], axis=1) for k in main},
        "_neural": _pad(neural * trained),
        "_functional": _pad(np.broadcast_to(functional, shape)),
        "_train": _pad(train),
        "_rest": np.concatenate([resting, np.zeros((n, 1), bool)], axis=1).astype(float),
    }
    return out, drivers


class _Grid:
    """A uniform grid x0, x0 + h, …, x1 (``num`` points) for fast linear interpolation."""

    def __init__(self, x0: float, x1: float, num: int):
        self.x = np.linspace(x0, x1, num)
        self.x0 = float(x0)
        self.inv_h = (num - 1) / (x1 - x0)
        self.last = num - 1


_WEAKNESS = _Grid(W_MIN, 1.0, int(round((1.0 - W_MIN) * 1000)) + 1)
_POSTURE = _Grid(0.0, 90.0, 1801)
_LEAN = _Grid(0.0, 40.0, 801)
_LOSS = _Grid(0.0, _L_MAX, int(round(_L_MAX / _L_STEP)) + 1)
_UNUSED = _Grid(0.0, 1.0, int(round(1.0 / _U_STEP)) + 1)


class _FloatOps:
    """Day-by-day operations on plain floats (one person: the fast path)."""

    minimum = staticmethod(min)
    maximum = staticmethod(max)
    exp = staticmethod(math.exp)
    tanh = staticmethod(math.tanh)

    @staticmethod
    def lin(x, grid, table, offset=0):
        j = (x - grid.x0) * grid.inv_h
        if j <= 0.0:
            return table[offset]
        if j >= grid.last:
            return table[offset + grid.last]
        i = int(j)
        a = table[offset + i]
        return a + (j - i) * (table[offset + i + 1] - a)

    @staticmethod
    def locate(weak):
        """Cell and fraction of a weakness on :data:`_WEAKNESS`."""
        j = min(max((weak - _WEAKNESS.x0) * _WEAKNESS.inv_h, 0.0), _WEAKNESS.last - 1e-9)
        i = int(j)
        return i, j - i

    @staticmethod
    def shared(at, table):
        """A table of weakness (list), at a located weakness."""
        i, f = at
        return table[i] + f * (table[i + 1] - table[i])

    per_person = shared  # one person: the person's own row of the table

    @staticmethod
    def bilin(x, y, gx, gy, table):
        jx = min(max((x - gx.x0) * gx.inv_h, 0.0), gx.last - 1e-9)
        jy = min(max((y - gy.x0) * gy.inv_h, 0.0), gy.last - 1e-9)
        i, k = int(jx), int(jy)
        fx, fy = jx - i, jy - k
        w = gy.last + 1
        a, c = table[i * w + k], table[i * w + k + 1]
        b, d = table[(i + 1) * w + k], table[(i + 1) * w + k + 1]
        return a + fx * (b - a) + fy * (c - a + fx * (d - c - b + a))


class _ArrayOps:
    """The same operations on numpy rows (many people stepped together)."""

    minimum = staticmethod(np.minimum)
    maximum = staticmethod(np.maximum)
    exp = staticmethod(np.exp)
    tanh = staticmethod(np.tanh)

    def __init__(self, n: int, d_i=None, d_f=None):
        self.rows = np.arange(n)
        self.d_i, self.d_f = d_i, d_f  # each person's row (and fraction) on the demand grid

    @staticmethod
    def locate(weak):
        j = np.clip((weak - _WEAKNESS.x0) * _WEAKNESS.inv_h, 0.0, _WEAKNESS.last - 1e-9)
        i = j.astype(np.intp)
        return i, j - i

    @staticmethod
    def shared(at, table):
        i, f = at
        a = table[i]
        return a + f * (table[i + 1] - a)

    def per_person(self, at, table):
        """A table on (demand grid × weakness grid), bilinear at each person's demand."""
        i, f = at
        width = table.shape[1]
        flat = table.ravel()
        k = self.d_i * width + i
        lo = flat[k] + f * (flat[k + 1] - flat[k])
        hi = flat[k + width] + f * (flat[k + width + 1] - flat[k + width])
        return lo + self.d_f * (hi - lo)

    def lin(self, x, grid, table, offset=0):
        j = np.clip((x - grid.x0) * grid.inv_h, 0.0, grid.last)
        i = np.minimum(j.astype(np.intp), grid.last - 1)
        if table.ndim == 1:
            a = table[i]
            return a + (j - i) * (table[i + 1] - a)
        a = table[self.rows, offset + i]
        return a + (j - i) * (table[self.rows, offset + i + 1] - a)

    @staticmethod
    def bilin(x, y, gx, gy, table):
        jx = np.clip((x - gx.x0) * gx.inv_h, 0.0, gx.last - 1e-9)
        jy = np.clip((y - gy.x0) * gy.inv_h, 0.0, gy.last - 1e-9)
        i, k = jx.astype(np.intp), jy.astype(np.intp)
        fx, fy = jx - i, jy - k
        w = gy.last + 1
        a, c = table[i * w + k], table[i * w + k + 1]
        b, d = table[(i + 1) * w + k], table[(i + 1) * w + k + 1]
        return a + fx * (b - a) + fy * (c - a + fx * (d - c - b + a))


#: Daily variables the loop computes, in the order ``_make_day`` records them.
LOOP_NODES = (
    "avoidance",
    "disuse",
    "atrophy",
    "weakness",
    "compensation",
    "overload",
    "muscle_fatigue",
    "gait",
    "posture_change",
    "lumbar_load",
    "back_pain",
    "fear_avoidance",
)


def _make_day(ops, c, pain_of):
    """One day of the loop part of the chain; written once for floats and for numpy rows.

    ``c`` holds the coefficients (gates folded in) and the day's exogenous inputs (``c.x[t]``);
    ``ops`` the backend; ``pain_of(strain, fatigue, kfac)`` :func:`pain.pain_from_state` for this
    person. The pain model's evening fatigue is its closed form (:func:`pain.daily_pain_update`):
    Φ = α/(α + β) (1 − exp(−(α + β) h)), α = ``c.fa[t]`` × pressure, β = ``c.fb[t]``.
    """
    minimum, maximum, exp = ops.minimum, ops.maximum, ops.exp
    lin, bilin, tanh = ops.lin, ops.bilin, ops.tanh
    locate, per_person, shared = ops.locate, ops.per_person, ops.shared
    p_rest = pain.P_REST_MPA
    disuse_table = c.disuse_table
    pmax, gmax = POSTURE_MAX_EXTRA_DEG, GAIT_MAX_LEAN_DEG

    def day(t, pain_prev, fat_prev, fear_prev, acc, loss, strain):
        # yesterday's pain, fatigue and fear -> today's avoidance -> disuse -> atrophy; a rest
        # day (c.rest[t] = 1) avoids all activity and gives no training stimulus (bed rest)
        avoid = minimum(1.0, c.k_pain * pain_prev + c.k_fat * fat_prev + c.k_fear * fear_prev)
        avoid = maximum(avoid, c.rest[t])
        acc = acc + c.rate * (c.g_ad * avoid - acc)
        dis = minimum(c.base + acc + c.rest[t], 1.0) * c.train[t]
        loss = bilin(loss, c.g_da * dis, _LOSS, _UNUSED, disuse_table)
        back_loss = c.back * loss  # back extensors lose less than the knee (Muir et al. 2011)
        # weakness -> compensation -> overload -> fatigue; weakness -> gait
        weak = 1.0 - c.cap[t] * (1.0 - c.g_aw * 0.01 * back_loss)
        at = locate(weak)
        comp = per_person(at, c.comp_w)
        over = per_person(at, c.over_w)
        fat = 1.0 - exp(-c.hold[t] * per_person(at, c.rate_w))
        lean = gmax * tanh((shared(at, c.lean_w) + c.lean_exo[t]) / gmax) * c.fix[t]
        # posture and gait -> lumbar load -> back pain
        post = pmax * tanh((per_person(at, c.flex_w) + c.post_exo[t]) / pmax) * c.fix[t]
        load = c.a[t] * lin(post, _POSTURE, c.pf) + c.b[t] * lin(lean, _LEAN, c.gf)
        felt = c.load0[t] + c.g_lp * (load - c.load0[t])
        s_eve = strain * c.keep[t] + (felt - p_rest) * c.per_mpa[t]
        tired = c.g_mp * fat
        alpha = c.fa[t] * felt
        rates = alpha + c.fb[t] + 1e-12
        evening = alpha / rates * (1.0 - exp(-rates * c.fh[t]))
        hurt = pain_of(
            s_eve * (1.0 + c.protection * tired),
            1.0 - (1.0 - evening) * (1.0 - tired),
            c.kfac[t],
        )
        fear = 10.0 * tanh(c.fear_per_pain * hurt / 10.0)
        return (
            (hurt, fat, fear, acc, loss, s_eve * c.overnight[t]),
            (avoid, dis, back_loss, weak, comp, over, fat, lean, post, load, hurt, fear),
        )

    return day


#: Coefficients that hold one value per day (read as ``c.x[t]`` in the loop).
_DAILY = (
    "cap",
    "hold",
    "lean_exo",
    "post_exo",
    "a",
    "b",
    "load0",
    "keep",
    "overnight",
    "per_mpa",
    "train",
    "fix",
    "kfac",
    "rest",
    "fa",
    "fb",
    "fh",
)


#: Tables on (demand grid × weakness grid) read at each person's demand, and tables shared by
#: everyone (one dimension).
_PER_PERSON_TABLES = ("comp_w", "over_w", "flex_w", "rate_w")
_SHARED_TABLES = ("lean_w", "gf")


class _Coefficients:
    """Coefficients and daily inputs of the loop (all rows, numpy); ``row(i)`` as floats."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def row(self, i: int) -> _Coefficients:
        out = {}
        for k, v in self.__dict__.items():
            if k == "disuse_table":
                out[k] = _disuse_table_list()
            elif k in _PER_PERSON_TABLES:
                lo, f = int(self.d_i[i]), float(self.d_f[i])
                out[k] = (v[lo] + f * (v[lo + 1] - v[lo])).tolist()
            elif k in _SHARED_TABLES:
                out[k] = v.tolist()
            elif isinstance(v, np.ndarray):
                out[k] = v[i].tolist() if v.ndim > 1 else float(v[i])
            else:
                out[k] = v
        return _Coefficients(**out)


def _setup(out, drivers, par, dose, g, P):
    """Evaluate the link functions on grids and fold the gates into coefficients."""
    flat = {k: v[:, 0] for k, v in par.items()}
    n = flat["body_mass_kg"].size
    mass, hab = flat["body_mass_kg"], flat["habitual_flexion_deg"]
    moment = compensation.task_moments_Nm(mass, hab)[0][:, None]  # L5/S1 extensor moment (N·m)

    # functions of weakness (compensation strategies, fatigue, gait): tables on (demand grid ×
    # weakness grid), read at each person's demand (fractional row index d_i + d_f)
    key = tuple(g[e] for e in _WEAKNESS_GATES)
    comp_w, over_w, flex_w, rate_w = _weakness_tables(key)
    x = np.clip(moment[:, 0] / DEMAND_GRID_STEP_NM, 0.0, comp_w.shape[0] - 1.0)
    d_i = np.minimum(x.astype(np.intp), comp_w.shape[0] - 2)
    w = _WEAKNESS.x
    lean_w = np.interp(g["weakness", "gait"] * w, w, _lean_weakness_table())

    # posture and gait -> lumbar load (ratios of L5/S1 compression)
    angles, compression = _flexion_table()
    post = _POSTURE.x
    pf = np.interp(hab[:, None] + g["posture_change", "lumbar_load"] * post, angles, compression)
    pf = pf / np.interp(hab, angles, compression)[:, None]
    leans, ratio = _lean_table()
    gf = np.interp(g["gait", "lumbar_load"] * _LEAN.x, leans, ratio)

    # exogenous parts of posture, gait and fatigue
    sway0 = np.interp(signalling.CONTROL_LATENCY_MS / 1000.0, *_sway_table())
    # (every daily input has the usual day 0 appended at index `days`, for the steady start)
    post_exo = P["POSTURE_DEG_PER_NM_SPASTICITY"] * g["spasticity", "posture_change"] * out[
        "spasticity"
    ] + P["POSTURE_DEG_PER_DEG_SWAY"] * g["sway", "posture_change"] * (out["sway"] - sway0)
    post_exo = _pad(post_exo)
    lean_exo = _pad(GAIT_DEG_PER_NM_SPASTICITY * g["spasticity", "gait"] * out["spasticity"])
    hold = P["STATIC_HOLD_MIN"] * (
        1.0 + P["HEAT_FATIGUE_PER_C"] * g["heat", "muscle_fatigue"] * _pad(out["heat"])
    )
    train = drivers["_train"]

    # the pain model's day, evaluated once per day: tissue strain is linear in the morning strain
    # and in the load above lying (its dS/dt = e − S/τ), the evening fatigue is tabulated
    hours = drivers["_upright_hours"]
    g_lp = g["lumbar_load", "back_pain"]
    static = drivers["_static0"] + g_lp * (drivers["_static_fraction"] - drivers["_static0"])
    rest = pain.daily_pain_update(1.0, hours, pain.P_REST_MPA, static, SLEEP_HOURS)
    unit = pain.daily_pain_update(0.0, hours, pain.P_REST_MPA + 1.0, static, SLEEP_HOURS)
    alpha_per_mpa, beta = pain.fatigue_rates(1.0, static)
    return _Coefficients(
        k_pain=np.full(n, P["AVOIDANCE_PER_PAIN"] * g["back_pain", "avoidance"]),
        k_fat=np.full(n, P["AVOIDANCE_PER_FATIGUE"] * g["muscle_fatigue", "avoidance"]),
        k_fear=P["AVOIDANCE_PER_FEAR"]
        * g["fear_avoidance", "avoidance"]
        * fear_avoidance.loop_gain(1.0, flat["avoidance_gain"], 1.0, dose["pacing"][:, 0]),
        fear_per_pain=flat["catastrophising"] * g["back_pain", "fear_avoidance"],
        rate=np.full(n, DAILY_DISUSE_RATE),
        g_ad=np.full(n, g["avoidance", "disuse"]),
        g_da=np.full(n, g["disuse", "atrophy"]),
        g_aw=np.full(n, g["atrophy", "weakness"]),
        g_lp=np.full(n, g_lp),
        g_mp=np.full(n, g["muscle_fatigue", "back_pain"]),
        flex_w=np.ascontiguousarray(flex_w),
        base=flat["baseline_disuse"],
        back=np.full(n, disuse.BACK_TO_KNEE_LOSS_RATIO),
        protection=np.full(n, P["FATIGUE_PROTECTION_LOSS"]),
        k=flat["pain_sensitivity"],
        comp_w=comp_w,
        over_w=over_w,
        rate_w=rate_w,
        lean_w=lean_w,
        d_i=d_i,
        d_f=x - d_i,
        pf=pf,
        gf=gf,
        # daily inputs, one row per day
        cap=drivers["_neural"] * drivers["_functional"],
        train=1.0 - P["TRAINING_EFFECT"] * train,
        fix=1.0 - P["TRAINING_POSTURE_REDUCTION"] * train,
        rest=drivers["_rest"],
        kfac=1.0 - P["TRAINING_PAIN_MODULATION"] * train,
        hold=hold,
        lean_exo=lean_exo,
        post_exo=post_exo,
        a=drivers["_posture_mpa_h"] / hours,
        b=drivers["_walk_mpa_h"] / hours,
        load0=(drivers["_posture_mpa_h0"] + drivers["_walk_mpa_h"]) / hours,
        keep=rest["evening_strain_MPa_h"],
        overnight=rest["next_strain_MPa_h"] / rest["evening_strain_MPa_h"],
        per_mpa=unit["evening_strain_MPa_h"],
        fa=alpha_per_mpa,
        fb=beta,
        fh=hours,
        disuse_table=_disuse_table().ravel(),
    )


def _run(day, days, first, year_loss, c, sink=None):
    """Steady start (the person has lived like this for a while), then day by day; each day's
    record goes to ``sink(t, record)`` if given, else into the returned list."""
    state = first
    for _ in range(8):
        state, rec = day(days, *state)  # index `days`: the usual day 0 (no rest)
        hurt, fat, fear, _acc, _loss, strain = state
        avoid, dis = rec[0], rec[1]
        state = (hurt, fat, fear, c.g_ad * avoid, year_loss(c.g_da * dis), strain)
    records = []
    for t in range(days):
        state, rec = day(t, *state)
        if sink is None:
            records.append(rec)
        else:
            sink(t, rec)
    return records


#: Up to this many people are stepped one at a time on plain floats (faster than numpy rows).
_FLOAT_ROWS = 16


def _loop(out, drivers, par, dose, days, g, P, keep=LOOP_NODES):
    """The loops, day by day: weakness → … → pain → fear and avoidance → disuse → atrophy.
    Records the nodes in ``keep`` (all loop nodes by default)."""
    c = _setup(out, drivers, par, dose, g, P)
    n = c.base.size
    year_u, year_loss = _disuse_year_table()
    if n <= _FLOAT_ROWS:
        result = np.empty((len(LOOP_NODES), n, days))
        ops = _FloatOps()
        for i in range(n):
            ci = c.row(i)

            def pain_of(strain, fatigue, kfac, k=ci.k):
                return float(pain.pain_from_state(strain, fatigue, k * kfac))

            day = _make_day(ops, ci, pain_of)
            records = _run(
                day,
                days,
                (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
                lambda u: ops.lin(u, _UNUSED, year_loss.tolist()),
                ci,
            )
            result[:, i, :] = np.array(records).T
    else:
        ops = _ArrayOps(n, c.d_i, c.d_f)
        for name in _DAILY:
            setattr(c, name, np.ascontiguousarray(getattr(c, name).T))  # c.x[t]: row of day t
        k = c.k

        def pain_of(strain, fatigue, kfac):
            return pain.pain_from_state(strain, fatigue, k * kfac)

        day = _make_day(ops, c, pain_of)
        zero = np.zeros(n)
        which = [(j, LOOP_NODES.index(name)) for j, name in enumerate(keep)]
        by_day = np.empty((len(keep), days, n))

        def sink(t, rec):
            for j, k in which:
                by_day[j, t] = rec[k]

        _run(day, days, (zero,) * 6, lambda u: np.interp(u, year_u, year_loss), c, sink)
        for j, name in enumerate(keep):
            out[name] = by_day[j].T  # (person, day) as a view, no copy
        return out
    for j, name in enumerate(LOOP_NODES):
        out[name] = result[j]
    return out


# --------------------------------------------------------------------------- results
#: The chain map's nodes that the model simulates (every node but :data:`OUTSIDE_MODEL`).
NODE_IDS: tuple[str, ...] = tuple(n for n in chain.node_ids() if n not in OUTSIDE_MODEL)
#: Daily inputs drawn from the seed (and the person's habits), kept with every result.
DRIVER_COLUMNS = (
    "temperature_C",
    "relapse_onset",
    "sitting_hours",
    "steps",
    "upright_hours",
    "static_fraction",
)


@cache
def _dates(start: str, days: int) -> pd.DatetimeIndex:
    return pd.date_range(pd.Timestamp(start), periods=days, freq="D", name="date")


@dataclass(frozen=True)
class PatientResult:
    """One simulated person's year: ``nodes`` (one column per node id of the chain graph, one row
    per day) and ``drivers`` (the random daily inputs), with the settings that produced them."""

    person: Person
    interventions: Interventions
    seed: int
    edges_off: frozenset
    nodes: pd.DataFrame
    drivers: pd.DataFrame

    def mean(self, node: str = "back_pain", months=None) -> float:
        """Mean of one node's daily values, over the whole run or over some months (1–12)."""
        chain.node(node)
        values = self.nodes[node]
        if months is not None:
            months = [months] if isinstance(months, int | np.integer) else list(months)
            values = values[values.index.month.isin(months)]
        return float(values.mean())

    def monthly(self) -> pd.DataFrame:
        """Monthly means of every node (index: month start)."""
        return self.nodes.resample("MS").mean()

    @property
    def pain(self) -> pd.Series:
        """Evening back pain (0–10), one value per day."""
        return self.nodes["back_pain"]


@dataclass(frozen=True)
class CohortResult:
    """Many simulated people stepped together: ``values[node]`` is an array (people × days)."""

    people: tuple[Person, ...]
    interventions: tuple[Interventions, ...]
    seeds: tuple[int, ...]
    edges_off: frozenset
    dates: pd.DatetimeIndex
    values: dict
    driver_values: dict

    def __len__(self) -> int:
        return len(self.people)

    def patient(self, i: int) -> PatientResult:
        """The i-th person's :class:`PatientResult`."""
        if not 0 <= i < len(self):
            raise ValueError(f"person index must be between 0 and {len(self) - 1} (got {i})")
        nodes = pd.DataFrame({k: self.values[k][i] for k in NODE_IDS}, index=self.dates)
        drivers = pd.DataFrame(
            {k: self.driver_values[k][i] for k in DRIVER_COLUMNS}, index=self.dates
        )
        return PatientResult(
            self.people[i], self.interventions[i], self.seeds[i], self.edges_off, nodes, drivers
        )


def _days(days) -> int:
    if isinstance(days, bool) or not isinstance(days, int | np.integer):
        raise TypeError(f"days must be a whole number (got {days!r})")
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_DAYS} (got {days})")
    return int(days)


def _core(traits, inputs: DailyInputs, doses, g, P, keep=LOOP_NODES):
    """The one model: every node (people × days) and the day's drivers, from arrays."""
    par, sign = _traits(traits)
    if not isinstance(inputs, DailyInputs):
        raise TypeError("inputs must be a whole_chain.DailyInputs (see daily_inputs)")
    n, days = inputs.temperature_C.shape
    if n != sign.size:
        raise ValueError(f"inputs hold {n} people, traits {sign.size}")
    _days(days)
    dose = _doses(doses, n, days, P)
    out, drivers = _exogenous(par, sign, inputs, dose, g, P)
    return _loop(out, drivers, par, dose, days, g, P, keep), drivers


#: People per chunk in :func:`simulate_arrays` (bounds the memory of the per-person tables).
#: [setting | people]
CHUNK_PEOPLE = 2000


def simulate_arrays(
    traits: Mapping,
    inputs: DailyInputs,
    doses: Mapping | None = None,
    *,
    params=None,
    edges_off=(),
    nodes: Sequence[str] | None = None,
) -> dict[str, np.ndarray]:
    """The whole chain for many people given as arrays: the same daily equations as
    :func:`simulate_many` (which calls this core), vectorised over people (notebook 08's cohort).

    ``traits``: dict of arrays (n,): every field of :data:`PERSON_RANGES` (``rest_days``
    optional) and ``has_lhermitte_sign`` (bool). ``inputs``: :class:`DailyInputs` (people ×
    days; :func:`daily_inputs` draws them). ``doses``: dict of arrays (n,) or (n, days) with
    names of :data:`DOSE_RANGES`: ``cooling``, ``anti_spasticity``, ``seating`` (0–1), ``pacing``
    (0–1, one per person), ``training`` (the dose given each day; the model builds it up over
    :data:`TRAINING_BUILDUP_DAYS`), ``dmd`` (0/1) with ``dmd_relapse_reduction`` (fraction of
    relapses the person's drug prevents) and ``interferon_spasticity`` (0/1). Returns
    {node id or "sitting_hours"/"steps"/"upright_hours": array (n, days)} for ``nodes`` (default
    every node of the chain and the three activities). Deterministic: the same arguments give
    the same arrays, so a change to one argument is a counterfactual. People are processed in
    chunks of :data:`CHUNK_PEOPLE`.
    """
    names = list(NODE_IDS) + ["sitting_hours", "steps", "upright_hours"]
    nodes = names if nodes is None else list(nodes)
    unknown = sorted(set(nodes) - set(names))
    if unknown:
        raise ValueError(f"nodes: unknown names {unknown}; known: {', '.join(names)}")
    g = _gates(edges_off)
    P = _params(params)
    n = np.size(traits["lesion_severity"]) if "lesion_severity" in traits else 0
    if not isinstance(inputs, DailyInputs):
        raise TypeError("inputs must be a whole_chain.DailyInputs (see daily_inputs)")
    days = inputs.temperature_C.shape[1]
    result = {k: np.empty((n, days)) for k in nodes}
    for lo in range(0, max(n, 1), CHUNK_PEOPLE):
        rows = slice(lo, min(lo + CHUNK_PEOPLE, n))
        part = {k: np.asarray(v).reshape(-1)[rows] for k, v in traits.items()}
        part_doses = {
            k: (np.asarray(v)[rows] if np.ndim(v) >= 1 else v) for k, v in (doses or {}).items()
        }
        keep = [k for k in LOOP_NODES if k in nodes]
        out, drivers = _core(part, inputs.rows(rows), part_doses, g, P, keep)
        for k in nodes:
            result[k][rows] = out[k] if k in out else drivers[k]
    return result


def simulate_many(
    people: Sequence,
    interventions_each=None,
    seeds=0,
    *,
    days: int = 365,
    start: str = "2025-01-01",
    edges_off=(),
    params=None,
) -> CohortResult:
    """Simulate several people at once, stepping them together day by day (vectorised).

    ``people``: :class:`Person` objects or keys of :data:`PEOPLE`; ``interventions_each``: one
    :class:`Interventions` (or dict / list of names) for everyone, or one per person; ``seeds``:
    one seed for everyone or one per person. Rows with the same person and seed share every
    random draw, so they differ only by their interventions (a counterfactual).
    ``edges_off``: (cause, effect) edges of the chain graph whose effect is removed (the cause
    is held at its healthy reference value in that effect's equation). ``params``: a dict that
    overrides teaching assumptions for this call only (names in :data:`TUNABLE_PARAMETERS`,
    plausible ranges in :data:`ASSUMPTION_RANGES`).
    """
    people = tuple(person(p) for p in people)
    if not people:
        raise ValueError("people must hold at least one person")
    n = len(people)
    if interventions_each is None or isinstance(interventions_each, Interventions | Mapping):
        ivs = (interventions(interventions_each),) * n
    else:
        items = list(interventions_each)
        if items and all(isinstance(x, str) for x in items):
            ivs = (interventions(items),) * n
        else:
            if len(items) != n:
                raise ValueError(
                    f"interventions_each must hold one entry per person ({n}), got {len(items)}"
                )
            ivs = tuple(interventions(x) for x in items)
    if isinstance(seeds, int | np.integer) and not isinstance(seeds, bool):
        seeds = (_seed(seeds),) * n
    else:
        seeds = tuple(_seed(s) for s in seeds)
        if len(seeds) != n:
            raise ValueError(f"seeds must hold one seed per person ({n}), got {len(seeds)}")
    days = _days(days)
    try:
        day_of_year = pd.Timestamp(start).day_of_year - 1
    except (TypeError, ValueError):
        raise ValueError(f"start must be a date like '2025-01-01' (got {start!r})") from None
    g = _gates(edges_off)
    draws = [_draws(s, days, day_of_year) for s in seeds]
    P = _params(params)
    traits, inputs, doses = _people_inputs(people, ivs, draws, days, g)
    out, drivers = _core(traits, inputs, doses, g, P)
    return CohortResult(
        people,
        ivs,
        seeds,
        frozenset(e for e, on in g.items() if not on),
        _dates(str(pd.Timestamp(start).date()), days),
        {k: out[k] for k in NODE_IDS},
        {k: drivers[k] for k in DRIVER_COLUMNS},
    )


def simulate(
    who="disuse",
    interventions_=None,
    *,
    seed: int = 0,
    days: int = 365,
    start: str = "2025-01-01",
    edges_off=(),
    params=None,
) -> PatientResult:
    """Simulate one person day by day; returns a :class:`PatientResult`.

    ``who``: a :class:`Person` or a key of :data:`PEOPLE`; ``interventions_``: an
    :class:`Interventions`, a dict of doses or a list of intervention names (full dose);
    ``seed``: every random draw comes from it; ``edges_off``: edges whose effect is removed.
    """
    return simulate_many(
        [who],
        [interventions(interventions_)],
        seed,
        days=days,
        start=start,
        edges_off=edges_off,
        params=params,
    ).patient(0)


@dataclass(frozen=True)
class Comparison:
    """The same person, the same random days, without (``baseline``) and with (``treated``)
    the interventions: every difference is caused by the interventions."""

    baseline: PatientResult
    treated: PatientResult

    def change(self, node: str = "back_pain", months=None) -> float:
        """Mean of ``node`` with the interventions minus without."""
        return self.treated.mean(node, months) - self.baseline.mean(node, months)


def compare(
    who="disuse",
    interventions_=None,
    *,
    seed: int = 0,
    days: int = 365,
    start: str = "2025-01-01",
    edges_off=(),
    baseline=None,
    params=None,
) -> Comparison:
    """Counterfactual: one run without and one with ``interventions_`` (same person and seed).

    ``baseline`` (default: no intervention) may be another set of interventions to compare
    against. Both runs are stepped together in one vectorised simulation.
    """
    both = simulate_many(
        [who, who],
        [interventions(baseline), interventions(interventions_)],
        seed,
        days=days,
        start=start,
        edges_off=edges_off,
        params=params,
    )
    return Comparison(both.patient(0), both.patient(1))


# --------------------------------------------------------------------------- analyses
#: Full-dose settings used to compare interventions (the drug without side effects).
FULL_DOSE = {
    "cooling": Interventions(cooling=1.0),
    "training": Interventions(training=1.0),
    "anti_spasticity": Interventions(anti_spasticity=1.0),
    "seating": Interventions(seating=1.0),
    "pacing": Interventions(pacing=1.0),
    "dmd": Interventions(dmd=True),
}


def _seeds(seeds) -> tuple[int, ...]:
    if isinstance(seeds, int | np.integer) and not isinstance(seeds, bool):
        return (_seed(seeds),)
    out = tuple(_seed(s) for s in seeds)
    if not out:
        raise ValueError("seeds must hold at least one seed")
    return out


def intervention_effects(
    who="disuse",
    *,
    seeds=(0,),
    node: str = "back_pain",
    months=None,
    days: int = 365,
    params=None,
) -> pd.DataFrame:
    """Mean change of ``node`` caused by each intervention at full dose (counterfactuals).

    For every seed, the person is simulated without and with each intervention on the same
    random days; the table gives the change of the node's mean (over ``months`` if given, e.g.
    ``[6, 7, 8]`` for summer), averaged over the seeds. All runs step together (vectorised).
    Columns: intervention, label, acts_on, change.
    """
    chain.node(node)
    seeds = _seeds(seeds)
    names = list(FULL_DOSE)
    settings = [NONE, *FULL_DOSE.values()]
    rows = [(s, iv) for iv in settings for s in seeds]
    run = simulate_many(
        [who] * len(rows),
        [iv for _, iv in rows],
        [s for s, _ in rows],
        days=days,
        params=params,
    )
    values = run.values[node]
    if months is not None:
        months = [months] if isinstance(months, int | np.integer) else list(months)
        values = values[:, np.asarray(run.dates.month.isin(months))]
    means = values.mean(axis=1).reshape(len(settings), len(seeds)).mean(axis=1)
    return pd.DataFrame(
        {
            "intervention": names,
            "label": [INTERVENTIONS[n].label for n in names],
            "acts_on": [" → ".join(INTERVENTIONS[n].acts_on) for n in names],
            "change": means[1:] - means[0],
        }
    )


def combination(names) -> Interventions:
    """The interventions in ``names`` at full dose (the drug without side effects)."""
    return interventions(list(names))


def smallest_combinations(
    who="disuse", target: float = 3.0, *, seed: int = 0, node: str = "back_pain"
) -> list[tuple[str, ...]]:
    """Every smallest set of full-dose interventions that brings the mean of ``node`` below
    ``target`` for this person and seed (empty list if even all six together do not)."""
    import itertools

    names = list(FULL_DOSE)
    combos = [c for k in range(len(names) + 1) for c in itertools.combinations(names, k)]
    run = simulate_many([who] * len(combos), [combination(c) for c in combos], seed)
    means = run.values[node].mean(axis=1)
    ok = [c for c, m in zip(combos, means, strict=True) if m < target]
    if not ok:
        return []
    size = min(len(c) for c in ok)
    return [c for c in ok if len(c) == size]


#: Bottom and top of each node's scale on the lit chain map (in the node's own unit). [setting]
MAP_SCALE: dict[str, tuple[float, float]] = {
    "relapse": (0.0, 1.0),
    "demyelination": (1.0, 9.0),
    "cervical_lesion": (0.0, 1.0),
    "heat": (0.0, 1.0),
    "disrupted_signalling": (0.0, 0.4),
    "sensory_delay": (102.0, 220.0),
    "ectopic_firing": (0.0, 5.0),
    "weakness": (0.0, 0.6),
    "muscle_fatigue": (0.0, 0.8),
    "atrophy": (0.0, 10.0),
    "spasticity": (0.0, 15.0),
    "compensation": (0.0, 30.0),
    "overload": (0.15, 0.35),
    "sway": (0.26, 0.6),
    "gait": (0.0, 15.0),
    "posture_change": (0.0, 25.0),
    "lumbar_load": (0.5, 1.0),
    "back_pain": (0.0, 10.0),
    "lhermitte": (0.0, 5.0),
    "treatment_pain": (0.0, 5.0),
    "fear_avoidance": (0.0, 10.0),
    "avoidance": (0.0, 1.0),
    "disuse": (0.0, 1.0),
    "neck_flexion": (0.0, 20.0),
    "interferon": (0.0, 1.0),
    "anti_spasticity_drug": (0.0, 1.0),
}


def levels(result: PatientResult, month: int) -> dict[str, float]:
    """How 'lit' each node is in a month (1–12): its monthly mean placed on :data:`MAP_SCALE`,
    clipped to 0–1."""
    month = int(_check("month", month, 1, 12))
    rows = result.nodes[result.nodes.index.month == month]
    if rows.empty:
        raise ValueError(f"the simulation has no days in month {month}")
    means = rows.mean()
    out = {}
    for n in NODE_IDS:
        low, high = MAP_SCALE[n]
        out[n] = float(np.clip((means[n] - low) / (high - low), 0.0, 1.0))
    return out


def wiring_assumptions() -> pd.DataFrame:
    """The teaching assumptions that wire the links together, as a table (name, value,
    meaning). The links' own parameters are documented in their modules."""
    rows = [
        (
            "COMFORT_TEMPERATURE_C",
            COMFORT_TEMPERATURE_C,
            "air temperature (°C) above which a heat-sensitive person warms",
        ),
        (
            "HEAT_GAIN_C_PER_C",
            HEAT_GAIN_C_PER_C,
            "body warming per °C above it (°C/°C), at heat sensitivity 1",
        ),
        ("MOTOR_RATE_HZ", MOTOR_RATE_HZ, "motor firing rate used for spike loss (Hz)"),
        (
            "HEAT_TO_MODEL_C_PER_C",
            HEAT_TO_MODEL_C_PER_C,
            "conduction-model °C per °C of core warming (calibrated, model_warming_C)",
        ),
        (
            "LESION_FIBRE_SHARE",
            LESION_FIBRE_SHARE,
            "share of the trunk muscles' motor fibres that run through the lesion",
        ),
        ("RELAPSE_SEVERITY", RELAPSE_SEVERITY, "lesion severity added at a relapse's onset"),
        ("REMISSION_DAYS", REMISSION_DAYS, "time constant of remission (days)"),
        ("RELAPSE_RESIDUAL", RELAPSE_RESIDUAL, "fraction of a relapse that never remits"),
        (
            "DMD_RELAPSE_REDUCTION",
            DMD_RELAPSE_REDUCTION,
            "fraction of relapses the drug prevents (a teaching choice)",
        ),
        (
            "DISRUPTION_REFERENCE",
            DISRUPTION_REFERENCE,
            "spike loss at which spasticity gain 1 gives the spasticity module's default reflex",
        ),
        (
            "INTERFERON_SPASTICITY_INCREASE",
            INTERFERON_SPASTICITY_INCREASE,
            "relative increase of spasticity with interferon side effects",
        ),
        (
            "POSTURE_DEG_PER_NM_SPASTICITY",
            POSTURE_DEG_PER_NM_SPASTICITY,
            "degrees of extra flexion per N·m of reflex torque",
        ),
        (
            "POSTURE_DEG_PER_DEG_SWAY",
            POSTURE_DEG_PER_DEG_SWAY,
            "degrees of extra flexion per degree of extra sway (guarding)",
        ),
        (
            "ABDUCTOR_RESERVE",
            ABDUCTOR_RESERVE,
            "healthy hip-abductor capacity as a multiple of the single-leg need",
        ),
        (
            "GAIT_DEG_PER_NM_SPASTICITY",
            GAIT_DEG_PER_NM_SPASTICITY,
            "degrees of sideways lean per N·m of reflex torque",
        ),
        ("STATIC_HOLD_MIN", STATIC_HOLD_MIN, "length of a typical static hold (minutes)"),
        (
            "HEAT_FATIGUE_PER_C",
            HEAT_FATIGUE_PER_C,
            "endurance divided by (1 + this × warming in °C)",
        ),
        (
            "FATIGUE_PROTECTION_LOSS",
            FATIGUE_PROTECTION_LOSS,
            "tissue strain × (1 + this × muscle fatigue)",
        ),
        ("AVOIDANCE_PER_PAIN", AVOIDANCE_PER_PAIN, "activity avoided per point of pain"),
        (
            "AVOIDANCE_PER_FEAR",
            AVOIDANCE_PER_FEAR,
            "activity avoided per point of fear (× avoidance gain × (1 − pacing))",
        ),
        ("AVOIDANCE_PER_FATIGUE", AVOIDANCE_PER_FATIGUE, "activity avoided at full muscle fatigue"),
        (
            "DAILY_DISUSE_RATE",
            DAILY_DISUSE_RATE,
            "daily rate at which disuse follows "
            "avoidance (the fear-avoidance model's weekly rate, per day)",
        ),
        (
            "TRAINING_EFFECT",
            TRAINING_EFFECT,
            "share of the missing training stimulus that full training replaces",
        ),
        (
            "STATIC_SITTING_WITH_BREAKS",
            STATIC_SITTING_WITH_BREAKS,
            "static fraction of sitting with breaks (1 without)",
        ),
    ]
    rows += [
        ("TRAINING_STRENGTH_GAIN", TRAINING_STRENGTH_GAIN, "strength gain of full training"),
        ("TRAINING_BUILDUP_DAYS", TRAINING_BUILDUP_DAYS, "time constant of training's build-up"),
        (
            "TRAINING_SWAY_REDUCTION",
            TRAINING_SWAY_REDUCTION,
            "share of the extra sway that full training removes",
        ),
        (
            "TRAINING_POSTURE_REDUCTION",
            TRAINING_POSTURE_REDUCTION,
            "share of the extra flexion and lean that full training removes",
        ),
        (
            "TRAINING_PAIN_MODULATION",
            TRAINING_PAIN_MODULATION,
            "pain sensitivity × (1 − this) with full training (calibrated)",
        ),
        (
            "SUPPORTED_SITTING_MPA",
            SUPPORTED_SITTING_MPA,
            "disc pressure sitting against a backrest (MPa, pain module)",
        ),
        (
            "SEATING_SUPPORTED_SHARE",
            SEATING_SUPPORTED_SHARE,
            "share of sitting time against the backrest with the seating intervention",
        ),
        ("POSTURE_MAX_EXTRA_DEG", POSTURE_MAX_EXTRA_DEG, "soft limit of extra trunk flexion (°)"),
        ("GAIT_MAX_LEAN_DEG", GAIT_MAX_LEAN_DEG, "soft limit of sideways lean when walking (°)"),
    ]
    return pd.DataFrame(rows, columns=["name", "value", "meaning"])
