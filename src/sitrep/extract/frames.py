"""Plain records the extract components pass between themselves on the Doc.

They hold token indices (valid only for the Doc they came from) and are turned into the
character-offset records of ``sitrep.model`` by ``to_candidates``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.model import (
    ActorMention,
    DateMention,
    PlaceMention,
    PloverType,
    Quantity,
    Span,
    SubEventType,
    plover_default,
)

__all__ = ["CasualtyLink", "Frame", "NumberPhrase"]


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A number as written: tokens ``[start, end)`` and the figure ACLED would code."""

    start: int
    end: int
    value: int | None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    vague: bool = False


@dataclass(frozen=True, slots=True)
class CasualtyLink:
    """A casualty figure tied to the word that says what happened to the people counted."""

    kind: str  # "killed", "injured" or "combined"
    trigger: int  # token index of killed / wounded / casualties
    value: int | None
    start: int  # token span of the figure as written (the number, or the victim phrase)
    end: int
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    victim: int | None = None  # token index of the victims' head noun
    attacker: bool = False  # the attackers' own deaths
    additive: bool = False  # "also killed": adds to another figure
    hit: bool = False  # "were shot": everyone hit, the dead among them
    clause: bool = False  # "without any loss of life": no casualty word; the clause's incident


@dataclass
class Frame:
    """One incident as the events component read it (mutable while it is being built)."""

    index: int
    sub_event_type: SubEventType
    plover_type: PloverType | None
    plover_mode: str | None
    trigger: Span
    trigger_kind: str
    evidence: list[Span]
    sentence_starts: list[int]
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    fatalities: Quantity | None = None
    injuries: Quantity | None = None
    combined_toll: Quantity | None = None
    weapon: str | None = None
    weapon_span: Span | None = None
    aggregate: bool = False
    background_cue: bool = False
    confidence: float = 0.5
    field_confidence: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    specificity: dict[str, int] = field(default_factory=dict)
    sent_index: int = 0
    headline: bool = False  # a title line: no final full stop, then a line break
    summary: bool = False  # "Summary: ...", or an item of a "KEY POINTS" list: a preview
    lead_title: bool = False  # read from the article's lead title (titles.title_end)
    new_marker: bool = False  # "another", "a separate", "a second": not a restatement
    definite: bool = False  # "the blast", "Monday's attack": refers to an incident already named
    long_before: bool = False  # dated weeks or years before publication (coref.told_long_before)
    item: int | None = None  # the numbered list item it is told on (places_dates.item_of)
    clause: tuple[int, int] | None = None
    """For a frame read from a lead title of several stories, the character bounds of the
    story (the clause) that holds its trigger (see `titles.title_clause_starts`)."""
    merged_into: Frame | None = None
    focus: list[str] = field(default_factory=list)
    """Places a definite follow-up ("the strikes on Derik") narrowed the frame to."""
    dropped: str | None = None
    said: list[DateMention] = field(default_factory=list)
    """Dates of the statement that tells the incident ("the army said on Saturday that 51
    soldiers had been killed"): kept as its dates, but no sign of another incident."""

    def add_actors(self, actors: Iterable[ActorMention]) -> None:
        """Add the ``actors`` not named in this role yet (by their text, in any case)."""
        have = {(a.text.lower(), a.role) for a in self.actors}
        self.actors += [a for a in actors if (a.text.lower(), a.role) not in have]

    def retype(self, sub: SubEventType) -> None:
        """Give the frame sub-event type ``sub`` and that type's PLOVER category and mode."""
        self.sub_event_type = sub
        self.plover_type, self.plover_mode = plover_default(sub)

    def own_dates(self) -> list[DateMention]:
        """The dates told of the incident itself, not of a statement or a dateline about it
        (`said`)."""
        return [d for d in self.dates if d not in self.said]
