"""Self-checks for notebook 02 (disrupted signalling). Every expected answer comes from the model
or from the published values it is calibrated to."""

from __future__ import annotations

import numpy as np

from msbackpain import signalling as sg
from msbackpain.ui.exercises import built_or_reference, check_function, check_number

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


# The refractory rule, built in three steps (the learner's model; sg.delivered_mask is the
# collection's). Each case is ((arguments...), expected).
_PASSES_CASES = [((5.0, 1.0), True), ((0.5, 1.0), False), ((1.0, 1.0), True), ((4.9, 5.0), False)]
_TRAINS = [
    [0.0, 0.5, 1.2, 3.0, 3.4, 9.0],
    [0.0, 2.0, 4.0, 6.0, 8.0, 10.0],
    [1.0, 1.5, 2.2, 2.9, 7.0],
    [],
]


def _last_delivered_cases():
    cases = []
    for train in _TRAINS[:3]:
        for tau in (1.0, 3.0):
            mask = sg.delivered_mask(train, tau)
            cases.append(
                ((train, tau), float(max(t for t, k in zip(train, mask, strict=True) if k)))
            )
    return cases


def _mask_cases():
    trains = _TRAINS + [sg.poisson_train(80.0, 300.0, seed=s).tolist() for s in (1, 2)]
    return [((t, tau), sg.delivered_mask(t, tau)) for t in trains for tau in (1.0, 5.0)]


def _as_mask(function):
    """The learner's function with its result as a boolean array (a list of True/False is fine)."""

    def as_mask(times, tau):
        result = function(times, tau)
        return result if result is ... else np.asarray(result, dtype=bool)

    return as_mask


def build_step_1(passes):
    """Step 1: does a spike arriving ``interval_ms`` after the last delivered one get through?"""
    return check_function(
        "Build step 1",
        passes,
        _PASSES_CASES,
        explanation="A spike passes when at least one refractory period has gone by: interval ≥ τ.",
        hint="return interval_ms >= refractory_ms (an interval exactly equal to τ passes).",
    )


def build_step_2(last_delivered):
    """Step 2: the time (ms) of the last delivered spike of a train."""
    return check_function(
        "Build step 2",
        last_delivered,
        _last_delivered_cases(),
        explanation=(
            "You compare each spike with the last *delivered* spike, so a lost spike does not "
            "restart the clock."
        ),
        hint=(
            "start with last = -inf; for each t, if passes(t - last, refractory_ms): last = t. "
            "Do not update last for a lost spike."
        ),
    )


def build_step_3(delivered, reference=sg.delivered_mask):
    """Step 3: the delivered mask of a train; returns the function the notebook then uses."""
    verdict = check_function(
        "Build step 3",
        _as_mask(delivered) if callable(delivered) else delivered,
        _mask_cases(),
        explanation="Your rule gives the same mask as the collection's on every test train.",
        hint="build a list of True/False while walking the train as in step 2.",
    )
    return built_or_reference(verdict, delivered, reference, "refractory rule")
