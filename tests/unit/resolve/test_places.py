from __future__ import annotations

import pytest

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def pm(text: str, context: str | None = "in") -> PlaceMention:
    return PlaceMention(text=text, context=context)


def test_town_in_focus_country(places: PlaceResolver) -> None:
    result = places.resolve([pm("Tikrit")], focus=["IQ"])
    assert (result.country, result.admin1, result.location) == ("Iraq", "Salah ad Din", "Tikrit")
    assert result.geo_precision == GeoPrecision.TOWN
    assert result.latitude == pytest.approx(34.616)


def test_homonyms_follow_the_article_focus(places: PlaceResolver) -> None:
    assert places.resolve([pm("Sinjar")], focus=["IQ"]).country == "Iraq"
    assert places.resolve([pm("Sinjar")], focus=["SY"]).country == "Syria"
    assert places.resolve([pm("Tikrit")], focus=["LB"]).country == "Lebanon"


def test_country_focus_counts_the_articles_places(places: PlaceResolver) -> None:
    focus = places.country_focus([pm("Baqubah"), pm("Diyala province"), pm("Washington")])
    assert focus[0] == "IQ"
    assert places.country_focus([pm("Syria"), pm("Sinjar")])[0] == "SY"


def test_admin_designator_picks_the_province(places: PlaceResolver) -> None:
    province = places.resolve([pm("Kirkuk province")], focus=["IQ"])
    assert province.geo_precision == GeoPrecision.REGION
    assert province.admin1 == "Kirkuk"
    city = places.resolve([pm("Kirkuk")], focus=["IQ"])
    assert city.geo_precision == GeoPrecision.TOWN
    assert city.location == "Kirkuk"
    assert city.latitude == pytest.approx(35.47)


def test_transliterations_resolve(places: PlaceResolver) -> None:
    for text in ("Miqdadiyah", "Al Miqdadiyah", "Muqdadiyah"):
        assert places.resolve([pm(text)], focus=["IQ"]).location == "Muqdadiyah"
    assert places.resolve([pm("Salahaddin province")], focus=["IQ"]).admin1 == "Salah ad Din"
    assert places.resolve([pm("Dayr az Zawr province")], focus=["SY"]).admin1 == "Deir ez-Zor"


def test_near_a_town_is_precision_two(places: PlaceResolver) -> None:
    result = places.resolve([pm("Tarmiyah", "near"), pm("Baghdad", "north of")], focus=["IQ"])
    assert result.location == "Tarmiyah"
    assert result.geo_precision == GeoPrecision.NEAR_TOWN


def test_part_of_a_province(places: PlaceResolver) -> None:
    result = places.resolve([pm("Northern Baghdad province", "in")], focus=["IQ"])
    assert result.admin1 == "Baghdad"
    assert result.geo_precision in {GeoPrecision.NEAR_TOWN, GeoPrecision.REGION}
    result = places.resolve([pm("Diyala", "in northern")], focus=["IQ"])
    assert (result.admin1, result.geo_precision) == ("Diyala", GeoPrecision.NEAR_TOWN)


def test_country_only_is_precision_three(places: PlaceResolver) -> None:
    result = places.resolve([pm("Iraq")], focus=["IQ"])
    assert result.country == "Iraq"
    assert result.admin1 is None
    assert result.geo_precision == GeoPrecision.REGION


def test_landmarks_take_their_town(places: PlaceResolver) -> None:
    square = places.resolve([pm("Tayaran Square")], focus=["IQ"])
    assert (square.location, square.admin1, square.country) == (
        "Baghdad - Tayaran Square", "Baghdad", "Iraq",
    )  # fmt: skip
    assert places.resolve([pm("Tayran Square")], focus=["IQ"]).location == square.location
    assert square.geo_precision == GeoPrecision.TOWN
    prison = places.resolve([pm("Ghweran prison")], focus=["SY"])
    assert (prison.location, prison.admin1) == ("Al Hasakah - Ghweran prison", "Al Hasakah")
    base = places.resolve([pm("K1 base", "at")], focus=["IQ"])
    assert (base.admin1, base.geo_precision) == ("Kirkuk", GeoPrecision.NEAR_TOWN)


def test_unknown_site_takes_the_next_town(places: PlaceResolver) -> None:
    result = places.resolve(
        [pm("Zaghniya police station", "at"), pm("Baqubah", "in")], focus=["IQ"]
    )
    assert result.location == "Baqubah - Zaghniya police station"
    assert result.admin1 == "Diyala"
    assert result.latitude == pytest.approx(33.75)
    assert result.geo_precision == GeoPrecision.TOWN
    assert any("Baqubah" in note for note in result.notes)


def test_site_named_after_its_town(places: PlaceResolver) -> None:
    result = places.resolve([pm("Baqubah market")], focus=["IQ"])
    assert (result.location, result.admin1) == ("Baqubah", "Diyala")


def test_the_most_specific_place_wins(places: PlaceResolver) -> None:
    assert places.resolve([pm("Iraq"), pm("Sinjar area")], focus=["IQ"]).location == "Sinjar"
    result = places.resolve([pm("Baghdad"), pm("Tarmiyah")], focus=["IQ"])
    assert result.location == "Tarmiyah"
    assert places.resolve([pm("Diyala province"), pm("Baqubah")], focus=["IQ"]).location == (
        "Baqubah"
    )


def test_short_landmark_keys_do_not_collide(places: PlaceResolver) -> None:
    assert places.resolve([pm("Dawr")], focus=["IQ"]).location != "Baghdad - Dora"


def test_place_outside_the_focus_is_not_the_event_place(places: PlaceResolver) -> None:
    result = places.resolve([pm("Washington"), pm("Baghdad")], focus=["IQ"])
    assert result.country == "Iraq"
    assert result.location == "Baghdad"


def test_unresolvable_place_is_a_value_not_an_error(places: PlaceResolver) -> None:
    result = places.resolve([pm("Qwxzyv Gardens")], focus=["IQ"])
    assert result.geo_precision is None
    assert result.notes


def test_a_site_without_its_town_takes_the_articles_main_town(places: PlaceResolver) -> None:
    mentions = [pm("Baqubah"), pm("Baqubah"), pm("Diyala province"), pm("Tikrit")]
    town = places.main_town(mentions, focus=["IQ"])
    assert town is not None and town.location == "Baqubah"
    result = places.resolve([pm("Qwxzyv market")], focus=["IQ"], article_town=town)
    assert result.location == "Baqubah - Qwxzyv market"
    assert result.admin1 == "Diyala"
    assert any("main town" in n for n in result.notes)


def test_a_site_named_by_its_country_is_not_a_place(places: PlaceResolver) -> None:
    result = places.resolve(
        [pm("Syrian prison"), pm("Ghweran prison", "on"), pm("Syria")], focus=["SY"]
    )
    assert result.location == "Al Hasakah - Ghweran prison"
