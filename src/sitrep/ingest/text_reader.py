"""``.txt``: the whole file is the article body."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.ingest.decode import read_text
from sitrep.ingest.records import RawRecord
from sitrep.model import Rejection

__all__ = ["read_txt"]


def read_txt(path: Path, *, max_bytes: int, today: date) -> Iterator[RawRecord | Rejection]:
    """One record: the decoded file, its stem the fallback id."""
    text = read_text(path, max_bytes=max_bytes)
    if isinstance(text, Rejection):
        yield text
        return
    yield RawRecord(text=text, whole_file=True)
