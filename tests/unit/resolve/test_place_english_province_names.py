"""A province's English name that opens with a direction word ("North Kivu", "Middle
Shabelle", "Lower Shabelle") is the province, not the direction and a remainder: GeoNames
calls them Nord Kivu, Shabeellaha Dhexe and Shabeellaha Hoose, and keeps the English names
as alternates (sitrep shows ACLED's English names: place_aliases.yaml). A town's alternate
name does not count ("West Charlotte" stays Charlotte), and "north Baghdad" is still
Baghdad's north. The packaged gazetteer (it ships with sitrep); names from blind batch 14
(a translated Somali outlet, a Congolese weekly)."""

from __future__ import annotations

import pytest

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver(Gazetteer.load())


@pytest.mark.parametrize(
    ("text", "cc", "admin1"),
    [
        ("Middle Shabelle", "SO", "Middle Shabelle"),
        ("the Middle Shabelle region", "SO", "Middle Shabelle"),
        ("Lower Shabelle", "SO", "Lower Shabelle"),
        ("North Kivu", "CD", "North Kivu"),
        ("North Kivu province", "CD", "North Kivu"),
        ("South Kivu", "CD", "South Kivu"),
    ],
)
def test_a_provinces_english_name_is_the_province(
    places: PlaceResolver, text: str, cc: str, admin1: str
) -> None:
    result = places.resolve([PlaceMention(text=text, context="in", label="GPE")], focus=[cc])
    assert result.admin1 == admin1
    assert result.geo_precision == GeoPrecision.REGION


def test_an_unknown_village_takes_the_province_named_with_it(places: PlaceResolver) -> None:
    # "the army ... entered the village of Baqdaad, in Middle Shabelle, without a fight"
    result = places.resolve(
        [
            PlaceMention(text="Baqdaad", context="village of", label="GPE"),
            PlaceMention(text="Middle Shabelle", context="in", label="GPE"),
        ],
        focus=["SO"],
    )
    assert result.admin1 == "Middle Shabelle"


def test_a_direction_before_a_town_is_still_a_direction(places: PlaceResolver) -> None:
    result = places.resolve([PlaceMention(text="West Charlotte", label="GPE")], focus=["US"])
    assert result.location == "Charlotte"
