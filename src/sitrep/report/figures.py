"""The figures of a situation report, computed from events alone (no store, no charts).

:func:`compute_figures` is a pure function of the events of the period, the events of
the previous period of equal length, and the period's bounds. Every number the report
prints comes from here, so a test can check them against a direct computation.

Counting rules (stated in the report's method note):

- fatalities and injuries are the event's own coded figures, which follow ACLED's
  conservative rule (the lowest credible figure among the sources); an event with an
  unknown figure adds nothing and is counted apart;
- an event is *disputed* when its sources report more than one distinct fatality or
  injury figure;
- an actor is *active* in an event when it is actor 1 or actor 2 (associated actors
  are not counted, to avoid double counting coalitions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitrep.model import Event, EventType, GeoPrecision, TimePrecision

__all__ = [
    "ActorActivity",
    "Change",
    "Dispute",
    "ReportFigures",
    "SourceFigure",
    "Totals",
    "TypeCount",
    "WeekCount",
    "compute_figures",
    "previous_period",
    "severity_key",
    "week_start",
]

SEVERE_LIMIT = 10
ACTOR_LIMIT = 10


@dataclass(frozen=True)
class TypeCount:
    event_type: str
    events: int
    fatalities: int
    injuries: int


@dataclass(frozen=True)
class Totals:
    events: int
    fatalities: int
    injuries: int
    unknown_fatalities: int
    """Events whose fatality figure is unknown (``None``), not counted in ``fatalities``."""
    by_type: tuple[TypeCount, ...]


@dataclass(frozen=True)
class Change:
    """A figure against the previous period: absolute and relative change."""

    current: int
    previous: int

    @property
    def delta(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        """Relative change in percent; ``None`` when the previous figure is zero."""
        if self.previous == 0:
            return None
        return 100.0 * self.delta / self.previous

    def describe(self) -> str:
        """``"+4 (+50%)"``, ``"-2 (-20%)"``, ``"no change"`` or ``"+3 (none before)"``."""
        if self.delta == 0:
            return "no change"
        sign = "+" if self.delta > 0 else "\u2212"
        if self.percent is None:
            return f"{sign}{abs(self.delta)} (none before)"
        return f"{sign}{abs(self.delta)} ({sign}{abs(self.percent):.0f}%)"


@dataclass(frozen=True)
class WeekCount:
    week_start: date
    events: int
    fatalities: int


@dataclass(frozen=True)
class SourceFigure:
    outlet: str
    published: date | None
    fatalities: int | None
    injuries: int | None


@dataclass(frozen=True)
class Dispute:
    event: Event
    fatalities_disputed: bool
    injuries_disputed: bool
    reports: tuple[SourceFigure, ...]


@dataclass(frozen=True)
class ActorActivity:
    actor: str
    events: int
    as_actor1: int
    as_actor2: int
    fatalities: int


@dataclass(frozen=True)
class ReportFigures:
    date_from: date
    date_to: date
    previous_from: date
    previous_to: date
    totals: Totals
    previous: Totals
    changes: dict[str, Change]
    weekly: tuple[WeekCount, ...]
    severe: tuple[Event, ...]
    disputed: tuple[Dispute, ...]
    actors: tuple[ActorActivity, ...]
    located: int
    undated: int
    sources: int = 0
    """Source reports behind the period's events."""
    outlets: tuple[str, ...] = field(default=())
    time_precision: tuple[tuple[str, int], ...] = field(default=())
    """Events per time-precision code, e.g. ``(("1 (day)", 9), ("2 (week)", 1))``."""
    geo_precision: tuple[tuple[str, int], ...] = field(default=())
    status: tuple[tuple[str, int], ...] = field(default=())


def previous_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The period of equal length (in days, both ends included) just before this one."""
    days = (date_to - date_from).days + 1
    previous_to = date_from - timedelta(days=1)
    return previous_to - timedelta(days=days - 1), previous_to


def week_start(day: date) -> date:
    """The Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def _totals(events: Sequence[Event]) -> Totals:
    by_type: dict[str, list[int]] = {t.value: [0, 0, 0] for t in EventType}
    for event in events:
        row = by_type[event.event_type.value]
        row[0] += 1
        row[1] += event.fatalities or 0
        row[2] += event.injuries or 0
    types = tuple(
        TypeCount(name, *counts)
        for name, counts in sorted(by_type.items(), key=lambda kv: (-kv[1][0], kv[0]))
        if counts[0]
    )
    return Totals(
        events=len(events),
        fatalities=sum(e.fatalities or 0 for e in events),
        injuries=sum(e.injuries or 0 for e in events),
        unknown_fatalities=sum(1 for e in events if e.fatalities is None),
        by_type=types,
    )


