"""Syrian place names as conflict data writes them (UCDP GED's ``where_coordinates``, SOHR
and wire copy): a place with its other name after a slash, a gloss in brackets, a village
whose name is a famous city's, a site nobody lists, a suburb the gazetteer lacks. Each
case failed before the change that added it (``bench/ucdp_syria.py`` found them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import Row, write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.designators import alternative_names, clean_mention, written_as_village
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver, PlaceResult

_ROWS: list[Row] = [
    (1, "Syria", "country", "SY", None, None, 35.0, 38.0, 17_000_000, ["Syrian Arab Republic"]),
    (2, "Egypt", "country", "EG", None, None, 27.0, 30.0, 100_000_000, []),
    (10, "Homs", "admin1", "SY", "11", None, 34.6, 37.9, 0, ["Homs Governorate"]),
    (11, "Rif Dimashq", "admin1", "SY", "08", None, 33.5, 36.6, 0, ["Rural Damascus"]),
    (12, "Cairo", "admin1", "EG", "11", None, 30.0, 31.3, 0, ["Cairo Governorate"]),
    (100, "Palmyra", "city", "SY", "11", None, 34.56, 38.27, 51_000, ["Tadmur", "Tadmor"]),
    (101, "Homs", "city", "SY", "11", None, 34.73, 36.71, 775_000, []),
    (102, "Saqba", "city", "SY", "08", None, 33.52, 36.38, 40_000, []),
    (103, "Cairo", "city", "EG", "11", None, 30.06, 31.25, 7_700_000, ["Al Qahirah"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "syria.sqlite"
    write_rows_index(_ROWS, out)
    return PlaceResolver(Gazetteer.load(out))


def _place(places: PlaceResolver, text: str, names: list[str]) -> PlaceResult:
    """The place of the first of ``names`` in a one-sentence article ``text``."""
    mentions = []
    for name in names:
        start = text.index(name)
        before = " ".join(text[max(0, start - 30) : start].lower().split()[-2:])
        span = Span(text=name, start=start, end=start + len(name))
        mentions.append(PlaceMention(text=name, span=span, context=before, label="GPE"))
    context = places.article_context(mentions, text=text)
    return places.resolve([mentions[0]], context=context)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tadmur/Palmyra town", ["Tadmur town", "Palmyra town"]),
        ("Kobane / Ayn al Arab", ["Kobane", "Ayn al Arab"]),
        ("24/7", []),
        ("km/h", []),
        ("Palmyra", []),
    ],
)
def test_alternative_names_split_at_a_slash_between_names(text: str, names: list[str]) -> None:
    assert alternative_names(text) == names


def test_a_gloss_in_brackets_is_not_part_of_the_name() -> None:
    assert clean_mention("Tiyas airbase (T4)") == "Tiyas airbase"
    assert clean_mention("the Ain al-Arab (Kobani)") == "Ain al-Arab"


def test_written_as_village_reads_the_word_or_the_words_before() -> None:
    assert written_as_village(PlaceMention(text="Teir Maaleh village"))
    assert written_as_village(PlaceMention(text="Hawi", context="village of"))
    assert not written_as_village(PlaceMention(text="Hawi", context="city of"))


def test_a_place_with_its_other_name_after_a_slash_is_the_named_town(
    places: PlaceResolver,
) -> None:
    got = _place(places, "Clashes in Tadmur/Palmyra town, Homs, Syria.",
                 ["Tadmur/Palmyra town", "Homs", "Syria"])  # fmt: skip
    assert (got.location, got.admin1, got.geo_precision) == ("Palmyra", "Homs", GeoPrecision.TOWN)


def test_a_village_named_like_a_capital_abroad_is_not_that_capital(
    places: PlaceResolver,
) -> None:
    got = _place(places, "Shelling hit Al Qahirah village in Homs, Syria.",
                 ["Al Qahirah village", "Homs", "Syria"])  # fmt: skip
    assert got.country == "Syria"
    assert got.admin1 == "Homs"
    assert got.location == "Al Qahirah"


def test_an_unknown_site_in_a_story_naming_one_province_is_coded_to_it(
    places: PlaceResolver,
) -> None:
    got = _place(places, "Fighting near the Shaer gas field in Homs province, Syria.",
                 ["Shaer gas field", "Homs province", "Syria"])  # fmt: skip
    assert (got.location, got.admin1, got.country) == ("Shaer gas field", "Homs", "Syria")
    assert got.geo_precision == GeoPrecision.REGION
    assert any("not known" in n for n in got.notes)


def test_an_unknown_suburb_is_a_village_of_the_province_named_with_it(
    places: PlaceResolver,
) -> None:
    got = _place(places, "Air strikes on Hammouriyeh suburb in Rif Dimashq, Syria.",
                 ["Hammouriyeh suburb", "Rif Dimashq", "Syria"])  # fmt: skip
    assert (got.location, got.admin1) == ("Hammouriyeh", "Rif Dimashq")
    assert got.geo_precision == GeoPrecision.REGION
