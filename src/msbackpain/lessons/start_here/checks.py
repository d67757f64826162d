"""Self-checks for notebook 00 (start here)."""

from __future__ import annotations

from msbackpain import chain, prevalence
from msbackpain.ui.exercises import check_choice, check_number, check_set


def exercise_1(answer):
    """How many direct causes does 'weakness' have in the chain map?"""
    expected = len(chain.causes("weakness"))
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0,
        explanation=(
            "Weakness has direct causes on the backbone (disrupted signalling), in the "
            "disuse loop (atrophy) and from a medicine (the anti-spasticity drug)."
        ),
        hint="choose 'Muscle weakness' in the chain map and count the boxes with a dashed outline.",
    )


def exercise_2(answer):
    """Which nodes are both causes and effects of back pain (they sit on a loop with it)?"""
    expected = set(chain.upstream("back_pain")) & set(chain.downstream("back_pain"))
    return check_set(
        "Exercise 2",
        answer,
        expected,
        universe=chain.node_ids(),
        item_name="node id",
        explanation=(
            "Every one of these nodes is pushed by back pain and, further round the "
            "loop, pushes back pain up again: that is what makes a loop self-sustaining."
        ),
    )


def exercise_3(answer):
    """Which pain type's pooled prevalence has the widest 95% confidence interval?"""
    df = prevalence.pain_prevalence()
    widths = df["ci_high_pct"] - df["ci_low_pct"]
    expected = df.loc[widths.idxmax(), "pain_type"]
    return check_choice(
        "Exercise 3",
        answer,
        expected,
        df["pain_type"],
        explanation=(
            "Its interval spans tens of percentage points: the studies disagreed a lot, "
            "so the pooled value is the least certain in the table."
        ),
        hints={
            "back pain": "compute the width ci_high_pct - ci_low_pct for every row first.",
            "any pain": "the largest prevalence is not the widest interval.",
        },
    )
