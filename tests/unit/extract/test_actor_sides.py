"""Whose side a mention is on when the sentence says it indirectly: a possessive pronoun on
the incident, membership with "in". Real model, original sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.arguments import PROPERTY_LABEL
from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


def _texts(extraction: Extraction, role: ActorRole) -> list[str]:
    return [a.text for ev in extraction.candidates for a in ev.actors if a.role == role]


def test_their_incident_is_the_clause_subjects(run: Callable[..., Extraction]) -> None:
    text = (
        "On Monday evening, a group of officers in the Sultan Murad Division announced in a "
        "recorded statement their splitting from the Third Legion in Afrin."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert any("Sultan Murad Division" in t for t in actor1), actor1


def test_fighters_in_a_named_unit_carry_its_name(run: Callable[..., Extraction]) -> None:
    text = "Fighters in the Hamza Division attacked a checkpoint near Azaz on Monday."
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert "Fighters in the Hamza Division" in actor1, actor1


def test_in_a_place_is_no_membership(run: Callable[..., Extraction]) -> None:
    text = "Militants in Kirkuk attacked a police checkpoint on Monday night."
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert "Militants" in actor1, actor1


def test_a_base_struck_is_the_attacked_property(run: Callable[..., Extraction]) -> None:
    text = "Four rockets struck the Harir air base north of Erbil on Tuesday night."
    actor2 = [a for ev in run(text).candidates for a in ev.actors if a.role == ActorRole.ACTOR2]
    assert [(a.text, a.label) for a in actor2] == [("Harir air base", PROPERTY_LABEL)], actor2


def test_an_army_base_still_names_the_army(run: Callable[..., Extraction]) -> None:
    text = "Gunmen attacked an army base near Tikrit on Monday, killing two soldiers."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "army" in actor2, actor2


def test_who_withdrew_lost_the_ground_taken(run: Callable[..., Extraction]) -> None:
    text = (
        "Government troops took control of the town of Kafr Nabudah on Monday after the "
        "withdrawal of the fighters of the Jaish al-Izza faction towards the north."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("Jaish al-Izza" in t for t in actor2), actor2


def test_a_verb_of_withdrawal_names_the_loser_too(run: Callable[..., Extraction]) -> None:
    text = (
        "Government troops recaptured the town of Saraqib on Monday after rebel fighters withdrew."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "rebel fighters" in actor2, actor2


def test_who_came_under_attack_suffered_it(run: Callable[..., Extraction]) -> None:
    text = "A police patrol came under attack by ISIS militants near Hawija on Sunday."
    extraction = run(text)
    assert "A police patrol" in _texts(extraction, ActorRole.ACTOR2), extraction.candidates
    assert "ISIS militants" in _texts(extraction, ActorRole.ACTOR1), extraction.candidates


def test_a_convoy_of_a_force_carries_its_name(run: Callable[..., Extraction]) -> None:
    text = (
        "ISIS militants ambushed a convoy of the Popular Mobilization Forces near Baiji on Tuesday."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "a convoy of the Popular Mobilization Forces" in actor2, actor2


def test_who_a_vehicle_carried_was_attacked(run: Callable[..., Extraction]) -> None:
    text = "A Turkish drone struck a car carrying PKK members near Sinjar on Monday."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "PKK members" in actor2, actor2


def test_an_attack_on_its_positions_is_on_the_defender(run: Callable[..., Extraction]) -> None:
    text = "The Hashd al-Shaabi repelled an attack by Daesh on its positions in Diyala on Monday."
    extraction = run(text)
    assert "Hashd al-Shaabi" in _texts(extraction, ActorRole.ACTOR2), extraction.candidates
    assert "Daesh" in _texts(extraction, ActorRole.ACTOR1), extraction.candidates


def test_their_own_positions_do_not_make_attackers_attacked(
    run: Callable[..., Extraction],
) -> None:
    for text in (
        "Militants launched an attack on their former positions near Baiji on Monday.",
        "Police said militants attacked their checkpoint in Tarmiya on Monday.",
    ):
        actor2 = _texts(run(text), ActorRole.ACTOR2)
        assert not any("ilitants" in t for t in actor2), (text, actor2)


def test_a_named_victims_group_in_apposition_is_attacked(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen on Monday shot dead Karim Sabah, a local commander of Kataib Hezbollah, in Basra."
    )
    actor2 = [a for ev in run(text).candidates for a in ev.actors if a.role == ActorRole.ACTOR2]
    found = [(a.text, a.label) for a in actor2]
    assert ("a local commander of Kataib Hezbollah", "ORG") in found, found


def test_a_description_without_a_group_adds_nobody(run: Callable[..., Extraction]) -> None:
    text = "Gunmen on Monday shot dead Karim Sabah, a local shopkeeper, in Basra."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert actor2 == ["Karim Sabah"], actor2


def test_a_bomb_near_a_forces_post_is_aimed_at_the_force(run: Callable[..., Extraction]) -> None:
    text = (
        "A car bomb exploded near a checkpoint manned by the Popular Mobilization Forces in "
        "Samarra on Monday, killing four fighters."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "the Popular Mobilization Forces" in actor2, actor2


def test_a_bomb_near_a_village_hits_nobody_named(run: Callable[..., Extraction]) -> None:
    text = "A bomb exploded near the village of Albu Dor on Sunday, causing no casualties."
    assert _texts(run(text), ActorRole.ACTOR2) == []


def test_positions_joined_to_a_place_name_keep_their_owner(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Turkish drones struck the hills of Amuda and positions of the Syrian Democratic "
        "Forces on Thursday evening."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("Syrian Democratic Forces" in t for t in actor2), actor2
