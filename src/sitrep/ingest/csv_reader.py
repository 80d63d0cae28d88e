"""``.csv``: a header row, then one article per row (the JSON field names as columns).

Read line by line through the csv module (quoted fields may span lines); a bad row is
reported with its line number and the rows after it are still read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sitrep.ingest.decode import decode_bytes, iter_lines, stream_file, too_large_line
from sitrep.ingest.records import RawRecord, record_from_mapping
from sitrep.model import Rejection

__all__ = ["read_csv"]


class _Lines:
    """Decoded lines for csv.reader; lines that cannot be used are noted, not raised."""

    def __init__(self, handle: BinaryIO, *, where: str, max_bytes: int) -> None:
        self._lines = iter_lines(handle, max_bytes=max_bytes)
        self._where = where
        self._max_bytes = max_bytes
        self.bad: dict[int, Rejection] = {}

    def __iter__(self) -> Iterator[str]:
        for number, chunk in self._lines:
            text: str | Rejection
            if chunk is None:
                text = too_large_line(self._where, number, self._max_bytes)
            else:
                text = decode_bytes(chunk, path=self._where, line=number)
            if isinstance(text, Rejection):
                self.bad[number] = text
                yield "\n"
            else:
                yield text


def read_csv(path: Path, *, max_bytes: int, today: date) -> Iterator[RawRecord | Rejection]:
    """One record per data row; ``max_bytes`` applies per line and per row."""

    def rows(handle: BinaryIO) -> Iterator[RawRecord | Rejection]:
        lines = _Lines(handle, where=str(path), max_bytes=max_bytes)
        return _rows(lines, path=path, max_bytes=max_bytes)

    return stream_file(path, rows)


def _rows(lines: _Lines, *, path: Path, max_bytes: int) -> Iterator[RawRecord | Rejection]:
    where = str(path)
    reader = csv.reader(iter(lines), strict=True)
    header: list[str] | None = None
    while True:
        first = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(path=where, line=first, code="csv", reason=f"malformed row: {exc}")
            continue
        bad = [lines.bad.pop(n) for n in range(first, reader.line_num + 1) if n in lines.bad]
        if bad:
            yield from bad
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [name.strip().lower().lstrip("\ufeff") for name in row]
            if "text" not in header:
                reason = "CSV header has no 'text' column"
                yield Rejection(path=where, line=first, code="missing_field", reason=reason)
                return
            continue
        if len(row) != len(header):
            reason = f"row has {len(row)} fields, the header has {len(header)}"
            yield Rejection(path=where, line=first, code="csv", reason=reason)
            continue
        if sum(len(cell.encode("utf-8")) for cell in row) > max_bytes:
            yield too_large_line(where, first, max_bytes)
            continue
        yield record_from_mapping(dict(zip(header, row, strict=True)), path=path, line=first)
    yield from lines.bad.values()
