"""Quiz of notebook 05 (posture, gait and balance): the mechanisms, not the numbers.

Every model number quoted below is computed here by the notebook's own models (balance, spine,
gait), so it cannot drift from what the notebook prints; the measured numbers carry their
citations where a question uses them (shown to learners as "(Author Year)").
"""

from __future__ import annotations

from msbackpain import balance, gait, spine
from msbackpain.lessons.posture_gait_balance import results
from msbackpain.ui.quiz import Choice, MultipleChoice, Quiz

#: Balance model: critical delays (ms) of the relaxed and the "reacting harder" strategy, and
#: the sway SD (degrees) at the control and the MS delay (linearised model).
CRITICAL_MS = 1000 * balance.critical_delay()
CRITICAL_HARDER_MS = 1000 * balance.critical_delay(balance.BalanceParams(kp_factor=1.6))
CRITICAL_STIFF_MS = 1000 * balance.critical_delay(balance.BalanceParams(cocontraction=0.2))
_SD_CONTROL, _SD_MS = (
    float(x) for x in balance.sway_sd_vs_delay([balance.CONTROL_DELAY_S, balance.MS_DELAY_S])
)
MORE_SWAY_PCT = 100 * (_SD_MS / _SD_CONTROL - 1)
MORE_DELAY_PCT = 100 * (balance.MS_DELAY_S / balance.CONTROL_DELAY_S - 1)
#: The critical-delay question: the MS loop delay under the fitted healthy range, the range of
#: critical delays over the gains table, and the limit no gains can pass.
PETERKA_LO_MS, PETERKA_HI_MS = results.peterka_ms_range_ms()
GRID_LO_MS, GRID_HI_MS = float(results.grid_ms().min()), float(results.grid_ms().max())
MAX_STABLE_MS = 1000 * balance.max_stable_delay()
#: The stiffening strategy: mean ankle effort and how long the fatigue model (ankle rates)
#: holds it.
STIFF_EFFORT_PCT = 100 * results.effort(results.STIFF)
STIFF_ENDURANCE_MIN = results.endurance_min(results.STIFF)

#: Static L5/S1 model: 70 kg at 45°, no load (muscle force against the weight it holds).
_AT45 = spine.l5s1_load(70, 45)
HAT_WEIGHT_N = spine.HAT_MASS_FRACTION * 70 * spine.G
MUSCLE_45_N = float(_AT45.muscle_force_N)

#: Gait teaching model: the lean that halves the hip-abductor work, and what it costs L5/S1.
LEAN_HALF_DEG = float(gait.lean_needed_deg(0.5))
SIDE_MOMENT_NM = float(gait.single_leg_stance(70, LEAN_HALF_DEG).lumbar_lateral_moment_Nm)

