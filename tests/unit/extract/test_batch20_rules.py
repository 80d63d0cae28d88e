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


@pytest.mark.parametrize("name", ["Islamic Republic", "the Islamic Republic"])
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
