"""RSS and Atom files (``.xml``, ``.rss``, ``.atom``): one record per entry, via feedparser.

The bytes are screened with defusedxml first: a document that declares entities
(entity expansion, "billion laughs") or references external entities is rejected
before feedparser sees it, so nothing is expanded and no file or URL is opened.
feedparser is handed a byte stream, never a string it might treat as a URL.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.sax import SAXException

import defusedxml.ElementTree
import feedparser
from defusedxml import DefusedXmlException

from sitrep.ingest.decode import read_bytes, sniff_binary
from sitrep.ingest.html_text import strip_tags
from sitrep.ingest.published import parse_date
from sitrep.ingest.records import RawRecord
from sitrep.model import Rejection

__all__ = ["read_feed"]

log = logging.getLogger(__name__)

# What feedparser has been seen to raise on hostile bytes (a bad encoding declaration
# raises UnicodeDecodeError, for one); anything else is a bug to report, not to hide.
_FEEDPARSER_ERRORS = (
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    RecursionError,
    SAXException,
)
_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_RSS_AUTHOR = re.compile(r"\S+@\S+\s*\((?P<name>[^()]+)\)")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def read_feed(path: Path, *, max_bytes: int, today: date) -> Iterator[RawRecord | Rejection]:
    """One record per feed entry: content (or summary), link, title, date, feed title."""
    where = str(path)
    data = read_bytes(path, max_bytes=max_bytes)
    if isinstance(data, Rejection):
        yield data
        return
    binary = sniff_binary(data, path=where)
    if binary is not None:
        yield binary
        return
    unsafe = _screen(data)
    if unsafe is not None:
        yield Rejection(path=where, code="xml_unsafe", reason=unsafe)
        return
    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    except _FEEDPARSER_ERRORS as exc:
        reason = f"feed could not be parsed ({type(exc).__name__}: {exc})"
        yield Rejection(path=where, code="feed", reason=reason)
        return
    entries = parsed.get("entries") or []
    if not entries:
        bozo = parsed.get("bozo_exception")
        reason = "no feed entries found" + (f" ({bozo})" if bozo else "")
        yield Rejection(path=where, code="feed", reason=reason)
        return
    outlet = _text(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        body = _body(entry)
        if body is None:
            reason = f"feed entry {number} has no content or summary"
            yield Rejection(path=where, code="missing_field", reason=reason)
            continue
        yield RawRecord(
            text=body,
            url=_text(entry.get("link")),
            title=_text(entry.get("title")),
            outlet=outlet,
            author=_author(entry),
            published=_entry_date(entry),
        )


def _screen(data: bytes) -> str | None:
    """Why the XML is unsafe to parse, or ``None`` when it is safe."""
    try:
        defusedxml.ElementTree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        return f"XML declares entities or external references ({type(exc).__name__}); refused"
    except ParseError as exc:
        log.debug("feed is not well-formed XML (%s); feedparser's lenient parser will try", exc)
    except (ValueError, LookupError, RecursionError) as exc:
        log.debug("feed could not be screened as XML (%s)", exc)
    if _ENTITY_DECLARATION.search(data):
        return "XML declares entities (possible entity-expansion attack); refused"
    return None


def _body(entry: Mapping[str, Any]) -> str | None:
    parts: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        if isinstance(content, Mapping):
            parts.append((str(content.get("type", "")), str(content.get("value") or "")))
    detail = entry.get("summary_detail")
    if isinstance(detail, Mapping):
        parts.append((str(detail.get("type", "")), str(detail.get("value") or "")))
    elif entry.get("summary"):
        parts.append(("text/html", str(entry["summary"])))
    texts = [strip_tags(value) if kind in _HTML_TYPES else value for kind, value in parts]
    texts = [t for t in texts if t.strip()]
    return max(texts, key=len) if texts else None


def _author(entry: Mapping[str, Any]) -> str | None:
    """The author's name; RSS writes ``email (Name)``, which is read here, not guessed."""
    raw = _text(entry.get("author"))
    if raw is not None:
        match = _RSS_AUTHOR.fullmatch(raw)
        return match["name"].strip() if match else raw
    detail = entry.get("author_detail")
    return _text(detail.get("name")) if isinstance(detail, Mapping) else None


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    """The entry's own date as written (kept local), else feedparser's UTC reading of it."""
    for key in ("published", "updated", "created"):
        raw = _text(entry.get(key))
        if raw is None:
            continue
        parsed = entry.get(f"{key}_parsed")
        if parse_date(raw) is None and isinstance(parsed, time.struct_time):
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        return raw
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return strip_tags(value) if "<" in value else (value.strip() or None)
