"""Battle or one-sided attack, read from what was hit: settlers shot at a restaurant are
civilians hit, a petrol or polling station is no armed post (a police station is), "combats"
in translated copy are a battle, "the rural zone of" names its place, and a two-story title
lends the report it folds into no type read in its other story (real model; every sentence
is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen from a nearby village killed three settlers and wounded two others at a "
        "roadside restaurant near Ariel on Thursday.",
        "Gunmen opened fire on customers at a petrol station on the outskirts of Kirkuk on "
        "Sunday night, killing two men.",
        "Unknown assailants attacked a polling station in the town of Baiji on Saturday, "
        "wounding three election workers.",
    ],
)
def test_civilians_or_civil_sites_hit_make_an_attack(
    run: Callable[..., Extraction], text: str
) -> None:
    assert [e.sub_event_type for e in events_of(run(text))] == [S.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a police station on the outskirts of Kirkuk on Sunday night, "
        "killing two policemen.",
        "Armed settlers exchanged fire with Palestinian gunmen near Huwara on Thursday.",
    ],
)
def test_armed_sides_or_posts_hit_make_a_battle(run: Callable[..., Extraction], text: str) -> None:
    assert [e.sub_event_type for e in events_of(run(text))] == [S.ARMED_CLASH]


def test_combats_of_translated_copy_are_a_battle(run: Callable[..., Extraction]) -> None:
    text = (
        "Heavy combats between the army and dissidents of the Carlos Patino front took place "
        "on Tuesday in the rural zone of Argelia, according to a communique of the army."
    )
    events = events_of(run(text, published=date(2024, 5, 22)))
    assert [e.sub_event_type for e in events] == [S.ARMED_CLASH]
    assert "Argelia" in [p.text for p in events[0].places]


@pytest.mark.parametrize(
    "text",
    [
        "US troops returned to combat duty in the region last year.",
        "The brigade trained its recruits in urban combat.",
    ],
)
def test_combat_in_the_singular_is_no_battle(run: Callable[..., Extraction], text: str) -> None:
    assert events_of(run(text)) == []


def test_an_operation_zone_is_no_place(run: Callable[..., Extraction]) -> None:
    text = (
        "A Turkish drone struck a car near Qamishli on Monday, the Kurdish-led administration "
        "of the Operation Peace Spring zone said."
    )
    events = events_of(run(text))
    assert [e.sub_event_type for e in events] == [S.AIR_DRONE_STRIKE]
    assert not any("zone" in p.text.lower() for p in events[0].places)


def test_a_title_lends_no_type_from_its_other_story(run: Callable[..., Extraction]) -> None:
    # the title folds into the Beita report (its first clause's place); its drone strike
    # is the other story's
    text = (
        "A martyr in Beita as settlers burn homes, and a drone strike near Zububa kills two "
        "young men\n\n"
        "NABLUS - A young man was martyred and seven others were wounded on Friday evening "
        "when dozens of settlers stormed the town of Beita, south of Nablus, and set fire to "
        "cars and a house, the health ministry said.\n\n"
        "On the same day, an Israeli drone bombed a car near Zububa, west of Jenin, killing "
        "two young men, the health ministry said."
    )
    events = events_of(run(text, published=date(2024, 6, 8)))
    assert [e.sub_event_type for e in events] == [S.ATTACK, S.AIR_DRONE_STRIKE]
    assert any(e.text.startswith("A martyr in Beita") for e in events[0].evidence)


def test_a_two_story_title_folds_into_its_own_storys_report(
    run: Callable[..., Extraction],
) -> None:
    # translated Arabic strings two stories with "..": the title's first clause is the
    # landmine, told below in "the Badia of al-Sukhna"; its type mixes both stories
    text = (
        "Martyrdom of three citizens by a landmine of Daesh remnants in the Badia of al-Sukhna "
        ".. and our forces repel an attack near Ithriya\n\n"
        "HOMS - A landmine left by the Daesh terrorist gangs exploded yesterday, Saturday, on "
        "a car carrying citizens who were gathering truffles in the Badia of al-Sukhna, which "
        "led to the martyrdom of three of them.\n\n"
        "In another context, a military source said that units of our armed forces repelled "
        "at dawn today an attack by terrorist groups on military points in the vicinity of "
        "Ithriya in the countryside of Hama, killing a number of the terrorists."
    )
    events = events_of(run(text, published=date(2024, 3, 10)))
    assert [e.sub_event_type for e in events] == [
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        S.ARMED_CLASH,
    ]
    assert "al-Sukhna" in [p.text for p in events[0].places]
    assert any(e.text.startswith("Martyrdom of three") for e in events[0].evidence)
    # the title's second clause tells the clash near Ithriya, and lends it no landmine
    assert "Ithriya" in [p.text for p in events[1].places]
    assert "al-Sukhna" not in [p.text for p in events[1].places]


def test_a_groups_name_tagged_a_place_is_no_place(run: Callable[..., Extraction]) -> None:
    # "related to Daesh": the group's name, which the tagger may call a place, does not set
    # the claim's retelling apart from the bombing it retells
    text = (
        "A suicide bomber blew himself up at the entrance of a bank in Kunduz city on Tuesday "
        "morning, killing five people and wounding seven, the police said.\n\n"
        "The Amaq agency, which is related to Daesh, published a statement in which it said "
        "that one of its fighters, wearing an explosive vest, entered among the crowd and "
        "detonated himself."
    )
    events = events_of(run(text, published=date(2025, 2, 15)))
    assert [e.sub_event_type for e in events] == [S.SUICIDE_BOMB]
    assert not any(p.text == "Daesh" for p in events[0].places)


def test_a_toll_of_none_beside_damage_is_no_crash(run: Callable[..., Extraction]) -> None:
    # a count linked to the clause of a group with no casualty word of its own ("without
    # causing any injuries ..., the damage being limited to") once raised StopIteration out
    # of the event builder and failed the whole article
    text = (
        "On the evening of the day before yesterday, Sunday, an explosive device exploded on "
        "the side of the road linking the city of Nawa and the town of Tasil, in the western "
        "countryside, while a military vehicle of the Ministry of Defense was passing, without "
        "causing any injuries among its crew, the damage being limited to material damage to "
        "the vehicle."
    )
    events = events_of(run(text, published=date(2025, 5, 20)))
    assert [e.sub_event_type for e in events] == [S.REMOTE_EXPLOSIVE_LANDMINE_IED]
