"""Rocket-propelled grenades fired in a fight make no shelling, and a span of hours ("the
exchange of fire lasted about five hours") is how long, not when (real model; original
text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 10, 15)


def test_a_fight_with_rpgs_is_no_shelling(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Gunmen of the two parties fought with automatic rifles and rocket-propelled grenades"
        " near the Tayouneh roundabout in Beirut on Thursday, leaving six people dead.",
        PUBLISHED,
    ).candidates
    assert event.sub_event_type != SubEventType.SHELLING_ARTILLERY_MISSILE
    assert event.weapon != "rockets"


def test_katyusha_rockets_are_still_shelling(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Three Katyusha rockets struck the airport in Basra on Saturday, police said.",
        PUBLISHED,
    ).candidates
    assert event.sub_event_type == SubEventType.SHELLING_ARTILLERY_MISSILE


def test_a_span_of_hours_is_no_date(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Shots were fired at the crowd from the upper floors of buildings in Beirut, and"
        " gunmen answered with automatic rifles. The exchange of fire lasted about five hours.",
        PUBLISHED,
    ).candidates
    assert all("hours" not in d.text for d in event.dates)


@pytest.mark.parametrize(
    "text",
    [
        "Missiles struck the air base in Anbar on Saturday, the heaviest attack in weeks.",
        "Street fighting in Beirut on Thursday, the worst the capital has seen in years, left"
        " six people dead.",
    ],
)
def test_a_comparison_over_weeks_or_years_is_no_date(
    run: Callable[..., Extraction], text: str
) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert not [d for d in event.dates if d.text.startswith("in ")]


def test_in_recent_hours_still_says_when(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "In recent hours gunmen bombed the residence of the mayor of Soyapango, police said.",
        PUBLISHED,
    ).candidates
    assert any("hours" in d.text for d in event.dates)


def test_a_year_that_dates_a_thing_is_not_the_incidents(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen shot dead a former rebel commander who joined the 2018 settlement, near his"
        " shop in Nawa on Saturday evening, relatives said."
    )
    events = run(text, date(2023, 11, 7)).candidates
    assert events
    assert all(d.text != "2018" for e in events for d in e.dates)


def test_a_year_after_of_that_dates_a_thing_is_not_the_incidents(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Unknown gunmen on a motorbike shot dead on Sunday night a former member of the rebel "
        "factions in the town of Nawa, in the western countryside of Daraa, local sources "
        "said.\n\nThe sources said the man, who had joined a local group close to Air Force "
        "Intelligence after the reconciliation deal of 2018, was struck by several bullets "
        "near the Omari mosque and died before reaching the hospital."
    )
    events = run(text, date(2024, 8, 20)).candidates
    assert events
    assert all("2018" not in d.text for e in events for d in e.dates)


def test_the_year_of_an_incident_word_still_dates_it(run: Callable[..., Extraction]) -> None:
    text = (
        "A car bomb hit a market in Sadr City, Baghdad, on Monday, killing four people. The"
        " 2018 bombing of a market in Kirkuk killed 35 people."
    )
    dates = {d.text for e in run(text, PUBLISHED).candidates for d in e.dates}
    assert "2018" in dates
