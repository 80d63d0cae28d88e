"""Clans and tribes that fight each other are both sides of the fight (ACLED's communal
militias on either side): "an armed clash between two clans", "the same two clans
clashed", "a dispute between two clans turned into an exchange of fire", and the men
arrested "from the two clans" are theirs (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, role_of

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


def _texts(extraction: Extraction, role: ActorRole) -> list[str]:
    return [a.text for a in role_of(extraction, role)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Four men were killed on Friday in an armed clash between two clans over grazing "
         "land near Qalat Salih, east of Amarah.", "two clans"),
        ("A long-running feud between two tribes north of Nasiriyah turned into an exchange "
         "of fire on Saturday night, leaving three dead.", "two tribes"),
        ("The same two clans clashed again near al-Madina on Sunday, when one man was "
         "killed, police said.", "same two clans"),
        ("Fighting between rival tribes in the hills above Mendi left five men dead on "
         "Wednesday.", "rival tribes"),
    ],
)  # fmt: skip
def test_feuding_clans_are_both_sides(
    run: Callable[..., Extraction], text: str, sides: str
) -> None:
    extraction = run(text)
    assert len(events_of(extraction)) == 1
    assert any(sides in a for a in _texts(extraction, ActorRole.ACTOR1))
    assert any(sides in a for a in _texts(extraction, ActorRole.ACTOR2))


def test_the_men_arrested_from_the_clans_are_theirs(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Police said on Monday they had arrested eleven men from the two clans and seized "
        "six rifles in raids near al-Madina."
    )
    assert any("two clans" in a for a in _texts(extraction, ActorRole.ACTOR2))


@pytest.mark.parametrize(
    "text",
    [
        # one band, not two sides
        "Two gunmen attacked a police checkpoint near al-Madina on Sunday, wounding a policeman.",
        # a clan that was attacked is one side only
        "Gunmen attacked the guesthouse of a clan in al-Madina on Sunday, killing two of "
        "its members.",
    ],
)
def test_one_band_or_one_clan_is_not_both_sides(run: Callable[..., Extraction], text: str) -> None:
    extraction = run(text)
    firsts = set(_texts(extraction, ActorRole.ACTOR1))
    assert not firsts & set(_texts(extraction, ActorRole.ACTOR2))
