"""Event exports: JSONL (the contract), ACLED-compatible CSV, GeoJSON and Parquet.

Every writer is a pure function over ``Iterable[Event]``: it reads the events once,
in order, and never holds more than one batch of them. The text formats stream as
``bytes`` chunks (:func:`iter_export_chunks`, used by the API's streaming response);
:func:`write_export` writes any format, Parquet included, to a file.

    jsonl      one ``Event.model_dump_json()`` per line
    acled-csv  ACLED's columns in ACLED's order, then sitrep's extra columns
    geojson    an RFC 7946 FeatureCollection; events without coordinates are skipped
    parquet    an explicit Arrow schema, written in row groups

The columns and types of each format are documented in ``docs/exports.md``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Final, Literal

from sitrep.errors import SitrepError
from sitrep.model import ACLED_COLUMNS, Event, Source

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "EXPORT_MEDIA_TYPES",
    "EXPORT_SUFFIXES",
    "STREAM_FORMATS",
    "ExportFormat",
    "StreamFormat",
    "csv_row",
    "geojson_feature",
    "iter_export_chunks",
    "source_summary",
    "write_export",
]

logger = logging.getLogger(__name__)

StreamFormat = Literal["jsonl", "acled-csv", "geojson"]
ExportFormat = Literal["jsonl", "acled-csv", "geojson", "parquet"]

STREAM_FORMATS: Final[tuple[StreamFormat, ...]] = ("jsonl", "acled-csv", "geojson")
"""Formats that stream as bytes (:func:`iter_export_chunks`)."""
EXPORT_FORMATS: Final[tuple[ExportFormat, ...]] = ("jsonl", "acled-csv", "geojson", "parquet")
"""Every format :func:`write_export` can write."""

EXPORT_MEDIA_TYPES: Final[dict[str, str]] = {
    "jsonl": "application/x-ndjson",
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}
EXPORT_SUFFIXES: Final[dict[str, str]] = {
    "jsonl": ".jsonl",
    "acled-csv": ".csv",
    "geojson": ".geojson",
    "parquet": ".parquet",
}

EXTRA_COLUMNS: Final[tuple[str, ...]] = (
    "injuries",
    "claimed_by",
    "weapon",
    "plover_type",
    "plover_mode",
    "confidence",
    "status",
    "source_count",
    "sources",
    "source_urls",
)
CSV_COLUMNS: Final[tuple[str, ...]] = ACLED_COLUMNS + EXTRA_COLUMNS
"""The ACLED CSV header: ACLED's columns in ACLED's order, then sitrep's."""

SOURCE_SEPARATOR: Final = "; "
_CHUNK_ROWS: Final = 256
"""Events per streamed chunk: large enough to be cheap, small enough to stay bounded."""


class _Counter:
    """How many rows a stream wrote and how many events it skipped."""

    def __init__(self) -> None:
        self.rows = 0
        self.skipped = 0


# --------------------------------------------------------------------------
# Shared field formatting
# --------------------------------------------------------------------------


def _plain(value: object) -> object:
    """An event field as a JSON/CSV scalar: enums by value, dates as ISO strings."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _source_label(source: Source) -> str:
    name = source.outlet or source.article_id
    return f"{name} ({source.published.isoformat()})" if source.published else name


def source_summary(event: Event) -> str:
    """The sources of an event as ``"outlet (date); outlet (date)"``."""
    return SOURCE_SEPARATOR.join(_source_label(s) for s in event.sources)


def _source_urls(event: Event) -> str:
    return SOURCE_SEPARATOR.join(s.url for s in event.sources if s.url)


def _flat_record(event: Event) -> dict[str, object]:
    """ACLED columns and sitrep's extra columns as plain scalars (``None`` kept)."""
    record: dict[str, object] = {c: _plain(getattr(event, c)) for c in CSV_COLUMNS[:-3]}
    record["source_count"] = len(event.sources)
    record["sources"] = source_summary(event) or None
    record["source_urls"] = _source_urls(event) or None
    return record


# --------------------------------------------------------------------------
# JSONL
# --------------------------------------------------------------------------