def _weekly(events: Sequence[Event], date_from: date, date_to: date) -> tuple[WeekCount, ...]:
    counts: dict[date, list[int]] = {}
    monday = week_start(date_from)
    while monday <= date_to:
        counts[monday] = [0, 0]
        monday += timedelta(days=7)
    for event in events:
        if event.event_date is None:
            continue
        bucket = counts.get(week_start(event.event_date))
        if bucket is not None:
            bucket[0] += 1
            bucket[1] += event.fatalities or 0
    return tuple(WeekCount(day, n, f) for day, (n, f) in counts.items())


def severity_key(event: Event) -> tuple[int, int, int, str]:
    """Most severe first: fatalities, then injuries, then the latest, then id (stable)."""
    day = event.event_date.toordinal() if event.event_date else 0
    return (-(event.fatalities or 0), -(event.injuries or 0), -day, event.event_id)


def _dispute(event: Event) -> Dispute | None:
    fatalities = {s.fatalities for s in event.sources if s.fatalities is not None}
    injuries = {s.injuries for s in event.sources if s.injuries is not None}
    if len(fatalities) < 2 and len(injuries) < 2:
        return None
    reports = tuple(
        SourceFigure(s.outlet or s.article_id, s.published, s.fatalities, s.injuries)
        for s in event.sources
    )
    return Dispute(event, len(fatalities) > 1, len(injuries) > 1, reports)


def _actors(events: Sequence[Event]) -> tuple[ActorActivity, ...]:
    involved: Counter[str] = Counter()
    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    deaths: Counter[str] = Counter()
    for event in events:
        if event.actor1:
            first[event.actor1] += 1
        if event.actor2:
            second[event.actor2] += 1
        for actor in {a for a in (event.actor1, event.actor2) if a}:
            involved[actor] += 1
            deaths[actor] += event.fatalities or 0
    rows = [
        ActorActivity(name, count, first[name], second[name], deaths[name])
        for name, count in involved.items()
    ]
    rows.sort(key=lambda a: (-a.events, -a.fatalities, a.actor))
    return tuple(rows[:ACTOR_LIMIT])


_TIME_LABELS: dict[TimePrecision | None, str] = {
    TimePrecision.DAY: "1 (day)",
    TimePrecision.WEEK: "2 (week)",
    TimePrecision.MONTH: "3 (month)",
}
_GEO_LABELS: dict[GeoPrecision | None, str] = {
    GeoPrecision.TOWN: "1 (town)",
    GeoPrecision.NEAR_TOWN: "2 (near a town / part of a region)",
    GeoPrecision.REGION: "3 (region)",
}


def _tally(labels: Iterable[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(labels).items()))


def compute_figures(
    events: Sequence[Event],
    previous: Sequence[Event],
    *,
    date_from: date,
    date_to: date,
) -> ReportFigures:
    """Every figure of a report over ``events`` (the period) and ``previous`` (the one before)."""
    totals = _totals(events)
    before = _totals(previous)
    previous_from, previous_to = previous_period(date_from, date_to)
    disputes = [d for d in map(_dispute, events) if d is not None]
    disputes.sort(key=lambda d: severity_key(d.event))
    outlets = sorted({s.outlet for e in events for s in e.sources if s.outlet})
    return ReportFigures(
        date_from=date_from,
        date_to=date_to,
        previous_from=previous_from,
        previous_to=previous_to,
        totals=totals,
        previous=before,
        changes={
            "events": Change(totals.events, before.events),
            "fatalities": Change(totals.fatalities, before.fatalities),
            "injuries": Change(totals.injuries, before.injuries),
        },
        weekly=_weekly(events, date_from, date_to),
        severe=tuple(sorted(events, key=severity_key)[:SEVERE_LIMIT]),
        disputed=tuple(disputes),
        actors=_actors(events),
        located=sum(1 for e in events if e.latitude is not None and e.longitude is not None),
        undated=sum(1 for e in events if e.event_date is None),
        sources=sum(len(e.sources) for e in events),
        outlets=tuple(outlets),
        time_precision=_tally(_TIME_LABELS.get(e.time_precision, "unknown") for e in events),
        geo_precision=_tally(_GEO_LABELS.get(e.geo_precision, "unknown") for e in events),
        status=_tally(e.status.value for e in events),
    )
