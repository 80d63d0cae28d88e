"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
``SITREP_TEST_PG_URL`` is set (``scripts/start-test-postgres.sh`` starts one)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sitrep.merge import merge_mentions
from sitrep.store import Store

PG_URL = os.environ.get("SITREP_TEST_PG_URL")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_PG_URL not set"),
        ],
    ),
]


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


class Clock:
    """A deterministic clock: one second per call."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    assert PG_URL is not None
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def open_store(db_url: str, tmp_path: Path) -> Iterator[Callable[[str | None], Store]]:
    """Opens stores on this backend; ``name`` gives a fresh database (SQLite file or
    reset PostgreSQL schema)."""
    opened: list[Store] = []

    def factory(name: str | None = None) -> Store:
        url = db_url
        if name is not None:
            if db_url.startswith("sqlite"):
                url = f"sqlite:///{tmp_path / (name + '.db')}"
            else:
                for s in opened:
                    s.close()
                _reset_postgres(db_url)
        store = Store.open(url, merge=merge_mentions, clock=Clock())
        opened.append(store)
        return store

    yield factory
    for s in opened:
        s.close()


@pytest.fixture
def store(open_store: Callable[[str | None], Store]) -> Store:
    return open_store(None)
