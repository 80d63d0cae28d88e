"""Incremental re-merge: load the part of the store a change can touch, merge it, diff it in.

Merge's clusters within a *linked component* (mentions joined by pairs scoring above
its threshold, or by must-links) depend on that component alone, and merge reports for
each cluster the outside mentions it was linked to. A re-merge therefore starts from
the target mentions (the new articles', plus every member of the events they are in
now and every mention an override ties to them), loads every mention that could be
linked to a target (same country, admin1 equal or unknown on either side, dated
within ``window_days`` of the target's own window: a day either side of an exact date,
a week, a month), merges the linked component of the targets (``focus``: merge scores
only the pairs it needs, not the whole neighbourhood), and grows the targets by the
clusters and links found, until they stop growing. Merge is given only the targets and
their candidates (each with its whole stored event), found from the columns blocking
reads (`_Component.pool`): the stored payloads of the rest of the neighbourhood are
never parsed.

The stored events are what the merge made of the mentions stored so far, so only a
cluster that differs from them (one with a seed mention in it, or whose members are not
one stored event's) has its neighbourhood loaded and its links followed: a stored event
found again as it was refuses every outside join it refused before, and the walk stops
there (docs/decisions/merge-policy.md, "Only what changed is followed"). Only the
events of the targets are rewritten, so the result equals merging the whole table and
does not depend on the order articles arrive in, as long as the chain of changes lies
within the horizon (``HORIZON_DAYS`` from a new mention's date).
"""

from __future__ import annotations

import inspect
import json
import logging
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import (
    Callable,
    Collection,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from datetime import date, timedelta
from typing import Any, NamedTuple, Protocol, TypeVar

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update

from sitrep.errors import StoreError
from sitrep.merge.blocking import CandidateIndex, Slot, slot, slot_of
from sitrep.model import Event, MergedEvent, Status, TimePrecision

from .records import MergeStats
from .rows import event_row
from .tables import articles, events, mentions, overrides, reviews

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "HORIZON_DAYS",
    "PAIR_CAP",
    "PARSED_CAP",
    "MergeFunction",
    "apply_review",
    "chunks",
    "parse_counts",
    "parsed_mention",
    "remerge_mentions",
]

log = logging.getLogger(__name__)

DEFAULT_WINDOW_DAYS = 31
"""Must equal ``sitrep.merge.MERGE_WINDOW_DAYS`` (a test checks it)."""

HORIZON_DAYS = 2 * DEFAULT_WINDOW_DAYS
"""How far from the dates of the new mentions a re-merge follows a chain of links: no
neighbourhood is loaded, and no linked mention is pulled in, for a mention dated more
than this many days from every new mention (see
`remerge_mentions`)."""

T = TypeVar("T")

PARSED_CAP = 4_096
"""Parsed mention payloads kept between re-merges (about 17 KB each: 68 MB at the cap). A
stream of news re-merges the same weeks' neighbourhood batch after batch, and parsing the
stored payloads was the largest single cost of loading one (22 % of the main process of a
100,000-article run, sampled at 50,000 articles)."""
_parsed: OrderedDict[str, tuple[str, Event]] = OrderedDict()
_parsed_lock = threading.Lock()
parse_counts = {"hits": 0, "misses": 0}
"""How often :func:`parsed_mention` found a mention already parsed (for benchmarks)."""


def parsed_mention(mid: str, payload: str) -> Event:
    """The stored mention ``mid`` as an Event whose ``event_id`` is ``mid``, from a bounded
    memo of the last :data:`PARSED_CAP` parsed. A hit needs the same payload, so a mention
    rewritten since (or one of another store with the same id) is parsed afresh; Events are
    frozen, so sharing one between re-merges is safe."""
    with _parsed_lock:
        hit = _parsed.get(mid)
        if hit is not None and hit[0] == payload:
            _parsed.move_to_end(mid)
            parse_counts["hits"] += 1
            return hit[1]
    event = Event.model_validate_json(payload).model_copy(update={"event_id": mid})
    with _parsed_lock:
        parse_counts["misses"] += 1
        _parsed[mid] = (payload, event)
        _parsed.move_to_end(mid)
        while len(_parsed) > PARSED_CAP:
            _parsed.popitem(last=False)
    return event


