"""Model outputs that notebook 03's prose restates (see msbackpain.evidence.results)."""

from msbackpain import motor
from msbackpain.evidence.results import Result


def _effort_pct(spike_failure: float = 0.0) -> float:
    return 100 * float(motor.effort_for_force(0.30, spike_failure))


RESULTS = {
    "effort_healthy": Result(
        "Effort a healthy motor-unit pool needs for 30% of its maximum force",
        _effort_pct,
        "{:.1f}%",
    ),
    "effort_affected": Result(
        "Effort for the same force with 30% of motor spikes failing",
        lambda: _effort_pct(0.3),
        "{:.1f}%",
    ),
}
