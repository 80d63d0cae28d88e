"""`sitrep ingest`: read articles into the store, a batch per transaction.

One transaction per article made ingesting a large dump as slow as the disk's
commits (each one an fsync); a batch of a few hundred articles costs one commit. A
batch is read, its articles' standing looked up in one query (`Store.article_states`:
same URL or content hash as a stored article, or a repeat inside the batch, is not
new) and the new ones inserted in one transaction. Killed half-way, the store holds
every batch committed before; the next run finds those already stored and adds the
rest. An input that cannot be read is a `Rejection` naming the file and the reason,
and the other inputs are stored all the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep.ingest import iter_articles
from sitrep.ingest.records import MAX_ARTICLE_CHARS
from sitrep.model import Article, Rejection
from sitrep.store import Store

from .runner import Sample

__all__ = ["IngestStats", "ingest_paths"]

log = logging.getLogger(__name__)


@dataclass
class IngestStats:
    """What `ingest_paths` did; ``rejected`` is a capped sample (``rejected.total``)."""

    new: int = 0
    already_stored: int = 0
    rejected: Sample[Rejection] = field(default_factory=Sample)


def ingest_paths(
    paths: Iterable[Path],
    *,
    store: Store,
    published: date | None = None,
    max_bytes: int = 5_000_000,
    max_chars: int = MAX_ARTICLE_CHARS,
    batch_size: int = 200,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Store every readable article under ``paths``, ``batch_size`` per transaction."""
    stats = IngestStats()
    chunk: list[Article] = []

    def flush() -> None:
        states = store.article_states(chunk)
        new = [
            article if state.id == article.id else article.model_copy(update={"id": state.id})
            for article, state in zip(chunk, states, strict=True)
            if state.is_new
        ]
        store.add_articles(new)
        stats.new += len(new)
        stats.already_stored += len(chunk) - len(new)
        chunk.clear()
        if progress is not None:
            progress(stats)

    for item in iter_articles(paths, published=published, max_bytes=max_bytes, max_chars=max_chars):
        if isinstance(item, Rejection):
            stats.rejected.append(item)
            log.info("rejected %s", item)
            continue
        chunk.append(item)
        if len(chunk) >= batch_size:
            flush()
    if chunk:
        flush()
    return stats
