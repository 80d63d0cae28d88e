"""Opening, migrations, articles and per-article mentions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from store_factories import article, mention

from sitrep.errors import StoreError
from sitrep.merge import MERGE_WINDOW_DAYS
from sitrep.store import DEFAULT_WINDOW_DAYS, Store


def test_open_migrates_and_reopens(store: Store, db_url: str) -> None:
    engine = create_engine(db_url)
    names = set(inspect(engine).get_table_names())
    assert {"articles", "mentions", "events", "overrides", "reviews", "audit"} <= names
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == "0003_mention_blocking"
        )
    engine.dispose()
    with Store.open(db_url) as again:
        assert again.get_article("nope") is None


def test_sqlite_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "bare.db"
    with Store.open(str(path)) as store:  # a bare path works too
        assert store.dialect == "sqlite"
        assert store.integrity_ok()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
    with Store.open(str(path)) as store, pytest.raises(StoreError):
        store.save_article_events("ghost", [])


def test_store_window_matches_merge_window() -> None:
    assert DEFAULT_WINDOW_DAYS == MERGE_WINDOW_DAYS


def test_add_article_dedups_by_url_and_hash(store: Store) -> None:
    first = article("a1", "Text one.", url="https://x.test/1")
    assert store.add_article(first) == ("a1", True)
    assert store.add_article(first) == ("a1", False)
    assert store.add_article(article("other", "Different.", url="https://x.test/1")) == (
        "a1",
        False,
    )
    assert store.add_article(article("copy", "  TEXT   one. ")) == ("a1", False)
    clash = article("a1", "Another text entirely.")
    stored_id, is_new = store.add_article(clash)
    assert is_new and stored_id == f"a1-{clash.content_hash[:8]}"
    got = store.get_article(stored_id)
    assert got is not None and got.text == "Another text entirely." and got.id == stored_id
    original = store.get_article("a1")
    assert original == first


def test_save_article_events_marks_processed_and_replaces(store: Store) -> None:
    store.add_article(article("a1"))
    assert not store.is_processed("a1")
    store.save_article_events("a1", [mention("a1"), mention("a1", mid="e2")])
    assert store.is_processed("a1")
    assert [m.event_id for m in store.article_mentions("a1")] == ["a1:e1", "a1:e2"]
    assert store.pending_articles() == ["a1"]
    store.save_article_events("a1", [mention("a1", mid="e3")])
    assert [m.event_id for m in store.article_mentions("a1")] == ["a1:e3"]
    store.save_article_events("a1", [])
    assert store.article_mentions("a1") == [] and store.is_processed("a1")


def test_save_rejects_bad_mentions(store: Store) -> None:
    store.add_article(article("a1"))
    two = mention("a1")
    two = two.model_copy(update={"sources": [*two.sources, *two.sources]})
    with pytest.raises(StoreError) as info:
        store.save_article_events("a1", [two])
    assert info.value.code == "bad_mention"
    with pytest.raises(StoreError) as info:
        store.save_article_events("missing", [mention("missing")])
    assert info.value.code == "unknown_article"
    assert not store.is_processed("a1")


def test_merge_function_required_for_overrides(
    open_store: Callable[[str | None], Store], db_url: str
) -> None:
    open_store(None).close()
    with Store.open(db_url) as bare, pytest.raises(StoreError) as info:
        bare.remerge([])
    assert info.value.code == "no_merge_function"


def test_unreachable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store.open("nosuchdialect://host/db")
    assert info.value.code == "db_open"
    with pytest.raises(StoreError) as info:
        Store.open(str(tmp_path / "missing-dir" / "x.db"))
    assert info.value.code in {"db_open", "migration"}
