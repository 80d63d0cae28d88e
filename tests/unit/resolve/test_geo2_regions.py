"""Seas, lakes, mountain ranges, deserts and parts of continents are places of their own
in the shipped aliases (``data/resolve/place_aliases.yaml``), so "Lake Erie" is not a
site attached to the article's town, nor "the Red Sea" a province of Sudan."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import Row, write_rows_index

from sitrep.model import PlaceMention
from sitrep.resolve.gazbuild import _curated
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Lake Erie", 42.2, -81.2),
        ("Lake Ontario", 43.7, -77.9),
        ("Red Sea", 20.0, 38.5),
        ("Black Sea", 43.4, 34.3),
        ("Ural Mountains", 60.0, 59.5),
        ("Himalayas", 28.6, 83.9),
        ("Northern Europe", 60.0, 15.0),
        ("Borneo", 1.0, 114.0),
    ],
)
def test_physical_features_and_world_parts_are_shipped_regions(
    name: str, lat: float, lon: float
) -> None:
    regions = {str(r["name"]): r for r in _curated().regions}
    assert name in regions
    assert abs(float(regions[name]["lat"]) - lat) < 2.0
    assert abs(float(regions[name]["lon"]) - lon) < 2.0


def test_the_urals_are_the_mountains() -> None:
    regions = {str(r["name"]): r for r in _curated().regions}
    assert "the Urals" in regions["Ural Mountains"]["aliases"]


_ROWS: list[Row] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, []),
    (2, "Sudan", "country", "SD", None, None, 15.0, 30.0, 44_000_000, []),
    (10, "Ohio", "admin1", "US", "OH", None, 40.3, -82.8, 0, []),
    (11, "Red Sea", "admin1", "SD", "36", None, 19.5, 36.0, 0, []),
    (100, "Toledo", "city", "US", "OH", None, 41.66, -83.56, 270_000, []),
    (-1, "Lake Erie", "region", "", None, None, 42.2, -81.2, 0, []),
    (-2, "Red Sea", "region", "", None, None, 20.0, 38.5, 0, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "regions.sqlite"
    write_rows_index(_ROWS, out)
    return PlaceResolver(Gazetteer.load(out))


def test_a_lake_is_the_lake_not_a_site_of_the_articles_town(places: PlaceResolver) -> None:
    # "Toledo officials said the algae bloom on Lake Erie had spread toward the city."
    mentions = [PlaceMention(text=n, label="LOC") for n in ("Toledo", "Lake Erie")]
    context = places.article_context(mentions)
    lake = places.resolve([mentions[1]], context=context)
    assert lake.kind == "region"
    assert (lake.latitude, lake.longitude) == (42.2, -81.2)


def test_a_sea_named_abroad_is_the_sea(places: PlaceResolver) -> None:
    # "A cargo ship sank in bad weather in the Red Sea on Monday, the port authority said."
    mention = PlaceMention(text="the Red Sea", label="LOC")
    sea = places.resolve([mention], context=places.article_context([mention]))
    assert sea.kind == "region"
