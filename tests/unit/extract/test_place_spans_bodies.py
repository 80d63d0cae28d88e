"""Place mentions across an article: a name the tagger mislabels after "across"; one
mention per stretch of text where the lexicon's place spans overlap ("city of South" inside
"city of South Charleston"); a designator's "of" phrase and an administrative unit whatever
the tagger calls their words; the town or state a public body is named after, when the
article names that place on its own too.

Docs built by hand (words, heads, deps, tags, entities); original sentences."""

from __future__ import annotations

from collections.abc import Callable

from place_helpers import article_place_names as _article
from place_helpers import incident_place_names as _event
from spacy.tokens import Doc

from sitrep.extract import article_places as article_places_module
from sitrep.extract.to_candidates import place_mentions

Parsed = Callable[..., Doc]


def test_article_places_module_has_one_entry_point() -> None:
    assert article_places_module.__all__ == ["article_places"]


def test_mislabelled_name_after_across_is_a_place(parsed: Parsed) -> None:
    words = ["Unrest", "spread", "across", "Tel", "Abyad", "on", "Sunday", "."]
    doc = parsed(
        words,
        [1, 1, 1, 4, 2, 1, 5, 1],
        ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "B-PRODUCT", "I-PRODUCT", "O", "B-DATE", "O"],
    )
    assert "Tel Abyad" in _event(doc)
    assert "Tel Abyad" in _article(doc)


def test_overlapping_designator_spans_give_one_mention(parsed: Parsed) -> None:
    words = ["Crews", "reached", "the", "city", "of", "North", "Bramwell", "."]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
    )
    assert _article(doc) == ["city of North Bramwell"]


def test_designator_of_phrase_counts_whatever_the_tags(parsed: Parsed) -> None:
    words = ["Floods", "cut", "off", "the", "town", "of", "Marla", "Vista", "."]
    doc = parsed(
        words,
        [1, 1, 1, 4, 1, 4, 7, 5, 1],
        ["nsubj", "ROOT", "prt", "det", "dobj", "prep", "compound", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert _article(doc) == ["town of Marla Vista"]


def test_county_counts_when_tagged_an_organisation(parsed: Parsed) -> None:
    words = ["Orrin", "County", "approved", "the", "budget", "."]
    doc = parsed(
        words,
        [1, 2, 2, 4, 2, 2],
        ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        ents=["B-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    assert _article(doc) == ["Orrin County"]


def _body_doc(parsed: Parsed, *, named_alone: bool) -> Doc:
    """ "The Halden Water Commission met. Halden voted." with the second "Halden" a place
    entity or a person."""
    words = ["The", "Halden", "Water", "Commission", "met", ".", "Halden", "voted", "."]
    alone = "B-GPE" if named_alone else "B-PERSON"
    return parsed(
        words,
        [3, 3, 3, 4, 4, 4, 7, 7, 7],
        ["det", "compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=["DT", "NNP", "NNP", "NNP", "VBD", ".", "NNP", "VBD", "."],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", alone, "O", "O"],
    )


def test_town_a_public_body_is_named_after(parsed: Parsed) -> None:
    doc = _body_doc(parsed, named_alone=True)
    mentions = place_mentions(doc)
    assert [(m.text, m.span.start if m.span else None) for m in mentions] == [
        ("Halden", 4),
        ("Halden", doc[6].idx),
    ]


def test_body_name_is_no_place_unless_named_alone(parsed: Parsed) -> None:
    assert _article(_body_doc(parsed, named_alone=False)) == []


def test_place_after_university_of(parsed: Parsed) -> None:
    words = ["She", "left", "the", "University", "of", "Corvane", ".", "Corvane", "wept", "."]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 4, 1, 8, 8, 8],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["PRON", "VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NNP", "IN", "NNP", ".", "NNP", "VBD", "."],
        ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "O"],
    )
    assert [m.text for m in place_mentions(doc)] == ["Corvane", "Corvane"]


def test_each_name_in_a_list_of_counties(parsed: Parsed) -> None:
    words = ["Sales", "fell", "in", "Dorsey", ",", "Ames", "and", "Kell", "counties", "."]
    doc = parsed(
        words,
        [1, 1, 1, 8, 3, 3, 5, 5, 2, 1],
        ["nsubj", "ROOT", "prep", "nmod", "punct", "conj", "cc", "conj", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN", "PUNCT"],
        ents=["O", "O", "O", "B-PERSON", "O", "B-ORG", "O", "B-PERSON", "O", "O"],
    )
    assert _article(doc) == ["Dorsey", "Ames", "Kell"]


def test_a_lone_name_before_counties_is_no_list(parsed: Parsed) -> None:
    words = ["Rural", "Dorsey", "counties", "voted", "."]
    doc = parsed(
        words,
        [2, 2, 3, 3, 3],
        ["amod", "compound", "nsubj", "ROOT", "punct"],
        pos=["ADJ", "PROPN", "NOUN", "VERB", "PUNCT"],
        ents=["O", "B-PERSON", "O", "O", "O"],
    )
    assert _article(doc) == []


def test_countryside_named_after_its_town_is_a_place(parsed: Parsed) -> None:
    words = ["Jets", "struck", "hideouts", "in", "the", "Tabqa", "countryside", "."]
    doc = parsed(
        words,
        [1, 1, 1, 2, 6, 6, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "B-NORP", "O", "O"],
    )
    assert _event(doc) == ["Tabqa countryside"]
