"""The event's place when several are named near it (issues #3/#4): a town's quarter the
gazetteer lacks ("Daraa al-Mahatta"), a town named only as the point a district lies off
("Al Jubah district, north of Harib"), a camp placed only by its region, and the
Kurdish spelling of Sulaymaniyah. A small hand-made gazetteer; original sentences' places."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from gazetteer_rows import Row, write_rows_index

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver
from sitrep.resolve.quarters import town_of_quarter

_ROWS: list[Row] = [
    (163843, "Syria", "country", "SY", None, None, 35.0, 38.0, 17_000_000, []),
    (69543, "Yemen", "country", "YE", None, None, 15.5, 47.5, 28_000_000, []),
    (337996, "Ethiopia", "country", "ET", None, None, 9.0, 39.5, 110_000_000, []),
    (170006, "Daraa", "admin1", "SY", "06", None, 32.9, 36.2, 0, ["Deraa"]),
    (170010, "Hama", "admin1", "SY", "10", None, 35.2, 37.2, 0, []),
    (170011, "Homs", "admin1", "SY", "11", None, 34.6, 37.9, 0, []),
    (70001, "Marib", "admin1", "YE", "14", None, 15.5, 45.5, 0, ["Marib Governorate"]),
    (70002, "Adan", "admin1", "YE", "02", None, 12.8, 45.0, 0, ["Aden Governorate"]),
    (444185, "Tigrai", "admin1", "ET", "53", None, 14.0, 39.0, 0, ["Tigray"]),
    (170100, "Dara", "city", "SY", "06", None, 32.62, 36.10, 97_969, ["Daraa", "Deraa"]),
    (170101, "Hama", "city", "SY", "10", None, 35.13, 36.75, 854_000, []),
    (170102, "As Sukhnah", "city", "SY", "11", None, 34.89, 38.87, 0, ["Sukhnah"]),
    (70100, "Marib", "city", "YE", "14", None, 15.46, 45.33, 16_794, []),
    (70101, "Al Jubah", "admin2", "YE", "14", "1410", 15.2, 45.3, 0, []),
    (70102, "Harib", "city", "YE", "14", None, 14.93, 45.50, 12_000, []),
    (70105, "Raghwan", "city", "YE", "14", None, 15.75, 45.03, 3_000, []),
    (70103, "Aden", "city", "YE", "02", None, 12.78, 45.04, 550_602, []),
    (70104, "At Tawahi", "city", "YE", "02", None, 12.78, 44.98, 0, ["Tawahi"]),
    (444200, "Shire", "city", "ET", "53", None, 14.10, 38.28, 47_284, ["Inda Selassie"]),
]


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    path = write_rows_index(_ROWS, tmp_path_factory.mktemp("loc3") / "gaz.sqlite")
    return PlaceResolver(Gazetteer.load(path))


def pm(text: str, context: str | None = "in") -> PlaceMention:
    return PlaceMention(text=text, context=context)


# -- a quarter named by its town ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("Daraa al-Balad", "Daraa"),
        ("Hama al-Jadida", "Hama"),
        ("Daraa al-Mahatta", "Daraa"),
        ("Manbij Sharqi", "Manbij"),
        ("Tal Abyad", None),  # a town's own name, no quarter word
        ("al-Balad", None),  # nothing before the quarter word
    ],
)
def test_the_town_part_of_a_quarters_name(name: str, town: str | None) -> None:
    assert town_of_quarter(name) == town


def test_a_quarter_the_gazetteer_lacks_is_in_its_town(places: PlaceResolver) -> None:
    # "Army shelling hit the station quarter, Daraa al-Mahatta, overnight"
    found = places.resolve([pm("Daraa al-Mahatta", None), pm("Daraa", "countryside of")],
                           focus=["SY"])  # fmt: skip
    assert (found.admin1, found.location) == ("Daraa", "Dara - Daraa al-Mahatta")
    assert found.geo_precision == GeoPrecision.TOWN


def test_a_quarter_is_a_places_name_even_when_it_is_also_an_actor(
    places: PlaceResolver,
) -> None:
    assert places.names_a_place(pm("Hama al-Jadida", None))
    assert not places.names_a_place(pm("Hama Brigades", None))


def test_a_quarter_of_an_unknown_town_stays_unresolved(places: PlaceResolver) -> None:
    assert places.resolve_one(pm("Zorba al-Balad", None), focus=["SY"]) is None


# -- the town another place lies off --------------------------------------------------


def test_a_district_south_of_a_town_is_the_place(places: PlaceResolver) -> None:
    # "coalition jets pounded positions around Al Jubah district, north of Harib"
    found = places.resolve(
        [pm("Marib governorate", "in"), pm("Harib", "north of"), pm("Al Jubah district", "around")],
        focus=["YE"],
    )
    assert found.location == "Al Jubah"
    assert found.admin1 == "Marib"


def test_a_village_off_a_town_is_placed_by_that_town(places: PlaceResolver) -> None:
    # "gunmen raided the village of Bir Salim, east of Harib, near the town of Raghwan"
    found = places.resolve(
        [pm("Bir Salim", "village of"), pm("Harib", "east of"), pm("Raghwan", "near town of")],
        focus=["YE"],
    )
    assert found.location == "Bir Salim"
    assert found.latitude == pytest.approx(14.93)


def test_a_town_named_without_a_bearing_keeps_its_rank(places: PlaceResolver) -> None:
    # "fighting in Harib and in Al Jubah district": the town is the finer place
    found = places.resolve([pm("Harib", "in"), pm("Al Jubah district", "in")], focus=["YE"])
    assert found.location == "Harib"


def test_a_quarter_of_a_city_outranks_the_city(places: PlaceResolver) -> None:
    # "a grenade was thrown at a police post in Tawahi, the harbour district of Aden"
    found = places.resolve([pm("Aden", None), pm("Tawahi", "in")], focus=["YE"])
    assert found.location == "At Tawahi"


# -- a site placed only by its region -------------------------------------------------


def test_a_camp_placed_by_its_region_keeps_its_own_name(places: PlaceResolver) -> None:
    # "the drone hit the Hitsats camp, which shelters refugees, in western Tigray"
    found = places.resolve([pm("Hitsats camp", None), pm("Tigray", "in western")], focus=["ET"])
    assert found.location == "Hitsats camp"
    assert found.admin1 == "Tigrai"


def test_a_camp_placed_by_its_town_keeps_the_town_site_form(places: PlaceResolver) -> None:
    # "the Hitsats camp near Shire"
    found = places.resolve([pm("Hitsats camp", None), pm("Shire", "near")], focus=["ET"])
    assert found.location == "Shire - Hitsats camp"


def test_a_site_without_a_town_yields_to_the_village_named_with_it(
    places: PlaceResolver,
) -> None:
    # "warplanes struck hideouts around the Jabal Hass area, south of al-Qurayya": the
    # village, not the site fused with the article's main town
    aden = places.resolve([pm("Aden")], focus=["YE"])
    found = places.resolve(
        [pm("al-Qurayya", "south of"), pm("the Jabal Hass area", "around")],
        focus=["YE"],
        article_town=aden,
        article_region=("YE", "14"),
    )
    assert found.location == "al-Qurayya"
    assert found.admin1 == "Marib"


def test_a_site_alone_still_takes_the_articles_main_town(places: PlaceResolver) -> None:
    aden = places.resolve([pm("Aden")], focus=["YE"])
    found = places.resolve([pm("the Jabal Hass area", "around")], focus=["YE"], article_town=aden)
    assert found.location == "Aden - Jabal Hass area"


# -- the Kurdish spelling of Sulaymaniyah -----------------------------------------------


def test_the_kurdish_spelling_of_sulaymaniyah_is_an_alias() -> None:
    shipped = Path(__file__).parents[3] / "src/sitrep/data/resolve/place_aliases.yaml"
    data = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    assert "Sulaimani" in data["admin1"]["IQ"]["05"]["aliases"]
    city = next(c for c in data["cities"]["IQ"] if c["match"] == "Sulaymaniyah")
    assert "Sulaimani" in city["aliases"]
