"""Model outputs that notebook 02's prose and guide restate (see msbackpain.evidence.results).

Each number is computed here by the notebook's own models (signalling, conduction), the same way
the notebook's code cells compute it, so the text cannot drift from the models.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from msbackpain import conduction as cd
from msbackpain import signalling as sg
from msbackpain.evidence.results import Result

#: Section 1: the irregular train sent into a healthy fibre and a fibre 5 times normal.
RASTER_RATE_HZ, RASTER_MS, RASTER_SEED, RASTER_FACTOR = 80.0, 500.0, 2, 5.0
#: Section 3: the bundle (fibres, seed, slowing) and the damaged shares compared.
BUNDLE_FIBRES, BUNDLE_SEED, BUNDLE_SLOWING = 200, 1, 3.0
DAMAGED_SHARES = (0.0, 0.3, 0.8)
#: Section 1: lesion severities shown in the node chain's refractory table.
CHAIN_SEVERITIES = (1.0, 3.0, 4.0, 4.8, 5.0, 6.0, 7.0, 7.5, 7.65)


@cache
def raster_counts() -> tuple[int, int, int]:
    """(spikes sent, delivered by the healthy fibre, delivered by the 5x fibre)."""
    train = sg.poisson_train(RASTER_RATE_HZ, RASTER_MS, seed=RASTER_SEED)
    healthy = sg.delivered_mask(train, sg.NORMAL_REFRACTORY_MS)
    damaged = sg.delivered_mask(train, RASTER_FACTOR * sg.NORMAL_REFRACTORY_MS)
    return train.size, int(healthy.sum()), int(damaged.sum())


@cache
def volleys():
    """The three volleys of section 3 (0%, 30%, 80% of fibres damaged)."""
    out = []
    for damaged in DAMAGED_SHARES:
        v = sg.bundle_velocities(
            BUNDLE_FIBRES, damaged_fraction=damaged, max_slowing=BUNDLE_SLOWING, seed=BUNDLE_SEED
        )
        out.append(sg.dispersed_volley(v, distance_mm=500.0))
    return tuple(out)


def _poisson(rate_hz: float, factor: float) -> float:
    return float(sg.delivered_fraction(rate_hz, factor, train="poisson"))


def _healthy_conduction_ms() -> float:
    return 1000.0 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S


def chain_edge_severity() -> float:
    """The most severe lesion in the node chain's refractory table (still conducts at 0 °C)."""
    return float(cd.REFRACTORY_TABLE_SEVERITY[-1])


def chain_flat_severity() -> float:
    """The most severe tabulated lesion at which the refractory period is still 1.0x normal."""
    flat = cd.REFRACTORY_TABLE_SEVERITY[cd.REFRACTORY_TABLE_FACTOR <= 1.0]
    return float(flat.max())


def _severity_for_factor(factor: float) -> float:
    """Lesion severity at which the tabulated chain reaches ``factor`` x normal."""
    return float(
        np.interp(factor, cd.REFRACTORY_TABLE_FACTOR[5:], cd.REFRACTORY_TABLE_SEVERITY[5:])
    )


