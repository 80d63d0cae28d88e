"""Actor mentions that carry their own name: "a group calling itself X" (real model,
original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A shadowy group calling itself Liwa al-Nasr al-Jadid claimed responsibility for "
            "the rocket attack on the airport in Erbil on Tuesday.",
            "Liwa al-Nasr al-Jadid",
        ),
        (
            "A militia known as Saraya Tabarak claimed responsibility for the drone attack "
            "on the base near Baghdad on Friday.",
            "Saraya Tabarak",
        ),
    ],
)
def test_a_self_named_group_is_mentioned_by_its_name(
    run: Callable[..., Extraction], text: str, name: str
) -> None:
    claimed = [
        a.text for ev in run(text).candidates for a in ev.actors if a.role == ActorRole.CLAIMED_BY
    ]
    assert name in claimed, claimed


def test_a_plain_group_keeps_its_description(run: Callable[..., Extraction]) -> None:
    text = "A little-known group claimed responsibility for the bombing in Kirkuk on Sunday."
    claimed = [
        a.text for ev in run(text).candidates for a in ev.actors if a.role == ActorRole.CLAIMED_BY
    ]
    assert claimed and all("group" in c for c in claimed)


def _roles(extraction: Extraction) -> set[tuple[str, ActorRole]]:
    return {(a.text, a.role) for ev in extraction.candidates for a in ev.actors}


def test_who_dies_is_attacked_and_the_agent_attacks(run: Callable[..., Extraction]) -> None:
    text = (
        "The night clerk, who was shot by two robbers at a motel in Amarillo, Texas, on "
        "Friday, died on Saturday."
    )
    roles = _roles(run(text))
    assert ("night clerk", ActorRole.ACTOR2) in roles
    assert ("night clerk", ActorRole.ACTOR1) not in roles
    assert any(r == ActorRole.ACTOR1 and "robbers" in t for t, r in roles)


def test_a_country_before_a_colon_is_a_section_not_an_actor(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Niger: bomb at Diffa market kills nine\n\nNine people were killed on Monday when a "
        "bomb exploded at a market in Diffa, officials said."
    )
    roles = _roles(run(text))
    assert ("Niger", ActorRole.ACTOR1) not in roles


def test_a_source_before_a_colon_is_not_an_actor(run: Callable[..., Extraction]) -> None:
    text = (
        "Sheriff: man shot outside bar in Ocala\n\nA 35-year-old man was shot outside a bar in "
        "Ocala, Florida, early Sunday, the sheriff's office said."
    )
    roles = _roles(run(text))
    assert not any(t == "Sheriff" for t, _ in roles)


def test_drug_traffickers_are_an_armed_band(run: Callable[..., Extraction]) -> None:
    text = "Drug traffickers on Saturday killed two judges in a street in Medellin."
    actor1 = [
        (a.text, a.label)
        for ev in run(text).candidates
        for a in ev.actors
        if a.role == ActorRole.ACTOR1
    ]
    assert ("Drug traffickers", "generic:armed") in actor1, actor1
