"""People described and named: the whole name after a title, the name in apposition after a
description, no verb particle in front ("shot dead"), and no actor made of the adjective of
an incident ("a terrorist attack"). Real model, original sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


def _texts(extraction: Extraction, role: ActorRole) -> list[str]:
    return [a.text for ev in extraction.candidates for a in ev.actors if a.role == role]


@pytest.mark.parametrize(
    "name", ["political leader ramon ochoa paredes", "political leader hector orellana colindres"]
)
def test_a_title_chain_keeps_the_whole_name(run: Callable[..., Extraction], name: str) -> None:
    # lower-case copy: the tagger misses the names (one even reads as a verb)
    text = f"gunmen on monday kidnapped {name} in guatemala city."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert name in actor2, actor2


def test_shot_dead_is_no_part_of_the_victim(run: Callable[..., Extraction]) -> None:
    text = "Gunmen on Friday shot dead presidential candidate Rafael Ortiz Mena near Cali."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "presidential candidate Rafael Ortiz Mena" in actor2, actor2


def test_a_name_in_apposition_joins_the_description(run: Callable[..., Extraction]) -> None:
    text = (
        "Guerrillas on Tuesday murdered a Peruvian customs official, Julio Navarro Paz, "
        "in Huancayo."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any(t.endswith("official, Julio Navarro Paz") for t in actor2), actor2


def test_a_terrorist_attack_names_no_attacker(run: Callable[..., Extraction]) -> None:
    text = "A terrorist attack on a power substation in Usulutan on Sunday caused a blackout."
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert "terrorist" not in [t.lower() for t in actor1], actor1


def test_the_rebels_attack_names_its_attackers(run: Callable[..., Extraction]) -> None:
    text = "The rebels' attack on an army post near Ayacucho on Sunday killed two soldiers."
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert any("rebels" in t for t in actor1), actor1


def test_an_adjectival_title_still_heads_the_name(run: Callable[..., Extraction]) -> None:
    # the tagger reads "official" as an adjective of the name
    text = (
        "municipal official ramiro tello was seriously wounded in a bomb explosion in huanta "
        "on monday."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "municipal official ramiro tello" in actor2, actor2
