"""Tolls of none: "no one was hurt" says no one died either (ACLED codes 0), "no civilians
were injured" and "no injuries were reported" leave the dead untold, "without casualties being
reported" is a zero of both, a downed drone hurts no one, and a "No one was hurt." that no
incident before takes opens no incident of its own (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of

from sitrep.model import Extraction, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # nobody hurt: nobody killed
        (
            "Two Katyusha rockets landed near the perimeter wall of Basra airport late on "
            "Tuesday, a security statement said. No one was hurt.",
            0,
            0,
        ),
        (
            "A roadside bomb went off beside an army supply convoy on the Hilla road on Tuesday "
            "morning; nobody was hurt, a police source said.",
            0,
            0,
        ),
        # the injured are counted, the dead are not told
        (
            "Riot police fired tear gas at teachers who blocked the main road into Makurdi on "
            "Tuesday over unpaid salaries. No injuries were reported.",
            None,
            0,
        ),
        # "no civilians": the soldiers may have been hurt
        (
            "Unknown assailants threw a grenade at a liquor shop in Kirkuk on Tuesday night. No "
            "civilians were injured, police said.",
            None,
            0,
        ),
        # a zero in a clause the parser hangs on "without"
        (
            "Artillery shelled the outskirts of Kfarkela on Tuesday afternoon, without casualties "
            "being reported.",
            0,
            0,
        ),
        # the figures of the clash stand; "no one else" adds no zero
        (
            "Militants attacked a checkpoint in Diyala on Tuesday, killing two soldiers. No one "
            "else was hurt.",
            2,
            None,
        ),
    ],
)
def test_toll_of_none(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)


def test_a_downed_drone_wounds_no_one(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "Air defences shot down a drone over the Maqbanah front on Tuesday without losses, "
            "the brigade said."
        )
    )
    assert events, "the downing is an incident"
    assert all(e.injuries is None or e.injuries.value == 0 for e in events)
    assert all(e.fatalities is None or e.fatalities.value == 0 for e in events)


def test_no_one_hurt_after_an_arson_is_its_toll(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen riding motorcycles shot dead a village headman in Bannang Sata on Monday "
        "evening, police said.\n\n"
        "Meanwhile in Mayo district, unidentified men set fire to the base of a mobile phone "
        "tower at dawn today, destroying a generator and cutting the signal to three villages. "
        "No one was hurt."
    )
    events = events_of(run(text, published=None))
    arson = [e for e in events if e.sub_event_type == S.LOOTING_PROPERTY_DESTRUCTION]
    assert len(arson) == 1
    assert figures_of(arson[0]) == (0, 0)
    shooting = [e for e in events if e is not arson[0]]
    assert [figures_of(e)[0] for e in shooting] == [1]
    assert not any(e.trigger.text.lower() == "hurt" for e in events)


def test_a_toll_of_none_alone_is_no_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "The governor opened a new water treatment plant in Kut on Tuesday. Residents said the "
        "ceremony was short. No one was hurt."
    )
    assert events_of(run(text)) == []


def test_an_arson_without_casualties_carries_its_zero(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run("Gunmen set fire to a police station in Kano on Tuesday without causing casualties.")
    )
    assert [(e.sub_event_type, figures_of(e)) for e in events] == [
        (S.LOOTING_PROPERTY_DESTRUCTION, (0, 0))
    ]


def test_the_burning_an_attack_did_is_part_of_it(run: Callable[..., Extraction]) -> None:
    """ACLED codes the attack; the buildings it burned are what it did, not a second event."""
    events = events_of(
        run(
            "PEMBA - Insurgents attacked on Friday the seat of the administrative post of Mazeze, "
            "in Chiure district, where they set fire to the administration building, the health "
            "centre and several houses, local sources said."
        )
    )
    assert len(events) == 1
    assert events[0].sub_event_type != S.LOOTING_PROPERTY_DESTRUCTION


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a day of the period, not a tally over it
        (
            "On New Year's Day this year, armed men killed 37 civilians in the village of "
            "Koulogon.",
            37,
        ),
        ("On 3 March this year, gunmen killed 12 villagers in Ogossagou.", 12),
        # a free relative names what was hit; the killing is the strike's, not a statement
        (
            "Iraqi F-16 jets struck what the Security Media Cell described as an Islamic State "
            "hideout in western Anbar on Thursday, killing five militants.",
            5,
        ),
    ],
)
def test_a_days_toll(run: Callable[..., Extraction], text: str, killed: int) -> None:
    events = events_of(run(text))
    assert [figures_of(e)[0] for e in events] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, unknown gunmen opened fire on a young man near the vegetable market in "
        "Tafas, which led to his death on the spot.",
        "On Tuesday, unknown gunmen opened fire on a young man near the vegetable market in "
        "Tafas, which led to his martyrdom on the spot.",
        "On Tuesday, a sniper shot a woman crossing the bridge in Taiz, causing her death.",
    ],
)
def test_a_death_told_by_its_pronoun(run: Callable[..., Extraction], text: str) -> None:
    events = events_of(run(text))
    assert [figures_of(e) for e in events] == [(1, None)]


def test_his_wounds_are_not_a_second_victim(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run("On Tuesday, gunmen shot a policeman in Kirkuk; he later died of his wounds.")
    )
    assert [figures_of(e)[0] for e in events] == [1]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # Pakistani military releases: the soldiers "embraced shahadat" (were killed), and
        # the dead of both sides of one fight add up
        (
            "During the operation on Monday in North Waziristan, troops engaged the khwarij "
            "location and, after an intense exchange of fire, six khwarij were sent to hell, "
            "while two soldiers embraced shahadat.",
            8,
        ),
        ("Two soldiers embraced martyrdom when terrorists attacked a check post in Buleda on "
         "Saturday.", 2),
    ],
)  # fmt: skip
def test_embraced_shahadat(run: Callable[..., Extraction], text: str, killed: int) -> None:
    events = events_of(run(text))
    assert [figures_of(e)[0] for e in events] == [killed]


def test_a_point_in_the_period_is_one_incidents_day(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run("A roadside bomb killed five soldiers near Mosul earlier this month, police said.")
    )
    assert [figures_of(e)[0] for e in events] == [5]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed more than 300 civilians in the region this year, a UN report said.",
        "More than 700 people have been shot in Chicago so far this year.",
    ],
)
def test_a_tally_over_the_year_is_no_incident(run: Callable[..., Extraction], text: str) -> None:
    assert events_of(run(text)) == []