QUIZ = Quiz(
    notebook="05",
    questions=(
        MultipleChoice(
            "In the balance model, the body sways more with the MS feedback delay (161 ms) than "
            "with the control delay (102 ms) [@cameron2008], although the body, the muscles' "
            "gains and the random pushes are the same. Why?",
            choices=(
                Choice(
                    "The model person with MS has weaker ankle muscles, so each correction is "
                    "too small.",
                    why=(
                        "Both delays use the same feedback gains: strength is not what changes. "
                        "Section 2 even shows that pushing back harder makes a slow loop worse."
                    ),
                ),
                Choice(
                    "Each correction answers the lean sensed a delay earlier; the later it "
                    "arrives, the further the body has moved on, so the corrections lag behind "
                    "the sway.",
                    correct=True,
                    why=(
                        "The correction is always based on old information. Past the critical "
                        f"delay ({CRITICAL_MS:.0f} ms in the model) it arrives so late that it "
                        "pushes the body the wrong way, and the body falls."
                    ),
                ),
                Choice(
                    "A longer delay makes the random pushes bigger.",
                    why=(
                        "The random torque is the same at every delay (the interactive diagram "
                        "even reuses the same pushes); only the timing of the correction changes."
                    ),
                ),
                Choice(
                    f"Sway grows in step with the delay: a delay that is {MORE_DELAY_PCT:.0f}% "
                    f"longer gives {MORE_DELAY_PCT:.0f}% more sway.",
                    why=(
                        f"Sway does not grow evenly. The MS delay is {MORE_DELAY_PCT:.0f}% longer "
                        f"but gives only about {MORE_SWAY_PCT:.0f}% more sway; the curve creeps "
                        "up at first and shoots up near the critical delay."
                    ),
                ),
            ),
            explanation=(
                "Section 1 ('Standing still is a balancing act'): the right panel of the first "
                "figure shows sway SD against delay, rising steeply towards the critical delay."
            ),
        ),
        MultipleChoice(
            "With the teaching gains, the MS delay of 161 ms (a response latency used as the "
            f"loop delay [@cameron2008]) is below the model's critical delay of {CRITICAL_MS:.0f} "
            "ms. What is the most careful conclusion?",
            choices=(
                Choice(
                    "People with MS keep a safe margin below the delay at which standing fails.",
                    why=(
                        "That needs the loop delay and the gains of real people with MS, and "
                        "neither was measured. With loop delays in the range fitted to healthy "
                        f"standing, the MS delay would be {PETERKA_LO_MS:.0f}–{PETERKA_HI_MS:.0f} "
                        "ms, partly past the edge with the same gains."
                    ),
                ),
                Choice(
                    "People with MS stand right at the edge of stability.",
                    why=(
                        "The model cannot say that either: with other gains the critical delay "
                        f"ranges from {GRID_LO_MS:.0f} to {GRID_HI_MS:.0f} ms in the notebook's "
                        f"table, up to {MAX_STABLE_MS:.0f} ms for gains suited to a long delay, "
                        "and human quiet standing did not behave like a system near its critical "
                        "delay [@milton2009]."
                    ),
                ),
                Choice(
                    "In this model, with these gains and with the latencies used as loop delays, "
                    "the model person with MS stays up; the margin depends on assumptions that "
                    "nobody has measured in MS.",
                    correct=True,
                    why=(
                        "The critical delay is a property of the gains as much as of the body, "
                        "and the loop delay is an assumption. What holds under every assumption "
                        "is the direction: with the same gains, a longer delay means more sway."
                    ),
                ),
                Choice(
                    "The critical delay is a fixed property of the human body, about a quarter "
                    "of a second.",
                    why=(
                        "It changes with the gains (the table in section 1); only the limit that "
                        f"no gains can pass, about {MAX_STABLE_MS:.0f} ms for this model body, is "
                        "set by the body alone."
                    ),
                ),
            ),
            explanation=(
                "Section 1, 'How close to the edge? That depends on the assumptions': the table "
                "of loop-delay assumptions and the table of critical delays over the gains."
            ),
        ),
        MultipleChoice(
            "With the slow MS feedback loop, why does stiffening up by co-contraction reduce "
            "sway, while reacting harder (a higher feedback gain) does not?",
            choices=(
                Choice(
                    "Co-contraction makes the ankle muscles stronger than reacting harder does.",
                    why=(
                        "Strength is not what the slow loop lacks: reacting harder already makes "
                        "every correction bigger. What the loop lacks is speed."
                    ),
                ),
                Choice(
                    "Reacting harder would work too; it is only avoided because it needs more "
                    "muscle effort than co-contraction.",
                    why=(
                        "Both halves are the wrong way round. Reacting harder did not reduce "
                        "sway and lowered the critical delay from "
                        f"{CRITICAL_MS:.0f} to {CRITICAL_HARDER_MS:.0f} ms; it is co-contraction "
                        "that keeps the muscles working all the time."
                    ),
                ),
                Choice(
                    "A tensed muscle resists being stretched at once, like a spring, without "
                    "waiting for the delayed signal; bigger corrections based on old "
                    "information only overshoot.",
                    correct=True,
                    why=(
                        "Co-contraction adds a stiffness and a damping that act with no delay, "
                        "so they steady the body even though the feedback is late."
                    ),
                ),
                Choice(
                    "Co-contraction shortens the feedback delay by speeding up the nerve signals.",
                    why=(
                        "The delay stays 161 ms, and the critical delay hardly moves "
                        f"({CRITICAL_MS:.0f} → {CRITICAL_STIFF_MS:.0f} ms). Stiffness works "
                        "beside the slow loop, it does not speed it up."
                    ),
                ),
            ),
            explanation=(
                "Section 2 ('The stiff, guarded posture and what it costs'): the table and the "
                "figure of the three strategies. The price is that the ankle muscles work at "
                f"{STIFF_EFFORT_PCT:.0f}% of their assumed maximum all the time, which the "
                f"fatigue model of notebook 03 (ankle rates) holds for about "
                f"{STIFF_ENDURANCE_MIN:.0f} minutes: one possible reason a guarded posture tires "
                "and aches. The model compares only these two strategies; it does not show that "
                "stiffening is the only thing that works."
            ),
        ),
        MultipleChoice(
            "In the static L5/S1 model, why must the back muscles pull with several times the "
            "weight of the upper body when the trunk leans forward?",
            choices=(
                Choice(
                    "Because the trunk gets heavier as it leans forward.",
                    why=(
                        "The weight does not change with the lean; what changes is how far in "
                        "front of the joint it acts (d sin θ)."
                    ),
                ),
                Choice(
                    "Because the disc pushes back against the muscles.",
                    why=(
                        "The arrow goes the other way: the muscles' pull is what squeezes the "
                        "disc. Compression is the result of the muscle force, not its cause."
                    ),
                ),
                Choice(
                    "Because the muscles on the front and back of the trunk pull against each "
                    "other.",
                    why=(
                        "The static model has only one muscle group and no co-contraction; that "
                        "is exactly why it underestimates the upright load (section 3)."
                    ),
                ),
                Choice(
                    "Because the muscles pull on a very short lever arm (5 cm behind the joint), "
                    "while the trunk's weight acts much further in front of it; force = moment "
                    "/ lever arm.",
                    correct=True,
                    why=(
                        "To balance a moment with a short lever arm takes a large force. At 45° "
                        f"the model's muscles pull {MUSCLE_45_N / 1000:.2f} kN to hold an upper "
                        f"body weighing {HAT_WEIGHT_N / 1000:.2f} kN (70 kg person)."
                    ),
                ),
            ),
            explanation=(
                "Section 3 ('Leaning forward: the load on the lower back'): the three equations "
                "of `spine.l5s1_load` and the stick-figure diagram."
            ),
        ),
        MultipleChoice(
            "In Wilke's measurements [@wilke1999], relaxed slouched sitting gave less pressure in "
            "the disc than sitting upright without a backrest. What is the best reading of this?",
            choices=(
                Choice(
                    "Sitting always loads the disc less than standing.",
                    why=(
                        "Sitting bent maximally forward (0.83 MPa) gave more than relaxed "
                        "standing (0.50 MPa): the posture matters, not sitting against standing."
                    ),
                ),
                Choice(
                    "It shows that the model of section 3 is wrong to say that leaning forward "
                    "raises the load.",
                    why=(
                        "Model and measurements agree that a forward lean raises the load "
                        "(standing flexed forward gave 2.2 times relaxed standing). They "
                        "disagree on the size of the effect (section 3)."
                    ),
                ),
                Choice(
                    "What loads the disc is a forward lean that the back muscles must hold; in "
                    "a slouch the trunk's weight stays over the spine and the muscles rest.",
                    correct=True,
                    why=(
                        "This matches the model's logic: the muscle pull needed to hold a lean "
                        "is what squeezes the disc most."
                    ),
                ),
                Choice(
                    "Slouching is the best way to sit for the back.",
                    why=(
                        "The measurement is one kind of load, in one person; a disc pressure is "
                        "not tissue strain or damage, it shows nothing about muscles, ligaments "
                        "or comfort over hours, and it is not advice on how anyone should sit."
                    ),
                ),
            ),
            explanation=(
                "Subsection 'Measured disc pressures in daily postures' (nine postures of "
                "one volunteer [@wilke1999]); section 3 compares the model with them."
            ),
        ),
        MultipleChoice(
            "A person with weak hip abductors leans the trunk over the standing leg at every "
            "step. In the teaching model, what does the lean do?",
            choices=(
                Choice(
                    "It spares the hip abductors, but the trunk now hangs to one side of L5/S1, "
                    "and the back muscles of one side must hold it at every step.",
                    correct=True,
                    why=(
                        f"At the {LEAN_HALF_DEG:.0f}° lean that halves the abductors' work, the "
                        f"model puts a side-bending moment of about {SIDE_MOMENT_NM:.0f} N·m on "
                        "L5/S1, repeated at every step on that leg."
                    ),
                ),
                Choice(
                    "It makes the weak hip abductors work harder.",
                    why=(
                        "The other way round: the lean brings the weight over the hip, so the "
                        f"abductors need less; a lean of about {LEAN_HALF_DEG:.0f}° halves "
                        "their work."
                    ),
                ),
                Choice(
                    "It unloads the lower back as well, because the weight moves over the hip "
                    "and away from the spine.",
                    why=(
                        "The weight moves sideways of L5/S1, and that creates a side-bending "
                        "moment there: the hip's relief is the lower back's new load."
                    ),
                ),
                Choice(
                    "It loads both sides of the lower back equally, so it only adds a little "
                    "to the overall load.",
                    why=(
                        "A sideways lean is held by the muscles on one side only: the load is "
                        "one-sided, which is what makes it a compensation with a cost."
                    ),
                ),
            ),
            explanation=(
                "Section 4 ('One compensated way of walking: leaning over the stance leg'): the "
                "trade-off figure and the 60% example. The geometry is assumed; the trade "
                "(hip relief for one-sided lumbar load) is the point."
            ),
        ),
    ),
)
