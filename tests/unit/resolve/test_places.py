from __future__ import annotations

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.context import country_focus, main_town
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver, PlaceResult


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
    focus = country_focus(places, [pm("Baqubah"), pm("Diyala province"), pm("Washington")])
    assert focus[0] == "IQ"
    assert country_focus(places, [pm("Syria"), pm("Sinjar")])[0] == "SY"


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


def test_the_countryside_of_a_province_is_the_province(places: PlaceResolver) -> None:
    """ "in the eastern countryside of Deir ez-Zor": the governorate's rural land, so a
    town named with it ("Dhiban") is the more specific place, not the city of Deir ez-Zor."""
    alone = places.resolve([pm("Deir ez-Zor", "in eastern countryside of")], focus=["SY"])
    assert (alone.location, alone.geo_precision) == ("Deir ez-Zor", GeoPrecision.REGION)
    both = places.resolve(
        [pm("Deir ez-Zor", "in eastern countryside of"), pm("Dhiban", "at")], focus=["SY"]
    )
    assert (both.location, both.geo_precision) == ("Dhiban", GeoPrecision.TOWN)
    for context in ("in countryside of", "in plain of", "on outskirts of"):  # no province
        town = places.resolve([pm("Tikrit", context)], focus=["IQ"])
        assert (town.location, town.geo_precision) == ("Tikrit", GeoPrecision.NEAR_TOWN)


def test_an_operations_sector_is_the_area_of_its_name(places: PlaceResolver) -> None:
    """Iraqi bulletins: "the Anbar sector" is the province, "the Tarmiyah sector" the town's
    surroundings."""
    province = places.resolve([pm("the Anbar sector")], focus=["IQ"])
    assert (province.admin1, province.geo_precision) == ("Anbar", GeoPrecision.REGION)
    town = places.resolve([pm("Tarmiyah sector")], focus=["IQ"])
    assert (town.location, town.geo_precision) == ("Tarmiyah", GeoPrecision.NEAR_TOWN)


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
    town = main_town(places, mentions, focus=["IQ"])
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


# -- US local news: homonyms read through the article ---------------------------------
# A hand-made index of homonyms (coordinates rounded, populations approximate).

