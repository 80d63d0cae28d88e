"""Phrasings of blind batch 19 (translated Arabic copy from Sudan), in sentences written for
these tests (real model)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_a_name_held_under_control_is_a_place(run: Callable[..., Extraction]) -> None:
    """The tagger takes "Wad Madani" for a person; what is under someone's control is ground."""
    text = (
        "The Rapid Support had taken control of Wad Madani on 18 December 2023, after the army "
        "withdrew from it, which caused the displacement of thousands toward Sennar."
    )
    places = [p.text for c in run(text, date(2025, 1, 14)).candidates for p in c.places]
    assert "Wad Madani" in places


def test_a_blast_the_following_morning_is_another_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "An element of the General Security was killed on Sunday evening when gunmen opened "
        "fire on a checkpoint at the entrance of al-Mayadin, in the eastern countryside of "
        "Deir ez-Zor.\n\n"
        "The following morning, an explosive device planted in a civilian car exploded in the "
        "al-Joura neighbourhood of Deir ez-Zor city, wounding two civilians."
    )
    found = run(text, date(2025, 6, 10)).candidates
    assert len(found) == 2
    assert any(d.relation == "day_after" for d in found[1].dates)


def test_a_day_weeks_back_is_not_the_undated_incident_told_before(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Daesh claimed an attack on an SDF checkpoint in the town of al-Sabha, saying its "
        "fighters killed a number of the apostates. A source in the SDF confirmed that two of "
        "its members were killed in the attack.\n\n"
        "On 18 May, a car bomb exploded near the police station in the city, killing five "
        "people, among them three policemen."
    )
    assert len(run(text, date(2025, 6, 10)).candidates) == 2


def test_a_long_lead_title_is_a_title(run: Callable[..., Extraction]) -> None:
    """31 tokens: longer than a crosshead, still the lead title; it tells no incident of its
    own and draws no report of the body into one."""
    text = (
        "Deir ez-Zor: an element of the General Security killed in al-Mayadin, and Daesh claims "
        "an attack on an SDF checkpoint in al-Sabha\n\n"
        "An element of the General Security was killed on Sunday evening when gunmen opened "
        "fire on a checkpoint at the entrance of al-Mayadin.\n\n"
        "On Sunday night, Daesh claimed through its Amaq agency an attack on an SDF checkpoint "
        "in the town of al-Sabha."
    )
    assert len(run(text, date(2025, 6, 10)).candidates) == 2


def test_an_untagged_city_attacked_is_the_place(run: Callable[..., Extraction]) -> None:
    text = "On Sunday evening the enemy also attacked Odesa with attack drones of the Shahed type."
    places = [p.text for c in run(text, date(2024, 11, 12)).candidates for p in c.places]
    assert places == ["Odesa"]


@pytest.mark.parametrize(
    "text",
    [
        # a quotation in the simple present says what is so, not what happened
        'The governor condemned the landmine attack, saying that "the enemy of the people '
        'targets the mothers and the children".',
        # the simple present with an adverb of habit
        "The army took back the villages, but the group still attacks the bases and the roads.",
        # many places over the years since a start, whatever the tense
        "Since 2022, gunmen attacked many villages in the district of Balcad.",
    ],
)
def test_what_a_group_does_or_is_said_to_do_is_no_incident(
    run: Callable[..., Extraction], text: str
) -> None:
    assert run(text, date(2025, 4, 1)).candidates == []


def test_a_quoted_past_incident_is_still_one(run: Callable[..., Extraction]) -> None:
    text = (
        'A resident said: "Gunmen attacked the village of Garasbaley on Monday night and '
        'killed two farmers."'
    )
    assert len(run(text, date(2025, 4, 1)).candidates) == 1
