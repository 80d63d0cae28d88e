"""Admitting articles in batches: identity by URL / content hash, near-duplicate index.

An article read from the input is the stored one with the same content hash or URL;
otherwise it is new, under its own id, or ``id-<hash[:8]>`` when that id is taken by
different content. `article_states` answers for a whole batch with a few indexed
queries, applying the rule in order so that a repeat inside the batch points at its
first occurrence; `insert_articles` then writes the new ones in one statement.

Originals checked for near-duplicates keep their MinHash signature (``fingerprints``)
and its LSH band keys (``fingerprint_bands``, indexed): `candidate_page` finds the
originals sharing a band key with a new text, oldest first, page by page, so the check
costs one indexed lookup and bounded memory at any store size.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from sitrep.model import Article, Event

from .merging import chunks
from .records import ArticleState, Fingerprint
from .rows import article_row
from .tables import articles, fingerprint_bands, fingerprints, mentions

__all__ = [
    "article_states",
    "candidate_page",
    "insert_articles",
    "insert_fingerprints",
    "mark_copies",
    "ready_copies",
]


@dataclass
class _Row:
    id: str
    url: str | None
    content_hash: str
    processed: bool
    duplicate_of: str | None
    checked: bool


def _stored_rows(conn: Connection, batch: Sequence[Article]) -> dict[str, _Row]:
    """Every stored article one of ``batch`` could be: same id, content hash or URL."""
    cols = (
        articles.c.id,
        articles.c.url,
        articles.c.content_hash,
        articles.c.processed,
        articles.c.duplicate_of,
        fingerprints.c.seq,
    )
    joined = articles.outerjoin(fingerprints, fingerprints.c.article_id == articles.c.id)
    found: dict[str, _Row] = {}
    wanted = (
        (articles.c.id, {a.id for a in batch}),
        (articles.c.content_hash, {a.content_hash for a in batch}),
        (articles.c.url, {a.url for a in batch if a.url}),
    )
    for column, values in wanted:
        for part in chunks(sorted(values)):
            for r in conn.execute(select(*cols).select_from(joined).where(column.in_(part))):
                found[str(r.id)] = _Row(
                    id=str(r.id),
                    url=r.url,
                    content_hash=str(r.content_hash),
                    processed=bool(r.processed),
                    duplicate_of=r.duplicate_of,
                    checked=r.duplicate_of is not None or r.seq is not None,
                )
    return found


def article_states(conn: Connection, batch: Sequence[Article]) -> list[ArticleState]:
    """Where each article of ``batch`` stands (see the module docstring)."""
    rows = _stored_rows(conn, batch)
    by_hash: dict[str, set[str]] = {}
    by_url: dict[str, set[str]] = {}
    for row in rows.values():
        by_hash.setdefault(row.content_hash, set()).add(row.id)
        if row.url:
            by_url.setdefault(row.url, set()).add(row.id)
    out: list[ArticleState] = []
    for article in batch:
        candidates = set(by_hash.get(article.content_hash, ()))
        if article.url:
            candidates |= by_url.get(article.url, set())
        match = None
        for cid in sorted(candidates):
            row = rows[cid]
            if row.content_hash == article.content_hash or (article.url and row.url == article.url):
                match = row
                break
        if match is not None:
            out.append(
                ArticleState(
                    id=match.id,
                    is_new=False,
                    processed=match.processed,
                    duplicate_of=match.duplicate_of,
                    checked=match.checked,
                )
            )
            continue
        stored_id = article.id
        if stored_id in rows:  # the id is taken by different content
            stored_id = f"{article.id}-{article.content_hash[:8]}"
        rows[stored_id] = _Row(stored_id, article.url, article.content_hash, False, None, False)
        by_hash.setdefault(article.content_hash, set()).add(stored_id)
        if article.url:
            by_url.setdefault(article.url, set()).add(stored_id)
        out.append(
            ArticleState(
                id=stored_id,
                is_new=True,
                processed=False,
                duplicate_of=article.duplicate_of,
                checked=False,
            )
        )
    return out


def insert_articles(conn: Connection, new: Sequence[Article]) -> None:
    """Insert articles `article_states` found new (under the ids it gave them)."""
    if new:
        conn.execute(insert(articles), [article_row(a) for a in new])


def mark_copies(conn: Connection, copies: Mapping[str, str]) -> None:
    """Mark stored articles as near-duplicate copies (id -> original), row and payload."""
    for part in chunks(sorted(copies)):
        q = select(articles.c.id, articles.c.payload).where(articles.c.id.in_(part))
        updates: list[dict[str, Any]] = []
        for article_id, payload in conn.execute(q).all():
            data = json.loads(payload)
            data["duplicate_of"] = copies[article_id]
            updates.append(
                {
                    "key": article_id,
                    "original": copies[article_id],
                    "new_payload": Article.model_validate(data).model_dump_json(),
                }
            )
        if updates:
            stmt = update(articles).where(articles.c.id == bindparam("key"))
            values: dict[str, Any] = {
                "duplicate_of": bindparam("original"),
                "payload": bindparam("new_payload"),
            }
            conn.execute(stmt.values(values), updates)


def insert_fingerprints(conn: Connection, batch: Sequence[Fingerprint]) -> None:
    """Index originals: their signatures, then their band keys under the new ``seq``."""
    rows = [{"article_id": f.article_id, "size": f.size, "signature": f.signature} for f in batch]
    conn.execute(insert(fingerprints), rows)
    seqs: dict[str, int] = {}
    for part in chunks(sorted(f.article_id for f in batch)):
        q = select(fingerprints.c.article_id, fingerprints.c.seq)
        seqs.update(
            (str(aid), int(seq))
            for aid, seq in conn.execute(q.where(fingerprints.c.article_id.in_(part)))
        )
    bands = [
        {"key": key, "seq": seqs[f.article_id]} for f in batch for key in sorted(set(f.band_keys))
    ]
    if bands:
        conn.execute(insert(fingerprint_bands), bands)


def candidate_page(
    conn: Connection, band_keys: Sequence[int], *, after: int, limit: int
) -> list[Any]:
    """Up to ``limit`` indexed originals sharing a band key, ``seq`` above ``after``."""
    if not band_keys:
        return []
    sharing = select(fingerprint_bands.c.seq).where(
        fingerprint_bands.c.key.in_(sorted(set(band_keys)))
    )
    q = (
        select(
            fingerprints.c.seq,
            fingerprints.c.article_id,
            fingerprints.c.size,
            fingerprints.c.signature,
        )
        .where(fingerprints.c.seq.in_(sharing), fingerprints.c.seq > after)
        .order_by(fingerprints.c.seq)
        .limit(limit)
    )
    return list(conn.execute(q).all())


def ready_copies(conn: Connection, *, limit: int) -> list[tuple[Article, list[Event]]]:
    """Unprocessed copies whose original is processed, with the original's mentions."""
    original = articles.alias("original")
    q = (
        select(articles.c.payload, articles.c.duplicate_of)
        .join(original, original.c.id == articles.c.duplicate_of)
        .where(
            articles.c.processed.is_(False),
            articles.c.duplicate_of.is_not(None),
            original.c.processed.is_(True),
        )
        .order_by(articles.c.id)
        .limit(limit)
    )
    copies = [(Article.model_validate_json(p), str(o)) for p, o in conn.execute(q).all()]
    by_original: dict[str, list[Event]] = {}
    for part in chunks(sorted({o for _, o in copies})):
        q = (
            select(mentions.c.article_id, mentions.c.payload)
            .where(mentions.c.article_id.in_(part))
            .order_by(mentions.c.article_id, mentions.c.seq)
        )
        for article_id, payload in conn.execute(q):
            by_original.setdefault(str(article_id), []).append(Event.model_validate_json(payload))
    return [
        (copy.model_copy(update={"duplicate_of": o}), by_original.get(o, [])) for copy, o in copies
    ]
