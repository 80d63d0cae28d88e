"""Place names the tagger takes for a person or an organisation (issues #3/#4): the town
whose quarters an incident hit ("the neighbourhoods of Inkhil al-Gharbi"), the town an
installation stands at ("the cement plant at Hamam al-Alil"), the object of a verb of
taking ground ("rebels stormed Kafr Nabudah"), and one Arabic
name with its article after "in" ("a judge in al-Mansura"), unless a publication or a body
is meant ("wrote in al-Hayat", "a commander in al-Nusra"). Original sentences in the voice
of regional outlets. Real model."""

from __future__ import annotations

import pytest
from place_helpers import incident_place_names
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Snipers fired into the neighbourhoods of Inkhil al-Gharbi on Saturday.",
            "Inkhil al-Gharbi",
        ),
        ("Militiamen looted shops in the districts of Bani Walid on Sunday.", "Bani Walid"),
        (
            "Security forces fired on crowds in the streets of Sennar al-Jadida on Thursday.",
            "Sennar al-Jadida",
        ),
    ],
)
def test_the_town_whose_quarters_are_named(nlp: Language, text: str, place: str) -> None:
    assert place in incident_place_names(nlp(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen shot dead a local judge in al-Mansura on Friday morning, wounding two of "
            "his guards.",
            "al-Mansura",
        ),
        (
            "A car bomb exploded near the office of the district mayor in al-Qatn late on Monday.",
            "al-Qatn",
        ),
    ],
)
def test_an_arabic_name_after_in_is_a_place(nlp: Language, text: str, place: str) -> None:
    assert place in incident_place_names(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "The former minister wrote in al-Hayat that the talks had failed.",
        "Two commanders in al-Nusra were killed in the raid.",
    ],
)
def test_a_publication_or_a_body_after_in_is_no_place(nlp: Language, text: str) -> None:
    names = incident_place_names(nlp(text))
    assert not any(n.startswith("al-") for n in names)


def test_living_quarters_name_no_town(nlp: Language) -> None:
    doc = nlp("Guards searched the living quarters of Colonel Hamid Saleh on Monday.")
    assert "Hamid Saleh" not in incident_place_names(doc)


def test_the_town_an_installation_stands_at(nlp: Language) -> None:
    doc = nlp("Gunmen torched the cement plant at Hamam al-Alil before dawn.")
    assert "Hamam al-Alil" in incident_place_names(doc)


def test_a_person_looked_at_is_no_place(nlp: Language) -> None:
    assert incident_place_names(nlp("Reporters looked at Smith as he spoke.")) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebel fighters stormed Kafr Nabudah at dawn.", "Kafr Nabudah"),
        ("Government troops recaptured al-Hamidiya on Friday.", "al-Hamidiya"),
    ],
)
def test_the_object_of_a_verb_of_taking_ground(nlp: Language, text: str, place: str) -> None:
    assert place in incident_place_names(nlp(text))


def test_a_name_entered_into_a_list_is_no_place(nlp: Language) -> None:
    doc = nlp("Police entered Hamid Saleh into the register.")
    assert "Hamid Saleh" not in incident_place_names(doc)
