"""Whose "enemy" (sitrep.resolve.enemies): a partisan outlet that wrote "the Israeli enemy"
means Israel's forces by "the enemy artillery" later on, not the state forces of the country
shelled. Original sentences in the voice of a translated Lebanese outlet (blind batch 12)."""

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


def _shelling(text: str) -> tuple[Article, Extraction]:
    at = text.index("the enemy artillery")
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
                text="the enemy artillery",
                role=ActorRole.ACTOR1,
                span=Span(text="the enemy artillery", start=at, end=at + 19),
                label="generic:military",
            )
        ],
        places=[PlaceMention(text="Lebanon", context="in")],
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


def test_an_enemy_never_named_stays_as_the_dictionary_reads_it(resolver: Resolver) -> None:
    [event] = resolver.resolve(*_shelling(_UNNAMED))
    assert event.actor1 != "Military Forces of Israel"
