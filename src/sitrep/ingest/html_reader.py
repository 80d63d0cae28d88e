"""``.html`` / ``.htm``: main text and metadata (title, author, date, site) via trafilatura.

Markup nested deeper than :data:`MAX_DEPTH` never reaches lxml: libxml2 silently
truncates such trees, so the plain tag-stripping extraction of
:mod:`sitrep.ingest.html_text` is used instead, as it is when trafilatura finds no
main text. Script and style content is never kept, on either path.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import trafilatura
from lxml import etree  # type: ignore[import-untyped]

from sitrep.ingest.decode import read_text
from sitrep.ingest.html_text import html_title, nesting_depth, strip_tags
from sitrep.ingest.records import RawRecord
from sitrep.model import Rejection

__all__ = ["MAX_DEPTH", "read_html"]

log = logging.getLogger(__name__)

MAX_DEPTH = 200
"""Deepest element nesting handed to trafilatura (libxml2 gives up at about 255)."""

_PARSER_ERRORS = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    RecursionError,
    etree.LxmlError,
)


def read_html(path: Path, *, max_bytes: int, today: date) -> Iterator[RawRecord | Rejection]:
    """One record from an HTML page."""
    markup = read_text(path, max_bytes=max_bytes)
    if isinstance(markup, Rejection):
        yield markup
        return
    depth = nesting_depth(markup, limit=MAX_DEPTH)
    if depth > MAX_DEPTH:
        log.warning(
            "%s: HTML nested more than %d levels deep; using plain tag stripping", path, MAX_DEPTH
        )
        yield _plain(markup)
        return
    document = _extract(markup, today=today, where=str(path))
    text = document.get("text") if document else None
    if not isinstance(text, str) or not text.strip():
        log.info("%s: trafilatura found no main text; using plain tag stripping", path)
        yield _plain(markup, metadata=document or {})
        return
    yield RawRecord(
        text=text,
        url=_str(document, "url"),
        title=_str(document, "title"),
        author=_str(document, "author"),
        outlet=_str(document, "sitename"),
        meta_published=_str(document, "date"),
        whole_file=True,
        headline_title=False,
    )


def _extract(markup: str, *, today: date, where: str) -> dict[str, Any] | None:
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": today.isoformat(),
            },
        )
    except _PARSER_ERRORS as exc:
        log.warning("%s: trafilatura failed (%s: %s)", where, type(exc).__name__, exc)
        return None
    if document is None:
        return None
    fields: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return fields


def _plain(markup: str, *, metadata: dict[str, Any] | None = None) -> RawRecord:
    meta = metadata or {}
    return RawRecord(
        text=strip_tags(markup),
        url=_str(meta, "url"),
        title=_str(meta, "title") or html_title(markup),
        author=_str(meta, "author"),
        outlet=_str(meta, "sitename"),
        meta_published=_str(meta, "date"),
        whole_file=True,
        headline_title=False,
    )


def _str(fields: dict[str, Any] | None, key: str) -> str | None:
    value = (fields or {}).get(key)
    return value if isinstance(value, str) and value.strip() else None
