"""The gazetteer's remembered lookups: bounded, least recently used out, and the same
answers as a gazetteer that remembers nothing."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.resolve import gazetteer as gazetteer_module
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.names import ascii_name, fold_place_name

_NAMES = [
    ("Tikrit", None),
    ("Tikrit", "LB"),
    ("Baghdad", None),
    ("Kirkuk", None),
    ("Sinjar", None),
    ("Miqdadiyah", None),
    ("Qa'im", None),
    ("Hasakah", None),
    ("Iraq", None),
    ("Atlantis", None),
    ("", None),
]


@pytest.fixture
def fresh(small_index: Path) -> Iterator[Gazetteer]:
    """A gazetteer of its own (the session's one keeps what other tests looked up)."""
    gaz = Gazetteer.load(small_index)
    yield gaz
    gaz.close()


def _weight(gaz: Gazetteer) -> int:
    return sum(len(found) + 1 for found in gaz._lookups.values())


def test_cached_lookups_are_the_uncached_ones(
    fresh: Gazetteer, small_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered = [fresh.lookup(n, country=c) for n, c in _NAMES * 2]
    monkeypatch.setattr(gazetteer_module, "_LOOKUP_CACHE", 0)  # forgets every lookup
    forgetful = Gazetteer.load(small_index)
    try:
        assert [forgetful.lookup(n, country=c) for n, c in _NAMES * 2] == remembered
        assert not forgetful._lookups
        entries = {name: fresh.lookup(name) for name, _ in _NAMES}
        for name, found in entries.items():
            assert fresh.exact(name) == [e for e in found if e.similarity >= 0.95]
    finally:
        forgetful.close()


def test_exact_is_a_copy(fresh: Gazetteer) -> None:
    exact = fresh.exact("Tikrit")
    exact.clear()
    assert fresh.exact("Tikrit")


def test_cache_stays_within_its_cap_and_keeps_recent_names(
    fresh: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gazetteer_module, "_LOOKUP_CACHE", 8)
    hot = fresh.lookup("Tikrit")  # two places: weighs 3
    cold = fresh.lookup("Kirkuk")
    for name in ("Baghdad", "Sinjar", "Miqdadiyah", "Hasakah", "Iraq", "Atlantis"):
        assert fresh.lookup("Tikrit") is hot  # used again: the most recent
        fresh.lookup(name)
        assert _weight(fresh) <= 8
    assert fresh.lookup("Tikrit") is hot
    assert fresh.lookup("Kirkuk") is not cold  # forgotten, looked up again
    assert fresh.lookup("Kirkuk") == cold


def test_admin2_is_remembered_within_its_cap(
    fresh: Gazetteer, small_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gazetteer_module, "_ADMIN2_CACHE", 2)
    keys = [("IQ", "07", "9166569"), ("IQ", "07", "1"), ("SY", "01", "2"), ("IQ", "07", "9166569")]
    found = [fresh.admin2(*key) for key in keys]
    assert found[0] is not None and found[0].name == "Al Tarmia District"
    assert found[1] is None and found[2] is None
    assert found[3] == found[0]
    assert len(fresh._admin2) <= 2
    assert fresh.admin2("IQ", None, "9166569") is None


# Names whose folded key is short and shared by thousands of spellings ("k", "sn", "kl")
# beside ordinary ones, in and out of a country.
_CROWDED = [
    ("Kaya", None),
    ("Goa", None),
    ("Sana'a", None),
    ("Kale", None),
    ("Sinjar", None),
    ("Al-Qaim", None),
    ("Deir ez-Zor", "SY"),
    ("Kirkuk", "IQ"),
    ("Kirkuk", None),
    ("Salahaddin", "IQ"),
]


def _reference(gaz: Gazetteer, name: str, country: str | None) -> list[tuple[int, float]]:
    """Every row of the folded key, read whole with its place in one join, scored, best
    spelling per place, the places at or above the floor ranked: what lookup must return."""
    sql = (
        "SELECT p.id, p.population, n.spelling FROM names n JOIN places p ON p.id = n.place "
        "WHERE n.key = ?" + (" AND p.cc = ?" if country else "")
    )
    params = (fold_place_name(name), country) if country else (fold_place_name(name),)
    query = gazetteer_module._comparable(ascii_name(name))
    best: dict[int, tuple[float, int]] = {}
    for gid, population, spelling in gaz._con.execute(sql, params):
        score = gazetteer_module._similarity_to(query, spelling)
        if score > best.get(gid, (-1.0, 0))[0]:
            best[gid] = (score, population)
    kept = [(gid, s, p) for gid, (s, p) in best.items() if s >= gazetteer_module._FLOOR]
    return [(gid, s) for gid, s, _ in sorted(kept, key=lambda t: (-t[1], -t[2], t[0]))]


def test_lookup_reads_crowded_keys_as_one_join_would() -> None:
    gaz = Gazetteer.load()  # the packaged index: its short keys hold thousands of spellings
    try:
        crowded = gaz._con.execute(
            "SELECT count(*) FROM names WHERE key = ?", (fold_place_name("Kaya"),)
        ).fetchone()[0]
        assert crowded > 1_000
        for name, country in _CROWDED:
            found = gaz.lookup(name, country=country)
            assert [(e.id, e.similarity) for e in found] == _reference(gaz, name, country)
            assert all(e.similarity >= gazetteer_module._FLOOR for e in found)
            assert country is None or {e.cc for e in found} <= {country}
        assert gaz.lookup("Kaya")[0].name == "Kaya"
        assert len(gaz.lookup("Kaya")) < crowded / 10  # not every spelling of the key
    finally:
        gaz.close()


def _lookup_in_child(gaz: Gazetteer, out: Any) -> None:
    entry = gaz.lookup("Kirkuk")[0]
    out.put((entry.name, gaz._connection is gaz._INHERITED_FROM, len(gazetteer_module._INHERITED)))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_forked_process_reads_the_index_through_a_connection_of_its_own(
    fresh: Gazetteer,
) -> None:
    # worker processes inherit the gazetteer built before the fork: an SQLite connection
    # must not be used across a fork, so the child opens its own and leaves the parent's
    fresh.lookup("Baghdad")
    fresh._INHERITED_FROM = fresh._connection  # type: ignore[attr-defined]
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    child = context.Process(target=_lookup_in_child, args=(fresh, out))
    child.start()
    name, same, kept = out.get(timeout=60)
    child.join(timeout=60)
    assert child.exitcode == 0 and name == "Kirkuk"
    assert not same and kept >= 1  # its own connection; the parent's kept, unclosed
    assert fresh._connection is fresh._INHERITED_FROM  # type: ignore[attr-defined]
    assert fresh.lookup("Kirkuk")[0].name == "Kirkuk"  # the parent's still works


def test_the_index_keeps_each_spellings_comparable_form(fresh: Gazetteer) -> None:
    from sitrep.resolve.names import comparable_spelling

    rows = fresh._con.execute("SELECT spelling, comparable FROM names").fetchall()
    assert rows and all(form == comparable_spelling(spelling) for spelling, form in rows)
    # scored all at once, the forms get the figures of the one-by-one reference
    for name in ("Kirkouk", "al Mawsil", "Tall Afar", "Salah ad Din", "Hasaka"):
        query = gazetteer_module._comparable(ascii_name(name))
        forms = [form for _, form in rows]
        one_by_one = {
            form: score
            for spelling, form in rows
            if (score := gazetteer_module._similarity_to(query, spelling))
            >= gazetteer_module._FLOOR
        }
        assert gazetteer_module._similarities(query, forms) == one_by_one
