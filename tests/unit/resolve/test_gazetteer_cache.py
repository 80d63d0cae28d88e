"""The gazetteer's remembered lookups: bounded, least recently used out, and the same
answers as a gazetteer that remembers nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.resolve import gazetteer as gazetteer_module
from sitrep.resolve.gazetteer import Gazetteer

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
