"""Blind batch 15 (a Congolese wire, an aid agency's Manbij update, an analyst's note on the
Syrian coast, an Iraqi military bulletin): the year a superlative ranks an incident within
("one of the deadliest raids of 2024") is not its date; deaths a monitor "recorded" since a
date are a running total; a town the tagger labels a date ("In Baniyas, armed men went
house to house") is a place; and an order "to relieve the commander of the responsible
regiment from his position" is a dismissal. Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow


def test_the_year_a_superlative_ranks_within_is_no_date(
    run: Callable[..., Extraction],
) -> None:
    (raid,) = run(
        "In June last year, ADF rebels killed more than 40 villagers in Mayikengo, in the"
        " Lubero territory of North Kivu province, in one of the deadliest raids of 2024.",
        date(2025, 7, 28),
    ).candidates
    assert [d.text for d in raid.dates] == ["In June last year"]


def test_deaths_recorded_since_a_date_are_a_running_total(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Since 8 December 2024, partners have recorded 61 civilian deaths in Manbij and its"
        " countryside.",
        date(2025, 1, 22),
    )
    assert extraction.candidates == []


def test_a_town_the_tagger_calls_a_date_is_a_place(run: Callable[..., Extraction]) -> None:
    (killing,) = run(
        "Government reinforcements poured into the coast. In Baniyas, armed men in military"
        " dress went house to house in the al-Qusour neighbourhood, killing dozens of"
        " civilians, according to survivors.",
        date(2025, 3, 10),
    ).candidates
    assert "Baniyas" in [p.text for p in killing.places]


def test_a_feast_stays_a_date(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "In Ramadan, gunmen killed two shepherds near the village of Albu Dour, police said.",
        date(2024, 4, 12),
    )
    assert all("Ramadan" not in [p.text for p in c.places] for c in extraction.candidates)


def test_relieving_the_commander_is_a_dismissal(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "The Commander-in-Chief of the Armed Forces ordered on 10/3/2025 to relieve the"
        " commander of the responsible regiment from his position and refer him to"
        " investigation for negligence.",
        date(2025, 3, 12),
    )
    assert [c.sub_event_type for c in extraction.candidates] == [SubEventType.OTHER]


def test_the_number_killed_since_the_start_of_the_year_is_no_toll(
    run: Callable[..., Extraction],
) -> None:
    (attack,) = run(
        "On 9/3/2025 a treacherous attack with light weapons targeted an army post near the"
        " village of al-Ayth, east of Samarra, causing the martyrdom of a soldier.\n\n"
        "The Command had announced last month that the number of the terrorists killed since"
        " the start of the year exceeded 40.",
        date(2025, 3, 12),
    ).candidates
    assert attack.fatalities is not None and attack.fatalities.value == 1
