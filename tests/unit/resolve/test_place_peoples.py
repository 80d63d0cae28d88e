"""Peoples' names read as places, county lists, and the country an incident's own
sentence names. Sentences written for these tests; the gazetteer is a small hand-made
one so that each homonym is deliberate."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.county_lists import listed_names
from sitrep.resolve.demonyms import load_peoples, people_of
from sitrep.resolve.gazbuild import _curated
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.local_focus import candidate_countries, named_unit_country
from sitrep.resolve.places import PlaceResolver, PlaceResult

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "Netherlands", "country", "NL", None, None, 52.25, 5.75, 17_000_000, ["Holland"]),
    (2, "Switzerland", "country", "CH", None, None, 47.0, 8.0, 8_600_000, []),
    (3, "Philippines", "country", "PH", None, None, 13.0, 122.0, 110_000_000, []),
    (4, "United Arab Emirates", "country", "AE", None, None, 24.0, 54.0, 9_900_000, ["UAE"]),
    (5, "Democratic Republic of Congo", "country", "CD", None, None, -2.5, 23.5,
     90_000_000, ["DR Congo"]),
    (6, "Myanmar", "country", "MM", None, None, 21.0, 96.0, 54_000_000, ["Burma"]),
    (7, "United Kingdom", "country", "GB", None, None, 54.76, -2.7, 66_000_000, []),
    (8, "United States", "country", "US", None, None, 39.76, -98.5, 327_000_000, ["U.S."]),
    (9, "Turkey", "country", "TR", None, None, 39.0, 35.0, 84_000_000, ["Turkiye"]),
    (10, "Syria", "country", "SY", None, None, 35.0, 38.0, 17_000_000, []),
    (14, "Luxembourg", "country", "LU", None, None, 49.75, 6.17, 630_000, []),
    (15, "El Salvador", "country", "SV", None, None, 13.83, -88.92, 6_500_000, []),
    (16, "Kosovo", "country", "XK", None, None, 42.58, 20.9, 1_800_000, []),
    (11, "Wales", "region", "", None, None, 52.3, -3.7, 0, []),
    (20, "Texas", "admin1", "US", "TX", None, 31.3, -99.3, 0, []),
    (21, "Nebraska", "admin1", "US", "NE", None, 41.5, -99.8, 0, ["Neb."]),
    (22, "Pennsylvania", "admin1", "US", "PA", None, 40.9, -77.8, 0, []),
    (23, "California", "admin1", "US", "CA", None, 37.2, -119.8, 0, []),
    (24, "Kansas", "admin1", "US", "KS", None, 38.5, -98.5, 0, []),
    (25, "Mardin", "admin1", "TR", "72", None, 37.35, 40.9, 0, ["Mardin Province"]),
    (26, "Ankara", "admin1", "TR", "68", None, 39.9, 32.8, 0, []),
    (27, "Al Hasakah", "admin1", "SY", "01", None, 36.5, 40.7, 0, ["Hasakah", "Hasaka"]),
    (30, "Douglas County", "admin2", "US", "NE", "055", 41.3, -96.2, 580_000, []),
    (31, "Sarpy County", "admin2", "US", "NE", "153", 41.1, -96.1, 190_000, []),
    (32, "Lancaster County", "admin2", "US", "NE", "109", 40.8, -96.7, 320_000, []),
    (33, "Lancaster County", "admin2", "US", "PA", "071", 40.0, -76.2, 545_000, []),
    (34, "Douglas County", "admin2", "US", "KS", "045", 38.9, -95.3, 120_000, []),
    (100, "Lancaster", "city", "US", "CA", None, 34.7, -118.1, 160_000, []),
    (101, "Lancaster", "city", "US", "PA", None, 40.04, -76.31, 60_000, []),
    (102, "Douglas", "city", "US", "KS", None, 37.5, -97.0, 1_700, []),
    (110, "Derik", "city", "TR", "72", None, 37.36, 40.27, 21_000, []),
    (111, "Al Malikiyah", "city", "SY", "01", None, 37.18, 42.14, 26_000,
     ["Derik", "Al-Malikiyah", "Malikiyah"]),
    (112, "Ankara", "city", "TR", "68", None, 39.92, 32.85, 3_500_000, []),
    (113, "Al Hasakah", "city", "SY", "01", None, 36.50, 40.75, 190_000, ["Hasakah"]),
    (114, "Istanbul", "city", "TR", "34", None, 41.01, 28.95, 15_000_000, []),
    (12, "Brazil", "country", "BR", None, None, -10.0, -55.0, 210_000_000, []),
    (13, "Russia", "country", "RU", None, None, 60.0, 100.0, 144_000_000, []),
    (28, "Florida", "admin1", "US", "FL", None, 28.6, -82.4, 0, []),
    (29, "Maryland", "admin1", "US", "MD", None, 39.0, -76.8, 0, []),
    (120, "Sao Paulo", "city", "BR", "27", None, -23.55, -46.64, 12_400_000, ["São Paulo"]),
    (122, "Saint Petersburg", "city", "RU", "66", None, 59.94, 30.31, 5_400_000,
     ["St. Petersburg", "St Petersburg"]),
    (123, "St Petersburg", "city", "US", "FL", None, 27.77, -82.68, 257_000,
     ["St. Petersburg", "Saint Petersburg"]),
    (124, "Moscow", "city", "RU", "48", None, 55.75, 37.62, 12_000_000, []),
    (125, "Baltimore", "city", "US", "MD", None, 39.29, -76.61, 600_000, []),
    (126, "Houston", "city", "US", "TX", None, 29.76, -95.37, 2_300_000, []),
    (40, "Oklahoma", "admin1", "US", "OK", None, 35.5, -97.5, 0, ["Okla."]),
    (41, "District of Columbia", "admin1", "US", "DC", None, 38.9, -77.0, 0, ["D.C."]),
    (130, "Norman", "city", "US", "OK", None, 35.22, -97.44, 124_000, []),
    (131, "Gainesville", "city", "US", "TX", None, 33.63, -97.13, 16_000, []),
    (132, "Gainesville", "city", "US", "FL", None, 29.65, -82.32, 145_000, []),
    (133, "Washington", "city", "US", "DC", None, 38.9, -77.04, 690_000, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "peoples.sqlite"
    write_rows_index(_ROWS, out, capitals={112})
    return PlaceResolver(Gazetteer.load(out))


def mentions_in(text: str, *names: str) -> list[PlaceMention]:
    """Each name at its first place in ``text``, in text order."""
    found = []
    for name in names:
        start = text.index(name)
        span = Span(text=name, start=start, end=start + len(name))
        found.append(PlaceMention(text=name, label="GPE", span=span))
    return sorted(found, key=lambda m: m.span.start if m.span else 0)


def _one(places: PlaceResolver, name: str) -> PlaceResult | None:
    return places.resolve_one(PlaceMention(text=name, label="NORP"))


# -- peoples' names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Dutch", "Netherlands"),
        ("the Swiss", "Switzerland"),
        ("Filipinos", "Philippines"),
        ("Emirati", "United Arab Emirates"),
        ("Congolese", "Democratic Republic of Congo"),
        ("Burmese", "Myanmar"),
        ("Dutchmen", "Netherlands"),
        ("Luxembourgers", "Luxembourg"),
        ("Salvadoran", "El Salvador"),
        ("the Kosovars", "Kosovo"),
    ],
)
def test_an_irregular_peoples_name_stands_for_its_country(
    places: PlaceResolver, name: str, country: str
) -> None:
    result = _one(places, name)
    assert result is not None
    assert (result.country, result.location, result.kind) == (country, None, "country")
    assert result.geo_precision is GeoPrecision.REGION


def test_a_nations_people_stand_for_their_nation_not_the_state(places: PlaceResolver) -> None:
    welsh = _one(places, "Welsh")
    assert welsh is not None and (welsh.location, welsh.kind) == ("Wales", "region")
    texan = _one(places, "Texans")
    assert texan is not None and (texan.admin1, texan.kind) == ("Texas", "admin1")


def test_the_table_covers_the_worlds_countries() -> None:
    peoples = load_peoples()
    assert len(set(peoples.countries.values())) >= 190
    assert people_of("the Swiss", peoples) == ("", "CH")
    assert people_of("AFGHAN", peoples) == ("", "AF")
    assert people_of("Scottish", peoples) == ("Scotland", None)
    assert people_of("Republicans", peoples) is None
    # peoples living across borders name no country
    assert people_of("Kurdish", peoples) is None
    assert people_of("Turkmen", peoples) is None


# -- county lists ----------------------------------------------------------------------


def test_names_listed_before_counties_are_counties_of_one_state(places: PlaceResolver) -> None:
    text = (
        "Growth in Douglas, Sarpy and Lancaster counties outpaced the rest of the state, "
        "the census office said on Tuesday."
    )
    mentions = mentions_in(text, "Douglas", "Sarpy", "Lancaster")
    context = places.article_context(mentions, text=text)
    results = [places.resolve([m], context=context) for m in mentions]
    assert [(r.location, r.admin1, r.kind) for r in results] == [
        ("Douglas County", "Nebraska", "admin2"),
        ("Sarpy County", "Nebraska", "admin2"),
        ("Lancaster County", "Nebraska", "admin2"),
    ]


def test_a_lone_name_before_counties_is_no_list(places: PlaceResolver) -> None:
    assert listed_names("jobs in the four metro Athens counties rose", 24, 30) is None
    text = "Voters in Douglas or Sarpy counties, and in Lancaster, went to the polls."
    assert listed_names(text, 10, 17) == (["Douglas", "Sarpy"], 35, "County")
    mentions = mentions_in(text, "Douglas", "Sarpy", "Lancaster")
    context = places.article_context(mentions, text=text)
    assert places.resolve([mentions[2]], context=context).kind == "town"


# -- the country the incident's own sentence names -------------------------------------

_WIRE = (
    "ANKARA (Wire) - Turkish jets struck what the Turkish defence ministry called militant "
    "shelters overnight, a week after a bombing in Istanbul. In Syria, the strikes fell "
    "around Derik in the Hasakah countryside, the ministry said. Officials in Ankara said "
    "Turkish forces would press on; police in Istanbul detained two suspects."
)


def test_the_country_named_beside_the_incident_outranks_the_articles(
    places: PlaceResolver,
) -> None:
    mentions = mentions_in(_WIRE, "Istanbul", "Syria", "Derik", "Hasakah countryside", "Ankara")
    context = places.article_context(mentions, text=_WIRE)
    assert context.focus[0] == "TR"
    place = places.resolve(mentions[2:4] + mentions[1:2], context=context)
    assert (place.country, place.admin1, place.location) == ("Syria", "Al Hasakah", "Al Malikiyah")


def test_a_unit_of_the_articles_country_keeps_its_reading(places: PlaceResolver) -> None:
    text = (
        "ANKARA (Wire) - A roadside bomb hit a patrol near the Syrian border, in the Derik "
        "district of Mardin Province, officials in Ankara said."
    )
    mentions = mentions_in(text, "Derik district", "Mardin Province", "Ankara")
    context = places.article_context(mentions, text=text)
    place = places.resolve(mentions[:2], context=context)
    assert (place.country, place.admin1) == ("Turkey", "Mardin")
    # a lone mention is read on its own merits, in the article's country
    assert candidate_countries(places.gazetteer, mentions[:1], ("TR", "SY"), None) == ()


def test_the_dateline_and_a_reference_across_the_border_keep_the_town(
    places: PlaceResolver,
) -> None:
    text = (
        "ANKARA (Wire) - A car bomb killed six people in the Syrian town of Al Hasakah on "
        "Sunday, and the wounded were taken across the border to Turkey, officials said."
    )
    mentions = mentions_in(text, "ANKARA", "Al Hasakah", "Turkey")
    dateline = mentions[0].model_copy(update={"context": "dateline"})
    context = places.article_context(mentions, text=text)
    assert context.focus[0] == "SY"
    place = places.resolve([mentions[1], dateline, mentions[2]], context=context)
    assert (place.country, place.location) == ("Syria", "Al Hasakah")
    local = candidate_countries(places.gazetteer, [mentions[1], dateline], ("SY", "TR"), None)
    assert local == ()  # the bureau's city names no country for the incident


def test_a_unit_shared_with_a_large_town_abroad_names_no_country(
    places: PlaceResolver,
) -> None:
    assert named_unit_country(places.gazetteer, "Hasakah countryside") == "SY"
    assert named_unit_country(places.gazetteer, "Syria") == "SY"
    assert named_unit_country(places.gazetteer, "Derik") is None  # a town, no unit
    local = candidate_countries(
        places.gazetteer, mentions_in(_WIRE, "Derik", "Syria"), ("TR", "SY"), frozenset({"TR"})
    )
    assert local == ()  # Syria counts only when the article names it


# -- names spelled as the article spells them ----------------------------------------


def test_an_abbreviated_word_still_spells_a_citys_main_name(places: PlaceResolver) -> None:
    text = (
        "The U.S. airline, based in Baltimore with a hub in Houston, Texas, will fly to "
        "Russia next year: daily flights to Moscow and St. Petersburg, it said."
    )
    names = ("U.S.", "Baltimore", "Houston", "Texas", "Russia", "Moscow", "St. Petersburg")
    mentions = mentions_in(text, *names)
    context = places.article_context(mentions, text=text)
    assert context.focus[0] == "US"
    assert places.resolve([mentions[-1]], context=context).country == "Russia"


def test_a_great_city_abroad_called_a_city_is_that_city(places: PlaceResolver) -> None:
    text = (
        "Flu cases rose again in Houston, Texas officials said. Abroad, the city of "
        "Sao Paulo reported 300 deaths, according to Brazil's ministry."
    )
    mentions = mentions_in(text, "Houston", "Texas", "Sao Paulo", "Brazil")
    context = places.article_context(mentions, text=text)
    assert context.focus[0] == "US"
    city = PlaceMention(text="Sao Paulo", label="GPE", span=mentions[2].span, context="city of")
    place = places.resolve([city], context=context)
    assert (place.country, place.location) == ("Brazil", "Sao Paulo")


# -- a journey's stops are no strays ----------------------------------------------------


def test_a_small_town_near_another_place_of_the_story_is_not_a_stray(
    places: PlaceResolver,
) -> None:
    text = (
        "An Army veteran walking from Norman to Washington stopped in Gainesville on "
        "Monday. He plans to reach Washington by May, and in Washington he will ask "
        "lawmakers for help; Washington has not replied."
    )
    mentions = _all_in(text, "Norman", "Washington", "Gainesville")
    context = places.article_context(mentions, text=text)
    assert context.town is not None and context.town.location == "Washington"
    stop = next(m for m in mentions if m.text == "Gainesville")
    assert places.resolve([stop], context=context).admin1 == "Texas"


def _all_in(text: str, *names: str) -> list[PlaceMention]:
    """Each name at every place it occurs in ``text``, in text order."""
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            span = Span(text=name, start=start, end=start + len(name))
            found.append(PlaceMention(text=name, label="GPE", span=span))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: m.span.start if m.span else 0)


# -- reference points of large units ---------------------------------------------------


def test_large_provinces_take_their_geographic_centre() -> None:
    points = _curated().admin1_points
    assert points[("CA", "08")] == (50.0, -85.0)  # Ontario, not its southern towns
    assert ("IQ", "07") not in points  # a small unit keeps the centre of its towns
