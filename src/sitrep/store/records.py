"""Records the store returns besides the shared ones in `sitrep.model`."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from sitrep.model import EventType

__all__ = ["AuditEntry", "MergeStats", "StatRow"]


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
