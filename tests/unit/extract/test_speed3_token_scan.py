"""The vectorised prefilters of the whole-article token scans (issue 7): the positions they
give are exactly those a loop over every token would test true, so the scans that start
from them (home towns, datelines, bylines, institutions, listed units) find the same names.

Docs built by hand from words; original sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.extract.token_scan import (
    between,
    lemmas_in,
    lowered_in,
    orth_is,
    remember,
    remembered_scans,
    texts_where,
    upper_words,
)

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


def test_lemmas_in_is_the_rules_lemma_test() -> None:
    text = "The device was Planted by fighters who had planted two more and then fled"
    lemmas = ["the", "device", "be", "Plant", "by", "fighter", "who", "have", "plant", "two",
              "more", "and", "then", ""]  # fmt: skip
    doc = Doc(_VOCAB, words=text.split(), lemmas=lemmas)  # the last word has no lemma
    for keys in ({"plant"}, {"fled", "plant"}, {"be"}, set()):
        wanted = [t.i for t in doc if (t.lemma_ or t.lower_).lower() in keys]
        assert lemmas_in(doc, frozenset(keys)) == wanted
    assert lemmas_in(doc, frozenset({"plant", "fled"})) == [3, 8, 13]
    assert lemmas_in(_doc(""), frozenset({"plant"})) == []


def test_between_cuts_positions_to_a_sentence() -> None:
    assert list(between([1, 4, 9, 12], 4, 12)) == [4, 9]
    assert list(between([1, 4], 5, 9)) == []


def test_scans_are_remembered_only_inside_the_block() -> None:
    doc = _doc("one two three")
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert remember(doc, "k", compute) == 1
    assert remember(doc, "k", compute) == 2  # outside: computed every time
    with remembered_scans(doc):
        assert remember(doc, "k", compute) == 3
        assert remember(doc, "k", compute) == 3
        assert lowered_in(doc, frozenset({"two"})) == [1]
    assert remember(doc, "k", compute) == 4  # forgotten when the block ends


def test_doc_text_is_the_extension_attribute() -> None:
    from sitrep.extract.extensions import doc_text

    doc = _doc("Gunmen attacked a checkpoint")
    assert doc_text(doc) == doc.text
    assert doc._.sitrep_text == doc.text  # cached where spaCy keeps the extension
    other = _doc("Shelling hit Idlib")
    other._.sitrep_text = "set by the extractor"
    assert doc_text(other) == "set by the extractor"
