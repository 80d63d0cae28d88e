"""The readers' dispatch table and :func:`iter_articles`, the ingest entry point.

Paths stream through one at a time: directories are walked recursively in sorted
order (hidden files and folders skipped), each file goes to the reader for its
extension, and every record becomes an :class:`~sitrep.model.Article` or a
:class:`~sitrep.model.Rejection`. Nothing here raises for bad input.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from types import MappingProxyType

from sitrep.ingest.csv_reader import read_csv
from sitrep.ingest.feed_reader import read_feed
from sitrep.ingest.html_reader import read_html
from sitrep.ingest.json_reader import read_json, read_jsonl
from sitrep.ingest.records import MAX_ARTICLE_CHARS, RawRecord, build_article
from sitrep.ingest.text_reader import read_txt
from sitrep.model import Article, Rejection

__all__ = ["READERS", "Reader", "SeenKeys", "iter_articles", "iter_files"]

log = logging.getLogger(__name__)

Reader = Callable[..., Iterator[RawRecord | Rejection]]
"""``reader(path, *, max_bytes, today)`` yielding RawRecord or Rejection."""

READERS: MappingProxyType[str, Reader] = MappingProxyType(
    {
        ".txt": read_txt,
        ".html": read_html,
        ".htm": read_html,
        ".jsonl": read_jsonl,
        ".json": read_json,
        ".csv": read_csv,
        ".xml": read_feed,
        ".rss": read_feed,
        ".atom": read_feed,
    }
)
"""File extension (lower case) -> reader."""


class SeenKeys:
    """The keys (URLs, content hashes, ids) that one `iter_articles` call has met, each
    held as a 64-bit digest: an int of 36 bytes in place of a string of 60-150 (a SHA-256
    hex digest alone is 113), so a 100k-article run holds about 235 bytes an article
    for its three sets instead of about 385 (issue 7). Two different keys share a digest
    with odds of about 3e-10 over 100,000 articles."""

    def __init__(self) -> None:
        self._digests: set[int] = set()

    @staticmethod
    def _digest(key: str) -> int:
        return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest())

    def add(self, key: str) -> None:
        self._digests.add(self._digest(key))

    def __contains__(self, key: str) -> bool:
        return self._digest(key) in self._digests

    def __len__(self) -> int:
        return len(self._digests)


def iter_articles(
    paths: Iterable[Path],
    *,
    published: date | None = None,
    max_bytes: int = 5_000_000,
    max_chars: int = MAX_ARTICLE_CHARS,
    today: date | None = None,
    on_copy: Callable[[str], None] | None = None,
) -> Iterator[Article | Rejection]:
    """Articles (and Rejections) from files and directories, streamed.

    ``published`` is the caller's publication date (``--published``): it ranks below a
    record's own date and above dates found in HTML metadata or the file name.
    ``max_bytes`` caps a whole file, or one record of a JSONL/CSV file; ``max_chars`` caps
    the cleaned text of one article (longer: a ``too_long`` Rejection). ``today`` (default
    ``date.today()``) bounds plausible publication dates. Within one call the same URL
    or the same content hash is yielded once; an id already used by different content
    gets the content hash appended; ``on_copy`` is called with the origin of each record
    dropped so (the runner counts them).
    """
    today = today or date.today()
    seen_urls = SeenKeys()
    seen_hashes = SeenKeys()
    seen_ids = SeenKeys()
    for file_path in iter_files(paths):
        items = _read_one(
            file_path, published=published, max_bytes=max_bytes, max_chars=max_chars, today=today
        )
        for item in items:
            if isinstance(item, Rejection):
                log.debug("rejected %s", item)
                yield item
                continue
            if item.content_hash in seen_hashes or (item.url and item.url in seen_urls):
                log.debug("%s: identical to an article already read; dropped", item.origin)
                if on_copy is not None:
                    on_copy(item.origin or item.id)
                continue
            seen_hashes.add(item.content_hash)
            if item.url:
                seen_urls.add(item.url)
            if item.id in seen_ids:
                new_id = f"{item.id}-{item.content_hash[:8]}"
                log.warning(
                    "%s: id %r already used in this batch; now %r", item.origin, item.id, new_id
                )
                item = item.model_copy(update={"id": new_id})
            seen_ids.add(item.id)
            yield item


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The given paths with directories expanded: recursive, sorted, hidden entries skipped.

    A path that does not exist is passed through (its reader rejects it).
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(directory: Path) -> Iterator[Path]:
    try:
        with os.scandir(directory) as entries:
            listed = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in entries)
    except OSError as exc:
        log.warning("%s: cannot list directory: %s", directory, exc.strerror or exc)
        return
    for name, is_dir in listed:
        if name.startswith("."):
            continue
        child = directory / name
        if is_dir:
            yield from _walk(child)
        else:
            yield child


def _read_one(
    path: Path, *, published: date | None, max_bytes: int, max_chars: int, today: date
) -> Iterator[Article | Rejection]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if not path.exists():
            yield Rejection(path=str(path), code="unreadable", reason="no such file")
            return
        known = ", ".join(sorted(READERS))
        reason = f"unknown extension {path.suffix or '(none)'!r}; expected one of {known}"
        yield Rejection(path=str(path), code="unknown_extension", reason=reason)
        return
    for raw in reader(path, max_bytes=max_bytes, today=today):
        if isinstance(raw, Rejection):
            yield raw
        else:
            yield build_article(
                raw, path=path, published=published, today=today, max_chars=max_chars
            )
