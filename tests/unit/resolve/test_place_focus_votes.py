"""How the article's homonyms vote for its country.

* A city a name stands for on its own ("Dallas") backs its country for the other
  homonyms of the article, so "Paris" named five times beside it is Paris, Texas;
  it never backs itself, and not when the article names the unit of one of its
  namesakes ("London" with "Ontario").

Sentences written for these tests; the gazetteer is a small hand-made one so that
each homonym is deliberate."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import PlaceMention, Span
from sitrep.resolve.context import country_focus
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, ["U.S."]),
    (2, "France", "country", "FR", None, None, 46.0, 2.0, 67_000_000, []),
    (3, "United Kingdom", "country", "GB", None, None, 54.0, -2.0, 66_000_000, []),
    (4, "Canada", "country", "CA", None, None, 60.0, -96.0, 37_000_000, []),
    (15, "Texas", "admin1", "US", "TX", None, 31.3, -99.3, 0, []),
    (16, "Ile de France", "admin1", "FR", "11", None, 48.7, 2.5, 0, []),
    (17, "England", "admin1", "GB", "ENG", None, 52.5, -1.5, 0, []),
    (18, "Ontario", "admin1", "CA", "08", None, 50.0, -85.0, 0, []),
    (200, "Paris", "city", "FR", "11", None, 48.85, 2.35, 2_100_000, []),
    (201, "Paris", "city", "US", "TX", None, 33.66, -95.56, 25_000, []),
    (202, "Dallas", "city", "US", "TX", None, 32.78, -96.81, 1_300_000, []),
    (203, "Dallas", "city", "GB", "SCT", None, 57.55, -3.40, 200, []),
    (204, "London", "city", "GB", "ENG", None, 51.51, -0.13, 8_900_000, []),
    (205, "London", "city", "CA", "08", None, 42.98, -81.25, 400_000, []),
    (206, "Woodstock", "city", "CA", "08", None, 43.13, -80.75, 41_000, []),
    (207, "Woodstock", "city", "GB", "ENG", None, 51.85, -1.35, 3_100, []),
    (208, "Woodstock", "city", "US", "GA", None, 34.10, -84.52, 33_000, []),
    (209, "Ontario", "city", "US", "CA", None, 34.06, -117.65, 175_000, []),
    # a Central African story: its village "Bang" shares its name with a hamlet in India
    (5, "Central African Republic", "country", "CF", None, None, 6.6, 20.9, 5_000_000, []),
    (6, "India", "country", "IN", None, None, 22.0, 79.0, 1_300_000_000, []),
    (19, "Ouham-Pende", "admin1", "CF", "13", None, 6.5, 16.0, 0, []),
    (20, "Odisha", "admin1", "IN", "21", None, 20.5, 84.4, 0, []),
    (21, "Ngaoundaye", "admin2", "CF", "13", "1301", 7.1, 15.25, 0, []),
    (210, "Bang", "city", "IN", "21", None, 20.52, 85.75, 576, []),
    (211, "Bocaranga", "city", "CF", "13", None, 7.06, 15.64, 36_418, []),
    # a Kenyan story's "Boni forest": "Boni" is also what one language calls Bern
    (7, "Kenya", "country", "KE", None, None, 0.5, 38.0, 53_000_000, []),
    (8, "Switzerland", "country", "CH", None, None, 46.8, 8.2, 8_600_000, []),
    (22, "Lamu", "admin1", "KE", "08", None, -2.0, 40.8, 0, []),
    (23, "Bern", "admin1", "CH", "BE", None, 46.8, 7.6, 0, []),
    (212, "Bern", "city", "CH", "BE", None, 46.95, 7.45, 121_631, ["Boni", "Berne"]),
    (213, "Mpeketoni", "city", "KE", "08", None, -2.39, 40.70, 20_000, []),
    # a Ugandan border story whose sub-county and border post share names with towns abroad
    (9, "Uganda", "country", "UG", None, None, 1.3, 32.3, 45_000_000, []),
    (10, "Pakistan", "country", "PK", None, None, 30.0, 70.0, 220_000_000, []),
    (11, "Rwanda", "country", "RW", None, None, -2.0, 29.9, 12_000_000, []),
    (24, "Western", "admin1", "UG", "W", None, 0.5, 30.5, 0, []),
    (25, "Punjab", "admin1", "PK", "04", None, 31.0, 72.5, 0, []),
    (26, "Southern Province", "admin1", "RW", "13", None, -2.6, 29.7, 0, []),
    (214, "Kasese", "city", "UG", "W", None, 0.18, 30.08, 115_400, []),
    (215, "Mpondwe", "city", "UG", "W", None, 0.04, 29.72, 58_600, []),
    (216, "Bhera", "city", "PK", "04", None, 32.48, 72.91, 31_781, ["Bwera"]),
    (217, "Karambi", "city", "RW", "13", None, -2.42, 29.33, 29_726, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "city_names.sqlite"
    return PlaceResolver(Gazetteer.load(write_rows_index(_ROWS, out, capitals={200, 204, 212})))


def _mentions(text: str, *names: str) -> list[PlaceMention]:
    """Each name at its first place in ``text``, as the extractor gives it."""
    found: list[PlaceMention] = []
    for name in names:
        start = text.index(name)
        span = Span(text=name, start=start, end=start + len(name))
        found.append(PlaceMention(text=name, span=span, label="GPE"))
    return found


_TEXAS_CRASH = (
    "A Paris woman died in a Dallas hospital on Saturday, a day after her car was struck "
    "on a county road north of Paris. Two Paris teenagers riding with her were taken to "
    "Paris Regional Medical Center; the third was flown to Dallas. Paris police said "
    "the other driver would be cited."
)


def test_a_repeated_homonym_leans_to_the_city_beside_it(places: PlaceResolver) -> None:
    names = ["Paris", "Dallas", "Paris", "Paris", "Paris", "Dallas", "Paris"]
    mentions = [PlaceMention(text=name, label="GPE") for name in names]
    assert country_focus(places, mentions, text=_TEXAS_CRASH)[0] == "US"


def test_the_repeated_homonym_resolves_beside_the_city(places: PlaceResolver) -> None:
    mentions = _mentions(_TEXAS_CRASH, "Paris", "Dallas")
    context = places.article_context(mentions, text=_TEXAS_CRASH)
    found = places.resolve([mentions[0]], context=context)
    assert (found.cc, found.admin1) == ("US", "Texas")


def test_a_city_does_not_back_itself(places: PlaceResolver) -> None:
    mentions = [PlaceMention(text="Paris", label="GPE") for _ in range(3)]
    assert country_focus(places, mentions)[0] == "FR"


def test_two_world_cities_keep_their_countries(places: PlaceResolver) -> None:
    mentions = [PlaceMention(text=name, label="GPE") for name in ("London", "Paris", "London")]
    assert country_focus(places, mentions)[:2] == ["GB", "FR"]


def test_a_city_with_a_namesake_in_a_named_unit_backs_nothing(places: PlaceResolver) -> None:
    text = (
        "The London, Ontario, council approved a new transit line to Woodstock on Monday, "
        "with stops in three Ontario towns along the way."
    )
    mentions = _mentions(text, "London", "Ontario", "Woodstock")
    assert country_focus(places, mentions, text=text)[0] == "CA"


_BANG = (
    "BOCARANGA (Wire) - The locality of Bang, in the sub-prefecture of Ngaoundaye, changed "
    "hands twice. Rebels attacked the army in Bang on Thursday and took Bang; the army retook "
    "Bang on Saturday, a source in Bocaranga said, and Bang was calm on Sunday."
)


def test_a_village_abroad_repeated_adds_no_vote(places: PlaceResolver) -> None:
    """Five mentions of "Bang" are one name a hamlet of 576 in India shares."""
    names = ["Bang", "Bocaranga", "Bang", "Bang", "Bang", "Bocaranga", "Bang"]
    mentions = [PlaceMention(text=name, label="GPE") for name in names]
    assert country_focus(places, mentions, text=_BANG)[0] == "CF"


def test_an_unknown_village_takes_the_unit_named_after_it(places: PlaceResolver) -> None:
    """ "The locality of Bang, in the sub-prefecture of Ngaoundaye": where Bang is."""
    text = (
        "KOUNDE (Wire) - The locality of Bangoua, in the sub-prefecture of Ngaoundaye, changed "
        "hands twice this week. Rebels attacked the army in Bangoua on Thursday."
    )
    first = text.index("Bangoua")
    unit = text.index("prefecture of Ngaoundaye")
    mentions = [
        PlaceMention(text="Bangoua", span=Span(text="Bangoua", start=first, end=first + 7),
                     label="GPE"),
        PlaceMention(text="prefecture of Ngaoundaye",
                     span=Span(text="prefecture of Ngaoundaye", start=unit, end=unit + 24),
                     label="GPE"),
    ]  # fmt: skip
    context = places.article_context(mentions, text=text)
    later = text.index("Bangoua", first + 1)
    village = PlaceMention(text="Bangoua", span=Span(text="Bangoua", start=later,
                           end=later + 7), label="GPE")  # fmt: skip
    found = places.resolve([village], context=context)
    assert (found.cc, found.admin1, found.location) == ("CF", "Ouham-Pende", "Bangoua")


def test_a_capital_abroad_known_by_that_name_in_another_language_is_not_it(
    places: PlaceResolver,
) -> None:
    """ "the Boni forest area" in a Kenyan story: not Bern, whatever one language calls Bern;
    "Bern" itself still is."""
    boni = PlaceMention(text="Boni forest area", label="LOC")
    found = places.resolve_one(boni, focus=("KE",), named=frozenset({"KE"}))
    assert found is None or found.cc != "CH"
    bern = places.resolve_one(PlaceMention(text="Bern", label="GPE"), focus=("KE",),
                              named=frozenset({"KE"}))  # fmt: skip
    assert bern is not None and bern.cc == "CH"


def test_a_name_repeated_does_not_outvote_the_articles_places(places: PlaceResolver) -> None:
    """Repeating a name adds less than naming another place: "Karambi" four times and
    "Bwera" three times (towns of Rwanda and Pakistan by those names) do not make a Kasese
    story Rwandan or Pakistani."""
    text = (
        "Rebels attacked a village in Karambi sub-county, Kasese district, on Tuesday night. "
        "Troops pursued them towards Bwera. Police in Bwera arrested two men; in Karambi "
        "residents protested, and Karambi leaders met the army at Karambi trading centre. "
        "Traders in Bwera closed shops, and the wounded were taken to Kasese town. Mpondwe "
        "border post stayed open, Uganda's police said."
    )
    names = ["Kasese", "Karambi", "Bwera", "Mpondwe", "Uganda"]
    mentions = [m for name in names for m in _all_mentions(text, name)]
    assert country_focus(places, mentions, text=text)[0] == "UG"


def _all_mentions(text: str, name: str) -> list[PlaceMention]:
    found, start = [], text.find(name)
    while start >= 0:
        span = Span(text=name, start=start, end=start + len(name))
        found.append(PlaceMention(text=name, span=span, label="GPE"))
        start = text.find(name, start + 1)
    return found
