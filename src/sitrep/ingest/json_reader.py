"""``.jsonl`` (one object a line, streamed) and ``.json`` (an array of objects, or one).

Fields: ``id, url, title, text, published, source`` (also ``outlet``, ``author``,
``language``); see :func:`sitrep.ingest.records.record_from_mapping`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sitrep.ingest.decode import (
    decode_bytes,
    iter_lines,
    read_text,
    stream_file,
    too_large_line,
)
from sitrep.ingest.records import RawRecord, record_from_mapping
from sitrep.model import Rejection

__all__ = ["read_json", "read_jsonl"]

_WHITESPACE = " \t\n\r"


def read_jsonl(path: Path, *, max_bytes: int, today: date) -> Iterator[RawRecord | Rejection]:
    """One record per non-blank line, read line by line; ``max_bytes`` applies per line."""
    where = str(path)

    def lines(handle: BinaryIO) -> Iterator[RawRecord | Rejection]:
        for number, chunk in iter_lines(handle, max_bytes=max_bytes):
            if chunk is None:
                yield too_large_line(where, number, max_bytes)
            elif chunk.strip():
                yield _line_record(chunk, path=path, line=number)

    return stream_file(path, lines)


def read_json(path: Path, *, max_bytes: int, today: date) -> Iterator[RawRecord | Rejection]:
    """Records from a JSON array of objects, or the one record of a JSON object."""
    text = read_text(path, max_bytes=max_bytes)
    if isinstance(text, Rejection):
        yield text
        return
    decoder = json.JSONDecoder()
    start = _skip(text, 0)
    if text.startswith("[", start):
        yield from _array(text, start + 1, decoder=decoder, path=path)
        return
    try:
        value, end = decoder.raw_decode(text, start)
    except (ValueError, RecursionError) as exc:
        yield _malformed(path, exc, text=text, pos=start)
        return
    if _skip(text, end) < len(text):
        yield _extra_data(path, text, end)
    elif not isinstance(value, dict):
        reason = f"top level is a JSON {type(value).__name__}; expected an object or an array"
        yield Rejection(path=str(path), code="json", reason=reason)
    else:
        yield record_from_mapping(value, path=path, line=None, whole_file=True)


def _line_record(chunk: bytes, *, path: Path, line: int) -> RawRecord | Rejection:
    where = str(path)
    text = decode_bytes(chunk, path=where, line=line)
    if isinstance(text, Rejection):
        return text
    try:
        value = json.loads(text.strip())
    except json.JSONDecodeError as exc:
        reason = f"malformed JSON: {exc.msg} (column {exc.colno})"
        return Rejection(path=where, line=line, code="json", reason=reason)
    except (ValueError, RecursionError) as exc:
        return Rejection(path=where, line=line, code="json", reason=f"malformed JSON: {_why(exc)}")
    if not isinstance(value, dict):
        reason = f"line is a JSON {type(value).__name__}; expected an object"
        return Rejection(path=where, line=line, code="json", reason=reason)
    return record_from_mapping(value, path=path, line=line)


def _array(
    text: str, pos: int, *, decoder: json.JSONDecoder, path: Path
) -> Iterator[RawRecord | Rejection]:
    line, counted = 1, 0
    while True:
        pos = _skip(text, pos)
        if text.startswith("]", pos):
            if _skip(text, pos + 1) < len(text):
                yield _extra_data(path, text, pos + 1)
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            yield _malformed(path, exc, text=text, pos=pos, rest=True)
            return
        if isinstance(value, dict):
            yield record_from_mapping(value, path=path, line=line)
        else:
            reason = f"array item is a JSON {type(value).__name__}; expected an object"
            yield Rejection(path=str(path), line=line, code="json", reason=reason)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos += 1
        elif not text.startswith("]", pos):
            err = json.JSONDecodeError("expected ',' or ']'", text, pos)
            yield _malformed(path, err, text=text, pos=pos, rest=True)
            return


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _malformed(
    path: Path, exc: ValueError | RecursionError, *, text: str, pos: int, rest: bool = False
) -> Rejection:
    line = exc.lineno if isinstance(exc, json.JSONDecodeError) else text.count("\n", 0, pos) + 1
    reason = f"malformed JSON: {_why(exc)}"
    if rest:
        reason += "; the rest of the file is skipped"
    return Rejection(path=str(path), line=line, code="json", reason=reason)


def _extra_data(path: Path, text: str, pos: int) -> Rejection:
    line = text.count("\n", 0, _skip(text, pos)) + 1
    reason = "extra data after the JSON value (JSON Lines should be named .jsonl)"
    return Rejection(path=str(path), line=line, code="json", reason=reason)


def _why(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    return str(exc)
