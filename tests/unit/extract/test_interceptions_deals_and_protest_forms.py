"""Types read on translated copy: air defences bringing down a drone or a missile are a
disrupted weapons use, not an air strike; a peace covenant, a non-aggression pact or an
agreement concluded by mediation is an agreement dated by its own day, not by the start of
the feud it ends; "an armed quarrel between two clans" is a clash; "the aerial vectors of
the army" strike from the air; "a protest stand" is a protest; "a document for stopping the
fighting" names no fighting of its own (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType
ON = date(2024, 5, 22)


def _types(run: Callable[..., Extraction], text: str) -> list[SubEventType]:
    return [e.sub_event_type for e in events_of(run(text, published=ON))]


@pytest.mark.parametrize(
    "text",
    [
        "The air defences of the army shot down a drone of the Houthi militia in the skies of "
        "Raghwan district on Sunday.",
        "Air defences intercepted two ballistic missiles fired towards Jazan on Monday.",
        "The army said its forces downed a Houthi drone over Marib city on Tuesday.",
    ],
)
def test_air_defences_bringing_down_fire_are_a_disruption(
    run: Callable[..., Extraction], text: str
) -> None:
    assert _types(run, text) == [S.DISRUPTED_WEAPONS_USE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Houthi drone struck a house in Marib city on Tuesday, killing a child.",
            [S.AIR_DRONE_STRIKE],
        ),
        # "shot down" a person is a killing, not an interception
        (
            "Gunmen shot down a shopkeeper in the market of Marib on Tuesday.",
            [S.ATTACK],
        ),
    ],
)
def test_what_is_not_brought_down_keeps_its_type(
    run: Callable[..., Extraction], text: str, expected: list[SubEventType]
) -> None:
    assert _types(run, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two communities signed a non-aggression pact in Baibokoum on Friday.",
        "A tribal mediation succeeded on Monday in concluding an agreement between the army "
        "and the militia to exchange the bodies of the dead in Marib.",
        "Two clans in the town of Masiu signed a peace covenant on Monday before the "
        "provincial governor.",
    ],
)
def test_deals_of_clans_and_mediators_are_agreements(
    run: Callable[..., Extraction], text: str
) -> None:
    assert _types(run, text) == [S.AGREEMENT]


def test_a_deal_is_dated_by_its_own_day_not_the_feuds_start(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Two Maranao clans in the town of Masiu signed a peace covenant on Monday before the "
        "provincial governor, ending a feud that has claimed at least 11 lives since 2019."
    )
    deals = [e for e in events_of(run(text, published=ON)) if e.sub_event_type == S.AGREEMENT]
    assert len(deals) == 1
    assert [d.text for d in deals[0].dates] == ["on Monday"]


def test_a_deal_to_come_is_no_agreement(run: Callable[..., Extraction]) -> None:
    text = "The governor called on the two clans to sign a peace pact before the end of May."
    assert _types(run, text) == []


def test_an_armed_quarrel_is_a_clash(run: Callable[..., Extraction]) -> None:
    text = (
        "An armed quarrel broke out yesterday afternoon, Tuesday, between two clans in the "
        "Al-Hamidat area of the Dujail district, killing one man."
    )
    assert _types(run, text) == [S.ARMED_CLASH]


def test_aerial_vectors_strike_from_the_air(run: Callable[..., Extraction]) -> None:
    text = (
        "Engaged in pursuit, the aerial vectors of the national army localised and struck a "
        "column of motorcycles of the terrorists near Matiacoali on Wednesday, neutralising "
        "around twenty of them."
    )
    assert _types(run, text) == [S.AIR_DRONE_STRIKE]


@pytest.mark.parametrize(
    "text",
    [
        "The doctors and the nursing staff of the medical centre organized today, Tuesday, a "
        "protest stand in front of the main gate of the centre in Sabha, demanding the release "
        "of their colleague.",
        "Hundreds of residents held a protest vigil in front of the governorate building in "
        "Basra on Monday.",
    ],
)
def test_a_protest_stand_is_a_protest(run: Callable[..., Extraction], text: str) -> None:
    assert _types(run, text) == [S.PEACEFUL_PROTEST]


def test_the_fighting_to_be_stopped_is_no_fighting(run: Callable[..., Extraction]) -> None:
    text = (
        "The notables of the two components agreed to meet next Thursday to sign a document "
        "for stopping the fighting in Sabha."
    )
    assert _types(run, text) == []
    told = "Police in Sabha stopped the fighting between the two clans on Tuesday."
    assert _types(run, told) == [S.ARMED_CLASH]
