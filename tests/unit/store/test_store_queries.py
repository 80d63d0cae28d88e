"""Filters, keyset pagination, streaming and statistics."""

from __future__ import annotations

from datetime import date

import pytest
from store_factories import article, corpus

from sitrep.errors import StoreError
from sitrep.merge import merge_mentions
from sitrep.model import EventQuery, EventType, Status, SubEventType
from sitrep.store import StatRow, Store


@pytest.fixture
def full(store: Store) -> Store:
    for aid, mentions in sorted(corpus().items()):
        store.add_article(article(aid))
        store.save_article_events(aid, mentions)
    store.remerge(sorted(corpus()), merge=merge_mentions)
    return store


def ids(store: Store, **kw: object) -> list[str]:
    return [e.event_id for e in store.iter_events(EventQuery(**kw))]


def count(store: Store, **kw: object) -> int:
    page = store.query_events(EventQuery(**kw))
    assert page.total is not None
    return page.total


def test_filters(full: Store) -> None:
    assert count(full) == 4
    assert count(full, country="iraq") == 3
    assert count(full, country="Syria", admin1="IDLIB") == 1
    assert count(full, date_from=date(2019, 1, 1)) == 2
    assert count(full, date_to=date(2018, 12, 31)) == 2
    assert count(full, event_type=EventType.PROTESTS) == 1
    assert count(full, sub_event_type=SubEventType.ARMED_CLASH) == 1
    assert count(full, actor="russia") == 1
    assert count(full, actor="islamic") == 1
    assert count(full, min_fatalities=9) == 2
    assert count(full, bbox=(36.0, 35.0, 37.0, 36.0)) == 1
    assert count(full, text="POWER CUTS") == 1
    assert count(full, text="100%_") == 0
    assert count(full, status=Status.AUTO) == 4


def test_keyset_pagination_is_stable_and_complete(full: Store) -> None:
    for sort in ("-event_date", "event_date", "-fatalities", "admin1", "event_id"):
        everything = ids(full, sort=sort)
        assert len(everything) == 4
        seen: list[str] = []
        cursor = None
        while True:
            page = full.query_events(EventQuery(sort=sort, limit=2, cursor=cursor))
            assert page.total == 4
            seen += [e.event_id for e in page.items]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == everything, sort
    dates = [e.event_date or date.min for e in full.iter_events(EventQuery(sort="-event_date"))]
    assert dates == sorted(dates, reverse=True)


def test_bad_sort_and_cursor(full: Store) -> None:
    with pytest.raises(StoreError) as info:
        full.query_events(EventQuery(sort="notes"))
    assert info.value.code == "bad_sort"
    with pytest.raises(StoreError) as info:
        full.query_events(EventQuery(cursor="not-a-cursor"))
    assert info.value.code == "bad_cursor"
    page = full.query_events(EventQuery(limit=1, sort="fatalities"))
    with pytest.raises(StoreError):
        full.query_events(EventQuery(limit=1, sort="event_date", cursor=page.next_cursor))


def test_stats_by_period(full: Store) -> None:
    rows = full.stats(EventQuery(), period="month")
    assert (
        StatRow(
            period_start=date(2018, 1, 1),
            admin1="Baghdad",
            event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
            events=1,
            fatalities=26,
        )
        in rows
    )
    assert sum(r.events for r in rows) == 4
    assert sum(r.fatalities for r in rows) == 26 + 2 + 9
    weeks = full.stats(EventQuery(country="Iraq"), period="week")
    assert {r.period_start for r in weeks} == {date(2018, 1, 15), date(2019, 9, 30)}
    days = full.stats(EventQuery(event_type=EventType.BATTLES), period="day")
    assert [(r.period_start, r.events, r.fatalities) for r in days] == [(date(2018, 1, 15), 1, 2)]
