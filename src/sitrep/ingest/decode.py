"""Bytes in, text out, safely: size limits, binary sniffing and encoding detection.

Every failure is a :class:`~sitrep.model.Rejection` naming the file (and line), never
an exception: one bad file must not stop a batch.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import charset_normalizer

from sitrep.model import Rejection

__all__ = [
    "decode_bytes",
    "iter_lines",
    "read_bytes",
    "read_text",
    "repair_mojibake",
    "sniff_binary",
    "stream_file",
    "too_large_line",
]

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
_SKIP_CHUNK = 1 << 20
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1256", "iso8859_6", "cp1251")

# UTF-8 read as cp1252 ("â€™" for "’"): a lead character standing for a UTF-8 lead byte,
# followed by as many characters standing for continuation bytes (0x80-0xBF) as that
# lead byte needs. cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; text
# that went through it holds either the C1 control character or U+FFFD in their place.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_TAIL = f"[{_CP1252_HIGH}\u0080-\u009f\u00a0-\u00bf\ufffd]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_TAIL}|[\u00e0-\u00ef]{_TAIL}{{2}}|[\u00f0-\u00f4]{_TAIL}{{3}}"
)
# What a repair may produce: Latin, Greek, Cyrillic, Hebrew, Arabic (2 bytes), the
# Indic scripts, general punctuation, currency and letter-like signs (3 bytes) and
# pictographs (4 bytes). Anything else is more likely real text than an accident.
_PLAUSIBLE = (
    (0x00A0, 0x07FF),
    (0x0900, 0x0DFF),
    (0x2000, 0x214F),
    (0x1F300, 0x1FAFF),
)
_UNDEFINED_AS = 0x9D  # U+FFFD after "â€" was almost always the closing quote (E2 80 9D)


def read_bytes(path: Path, *, max_bytes: int) -> bytes | Rejection:
    """The whole file, or a Rejection when it is unreadable, too large or empty."""
    where = str(path)
    try:
        if not path.exists():
            return Rejection(path=where, code="unreadable", reason="no such file")
        if not path.is_file():
            return Rejection(path=where, code="unreadable", reason="not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            return _too_large(where, size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Rejection(
            path=where, code="unreadable", reason=f"cannot read: {exc.strerror or exc}"
        )
    if len(data) > max_bytes:
        return _too_large(where, len(data), max_bytes)
    if not data.strip():
        return Rejection(path=where, code="empty", reason="empty or whitespace-only file")
    return data


T = TypeVar("T")


def stream_file(
    path: Path, read: Callable[[BinaryIO], Iterator[T | Rejection]]
) -> Iterator[T | Rejection]:
    """What ``read`` yields from the open file; a file that cannot be opened, or that fails
    part-way (what was read before still stands), is one Rejection instead of an exception."""
    where = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(path=where, code="unreadable", reason=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from read(handle)
        except OSError as exc:
            reason = f"read failed part-way: {exc.strerror or exc}"
            yield Rejection(path=where, code="unreadable", reason=reason)


def read_text(path: Path, *, max_bytes: int) -> str | Rejection:
    """The whole file decoded (see :func:`decode_bytes`)."""
    data = read_bytes(path, max_bytes=max_bytes)
    if isinstance(data, Rejection):
        return data
    return decode_bytes(data, path=str(path))


def decode_bytes(data: bytes, *, path: str, line: int | None = None) -> str | Rejection:
    """Decode input bytes: a BOM's codec, else UTF-8, else the detected encoding.

    Binary data (NUL bytes without a UTF-16/32 byte-order mark, or more than 1 % control
    characters) and text whose encoding cannot be detected are rejected. A whole file
    mixing UTF-8 lines with lines in another encoding is rejected rather than decoded
    into mojibake.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(codec), path=path, line=line)
            except UnicodeDecodeError as exc:
                reason = f"starts with a {codec} byte-order mark but is not valid {codec}: {exc}"
                return Rejection(path=path, line=line, code="encoding", reason=reason)
    binary = sniff_binary(data, path=path, line=line)
    if binary is not None:
        return binary
    try:
        return _text_or_binary(data.decode("utf-8"), path=path, line=line)
    except UnicodeDecodeError:
        pass
    if line is None:
        mixed = _mixed_encoding(data)
        if mixed is not None:
            return Rejection(path=path, code="encoding", reason=mixed)
    best = _detect(data)
    if best is None:
        reason = "not UTF-8 and its encoding could not be detected"
        return Rejection(path=path, line=line, code="encoding", reason=reason)
    log.debug("%s%s: decoded as %s", path, "" if line is None else f":{line}", best.encoding)
    return _text_or_binary(str(best), path=path, line=line)


