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
_THRESHOLD = 100 * compensation.sustainable_fraction("lumbar")
_DRUG = spasticity.drug_effects([0.0, 1.0])
_RESIST_FULL = 100 * float(_DRUG["peak_torque_Nm"][1] / _DRUG["peak_torque_Nm"][0])
_FUNCTION_FULL = 100 * (1 - float(_DRUG["functional_weakness"][1]))
_LIMIT = compensation.sustainable_fraction("lumbar")
_ENDLESS_FULL = _LIMIT * float(compensation.lumbar_capacity_Nm(1.0))
_ENDLESS_WEAK = _LIMIT * float(compensation.lumbar_capacity_Nm(0.6))
_ENDLESS_HIP = _LIMIT * compensation.hip_capacity_Nm() / compensation.HIP_TO_LUMBAR_MOMENT
_T55_FULL = float(
    compensation.endurance_min(compensation.two_joint_loads(55, 1.0).lumbar_relative_load)
)
_T55_WEAK = float(
    compensation.endurance_min(compensation.two_joint_loads(55, 0.6).lumbar_relative_load)
)

TEXTS = {
    "two-joints": FigureText(
        caption=(
            "How long each muscle group can hold a moment at L5/S1 in the teaching model: "
            "weaker back extensors tire sooner at every moment and lose their endless range "
            "sooner, while the hip extensors are the same whatever the back's strength. "
            "Bars above the plot mark the moments held with no time limit (drawn as no limit, "
            "not as a number of minutes)."
        ),
        alt=(
            "Endurance time on a log scale against the moment held at L5/S1, from 5 to 100 N·m. "
            f"The full-strength back extensors hold without limit up to about {_ENDLESS_FULL:.0f} "
            "N·m (a bar above the plot), then their line starts near 100 minutes and falls; at "
            f"55 N·m, marked by a dotted line, they last {_T55_FULL:.1f} minutes. The 40% weaker "
            f"back extensors hold without limit only up to about {_ENDLESS_WEAK:.0f} N·m and last "
            f"{_T55_WEAK:.1f} minutes at 55 N·m. The hip extensors' line, the same for any "
            f"back strength, holds without limit up to about {_ENDLESS_HIP:.0f} N·m."
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
