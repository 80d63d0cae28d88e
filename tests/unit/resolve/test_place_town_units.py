"""The article's main town stands for its admin1 unit when every other name is a
homonym ("Logan" in a story about a Rogersville, Missouri school). Sentences written for
these tests; the gazetteer is a small hand-made one."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, []),
    (10, "Missouri", "admin1", "US", "MO", None, 38.5, -92.5, 0, []),
    (11, "Tennessee", "admin1", "US", "TN", None, 35.8, -86.3, 0, []),
    (12, "Utah", "admin1", "US", "UT", None, 39.3, -111.7, 0, []),
    (100, "Rogersville", "city", "US", "MO", None, 37.12, -93.06, 3_100, []),
    (101, "Rogersville", "city", "US", "TN", None, 36.41, -83.01, 1_400, []),
    (102, "Logan", "city", "US", "MO", None, 37.01, -93.62, 300, []),
    (103, "Logan", "city", "US", "UT", None, 41.74, -111.83, 48_000, []),
    (104, "Marshfield", "city", "US", "MO", None, 37.34, -92.91, 7_400, []),
    (105, "Marshfield", "city", "US", "UT", None, 40.0, -111.0, 800, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "towns.sqlite"
    write_rows_index(_ROWS, out)
    return PlaceResolver(Gazetteer.load(out))


def test_the_main_towns_unit_holds_the_articles_homonyms(places: PlaceResolver) -> None:
    # "Rogersville pupils moved into the new wing on Monday. Rogersville and Marshfield
    # families had asked for it since the Logan school closed; Rogersville's board ..."
    mentions = [
        PlaceMention(text=name, label="GPE")
        for name in ("Rogersville", "Rogersville", "Marshfield", "Logan", "Rogersville")
    ]
    context = places.article_context(mentions)
    assert context.town is not None
    assert context.seen_admin1 == ((context.town.cc, context.town.admin1_code),)
    logan = places.resolve([PlaceMention(text="Logan", label="GPE")], context=context)
    assert logan.admin1 == context.town.admin1
