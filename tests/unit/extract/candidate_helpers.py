"""Reading candidates in the extract tests: the events an article reports (background left out),
the (killed, injured) figures of one and the actors it gives a role."""

from __future__ import annotations

from sitrep.model import ActorMention, ActorRole, CandidateEvent, Extraction


def events_of(extraction: Extraction) -> list[CandidateEvent]:
    """The candidates about incidents the article reports, not its background."""
    return [c for c in extraction.candidates if not c.background]


def role_of(extraction: Extraction, role: ActorRole) -> list[ActorMention]:
    """The actors in ``role`` of the one incident the article reports."""
    events = events_of(extraction)
    assert len(events) == 1
    return [a for a in events[0].actors if a.role == role]


def figures_of(ev: CandidateEvent) -> tuple[int | None, int | None]:
    """(killed, injured); None where the event carries no such figure."""
    killed = ev.fatalities.value if ev.fatalities else None
    injured = ev.injuries.value if ev.injuries else None
    return killed, injured
