"""Whose "enemy" (sitrep.resolve.enemies): a partisan outlet that wrote "the Israeli enemy"
means Israel's forces by "the enemy artillery" later on, not the state forces of the country
shelled; "the occupiers" of a Ukrainian report are Russia's; an enemy never named is no state
force of the country shelled. Original sentences in the voice of translated Lebanese and
Ukrainian outlets."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import (
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    EventType,
    Extraction,
    PlaceMention,
    Span,
    SubEventType,
)
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.resolve.enemies import article_enemy, names_the_enemy

_NAMED = (
    "An Israeli enemy drone targeted a car on the road to Tyre at noon today. On the evening "
    "of yesterday, the enemy artillery shelled the outskirts of a border town in Lebanon."
)
_UNNAMED = (
    "A drone targeted a car on the road to Tyre at noon today. On the evening of yesterday, "
    "the enemy artillery shelled the outskirts of a border town in Lebanon."
)


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer, actors: ActorDictionary) -> Resolver:
    return Resolver(gazetteer=gazetteer, actors=actors)


def _shelling(
    text: str, who: str = "the enemy artillery", where: str = "Lebanon"
) -> tuple[Article, Extraction]:
    at = text.index(who)
    trigger = text.index("shelled")
    article = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="lb-1", text=text, published=date(2024, 4, 16), outlet="Wire", url="https://x.test/1"
    )
    candidate = CandidateEvent(
        article_id="lb-1",
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.SHELLING_ARTILLERY_MISSILE,
        trigger=Span(text="shelled", start=trigger, end=trigger + 7),
        evidence=[Span(text=text[at:], start=at, end=len(text))],
        actors=[
            ActorMention(
                text=who,
                role=ActorRole.ACTOR1,
                span=Span(text=who, start=at, end=at + len(who)),
                label="generic:military",
            )
        ],
        places=[PlaceMention(text=where, context="in")],
        confidence=0.8,
    )
    return article, Extraction(article_id="lb-1", candidates=[candidate])


def test_the_enemy_named_once_is_that_country(actors: ActorDictionary) -> None:
    assert article_enemy(_NAMED, actors.demonyms) == "Israel"
    assert article_enemy("the Zionist enemy shelled the hills", actors.demonyms) == "Israel"
    assert article_enemy(_UNNAMED, actors.demonyms) is None
    assert names_the_enemy("the enemy army") and not names_the_enemy("the army")


def test_the_enemy_artillery_is_the_named_enemy_s_forces(resolver: Resolver) -> None:
    [event] = resolver.resolve(*_shelling(_NAMED))
    assert event.actor1 == "Military Forces of Israel"


def test_an_enemy_never_named_is_no_state_force_of_the_country_shelled(
    resolver: Resolver,
) -> None:
    [event] = resolver.resolve(*_shelling(_UNNAMED))
    assert event.actor1 == "Unidentified Armed Group (Lebanon)"


def test_the_occupation_named_once_is_that_country(actors: ActorDictionary) -> None:
    text = "The Turkish occupation army shelled the village. The occupation forces then withdrew."
    assert article_enemy(text, actors.demonyms) == "Turkey"
    assert names_the_enemy("the occupation forces") and names_the_enemy("the occupiers")


@pytest.mark.parametrize(
    ("text", "where", "attacker"),
    [
        # Ukrainian copy: "the occupiers" are the Russian army, named or not
        ("In the afternoon the occupiers shelled with artillery the village of Bilozerka, west "
         "of Kherson.", "Kherson", "Military Forces of Russia"),
        # Palestinian copy: "the occupation forces" are the Israeli army
        ("At dawn the occupation forces stormed the camp and shelled a house in Nablus.",
         "Nablus", "Military Forces of Israel"),
    ],
)  # fmt: skip
def test_the_occupiers_of_an_occupied_country(
    actors: ActorDictionary, text: str, where: str, attacker: str
) -> None:
    who = "the occupiers" if "occupiers" in text else "the occupation forces"
    resolver = Resolver(gazetteer=Gazetteer.load(), actors=actors)  # the shipped gazetteer
    [event] = resolver.resolve(*_shelling(text, who=who, where=where))
    assert event.actor1 == attacker
