"""Places written with the unit that holds them ("Bradford, Ontario", "Winchester,
Indiana"): the namesake inside that unit, or the unit itself when it holds none; lists
and sentence breaks are no such pairs. A people's name before the kind of place ("the
southern English city of Salisbury") places it in that people's country or region.
Sentences written for these tests; the gazetteer is a small hand-made one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gazetteer_rows import Row, write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver, PlaceResult
from sitrep.resolve.qualified import called_spans, qualified_spans

_ROWS: list[Row] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, []),
    (2, "Canada", "country", "CA", None, None, 60.0, -96.0, 38_000_000, []),
    (3, "United Kingdom", "country", "GB", None, None, 54.0, -2.0, 66_000_000, []),
    (4, "Russia", "country", "RU", None, None, 60.0, 100.0, 144_000_000, []),
    (5, "Belarus", "country", "BY", None, None, 53.0, 28.0, 9_000_000, []),
    (6, "Ukraine", "country", "UA", None, None, 49.0, 32.0, 41_000_000, []),
    (10, "Ontario", "admin1", "CA", "08", None, 50.0, -85.0, 0, []),
    (11, "Indiana", "admin1", "US", "IN", None, 39.9, -86.3, 0, []),
    (12, "Nevada", "admin1", "US", "NV", None, 39.3, -116.6, 0, []),
    (13, "England", "admin1", "GB", "ENG", None, 52.5, -1.2, 0, []),
    (14, "Minsk Region", "admin1", "BY", "05", None, 53.9, 27.6, 0, ["Minsk"]),
    (100, "Bradford", "city", "GB", "ENG", None, 53.79, -1.75, 366_000, []),
    (101, "Bradford", "city", "US", "IN", None, 40.1, -86.0, 1_800, []),
    (102, "Winchester", "city", "US", "NV", None, 36.13, -115.12, 28_000, []),
    (103, "Winchester", "city", "GB", "ENG", None, 51.06, -1.31, 46_000, []),
    (104, "Winchester", "city", "US", "IN", None, 40.17, -84.98, 4_800, []),
    (105, "Kiev", "city", "UA", "12", None, 50.45, 30.52, 2_800_000, ["Kyiv"]),
    (106, "Minsk", "city", "BY", "04", None, 53.9, 27.57, 1_900_000, []),
    (107, "Moscow", "city", "RU", "48", None, 55.75, 37.62, 12_000_000, []),
    (108, "Riga", "city", "LV", "25", None, 56.95, 24.1, 700_000, []),
    (109, "Seattle", "city", "US", "WA", None, 47.6, -122.33, 750_000, []),
    (7, "Zimbabwe", "country", "ZW", None, None, -19.0, 29.8, 15_000_000, []),
    (8, "Syria", "country", "SY", None, None, 35.0, 38.0, 17_000_000, []),
    (15, "Texas", "admin1", "US", "TX", None, 31.0, -99.0, 0, []),
    (16, "Georgia", "admin1", "US", "GA", None, 32.7, -83.4, 0, []),
    (17, "Aleppo", "admin1", "SY", "09", None, 36.2, 37.4, 0, []),
    (110, "Harare", "city", "ZW", "05", None, -17.83, 31.05, 1_500_000, ["Salisbury"]),
    (111, "Salisbury", "city", "GB", "ENG", None, 51.07, -1.79, 45_000, []),
    (112, "Salisbury", "city", "US", "NC", None, 35.67, -80.47, 34_000, []),
    (113, "Athens", "city", "US", "GA", None, 33.96, -83.38, 127_000, []),
    (114, "Athens", "city", "US", "TX", None, 32.2, -95.85, 12_800, []),
    (115, "Kobani", "city", "SY", "09", None, 36.89, 38.35, 44_800, ["Ayn al Arab"]),
    (18, "Hama", "admin1", "SY", "10", None, 35.25, 36.75, 0, []),
    (116, "Hamah", "city", "SY", "10", None, 35.13, 36.76, 460_000, ["Hama"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "qualified.sqlite"
    write_rows_index(_ROWS, out)
    return PlaceResolver(Gazetteer.load(out))


def _mentions(text: str, names: list[str]) -> list[PlaceMention]:
    spans = sorted(
        (m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)
    )
    return [
        PlaceMention(text=text[s:e], span=Span(text=text[s:e], start=s, end=e), label="GPE")
        for s, e in spans
    ]


def _read(places: PlaceResolver, text: str, names: list[str]) -> dict[str, PlaceResult]:
    mentions = _mentions(text, names)
    context = places.article_context(mentions, text=text)
    return {m.text: places.resolve([m], context=context) for m in mentions}


def test_a_town_written_with_its_state_is_the_one_in_that_state(places: PlaceResolver) -> None:
    text = (
        "Deputies said the two men drove from Winchester, Indiana, to the county fair "
        "before the crash."
    )
    found = _read(places, text, ["Winchester", "Indiana"])
    assert found["Winchester"].admin1 == "Indiana"
    assert found["Winchester"].geo_precision == GeoPrecision.TOWN


def test_a_town_its_province_holds_no_namesake_of_falls_back_to_the_province(
    places: PlaceResolver,
) -> None:
    text = "The driver was released on a promise to appear in a Bradford, Ontario court in May."
    found = _read(places, text, ["Bradford", "Ontario"])
    bradford = found["Bradford"]
    assert bradford.country == "Canada"
    assert bradford.admin1 == "Ontario"
    assert bradford.location == "Bradford"  # its own name, the province's point
    assert bradford.geo_precision == GeoPrecision.REGION


def test_a_list_of_capitals_is_not_a_town_and_its_province(places: PlaceResolver) -> None:
    text = "The carrier hopes to fly to Moscow, Kiev, Minsk and Riga by the end of next year."
    mentions = _mentions(text, ["Moscow", "Kiev", "Minsk", "Riga"])
    inside, unknown = qualified_spans(places.gazetteer, mentions, places.lexicon, text)
    assert not inside
    assert not unknown


def test_a_full_stop_does_not_join_a_town_to_the_next_sentences_country(
    places: PlaceResolver,
) -> None:
    text = "Officials ordered the closure of the consulate in Seattle. Russia vowed to respond."
    mentions = _mentions(text, ["Seattle", "Russia"])
    inside, unknown = qualified_spans(places.gazetteer, mentions, places.lexicon, text)
    assert not inside
    assert not unknown


def test_a_peoples_city_is_in_that_peoples_country(places: PlaceResolver) -> None:
    text = (
        "Investigators said the nerve agent was smeared on a door handle in the southern "
        "English city of Salisbury in March."
    )
    found = _read(places, text, ["Salisbury"])
    assert found["Salisbury"].country == "United Kingdom"
    assert found["Salisbury"].location == "Salisbury"


def test_a_states_people_places_a_town_in_that_state(places: PlaceResolver) -> None:
    text = "Voters in the small Texan town of Athens turned out in record numbers on Tuesday."
    found = _read(places, text, ["Athens"])
    assert found["Athens"].admin1 == "Texas"


def test_a_province_of_a_people_is_the_province(places: PlaceResolver) -> None:
    text = "Shelling hit several villages across the Syrian province of Aleppo overnight."
    mentions = _mentions(text, ["Aleppo"])
    called = called_spans(places.gazetteer, mentions, text)
    assert [e.kind for e in called.values()] == ["admin1"]


def test_a_people_without_a_namesake_there_leaves_the_place_alone(
    places: PlaceResolver,
) -> None:
    text = "Fighters reached the Syrian town of Winchester, a name no Syrian town bears."
    assert not called_spans(places.gazetteer, _mentions(text, ["Winchester"]), text)


def test_a_city_a_people_names_is_the_city_not_its_province(places: PlaceResolver) -> None:
    text = "Government aircraft struck the outskirts of the Syrian city of Hama at dawn."
    found = _read(places, text, ["Hama"])
    assert found["Hama"].kind == "town"
    assert found["Hama"].location == "Hamah"