_US: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (6252001, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, ["U.S."]),
    (1814991, "China", "country", "CN", None, None, 35.0, 105.0, 1_400_000_000, []),
    (4331987, "Louisiana", "admin1", "US", "LA", None, 31.0, -92.0, 0, ["La."]),
    (4736286, "Texas", "admin1", "US", "TX", None, 31.2, -99.2, 0, ["Tex."]),
    (4829764, "Alabama", "admin1", "US", "AL", None, 32.7, -86.7, 0, ["Ala."]),
    (6254928, "Virginia", "admin1", "US", "VA", None, 37.5, -78.8, 0, ["Va."]),
    (4744709, "Alexandria", "city", "US", "VA", "510", 38.80, -77.05, 159_000, []),
    (4314550, "Alexandria", "city", "US", "LA", "079", 31.31, -92.45, 47_000, []),
    (4068590, "Huntsville", "city", "US", "AL", "089", 34.73, -86.59, 200_000, []),
    (4702732, "Huntsville", "city", "US", "TX", "471", 30.72, -95.55, 41_000, []),
    (4741100, "Walker County", "admin2", "US", "TX", "471", 30.7, -95.6, 71_000, []),
    (4095415, "Walker County", "admin2", "US", "AL", "127", 33.8, -87.3, 64_000, []),
    (4683317, "China", "city", "US", "TX", "245", 30.05, -94.34, 1_100, []),
    (4052744, "Butler County", "admin2", "US", "AL", "013", 31.75, -86.5, 20_000, []),
    (4052500, "Butler", "city", "US", "AL", "023", 32.09, -88.22, 1_800, []),
    (5068590, "Mount Pleasant", "city", "US", "TX", "449", 33.16, -94.97, 16_000, []),
    (5146286, "Ohio", "admin1", "US", "OH", None, 40.4, -82.5, 0, []),
    (4406282, "Republic", "city", "US", "MO", "077", 37.12, -93.48, 15_000, []),
    (6251999, "Canada", "country", "CA", None, None, 60.0, -96.0, 37_000_000, []),
    (6093943, "Ontario", "admin1", "CA", "08", None, 49.25, -84.5, 0, []),
    (5744253, "Ontario", "city", "US", "OR", "045", 44.03, -116.96, 11_000, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def us_places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out = tmp_path_factory.mktemp("us") / "us.sqlite"
    write_rows_index(_US, out)
    return PlaceResolver(Gazetteer.load(out))


def spans(text: str, names: list[str]) -> list[PlaceMention]:
    """Mentions with their offsets in ``text``, each name at its next occurrence."""
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        out.append(PlaceMention(text=name, span=Span(text=name, start=start, end=at), label="GPE"))
    return out


def read(places: PlaceResolver, text: str, names: list[str]) -> list[PlaceResult]:
    """Each mention resolved with the article's context, as the resolve stage does."""
    mentions = spans(text, names)
    context = places.article_context(mentions, text=text)
    return [places.resolve([m], context=context) for m in mentions]


def test_a_town_written_with_its_state_fixes_its_later_mentions(
    us_places: PlaceResolver,
) -> None:
    text = (
        "A bakery in Alexandria, La., reopened on Monday, its owner back from Virginia "
        "said. The Alexandria council had closed it after the flood."
    )
    first, state, _, later = read(us_places, text, ["Alexandria", "La.", "Virginia", "Alexandria"])
    assert (first.admin1, later.admin1) == ("Louisiana", "Louisiana")
    assert state.admin1 == "Louisiana"
    alone = read(us_places, "The Alexandria council met on Monday.", ["Alexandria"])[0]
    assert alone.admin1 == "Virginia"  # the larger town when nothing says otherwise


def test_a_town_takes_the_county_the_article_names(us_places: PlaceResolver) -> None:
    text = "Deputies of Walker County searched a farm outside Huntsville on Sunday."
    county, town = read(us_places, text, ["Walker County", "Huntsville"])
    assert (town.admin1, town.location) == ("Texas", "Huntsville")
    assert county.admin1 == "Texas"
    alone = read(us_places, "A rocket test was heard across Huntsville.", ["Huntsville"])[0]
    assert alone.admin1 == "Alabama"


def test_a_small_town_named_like_a_province_needs_local_evidence(
    us_places: PlaceResolver,
) -> None:
    text = "Trucks from the U.S. crossed into Ontario on Friday."
    assert read(us_places, text, ["U.S.", "Ontario"])[1].country == "Canada"
    local = "The volunteer fire crew of China, Texas, put out a grass fire."
    assert read(us_places, local, ["China", "Texas"])[0].admin1 == "Texas"


def test_a_county_is_not_coded_to_a_town_of_its_name_elsewhere(
    us_places: PlaceResolver,
) -> None:
    result = us_places.resolve([PlaceMention(text="Butler County")], focus=["US"])
    assert result.admin2 == "Butler County"
    assert result.latitude == pytest.approx(31.75)


def test_abbreviations_and_peoples_names(us_places: PlaceResolver) -> None:
    assert us_places.resolve([PlaceMention(text="Mt. Pleasant")], focus=["US"]).location == (
        "Mount Pleasant"
    )
    people = us_places.resolve([PlaceMention(text="Ohioans")], focus=["US"])
    assert (people.admin1, people.geo_precision) == ("Ohio", GeoPrecision.REGION)
    assert us_places.resolve([PlaceMention(text="Republicans")], focus=["US"]).admin1 is None


def test_the_first_end_of_a_road_is_the_place(places: PlaceResolver) -> None:
    """ "a bomb hit a patrol on the road between Tikrit and Kirkuk, a source in Baghdad
    said": the first named end of the road, not another city of the report."""
    mentions = [pm("Baghdad"), pm("Tikrit", "between"), pm("Kirkuk", None)]
    assert places.resolve(mentions, focus=["IQ"]).location == "Tikrit"
