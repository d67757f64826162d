"""How common each kind of pain is in MS: pooled prevalences from a meta-analysis.

Source: Foley PL, Vesterinen HM, Laird BJ, et al. Prevalence and natural history of pain in adults
with multiple sclerosis: systematic review and meta-analysis. *Pain* 2013;154(5):632–642.
doi:10.1016/j.pain.2012.12.002. Pooled over 28 studies with 7101 people with MS; the values and
their 95% confidence intervals are those of the paper's abstract (measured).

What the rows measure: each is a pooled prevalence over studies that asked in different ways and
over different time frames (pain now, in a recent period, or ever), so none is strictly a point
prevalence. "Back pain" is the paper's broad category, from older studies; studies that ask about
low back pain specifically find it far more often (41.6–52.4% in the systematic review of
Massot et al. 2021, *Rev Neurol (Paris)* 177:349).
"""

from __future__ import annotations

import pandas as pd

from msbackpain.evidence import reference

CITATION = reference("foley2013").plain()

# pain type, pooled prevalence %, lower and upper 95% CI %, mechanism class (after Truini et al.
# 2013; 'mixed' and 'other' are our grouping)
_ROWS = (
    ("any pain", 63.0, 55.0, 70.0, "all"),
    ("headache", 43.0, 33.0, 52.0, "other"),
    ("neuropathic extremity pain", 26.0, 7.0, 53.0, "neuropathic"),
    ("back pain", 20.0, 13.0, 28.0, "musculoskeletal"),
    ("Lhermitte's sign", 16.0, 10.0, 25.0, "neuropathic"),
    ("painful spasms", 15.0, 8.5, 23.0, "mixed"),
    ("trigeminal neuralgia", 3.8, 2.0, 6.0, "neuropathic"),
)


def pain_prevalence() -> pd.DataFrame:
    """Pooled prevalence (%) of pain types in MS with 95% confidence intervals (Foley 2013).

    Columns: ``pain_type``, ``prevalence_pct``, ``ci_low_pct``, ``ci_high_pct``, ``mechanism``
    (a broad class after Truini et al. 2013, *J Neurol* 260:351; 'mixed' and 'other' are our
    grouping for the chart). ``df.attrs["citation"]`` holds the source.
    """
    df = pd.DataFrame(
        _ROWS, columns=["pain_type", "prevalence_pct", "ci_low_pct", "ci_high_pct", "mechanism"]
    )
    df.attrs["citation"] = CITATION
    return df
