"""State-media spellings of long vowels, and a village the gazetteer lacks that keeps the
unit written with it. Sentences written for these tests; the gazetteer is hand-made."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "Iraq", "country", "IQ", None, None, 33.0, 44.0, 38_000_000, []),
    (2, "Nigeria", "country", "NG", None, None, 9.0, 8.0, 200_000_000, []),
    (10, "Kirkuk", "admin1", "IQ", "13", None, 35.3, 44.1, 0, ["Kirkuk Province"]),
    (11, "Kaduna", "admin1", "NG", "18", None, 10.3, 7.7, 0, ["Kaduna State"]),
    (20, "Chikun", "admin2", "NG", "18", "CH", 10.2, 7.2, 0, []),
    (100, "Kirkuk", "city", "IQ", "13", None, 35.47, 44.39, 1_031_000, []),
    (101, "Daquq", "city", "IQ", "13", None, 35.14, 44.45, 0, []),
    (102, "Kaduna", "city", "NG", "18", None, 10.52, 7.44, 760_000, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    out: Path = tmp_path_factory.mktemp("gaz") / "spellings.sqlite"
    write_rows_index(_ROWS, out)
    return Gazetteer.load(out)


def _pm(text: str, sentence: str, context: str | None, label: str | None = "GPE") -> PlaceMention:
    i = sentence.index(text)
    return PlaceMention(
        text=text, context=context, label=label, span=Span(text=text, start=i, end=i + len(text))
    )


@pytest.mark.parametrize("spelling", ["Daqooq", "Daqouq"])
def test_a_long_vowel_written_oo_is_the_same_name(gazetteer: Gazetteer, spelling: str) -> None:
    best = gazetteer.lookup(spelling)[0]
    assert (best.name, best.similarity) == ("Daquq", 1.0)


def test_a_district_in_the_state_media_spelling_resolves(gazetteer: Gazetteer) -> None:
    text = "an attack on an army post in the Daqooq district south of Kirkuk"
    found = PlaceResolver(gazetteer).resolve_one(
        _pm("Daqooq district", text, "in the"), focus=("IQ",)
    )
    assert found is not None and found.location == "Daquq" and found.admin1 == "Kirkuk"


HEADLINE_AND_LEDE = (
    "Gunmen seize pupils from Kaduna school. Armed men stormed a school in Kuriga, a farming "
    "community in the Chikun Local Government Area of Kaduna State, on Thursday."
)


def test_a_village_keeps_its_own_unit_rather_than_a_headline_town(gazetteer: Gazetteer) -> None:
    places = [
        _pm("Kuriga", HEADLINE_AND_LEDE, "in"),
        _pm("Kaduna State", HEADLINE_AND_LEDE, "Area of"),
        _pm("Kaduna school", HEADLINE_AND_LEDE, "from", label="FAC"),
    ]
    found = PlaceResolver(gazetteer).resolve(places, focus=("NG",))
    assert found.location == "Kuriga"
    assert found.admin1 == "Kaduna"
    assert found.geo_precision == GeoPrecision.REGION  # the state's extent, not Kaduna city


def test_a_village_keeps_its_district_written_after_it(gazetteer: Gazetteer) -> None:
    text = "Gunmen raided a market in Kuriga, a village of Chikun district, on Thursday."
    places = [_pm("Kuriga", text, "in"), _pm("Chikun district", text, "a village of")]
    found = PlaceResolver(gazetteer).resolve(places, focus=("NG",))
    assert (found.location, found.admin1) == ("Kuriga", "Kaduna")
    assert found.geo_precision == GeoPrecision.NEAR_TOWN
