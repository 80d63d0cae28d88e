"""Review, merge and split overrides, and the audit log; all survive re-merges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from store_factories import article, corpus, mention

from sitrep.errors import StoreError
from sitrep.merge import merge_mentions
from sitrep.model import Event, EventQuery, Status
from sitrep.store import Store

ALL = EventQuery(include_rejected=True, sort="event_id")


@pytest.fixture
def full(store: Store) -> Store:
    for aid, mentions in sorted(corpus().items()):
        store.add_article(article(aid))
        store.save_article_events(aid, mentions)
    store.remerge(sorted(corpus()), merge=merge_mentions)
    return store


def event_with(store: Store, article_id: str, sub: str | None = None) -> Event:
    for e in store.iter_events(ALL):
        if any(s.article_id == article_id for s in e.sources) and (
            sub is None or e.sub_event_type == sub
        ):
            return e
    raise AssertionError(f"no event from {article_id}")


def test_edit_validates_and_survives_a_later_merge(full: Store) -> None:
    bombing = event_with(full, "a1")
    with pytest.raises(StoreError) as info:
        full.review_event(bombing.event_id, action="edit", fields={"fatalities": -3}, user="ana")
    assert info.value.code == "bad_review"
    with pytest.raises(StoreError):
        full.review_event(bombing.event_id, action="edit", fields={"sources": []}, user="ana")
    with pytest.raises(StoreError):
        full.review_event(bombing.event_id, action="confirm", fields={"fatalities": 3}, user="ana")
    edited = full.review_event(
        bombing.event_id,
        action="edit",
        fields={"fatalities": 27, "actor1": "Islamic State"},
        user="ana",
    )
    assert edited.status == Status.EDITED and edited.fatalities == 27
    assert full.get_event(bombing.event_id) == edited
    # a new report of the same bombing arrives: the event grows, the edit stays
    full.add_article(article("a0"))
    full.save_article_events("a0", [mention("a0", fatalities=20)])
    full.remerge(["a0"], merge=merge_mentions)
    grown = event_with(full, "a0")
    assert len(grown.sources) == 5
    assert grown.status == Status.EDITED and grown.fatalities == 27
    assert grown.actor1 == "Islamic State"
    confirmed = full.review_event(grown.event_id, action="confirm", user="bo")
    assert confirmed.status == Status.CONFIRMED and confirmed.fatalities == 27
    full.remerge_all(merge=merge_mentions)
    assert event_with(full, "a0").status == Status.CONFIRMED


def test_reject_hides_the_event(full: Store) -> None:
    protest = event_with(full, "a4")
    full.review_event(protest.event_id, action="reject", user="ana")
    assert protest.event_id not in [e.event_id for e in full.iter_events(EventQuery())]
    assert full.query_events(EventQuery(status=Status.REJECTED)).total == 1
    full.remerge_all(merge=merge_mentions)
    assert full.get_event(protest.event_id).status == Status.REJECTED  # type: ignore[union-attr]
    with pytest.raises(StoreError):
        full.review_event("ev-missing", action="confirm", user="ana")


def test_merge_override_is_respected_by_later_merges(full: Store) -> None:
    bombing, clash = event_with(full, "a1"), event_with(full, "a3", "Armed clash")
    assert bombing.event_id != clash.event_id
    merged = full.merge_override([bombing.event_id, clash.event_id], user="ana")
    assert len(merged.sources) == 5
    full.remerge_all(merge=merge_mentions)
    assert len(event_with(full, "a1").sources) == 5
    assert full.count_events(ALL) == 3
    assert any("must-link" in line for line in full.explain_event(event_with(full, "a1").event_id))
    with pytest.raises(StoreError):
        full.merge_override([bombing.event_id], user="ana")


def test_split_override_is_respected_by_later_merges(full: Store) -> None:
    bombing = event_with(full, "a1")
    parts = full.split_override(bombing.event_id, "a2", user="ana")
    assert sorted(len(e.sources) for e in parts) == [1, 3]
    full.remerge_all(merge=merge_mentions)
    assert [s.article_id for s in event_with(full, "a2").sources] == ["a2"]
    assert len(event_with(full, "a1").sources) == 3
    with pytest.raises(StoreError) as info:
        full.split_override(event_with(full, "a1").event_id, "a5", user="ana")
    assert info.value.code == "bad_split"
    with pytest.raises(StoreError):
        full.split_override(event_with(full, "a2").event_id, "a2", user="ana")
    # merging them back undoes the cannot-link
    again = full.merge_override(
        [event_with(full, "a1").event_id, event_with(full, "a2").event_id], user="bo"
    )
    assert len(again.sources) == 4


def test_audit_log_records_who_when_before_after(full: Store) -> None:
    bombing = event_with(full, "a1")
    full.review_event(bombing.event_id, action="edit", fields={"fatalities": 30}, user="ana")
    full.split_override(bombing.event_id, "a2", user="bo")
    log = full.audit_log()
    assert [(e.user, e.action) for e in log] == [("ana", "edit"), ("bo", "split")]
    assert log[0].at < log[1].at
    assert isinstance(log[0].before, dict) and log[0].before["fatalities"] == 26
    assert isinstance(log[0].after, dict) and log[0].after["fatalities"] == 30
    assert isinstance(log[1].after, list) and len(log[1].after) == 2
    assert [e.action for e in full.audit_log(bombing.event_id)] == ["edit", "split"]
    assert full.audit_log("ev-none") == []
    assert log[0].at.year == 2026 and date(2026, 1, 1) <= log[0].at.date()


def test_audit_times_are_timezone_aware_on_every_backend(full: Store) -> None:
    full.review_event(event_with(full, "a4").event_id, action="confirm", user="ana")
    (entry,) = full.audit_log()
    assert entry.at.tzinfo is not None
    assert entry.at.utcoffset() == timedelta(0)
