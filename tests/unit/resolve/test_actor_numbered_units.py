"""A force's numbered formation is the force ("the 23rd Brigade of the Hashd", "Brigade 52
of the PMF", "the 2nd Division of the Peshmerga"), while a name that puts a group word around
a known alias is another group ("Kataib Sayyid al-Hezbollah" is not Hezbollah); the British
spelling of the PMF ("the Popular Mobilisation") is the PMF."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.resolve.actors import ActorDictionary

ON = date(2023, 9, 10)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the 23rd Brigade of the Hashd", "Popular Mobilization Forces"),
        ("Brigade 52 of the PMF", "Popular Mobilization Forces"),
        ("the 2nd Division of the Peshmerga", "Peshmerga"),
        ("two fighters of the Popular Mobilisation", "Popular Mobilization Forces"),
        ("the Popular Mobilisation Commission", "Popular Mobilization Forces"),
    ],
)
def test_a_numbered_formation_is_its_force(
    actors: ActorDictionary, mention: str, expected: str
) -> None:
    found = actors.match(mention, country="Iraq", on=ON, label="ORG")
    assert found is not None
    assert found.name == expected


def test_a_group_word_around_an_alias_is_still_another_group(actors: ActorDictionary) -> None:
    found = actors.match("Kataib Sayyid al-Hezbollah", country="Iraq", on=ON, label="ORG")
    assert found is None or found.name != "Hezbollah"
