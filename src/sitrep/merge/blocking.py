"""Blocking: which mentions are worth scoring against each other.

Two mentions are compared only when they share a country, belong to a compatible
event family and their date windows overlap. A window is the event date widened by
the mention's time precision (a day either side for exact dates, a week, a month);
a month-precision date on the 1st ("in July 2021") is that calendar month, a day of
slack either side, since resolve codes a named month to its first day.
Candidate pairs come from a sweep over windows sorted by start, so the cost is
O(n log n) plus the number of overlapping pairs, never an all-pairs pass.
`CandidateIndex` answers the same question for one mention at a time (the candidates
of the mentions a focused merge reaches, without enumerating every pair of the input),
from the mentions or from their `Slot`: what blocking reads of a mention, which the store
keeps in columns so that it parses only the stored mentions a merge can reach.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from sitrep.model import Event, EventType, TimePrecision

__all__ = [
    "MERGE_WINDOW_DAYS",
    "CandidateIndex",
    "Slot",
    "block_key",
    "candidate_pairs",
    "date_window",
    "family_of",
    "slot",
    "slot_of",
]

MERGE_WINDOW_DAYS = 31
"""The widest widening of a date window, in days (month precision). Two mentions more
than twice this apart are never linked, which lets the store reload only the part of
the event table that a new article can touch."""

_WIDEN = {TimePrecision.DAY: 1, TimePrecision.WEEK: 7, TimePrecision.MONTH: MERGE_WINDOW_DAYS}

_FAMILY = {
    EventType.BATTLES: "violence",
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: "violence",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "violence",
    EventType.PROTESTS: "demonstration",
    EventType.RIOTS: "demonstration",
    EventType.STRATEGIC_DEVELOPMENTS: "strategic",
}


def family_of(event_type: EventType) -> str:
    """The family of event types that may describe one incident differently."""
    return _FAMILY[event_type]


def widening_days(precision: TimePrecision | None) -> int:
    """How many days either side of the coded date the incident may lie."""
    return _WIDEN.get(precision or TimePrecision.DAY, 1)


def date_window(mention: Event) -> tuple[date, date] | None:
    """The interval of days the incident may have happened on; ``None`` when undated."""
    day = mention.event_date
    if day is None:
        return None
    return _window(day, mention.time_precision)


@lru_cache(maxsize=8192)
def _window(day: date, precision: TimePrecision | None) -> tuple[date, date]:
    if precision == TimePrecision.MONTH and day.day == 1:
        last = calendar.monthrange(day.year, day.month)[1]
        return day - timedelta(days=1), day.replace(day=last) + timedelta(days=1)
    widen = timedelta(days=widening_days(precision))
    return day - widen, day + widen


def block_key(mention: Event) -> tuple[str, str]:
    """Country and event family: mentions in different blocks are never compared."""
    return (mention.country or "").casefold(), family_of(mention.event_type)


class Slot(NamedTuple):
    """What blocking reads of a mention: its block (folded country, event family), folded
    admin1 (``""`` when unknown) and date window (``None`` when undated). The store keeps
    these in columns, so it can find a mention's candidates without parsing its payload."""

    block: tuple[str, str]
    admin1: str
    window: tuple[date, date] | None


def slot_of(mention: Event) -> Slot:
    """The mention's `Slot`."""
    return Slot(block_key(mention), (mention.admin1 or "").casefold(), date_window(mention))


def slot(
    country_key: str,
    admin1_key: str,
    family: str,
    event_date: date | None,
    precision: TimePrecision | None,
) -> Slot:
    """A `Slot` from stored columns (keys folded as `slot_of` folds them)."""
    window = None if event_date is None else _window(event_date, precision)
    return Slot((country_key, family), admin1_key, window)


def candidate_pairs(mentions: Sequence[Event]) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of mentions whose blocks agree and windows overlap.

    Within a block, two mentions with known and different admin1 are never paired
    (scoring would veto them); undated mentions are never paired (nothing says when
    they happened).
    """
    blocks = _blocks([slot_of(m) for m in mentions])
    for key in sorted(blocks):
        # active windows per admin1 ("" = unknown), pruned as the sweep moves on
        active: dict[str, list[tuple[date, int]]] = defaultdict(list)
        for start, end, admin1, index in sorted(blocks[key]):
            groups = list(active) if not admin1 else [admin1, ""]
            for group in groups:
                alive = [(e, i) for e, i in active[group] if e >= start]
                active[group] = alive
                for _, other in alive:
                    yield (other, index) if other < index else (index, other)
            active[admin1].append((end, index))


def _blocks(slots: Sequence[Slot]) -> dict[tuple[str, str], list[tuple[date, date, str, int]]]:
    """Each dated slot's window (start, end), folded admin1 and index, by block; undated
    slots are left out."""
    blocks: dict[tuple[str, str], list[tuple[date, date, str, int]]] = defaultdict(list)
    for index, (block, admin1, window) in enumerate(slots):
        if window is not None:
            blocks[block].append((window[0], window[1], admin1, index))
    return blocks


class CandidateIndex:
    """The candidates of one mention: exactly its pairs in `candidate_pairs`, found by a
    binary search over its block's windows sorted by start (O(log n) plus the windows
    starting within the block's widest window of it) instead of a sweep over every pair."""

    def __init__(self, mentions: Sequence[Event] | Sequence[Slot]) -> None:
        slots = [m if isinstance(m, Slot) else slot_of(m) for m in mentions]
        blocks = _blocks(slots)
        self._of: list[tuple[tuple[str, str], date, date, str] | None] = [None] * len(slots)
        for key, rows in blocks.items():
            for start, end, admin1, index in rows:
                self._of[index] = (key, start, end, admin1)
        self._blocks = {key: sorted(rows) for key, rows in blocks.items()}
        self._starts = {key: [row[0] for row in rows] for key, rows in self._blocks.items()}
        self._widest = {
            key: max(end - start for start, end, _, _ in rows) for key, rows in self._blocks.items()
        }

    def of(self, index: int) -> list[int]:
        """Indices of the mentions paired with mention ``index``, ascending."""
        me = self._of[index]
        if me is None:
            return []
        key, start, end, admin1 = me
        rows, starts = self._blocks[key], self._starts[key]
        # an overlapping window starts no later than this one ends, and no earlier than
        # this one's start less the widest window of the block
        lo = bisect_right(starts, start - self._widest[key] - timedelta(days=1))
        hi = bisect_right(starts, end)
        found = [
            other
            for o_start, o_end, o_admin1, other in rows[lo:hi]
            if other != index
            and o_end >= start
            and o_start <= end
            and (not admin1 or not o_admin1 or admin1 == o_admin1)
        ]
        return sorted(found)
