"""Suwayda's Druze militia and Turkey's police (blind batch 13): "Men of Dignity" and its
Arabic name "Rijal al-Karama" are one political militia of Syria; "Turkish police" in an
Ankara story is Turkey's police, not a generic force of the story's other country."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import InterCode
from sitrep.resolve.actors import ActorDictionary

ON = date(2024, 6, 8)


@pytest.mark.parametrize(
    "mention", ["Men of Dignity", "Rijal al-Karama", "Men of Dignity Movement"]
)
def test_the_men_of_dignity(actors: ActorDictionary, mention: str) -> None:
    assert actors.canonical(mention, country="Syria", on=ON) == "Men of Dignity"
    match = actors.match(mention, country="Syria", on=ON)
    assert match is not None
    assert actors.inter(match, event_country="Syria") == InterCode.POLITICAL_MILITIAS


@pytest.mark.parametrize("mention", ["Turkish police", "Turkish policemen", "Jandarma"])
def test_turkish_police(actors: ActorDictionary, mention: str) -> None:
    assert actors.canonical(mention, country="Turkey", on=ON) == "Police Forces of Turkey"
