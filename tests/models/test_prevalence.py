"""Foley et al. 2013 pooled prevalences, exactly as published (abstract checked)."""

from msbackpain import prevalence

PUBLISHED = {  # pain type: (prevalence, CI low, CI high), %
    "any pain": (63, 55, 70),
    "headache": (43, 33, 52),
    "neuropathic extremity pain": (26, 7, 53),
    "back pain": (20, 13, 28),
    "Lhermitte's sign": (16, 10, 25),
    "painful spasms": (15, 8.5, 23),
    "trigeminal neuralgia": (3.8, 2, 6),
}


def test_table_holds_published_values():
    df = prevalence.pain_prevalence().set_index("pain_type")
    assert set(df.index) == set(PUBLISHED)
    for name, (p, lo, hi) in PUBLISHED.items():
        row = df.loc[name]
        assert (row.prevalence_pct, row.ci_low_pct, row.ci_high_pct) == (p, lo, hi)
        assert lo <= p <= hi
    assert "10.1016/j.pain.2012.12.002" in prevalence.pain_prevalence().attrs["citation"]
