"""Place resolution of local news and of villages the gazetteer lacks: datelines with
their state, streets named after towns, the police that reports the incident, fuzzy
look-alikes of common words, "near the village of". Sentences written for these tests;
the gazetteer is a small hand-made one so that each homonym is deliberate."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.context import ArticleContext, country_focus, dateline_units, main_town
from sitrep.resolve.focus import agency_towns, dateline_parts
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.names import fold_place_name
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, ["U.S."]),
    (2, "Iraq", "country", "IQ", None, None, 33.0, 44.0, 38_000_000, []),
    (3, "Spain", "country", "ES", None, None, 40.0, -4.0, 47_000_000, []),
    (10, "Illinois", "admin1", "US", "IL", None, 40.0, -89.0, 0, ["Ill."]),
    (11, "Missouri", "admin1", "US", "MO", None, 38.5, -92.5, 0, ["Mo."]),
    (12, "California", "admin1", "US", "CA", None, 37.0, -120.0, 0, ["Calif."]),
    (13, "North Carolina", "admin1", "US", "NC", None, 35.5, -79.0, 0, ["N.C."]),
    (14, "Vermont", "admin1", "US", "VT", None, 44.0, -72.7, 0, ["Vt."]),
    (15, "Minnesota", "admin1", "US", "MN", None, 46.0, -94.0, 0, ["Minn."]),
    (16, "New Jersey", "admin1", "US", "NJ", None, 40.1, -74.5, 0, ["N.J."]),
    (17, "Pennsylvania", "admin1", "US", "PA", None, 41.0, -77.5, 0, ["Pa."]),
    (18, "Hawaii", "admin1", "US", "HI", None, 20.8, -156.3, 0, []),
    (19, "Diyala", "admin1", "IQ", "10", None, 33.9, 45.0, 0, []),
    (20, "Madrid", "admin1", "ES", "29", None, 40.4, -3.7, 0, []),
    (100, "Springfield", "city", "US", "MO", None, 37.21, -93.29, 167_000, []),
    (101, "Springfield", "city", "US", "IL", None, 39.80, -89.64, 116_000, []),
    (102, "Vallejo", "city", "US", "CA", None, 38.10, -122.26, 121_000, []),
    (103, "Charlotte", "city", "US", "NC", None, 35.23, -80.84, 911_000, []),
    (104, "Charlotte", "city", "US", "VT", None, 44.31, -73.26, 3_861, ["West Charlotte"]),
    (105, "Motley", "city", "US", "MN", None, 46.34, -94.65, 646, ["Motely"]),
    (106, "Somerset", "city", "US", "NJ", None, 40.50, -74.49, 22_000, []),
    (107, "Philadelphia", "city", "US", "PA", None, 39.95, -75.17, 1_580_000, []),
    (108, "Peoria", "city", "US", "IL", None, 40.69, -89.59, 115_000, []),
    (109, "Hawi", "city", "US", "HI", None, 20.24, -155.83, 1_081, []),
    (110, "Arago", "city", "ES", "29", None, 40.30, -3.60, 900, []),
    (111, "Alton", "city", "US", "IL", None, 38.89, -90.18, 27_000, []),
    (112, "St. Louis", "city", "US", "MO", None, 38.63, -90.20, 300_000, ["Saint Louis"]),
    (4, "Ireland", "country", "IE", None, None, 53.0, -8.0, 4_900_000, []),
    (5, "Greece", "country", "GR", None, None, 39.0, 22.0, 10_700_000, []),
    (6, "China", "country", "CN", None, None, 35.0, 105.0, 1_400_000_000, []),
    (7, "Japan", "country", "JP", None, None, 35.7, 139.7, 126_000_000, []),
    (21, "Georgia", "admin1", "US", "GA", None, 32.7, -83.4, 0, ["Ga."]),
    (22, "Texas", "admin1", "US", "TX", None, 31.3, -99.3, 0, ["Tex."]),
    (23, "Leinster", "admin1", "IE", "L", None, 53.3, -6.9, 0, []),
    (24, "Attica", "admin1", "GR", "ESYE31", None, 38.0, 23.7, 0, []),
    (25, "Aichi", "admin1", "JP", "01", None, 35.0, 137.0, 0, []),
    (8, "Ghana", "country", "GH", None, None, 8.0, -1.0, 31_000_000, []),
    (29, "Savannah", "admin1", "GH", "17", None, 9.0, -1.5, 0, ["Savannah Region"]),
    (130, "Savannah", "city", "US", "GA", None, 32.08, -81.09, 136_000, []),
    (26, "Louisiana", "admin1", "US", "LA", None, 31.0, -92.0, 0, ["La."]),
    (28, "Tennessee", "admin1", "US", "TN", None, 35.8, -86.3, 0, ["Tenn."]),
    (128, "Memphis", "city", "US", "TN", None, 35.15, -90.05, 650_000, []),
    (129, "White Haven", "city", "US", "PA", None, 41.06, -75.77, 1_100, []),
    (27, "Virginia", "admin1", "US", "VA", None, 37.5, -78.8, 0, ["Va."]),
    (30, "Henderson County", "admin2", "US", "TX", "213", 32.2, -95.8, 82_000, []),
    (31, "Rapides Parish", "admin2", "US", "LA", "079", 31.2, -92.5, 131_000, []),
    (126, "Alexandria", "city", "US", "VA", None, 38.80, -77.05, 150_000, []),
    (127, "Alexandria", "city", "US", "LA", "079", 31.31, -92.45, 47_000, []),
    (120, "Dublin", "city", "IE", "L", None, 53.33, -6.25, 1_024_000, []),
    (121, "Dublin", "city", "US", "GA", None, 32.54, -82.90, 16_000, []),
    (122, "Macon", "city", "US", "GA", None, 32.84, -83.63, 153_000, []),
    (123, "Athens", "city", "GR", "ESYE31", None, 37.98, 23.73, 664_000, []),
    (124, "Athens", "city", "US", "TX", "213", 32.20, -95.85, 12_700, []),
    (125, "China", "city", "JP", "01", None, 35.0, 137.1, 2_000, []),
    (200, "Baqubah", "city", "IQ", "10", None, 33.75, 44.64, 152_550, ["Baquba"]),
    (201, "Muqdadiyah", "city", "IQ", "10", None, 33.98, 44.94, 155_968, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def local_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    out: Path = tmp_path_factory.mktemp("gaz") / "local.sqlite"
    write_rows_index(_ROWS, out, capitals={120, 123})  # Dublin, Athens
    return Gazetteer.load(out)


@pytest.fixture(scope="module")
def places(local_gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(local_gazetteer)


def pm(text: str, context: str | None = None, *, at: int | None = None) -> PlaceMention:
    span = Span(text=text, start=at, end=at + len(text)) if at is not None else None
    return PlaceMention(text=text, context=context, label="GPE", span=span)


def mentions_in(text: str, *names: str) -> list[PlaceMention]:
    """Each name at each place it occurs in ``text``, in text order."""
    found: list[PlaceMention] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append(pm(name, at=start))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: m.span.start if m.span else 0)


# -- datelines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("SPRINGFIELD, Ill. — A man was wounded", ("SPRINGFIELD", "Ill.")),
        ("KANSAS CITY, Mo. -- Two teens were hurt", ("KANSAS CITY", "Mo.")),
        ("ST. LOUIS (AP) — Police said on Monday", ("ST. LOUIS", None)),
        ("Headline of the day\n\nPEORIA — A homeless man", ("PEORIA", None)),
    ],
)
def test_dateline_parts_read_ap_style(text: str, parts: tuple[str, str | None]) -> None:
    assert dateline_parts(text) == parts


def test_the_state_of_the_dateline_ranks_homonyms(places: PlaceResolver) -> None:
    # Without the dateline, the larger Springfield (Missouri) would win.
    text = "SPRINGFIELD, Ill. — A man was shot outside a bar in Springfield late Friday."
    assert dateline_units(places, text) == [("US", "IL")]
    mentions = mentions_in(text, "Springfield")
    context = places.article_context(mentions, text=text)
    result = places.resolve([mentions[-1]], context=context)
    assert (result.location, result.admin1) == ("Springfield", "Illinois")


# -- the article's town ----------------------------------------------------------


def test_an_event_without_a_place_takes_the_articles_town(places: PlaceResolver) -> None:
    text = "PEORIA — Two men were wounded in a shooting early Sunday, police said."
    context = places.article_context([], text=text)
    assert context.town is not None and context.town.location == "Peoria"
    result = places.resolve([], context=context)
    assert (result.location, result.admin1) == ("Peoria", "Illinois")
    assert result.geo_precision == GeoPrecision.NEAR_TOWN  # not placed by its own words
    assert any("main town" in n for n in result.notes)


def test_without_a_town_an_event_stays_unplaced(places: PlaceResolver) -> None:
    result = places.resolve([], context=ArticleContext(focus=("US",)))
    assert result.location is None and result.geo_precision is None


def test_the_dateline_itself_does_not_count_but_later_mentions_do(
    places: PlaceResolver,
) -> None:
    text = (
        "ALTON — A boy of 11 died after shots were fired near a community center in Alton, "
        "across the river from St. Louis."
    )
    mentions = mentions_in(text, "ALTON", "Alton", "St. Louis")
    town = main_town(places, mentions, focus=["US"], text=text)
    assert town is not None and town.location == "Alton"


def test_the_local_police_names_the_articles_town(places: PlaceResolver) -> None:
    text = (
        "A woman was killed late Saturday, according to the Vallejo Police Department. "
        "The State Police were not involved."
    )
    assert agency_towns(text) == ["Vallejo"]
    assert agency_towns("Police in Vallejo said two were hurt.") == ["Vallejo"]
    assert agency_towns("The Vallejo Police Department said so.") == ["Vallejo"]
    assert agency_towns("Vallejo-Benicia Metro Police said so.")[-1] == "Vallejo"
    town = places.article_context([], text=text).town
    assert town is not None and (town.location, town.admin1) == ("Vallejo", "California")


# -- streets, directions, look-alikes ------------------------------------------


def test_a_street_named_after_a_town_is_not_in_that_town(places: PlaceResolver) -> None:
    assert places.resolve_one(pm("Somerset Street"), focus=["US"]) is None
    assert places.resolve_one(pm("Somerset St."), focus=["US"]) is None
    town = places.resolve_one(pm("Philadelphia"), focus=["US"])
    result = places.resolve([pm("Somerset Street", "on")], focus=["US"], article_town=town)
    assert (result.admin1, result.location) == ("Pennsylvania", "Philadelphia - Somerset Street")


def test_a_street_does_not_vote_for_a_country(places: PlaceResolver) -> None:
    focus = country_focus(places, [pm("Arago Street"), pm("Arago Street"), pm("Peoria")])
    assert focus[0] == "US"


def test_a_lowercase_direction_is_a_part_of_the_town(places: PlaceResolver) -> None:
    result = places.resolve_one(pm("west Charlotte", "in"), focus=["US"])
    assert result is not None and result.admin1 == "North Carolina"


def test_a_capitalised_direction_alternate_name_implies_no_state(
    places: PlaceResolver,
) -> None:
    # "West Charlotte" is only an alternate name of Charlotte, Vermont: it must not make
    # Vermont the article's state.
    mentions = [pm("West Charlotte"), pm("Charlotte")]
    context = places.article_context(mentions, text="Police searched a house on Monday.")
    assert ("US", "VT") not in context.seen_admin1
    assert places.resolve([mentions[1]], context=context).admin1 == "North Carolina"


def test_a_fuzzy_look_alike_needs_the_articles_state(places: PlaceResolver) -> None:
    assert places.resolve_one(pm("Motel"), focus=["US"]) is None
    local = places.resolve_one(pm("Motel"), focus=["US"], seen_admin1=[("US", "MN")])
    assert local is not None and local.location == "Motley"


# -- villages the gazetteer lacks -------------------------------------------------


def test_near_the_village_of_keeps_the_village_before_its_town(places: PlaceResolver) -> None:
    mentions = [pm("Baquba"), pm("Diyala", "province of"), pm("Zahrawiya", "near the village of")]
    result = places.resolve(mentions, focus=["IQ"], named={"IQ"})
    assert (result.location, result.admin1) == ("Zahrawiya", "Diyala")
    assert result.geo_precision == GeoPrecision.NEAR_TOWN
    assert result.latitude == pytest.approx(33.75)


def test_a_victims_home_village_is_not_the_place(places: PlaceResolver) -> None:
    mentions = [pm("Muqdadiyah", "in"), pm("Zahrawiya", "from the village of")]
    result = places.resolve(mentions, focus=["IQ"], named={"IQ"})
    assert result.location == "Muqdadiyah"


def test_a_village_abroad_namesake_stays_a_local_village(places: PlaceResolver) -> None:
    # Hawi (Hawaii) is exact and the article names the United States.
    mentions = [pm("Baquba"), pm("Hawi", "near the village of"), pm("U.S.")]
    result = places.resolve(mentions, focus=["IQ"], named={"IQ", "US"})
    assert (result.country, result.location) == ("Iraq", "Hawi")
    assert result.geo_precision == GeoPrecision.NEAR_TOWN


def test_a_target_named_as_a_village_is_a_place(places: PlaceResolver) -> None:
    assert places.names_a_place(pm("Zahrawiya", "village of"))
    assert places.names_a_place(pm("Chaung Gyi village", "on"))  # "bombs on Chaung Gyi village"
    assert places.names_a_place(pm("the Zahrawiya market"))
    assert not places.names_a_place(pm("Saraya Awliya al-Dam"))


def test_a_town_and_site_key_holds_a_site_beginning_with_h() -> None:
    assert fold_place_name("Hamarweyne market") in fold_place_name("Mogadishu - Hamarweyne market")


# -- the article's country -------------------------------------------------------


def test_a_famous_homonym_yields_to_the_articles_country(places: PlaceResolver) -> None:
    # "Dublin" alone votes for Ireland; beside Macon (Georgia only) it is Dublin, Ga.
    assert country_focus(places, [pm("Dublin"), pm("Dublin")])[0] == "IE"
    mentions = [pm("Dublin"), pm("Dublin"), pm("Macon")]
    context = places.article_context(mentions, text="Fire crews from Macon helped.")
    assert context.focus[0] == "US"
    assert places.resolve([mentions[0]], context=context).admin1 == "Georgia"


def test_a_town_in_a_county_the_article_names_sets_its_country(
    places: PlaceResolver,
) -> None:
    mentions = [pm("Athens"), pm("Henderson County"), pm("Athens")]
    context = places.article_context(mentions, text="The council of Athens met.")
    assert context.focus[0] == "US"
    assert places.resolve([mentions[0]], context=context).admin1 == "Texas"


def test_a_list_of_countries_is_not_a_town_with_its_unit(places: PlaceResolver) -> None:
    text = "Shipments left for Mexico, China, Japan and Brazil."
    mentions = mentions_in(text, "China", "Japan")
    context = places.article_context(mentions, text=text)
    assert ("JP", "01") not in context.seen_admin1
    assert places.resolve([mentions[0]], context=context).country == "China"


def test_a_parish_is_a_county(places: PlaceResolver) -> None:
    mentions = [pm("Alexandria"), pm("Rapides Parish")]
    context = places.article_context(mentions, text="Deputies of Rapides Parish said so.")
    assert places.resolve([mentions[0]], context=context).admin1 == "Louisiana"


def test_the_dateline_town_counts_once_and_wins_a_tie(places: PlaceResolver) -> None:
    text = "PEORIA — A man from Springfield was wounded outside a bar late Friday."
    mentions = mentions_in(text, "Springfield")
    town = main_town(places, mentions, focus=["US"], text=text)
    assert town is not None and town.location == "Peoria"


def test_a_small_namesake_far_from_the_articles_town_is_doubted(
    places: PlaceResolver,
) -> None:
    memphis = places.resolve_one(pm("Memphis"), focus=["US"])
    result = places.resolve([pm("White Haven", "in")], focus=["US"], article_town=memphis)
    assert (result.location, result.admin1) == ("White Haven", "Tennessee")
    assert result.geo_precision == GeoPrecision.NEAR_TOWN
    named = places.resolve(
        [pm("White Haven", "in")], focus=["US"], article_town=memphis, seen_admin1=[("US", "PA")]
    )
    assert named.admin1 == "Pennsylvania"  # the article names its state


def test_a_police_force_votes_for_its_town_not_a_region(places: PlaceResolver) -> None:
    text = "Savannah-Chatham Metro Police responded to two shootings overnight."
    context = places.article_context([], text=text)
    assert context.focus[0] == "US"
    assert context.town is not None and context.town.admin1 == "Georgia"
