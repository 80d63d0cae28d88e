"""What nature or an accident kills is no political violence, and the day a statement
judges an incident ("officials on Monday blamed militants for a bomb") is not the
incident's day once the article tells its own (real model; original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 8)


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6.1 earthquake struck near the town of Khoy on Saturday, killing three"
        " people and damaging dozens of homes.",
        "Four soldiers were killed in a road accident near Tikrit on Monday, the army said.",
        "Two shepherds died in the floods that swept villages east of Sinjar on Sunday.",
    ],
)
def test_what_nature_or_an_accident_kills_is_no_event(
    run: Callable[..., Extraction], text: str
) -> None:
    assert not run(text, PUBLISHED).candidates


def test_a_killing_beside_a_flood_is_still_an_event(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Gunmen shot dead two farmers near Khanaqin on Tuesday, a day after floods swept the area.",
        PUBLISHED,
    ).candidates
    assert event.fatalities is not None and event.fatalities.value == 2


def test_the_day_of_the_blame_gives_way_to_the_day_of_the_bomb(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Police on Tuesday blamed Kurdish militants for a car bomb that tore through a market"
        " in Diyarbakir, killing five people. The bomb went off on Sunday evening near the"
        " main gate of the market, a police officer said."
    )
    [event] = run(text, PUBLISHED).candidates
    days = [d.text for d in event.dates if d.relation is None]
    assert "on Sunday evening" in days or "Sunday evening" in days
    assert not any("Tuesday" in d for d in days)


def test_the_dateline_day_gives_way_to_the_day_the_incident_is_told(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "BAGHDAD, March 8 (Wire) - Gunmen killed two shepherds near Tarmiyah, police said."
        " The shepherds were shot on Monday evening while grazing their flock, a relative"
        " said."
    )
    [event] = run(text, PUBLISHED).candidates
    days = [d.text for d in event.dates if d.relation is None]
    assert any("Monday" in d for d in days) and not any("March 8" in d for d in days)
