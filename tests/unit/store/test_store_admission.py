"""Batched admission, batched mention saves and the stored near-duplicate index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from store_factories import article, mention

from sitrep.errors import StoreError
from sitrep.store import Fingerprint, Store
from sitrep.store.engine import MIGRATIONS


def fingerprint(aid: str, keys: tuple[int, ...], *, size: int = 40) -> Fingerprint:
    return Fingerprint(article_id=aid, size=size, signature=aid.encode() * 4, band_keys=keys)


def test_states_follow_the_add_article_rules_in_order(store: Store) -> None:
    store.add_article(article("a1", "First report.", url="https://x.test/1"))
    batch = [
        article("a1", "First report."),  # same content: the stored one
        article("b", "Other text.", url="https://x.test/1"),  # same URL: the stored one
        article("a1", "Different content."),  # id taken: renamed
        article("c", "New report."),
        article("c2", "New report."),  # repeat of c inside the batch
    ]
    states = store.article_states(batch)
    assert [(s.id, s.is_new) for s in states] == [
        ("a1", False),
        ("a1", False),
        (f"a1-{batch[2].content_hash[:8]}", True),
        ("c", True),
        ("c", False),
    ]
    assert not any(s.processed or s.checked for s in states)


def test_add_articles_is_one_batch_with_copies_and_fingerprints(store: Store) -> None:
    store.add_article(article("old", "Stored by an earlier ingest."))
    copy = article("new-copy", "A copy.").model_copy(update={"duplicate_of": "orig"})
    store.add_articles(
        [article("orig", "The original."), copy],
        copies={"old": "orig"},
        fingerprints=[fingerprint("orig", (5, -7))],
    )
    states = {
        s.id: s
        for s in store.article_states([article("old", "Stored by an earlier ingest."), copy])
    }
    assert states["old"].duplicate_of == "orig" and states["old"].checked
    assert states["new-copy"].duplicate_of == "orig"
    stored = store.get_article("old")
    assert stored is not None and stored.duplicate_of == "orig"
    (orig,) = store.article_states([article("orig", "The original.")])
    assert orig.checked and orig.duplicate_of is None


def test_candidates_by_band_key_oldest_first_page_by_page(store: Store) -> None:
    for n in range(7):
        aid = f"o{n}"
        store.add_articles(
            [article(aid, f"Original {n}.")], fingerprints=[fingerprint(aid, (n % 2, 100 + n))]
        )
    found = list(store.near_duplicate_candidates([1, 106], page=2))
    assert [aid for aid, _, _ in found] == ["o1", "o3", "o5", "o6"]
    assert found[0][1:] == (40, b"o1" * 4)
    assert list(store.near_duplicate_candidates([999])) == []
    assert list(store.near_duplicate_candidates([])) == []


def test_save_mentions_is_one_transaction_for_the_batch(store: Store) -> None:
    for aid in ("a1", "a2"):
        store.add_article(article(aid))
    with pytest.raises(StoreError) as info:
        store.save_mentions([("a1", [mention("a1")]), ("ghost", [])])
    assert info.value.code == "unknown_article"
    assert not store.is_processed("a1") and store.article_mentions("a1") == []
    store.save_mentions([("a1", [mention("a1")]), ("a2", []), ("a1", [mention("a1", mid="e2")])])
    assert [m.event_id for m in store.article_mentions("a1")] == ["a1:e2"]  # the last entry
    assert store.is_processed("a2")
    assert store.pending_articles() == ["a1", "a2"]


def test_ready_copies_wait_for_their_original(store: Store) -> None:
    store.add_articles(
        [
            article("orig", "The original."),
            article("copy", "The copy.").model_copy(update={"duplicate_of": "orig"}),
        ]
    )
    assert store.ready_copies() == []
    store.save_article_events("orig", [mention("orig")])
    ((copy, events),) = store.ready_copies()
    assert (copy.id, copy.duplicate_of) == ("copy", "orig")
    assert [e.event_id for e in events] == ["orig:e1"]
    store.save_article_events("copy", [])
    assert store.ready_copies() == []


def test_migration_fills_duplicate_of_from_payloads(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_initial")
        for aid, original in (("orig", None), ("copy", "orig")):
            payload = article(aid).model_copy(update={"duplicate_of": original})
            conn.execute(
                text(
                    "INSERT INTO articles (id, url, content_hash, published, outlet, processed,"
                    " merge_pending, payload) VALUES (:id, NULL, :h, NULL, NULL, 1, 0, :p)"
                ),
                {"id": aid, "h": payload.content_hash, "p": payload.model_dump_json()},
            )
    engine.dispose()
    with Store.open(url) as store:
        states = store.article_states([article("orig"), article("copy")])
        assert [(s.duplicate_of, s.checked) for s in states] == [(None, False), ("orig", True)]


def test_fresh_store_is_at_the_head_revision(
    open_store: Callable[[str | None], Store], db_url: str
) -> None:
    open_store(None)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        bands = conn.execute(text("SELECT count(*) FROM fingerprint_bands")).scalar()
    engine.dispose()
    assert (version, bands) == ("0003_mention_blocking", 0)
