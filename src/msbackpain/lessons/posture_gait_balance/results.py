"""Model outputs that notebook 05's prose and guide restate (see msbackpain.evidence.results).

Each number is computed here by the notebook's own models (balance, fatigue, spine, gait), the
same way the notebook's code cells compute it, so the text cannot drift from the models.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from msbackpain import balance, fatigue, gait, spine
from msbackpain.evidence.results import Result

#: The two postural strategies of section 2 besides standing relaxed (teaching settings).
HARDER = balance.BalanceParams(kp_factor=1.6)
STIFF = balance.BalanceParams(cocontraction=0.2)
#: Gains shown in the critical-delay table of section 1 (multiples of m·g·h; K_d in s).
GRID_KP = (1.1, 1.3, 1.6, 2.0)
GRID_KD_S = (0.2, 0.35, 0.5)
#: Joint whose Frey-Law et al. (2012) fatigue rates stand for the ankle muscles.
ANKLE = "ankle"


def _sd(params=None, delay_s=balance.MS_DELAY_S) -> float:
    return float(balance.sway_sd_vs_delay([delay_s], params=params)[0])


@cache
def _run(params=None):
    """The 30-second simulation at the MS delay that the strategies table uses."""
    return balance.simulate_sway(balance.MS_DELAY_S, 30, params=params)


def effort(params=None) -> float:
    """Mean ankle-muscle effort (fraction of the assumed maximum) at the MS delay."""
    return _run(params).mean_activation


def endurance_min(params=None) -> float:
    """How long the fatigue model (ankle rates) holds that effort (minutes; inf: no limit)."""
    return float(fatigue.endurance_time_min(effort(params), joint=ANKLE))


def peterka_ms_range_ms() -> tuple[float, float]:
    """MS loop delay (ms) if the healthy loop delay is 150–200 ms and MS adds 59 ms."""
    lo, hi = balance.HEALTHY_LOOP_DELAY_RANGE_S
    return tuple(1000 * (d + balance.MS_EXTRA_DELAY_S) for d in (lo, hi))


def grid_ms() -> np.ndarray:
    """Critical delay (ms) for the gains of the section 1 table."""
    return 1000 * balance.critical_delay_grid(GRID_KP, GRID_KD_S)


def _crossing(load_kg: float) -> float:
    angles = np.linspace(0.0, 90.0, 90001)
    c = spine.l5s1_load(70.0, angles, load_kg).compression_N
    return float(angles[np.argmax(c >= spine.NIOSH_COMPRESSION_CRITERION_N)])


def _peak_angle() -> float:
    fine = np.linspace(0, 90, 9001)
    return float(fine[spine.l5s1_load(70, fine).compression_N.argmax()])


def _lean(capacity: float) -> float:
    return float(gait.lean_needed_deg(capacity))


def _stance(capacity: float):
    return gait.single_leg_stance(70, _lean(capacity))


def _sway_more_pct() -> float:
    sd = balance.sway_sd_vs_delay([balance.CONTROL_DELAY_S, balance.MS_DELAY_S])
    return 100 * (float(sd[1]) / float(sd[0]) - 1)


def _fmt_min(minutes: float) -> str:
    return "no limit" if math.isinf(minutes) else f"{minutes:.1f} minutes"


RESULTS = {
    # --- balance ---------------------------------------------------------------------------
    "delay_longer_pct": Result(
        "How much longer the MS latency (161 ms) is than the control latency (102 ms)",
        lambda: 100 * (balance.MS_DELAY_S / balance.CONTROL_DELAY_S - 1),
        "{:.0f}%",
    ),
    "sway_more_pct": Result(
        "Extra sway SD with the MS delay over the control delay (linearised model)",
        _sway_more_pct,
        "{:.0f}%",
    ),
    "critical_ms": Result(
        "Critical delay of the balance model with the teaching gains",
        lambda: 1000 * balance.critical_delay(),
        "{:.0f} ms",
    ),
    "fall_250_s": Result(
        "When the model body falls in the 30-second simulation at a 250 ms delay",
        lambda: balance.simulate_sway(0.25, 30).fall_time_s,
        "{:.1f} s",
    ),
    "ms_margin_ms": Result(
        "Critical delay minus the MS latency used as loop delay (teaching gains)",
        lambda: 1000 * (balance.critical_delay() - balance.MS_DELAY_S),
        "{:.0f} ms",
    ),
    "peterka_ms_range": Result(
        "MS loop delay if the healthy loop delay is 150–200 ms and MS adds the 59 ms latency gap",
        peterka_ms_range_ms,
        "{:.0f}–{:.0f} ms",
    ),
    "critical_grid_range": Result(
        "Lowest and highest critical delay over the gains of the section 1 table",
        lambda: (float(grid_ms().min()), float(grid_ms().max())),
        "{:.0f} to {:.0f} ms",
    ),
    "max_stable_ms": Result(
        "Longest delay any delayed PD gains can stabilise for the model body, sqrt(2h/g)",
        lambda: 1000 * balance.max_stable_delay(),
        "{:.0f} ms",
    ),
    "critical_harder_ms": Result(
        "Critical delay when reacting harder (K_p = 1.6 m g h)",
        lambda: 1000 * balance.critical_delay(HARDER),
        "{:.0f} ms",
    ),
    "critical_stiff_ms": Result(
        "Critical delay when co-contracting 20% of maximum",
        lambda: 1000 * balance.critical_delay(STIFF),
        "{:.0f} ms",
    ),
    "sd_relaxed": Result("Sway SD at the MS delay, relaxed (linearised)", lambda: _sd(), "{:.2f}°"),
    "sd_harder": Result(
        "Sway SD at the MS delay, reacting harder (linearised)", lambda: _sd(HARDER), "{:.2f}°"
    ),
    "sd_stiff": Result(
        "Sway SD at the MS delay, co-contracting 20% (linearised)", lambda: _sd(STIFF), "{:.2f}°"
    ),
    "effort_relaxed_pct": Result(
        "Mean ankle-muscle effort at the MS delay, relaxed (% of the assumed maximum)",
        lambda: 100 * effort(),
        "{:.1f}%",
    ),
    "effort_stiff_pct": Result(
        "Mean ankle-muscle effort at the MS delay, co-contracting 20% (% of assumed maximum)",
        lambda: 100 * effort(STIFF),
        "{:.1f}%",
    ),
    "ankle_threshold_pct": Result(
        "Load below which the fatigue model with the ankle rates never tires",
        lambda: 100 * fatigue.fatigue_threshold_load(joint=ANKLE),
        "{:.1f}%",
    ),
    "endurance_stiff": Result(
        "How long the fatigue model (ankle rates) holds the co-contracting effort",
        lambda: _fmt_min(endurance_min(STIFF)),
        "{}",
    ),
    # --- spine -----------------------------------------------------------------------------
    "moment_45": Result(
        "L5/S1 moment, 70 kg, 45° flexion, no load",
        lambda: float(spine.l5s1_load(70, 45).moment_Nm),
        "{:.0f} N·m",
    ),
    "muscle_45": Result(
        "Back-muscle force, 70 kg, 45° flexion, no load",
        lambda: float(spine.l5s1_load(70, 45).muscle_force_N) / 1000,
        "{:.2f} kN",
    ),
    "compression_45": Result(
        "L5/S1 compression, 70 kg, 45° flexion, no load",
        lambda: float(spine.l5s1_load(70, 45).compression_N) / 1000,
        "{:.2f} kN",
    ),
    "compression_upright": Result(
        "L5/S1 compression, 70 kg, upright, no load",
        lambda: float(spine.l5s1_load(70, 0).compression_N) / 1000,
        "{:.2f} kN",
    ),
    "crossing_20kg": Result(
        "Trunk flexion at which 70 kg holding 20 kg reaches 3.4 kN",
        lambda: _crossing(20.0),
        "{:.1f}°",
    ),
    "crossing_10kg": Result(
        "Trunk flexion at which 70 kg holding 10 kg reaches 3.4 kN (Exercise 5)",
        lambda: _crossing(10.0),
        "{:.1f}°",
    ),
    "peak_angle": Result(
        "Trunk flexion at which the no-load compression peaks (tan θ = d / r)",
        _peak_angle,
        "{:.0f}°",
    ),
    "model_ratio": Result(
        "Model compression at 45° over upright, 70 kg, no load (section 3)",
        lambda: float(spine.l5s1_load(70, 45).compression_N / spine.l5s1_load(70, 0).compression_N),
        "{:.1f}",
    ),
    # --- gait ------------------------------------------------------------------------------
    "lean_half": Result("Lean that halves the hip abductors' work", lambda: _lean(0.5), "{:.1f}°"),
    "abductor_upright": Result(
        "Hip-abductor force upright, 70 kg",
        lambda: float(gait.single_leg_stance(70, 0.0).hip_abductor_force_N) / 1000,
        "{:.2f} kN",
    ),
    "abductor_half": Result(
        "Hip-abductor force at the lean that halves their work",
        lambda: float(_stance(0.5).hip_abductor_force_N) / 1000,
        "{:.2f} kN",
    ),
    "side_moment_half": Result(
        "Side-bending moment at L5/S1 at that lean",
        lambda: float(_stance(0.5).lumbar_lateral_moment_Nm),
        "{:.0f} N·m",
    ),
    "side_force_half": Result(
        "One-sided back-muscle force at that lean",
        lambda: float(_stance(0.5).lateral_muscle_force_N) / 1000,
        "{:.2f} kN",
    ),
    "full_lean": Result(
        "Lean that puts the weight straight over the hip", lambda: _lean(0.0), "{:.1f}°"
    ),
    "lean_60": Result(
        "Lean needed when the abductors manage 60% (section 4)", lambda: _lean(0.6), "{:.1f}°"
    ),
    "side_force_60": Result(
        "One-sided back-muscle force at that lean (section 4)",
        lambda: float(_stance(0.6).lateral_muscle_force_N),
        "{:.0f} N",
    ),
}
