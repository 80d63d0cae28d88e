"""`Store`: the one object that reads and writes the database."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import Article, Event, EventPage, EventQuery

from . import queries
from .admission import (
    article_states,
    candidate_page,
    insert_articles,
    insert_fingerprints,
    mark_copies,
    ready_copies,
)
from .engine import migrate, open_engine
from .merging import DEFAULT_WINDOW_DAYS, HORIZON_DAYS, MergeFunction, chunks, remerge_mentions
from .records import ArticleState, AuditEntry, Fingerprint, MergeStats, StatRow
from .review import Action, audit_entries, merge_events, review, split_event
from .rows import mention_rows, row_event
from .tables import articles, events, mentions

__all__ = ["Store"]

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _json_or_none(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _stored_as(article: Article, stored_id: str) -> Article:
    return article if article.id == stored_id else article.model_copy(update={"id": stored_id})


class Store:
    """Articles, their single-source mentions, merged events, reviews and the audit log.

    Open with `Store.open`; every public method runs in its own transaction.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        merge: MergeFunction | None = None,
        clock: Callable[[], datetime] = _utcnow,
        window_days: int = DEFAULT_WINDOW_DAYS,
        horizon_days: int | None = HORIZON_DAYS,
    ) -> None:
        self._engine = engine
        self._merge = merge
        self._clock = clock
        self._window_days = window_days
        self._horizon_days = horizon_days

    @classmethod
    def open(
        cls,
        url: str,
        *,
        merge: MergeFunction | None = None,
        clock: Callable[[], datetime] | None = None,
        horizon_days: int | None = HORIZON_DAYS,
    ) -> Store:
        """Open (and migrate to head) the database at ``url``: an SQLAlchemy URL or a
        path to a SQLite file. ``merge`` is used by `merge_override` / `split_override`
        (pass `sitrep.merge.merge_mentions`); ``clock`` stamps the audit log;
        ``horizon_days`` bounds how far a re-merge follows a chain of links (`remerge`)."""
        engine = open_engine(url)
        migrate(engine)
        return cls(engine, merge=merge, clock=clock or _utcnow, horizon_days=horizon_days)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return str(self._engine.dialect.name)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _begin(self) -> Any:
        return self._engine.begin()

    def _read(self) -> Any:
        return self._engine.connect()

    # -- articles ---------------------------------------------------------------------

    def add_article(self, article: Article) -> tuple[str, bool]:
        """Store an article: ``(stored id, is_new)``. A stored one with the same URL or
        content hash wins (nothing changes); an id taken by different content gets
        ``id-<hash[:8]>``."""
        with self._begin() as conn:
            (state,) = article_states(conn, [article])
            if state.is_new:
                insert_articles(conn, [_stored_as(article, state.id)])
            return state.id, state.is_new

    def article_states(self, batch: Sequence[Article]) -> list[ArticleState]:
        """Where each article stands, in one read: the id it is stored (or would be
        stored) under, by the rules of `add_article` applied in order, so a repeat
        within ``batch`` points at its first occurrence."""
        with self._read() as conn:
            return article_states(conn, batch)

    def add_articles(
        self,
        new: Sequence[Article],
        *,
        copies: Mapping[str, str] | None = None,
        fingerprints: Sequence[Fingerprint] = (),
    ) -> None:
        """In one transaction: insert ``new`` articles (under the ids `article_states`
        gave them), mark stored articles as ``copies`` (id -> original) and index the
        ``fingerprints`` of originals for near-duplicate lookups."""
        with self._begin() as conn:
            insert_articles(conn, new)
            if copies:
                mark_copies(conn, copies)
            if fingerprints:
                insert_fingerprints(conn, fingerprints)

    def near_duplicate_candidates(
        self, band_keys: Sequence[int], *, page: int = 100
    ) -> Iterator[tuple[str, int, bytes]]:
        """Indexed originals sharing at least one band key, oldest first, as
        ``(article id, shingle count, signature)``; read page by page."""
        after = 0
        while True:
            with self._read() as conn:
                rows = candidate_page(conn, band_keys, after=after, limit=page)
            for row in rows:
                yield str(row.article_id), int(row.size), bytes(row.signature)
            if len(rows) < page:
                return
            after = int(rows[-1].seq)

    def get_article(self, article_id: str) -> Article | None:
        with self._read() as conn:
            q = select(articles.c.payload).where(articles.c.id == article_id)
            payload = conn.execute(q).scalar_one_or_none()
        return None if payload is None else Article.model_validate_json(payload)

    def is_processed(self, article_id: str) -> bool:
        """Whether the article's extraction has been saved."""
        with self._read() as conn:
            q = select(articles.c.processed).where(articles.c.id == article_id)
            return bool(conn.execute(q).scalar_one_or_none())

    def pending_articles(self) -> list[str]:
        """Articles whose mentions were saved but not merged yet (e.g. after a crash)."""
        with self._read() as conn:
            q = select(articles.c.id).where(articles.c.merge_pending.is_(True))
            return sorted(conn.execute(q).scalars())

    def ready_copies(self, *, limit: int = 100) -> list[tuple[Article, list[Event]]]:
        """Near-duplicate copies not processed yet whose original is, each with the
        original's mentions (at most ``limit``; saving them makes room for the next)."""
        with self._read() as conn:
            return ready_copies(conn, limit=limit)

    # -- mentions ----------------------------------------------------------------------

    def save_article_events(self, article_id: str, events_: list[Event]) -> None:
        """Replace the article's mentions (one Source each) and mark it processed, in one
        transaction. The merged events are brought up to date by the next `remerge`."""
        self.save_mentions([(article_id, events_)])

    def save_mentions(self, batch: Sequence[tuple[str, Sequence[Event]]]) -> None:
        """`save_article_events` for many articles in one transaction (a repeated
        article: its last entry counts)."""
        latest = dict(batch)
        for article_id, events_ in latest.items():
            for ev in events_:
                if len(ev.sources) != 1:
                    raise StoreError(
                        f"{article_id}: a mention needs exactly one source, got {len(ev.sources)}",
                        code="bad_mention",
                    )
        with self._begin() as conn:
            found: dict[str, bool] = {}
            for ids in chunks(sorted(latest)):
                q = select(articles.c.id, articles.c.processed).where(articles.c.id.in_(ids))
                found.update((str(r.id), bool(r.processed)) for r in conn.execute(q))
            missing = [a for a in latest if a not in found]
            if missing:
                raise StoreError(f"no article {missing[0]!r}", code="unknown_article")
            rows = []
            for article_id, events_ in latest.items():
                if found[article_id]:  # only a processed article can have mentions
                    self._drop_mentions(conn, article_id)
                rows += mention_rows(article_id, events_)
            if rows:
                conn.execute(insert(mentions), rows)
            for ids in chunks(sorted(latest)):
                flags = update(articles).where(articles.c.id.in_(ids))
                conn.execute(flags.values(processed=True, merge_pending=True))

    def _drop_mentions(self, conn: Connection, article_id: str) -> None:
        """Delete an article's mentions; events left without members go, the other
        members of events they were in are queued for re-merge."""
        q = select(mentions.c.event_id).where(
            mentions.c.article_id == article_id, mentions.c.event_id.is_not(None)
        )
        old_events = sorted(set(conn.execute(q).scalars()))
        conn.execute(delete(mentions).where(mentions.c.article_id == article_id))
        for batch in chunks(old_events):
            others = select(mentions.c.event_id, mentions.c.article_id).where(
                mentions.c.event_id.in_(batch)
            )
            rows = conn.execute(others).all()
            alive = {r.event_id for r in rows}
            dead = [e for e in batch if e not in alive]
            if dead:
                conn.execute(delete(events).where(events.c.event_id.in_(dead)))
            touched = sorted({r.article_id for r in rows})
            for arts in chunks(touched):
                mark = update(articles).where(articles.c.id.in_(arts))
                conn.execute(mark.values(merge_pending=True))

    def article_mentions(self, article_id: str) -> list[Event]:
        """The mentions saved for an article, as given to `save_article_events`."""
        with self._read() as conn:
            q = select(mentions.c.payload).where(mentions.c.article_id == article_id)
            return [
                Event.model_validate_json(p)
                for p in conn.execute(q.order_by(mentions.c.seq)).scalars()
            ]

    # -- merging ---------------------------------------------------------------------

    def remerge(self, article_ids: list[str], *, merge: MergeFunction | None = None) -> MergeStats:
        """Merge these articles' mentions (and any left pending, e.g. by a crash) into
        the event table, in one transaction. Re-clusters the closed part of the table
        they can touch, so the result equals a full merge whatever the arrival order, up
        to the store's horizon: a chain of links is followed ``horizon_days`` from the
        new mentions' dates (`remerge_mentions`; ``None`` follows every chain)."""
        fn = self._merge_fn(merge)
        with self._begin() as conn:
            pending = select(articles.c.id).where(articles.c.merge_pending.is_(True))
            seeds = set(article_ids) | set(conn.execute(pending).scalars())
            stats, _ = remerge_mentions(
                conn,
                seed_articles=seeds,
                merge=fn,
                window_days=self._window_days,
                horizon_days=self._horizon_days,
            )
        return stats

    def remerge_all(self, *, merge: MergeFunction | None = None) -> MergeStats:
        """Re-merge every stored mention (after a change to the merge policy)."""
        with self._read() as conn:
            ids = sorted(conn.execute(select(articles.c.id)).scalars())
        return self.remerge(ids, merge=merge)

    def _merge_fn(self, merge: MergeFunction | None) -> MergeFunction:
        fn = merge or self._merge
        if fn is None:
            raise StoreError(
                "no merge function: pass merge=sitrep.merge.merge_mentions to Store.open",
                code="no_merge_function",
            )
        return fn

    # -- merged events -------------------------------------------------------------

    def query_events(self, q: EventQuery) -> EventPage:
        with self._read() as conn:
            return queries.page_events(conn, q)

    def iter_events(self, q: EventQuery) -> Iterator[Event]:
        """Every matching event, streamed page by page (``limit`` and ``cursor`` ignored)."""
        with self._read() as conn:
            yield from queries.stream_events(conn, q)

    def count_events(self, q: EventQuery) -> int:
        with self._read() as conn:
            return queries.count_events(conn, q)

    def get_event(self, event_id: str) -> Event | None:
        with self._read() as conn:
            q = select(events.c.payload).where(events.c.event_id == event_id)
            payload = conn.execute(q).scalar_one_or_none()
        return None if payload is None else row_event({"payload": payload})

    def explain_event(self, event_id: str) -> list[str]:
        """Why the automatic merge put the event's sources together."""
        with self._read() as conn:
            q = select(events.c.why).where(events.c.event_id == event_id)
            why = conn.execute(q).scalar_one_or_none()
        if why is None:
            raise StoreError(f"no event {event_id!r}", code="unknown_event")
        return list(json.loads(why))

    def event_members(self, event_id: str) -> list[str]:
        """The mention ids merged into the event."""
        with self._read() as conn:
            q = select(mentions.c.id).where(mentions.c.event_id == event_id)
            return sorted(conn.execute(q).scalars())

    def stats(self, q: EventQuery, *, period: Literal["day", "week", "month"]) -> list[StatRow]:
        with self._read() as conn:
            return queries.stats(conn, q, period=period)

    def period_totals(
        self, q: EventQuery, *, period: Literal["day", "week", "month"]
    ) -> list[queries.PeriodTotal]:
        """`stats` summed over places and event types: events and fatalities per period,
        a row per period whatever the number of events."""
        with self._read() as conn:
            return queries.period_totals(conn, q, period=period)

    def tally(self, q: EventQuery) -> queries.EventTally:
        """How many events ``q`` matches and their fatalities, in all, by event type and
        by place, counted by the database: the figures of a pass over `iter_events`
        without reading one event (``limit``, ``cursor`` and ``sort`` ignored)."""
        with self._read() as conn:
            return queries.tally_events(conn, q)

    # -- review ------------------------------------------------------------------------

    def review_event(
        self,
        event_id: str,
        *,
        action: Action,
        fields: dict[str, object] | None = None,
        user: str,
    ) -> Event:
        """Confirm, edit or reject; kept per member mention so it survives re-merges.
        Confirm and edit also pin the members together (must-links)."""
        with self._begin() as conn:
            return review(conn, event_id, action=action, fields=fields, user=user, at=self._clock())

    def merge_override(
        self, event_ids: list[str], *, user: str, merge: MergeFunction | None = None
    ) -> Event:
        """Join events for good (must-links between all their mentions)."""
        fn = self._merge_fn(merge)
        with self._begin() as conn:
            return merge_events(
                conn,
                event_ids,
                user=user,
                at=self._clock(),
                merge=fn,
                window_days=self._window_days,
            )

    def split_override(
        self, event_id: str, article_id: str, *, user: str, merge: MergeFunction | None = None
    ) -> list[Event]:
        """Take the article's source out of the event for good (cannot-links)."""
        fn = self._merge_fn(merge)
        with self._begin() as conn:
            return split_event(
                conn,
                event_id,
                article_id,
                user=user,
                at=self._clock(),
                merge=fn,
                window_days=self._window_days,
            )

    def audit_log(self, event_id: str | None = None) -> list[AuditEntry]:
        with self._read() as conn:
            return audit_entries(conn, event_id, _json_or_none)

    def integrity_ok(self) -> bool:
        """SQLite: ``PRAGMA integrity_check`` says ok; other backends: always True."""
        if self.dialect != "sqlite":
            return True
        try:
            with self._read() as conn:
                return bool(conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok")
        except SQLAlchemyError:
            return False
