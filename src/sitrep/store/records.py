"""Records the store returns besides the shared ones in `sitrep.model`."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from sitrep.model import EventType

__all__ = ["ArticleState", "AuditEntry", "Fingerprint", "MergeStats", "StatRow"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StatRow(_Record):
    """Events and fatalities in one period, admin1 and event type."""

    period_start: date
    admin1: str | None
    event_type: EventType
    events: int
    fatalities: int


class AuditEntry(_Record):
    """One change made by a person: review, merge or split."""

    id: int
    at: datetime
    user: str
    action: str
    event_id: str | None
    before: dict[str, object] | list[object] | None
    after: dict[str, object] | list[object] | None


class MergeStats(_Record):
    """What one re-merge did."""

    articles: int
    mentions: int
    events_removed: int
    events_written: int
    events_unchanged: int


class ArticleState(_Record):
    """Where an article read from the input stands in the store.

    ``id`` is the id it is (or will be) stored under; ``is_new`` says it is not stored
    yet; ``checked``: its near-duplicate check is done (it has a fingerprint or is a
    copy)."""

    id: str
    is_new: bool
    processed: bool
    duplicate_of: str | None
    checked: bool


class Fingerprint(_Record):
    """An original article's MinHash signature, shingle count and LSH band keys, as
    `sitrep.ingest.dedup` computes them (kept so later runs find its copies)."""

    article_id: str
    size: int
    signature: bytes
    band_keys: tuple[int, ...]
