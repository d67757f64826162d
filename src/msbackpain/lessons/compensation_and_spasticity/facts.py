"""Facts notebook 04 states, with their evidence (see msbackpain.evidence.facts).

Only values the notebook's text states are listed; the fatigue rates it uses are computed in
front of the reader (``{{trunk_threshold}}``) and their sources cited where they are used.
"""

from msbackpain.evidence.facts import Fact
from msbackpain.evidence.grades import MEASURED

FACTS = (
    # --- spasticity in MS
    Fact(
        "People with MS in a large registry survey who report some spasticity",
        "More than 80%",
        MEASURED,
        ("bethoux2016",),
        "Survey of 10,353 NARCOMS registry participants (North America); self-report.",
    ),
    # --- anti-spasticity drugs
    Fact(
        "People with MS in the cross-over trial in which measured isometric strength did not "
        "change with baclofen or tizanidine",
        "16 people",
        MEASURED,
        ("crossover1988",),
        "Weakness and falls were reported, but measured isometric strength did not change: the "
        "model leaves maximal strength unchanged and treats the reported weakness as a small "
        "loss of function, an interpretation.",
    ),
    Fact(
        "Share of the 40 people with MS in a 6-week trial who had a temporary rise in "
        "spasticity when tizanidine or baclofen was stopped suddenly",
        "about half",
        MEASURED,
        ("stien1987",),
        "Severely disabled people with MS, double-blind comparison of tizanidine and baclofen; "
        "no other signs of dependence were seen.",
    ),
)
