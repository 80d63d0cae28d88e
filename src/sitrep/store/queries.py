"""Reading merged events: filters, keyset pagination, streaming, statistics, tallies."""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, Connection, and_, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement as _Col

from sitrep.errors import StoreError
from sitrep.model import EventPage, EventQuery, EventType, Status

from .records import StatRow
from .rows import row_event
from .tables import events

__all__ = [
    "EventTally",
    "PeriodTotal",
    "PlaceTally",
    "TypeTally",
    "count_events",
    "page_events",
    "period_totals",
    "stats",
    "stream_events",
    "tally_events",
]

_SENTINELS: dict[str, Any] = {
    "event_date": date(1, 1, 1),
    "fatalities": -1,
    "injuries": -1,
    "confidence": -1.0,
    "n_sources": -1,
    "country": "",
    "admin1": "",
    "location": "",
    "event_type": "",
    "sub_event_type": "",
    "status": "",
    "event_id": "",
}
SORTABLE = tuple(sorted(_SENTINELS))
"""Fields `EventQuery.sort` accepts (``-`` prefix for descending)."""


def _like(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filters(q: EventQuery) -> list[ColumnElement[bool]]:
    c = events.c
    out: list[ColumnElement[bool]] = []
    if q.date_from is not None:
        out.append(c.event_date >= q.date_from)
    if q.date_to is not None:
        out.append(c.event_date <= q.date_to)
    if q.country is not None:
        out.append(func.lower(c.country) == q.country.casefold())
    if q.admin1 is not None:
        out.append(func.lower(c.admin1) == q.admin1.casefold())
    if q.event_type is not None:
        out.append(c.event_type == q.event_type.value)
    if q.sub_event_type is not None:
        out.append(c.sub_event_type == q.sub_event_type.value)
    if q.actor:
        out.append(c.actors_text.like(_like(q.actor), escape="\\"))
    if q.min_fatalities is not None:
        out.append(c.fatalities >= q.min_fatalities)
    if q.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = q.bbox
        out += [c.longitude >= min_lon, c.longitude <= max_lon]
        out += [c.latitude >= min_lat, c.latitude <= max_lat]
    if q.text:
        out.append(c.search_text.like(_like(q.text), escape="\\"))
    if q.status is not None:
        out.append(c.status == q.status.value)
    elif not q.include_rejected:
        out.append(c.status != Status.REJECTED.value)
    return out


def _sort(q: EventQuery) -> tuple[str, bool, _Col[Any]]:
    descending = q.sort.startswith("-")
    name = q.sort.lstrip("-+")
    if name not in _SENTINELS:
        raise StoreError(
            f"cannot sort by {name!r}; sortable: {', '.join(SORTABLE)}", code="bad_sort"
        )
    column = events.c[name]
    key = (
        column
        if name == "event_id"
        else func.coalesce(column, literal(_SENTINELS[name], column.type))
    )
    return name, descending, key


def _encode(name: str, value: Any, event_id: str) -> str:
    raw = value.isoformat() if isinstance(value, date) else value
    text = json.dumps([name, raw, event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(cursor: str, name: str) -> tuple[Any, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        sort_name, raw, event_id = json.loads(base64.urlsafe_b64decode(padded))
        if sort_name != name or not isinstance(event_id, str):
            raise ValueError("cursor for another sort order")
        value = date.fromisoformat(raw) if name == "event_date" else raw
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise StoreError(f"invalid cursor: {exc}", code="bad_cursor") from exc
    return value, event_id


def count_events(conn: Connection, q: EventQuery) -> int:
    stmt = select(func.count()).select_from(events).where(*_filters(q))
    return int(conn.execute(stmt).scalar_one())


def page_events(conn: Connection, q: EventQuery, *, with_total: bool = True) -> EventPage:
    """One page in sort order after ``q.cursor``; ``next_cursor`` is None on the last page."""
    name, descending, key = _sort(q)
    conditions = _filters(q)
    if q.cursor:
        value, last_id = _decode(q.cursor, name)
        if descending:
            after = or_(key < value, and_(key == value, events.c.event_id < last_id))
        else:
            after = or_(key > value, and_(key == value, events.c.event_id > last_id))
        conditions.append(after)
    order = (key.desc(), events.c.event_id.desc()) if descending else (key, events.c.event_id)
    stmt = select(events.c.payload, key.label("sort_key"), events.c.event_id)
    rows = conn.execute(stmt.where(*conditions).order_by(*order).limit(q.limit + 1)).all()
    items = [row_event({"payload": r.payload}) for r in rows[: q.limit]]
    next_cursor = None
    if len(rows) > q.limit:
        last = rows[q.limit - 1]
        sort_value = last.sort_key
        if name == "event_date" and isinstance(sort_value, str):
            sort_value = date.fromisoformat(sort_value)
        next_cursor = _encode(name, sort_value, last.event_id)
    total = count_events(conn, q) if with_total else None
    return EventPage(items=items, next_cursor=next_cursor, total=total)


def stream_events(conn: Connection, q: EventQuery, *, page_size: int = 500) -> Iterator[Any]:
    """Every matching event, page after page (limit and cursor of ``q`` ignored)."""
    page_q = q.model_copy(update={"limit": page_size, "cursor": None})
    while True:
        page = page_events(conn, page_q, with_total=False)
        yield from page.items
        if page.next_cursor is None:
            return
        page_q = page_q.model_copy(update={"cursor": page.next_cursor})


def _period_start(day: date, period: Literal["day", "week", "month"]) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _check_period(period: str) -> None:
    if period not in ("day", "week", "month"):
        raise StoreError(f"unknown period {period!r}", code="bad_period")


def stats(
    conn: Connection, q: EventQuery, *, period: Literal["day", "week", "month"]
) -> list[StatRow]:
    """Events and fatalities per period x admin1 x event type (undated events left out)."""
    _check_period(period)
    c = events.c
    stmt = select(c.event_date, c.admin1, c.event_type, c.fatalities).where(
        *_filters(q), c.event_date.is_not(None)
    )
    totals: dict[tuple[date, str | None, str], list[int]] = defaultdict(lambda: [0, 0])
    for day, admin1, event_type, fatalities in conn.execute(stmt):
        if isinstance(day, str):
            day = date.fromisoformat(day)
        cell = totals[(_period_start(day, period), admin1, event_type)]
        cell[0] += 1
        cell[1] += fatalities or 0
    return [
        StatRow(
            period_start=start,
            admin1=admin1,
            event_type=EventType(event_type),
            events=n,
            fatalities=dead,
        )
        for (start, admin1, event_type), (n, dead) in sorted(
            totals.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])
        )
    ]


class _Tally(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    events: int
    fatalities: int
    """Reported fatalities; an event with none reported counts 0."""


class TypeTally(_Tally):
    """Events and fatalities of one event type."""

    event_type: EventType


class PlaceTally(_Tally):
    """Events and fatalities in one admin1 and country (``None``: unknown)."""

    admin1: str | None
    country: str | None


class EventTally(_Tally):
    """Counts over the events a query matches: all of them, by event type and by place,
    each list most events first (ties by name)."""

    by_type: list[TypeTally]
    by_place: list[PlaceTally]


class PeriodTotal(_Tally):
    """Events and fatalities in one period (all places and event types)."""

    period_start: date


def period_totals(
    conn: Connection, q: EventQuery, *, period: Literal["day", "week", "month"]
) -> list[PeriodTotal]:
    """`stats` summed over admin1 and event type, oldest period first: the database
    counts per day (one ``GROUP BY``; a row per day, not per event) and the days are
    added up into periods here."""
    _check_period(period)
    c = events.c
    stmt = (
        select(c.event_date, func.count(), func.sum(func.coalesce(c.fatalities, 0)))
        .where(*_filters(q), c.event_date.is_not(None))
        .group_by(c.event_date)
    )
    totals: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for day, n, dead in conn.execute(stmt):
        if isinstance(day, str):
            day = date.fromisoformat(day)
        cell = totals[_period_start(day, period)]
        cell[0] += int(n)
        cell[1] += int(dead or 0)
    return [
        PeriodTotal(period_start=start, events=n, fatalities=dead)
        for start, (n, dead) in sorted(totals.items())
    ]


def _most_first(cells: dict[Any, list[int]]) -> Iterable[tuple[Any, int, int]]:
    ordered = sorted(cells.items(), key=lambda kv: (-kv[1][0], tuple(p or "" for p in kv[0])))
    return ((key, n, dead) for key, (n, dead) in ordered)


def tally_events(conn: Connection, q: EventQuery) -> EventTally:
    """What `stream_events` would give, counted by the database (one ``GROUP BY``
    over the indexed columns, no payload read): the columns are written from the
    reviewed event, so edits and rejections count as they show. An empty admin1 or
    country is unknown, as ``None``."""
    c = events.c
    dead = func.sum(func.coalesce(c.fatalities, 0))
    stmt = (
        select(c.event_type, c.admin1, c.country, func.count(), dead)
        .where(*_filters(q))
        .group_by(c.event_type, c.admin1, c.country)
    )
    by_type: dict[tuple[str], list[int]] = defaultdict(lambda: [0, 0])
    by_place: dict[tuple[str | None, str | None], list[int]] = defaultdict(lambda: [0, 0])
    for event_type, admin1, country, n, deaths in conn.execute(stmt):
        for cell in (by_type[(event_type,)], by_place[(admin1 or None, country or None)]):
            cell[0] += int(n)
            cell[1] += int(deaths or 0)
    return EventTally(
        events=sum(n for n, _ in by_type.values()),
        fatalities=sum(dead for _, dead in by_type.values()),
        by_type=[
            TypeTally(event_type=EventType(key[0]), events=n, fatalities=d)
            for key, n, d in _most_first(by_type)
        ],
        by_place=[
            PlaceTally(admin1=key[0], country=key[1], events=n, fatalities=d)
            for key, n, d in _most_first(by_place)
        ],
    )
