"""The evidence: one reference list that every citation resolves against, and a grade with
sources on every chain edge, model parameter and stated fact."""

from __future__ import annotations

import json
import re

import pytest

from msbackpain import chain
from msbackpain.evidence import facts, parameters, references
from msbackpain.evidence.grades import ASSUMPTION, GRADES, MEASURED, check_grade
from msbackpain.evidence.references import (
    CITATION,
    DOI,
    REFERENCES_FILE,
    cite,
    cited_keys,
    reference,
    reference_list,
    render_citations,
)
from msbackpain.lessons import LESSONS

#: Files of the product that may cite sources, relative to the repository root.
PRODUCT_GLOBS = (
    "src/notebooks/*.py",
    "src/msbackpain/**/*.py",
    "instructor/*.md",
    "data/*.md",
    "data/*.json",
    "notebooks/*.md",
    "notebooks/*.ipynb",
    "README.md",
)
#: Words that point readers at the team's notes instead of the collection's own evidence.
PROCESS_WORDS = re.compile(
    r"SCIENCE\.md|science notes|our sources|§|not verified|verified the attribution|"
    r"second-hand",
    re.I,
)


def product_files(root):
    return sorted({p for pattern in PRODUCT_GLOBS for p in root.glob(pattern)})


def cited_anywhere(root) -> set[str]:
    """Every key cited in the product: texts, chain edges, parameters and facts."""
    keys = set()
    for path in product_files(root):
        keys.update(cited_keys(path.read_text(encoding="utf-8")))
    keys.update(k for e in chain.EDGES for k in e.sources)
    keys.update(k for p in parameters.all_parameters() for k in p.sources)
    keys.update(k for group in facts.all_facts().values() for f in group for k in f.sources)
    return keys


# -- the reference list ------------------------------------------------------------------------


def test_reference_list_is_csl_json_with_complete_entries():
    items = json.loads(REFERENCES_FILE.read_text(encoding="utf-8"))
    ids = [item["id"] for item in items]
    assert ids == sorted(ids), "keep references.json sorted by id"
    assert len(ids) == len(set(ids))
    problems = []
    for item in items:
        where = item["id"]
        for field in ("type", "title", "issued"):
            if not item.get(field):
                problems.append(f"{where}: no {field}")
        if not item.get("author") and "author" not in item.get("note", ""):
            problems.append(f"{where}: no author and no note saying why")
        if item.get("type") == "article-journal":
            for field in ("container-title", "volume", "page"):
                if field != "container-title" and item.get("PMCID"):
                    continue  # an open full text (PubMed Central) identifies it with the DOI
                if not item.get(field):
                    problems.append(f"{where}: a journal article needs {field}")
        if "DOI" in item:
            if not DOI.match(item["DOI"]):
                problems.append(f"{where}: malformed DOI {item['DOI']!r}")
        elif not item.get("note", "").startswith("no DOI:"):
            problems.append(f"{where}: neither a DOI nor a note starting 'no DOI:'")
        if not item.get("annote"):
            problems.append(f"{where}: no annote saying what the source is")
    assert not problems, "\n".join(problems)


def test_doi_pattern_rejects_malformed_dois():
    assert DOI.match("10.1016/j.pain.2012.12.002")
    for bad in ("doi:10.1016/x", "https://doi.org/10.1016/x", "10.10/x", "10.1016/", "10.1016/a b"):
        assert not DOI.match(bad), bad


def test_every_citation_resolves_and_every_entry_is_used(root):
    used = cited_anywhere(root)
    listed = set(references())
    assert sorted(used - listed) == [], "cited but not in references.json"
    assert sorted(listed - used) == [], "in references.json but cited nowhere"


def test_unknown_key_gives_a_clear_error():
    with pytest.raises(KeyError, match="not in the reference list"):
        reference("nobody1900")
    with pytest.raises(KeyError, match="nobody1900"):
        render_citations("As shown [@nobody1900].")


# -- citations ---------------------------------------------------------------------------------


def test_citations_render_as_author_year():
    one = reference("foley2013")
    assert one.short == "Foley et al. 2013"
    assert reference("vlaeyen2000").short == "Vlaeyen & Linton 2000"
    text = "Pain is common [@foley2013; @vlaeyen2000]; Wilke and colleagues [-@wilke1999]."
    assert render_citations(text) == (
        "Pain is common (Foley et al. 2013; Vlaeyen & Linton 2000); Wilke and colleagues (1999)."
    )
    linked = render_citations("[@foley2013]", link="#ref-{key}")
    assert linked == "([Foley et al. 2013](#ref-foley2013))"
    assert cite("foley2013") == "(Foley et al. 2013)"
    assert cited_keys(text) == ["foley2013", "vlaeyen2000", "wilke1999"]
    assert not CITATION.search("an e-mail name@example.org [not a citation]")
    assert not CITATION.search("the syntax ``[@key]`` written as code")


