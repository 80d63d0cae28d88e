"""Reconciliation: one event from a cluster of mentions, every source kept.

- date: the most precise non-background report (then the earliest);
- place: the most precise non-background report (town over region, coordinates over none);
- fatalities and injuries: ACLED's conservative rule, the lowest figure reported by a
  non-background source (background recollections only when nothing else has one);
  the range across sources is stated in ``notes``;
- type, actors, weapon: the most frequent value, ties to the more confident report;
- confidence: rises with independent voices, ``1 - prod(1 - c)`` over outlets (syndicated
  copies with the same evidence text count once);
- ``event_id``: a hash of the smallest member mention id, so re-runs are idempotent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from sitrep.model import Event, GeoPrecision, Source, Status, TimePrecision, stable_id

__all__ = ["merged_event_id", "reconcile"]

T = TypeVar("T")


def merged_event_id(member_ids: Sequence[str]) -> str:
    """The stable id of a merged event: a hash of its smallest member mention id."""
    return stable_id("ev", min(member_ids))


def _background(m: Event) -> bool:
    return any(s.background for s in m.sources)


def _vote(mentions: Sequence[Event], get: Callable[[Event], T | None]) -> T | None:
    """The most frequent non-None value; ties go to the most confident, then smallest id."""
    counts: Counter[T] = Counter()
    best: dict[T, tuple[float, str]] = {}
    for m in mentions:
        value = get(m)
        if value is None:
            continue
        counts[value] += 1
        rank = (-m.confidence, m.event_id)
        best[value] = min(best.get(value, rank), rank)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], best[v]))


def _figure(sources: Sequence[Source], attr: str, label: str) -> tuple[int | None, str | None]:
    primary = [s for s in sources if not s.background and getattr(s, attr) is not None]
    pool = primary or [s for s in sources if getattr(s, attr) is not None]
    values = sorted({int(getattr(s, attr)) for s in pool})
    if not values:
        return None, None
    note = None
    if len(values) > 1:
        note = f"Reported {label} range {values[0]}–{values[-1]} across {len(pool)} sources."
    return values[0], note


def _independent_groups(sources: Sequence[Source]) -> list[list[Source]]:
    """Sources grouped as one voice: same outlet, or the same evidence text (a syndicated
    copy published under another outlet's name)."""
    groups: list[tuple[set[str], list[Source]]] = []
    for src in sources:
        text = " ".join(s.text for s in src.sentences).casefold().strip()
        keys = {"outlet:" + (src.outlet or f"article:{src.article_id}").casefold()}
        if text:
            keys.add("text:" + text)
        joined = [g for g in groups if g[0] & keys]
        merged_keys, members = set(keys), [src]
        for g in joined:
            merged_keys |= g[0]
            members = g[1] + members
            groups.remove(g)
        groups.append((merged_keys, members))
    return [members for _, members in groups]


def _confidence(sources: Sequence[Source]) -> float:
    """``1 - prod(1 - c)`` over independent voices (the best report of each), at most 0.99."""
    miss = 1.0
    for group in _independent_groups(sources):
        miss *= 1.0 - max(s.confidence for s in group)
    return round(min(0.99, 1.0 - miss), 4)


def _single(m: Event) -> Event:
    """The fast path for a cluster of one: the same result as the general rule."""
    fatalities, _ = _figure(m.sources, "fatalities", "fatalities")
    injuries, _ = _figure(m.sources, "injuries", "injuries")
    return m.model_copy(
        update={
            "event_id": merged_event_id([m.event_id]),
            "fatalities": fatalities,
            "injuries": injuries,
            "confidence": _confidence(m.sources),
            "status": Status.AUTO,
        }
    )


def reconcile(members: Sequence[Event]) -> Event:
    """Merge the mentions of one cluster into one event (members sorted by id)."""
    return _single(members[0]) if len(members) == 1 else _general(members)


def _general(members: Sequence[Event]) -> Event:
    fresh = [m for m in members if not _background(m)] or list(members)
    by_date = min(
        fresh,
        key=lambda m: (
            m.event_date is None,
            m.time_precision or TimePrecision.MONTH,
            m.event_date.toordinal() if m.event_date else 0,
            m.event_id,
        ),
    )
    by_place = min(
        fresh,
        key=lambda m: (
            m.location is None,
            m.geo_precision or GeoPrecision.REGION + 1,
            m.latitude is None,
            -m.confidence,
            m.event_id,
        ),
    )
    sub_event = _vote(fresh, lambda m: m.sub_event_type) or fresh[0].sub_event_type
    typed = [m for m in fresh if m.sub_event_type == sub_event]
    sources = sorted(
        (s for m in members for s in m.sources),
        key=lambda s: (s.published.toordinal() if s.published else 0, s.article_id),
    )
    fatalities, fat_note = _figure(sources, "fatalities", "fatalities")
    injuries, inj_note = _figure(sources, "injuries", "injuries")
    # One copy of each member's note items; a recalled-as-background marker only when
    # no source reports the incident as current.
    current = any(not s.background for s in sources)
    items = (item.strip() for m in members for item in (m.notes or "").split(";"))
    notes = [
        item
        for item in dict.fromkeys(items)
        if item and not (current and item.casefold().startswith("background"))
    ]
    notes += [n for n in (fat_note, inj_note) if n]
    actor1 = _vote(typed, lambda m: m.actor1)
    actor2 = _vote(typed, lambda m: m.actor2)
    return Event(
        event_id=merged_event_id([m.event_id for m in members]),
        event_date=by_date.event_date,
        time_precision=by_date.time_precision,
        event_type=typed[0].event_type,
        sub_event_type=sub_event,
        actor1=actor1,
        assoc_actor_1=_vote(typed, lambda m: m.assoc_actor_1),
        inter1=_vote([m for m in typed if m.actor1 == actor1], lambda m: m.inter1),
        actor2=actor2,
        assoc_actor_2=_vote(typed, lambda m: m.assoc_actor_2),
        inter2=_vote([m for m in typed if m.actor2 == actor2], lambda m: m.inter2),
        country=by_place.country,
        admin1=by_place.admin1 or _vote(fresh, lambda m: m.admin1),
        admin2=by_place.admin2 or _vote(fresh, lambda m: m.admin2),
        location=by_place.location,
        latitude=by_place.latitude,
        longitude=by_place.longitude,
        geo_precision=by_place.geo_precision,
        fatalities=fatalities,
        notes="; ".join(notes) or None,
        injuries=injuries,
        claimed_by=_vote(members, lambda m: m.claimed_by),
        weapon=_vote(typed, lambda m: m.weapon),
        plover_type=_vote(typed, lambda m: m.plover_type),
        plover_mode=_vote(typed, lambda m: m.plover_mode),
        confidence=_confidence(sources),
        status=Status.AUTO,
        sources=sources,
    )
