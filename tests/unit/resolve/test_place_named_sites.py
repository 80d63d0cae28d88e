"""A mosque, church or shrine is often named for a man or a saint ("the Omari Mosque" in
Daraa): a name that only a town abroad shares locates nothing, while a town of the article's
country by that name still does ("the Kufa mosque"). The packaged gazetteer."""

from __future__ import annotations

import pytest

from sitrep.model import PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver(Gazetteer.load())


def test_a_mosque_named_for_a_man_is_no_town_abroad(places: PlaceResolver) -> None:
    # "dozens demonstrated in the square of the Omari Mosque": not Ameri, Iran, though Iran
    # is among the article's countries further down
    mention = PlaceMention(text="Omari Mosque", label="FAC", context="in square of")
    assert places.resolve_one(mention, focus=["SY", "IR"]) is None


def test_a_mosque_named_for_its_town_is_there(places: PlaceResolver) -> None:
    result = places.resolve_one(PlaceMention(text="Kufa Mosque", label="FAC"), focus=["IQ"])
    assert result is not None and (result.country, result.location) == ("Iraq", "Kufa")