RESULTS = {
    # --- section 1 -------------------------------------------------------------------------
    "raster_sent": Result("Spikes in the 80 Hz half-second train", lambda: raster_counts()[0]),
    "raster_healthy": Result("Spikes the healthy fibre delivers", lambda: raster_counts()[1]),
    "raster_damaged": Result(
        "Spikes the fibre with a refractory period 5 times normal delivers",
        lambda: raster_counts()[2],
    ),
    "raster_lost": Result(
        "Spikes the 5x fibre loses", lambda: raster_counts()[0] - raster_counts()[2]
    ),
    "chain_f4": Result(
        "Node chain (notebook 01): refractory period at lesion severity 4",
        lambda: cd.refractory_factor(4.0),
        "{:.1f} times normal",
    ),
    "chain_f6": Result(
        "Node chain: refractory period at lesion severity 6",
        lambda: cd.refractory_factor(6.0),
        "{:.1f} times",
    ),
    "chain_edge": Result(
        "Node chain: refractory period at the most severe lesion that still conducts",
        lambda: float(cd.REFRACTORY_TABLE_FACTOR[-1]),
        "{:.1f} times",
    ),
    "chain_edge_f": Result(
        "Node chain: the most severe lesion that still conducts at the reference temperature",
        chain_edge_severity,
        "{:.2f}",
    ),
    "chain_flat_f": Result(
        "Node chain: up to this severity the stimulation site sets the refractory period",
        chain_flat_severity,
        "{:.1f}",
    ),
    "chain_twice_f": Result(
        "Node chain: lesion severity at which the refractory period reaches 2 times normal",
        lambda: _severity_for_factor(2.0),
        "{:.1f}",
    ),
    # --- section 2 -------------------------------------------------------------------------
    "poisson_100_5x": Result(
        "Fraction of an irregular 100 Hz train delivered, refractory 5 times normal",
        lambda: _poisson(100.0, 5.0),
        "{:.2f}",
    ),
    "poisson_100_1x": Result(
        "Fraction of an irregular 100 Hz train delivered, healthy",
        lambda: _poisson(100.0, 1.0),
        "{:.2f}",
    ),
    "poisson_30_5x": Result(
        "Fraction of an irregular 30 Hz train delivered, 5 times normal",
        lambda: _poisson(30.0, 5.0),
        "{:.2f}",
    ),
    "poisson_35_5x": Result(
        "Fraction of an irregular 35 Hz train delivered, 5 times normal",
        lambda: _poisson(35.0, 5.0),
        "{:.2f}",
    ),
    "poisson_35_5x_lost": Result(
        "Share of an irregular 35 Hz train lost, 5 times normal",
        lambda: 100 * (1 - _poisson(35.0, 5.0)),
        "{:.0f}%",
    ),
    "regular_5x_from_hz": Result(
        "Rate above which a regular train loses spikes, 5 times normal",
        lambda: 1000.0 / (5.0 * sg.NORMAL_REFRACTORY_MS),
        "{:.0f} Hz",
    ),
    "regular_34x_from_hz": Result(
        "Rate above which a regular train loses every second spike, 34 times normal",
        lambda: 1000.0 / (sg.MAX_REFRACTORY_FACTOR * sg.NORMAL_REFRACTORY_MS),
        "{:.1f} Hz",
    ),
    # --- section 3 -------------------------------------------------------------------------
    "spreads": Result(
        "Arrival spread of the three volleys (0%, 30%, 80% damaged)",
        lambda: tuple(v.spread_ms for v in volleys()),
        "{:.1f}, {:.1f} and {:.1f} ms",
    ),
    "peaks": Result(
        "Peak of the three volleys (fibres)",
        lambda: tuple(v.peak for v in volleys()),
        "{:.0f}, {:.0f} and {:.0f} fibres",
    ),
    # --- section 4 and the exercises -------------------------------------------------------
    "healthy_conduction_ms": Result(
        "Healthy conduction time over the assumed 1.5 m path",
        _healthy_conduction_ms,
        "{:.0f} ms",
    ),
    "fixed_delay_ms": Result(
        "Fixed loop delay calibrated to the control mean",
        lambda: sg.FIXED_LOOP_DELAY_MS,
        "{:.0f} ms",
    ),
    "ms_slowing": Result(
        "Conduction slowing calibrated to the MS mean",
        lambda: sg.MS_CONDUCTION_SLOWING,
        "{:.2f}",
    ),
    "ms_slowing_round": Result(
        "The same slowing, rounded", lambda: sg.MS_CONDUCTION_SLOWING, "{:.1f}"
    ),
    "ms_slowing_sd": Result(
        "Slowing for the MS mean minus and plus one SD",
        lambda: (
            float(sg.slowing_for_latency(sg.MS_LATENCY_MS - sg.MS_LATENCY_SD_MS)),
            float(sg.slowing_for_latency(sg.MS_LATENCY_MS + sg.MS_LATENCY_SD_MS)),
        ),
        "{:.1f}× to {:.1f}×",
    ),
    "ex1_rate": Result(
        "Exercise 1: the Poisson rate at which a 5x fibre delivers 80%",
        lambda: (1 / 0.8 - 1) / (5 * sg.NORMAL_REFRACTORY_MS / 1000),
        "{:.0f} Hz",
    ),
    "ex1_healthy_pct": Result(
        "Exercise 1: what a healthy fibre delivers at that rate",
        lambda: 100 * _poisson((1 / 0.8 - 1) / (5 * sg.NORMAL_REFRACTORY_MS / 1000), 1.0),
        "{:.0f}%",
    ),
    "quiz_latency_2x": Result(
        "Quiz: loop latency with conduction slowed 2-fold",
        lambda: float(sg.feedback_latency_ms(2.0)),
        "{:.0f} ms",
    ),
}
