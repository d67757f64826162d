"""Self-checks for notebook 02 (disrupted signalling). Every expected answer comes from the model
or from the published values it is calibrated to."""

from __future__ import annotations

from msbackpain import signalling as sg
from msbackpain.ui.exercises import check_number

#: Exercise 1: the refractory prolongation and the target delivered fraction.
EXERCISE_1_FACTOR, EXERCISE_1_FRACTION = 5.0, 0.8
#: Exercise 2: the refractory prolongation (Felts et al.'s largest).
EXERCISE_2_FACTOR = sg.MAX_REFRACTORY_FACTOR


def expected_rate_for_fraction(fraction=EXERCISE_1_FRACTION, factor=EXERCISE_1_FACTOR) -> float:
    """Poisson rate (Hz) at which 1 / (1 + r tau) equals ``fraction``: r = (1/fraction - 1)/tau."""
    tau_s = factor * sg.NORMAL_REFRACTORY_MS / 1000.0
    return (1.0 / fraction - 1.0) / tau_s


def exercise_1(answer):
    """Poisson input, refractory x 5: the firing rate (Hz) at which 80% of spikes get through."""
    expected = expected_rate_for_fraction()
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0.03,
        unit="Hz",
        explanation=(
            f"1 / (1 + r × 0.005 s) = 0.8 gives r = 0.25 / 0.005 s = {expected:.0f} Hz: one spike "
            "in five is already lost at a rate a healthy fibre carries almost without loss."
        ),
        hint=(
            "solve 1 / (1 + r τ) = 0.8 for r, with τ = 5 × 1 ms = 0.005 s, or scan rates with "
            "sg.delivered_fraction(rate, 5) and find where it crosses 0.8."
        ),
    )


def exercise_2(answer):
    """Regular input, refractory x 34: the lowest rate (Hz) at which spikes start to be lost."""
    expected = 1000.0 / (EXERCISE_2_FACTOR * sg.NORMAL_REFRACTORY_MS)
    return check_number(
        "Exercise 2",
        answer,
        expected,
        rel_tol=0.02,
        unit="Hz",
        explanation=(
            f"Losses start when the interval between spikes, 1000 / rate ms, becomes shorter "
            f"than the refractory period of 34 ms: above {expected:.1f} Hz every second spike "
            "is lost, inside the range motor units fire at."
        ),
        hint=(
            "a regular train loses spikes once its interval is shorter than the refractory "
            "period τ = 34 ms; the interval is 1000 / rate ms."
        ),
    )


def exercise_3(answer):
    """The fixed part of the feedback loop delay (ms), from the control mean."""
    healthy_ms = 1000.0 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S
    expected = sg.CONTROL_LATENCY_MS - healthy_ms
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0.01,
        unit="ms",
        explanation=(
            f"Conduction over {sg.AFFERENT_PATH_M:g} m at {sg.HEALTHY_AFFERENT_VELOCITY_M_S:g} m/s "
            f"takes {healthy_ms:.0f} ms, so the rest of the {sg.CONTROL_LATENCY_MS:g} ms, "
            f"{expected:.0f} ms, is everything else in the loop (processing in the spinal cord "
            "and brain, the motor command's way back, the muscle's response)."
        ),
        hint="conduction time = 1.5 m / 60 m/s (in ms); the fixed delay is 102 ms minus that.",
    )


def exercise_4(answer):
    """The conduction slowing (x) that turns the control mean into the MS mean."""
    expected = sg.slowing_for_latency(sg.MS_LATENCY_MS)
    fixed = sg.FIXED_LOOP_DELAY_MS
    healthy_ms = sg.CONTROL_LATENCY_MS - fixed
    return check_number(
        "Exercise 4",
        answer,
        expected,
        rel_tol=0.02,
        unit="×",
        explanation=(
            f"({sg.MS_LATENCY_MS:g} − {fixed:g}) / {healthy_ms:g} = {expected:.2f}: the "
            "conduction part of the loop would have to take more than three times as long. "
            "That is a lot for the whole path, which is one reason to think part of the extra "
            "delay is central."
        ),
        hint=(
            f"the MS latency is {fixed:g} ms + {healthy_ms:g} ms × slowing; solve "
            f"{sg.MS_LATENCY_MS:g} = {fixed:g} + {healthy_ms:g} × slowing for the slowing."
        ),
    )
