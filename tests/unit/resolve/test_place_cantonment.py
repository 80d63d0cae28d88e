"""A cantonment (or a garrison) is a quarter of its town: "the boundary wall of Bannu
Cantonment" is coded to Bannu, as a market or a police station would be. The packaged
gazetteer (it ships with sitrep)."""

from __future__ import annotations

import pytest

from sitrep.model import PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver(Gazetteer.load())


@pytest.mark.parametrize("name", ["Bannu Cantonment", "Bannu Cantt"])
def test_a_cantonment_is_coded_to_its_town(places: PlaceResolver, name: str) -> None:
    result = places.resolve([PlaceMention(text=name, context="of", label="FAC")], focus=["PK"])
    assert (result.country, result.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")
    assert result.location is not None and result.location.startswith("Bannu")
