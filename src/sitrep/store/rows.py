"""Conversions between records and table rows."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.merge import family_of
from sitrep.model import Article, Event, stable_id

__all__ = [
    "article_row",
    "country_key",
    "event_row",
    "mention_id",
    "mention_rows",
    "row_event",
]


def country_key(country: str | None) -> str:
    """The blocking key of a country or admin1, as merge folds it (``""`` when unknown)."""
    return (country or "").casefold()


def mention_id(article_id: str, event_id: str, seq: int, taken: set[str]) -> str:
    """A stable id for one mention of an article; ``taken`` avoids repeats in one article."""
    candidate = stable_id("mn", article_id, event_id)
    if candidate in taken:
        candidate = stable_id("mn", article_id, event_id, seq)
    return candidate


def mention_rows(article_id: str, events: Sequence[Event]) -> list[dict[str, Any]]:
    """The ``mentions`` rows of an article's single-source events."""
    taken: set[str] = set()
    rows = []
    for seq, ev in enumerate(events):
        mid = mention_id(article_id, ev.event_id, seq, taken)
        taken.add(mid)
        rows.append(
            {
                "id": mid,
                "article_id": article_id,
                "seq": seq,
                "country_key": country_key(ev.country),
                "admin1_key": country_key(ev.admin1),
                "event_date": ev.event_date,
                "time_precision": int(ev.time_precision) if ev.time_precision else None,
                "family": family_of(ev.event_type),
                "event_id": None,
                "payload": ev.model_dump_json(),
            }
        )
    return rows


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "content_hash": article.content_hash,
        "published": article.published,
        "outlet": article.outlet,
        "processed": False,
        "merge_pending": False,
        "payload": article.model_dump_json(),
        "duplicate_of": article.duplicate_of,
    }


def _actors_text(event: Event) -> str:
    names = (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2)
    return "\n".join(n for n in names if n).casefold()


def _search_text(event: Event) -> str:
    parts = [event.notes or ""]
    parts += [s.text for src in event.sources for s in src.sentences]
    return "\n".join(p for p in parts if p).casefold()


def event_row(event: Event, why: list[str]) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "event_date": event.event_date,
        "time_precision": int(event.time_precision) if event.time_precision else None,
        "event_type": event.event_type.value,
        "sub_event_type": event.sub_event_type.value,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "fatalities": event.fatalities,
        "injuries": event.injuries,
        "confidence": event.confidence,
        "status": event.status.value,
        "n_sources": len(event.sources),
        "actors_text": _actors_text(event),
        "search_text": _search_text(event),
        "payload": event.model_dump_json(),
        "why": json.dumps(why, ensure_ascii=False),
    }


def row_event(row: Mapping[str, Any]) -> Event:
    return Event.model_validate_json(row["payload"])
