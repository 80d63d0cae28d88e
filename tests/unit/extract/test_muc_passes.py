"""Whole-article passes over hand-built frames: an incident done to a person named by name
is no generic mention, even with no place or day in its sentence (no model needed)."""

from __future__ import annotations

from sitrep.extract.frames import Frame
from sitrep.extract.passes import drop_unspecific
from sitrep.model import ActorMention, ActorRole, Span, SubEventType


def _frame(sub: SubEventType, victim: ActorMention | None) -> Frame:
    trigger = Span(text="murder", start=40, end=46)
    return Frame(
        index=0,
        sub_event_type=sub,
        plover_type=None,
        plover_mode=None,
        trigger=trigger,
        trigger_kind="attack",
        evidence=[Span(text="x" * 80, start=0, end=80)],
        sentence_starts=[0],
        actors=[victim] if victim else [],
    )


def test_a_named_victim_keeps_a_placeless_incident() -> None:
    victim = ActorMention(text="father julio ramos", role=ActorRole.ACTOR2, label="PERSON")
    frame = _frame(SubEventType.ATTACK, victim)
    drop_unspecific([frame])
    assert frame.dropped is None


def test_a_described_victim_does_not() -> None:
    victim = ActorMention(text="a shopkeeper", role=ActorRole.ACTOR2, label="generic:civilian")
    frame = _frame(SubEventType.ATTACK, victim)
    drop_unspecific([frame])
    assert frame.dropped == "no date or place (generic mention)"


def test_a_named_person_arrested_is_still_generic() -> None:
    suspect = ActorMention(text="julio ramos", role=ActorRole.ACTOR2, label="PERSON")
    frame = _frame(SubEventType.ARRESTS, suspect)
    drop_unspecific([frame])
    assert frame.dropped == "no date or place (generic mention)"
