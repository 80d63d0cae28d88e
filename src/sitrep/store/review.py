"""Reviewers' changes: confirm / edit / reject, merge and split overrides, the audit log.

Reviews are kept per member mention (the latest wins), overrides as must-link and
cannot-link pairs of mention ids, so both survive later automatic re-merges whatever
id the merged event ends up with.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import Connection, and_, delete, insert, or_, select, update

from sitrep.errors import StoreError
from sitrep.model import Event, MergedEvent, Status

from .merging import MergeFunction, apply_review, chunks, remerge_mentions
from .records import AuditEntry
from .rows import event_row, row_event
from .tables import audit, events, mentions, overrides, reviews

__all__ = ["audit_entries", "merge_events", "review", "split_event"]

Action = Literal["confirm", "edit", "reject"]
_STATUS = {"confirm": Status.CONFIRMED, "edit": Status.EDITED, "reject": Status.REJECTED}
_LOCKED = frozenset({"event_id", "sources", "status"})


def load_event(conn: Connection, event_id: str) -> Event:
    row = conn.execute(select(events.c.payload).where(events.c.event_id == event_id)).first()
    if row is None:
        raise StoreError(f"no event {event_id!r}", code="unknown_event")
    return row_event({"payload": row.payload})


def members_of(conn: Connection, event_id: str) -> list[tuple[str, str]]:
    """(mention id, article id) of every member, sorted."""
    q = select(mentions.c.id, mentions.c.article_id).where(mentions.c.event_id == event_id)
    return sorted((r.id, r.article_id) for r in conn.execute(q))


def _write_audit(
    conn: Connection,
    *,
    at: datetime,
    user: str,
    action: str,
    event_id: str | None,
    before: object,
    after: object,
) -> int:
    result = conn.execute(
        insert(audit).values(
            at=at,
            user=user,
            action=action,
            event_id=event_id,
            before=None if before is None else json.dumps(before, ensure_ascii=False),
            after=None if after is None else json.dumps(after, ensure_ascii=False),
        )
    )
    key = result.inserted_primary_key
    return int(key[0]) if key is not None else 0


def _add_links(
    conn: Connection, kind: str, pairs: Iterable[tuple[str, str]], *, user: str, at: datetime
) -> None:
    for a, b in sorted({tuple(sorted(p)) for p in pairs}):
        exists = conn.execute(
            select(overrides.c.id).where(
                overrides.c.kind == kind, overrides.c.a == a, overrides.c.b == b
            )
        ).first()
        if exists is None:
            conn.execute(insert(overrides).values(kind=kind, a=a, b=b, user=user, created_at=at))


def _drop_links(conn: Connection, kind: str, left: Sequence[str], right: Sequence[str]) -> None:
    for lb in chunks(left):
        for rb in chunks(right):
            conn.execute(
                delete(overrides).where(
                    overrides.c.kind == kind,
                    or_(
                        and_(overrides.c.a.in_(lb), overrides.c.b.in_(rb)),
                        and_(overrides.c.a.in_(rb), overrides.c.b.in_(lb)),
                    ),
                )
            )


def review(
    conn: Connection,
    event_id: str,
    *,
    action: Action,
    fields: dict[str, object] | None,
    user: str,
    at: datetime,
) -> Event:
    if action not in _STATUS:
        raise StoreError(f"unknown review action {action!r}", code="bad_action")
    before = load_event(conn, event_id)
    members = [m for m, _ in members_of(conn, event_id)]
    fields = dict(fields or {})
    if action != "edit" and fields:
        raise StoreError("fields are only accepted with action 'edit'", code="bad_review")
    locked = sorted(set(fields) & _LOCKED)
    if locked:
        raise StoreError(f"fields cannot be edited: {', '.join(locked)}", code="bad_review")
    previous: dict[str, Any] = {}
    rows = conn.execute(
        select(reviews.c.seq, reviews.c.fields).where(reviews.c.mention_id.in_(members))
    )
    latest = max(rows, default=None)
    if latest is not None:
        previous = json.loads(latest.fields)
    try:
        after = apply_review(before, _STATUS[action], fields)
    except ValidationError as exc:
        raise StoreError(
            f"invalid fields: {exc.errors(include_url=False)}", code="bad_review"
        ) from exc
    cumulative = {**previous, **after.model_dump(mode="json", include=set(fields))}
    seq = _write_audit(
        conn,
        at=at,
        user=user,
        action=action,
        event_id=event_id,
        before=before.model_dump(mode="json"),
        after=after.model_dump(mode="json"),
    )
    conn.execute(delete(reviews).where(reviews.c.mention_id.in_(members)))
    payload = json.dumps(cumulative, ensure_ascii=False)
    conn.execute(
        insert(reviews),
        [
            {
                "mention_id": m,
                "status": _STATUS[action].value,
                "fields": payload,
                "seq": seq,
                "user": user,
            }
            for m in members
        ],
    )
    if action in ("confirm", "edit") and len(members) > 1:
        _add_links(conn, "must", [(members[0], m) for m in members[1:]], user=user, at=at)
    why = conn.execute(select(events.c.why).where(events.c.event_id == event_id)).scalar_one()
    row = event_row(after, json.loads(why))
    conn.execute(update(events).where(events.c.event_id == event_id).values(row))
    return after


def merge_events(
    conn: Connection,
    event_ids: Sequence[str],
    *,
    user: str,
    at: datetime,
    merge: MergeFunction,
    window_days: int,
) -> Event:
    ids = sorted(set(event_ids))
    if len(ids) < 2:
        raise StoreError("merge needs at least two distinct events", code="bad_merge")
    before = [load_event(conn, e).model_dump(mode="json") for e in ids]
    members = sorted(m for e in ids for m, _ in members_of(conn, e))
    _drop_links(conn, "cannot", members, members)
    _add_links(conn, "must", [(members[0], m) for m in members[1:]], user=user, at=at)
    _, merged = remerge_mentions(conn, seed_mentions=members, merge=merge, window_days=window_days)
    result = _containing(merged, members[0])
    _write_audit(
        conn,
        at=at,
        user=user,
        action="merge",
        event_id=result.event_id,
        before=before,
        after=result.model_dump(mode="json"),
    )
    return result


def split_event(
    conn: Connection,
    event_id: str,
    article_id: str,
    *,
    user: str,
    at: datetime,
    merge: MergeFunction,
    window_days: int,
) -> list[Event]:
    before = load_event(conn, event_id)
    members = members_of(conn, event_id)
    leaving = [m for m, art in members if art == article_id]
    staying = [m for m, art in members if art != article_id]
    if not leaving:
        raise StoreError(f"article {article_id!r} is not a source of {event_id}", code="bad_split")
    if not staying:
        raise StoreError(
            f"article {article_id!r} is the only source of {event_id}", code="bad_split"
        )
    _drop_links(conn, "must", leaving, staying)
    _add_links(conn, "cannot", [(a, b) for a in leaving for b in staying], user=user, at=at)
    conn.execute(delete(reviews).where(reviews.c.mention_id.in_(leaving)))
    _, merged = remerge_mentions(
        conn, seed_mentions=[m for m, _ in members], merge=merge, window_days=window_days
    )
    wanted = {m for m, _ in members}
    result = [c.event for c in merged if wanted & set(c.members)]
    _write_audit(
        conn,
        at=at,
        user=user,
        action="split",
        event_id=event_id,
        before=before.model_dump(mode="json"),
        after=[e.model_dump(mode="json") for e in result],
    )
    return result


def _containing(merged: Sequence[MergedEvent], mention: str) -> Event:
    for cluster in merged:
        if mention in cluster.members:
            return cluster.event
    raise StoreError("merge result lost a mention", code="merge_contract")


def audit_entries(
    conn: Connection, event_id: str | None, parse: Callable[[str | None], Any]
) -> list[AuditEntry]:
    q = select(audit).order_by(audit.c.id)
    if event_id is not None:
        q = q.where(audit.c.event_id == event_id)
    return [
        AuditEntry(
            id=r.id,
            at=r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC),
            user=r.user,
            action=r.action,
            event_id=r.event_id,
            before=parse(r.before),
            after=parse(r.after),
        )
        for r in conn.execute(q)
    ]
