"""The vectorised prefilters of the whole-article token scans (issue 7): the positions they
give are exactly those a loop over every token would test true, so the scans that start
from them (home towns, datelines, bylines, institutions, listed units) find the same names.

Docs built by hand from words; original sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.extract.token_scan import lowered_in, orth_is, texts_where, upper_words

_VOCAB = spacy.blank("en").vocab


def _doc(text: str) -> Doc:
    return Doc(_VOCAB, words=text.split())


def test_lowered_in_finds_every_case_of_a_keyword_in_order() -> None:
    doc = _doc("Police in Harlow said OF the men , of whom two were Police officers")
    found = lowered_in(doc, frozenset({"of", "police"}))
    assert found == [i for i, t in enumerate(doc) if t.lower_ in {"of", "police"}]
    assert found == [0, 4, 8, 12]


def test_lowered_in_takes_a_passing_set_too() -> None:
    doc = _doc("Harlow police and Oxley police met in Harlow")
    assert lowered_in(doc, {"harlow"}) == [0, 7]
    assert lowered_in(doc, set()) == []


def test_lowered_in_on_an_empty_doc_finds_nothing() -> None:
    assert lowered_in(_doc(""), frozenset({"of"})) == []
    assert upper_words(_doc("")) == []


def test_orth_is_keeps_the_case_of_a_byline() -> None:
    doc = _doc("By a staff reporter , Sahel Wire . Shops closed by noon BY order")
    assert orth_is(doc, "By") == [0]


def test_upper_words_are_all_capitals_and_all_letters() -> None:
    doc = _doc("KASSALA ( AP ) -- Gunmen from the U.S. border town 4WD A Kassala")
    found = upper_words(doc)
    assert found == [i for i, t in enumerate(doc) if t.is_upper and t.is_alpha]
    assert [doc[i].text for i in found] == ["KASSALA", "AP", "A"]


def test_texts_where_tests_each_distinct_text_once() -> None:
    doc = _doc("Sahel Wire reported that Sahel Wire staff and sahel traders left Sahel")
    seen: list[str] = []

    def test(text: str) -> bool:
        seen.append(text)
        return text == "Sahel"

    assert texts_where(doc, test) == [0, 4, 11]
    assert sorted(seen) == sorted({t.text for t in doc})
    assert texts_where(_doc(""), test) == []
