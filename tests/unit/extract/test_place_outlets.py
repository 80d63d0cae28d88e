"""Outlet, agency and byline names are never places: the agency in brackets after a wire
dateline, the outlet of a byline line, their repetitions in the text and the article's own
outlet name. Original sentences in wire and translated-regional voices. Real model."""

from __future__ import annotations

import pytest
from place_helpers import incident_place_names
from spacy.language import Language

from sitrep.extract.outlets import outlet_tokens

pytestmark = pytest.mark.slow


def _outlet_texts(nlp: Language, text: str, outlet: str | None = None) -> list[str]:
    doc = nlp(text)
    return [doc[a:b].text for a, b in outlet_tokens(doc, outlet)]


def test_the_agency_in_a_dateline_bracket_is_no_place(nlp: Language) -> None:
    text = (
        "MOGADISHU (Horn Wire Africa) — Al Shabaab gunmen stormed a seafront hotel in the "
        "Somali capital on Saturday, killing at least twelve people, police said."
    )
    assert "Horn Wire Africa" in _outlet_texts(nlp, text)
    assert not any("Africa" in name for name in incident_place_names(nlp(text)))


def test_a_byline_outlet_and_its_bracket_are_no_place(nlp: Language) -> None:
    text = (
        "By Wire Africa staff\n"
        "MOGADISHU, Aug 20 (Wire Africa) - Al Shabaab gunmen stormed a seafront hotel on "
        "Saturday, killing at least twelve people, police said."
    )
    assert _outlet_texts(nlp, text) == ["Wire Africa", "Wire Africa"]
    assert not any("Africa" in name for name in incident_place_names(nlp(text)))


def test_a_byline_after_a_writer_role_names_the_outlet(nlp: Language) -> None:
    text = (
        "By a staff reporter, Sahel Wire\n"
        "NIAMEY - Gunmen on motorbikes killed nine villagers near Tera on Sunday, a local "
        "official told Sahel Wire."
    )
    found = _outlet_texts(nlp, text)
    assert found.count("Sahel Wire") == 2
    assert "Tera" in incident_place_names(nlp(text))


def test_a_byline_with_a_person_keeps_the_story_places(nlp: Language) -> None:
    text = (
        "By Karim Haddad | 4 May 2022\n"
        "Two shepherds were killed when a mine exploded near Rutba on Tuesday, police said."
    )
    assert _outlet_texts(nlp, text) == []
    assert "Rutba" in incident_place_names(nlp(text))


def test_a_sentence_opening_with_by_is_no_byline(nlp: Language) -> None:
    text = "By Monday, fighters had pushed into Tal Tamr, residents said.\nShops stayed shut."
    assert _outlet_texts(nlp, text) == []


def test_the_articles_own_outlet_is_never_a_place(nlp: Language) -> None:
    text = (
        "A roadside bomb wounded three soldiers near Tikrit on Friday, a security source "
        "told Tigris Valley News."
    )
    assert "Tigris Valley News" in _outlet_texts(nlp, text, "tigris-valley-news")
    assert _outlet_texts(nlp, text, "Kirkuk") == []  # one word: may be a place's name