def repair_mojibake(text: str) -> str:
    """Text that was UTF-8 decoded as cp1252 put back: "itâ€™s" -> "it’s".

    Only whole, valid UTF-8 sequences whose result is a character news plausibly holds
    are replaced, so genuine accented text ("São Tomé", "Ãnis") is left as it is. A
    repaired sequence that gives a C1 control character (an undefined byte, "Â" + U+FFFD)
    is dropped.
    """
    if not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE.sub(_repaired, text)


def _repaired(match: re.Match[str]) -> str:
    raw = bytearray()
    for char in match.group():
        if char == "\ufffd":
            raw.append(_UNDEFINED_AS)
        elif ord(char) < 0x100:
            raw.append(ord(char))
        else:
            raw += char.encode("cp1252")
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
    code = ord(fixed)
    if 0x80 <= code <= 0x9F:
        return ""
    if any(low <= code <= high for low, high in _PLAUSIBLE):
        return fixed
    return match.group()


def sniff_binary(data: bytes, *, path: str, line: int | None = None) -> Rejection | None:
    """A Rejection when the bytes hold NUL bytes and no UTF-16/32 byte-order mark."""
    if b"\x00" in data and not any(data.startswith(bom) for bom, _ in _BOMS):
        return Rejection(path=path, line=line, code="binary", reason="NUL bytes: not a text file")
    return None


def iter_lines(handle: BinaryIO, *, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, raw line)`` pairs, 1-based, reading one line at a time.

    A line longer than ``max_bytes`` is skipped in bounded memory and given as ``None``.
    """
    number = 0
    while True:
        chunk = handle.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while True:
                rest = handle.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, chunk


def too_large_line(path: str, line: int, max_bytes: int) -> Rejection:
    """The Rejection for one record (line) over the size limit."""
    reason = f"record larger than the {max_bytes:,}-byte limit (max_bytes)"
    return Rejection(path=path, line=line, code="too_large", reason=reason)


def _too_large(path: str, size: int, max_bytes: int) -> Rejection:
    reason = f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (max_bytes)"
    return Rejection(path=path, code="too_large", reason=reason)


def _text_or_binary(text: str, *, path: str, line: int | None) -> str | Rejection:
    controls = len(_CONTROL.findall(text))
    if controls > max(1, len(text) * _MAX_CONTROL_RATIO):
        reason = f"{controls} control characters in {len(text)}: not a text file"
        return Rejection(path=path, line=line, code="binary", reason=reason)
    return repair_mojibake(text)


def _detect(data: bytes) -> Any:
    """charset-normalizer's best match; among equally good ones, the encodings news uses."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    for encoding in _PREFERRED:
        for match in tied:
            if match.encoding == encoding:
                return match
    return best


def _mixed_encoding(data: bytes) -> str | None:
    """A reason when some lines are non-ASCII UTF-8 and others are not UTF-8 at all."""
    utf8_line = other_line = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            return (
                f"mixed encodings: line {utf8_line} is UTF-8 but line {other_line} is not; "
                "re-save the file in one encoding"
            )
    return None
