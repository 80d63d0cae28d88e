"""Homonyms read from the rest of the article: the city a name stands for on its own
("St. Paul") places the small towns named beside it, the bare dollar of a local
paper's story makes its town American, and a name that is both a city and a state is
the state when written as a town's unit or in a list of states. Sentences written for
these tests; the gazetteer is a small hand-made one so that each homonym is deliberate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.context import ArticleContext, country_focus, dominant_town
from sitrep.resolve.designators import split_designator
from sitrep.resolve.focus import agency_towns, currency_countries
from sitrep.resolve.gazetteer import GazEntry, Gazetteer
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, ["U.S."]),
    (2, "United Kingdom", "country", "GB", None, None, 54.0, -2.0, 66_000_000, []),
    (3, "Canada", "country", "CA", None, None, 60.0, -96.0, 37_000_000, []),
    (4, "Mexico", "country", "MX", None, None, 23.0, -102.0, 126_000_000, []),
    (10, "Minnesota", "admin1", "US", "MN", None, 46.0, -94.0, 0, ["Minn."]),
    (11, "Massachusetts", "admin1", "US", "MA", None, 42.3, -71.8, 0, ["Mass."]),
    (12, "New York", "admin1", "US", "NY", None, 43.0, -75.5, 0, ["N.Y."]),
    (13, "Ohio", "admin1", "US", "OH", None, 40.3, -82.8, 0, []),
    (14, "Michigan", "admin1", "US", "MI", None, 44.3, -85.4, 0, []),
    (15, "Texas", "admin1", "US", "TX", None, 31.3, -99.3, 0, []),
    (16, "England", "admin1", "GB", "ENG", None, 52.5, -1.5, 0, []),
    (17, "Mexico", "admin1", "MX", "15", None, 19.4, -99.6, 0, ["Estado de Mexico"]),
    (18, "Ontario", "admin1", "CA", "08", None, 50.0, -85.0, 0, []),
    (100, "Saint Paul", "city", "US", "MN", None, 44.94, -93.09, 300_000, ["St. Paul"]),
    (101, "St. Paul", "city", "CA", "08", None, 43.0, -80.0, 2_000, []),
    (102, "Watertown", "city", "US", "MA", None, 42.37, -71.18, 31_900, []),
    (103, "Watertown", "city", "US", "MN", None, 44.96, -93.85, 4_300, []),
    (104, "Rochester", "city", "US", "NY", None, 43.15, -77.61, 210_000, []),
    (105, "Rochester", "city", "US", "MN", None, 44.02, -92.47, 115_000, []),
    (106, "New York City", "city", "US", "NY", None, 40.71, -74.01, 8_800_000, ["New York"]),
    (107, "Buffalo", "city", "US", "NY", None, 42.89, -78.88, 260_000, []),
    (108, "Mansfield", "city", "GB", "ENG", None, 53.14, -1.20, 106_000, []),
    (109, "Mansfield", "city", "US", "TX", None, 32.56, -97.14, 72_000, []),
    (110, "Mansfield", "city", "US", "OH", None, 40.76, -82.52, 47_000, []),
    (111, "Mexico", "city", "US", "NY", None, 43.46, -76.23, 1_500, []),
    (112, "Toronto", "city", "CA", "08", None, 43.70, -79.42, 2_600_000, []),
    (117, "Ontario", "city", "US", "NY", None, 43.22, -77.28, 10_000, []),
    (5, "Guernsey", "country", "GG", None, None, 49.46, -2.58, 65_000, []),
    (6, "France", "country", "FR", None, None, 46.0, 2.0, 67_000_000, []),
    (24, "Tennessee", "admin1", "US", "TN", None, 35.8, -86.3, 0, []),
    (25, "Ile de France", "admin1", "FR", "11", None, 48.7, 2.5, 0, []),
    (113, "Paris", "city", "FR", "11", None, 48.85, 2.35, 2_100_000, []),
    (114, "Paris", "city", "US", "TN", None, 36.30, -88.33, 10_000, []),
    (115, "Nashville", "city", "US", "TN", None, 36.17, -86.78, 690_000, []),
    (116, "Nashville", "city", "US", "GA", None, 31.21, -83.25, 4_900, []),
    (26, "Georgia", "admin1", "US", "GA", None, 32.7, -83.4, 0, []),
    (20, "Indiana", "admin1", "US", "IN", None, 40.0, -86.3, 0, []),
    (21, "Kentucky", "admin1", "US", "KY", None, 37.5, -85.3, 0, []),
    (22, "Boone County", "admin2", "US", "KY", "015", 38.97, -84.73, 133_000, ["Boone"]),
    (23, "Boone County", "admin2", "US", "IN", "011", 40.05, -86.47, 67_000, ["Boone"]),
    (19, "Guernsey County", "admin2", "US", "OH", "059", 40.05, -81.49, 39_000, ["Guernsey"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "homonyms.sqlite"
    write_rows_index(_ROWS, out, capitals={113})
    return PlaceResolver(Gazetteer.load(out))


def mentions_in(text: str, *names: str) -> list[PlaceMention]:
    """Each name at each place it occurs in ``text`` (not inside a longer name), in
    text order."""
    found: dict[int, PlaceMention] = {}
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            inside = any(s <= start < s + len(m.text) for s, m in found.items())
            if not inside:
                span = Span(text=name, start=start, end=start + len(name))
                found[start] = PlaceMention(text=name, label="GPE", span=span)
            start = text.find(name, start + 1)
    return [found[k] for k in sorted(found)]


def _exact(places: PlaceResolver, name: str) -> list[GazEntry]:
    return [e for e in places.gazetteer.lookup(name) if e.similarity >= 0.95]


# -- the city a name stands for -------------------------------------------------


def test_a_city_dwarfing_its_namesakes_is_what_the_name_means(places: PlaceResolver) -> None:
    town = dominant_town(_exact(places, "St. Paul"))
    assert town is not None and town.admin1 == "MN"
    # Watertown, Massachusetts is only seven times as large as Watertown, Minnesota
    assert dominant_town(_exact(places, "Watertown")) is None
    # a state's name never stands for a city
    assert dominant_town(_exact(places, "New York")) is None


def test_small_towns_beside_a_dominant_city_are_its_neighbours(places: PlaceResolver) -> None:
    text = (
        "The wrestlers from Watertown beat the visitors from Rochester on Saturday and "
        "will meet again at the section final in St. Paul next week."
    )
    mentions = mentions_in(text, "Watertown", "Rochester", "St. Paul")
    context = places.article_context(mentions, text=text)
    assert places.resolve([mentions[0]], context=context).admin1 == "Minnesota"
    assert places.resolve([mentions[1]], context=context).admin1 == "Minnesota"


def test_a_famous_city_abroad_does_not_anchor_a_local_story(places: PlaceResolver) -> None:
    text = (
        "A student from Paris spent her spring break building a clinic. The student from "
        "Paris studies biology at a university in Nashville."
    )
    mentions = mentions_in(text, "Paris", "Nashville")
    context = places.article_context(mentions, text=text)
    assert context.focus[0] == "US"
    assert (48.85, 2.35) not in context.anchors
    assert places.resolve([mentions[0]], context=context).admin1 == "Tennessee"


def test_without_the_dominant_city_the_larger_namesake_wins(places: PlaceResolver) -> None:
    text = "The wrestlers from Watertown beat the visitors on Saturday."
    mentions = mentions_in(text, "Watertown")
    context = places.article_context(mentions, text=text)
    assert places.resolve([mentions[0]], context=context).admin1 == "Massachusetts"


# -- the currency of the story ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The council refinanced $10.3 million of debt.", {"US"}),
        ("a grant of US$ 5 million", {"US"}),
        ("The club paid £400,000 for him.", {"GB"}),
        ("Ottawa pledged C$2 billion and A$3 million came from Canberra.", set()),
        ("No sums here, and $ alone is not a sum.", set()),
    ],
)
def test_the_bare_currency_of_a_sum(text: str, countries: set[str]) -> None:
    assert currency_countries(text) == countries


def test_a_local_story_in_dollars_is_american(places: PlaceResolver) -> None:
    text = (
        "The Mansfield city council voted on Monday to refinance $10.3 million of "
        "debt, which Mansfield officials said would save $400,000."
    )
    mentions = mentions_in(text, "Mansfield")
    assert country_focus(places, mentions)[0] == "GB"  # without the text: Mansfield, England
    context = places.article_context(mentions, text=text)
    assert context.focus[0] == "US"
    assert places.resolve([mentions[1]], context=context).country == "United States"


# -- a city's name that is a state ------------------------------------------------


def test_the_unit_written_after_a_town_is_the_state(places: PlaceResolver) -> None:
    text = "The girl, from Rochester, New York, died on Sunday in Toronto, New York said."
    mentions = mentions_in(text, "Rochester", "New York", "Toronto")
    context = places.article_context(mentions, text=text)
    assert [m.span.start for m in mentions if m.span] == [15, 26, 54, 63]
    assert context.units[(26, 34)].kind == "admin1"
    assert (63, 71) not in context.units  # Toronto is not in New York
    unit = places.resolve([mentions[1]], context=context)
    assert unit.kind == "admin1" and unit.admin1 == "New York"


def test_a_reading_of_the_article_as_a_unit_overrides_the_city(places: PlaceResolver) -> None:
    text = "Cases rose in New York this week."
    mentions = mentions_in(text, "New York")
    state = next(e for e in _exact(places, "New York") if e.kind == "admin1")
    context = ArticleContext(focus=("US",), units={(14, 22): state})
    assert places.resolve(mentions, context=replace(context, units={})).kind == "town"
    unit = places.resolve(mentions, context=context)
    assert unit.kind == "admin1" and unit.geo_precision == GeoPrecision.REGION


def test_an_item_of_a_list_of_states_is_a_state(places: PlaceResolver) -> None:
    text = "Cases were confirmed in Michigan, New York and Ohio, officials said."
    mentions = mentions_in(text, "Michigan", "New York", "Ohio")
    context = places.article_context(mentions, text=text)
    unit = places.resolve([mentions[1]], context=context)
    assert unit.kind == "admin1" and unit.admin1 == "New York"


def test_a_country_in_a_list_of_states_stays_the_country(places: PlaceResolver) -> None:
    text = "The storm crossed Texas and Mexico overnight."
    mentions = mentions_in(text, "Texas", "Mexico")
    context = places.article_context(mentions, text=text)
    assert places.resolve([mentions[1]], context=context).kind == "country"


# -- words that name no country or town -------------------------------------------


def test_a_county_is_never_a_country(places: PlaceResolver) -> None:
    text = (
        "Filings at the Guernsey County court rose; Guernsey County officials blamed the economy."
    )
    mentions = mentions_in(text, "Guernsey County")
    context = places.article_context(mentions, text=text)
    assert context.focus[0] == "US"
    assert context.named is not None and "GG" not in context.named
    county = places.resolve([mentions[0]], context=context)
    assert county.kind == "admin2" and county.admin1 == "Ohio"


@pytest.mark.parametrize(
    "text", ["Border Police are searching for the climbers.", "Military Police sealed the road."]
)
def test_a_force_named_for_what_it_guards_names_no_town(text: str) -> None:
    assert agency_towns(text) == []


# -- the state the article is about -------------------------------------------------


def test_the_state_named_most_holds_a_homonymous_county(places: PlaceResolver) -> None:
    text = (
        "Boone County's jobless rate rose to 7.7 percent. Indiana's rate was 8.6 percent, "
        "below Kentucky's 9.1 percent and Ohio's 9.4, and Indiana officials expect it to rise."
    )
    mentions = mentions_in(text, "Boone County", "Indiana", "Kentucky", "Ohio")
    context = places.article_context(mentions, text=text)
    assert context.home == ("US", "IN")
    assert places.resolve([mentions[0]], context=context).admin1 == "Indiana"
    # each state named once: none is the article's, and the larger county wins
    once = mentions_in(text[: text.index(" and Indiana")], "Boone County", "Indiana", "Kentucky")
    context = places.article_context(once, text=text)
    assert context.home is None
    assert places.resolve([once[0]], context=context).admin1 == "Kentucky"


def test_the_province_of_names_a_province(places: PlaceResolver) -> None:
    # a story from upstate New York that also names Canada
    context = ArticleContext(
        focus=("US",), named=frozenset({"US", "CA"}), seen_admin1=(("US", "NY"),)
    )

    def read(text: str, before: str) -> str | None:
        return places.resolve([PlaceMention(text=text, context=before)], context=context).kind

    assert read("Ontario", "outbreak in") == "town"  # Ontario, New York
    assert read("Ontario", "the province of") == "admin1"
    assert read("Mexico", "the state of") == "country"  # a country called a state stays one


def test_a_site_named_after_its_county_is_in_the_county(places: PlaceResolver) -> None:
    assert split_designator("Guernsey County Sheriff’s Department") == (
        "Guernsey County",
        "inner",
        "sheriffs department",
    )
    jail = places.resolve_one(PlaceMention(text="the Guernsey County Jail"), focus=("US",))
    assert jail is not None and jail.kind == "site"
    assert (jail.admin1, jail.admin2) == ("Ohio", "Guernsey County")
    assert jail.geo_precision == GeoPrecision.NEAR_TOWN
