"""Place mentions the entity labels miss: a town standing for its institutions or people
("Roselle police"), a person's home town ("Jane Roe, 41, of Grovetown"), capitalised
datelines ("BYESVILLE --"), short names the tagger called an organisation after "in"/"at",
names tied to a direction or a route ("west of Manbij", "the road between X and Y"), every
name a plural designator governs ("the villages of X and Y") and, for an incident, the name
after "fields of".

Docs built by hand (words, heads, deps, tags, entities); original sentences."""

from __future__ import annotations

from collections.abc import Callable

from place_helpers import article_place_names as _article
from place_helpers import incident_place_names as _event
from spacy.tokens import Doc

Parsed = Callable[..., Doc]


def test_town_before_police_is_a_place(parsed: Parsed) -> None:
    doc = parsed(
        ["Hanford", "police", "arrested", "two", "men", "."],
        [1, 2, 2, 4, 2, 2],
        ["compound", "nsubj", "ROOT", "nummod", "dobj", "punct"],
        pos=["PROPN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
    )
    assert "Hanford" in _article(doc)


def test_generic_word_before_police_is_no_place(parsed: Parsed) -> None:
    doc = parsed(
        ["Federal", "police", "arrested", "two", "men", "."],
        [1, 2, 2, 4, 2, 2],
        ["compound", "nsubj", "ROOT", "nummod", "dobj", "punct"],
        pos=["PROPN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
    )
    assert _article(doc) == []


def test_town_before_an_institution_name_keeps_its_county(parsed: Parsed) -> None:
    words = ["The", "Tolland", "County", "Volunteer", "Fire", "Department", "responded", "."]
    doc = parsed(
        words,
        [5, 2, 5, 5, 5, 6, 6, 6],
        ["det", "compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
    )
    assert "Tolland County" in _article(doc)


def test_home_town_after_name_and_age(parsed: Parsed) -> None:
    words = ["Dana", "Roe", ",", "38", ",", "of", "Millbrook", ",", "was", "charged", "."]
    doc = parsed(
        words,
        [1, 9, 1, 1, 1, 1, 5, 1, 9, 9, 9],
        [
            "compound",
            "nsubjpass",
            "punct",
            "appos",
            "punct",
            "prep",
            "pobj",
            "punct",
            "auxpass",
            "ROOT",
            "punct",
        ],
        pos=[
            "PROPN",
            "PROPN",
            "PUNCT",
            "NUM",
            "PUNCT",
            "ADP",
            "PROPN",
            "PUNCT",
            "AUX",
            "VERB",
            "PUNCT",
        ],
        ents=["B-PERSON", "I-PERSON", "O", "B-DATE", "O", "O", "B-PERSON", "O", "O", "O", "O"],
    )
    assert "Millbrook" in _article(doc)


def test_capitalised_dateline_closed_by_a_double_dash(parsed: Parsed) -> None:
    words = ["Barn", "burns", ".", "KELLSTON", "--", "Firefighters", "fought", "a", "blaze", "."]
    doc = parsed(
        words,
        [1, 1, 1, 6, 6, 6, 6, 8, 6, 6],
        [
            "nsubj",
            "ROOT",
            "punct",
            "npadvmod",
            "punct",
            "nsubj",
            "ROOT",
            "det",
            "dobj",
            "punct",
        ],
        pos=["NOUN", "VERB", "PUNCT", "PROPN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert "KELLSTON" in _article(doc)


def test_capitalised_section_word_is_no_dateline(parsed: Parsed) -> None:
    words = ["BREAKING", "--", "Firefighters", "fought", "a", "blaze", "."]
    doc = parsed(
        words,
        [3, 3, 3, 3, 5, 3, 3],
        ["npadvmod", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert _article(doc) == []


def test_short_organisation_after_in_is_a_town(parsed: Parsed) -> None:
    words = ["He", "shot", "a", "man", "in", "Pell", "Creek", "."]
    doc = parsed(
        words,
        [1, 1, 3, 1, 1, 6, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    assert "Pell Creek" in _article(doc)


def test_organisation_word_keeps_an_organisation_out(parsed: Parsed) -> None:
    words = ["He", "works", "at", "Varda", "Company", "."]
    doc = parsed(
        words,
        [1, 1, 1, 4, 2, 1],
        ["nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
        pos=["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    assert _article(doc) == []


def test_name_after_a_direction_is_a_place(parsed: Parsed) -> None:
    words = ["Drones", "struck", "farms", "west", "of", "Tal", "Rifat", "."]
    doc = parsed(
        words,
        [1, 1, 1, 2, 3, 6, 4, 1],
        ["nsubj", "ROOT", "dobj", "advmod", "prep", "compound", "pobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "ADV", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "B-PRODUCT", "I-PRODUCT", "O"],
    )
    assert "Tal Rifat" in _event(doc)


def test_both_ends_of_a_road_are_places(parsed: Parsed) -> None:
    words = ["A", "mine", "hit", "a", "van", "on", "the", "road", "between", "Markada",
             "and", "al", "-", "Sour", "."]  # fmt: skip
    doc = parsed(
        words,
        [1, 2, 2, 4, 2, 2, 7, 5, 7, 8, 9, 13, 13, 9, 2],
        [
            "det",
            "nsubj",
            "ROOT",
            "det",
            "dobj",
            "prep",
            "det",
            "pobj",
            "prep",
            "pobj",
            "cc",
            "compound",
            "punct",
            "conj",
            "punct",
        ],
        pos=[
            "DET",
            "NOUN",
            "VERB",
            "DET",
            "NOUN",
            "ADP",
            "DET",
            "NOUN",
            "ADP",
            "PROPN",
            "CCONJ",
            "PROPN",
            "PUNCT",
            "PROPN",
            "PUNCT",
        ],
        ents=["O"] * 9 + ["B-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
    )
    places = [p.replace(" - ", "-") for p in _event(doc)]  # a hand-built Doc spaces every word
    assert "Markada" in places
    assert "al-Sour" in places


def test_every_village_a_plural_designator_governs(parsed: Parsed) -> None:
    words = ["Shells", "hit", "the", "villages", "of", "Kharab", "Ashk", "and", "Umm",
             "Hosh", "."]  # fmt: skip
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 1],
        [
            "nsubj",
            "ROOT",
            "det",
            "dobj",
            "prep",
            "compound",
            "pobj",
            "cc",
            "compound",
            "conj",
            "punct",
        ],
        pos=[
            "NOUN",
            "VERB",
            "DET",
            "NOUN",
            "ADP",
            "PROPN",
            "PROPN",
            "CCONJ",
            "PROPN",
            "PROPN",
            "PUNCT",
        ],
        ents=["O"] * 5 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"],
    )
    places = _event(doc)
    assert "Kharab Ashk" in places
    assert "Umm Hosh" in places


def test_name_after_fields_of_is_the_place(parsed: Parsed) -> None:
    words = ["Gunmen", "killed", "farmers", "in", "the", "rice", "fields", "of", "Gadama", "."]
    doc = parsed(
        words,
        [1, 1, 1, 1, 6, 6, 3, 6, 7, 1],
        ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
        ents=["O"] * 8 + ["B-ORG", "O"],
    )
    assert "Gadama" in _event(doc)
