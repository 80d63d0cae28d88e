"""Terrorist incidents in the style of translated Latin American wire and radio reports:
murders, machine-gunnings, dynamite attacks and sabotage of property (real model; every text
is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow
DAY = date(1990, 3, 14)


def _victims(ex: Extraction) -> list[str]:
    return [a.text for c in ex.candidates for a in c.actors if a.role == ActorRole.ACTOR2]


def test_a_murder_is_an_incident(run: Callable[..., Extraction]) -> None:
    ex = run(
        "Unidentified gunmen committed the murder of a town councillor in Huancayo on "
        "Tuesday night, police said.",
        DAY,
    )
    [event] = ex.candidates
    assert event.trigger.text == "murder"
    assert any("councillor" in v for v in _victims(ex))


def test_machine_gunning_is_an_attack(run: Callable[..., Extraction]) -> None:
    ex = run(
        "On Friday, urban commandos machinegunned the car of a retired colonel outside his "
        "home in San Pedro Sula.",
        DAY,
    )
    [event] = ex.candidates
    assert event.trigger.text == "machinegunned"
    assert event.weapon_span is None, "the verb is the incident, not its weapon"


def test_named_victims_without_a_count_make_an_incident(run: Callable[..., Extraction]) -> None:
    # lower-cased, as some monitoring services deliver it: the NER sees no names to count
    ex = run(
        "anselmo yupanqui and teodoro quispe huaman were shot to death by hooded men on sunday.",
        DAY,
    )
    [event] = ex.candidates
    assert event.trigger.text == "shot to death"


def test_hurled_dynamite_is_an_explosion(run: Callable[..., Extraction]) -> None:
    ex = run(
        "Three men hurled dynamite at the offices of a mining company in Oruro early on "
        "Saturday, causing heavy damage.",
        DAY,
    )
    [event] = ex.candidates
    assert event.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED
    assert event.weapon == "bomb"


def test_rebels_blowing_up_a_pylon_is_an_explosion(run: Callable[..., Extraction]) -> None:
    ex = run("Rebels blew up a power pylon near Usulutan on Thursday.", DAY)
    [event] = ex.candidates
    assert event.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED
    assert any(a.role == ActorRole.ACTOR1 and a.text == "Rebels" for a in event.actors)


def test_property_destroyed_in_the_next_sentence_is_the_target(
    run: Callable[..., Extraction],
) -> None:
    ex = run(
        "A bomb exploded outside a savings bank in Cochabamba on Monday night. "
        "It also destroyed two parked cars.",
        DAY,
    )
    [event] = ex.candidates
    hit = [a for a in event.actors if a.role == ActorRole.ACTOR2]
    assert any(a.text == "two parked cars" and a.label == "target:home" for a in hit)


def test_damage_alone_is_no_incident(run: Callable[..., Extraction]) -> None:
    ex = run("Heavy rains destroyed several houses and damaged a bridge in Oruro on Monday.", DAY)
    assert ex.candidates == []


def test_a_bombing_names_no_weapon(run: Callable[..., Extraction]) -> None:
    ex = run("The bombing of a market in Kirkuk on Monday killed five people.", DAY)
    [event] = ex.candidates
    assert event.weapon is None, "the incident word is no weapon"


def test_a_condemned_assassination_of_a_named_person_happened(
    run: Callable[..., Extraction],
) -> None:
    ex = run(
        "The foreign ministry today condemned the assassination of opposition leader Julio "
        "Ramos Ochoa in Guatemala City.",
        DAY,
    )
    [event] = ex.candidates
    assert event.trigger.text == "assassination"


def test_a_condemned_kind_of_attack_stays_a_statement(run: Callable[..., Extraction]) -> None:
    ex = run("The bishops condemned the bombing of public buildings in the capital.", DAY)
    assert ex.candidates == []


def test_firing_on_a_bus_is_an_attack(run: Callable[..., Extraction]) -> None:
    ex = run("Unidentified men fired on a bus carrying farm workers near Yoro on Wednesday.", DAY)
    [event] = ex.candidates
    assert event.trigger.text == "fired on"


def test_firing_workers_is_no_attack(run: Callable[..., Extraction]) -> None:
    ex = run("The mining company fired at least 200 workers in Oruro on Monday.", DAY)
    assert ex.candidates == []


def test_armed_men_wrecking_property_is_an_incident(run: Callable[..., Extraction]) -> None:
    ex = run(
        "Urban commandos destroyed a delivery truck of a bottling company at about 0730 on "
        "Tuesday on the main road of Soyapango.",
        DAY,
    )
    [event] = ex.candidates
    assert event.sub_event_type == S.LOOTING_PROPERTY_DESTRUCTION
    assert any(a.label == "target:property" for a in event.actors)


def test_a_storm_wrecking_houses_is_no_incident(run: Callable[..., Extraction]) -> None:
    ex = run("The storm destroyed several houses in Oruro on Monday.", DAY)
    assert ex.candidates == []


def test_troops_destroying_a_camp_is_no_sabotage(run: Callable[..., Extraction]) -> None:
    ex = run("Troops destroyed a rebel camp near Usulutan on Monday.", DAY)
    assert not any(c.sub_event_type == S.LOOTING_PROPERTY_DESTRUCTION for c in ex.candidates)


def test_inquiries_into_a_named_murder_keep_the_murder(run: Callable[..., Extraction]) -> None:
    ex = run(
        "The commission published the results of a number of inquiries into the murder of "
        "Father Julio Ramos Ochoa.",
        DAY,
    )
    assert [c.trigger.text for c in ex.candidates] == ["murder"]