def test_reference_list_is_sorted_anchored_and_has_dois():
    listed = reference_list(["vlaeyen2000", "foley2013", "foley2013"]).splitlines()
    assert len(listed) == 2
    assert listed[0].startswith('* <a id="ref-foley2013"></a>Foley PL')
    assert (
        "[doi:10.1016/j.pain.2012.12.002](https://doi.org/10.1016/j.pain.2012.12.002)"
        in (listed[0])
    )
    assert "*Pain* 2013;154(5):632–642." in listed[0]
    assert listed[1].startswith('* <a id="ref-vlaeyen2000"></a>Vlaeyen')
    plain = reference_list(["foley2013"], anchors=False)
    assert "<a id" not in plain


# -- grades ------------------------------------------------------------------------------------


def test_grades_need_sources_unless_assumed():
    check_grade(MEASURED, ("foley2013",), "x")
    check_grade(ASSUMPTION, (), "x")
    with pytest.raises(ValueError, match="needs at least one source"):
        check_grade(MEASURED, (), "edge a -> b")
    with pytest.raises(ValueError, match="grade must be one of"):
        check_grade("likely", ("foley2013",), "edge a -> b")


def test_every_chain_edge_has_a_grade_and_sources():
    for e in chain.EDGES:
        assert e.grade in GRADES, e
        assert e.grade == ASSUMPTION or e.sources, e
        assert e.mechanism.strip(), e
    with pytest.raises(ValueError, match="needs at least one source"):
        chain.Edge("a", "b", +1, "m", (), MEASURED)


# -- parameters --------------------------------------------------------------------------------

SOURCE = """
#: Number of units. [measured: foley2013 | count]
N_UNITS = 120
#: Rates of the two phases (grouped). [assumption | Hz]
FAST_HZ = 30.0
SLOW_HZ = 8.0

#: Time step. [setting]
DT_MS = 0.01
NAMES = ("a", "b")
"""


def test_parameter_tags_are_read_where_parameters_are_defined():
    namespace = {"N_UNITS": 120, "FAST_HZ": 30.0, "SLOW_HZ": 8.0, "DT_MS": 0.01, "NAMES": ("a",)}
    found = parameters.parse_parameters("demo", SOURCE, namespace)
    assert [(p.name, p.grade, p.unit, p.sources) for p in found] == [
        ("N_UNITS", MEASURED, "count", ("foley2013",)),
        ("FAST_HZ", ASSUMPTION, "Hz", ()),
        ("SLOW_HZ", ASSUMPTION, "Hz", ()),
    ]
    assert found[0].description == "Number of units."
    settings = parameters.parse_parameters("demo", SOURCE, namespace, include_settings=True)
    assert settings[-1].name == "DT_MS"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("#: Number of units.\nN = 3\n", "no evidence tag"),
        ("#: Number of units. [measured]\nN = 3\n", "needs at least one source"),
        ("#: Number of units. [assumption]\nN = 3\n", "no unit"),
        ("N = 3\n", "no evidence tag"),
        ("#: Far above. [assumption | count]\n\nN = 3\n", "no evidence tag"),
    ],
)
def test_parameter_without_evidence_is_named(source, message):
    with pytest.raises(ValueError, match=message) as error:
        parameters.parse_parameters("demo", source, {"N": 3})
    assert "msbackpain.demo.N" in str(error.value)


def test_every_model_parameter_has_a_grade_unit_and_known_sources():
    found = parameters.all_parameters()
    assert len(found) >= 100
    for p in found:
        assert p.unit and p.grade in GRADES and p.description, p
        for key in p.sources:
            reference(key)


# -- facts -------------------------------------------------------------------------------------


def lesson_text(root, stem: str) -> str:
    """A notebook's source and its lesson folder's files, its facts list left out."""
    text = (root / "src" / "notebooks" / f"{stem}.py").read_text(encoding="utf-8")
    folder = root / "src" / "msbackpain" / "lessons" / stem[3:]
    return text + "".join(
        p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py")) if p.name != "facts.py"
    )


@pytest.mark.parametrize("stem", [lesson.stem for lesson in LESSONS])
def test_each_stated_fact_is_in_its_notebook(root, stem):
    stated = facts.lesson_facts(stem)
    assert stated, f"{stem} lists no facts (msbackpain/lessons/{stem[3:]}/facts.py)"
    text = lesson_text(root, stem)
    missing = [f.value for f in stated if f.value not in text]
    assert not missing, f"{stem}: these values are not in the notebook's text: {missing}"


# -- no process words ---------------------------------------------------------------------------


def test_no_product_file_points_at_the_team_notes(root):
    found = []
    for path in product_files(root):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PROCESS_WORDS.search(line):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()[:90]}")
    assert not found, "\n".join(found)


def test_process_word_check_can_fail():
    for line in ("see SCIENCE.md", "our science notes (§7)", "§ 3 of the notes", "not verified"):
        assert PROCESS_WORDS.search(line), line
    assert not PROCESS_WORDS.search("Section 7 of the paper; verified against the abstract")


def test_plain_reference_has_no_markdown():
    text = reference("foley2013").plain()
    assert text.startswith("Foley PL") and "*" not in text and "](" not in text
    assert text.endswith("doi:10.1016/j.pain.2012.12.002")
    assert reference("nice2016").plain().endswith("https://www.nice.org.uk/guidance/ng59")
