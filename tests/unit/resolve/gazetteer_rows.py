"""Small hand-made gazetteers for the resolve tests: rows written in a test file become a
real index, built by the same code as the shipped one."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from sitrep.resolve.gazindex import IndexData, PlaceRow, write_index

Row = tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]
"""id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings"""


def write_rows_index(rows: Iterable[Row], out: Path, *, capitals: Iterable[int] = ()) -> Path:
    """Write ``rows`` as a gazetteer index at ``out`` (``capitals``: ids of capital cities)."""
    data = IndexData(source="test")
    for gid, name, kind, cc, a1, a2, lat, lon, pop, names in rows:
        data.add(PlaceRow(gid, name, kind, cc, a1, a2, lat, lon, pop), names)
    data.capitals = set(capitals)
    write_index(data, out, started=time.perf_counter())
    return out
