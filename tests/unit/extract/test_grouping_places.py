"""A series of strikes told place by place is one event per place; an earlier incident at
another place, recalled with its own date, is not the series (real model, original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.extract.coref import dated_apart
from sitrep.model import DateMention, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType
TERRITORY = {S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, S.GOVERNMENT_REGAINS_TERRITORY}


def _places(extraction: Extraction) -> list[set[str]]:
    return [{p.text for p in c.places} for c in extraction.candidates]


def test_series_goes_on_in_another_region(run: Callable[..., Extraction]) -> None:
    text = (
        "Iranian drones bombed suspected militant hideouts overnight, the "
        "Revolutionary Guards said on Tuesday.\n\n"
        "The strikes hit positions near the town of Sidakan in Erbil province, the "
        "statement said.\n\n"
        "In Sulaymaniyah province, the strikes targeted the villages of Penjwen and Sharbazher."
    )
    found = run(text, published=date(2022, 9, 27))
    strikes = [c for c in found.candidates if c.sub_event_type == S.AIR_DRONE_STRIKE]
    assert len(strikes) == 2
    places = [{p.text for p in c.places} for c in strikes]
    assert any("Sidakan" in p for p in places)
    assert any("Penjwen" in p and "Sidakan" not in p for p in places)
    assert all(c.actors for c in strikes)  # the second keeps the series' attacker


def test_series_restated_at_the_same_place_stays_one(run: Callable[..., Extraction]) -> None:
    text = (
        "Iranian drones bombed suspected militant hideouts near Sidakan overnight, the "
        "Revolutionary Guards said on Tuesday.\n\n"
        "The strikes on Sidakan destroyed two depots, the statement said."
    )
    found = run(text, published=date(2022, 9, 27))
    assert len([c for c in found.candidates if c.sub_event_type == S.AIR_DRONE_STRIKE]) == 1


def test_series_over_two_places_then_each_in_turn(run: Callable[..., Extraction]) -> None:
    text = (
        "Government jets bombed farms in the countryside of Kafr Zita and the outskirts of "
        "Maarrat al-Numan late on Friday, residents said.\n\n"
        "The strikes on Kafr Zita hit a bakery and a school.\n\n"
        "Around Maarrat al-Numan, the strikes targeted a fuel depot and a market."
    )
    found = run(text, published=date(2019, 5, 4))
    strikes = [c for c in found.candidates if c.sub_event_type == S.AIR_DRONE_STRIKE]
    assert len(strikes) == 2
    places = [{p.text for p in c.places} for c in strikes]
    assert not any({"Kafr Zita", "Maarrat al-Numan"} <= p for p in places)


def test_earlier_attack_elsewhere_is_not_the_undated_series(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Turkish jets struck militant positions in the Gara mountains overnight, the defence "
        "ministry said on Sunday.\n\n"
        "The operation follows the deadly attack on a shopping street in Mersin on March 3, "
        "in which explosives hidden in a bag killed two shoppers."
    )
    found = run(text, published=date(2023, 3, 19))
    assert [{p.text for p in c.places} & {"Mersin"} for c in found.candidates] == [
        set(),
        {"Mersin"},
    ]


def test_dated_apart() -> None:
    pub = date(2022, 11, 20)
    assert dated_apart([DateMention(text="on November 13")], pub)
    assert not dated_apart([DateMention(text="on November 15")], pub)
    assert not dated_apart([DateMention(text="on Sunday")], pub)
    assert dated_apart([DateMention(text="on December 28")], date(2023, 1, 5))
    assert not dated_apart([DateMention(text="on November 13")], None)


def test_since_when_dates_the_takeover(run: Callable[..., Extraction]) -> None:
    text = (
        "Protesters gathered in Raqqa on Monday against a new curfew.\n\n"
        "The city has been run by the Kurdish-led forces since March 2017, when they took the "
        "city from the Islamic State after a long siege."
    )
    found = run(text, published=date(2021, 5, 31))
    takeover = [c for c in found.candidates if c.sub_event_type in TERRITORY]
    assert len(takeover) == 1
    assert takeover[0].background
    assert [d.text for d in takeover[0].dates] == ["March 2017"]


def test_since_alone_is_still_a_period(run: Callable[..., Extraction]) -> None:
    text = (
        "The Kurdish-led forces have run the city since March 2017 and took three nearby "
        "villages from the Islamic State the same year."
    )
    found = run(text, published=date(2021, 5, 31))
    assert all(d.text != "March 2017" for c in found.candidates for d in c.dates)


def test_patrol_that_fell_into_an_ambush_is_its_own_clash(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Gunmen opened fire on houses in the village of Sarbast late on Tuesday, killing two "
        "farmers, while a police patrol that rushed to the village fell into an ambush, leaving "
        "four officers dead."
    )
    found = run(text, published=date(2021, 12, 2))
    subs = sorted(c.sub_event_type.value for c in found.candidates)
    assert subs == [S.ARMED_CLASH.value, S.ATTACK.value]
    clash = next(c for c in found.candidates if c.sub_event_type == S.ARMED_CLASH)
    assert clash.fatalities is not None and clash.fatalities.value == 4
    assert {p.text for p in clash.places} == {"Sarbast"}


def test_air_force_strike_is_an_air_strike(run: Callable[..., Extraction]) -> None:
    text = (
        "The Iraqi Air Force bombed a hideout of the militants in the Hamrin mountains on "
        "Wednesday, killing five of them, the military said."
    )
    found = run(text, published=date(2021, 3, 4))
    assert [c.sub_event_type for c in found.candidates] == [S.AIR_DRONE_STRIKE]


def test_separately_opens_another_incident_despite_the(run: Callable[..., Extraction]) -> None:
    text = (
        "Army troops repelled an assault on an outpost in the Gereshk district on Sunday, "
        "killing nine insurgents, the corps said.\n\n"
        "Separately, a coalition spokesman wrote from Kabul that its aircraft had conducted "
        "several strikes in Kandahar over the past three days in support of troops under "
        "attack, and that the insurgent attacks breached the truce."
    )
    found = run(text, published=date(2020, 10, 13))
    assert len(found.candidates) == 2