def _jsonl_chunks(events: Iterable[Event], counter: _Counter) -> Iterator[bytes]:
    lines: list[str] = []
    for event in events:
        lines.append(event.model_dump_json())
        counter.rows += 1
        if len(lines) >= _CHUNK_ROWS:
            yield ("\n".join(lines) + "\n").encode("utf-8")
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------
# ACLED CSV
# --------------------------------------------------------------------------


def csv_row(event: Event) -> list[str]:
    """One CSV row in :data:`CSV_COLUMNS` order: ISO dates, empty cell for ``None``."""
    return ["" if value is None else str(value) for value in _flat_record(event).values()]


def _csv_chunks(events: Iterable[Event], counter: _Counter) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    pending = 0
    for event in events:
        writer.writerow(csv_row(event))
        counter.rows += 1
        pending += 1
        if pending >= _CHUNK_ROWS:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    yield buffer.getvalue().encode("utf-8")


# --------------------------------------------------------------------------
# GeoJSON
# --------------------------------------------------------------------------


def geojson_feature(event: Event) -> dict[str, object] | None:
    """An RFC 7946 Feature (Point, ``[lon, lat]``), or ``None`` without coordinates."""
    if event.latitude is None or event.longitude is None:
        return None
    properties = _flat_record(event)
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
        "properties": properties,
    }


def _geojson_chunks(events: Iterable[Event], counter: _Counter) -> Iterator[bytes]:
    head = '{"type":"FeatureCollection","features":['
    parts: list[str] = []
    first = True
    for event in events:
        feature = geojson_feature(event)
        if feature is None:
            counter.skipped += 1
            continue
        text = json.dumps(feature, ensure_ascii=False, separators=(",", ":"))
        parts.append(("\n" if first else ",\n") + text)
        first = False
        counter.rows += 1
        if len(parts) >= _CHUNK_ROWS:
            yield (head + "".join(parts)).encode("utf-8")
            head, parts = "", []
    yield (head + "".join(parts) + "\n]}\n").encode("utf-8")
    if counter.skipped:
        logger.info(
            "geojson: skipped %d event(s) without coordinates; %d feature(s) written",
            counter.skipped,
            counter.rows,
        )


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------

_STREAMERS: Final[dict[str, Callable[[Iterable[Event], _Counter], Iterator[bytes]]]] = {
    "jsonl": _jsonl_chunks,
    "acled-csv": _csv_chunks,
    "geojson": _geojson_chunks,
}


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    """Raise for a format not in ``allowed`` (callers may pass unchecked strings)."""
    if fmt not in allowed:
        raise SitrepError(
            f"unknown export format {fmt!r}; choose one of {', '.join(allowed)}",
            code="unknown_format",
        )


def iter_export_chunks(events: Iterable[Event], *, fmt: StreamFormat) -> Iterator[bytes]:
    """Stream ``events`` as UTF-8 ``bytes`` chunks of ``fmt``, one batch in memory at a time.

    Raises :class:`~sitrep.errors.SitrepError` (code ``unknown_format``) at once for a
    format that does not stream (Parquet needs a file: use :func:`write_export`).
    """
    _check_format(fmt, STREAM_FORMATS)
    return _STREAMERS[fmt](events, _Counter())


def write_export(events: Iterable[Event], *, fmt: ExportFormat, out: Path) -> int:
    """Write ``events`` to ``out`` as ``fmt``; return the number of rows written.

    The file is written beside ``out`` and moved into place when complete, so a
    failed export never leaves a truncated file behind. For GeoJSON the count
    excludes events without coordinates (they are skipped and logged).
    """
    _check_format(fmt, EXPORT_FORMATS)
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    try:
        if fmt == "parquet":
            from sitrep.report.parquet import write_parquet

            rows = write_parquet(events, out=partial)
        else:
            counter = _Counter()
            with partial.open("wb") as handle:
                for chunk in _STREAMERS[fmt](events, counter):
                    handle.write(chunk)
            rows = counter.rows
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    logger.info("exported %d row(s) as %s to %s", rows, fmt, out)
    return rows
