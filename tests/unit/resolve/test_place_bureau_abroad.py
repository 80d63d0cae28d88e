"""A wire's bureau abroad is no scene when the event names the part of another country it
happened in ("NAIROBI (Wire) - Al Shabaab militants ambushed a convoy in southern Somalia");
a country named plainly, or one that is also a town's name ("Tonga", "Costa Rica"), leaves
the dateline alone. The packaged gazetteer."""

from __future__ import annotations

import pytest

from sitrep.model import PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver(Gazetteer.load())


def test_a_bureau_abroad_yields_to_the_part_of_the_country_named(places: PlaceResolver) -> None:
    result = places.resolve(
        [
            PlaceMention(text="NAIROBI", label="GPE", context="dateline"),
            PlaceMention(text="Somalia", label="GPE", context="in southern"),
        ],
        focus=["KE", "SO"],
    )
    assert result.country == "Somalia"
    assert result.location != "Nairobi"


def test_a_country_named_plainly_leaves_the_dateline(places: PlaceResolver) -> None:
    result = places.resolve(
        [
            PlaceMention(text="NAIROBI", label="GPE", context="dateline"),
            PlaceMention(text="Somalia", label="GPE", context="in"),
        ],
        focus=["KE", "SO"],
    )
    assert result.location == "Nairobi"
