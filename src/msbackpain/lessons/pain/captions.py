"""What a reader gets with each static figure of notebook 06: its caption and its alt text.

Where the alt text describes numbers the notebook computes, it is a function of those numbers.
"""

from __future__ import annotations

from msbackpain.ui.display import FigureText

_COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int) -> str:
    """A small count in words ('six'), larger ones in digits."""
    return _COUNTS[n] if 0 <= n < len(_COUNTS) else str(n)


def day_breaks(hours: float, static_peak: float, walks_peak: float, supported_peak: float):
    """Discomfort over an 8-hour desk day sitting upright without breaks, with short walks, and
    against a backrest with the same walks, given the length of the plans with breaks (h) and
    each day's peak (0–10)."""
    return FigureText(
        caption=(
            "Teaching model: back discomfort over 8 hours of desk work sitting upright without "
            "breaks, with a 5-minute walk every 30 minutes, and against a backrest with the same "
            "walks. A discomfort signal, not damage."
        ),
        alt=(
            f"Three curves of discomfort over about {hours:.0f} hours, on a scale from 0 to 4. "
            f"Upright without breaks (solid) it rises smoothly to about {static_peak:.1f}. With "
            "a 5-minute walk every 30 minutes (dashed) it rises in a saw-tooth, dipping at each "
            f"walk, to about {walks_peak:.1f}. Against a backrest with the same walks (dash-dot) "
            f"it stays lowest, peaking at about {supported_peak:.1f}."
        ),
    )


def lhermitte(n_flexions: int, n_episodes: int, felt) -> FigureText:
    """Neck flexions, the episodes they trigger and where the shock is felt, given the number of
    flexions and episodes and the regions felt."""
    felt = list(felt)
    where = ", ".join(felt[:-1]) + f" and {felt[-1]}" if len(felt) > 1 else "".join(felt)
    return FigureText(
        caption=(
            "Teaching model of Lhermitte's sign on a day inside a spell: forward bends of the "
            "neck past a threshold trigger brief episodes (left); the shock is felt in all the "
            "marked places at once (right). Nothing travels down the spine: the impulses go up "
            "to the brain."
        ),
        alt=(
            f"Left: neck flexion angle over 2 minutes, with {_count(n_flexions)} smooth forward "
            "bends to about 40 degrees above a dashed threshold line at 20 degrees; "
            f"{_count(n_episodes)} of the bends start a hatched episode about one second long. "
            "Right: a stick-body schematic titled 'where the shock is felt, all at once', with "
            f"filled markers at the {where}, and no times."
        ),
    )


def side_effect_rates(drug: dict[str, float], placebo: dict[str, float]) -> FigureText:
    """Published rates (fractions of people) with the drug and with placebo, by side effect."""
    parts = []
    for effect in drug:
        with_drug, without = f"{100 * drug[effect]:.0f}%", f"{100 * placebo[effect]:.0f}%"
        if not parts:  # the first pair says which bar is which
            with_drug, without = f"{with_drug} with interferon beta-1a", f"{without} with placebo"
            parts.append(f"{effect.capitalize()}: {with_drug}, {without}")
        else:
            parts.append(f"{effect.capitalize()}: {with_drug} and {without}")
    longer = all(drug[e] > placebo[e] for e in drug)
    verdict = " Every drug bar is longer than its placebo bar." if longer else ""
    return FigureText(
        caption=(
            "Share of people reporting three side effects with a low weekly dose of interferon "
            "beta-1a and with placebo, in one placebo-controlled trial in secondary-progressive "
            "MS [@andersen2004]."
        ),
        alt="Grouped horizontal bars. " + ". ".join(parts) + "." + verdict,
    )


def fear_avoidance_runs(after_episode: float, middle_final: float, high_final: float):
    """Weekly pain for loop gains 0.8, 1.2 and 1.5, given the middle run's pain just after the
    episode and the final weeks' pain of the middle and the highest gain (0–10)."""
    return FigureText(
        caption=(
            "Teaching model of the fear-avoidance loop: weekly pain after a 2-week acute episode "
            "for loop gains 0.8, 1.2 and 1.5."
        ),
        alt=(
            "Three curves of pain over 52 weeks, all starting with a shaded 2-week acute episode "
            "at pain 6 or more. With loop gain 0.8 pain falls away to nearly 0. With 1.2 it "
            f"drops to about {after_episode:.1f} and stays near {middle_final:.1f} all year. "
            f"With 1.5 it settles near {high_final:.1f}."
        ),
    )
