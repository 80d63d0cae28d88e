"""towns.yaml: conflict towns that GeoNames cities500 leaves out, added to the index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.resolve.gazbuild import TOWN_IDS, TownSpec, _add_towns, read_towns
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazindex import IndexData, PlaceRow
from sitrep.resolve.place_ranks import km


def _index() -> IndexData:
    data = IndexData(source="test")
    data.add(
        PlaceRow(1, "Diyala", "admin1", "IQ", "10", None, 33.9, 45.0, 0), ["Diyala Governorate"]
    )
    data.add(PlaceRow(2, "Khanaqin", "city", "IQ", "10", "94590", 34.35, 45.39, 175_000), [])
    data.add(PlaceRow(3, "Muqdadiyah", "city", "IQ", "10", "99063", 33.98, 44.94, 155_968), [])
    data.add(PlaceRow(4, "As Sa'diyah", "city", "IQ", "10", "94590", 34.19, 45.12, 0), ["Sadiyah"])
    return data


def test_a_missing_town_joins_with_its_admin_units() -> None:
    data = _index()
    town = TownSpec("Jalawla", ("Jalula",), "IQ", "Diyala Governorate", 34.2719, 45.1681)
    assert _add_towns(data, [town]) == 1
    row = data.places[TOWN_IDS + 1]
    # admin1 from any spelling the index has; admin2 from the nearest town of that admin1
    # (As Sa'diyah, 10 km, not Khanaqin, 23 km)
    assert (row.name, row.cc, row.admin1, row.admin2) == ("Jalawla", "IQ", "10", "94590")
    assert {"jalawla", "jalula"} <= data.spellings[row.id]


def test_a_town_already_indexed_only_lends_its_spellings() -> None:
    data = _index()
    town = TownSpec("Saadiya", ("Sadiyah", "al-Saadiya"), "IQ", "Diyala", 34.19, 45.13)
    assert _add_towns(data, [town]) == 0
    assert len(data.places) == 4
    assert "saadiya" in data.spellings[4]


def test_a_homonym_far_away_is_another_town() -> None:
    data = _index()  # Muqdadiyah is 100 km from this point: a second place of the name
    assert _add_towns(data, [TownSpec("Muqdadiyah", (), "IQ", "Diyala", 34.9, 45.6)]) == 1
    assert data.places[TOWN_IDS + 1].admin2 is None  # no town of Diyala within 15 km


def test_an_unknown_admin1_names_the_town() -> None:
    with pytest.raises(ConfigError, match="'Jalawla': no admin1 'Dyala' in IQ"):
        _add_towns(_index(), [TownSpec("Jalawla", (), "IQ", "Dyala", 34.27, 45.17)])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("towns: {}\n", "expected a 'towns:' list"),
        ("towns:\n  - {name: Jalawla, cc: IQ, lat: 34.2, lon: 45.1}\n", "missing admin1"),
        ("towns:\n  - {name: X, cc: IQ, admin1: Diyala, lat: north, lon: 45}\n", "bad coordinates"),
        ("towns:\n  - {name: X, cc: IQ, admin1: Diyala, lat: 134.2, lon: 45}\n", "out of range"),
        (
            "towns:\n  - {name: X, cc: IQ, admin1: D, lat: 1, lon: 2, aliases: Y}\n",
            "must be a list",
        ),
        ("towns: [\n", "cannot read"),
    ],
)
def test_a_bad_town_list_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "towns.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        read_towns(path)
    assert str(path) in str(err.value)


@pytest.fixture(scope="module")
def packaged() -> Gazetteer:
    return Gazetteer.load()


def test_every_shipped_town_is_indexed_where_it_lies(packaged: Gazetteer) -> None:
    """Each town is found by its name at its coordinates with its admin1, and lies within
    250 km of a GeoNames place of its country (Tinzaouaten on the Algerian border, 158 km,
    and Nukhayb in the Anbar desert are the farthest): a swapped sign or latitude and longitude
    read the other way round put a town far from every place of its country."""
    towns = read_towns()
    assert len(towns) >= 60
    with sqlite3.connect(packaged.path) as con:
        for town in towns:
            found = [e for e in packaged.lookup(town.name, country=town.cc) if e.kind == "city"]
            near = [e for e in found if km(town.lat, town.lon, e.lat or 0, e.lon or 0) < 15]
            assert near and near[0].admin1 is not None, town
            rows = con.execute(
                "SELECT lat, lon FROM places WHERE cc = ? AND kind = 'city' AND id < ?"
                " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                (town.cc, TOWN_IDS, town.lat - 3, town.lat + 3, town.lon - 3, town.lon + 3),
            ).fetchall()
            assert min((km(town.lat, town.lon, a, b) for a, b in rows), default=1e9) < 250, town


@pytest.mark.parametrize(
    ("name", "cc", "admin1", "expected"),
    [
        ("Jalawla", "IQ", "Diyala", "Jalawla"),
        ("Jalula", "IQ", "Diyala", "Jalawla"),
        ("Baghuz", "SY", "Deir ez-Zor", "Baghuz"),
        ("Bunagana", "CD", "North Kivu", "Bunagana"),
    ],
)
def test_conflict_towns_resolve(
    packaged: Gazetteer, name: str, cc: str, admin1: str, expected: str
) -> None:
    entry = packaged.lookup(name, country=cc)[0]
    assert entry.name == expected and entry.kind == "city"
    assert packaged.canonical_admin1(cc, admin1) == packaged.admin1(cc, entry.admin1).name  # type: ignore[union-attr]
