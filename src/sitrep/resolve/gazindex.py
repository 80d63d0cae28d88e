"""The compiled gazetteer index: its SQLite schema, its rows and its writer.

The index is a read-only SQLite file (a lookup table, not sitrep's event store):
``places`` holds one row per country, admin1, admin2 and populated place;
``names`` maps the folded key of every spelling (see :mod:`sitrep.resolve.names`)
to the places it names, with the spelling's comparable form (what a lookup scores).
Both builders (:func:`sitrep.resolve.gazetteer.build_index` from the PyPI packages,
:func:`sitrep.resolve.gazetteer.import_geonames` from full GeoNames dumps) produce an
:class:`IndexData` and hand it to :func:`write_index`, which writes rows in sorted order
so the same input gives the same file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from sitrep.errors import ResolutionError
from sitrep.resolve.names import ascii_name, comparable_spelling, fold_place_name

__all__ = [
    "INDEX_VERSION",
    "GazetteerStats",
    "IndexData",
    "PlaceRow",
    "write_index",
]

INDEX_VERSION = "sitrep-gazetteer-5"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cc TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL,
    spelling TEXT NOT NULL,
    place INTEGER NOT NULL,
    comparable TEXT NOT NULL
);
"""
_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX places_admin ON places (cc, kind, admin1, admin2);
"""


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One place of the index. ``kind``: country, admin1, admin2 or city."""

    id: int
    name: str
    kind: str
    cc: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int


@dataclass(slots=True)
class IndexData:
    """Places and their spellings, collected by a builder before writing."""

    places: dict[int, PlaceRow] = field(default_factory=dict)
    spellings: dict[int, set[str]] = field(default_factory=dict)
    source: str = ""
    capitals: set[int] = field(default_factory=set)

    def add(self, row: PlaceRow, names: list[str], *, curated: Sequence[str] = ()) -> None:
        """A place with its GeoNames spellings (codes and non-Latin names skipped) and
        ``curated`` spellings from sitrep's own tables (kept as given: "EU", "NSW")."""
        self.places[row.id] = row
        bucket = self.spellings.setdefault(row.id, set())
        bucket.update(s for s in map(ascii_name, curated) if s)
        for name in [row.name, *names]:
            if _usable(name):
                spelling = ascii_name(name)
                if spelling:
                    bucket.add(spelling)

    def add_names(self, place_id: int, names: list[str]) -> None:
        if place_id in self.places:
            bucket = self.spellings.setdefault(place_id, set())
            bucket.update(s for s in (ascii_name(n) for n in names) if s)


class GazetteerStats(BaseModel):
    """What a build or import wrote."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    countries: int
    admin1: int
    admin2: int
    cities: int
    names: int
    seconds: float
    source: str


def _usable(name: str) -> bool:
    """Skip codes ("BGW") and names mostly in non-Latin script."""
    if len(name) <= 4 and name.isupper() and name.isalpha():
        return False
    if name.isascii():
        return True
    latin = len(name.encode("ascii", "ignore"))
    return latin >= max(1, len(name) // 2)


def write_index(data: IndexData, out: Path, *, started: float) -> GazetteerStats:
    """Write ``data`` as a fresh index at ``out`` (atomically replaced)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")  # concurrent builders do not collide
    tmp.unlink(missing_ok=True)
    rows = sorted(data.places.values(), key=lambda r: r.id)
    name_rows = sorted(
        {
            (fold_place_name(spelling), spelling, place_id, comparable_spelling(spelling))
            for place_id, spellings in data.spellings.items()
            for spelling in spellings
        }
    )
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.executescript(_SCHEMA)
            con.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        r.id, r.name, r.kind, r.cc, r.admin1, r.admin2,
                        None if r.lat is None else round(r.lat, 5),
                        None if r.lon is None else round(r.lon, 5),
                        r.population,
                    )
                    for r in rows
                ],
            )  # fmt: skip
            con.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
            con.executemany(
                "INSERT INTO meta VALUES (?,?)",
                [
                    ("version", INDEX_VERSION),
                    ("source", data.source),
                    ("capitals", json.dumps(sorted(data.capitals))),
                ],
            )
            con.executescript(_INDEXES)
            con.commit()
        finally:
            con.close()
        tmp.replace(out)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise ResolutionError(f"cannot write the gazetteer index: {exc}", path=str(out)) from exc
    kinds = [r.kind for r in rows]
    seconds = time.perf_counter() - started
    return GazetteerStats(
        path=str(out),
        countries=kinds.count("country"),
        admin1=kinds.count("admin1"),
        admin2=kinds.count("admin2"),
        cities=kinds.count("city"),
        names=len(name_rows),
        seconds=round(seconds, 2),
        source=data.source,
    )
