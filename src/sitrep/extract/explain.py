"""Human-readable account of what the engine kept and dropped (``sitrep extract --explain``)."""

from __future__ import annotations

from sitrep.model import CandidateEvent, Extraction

__all__ = ["format_decisions"]


def _event_line(n: int, ev: CandidateEvent) -> list[str]:
    lines = [
        f"event {n}: {ev.event_type.value} / {ev.sub_event_type.value}"
        f"{' [background]' if ev.background else ''}{' [aggregate]' if ev.aggregate else ''}"
        f"  confidence {ev.confidence:.2f}",
        f"  trigger   {ev.trigger.text!r} @{ev.trigger.start}",
    ]
    for a in ev.actors:
        lines.append(f"  {a.role.value:<10}{a.text!r} ({a.label or '?'})")
    if ev.places:
        lines.append(
            "  places    "
            + "; ".join(f"{p.text!r}" + (f" ({p.context})" if p.context else "") for p in ev.places)
        )
    if ev.dates:
        lines.append(
            "  dates     "
            + "; ".join(
                f"{d.text!r}" + (f" [{d.relation}]" if d.relation else "") for d in ev.dates
            )
        )
    for key in ("fatalities", "injuries", "combined_toll"):
        q = getattr(ev, key)
        if q is not None:
            lines.append(f"  {key:<13} {q.value} from {q.raw!r}")
    if ev.weapon:
        lines.append(f"  weapon    {ev.weapon}")
    for note in ev.notes:
        lines.append(f"  note      {note}")
    return lines


def format_decisions(extraction: Extraction) -> str:
    """Every trigger considered, kept or dropped with the reason, then the events."""
    lines = [
        f"article {extraction.article_id}: {len(extraction.candidates)} event(s), "
        f"{len(extraction.decisions)} trigger(s) considered",
        "",
    ]
    for d in sorted(extraction.decisions, key=lambda d: d.trigger.start):
        mark = "KEEP" if d.kept else "DROP"
        sub = f" [{d.sub_event_type.value}]" if d.sub_event_type else ""
        lines.append(f"{mark} @{d.trigger.start:<6} {d.trigger.text!r}{sub}: {d.reason}")
    for n, ev in enumerate(extraction.candidates, 1):
        lines.append("")
        lines.extend(_event_line(n, ev))
    return "\n".join(lines)
