"""Munitions that are dropped or fall: "helicopters dropped barrel bombs on the town" is an air
strike, "mortar shells fell on the market" shelling; neither "drop" nor "fall" is the trend word
it is in "attacks dropped sharply" (real model; every text is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import CandidateEvent, Extraction, SubEventType

pytestmark = pytest.mark.slow
DAY = date(2016, 2, 10)


def _current(ex: Extraction) -> list[CandidateEvent]:
    return [c for c in ex.candidates if not c.background]


def test_barrel_bombs_dropped_on_a_town_are_an_air_strike(run: Callable[..., Extraction]) -> None:
    text = (
        "Regime helicopters dropped barrel bombs on the town of Kafr Zita in northern Hama "
        "on Tuesday."
    )
    [event] = _current(run(text, DAY))
    assert event.sub_event_type == SubEventType.AIR_DRONE_STRIKE
    assert "Kafr Zita" in [p.text for p in event.places]


def test_barrel_bombs_dropped_in_the_passive(run: Callable[..., Extraction]) -> None:
    [event] = _current(run("Barrel bombs were dropped on the town of Anadan on Friday.", DAY))
    assert event.sub_event_type == SubEventType.AIR_DRONE_STRIKE


def test_a_toll_of_a_barrel_bomb_strike_keeps_its_type(run: Callable[..., Extraction]) -> None:
    text = (
        "Government helicopters dropped at least 12 barrel bombs on Daraya on Monday, killing "
        "four civilians, activists said."
    )
    [event] = _current(run(text, DAY))
    assert event.sub_event_type == SubEventType.AIR_DRONE_STRIKE
    assert event.fatalities is not None and event.fatalities.value == 4


def test_shells_that_fell_on_a_neighbourhood_are_shelling(run: Callable[..., Extraction]) -> None:
    text = (
        "Three mortar shells fell on a residential neighbourhood of Damascus on Sunday, "
        "wounding five people."
    )
    [event] = _current(run(text, DAY))
    assert event.sub_event_type == SubEventType.SHELLING_ARTILLERY_MISSILE


def test_attacks_that_dropped_are_still_a_trend(run: Callable[..., Extraction]) -> None:
    assert not _current(run("Attacks in the province dropped sharply last month.", DAY))
    assert not _current(run("Rocket attacks on the base fell by half in March.", DAY))
