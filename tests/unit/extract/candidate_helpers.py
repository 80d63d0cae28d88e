"""Reading candidates in the extract tests: the events an article reports (background left out)
and the (killed, injured) figures of one."""

from __future__ import annotations

from sitrep.model import CandidateEvent, Extraction


def events_of(extraction: Extraction) -> list[CandidateEvent]:
    """The candidates about incidents the article reports, not its background."""
    return [c for c in extraction.candidates if not c.background]


def figures_of(ev: CandidateEvent) -> tuple[int | None, int | None]:
    """(killed, injured); None where the event carries no such figure."""
    killed = ev.fatalities.value if ev.fatalities else None
    injured = ev.injuries.value if ev.injuries else None
    return killed, injured
