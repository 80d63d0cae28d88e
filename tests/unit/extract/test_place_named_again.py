"""One sense per article: a name the tagger labels a place somewhere in the article is a
place wherever else the article writes it (a headline, a modifier, a possessive, a body
named after it), but not where it is part of a longer name. Original sentences in the
voice of US local news and wire services. Real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.to_candidates import place_mentions

pytestmark = pytest.mark.slow


def _spans(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(m.text, m.span.start) for m in place_mentions(nlp(text)) if m.span is not None]


def _count(nlp: Language, text: str, name: str) -> int:
    return sum(found == name for found, _ in _spans(nlp, text))


def test_a_name_tagged_a_place_once_is_a_place_in_the_headline(nlp: Language) -> None:
    text = (
        "Alexandria parents charged after boy found alone. Police in Alexandria said the "
        "boy had been left at home for two days."
    )
    assert _count(nlp, text, "Alexandria") == 2


def test_a_town_modifying_a_noun_is_a_place_when_named_elsewhere(nlp: Language) -> None:
    text = (
        "A spill reached the river in Gainesville on Tuesday. The Gainesville sewer system "
        "overflowed after heavy rain, officials said."
    )
    assert _count(nlp, text, "Gainesville") == 2


def test_a_possessive_of_a_town_named_elsewhere_is_a_place(nlp: Language) -> None:
    text = (
        "Heavy rain flooded streets in Pikeville on Sunday. Pikeville's mayor said crews "
        "would work through the night."
    )
    assert _count(nlp, text, "Pikeville") == 2


def test_a_county_whose_name_has_an_inner_capital_is_a_place(nlp: Language) -> None:
    text = "McMinn County Sheriff Dale Reese said two men were arrested after the chase."
    assert _count(nlp, text, "McMinn County") == 1


def test_a_place_name_inside_a_persons_name_stays_out(nlp: Language) -> None:
    text = (
        "Storms flooded roads across Georgia on Monday. Georgia Whitfield, who runs a diner "
        "in Macon, said her basement took in a foot of water."
    )
    assert _count(nlp, text, "Georgia") == 1


def test_a_place_name_after_another_capitalised_name_stays_out(nlp: Language) -> None:
    text = (
        "The storm knocked out power in Charleston overnight. United Bank Charleston said "
        "its branches would open late."
    )
    assert _count(nlp, text, "Charleston") == 1


def test_a_home_town_read_by_sitrep_is_a_place_in_the_headline(nlp: Language) -> None:
    text = (
        "Pellston celebrates spelling champion. Dana Roe, 14, of Pellston, won the county "
        "title on Saturday."
    )
    assert _count(nlp, text, "Pellston") == 2
    alone = "Pellston celebrates spelling champion. Dana Roe, 14, won the county title."
    assert _count(nlp, alone, "Pellston") == 0  # named nowhere else as a place


def test_a_town_before_a_resident_noun_is_a_place(nlp: Language) -> None:
    text = "A Brampton mother was charged on Friday after her two children were found alone."
    assert _count(nlp, text, "Brampton") == 1


def test_the_town_a_named_school_stands_in_is_a_place_of_the_incident(nlp: Language) -> None:
    from place_helpers import incident_place_names

    doc = nlp("Twin sisters at St. Agnes Lutheran School in Wheaton won first place at the fair.")
    assert "Wheaton" in incident_place_names(doc)
