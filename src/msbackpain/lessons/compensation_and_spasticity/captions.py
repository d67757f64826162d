"""Captions and alt texts of notebook 04's figures, by figure id.

Numbers in the alt texts are computed from the models (never typed), so they follow any
recalibration.
"""

from __future__ import annotations

from msbackpain import compensation, spasticity
from msbackpain.ui.display import FigureText

_MOMENT = 55.0
_FULL = compensation.strategy_mix(_MOMENT, 1.0)
_WEAK = compensation.strategy_mix(_MOMENT, 0.1)
_HALF = compensation.two_joint_loads(_MOMENT, 0.5)
_T_FULL = float(compensation.endurance_min(_FULL.lumbar_relative_load))
_T_HALF = float(compensation.endurance_min(_HALF.lumbar_relative_load))
_T_HIP = float(compensation.endurance_min(_HALF.hip_relative_load, "hip"))
_THRESHOLD = 100 * compensation.sustainable_fraction("lumbar")
_CANNOT = 100 * _MOMENT / float(compensation.lumbar_capacity_Nm(1.0))
_DRUG = spasticity.drug_effects([0.0, 1.0])
_RESIST_FULL = 100 * float(_DRUG["peak_torque_Nm"][1] / _DRUG["peak_torque_Nm"][0])
_FUNCTION_FULL = 100 * (1 - float(_DRUG["functional_weakness"][1]))

TEXTS = {
    "two-joints": FigureText(
        caption=(
            "Two joints in the teaching model: as the back extensors weaken, they work at a "
            "higher share of their maximum and tire sooner, while the hip extensors' load and "
            "endurance stay the same, because their moment is about the hip, not L5/S1."
        ),
        alt=(
            "Two panels against back extensor strength falling from 100% to 10% of full. Left: "
            f"the back extensors' load rises from {100 * float(_FULL.lumbar_relative_load):.1f}% "
            f"of their maximum, {100 * float(_HALF.lumbar_relative_load):.1f}% at half strength, "
            f"and past 100% (cannot hold) below {_CANNOT:.0f}% "
            "strength; the hip extensors' load is a flat "
            f"line at {100 * float(_HALF.hip_relative_load):.1f}%; a dashed line marks the "
            f"trunk's no-failure load of {_THRESHOLD:.1f}%. Right, endurance on a log scale: "
            f"the back extensors fall from {_T_FULL:.1f} minutes to {_T_HALF:.1f} minutes at "
            f"half strength and towards zero; the hip extensors stay flat at {_T_HIP:.1f} "
            "minutes."
        ),
    ),
    "strategy-mix": FigureText(
        caption=(
            "A change of strategy in the teaching model: the weaker the back extensors, the more "
            "of the lumbar moment the person moves to the hip hinge, the arms and passive "
            "tissue, which keeps the back muscles' effort where it was but loads the hips, the "
            "arms and the passive tissue more [@descarreaux2008]."
        ),
        alt=(
            "Two panels against back extensor strength falling from 100% to 10% of full. Left: "
            f"a stacked area of the {_MOMENT:.0f} N·m at L5/S1; at full strength it is all back "
            "extensors; as strength falls, wedges for the hip hinge, the arms and, largest, the "
            f"passive tissue grow, until at 10% strength the back extensors carry "
            f"{float(_WEAK.active_lumbar_Nm):.1f} N·m, the hip hinge {float(_WEAK.hinge_Nm):.1f}, "
            f"the arms {float(_WEAK.arm_Nm):.1f} and the passive tissue "
            f"{float(_WEAK.passive_Nm):.1f} N·m. Right: four lines in percent: the back "
            f"extensors' load flat at {100 * float(_FULL.lumbar_relative_load):.1f}%, the hip "
            f"extensors' load rising slightly from {100 * float(_FULL.hip_relative_load):.1f}% "
            f"to {100 * float(_WEAK.hip_relative_load):.1f}%, the arms' push rising from 0 to "
            f"{100 * float(_WEAK.arm_relative_load):.1f}% of their maximum, and the flexion "
            f"into the passive range rising steeply from 0 to "
            f"{100 * float(_WEAK.passive_strain):.0f}% of the way to full flexion; a dashed "
            f"line marks {_THRESHOLD:.1f}%."
        ),
    ),
    "overcompensation-loop": FigureText(
        caption=(
            "The overcompensation loop on the causal map: weakness leads to compensation "
            "(a change of strategy), to other structures working harder and to fatigue, then "
            "to moving less, disuse, atrophy and more weakness: a plausible loop, not an "
            "established one."
        ),
        alt=(
            "The chain map with most boxes faded. Seven boxes have thick outlines and are joined "
            "by thick orange arrows in a ring: muscle weakness to compensation, up to other "
            "tissues overloaded and across to muscle fatigue, down to avoiding movement on the "
            "bottom row, then left through disuse and atrophy and back up to muscle weakness."
        ),
    ),
    "drug-effects": FigureText(
        caption=(
            "The drug in the teaching model: a stronger drug effect lowers the resistance to a "
            "fast stretch and the Ashworth grade, leaves maximal strength unchanged as measured "
            "[@crossover1988], and costs a little function, our interpretation of the weakness "
            "people report [@bass1988]."
        ),
        alt=(
            "Three lines against drug effect from 0 to 100%. Resistance at 90 deg/s, as a "
            f"percentage of its value without the drug, falls in a straight line from 100% to "
            f"about {_RESIST_FULL:.0f}%; maximal strength stays flat at 100%; function falls "
            f"gently from 100% to {_FUNCTION_FULL:.0f}%. A dotted vertical line a little past the "
            "middle separates a left band labelled Ashworth 1+ from a shaded right band labelled "
            "Ashworth 1."
        ),
    ),
}
