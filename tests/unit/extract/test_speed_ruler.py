"""The lexicon ruler runs each token pattern only around its anchor word (issue 7): the
anchor it picks, the windows it reads, and the same spans as spaCy's own SpanRuler."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc

from sitrep.extract import engine  # noqa: F401  (registers sitrep's factories)
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.ruler import LexiconRuler, anchor_of
from sitrep.extract.token_scan import windows

GAP = {"IS_SENT_START": False, "OP": "{0,10}"}


def test_the_anchor_is_a_content_word_rather_than_a_stop_word() -> None:
    # "since ... , when": both ends are stop words, so the fewest-valued word wins
    pattern = [{"LOWER": {"IN": ["during", "in", "over"]}}, {"LOWER": {"IN": ["the"]}},
               {"LOWER": {"IN": ["last", "past"]}}, {"LIKE_NUM": True},
               {"LOWER": {"IN": ["days", "hours", "weeks"]}}]  # fmt: skip
    anchor = anchor_of(pattern)
    assert anchor is not None
    assert anchor.words == {"days", "hours", "weeks"}
    assert (anchor.index, anchor.before, anchor.after) == (4, 4, 0)


def test_a_comma_is_never_the_anchor() -> None:
    anchor = anchor_of([{"LOWER": "since"}, GAP, {"LOWER": ","}, {"LOWER": "when"}])
    assert anchor is not None
    assert anchor.words == {"since"}
    assert anchor.after == 12  # the gap of up to ten, the comma and "when"


def test_optional_and_gapped_tokens_widen_the_window_to_their_maximum() -> None:
    pattern = [{"IS_TITLE": True}, {"ORTH": "-", "OP": "?"}, {"IS_TITLE": True, "OP": "?"},
               {"LOWER": {"IN": ["camp", "market"]}}]  # fmt: skip
    anchor = anchor_of(pattern)
    assert anchor is not None
    assert (anchor.words, anchor.before, anchor.after) == ({"camp", "market"}, 3, 0)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LIKE_NUM": True}, {"IS_TITLE": True}],  # no word to anchor on
        [{"LOWER": "shot"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "dead"}],  # unbounded
        [{"LOWER": "shot"}, {"IS_ALPHA": True, "OP": "{2,}"}, {"LOWER": "dead"}],
        [{"LOWER": "shot", "OP": "?"}, {"LIKE_NUM": True}],  # the word is optional
    ],
)
def test_patterns_without_a_safe_anchor_run_over_the_whole_doc(
    pattern: list[dict[str, Any]],
) -> None:
    assert anchor_of(pattern) is None


def test_lower_case_keys_are_read_as_the_matcher_reads_them() -> None:
    anchor = anchor_of([{"lower": {"in": ["raid", "raids"]}}, {"is_punct": True, "op": "{0,3}"}])
    assert anchor is not None
    assert (anchor.words, anchor.after) == ({"raid", "raids"}, 3)


def test_a_required_orth_token_anchors_by_its_lower_cased_form() -> None:
    # "the Ouham-Pendé prefecture": a token whose text is "Prefecture" or "prefecture" is
    # one whose LOWER is "prefecture", so the look-up by lower-cased form misses no match
    pattern = [{"IS_TITLE": True}, {"ORTH": "-", "OP": "?"}, {"IS_TITLE": True, "OP": "?"},
               {"ORTH": {"IN": ["department", "Prefecture"]}}]  # fmt: skip
    anchor = anchor_of(pattern)
    assert anchor is not None
    assert (anchor.words, anchor.before, anchor.after) == ({"department", "prefecture"}, 3, 0)
    # a token with two attributes to test is no anchor: its word alone does not decide
    assert anchor_of([{"ORTH": "Camp", "IS_SENT_START": False}]) is None


def test_windows_around_nearby_hits_are_merged_and_clipped_to_the_doc() -> None:
    assert list(windows([1, 3, 20], 2, 4, 22)) == [(0, 8), (18, 22)]
    assert list(windows([], 2, 4, 22)) == []


# -- same spans as spaCy's SpanRuler ------------------------------------------------------
PATTERNS: list[dict[str, Any]] = [
    {"label": "EV", "id": "looting", "pattern": [{"LOWER": {"IN": ["set", "sets"]}}, GAP,
                                                 {"LOWER": "on"}, {"LOWER": "fire"}]},
    {"label": "EV", "id": "wound", "pattern": [{"LOWER": {"IN": ["rushed", "taken"]}}, GAP,
                                               {"LOWER": "to"}, {"LOWER": "the", "OP": "?"},
                                               {"LOWER": {"IN": ["hospital", "clinic"]}}]},
    {"label": "PLACE", "id": "designated", "pattern": [{"IS_TITLE": True},
                                                       {"IS_TITLE": True, "OP": "?"},
                                                       {"LOWER": {"IN": ["camp", "market"]}}]},
    {"label": "PLACE", "id": "any", "pattern": [{"IS_TITLE": True}, {"LIKE_NUM": True}]},
    {"label": "SPLIT", "id": "split", "pattern": [{"LOWER": "meanwhile"}]},
    {"label": "EV", "id": "attack", "pattern": "attacked"},
]  # fmt: skip

SENTENCES = [
    ["Meanwhile", ",", "raiders", "set", "the", "Kalma", "Camp", "stores", "on", "fire", "."],
    ["Two", "guards", "were", "rushed", "by", "the", "Red", "Crescent", "to", "hospital", "."],
    ["Gunmen", "attacked", "Bama", "Market", "and", "Route", "7", "late", "on", "Friday", "."],
    ["The", "injured", "were", "taken", "home", ",", "not", "to", "the", "clinic", "."],
    ["Set", "on", "fire", "."],
]


def _doc(nlp: Language) -> Doc:
    words = [w for s in SENTENCES for w in s]
    starts = [i == 0 for s in SENTENCES for i in range(len(s))]
    return Doc(nlp.vocab, words=words, sent_starts=starts)


def _rulers(nlp: Language) -> tuple[SpanRuler, LexiconRuler]:
    plain = SpanRuler(nlp, "plain", spans_key="plain", phrase_matcher_attr="LOWER")
    anchored = LexiconRuler(nlp, "anchored", spans_key="anchored", phrase_matcher_attr="LOWER")
    for ruler in (plain, anchored):
        ruler.add_patterns(PATTERNS)
    return plain, anchored


def _found(ruler: SpanRuler, doc: Doc) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label_, s.id_) for s in ruler.match(doc)]


def test_the_anchored_ruler_finds_exactly_what_spacy_s_ruler_finds() -> None:
    nlp = spacy.blank("en")
    plain, anchored = _rulers(nlp)
    doc = _doc(nlp)
    found = _found(anchored, doc)
    assert found == _found(plain, doc)
    texts = {(doc[a:b].text, label) for a, b, label, _ in found}
    # gaps inside a sentence, the optional article, both readings of an optional name word
    assert ("set the Kalma Camp stores on fire", "EV") in texts
    assert ("rushed by the Red Crescent to hospital", "EV") in texts
    assert {("Bama Market", "PLACE"), ("Route 7", "PLACE"), ("Meanwhile", "SPLIT")} <= texts
    assert {("taken home , not to the clinic", "EV"), ("Set on fire", "EV")} <= texts
    # a gap never runs into the next sentence
    assert all(not doc[i].is_sent_start for a, b, *_ in found for i in range(a + 1, b))


def test_the_anchored_ruler_follows_pattern_changes() -> None:
    nlp = spacy.blank("en")
    plain, anchored = _rulers(nlp)
    doc = _doc(nlp)
    for ruler in (plain, anchored):
        ruler.remove("PLACE")
    assert _found(anchored, doc) == _found(plain, doc)
    assert not any(label == "PLACE" for *_, label, _ in _found(anchored, doc))
    for ruler in (plain, anchored):
        ruler.remove_by_id("looting")
    assert _found(anchored, doc) == _found(plain, doc)
    anchored.clear()
    anchored.add_patterns(PATTERNS[:1])
    assert [label for *_, label, _ in _found(anchored, doc)] == ["EV", "EV"]  # both "set"s


def test_the_shipped_lexicon_gives_the_same_spans_both_ways() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    patterns = list(load_lexicon().span_patterns)
    plain = SpanRuler(nlp, "plain", spans_key="plain", phrase_matcher_attr="LOWER", validate=False)
    plain.add_patterns(patterns)
    ruler = nlp.add_pipe("sitrep_lexicon")
    assert isinstance(ruler, LexiconRuler)
    text = (
        "Since the army took the town of Dibis from the rebels last May, when the Tuz Khurmatu "
        "police station was handed over to the militia, gunmen have set the Al-Nour market on "
        "fire twice. Four wounded men were evacuated by road to the hospital in Kirkuk. Over the "
        "past 3 days, fighters fired about 40 rounds at the Hamrin dam checkpoint, and 12 "
        "inmates broke out of the Badush prison after militants entered new positions. In "
        "the Nana-Grebizi prefecture and the Bamingui-Bangoran Prefecture, as in the Kayes "
        "department, the road to Kaga-Bandoro Department stayed shut."
    )
    doc = nlp(text)
    found = _found(ruler, doc)
    assert found == _found(plain, doc)
    assert {label for *_, label, _ in found} >= {"EV", "PLACE", "DATE_EXTRA"}


def test_lexicon_spans_are_read_once_a_doc_and_never_stale() -> None:
    from spacy.tokens import Span

    from sitrep.extract.ruler import SPANS_KEY, lexicon_roots, lexicon_spans
    from sitrep.extract.token_scan import remembered_scans

    doc = spacy.blank("en")("Militants shelled the village on 8 Mizan 1401 and fled")
    doc.spans[SPANS_KEY] = [Span(doc, 1, 2, "EV"), Span(doc, 5, 8, "DATE_EXTRA")]
    assert lexicon_spans(doc, "DATE_EXTRA") == [(5, 8)] and lexicon_roots(doc, "EV") == {1}
    with remembered_scans(doc):
        assert lexicon_spans(doc, "EV") == [(1, 2)]
        doc.spans[SPANS_KEY] = [*doc.spans[SPANS_KEY], Span(doc, 9, 10, "EV")]
        # a group that grew is read again
        assert lexicon_spans(doc, "EV") == [(1, 2), (9, 10)]
        assert lexicon_roots(doc, "EV") == {1, 9}
        assert lexicon_spans(doc, "PLACE") == []
    assert lexicon_spans(spacy.blank("en")("nothing here"), "EV") == []