PAIR_CAP = 65_536
"""Pair scores kept between re-merges (a few hundred bytes each: about 40 MB at the cap).
A new article that joins an event makes that event's members targets again, and their
candidate pairs were scored by the re-merges before: in a stream of 118 articles on a
78,000-article store, 51,199 pair scores were asked for, of 20,832 distinct pairs."""
_pairs: OrderedDict[tuple[str, str], tuple[int, int, Any]] = OrderedDict()
_pairs_lock = threading.Lock()


class _PairMemo(MutableMapping[tuple[str, str], Any]):
    """The ``memo`` a re-merge hands merge: pair scores by mention-id pair, kept across
    re-merges in a bounded memo of the last :data:`PAIR_CAP` (most recently used kept). A
    score is valid while both payloads are the ones it was computed from, so each entry
    carries their versions (a hash of each payload, from ``versions``) and a hit needs
    the current ones: a mention rewritten since is scored afresh."""

    def __init__(self, versions: Mapping[str, int]) -> None:
        self.versions = versions

    def __getitem__(self, key: tuple[str, str]) -> Any:
        with _pairs_lock:
            hit = _pairs.get(key)
            if hit is None or (hit[0], hit[1]) != (
                self.versions.get(key[0]),
                self.versions.get(key[1]),
            ):
                raise KeyError(key)
            _pairs.move_to_end(key)
            return hit[2]

    def __setitem__(self, key: tuple[str, str], score: Any) -> None:
        entry = (self.versions[key[0]], self.versions[key[1]], score)
        with _pairs_lock:
            _pairs[key] = entry
            _pairs.move_to_end(key)
            while len(_pairs) > PAIR_CAP:
                _pairs.popitem(last=False)

    def __delitem__(self, key: tuple[str, str]) -> None:
        with _pairs_lock:
            del _pairs[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        with _pairs_lock:
            keys = [k for k, (va, vb, _) in _pairs.items() if self._current(k, va, vb)]
        return iter(keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _current(self, key: tuple[str, str], va: int, vb: int) -> bool:
        return (self.versions.get(key[0]), self.versions.get(key[1])) == (va, vb)


class MergeFunction(Protocol):
    """What `Store.remerge` calls: `sitrep.merge.merge_mentions` has this shape."""

    def __call__(
        self,
        mentions: Iterable[Event],
        *,
        must_link: Collection[tuple[str, str]],
        cannot_link: Collection[tuple[str, str]],
        focus: Collection[str] | None = None,
        memo: MutableMapping[tuple[str, str], Any] | None = None,
    ) -> list[MergedEvent]:
        """``focus`` and ``memo`` are optional: a function without them is called without
        them (and must then return every cluster)."""


def chunks(items: Iterable[T], size: int = 500) -> Iterator[list[T]]:
    """Lists of at most ``size`` items (keeps IN lists under the drivers' limits)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def apply_review(event: Event, status: str, fields: dict[str, Any]) -> Event:
    """The event with a reviewer's status and edited fields on top."""
    data = event.model_dump()
    data.update(fields)
    data["status"] = Status(status)
    return Event.model_validate(data)


class _Row(NamedTuple):
    """A loaded mention's columns: its (country, admin1) key, date, current event, article,
    time precision and what blocking reads of it (``None`` for a row stored without a
    family, which is read from its payload when needed)."""

    key: tuple[str, str]
    day: date | None
    event_id: str | None
    article_id: str
    precision: TimePrecision | None
    slot: Slot | None


class _Component:
    """Mentions loaded so far (id -> `_Row`), and the payloads parsed so far."""

    def __init__(self, conn: Connection, window_days: int) -> None:
        self.conn = conn
        self.window = window_days
        self.rows: dict[str, _Row] = {}
        self._index: tuple[int, list[str], dict[str, int], CandidateIndex] | None = None
        self.covered: dict[tuple[str, str, int], list[tuple[date, date]]] = {}
        self.members: dict[str, set[str]] = {}  # stored event -> its mentions, all loaded
        self.expanded_overrides: set[str] = set()
        self.links: set[tuple[str, str, str]] = set()
        self.events: dict[str, Event] = {}
        self.versions: dict[str, int] = {}  # hash of each parsed payload (see _PairMemo)

    _cols = (
        mentions.c.id,
        mentions.c.country_key,
        mentions.c.admin1_key,
        mentions.c.event_date,
        mentions.c.event_id,
        mentions.c.article_id,
        mentions.c.time_precision,
        mentions.c.family,
    )

    def _take(self, rows: Iterable[Any]) -> set[str]:
        added = set()
        for r in rows:
            if r.id not in self.rows:
                precision = TimePrecision(r.time_precision) if r.time_precision else None
                found = None
                if r.family is not None:
                    found = slot(r.country_key, r.admin1_key, r.family, r.event_date, precision)
                key = (r.country_key, r.admin1_key)
                row = _Row(key, r.event_date, r.event_id, r.article_id, precision, found)
                self.rows[r.id] = row
                added.add(r.id)
        return added

    def add_ids(self, ids: Iterable[str]) -> set[str]:
        ids = set(ids)  # called once per cluster: never copy the loaded rows' keys here
        for batch in chunks(sorted(m for m in ids if m not in self.rows)):
            self._take(self.conn.execute(select(*self._cols).where(mentions.c.id.in_(batch))))
        return {m for m in ids if m in self.rows}

    def add_articles(self, article_ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for batch in chunks(sorted(set(article_ids))):
            q = select(*self._cols).where(mentions.c.article_id.in_(batch))
            rows = self.conn.execute(q).all()
            self._take(rows)
            found.update(r.id for r in rows)
        return found

    def load_neighbourhood(self, targets: Iterable[str]) -> None:
        """Load every mention merge could link to one of ``targets``: per precision of the
        stored mentions, those whose window can overlap the target's (a mention dated to
        the day lies within a day of its date, one dated to a month within the month), so a
        day-precision target reads the day-precision mentions of a few days around it, not
        of the two months a month-precision one could reach."""
        wanted: dict[tuple[str, str, int], list[tuple[date, date]]] = {}
        for mid in targets:
            row = self.rows[mid]
            key, day = row.key, row.day
            if day is not None:
                # the target's window (its date widened by its precision), widened by the
                # window a mention of each precision can have: nothing further can overlap it
                own = _widening(self._precision(mid))
                for band, reach in enumerate(self._reaches()):
                    span = timedelta(days=own + reach)
                    wanted.setdefault((*key, band), []).append((day - span, day + span))
        for (country, admin1, band), spans in sorted(wanted.items()):
            block = (country, admin1, band)
            for lo, hi in _union(spans):
                done = self.covered.get(block, [])
                if any(c_lo <= lo and hi <= c_hi for c_lo, c_hi in done):
                    continue
                params = {"country": country, "lo": lo, "hi": hi}
                if admin1:  # a known admin1 meets the same admin1 or an unknown one
                    query = _NEAR_UNIT[band]
                    self._take(self.conn.execute(query, {**params, "admin1": admin1}))
                else:
                    self._take(self.conn.execute(_NEAR[band], params))
                self.covered[block] = _union([*done, (lo, hi)])

    def _reaches(self) -> tuple[int, int, int]:
        """Days either side of its date a stored mention of each band (`_NEAR`'s order:
        day, week, anything else) can lie on; the last is the widest window of all."""
        return (
            min(_widening(TimePrecision.DAY), self.window),
            min(_widening(TimePrecision.WEEK), self.window),
            self.window,
        )

    def horizon(
        self, seeds: Collection[str], days: int | None
    ) -> Callable[[Iterable[str]], set[str]]:
        """A filter keeping the loaded mentions dated within ``days`` of one of the dated
        seeds (undated ones too: nothing is ever linked to them by date); every mention
        when ``days`` is None or no seed is dated. Per seed, not from the earliest to the
        latest: one background mention of a 2018 attack in a 2021 article must not stretch
        the horizon over three years."""
        dated = sorted({day for m in seeds if (day := self.rows[m].day) is not None})
        if days is None or not dated:
            return set
        reach = timedelta(days=days)

        def near(day: date | None) -> bool:
            # the seed date closest to ``day`` is one of the two around it
            if day is None:
                return True
            at = bisect_left(dated, day)
            return any(abs(dated[k] - day) <= reach for k in (at - 1, at) if 0 <= k < len(dated))

        def within(ids: Iterable[str]) -> set[str]:
            return {m for m in ids if near(self.rows[m].day)}

        return within

    def close(self, targets: set[str]) -> set[str]:
        """Targets plus the members of their current events and their override partners,
        repeated until nothing new comes in."""
        targets = set(targets)
        while True:
            grown = set(targets)
            for members in self._events_of(targets).values():
                grown.update(members)
            fresh = sorted(targets - self.expanded_overrides)
            self.expanded_overrides.update(fresh)
            partners: set[str] = set()
            for batch in chunks(fresh):
                q = select(overrides.c.kind, overrides.c.a, overrides.c.b).where(
                    or_(overrides.c.a.in_(batch), overrides.c.b.in_(batch))
                )
                for row in self.conn.execute(q):
                    self.links.add((str(row.kind), str(row.a), str(row.b)))
                    partners.update((str(row.a), str(row.b)))
            grown |= self.add_ids(partners)
            if grown == targets:
                return targets
            targets = grown

    def _events_of(self, ids: Iterable[str]) -> dict[str, set[str]]:
        """The stored events of these loaded mentions, each with all its members (loaded
        here the first time an event is asked for)."""
        wanted = {e for m in ids if (e := self.rows[m].event_id) is not None}
        todo = sorted(wanted - set(self.members))
        for e in todo:
            self.members[e] = set()
        for batch in chunks(todo):
            q = select(*self._cols).where(mentions.c.event_id.in_(batch))
            rows = self.conn.execute(q).all()
            self._take(rows)
            for r in rows:
                self.members[r.event_id].add(r.id)
        return {e: self.members[e] for e in wanted}

    def is_stored_event(self, members: Collection[str]) -> bool:
        """Whether ``members`` are exactly the members of one stored event: a cluster the
        re-merge found again unchanged."""
        first = self.rows.get(next(iter(members))) if members else None
        event_id = None if first is None else first.event_id
        return event_id is not None and self.members.get(event_id) == set(members)

    def pool(self, targets: Collection[str]) -> list[str]:
        """The targets and every loaded mention blocking pairs with one of them, sorted:
        all that a merge focused on the targets scores, found from the columns. When the
        targets are closed under the merge's links (the re-merge's fixed point), merging
        the pool gives their clusters exactly as merging every loaded mention does, and
        only the pool's payloads are parsed."""
        if self._index is None or self._index[0] != len(self.rows):
            ids = sorted(self.rows)
            at = {m: k for k, m in enumerate(ids)}
            self._index = (len(self.rows), ids, at, CandidateIndex([self._slot(m) for m in ids]))
        _, ids, at, index = self._index
        found = set(targets)
        for m in targets:
            found.update(ids[k] for k in index.of(at[m]))
        # a candidate takes part with its whole stored event: alone, it could pair with a
        # target that its own event-mates would have kept from it, and the re-merge would
        # take that for a change and follow it down the chain
        for members in self._events_of(found - set(targets)).values():
            found.update(members)
        return sorted(found)

    def mentions(self, ids: Iterable[str]) -> list[Event]:
        """These loaded mentions as Events whose ``event_id`` is the mention id."""
        ids = list(ids)
        self._parse(ids)
        return [self.events[m] for m in ids]

    def _slot(self, mid: str) -> Slot:
        found = self.rows[mid].slot
        if found is None:  # stored without a family column: read the payload
            self._parse([mid])
            found = slot_of(self.events[mid])
        return found

    def _precision(self, mid: str) -> TimePrecision | None:
        row = self.rows[mid]
        if row.slot is None:
            self._parse([mid])
            return self.events[mid].time_precision
        return row.precision

    def _parse(self, ids: Iterable[str]) -> None:
        missing = sorted(set(ids) - set(self.events))
        for batch in chunks(missing):
            q = select(mentions.c.id, mentions.c.payload).where(mentions.c.id.in_(batch))
            for mid, payload in self.conn.execute(q):
                self.events[mid] = parsed_mention(mid, payload)
                self.versions[mid] = hash(payload)


# The neighbourhood queries, built once: one is run per block and date range, hundreds a
# batch, and building (and, for a list of values, expanding) a statement each time cost more
# than running it. The IN of two bound values keeps the block index's range scan.
_NEAR_ANY = select(*_Component._cols).where(
    mentions.c.country_key == bindparam("country"),
    mentions.c.event_date >= bindparam("lo"),
    mentions.c.event_date <= bindparam("hi"),
)
_BANDS = (
    mentions.c.time_precision == int(TimePrecision.DAY),
    mentions.c.time_precision == int(TimePrecision.WEEK),
    or_(
        mentions.c.time_precision.is_(None),
        mentions.c.time_precision.not_in([int(TimePrecision.DAY), int(TimePrecision.WEEK)]),
    ),
)
"""The stored mentions by how far from its date each can lie: dated to the day, to the week,
anything else (a month, or no precision stored)."""
_NEAR = tuple(_NEAR_ANY.where(band) for band in _BANDS)
_NEAR_UNIT = tuple(
    near.where(mentions.c.admin1_key.in_([bindparam("admin1"), bindparam("unknown", value="")]))
    for near in _NEAR
)


def _takes_focus(merge: MergeFunction) -> bool:
    """Whether ``merge`` takes ``focus`` and ``memo`` (`sitrep.merge.merge_mentions` does;
    a merge function that does not is called without them and clusters everything)."""
    try:
        params = inspect.signature(merge).parameters
    except (TypeError, ValueError):
        return False
    kinds = {p.kind for p in params.values()}
    return inspect.Parameter.VAR_KEYWORD in kinds or {"focus", "memo"} <= set(params)


def _widening(precision: TimePrecision | None) -> int:
    """Days either side of its coded date an incident of this precision may lie on: at
    least merge's own widening (`sitrep.merge.blocking.widening_days`; a month-precision
    date on the 1st stands for that calendar month, which ends within 31 days of it)."""
    if precision == TimePrecision.DAY:
        return 1
    if precision == TimePrecision.WEEK:
        return 7
    return DEFAULT_WINDOW_DAYS  # a month, or no precision given


def _union(spans: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _latest_reviews(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    out: dict[str, tuple[int, str, str]] = {}
    for batch in chunks(sorted(ids)):
        q = select(reviews.c.mention_id, reviews.c.seq, reviews.c.status, reviews.c.fields)
        for mid, seq, status, fields in conn.execute(q.where(reviews.c.mention_id.in_(batch))):
            out[mid] = (seq, status, fields)
    return out


def remerge_mentions(
    conn: Connection,
    *,
    seed_mentions: Iterable[str] = (),
    seed_articles: Iterable[str] = (),
    merge: MergeFunction,
    window_days: int = DEFAULT_WINDOW_DAYS,
    horizon_days: int | None = HORIZON_DAYS,
) -> tuple[MergeStats, list[MergedEvent]]:
    """Re-merge everything a change to the seeds can touch, inside ``conn``'s transaction.

    A cluster found again exactly as a stored event, with no seed in it, stops the walk:
    its neighbourhood is not loaded and its links not followed (the module's docstring
    says why that is still the full merge). ``horizon_days`` bounds the chain of changes
    followed from the seeds: one report can shift every pair of a chain of daily reports
    of one town. Past the horizon (days from the nearest dated seed mention) no
    neighbourhood is loaded and no linked mention is pulled in; a mention there that the
    clusters of the seeds take in is still re-clustered with its whole event, so the
    table stays a partition of the mentions. When the chain of changes lies within the
    horizon the result equals a full merge;
    ``None`` follows every chain (`Store.remerge_all` seeds every article, so its horizon
    covers the whole table).
    """
    seed_articles = sorted(set(seed_articles))
    component = _Component(conn, window_days)
    seeds = component.add_ids(seed_mentions) | component.add_articles(seed_articles)
    within = component.horizon(seeds, horizon_days)
    targets, frontier = set(seeds), set(seeds)
    merged: list[MergedEvent] = []
    merged_on: tuple[int, int, int] | None = None
    pair_scores = _PairMemo(component.versions)
    # merge_mentions scores only the targets' linked component; a merge function written
    # to the older protocol takes neither argument and returns every cluster
    focused = _takes_focus(merge)
    while targets:
        targets = component.close(targets)
        component.load_neighbourhood(within(frontier))
        # merge is a function of the loaded mentions and links: when nothing new came
        # in since the last call, its answer is the same and is not asked for again
        pool = component.pool(targets)
        if merged_on != (len(pool), len(component.links), len(targets)):
            merged_on = (len(pool), len(component.links), len(targets))
            loaded = set(pool)
            links = component.links
            must = sorted((a, b) for k, a, b in links if k == "must" and {a, b} <= loaded)
            cannot = sorted((a, b) for k, a, b in links if k == "cannot" and {a, b} <= loaded)
            extra: dict[str, Any] = {"focus": targets, "memo": pair_scores} if focused else {}
            merged = merge(component.mentions(pool), must_link=must, cannot_link=cannot, **extra)
        grown, reach = set(targets), set(frontier)
        for cluster in merged:
            if targets.intersection(cluster.members):
                grown.update(cluster.members)
                # a stored event found again as it was, with no seed in it, refuses every
                # outside join it refused before: its neighbourhood is not read, its links
                # not followed
                if seeds.intersection(cluster.members) or not component.is_stored_event(
                    cluster.members
                ):
                    reach.update(cluster.members)
                    grown.update(within(component.add_ids(cluster.linked)))
        if grown == targets and reach == frontier:
            break
        targets, frontier = grown, reach
    merged = [c for c in merged if targets.intersection(c.members)]
    ids = sorted(targets)
    seen = [m for cluster in merged for m in cluster.members]
    if sorted(seen) != ids:
        raise StoreError("merge function lost or repeated mentions", code="merge_contract")
    merged = _with_reviews(conn, merged, ids)
    old_ids = {e for m in ids if (e := component.rows[m].event_id) is not None}
    new_ids = {m.event.event_id for m in merged}
    existing: dict[str, tuple[str, str]] = {}
    for batch in chunks(sorted(old_ids | new_ids)):
        q = select(events.c.event_id, events.c.payload, events.c.why)
        for eid, payload, why in conn.execute(q.where(events.c.event_id.in_(batch))):
            existing[eid] = (payload, why)
    gone = sorted(old_ids - new_ids)
    for batch in chunks(gone):
        conn.execute(delete(events).where(events.c.event_id.in_(batch)))
    inserts, updates, unchanged = [], [], 0
    for cluster in merged:
        row = event_row(cluster.event, cluster.why)
        before = existing.get(cluster.event.event_id)
        if before is None:
            inserts.append(row)
        elif before != (row["payload"], row["why"]):
            updates.append({**row, "key": row["event_id"]})
        else:
            unchanged += 1
    if inserts:
        conn.execute(insert(events), inserts)
    if updates:
        cols: dict[str, Any] = {k: bindparam(k) for k in updates[0] if k not in ("key", "event_id")}
        conn.execute(
            update(events).where(events.c.event_id == bindparam("key")).values(cols), updates
        )
    moves = [
        {"mid": mid, "eid": cluster.event.event_id}
        for cluster in merged
        for mid in cluster.members
        if component.rows[mid].event_id != cluster.event.event_id
    ]
    if moves:
        stmt = update(mentions).where(mentions.c.id == bindparam("mid"))
        conn.execute(stmt.values(event_id=bindparam("eid")), moves)
    touched = sorted({component.rows[m].article_id for m in ids} | set(seed_articles))
    for batch in chunks(touched):
        stmt = update(articles).where(articles.c.id.in_(batch), articles.c.merge_pending.is_(True))
        conn.execute(stmt.values(merge_pending=False))
    stats = MergeStats(
        articles=len(touched),
        mentions=len(ids),
        events_removed=len(gone),
        events_written=len(inserts) + len(updates),
        events_unchanged=unchanged,
    )
    log.debug("remerge: %s", stats)
    return stats, merged


def _with_reviews(
    conn: Connection, merged: list[MergedEvent], ids: Sequence[str]
) -> list[MergedEvent]:
    latest = _latest_reviews(conn, ids)
    if not latest:
        return merged
    out: list[MergedEvent] = []
    for cluster in merged:
        found = [latest[m] for m in cluster.members if m in latest]
        if not found:
            out.append(cluster)
            continue
        _, status, fields = max(found)
        event = apply_review(cluster.event, status, json.loads(fields))
        out.append(cluster.model_copy(update={"event": event}))
    return out
