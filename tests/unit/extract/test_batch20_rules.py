"""Phrasings of blind batch 20 (translated Indonesian, Persian and Portuguese copy), in
sentences written for these tests (real model)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction
from sitrep.resolve.focus import is_non_place, load_place_lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "again",
    [
        "The police chief said the three victims, all migrants from South Sulawesi, were "
        "waiting for passengers near the Seradala bridge when four men came out from the "
        "bushes and fired at them.",
        "Police said the victims were waiting for passengers near the bridge when four men "
        "fired at them.",
    ],
)
def test_the_victims_told_again_are_the_incidents(
    run: Callable[..., Extraction], again: str
) -> None:
    text = (
        "Gunmen shot dead two motorcycle taxi drivers on the Jalan Gunung road of Dekai on "
        "Thursday afternoon, while a third driver survived with gunshot wounds.\n\n" + again
    )
    assert len(run(text, date(2025, 4, 12)).candidates) == 1


def test_victims_of_another_day_are_another_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen shot dead two motorcycle taxi drivers in Dekai on Thursday afternoon.\n\n"
        "On 3 March, the victims of a similar attack in Sugapa were shot by men who fired "
        "at them from the bushes."
    )
    assert len(run(text, date(2025, 4, 12)).candidates) == 2


@pytest.mark.parametrize("name", ["Islamic Republic", "the Islamic Republic", "Eyewitnesses"])
def test_the_islamic_republic_is_no_place(name: str) -> None:
    """ "Jaish al-Adl, which the Islamic Republic calls Jaish al-Zolm": the state, no place."""
    assert is_non_place(name, load_place_lexicon())


def test_a_name_after_a_word_for_a_group_is_no_place(run: Callable[..., Extraction]) -> None:
    text = (
        "Inmates of the criminal group Los Lobos, armed with rifles and explosives, attacked "
        "the wing held by the gang Los Tiguerones in the Litoral prison of Guayaquil on "
        "Saturday night, killing six."
    )
    places = [p.text for c in run(text, date(2025, 3, 17)).candidates for p in c.places]
    assert places and "Los Lobos" not in places and "Los Tiguerones" not in places


def test_dead_left_since_a_year_are_a_tally(run: Callable[..., Extraction]) -> None:
    text = (
        "At least six inmates died in a clash between gangs in the Litoral prison of Guayaquil "
        "on Saturday night.\n\n"
        "The massacres in the prisons of Ecuador have left more than 460 dead since 2021."
    )
    assert len(run(text, date(2025, 3, 17)).candidates) == 1


def test_what_someone_is_a_rank_of_is_no_place(run: Callable[..., Extraction]) -> None:
    text = (
        "Six people were killed in a police operation in the Complexo da Mare in Rio de "
        "Janeiro on Tuesday. A corporal of Bope was hit in the leg and is out of danger."
    )
    places = [p.text for c in run(text, date(2025, 5, 14)).candidates for p in c.places]
    assert "Bope" not in places


def test_a_recalled_incident_in_the_city_of_the_sentence_before(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Riot police fired tear gas at hundreds of unemployed graduates in Nasiriyah on "
        "Monday, injuring ten of them.\n\n"
        "The city has a bitter memory of such crackdowns. On 28 November 2019, security "
        "forces opened fire on demonstrators blocking two bridges, killing at least 25 people."
    )
    found = run(text, date(2025, 7, 15)).candidates
    recalled = [c for c in found if c.background]
    assert len(recalled) == 1
    assert recalled[0].places and "Nasiriyah" in recalled[0].places[0].text


def test_the_day_of_another_incident_does_not_date_an_arrest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A suicide bomber blew himself up outside a bank in Kunduz on Tuesday, killing five "
        "people.\n\n"
        "On Friday, intelligence forces carried out an operation in the Sehdarak area of the "
        "city and arrested three people accused of links with the Tuesday attack."
    )
    found = run(text, date(2025, 2, 15)).candidates
    arrests = [c for c in found if c.sub_event_type.value == "Arrests"]
    assert arrests
    assert all("Tuesday" not in d.text for d in arrests[0].dates)


def test_the_day_before_yesterday_is_no_day_before_an_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "The army clashed on Sunday with a group of fighters on the island of Tchoukoutalia, "
        "killing 17 of them.\n\n"
        "The day before yesterday, armed men abducted six fishermen near Kaiga-Kindjiria, "
        "according to the chief of the canton."
    )
    found = run(text, date(2024, 11, 20)).candidates
    abduction = [c for c in found if c.sub_event_type.value.startswith("Abduction")]
    assert abduction and all(d.relation is None for d in abduction[0].dates)


def test_as_a_reminder_recalls_an_older_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "Armed men abducted six fishermen near Kaiga-Kindjiria on Monday, the chief of the "
        "canton said.\n\n"
        "As a reminder, on the night of Sunday 27 October, Boko Haram fighters attacked an "
        "army base near Bol, killing at least 40 soldiers."
    )
    found = run(text, date(2024, 11, 20)).candidates
    assert len(found) == 2 and found[1].background


def test_positions_in_a_town_the_tagger_calls_an_organisation(
    run: Callable[..., Extraction],
) -> None:
    text = "On Sunday, JNIM fighters attacked several positions in Djibo, killing 12 soldiers."
    places = [p.text for c in run(text, date(2025, 6, 10)).candidates for p in c.places]
    assert "Djibo" in places


def test_someone_in_his_fifties_is_no_date(run: Callable[..., Extraction]) -> None:
    text = (
        "Unknown gunmen shot dead a shepherd in his fifties near the village of Yengija on "
        "Sunday evening, police said."
    )
    [event] = run(text, date(2024, 3, 18)).candidates
    assert all("fifties" not in d.text for d in event.dates)


def test_a_strike_that_degenerated_into_looting_is_a_riot(run: Callable[..., Extraction]) -> None:
    text = (
        "LUANDA - The strike of the taxi drivers against the rise in the price of diesel "
        "degenerated on Monday into acts of vandalism, looting of shops and clashes with the "
        "police in several neighbourhoods of the capital.\n\n"
        "In Huambo, groups of youths looted stalls in the municipal market on Tuesday morning."
    )
    found = run(text, date(2025, 7, 30)).candidates
    assert [c.sub_event_type.value for c in found] == ["Violent demonstration"] * 2
