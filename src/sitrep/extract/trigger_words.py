"""What an incident's trigger phrases say by their own words: the dates inside a trigger's
phrase, the raid that was only how an arrest was made, and the force a trigger names
("police firing"). Pure functions over a parsed sentence, used by the events component."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.frames import CasualtyLink
from sitrep.extract.lexicon import Lexicon
from sitrep.model import ActorRole, DateMention, SubEventType

__all__ = [
    "RAID_WORDS",
    "arrest_raid",
    "force_in_trigger",
    "operation_antecedent",
    "own_dates_first",
    "possessive_dates_first",
]

RAID_WORDS = frozenset({"raid", "storm", "raided", "stormed"})
FORCE_CLASSES = frozenset({"generic:police", "generic:military"})
FIRING_WORDS = frozenset({"firing", "fire", "shooting"})


def own_dates_first(
    doc: Doc, dates: list[DateMention], triggers: list[SpacySpan]
) -> list[DateMention]:
    """In a sentence that reports two incidents ("relieved the commander on Sunday after an
    attack on Friday killed 11"), the dates inside a trigger's own phrase come first."""
    own: set[int] = set()
    for t in triggers:
        if t.root.dep_ != "ROOT":
            own.update(tok.idx for tok in t.root.subtree)

    def inside(d: DateMention) -> bool:
        return d.span is not None and d.span.start in own

    return sorted(dates, key=lambda d: not inside(d))


def possessive_dates_first(
    doc: Doc, dates: list[DateMention], triggers: list[SpacySpan]
) -> list[DateMention]:
    """ "revised on Monday the toll of Saturday's massacre": a date that owns the incident word
    is its date, whatever other days the sentence tells."""
    owners = {c.idx for t in triggers for c in t.root.children if c.dep_ == "poss"}
    if not owners:
        return dates
    return sorted(dates, key=lambda d: d.span is None or d.span.start not in owners)


OPERATION_NOUNS = frozenset(
    {"operation", "raid", "offensive", "sweep", "incursion", "assault", "mission", "patrol"}
)
"""Nouns a release introduces in one sentence ("conducted an operation in the area of X")
and names again in the next ("During the conduct of the operation, ...")."""


def operation_antecedent(doc: Doc, sent: SpacySpan) -> SpacySpan | None:
    """The sentence before ``sent`` when ``sent`` names its operation again with "the" ("On
    the night of 9 September, troops conducted an operation in Datta Khel. During the
    operation, ..."): the place and day told there are this sentence's too."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    introduced = {
        t.lower_
        for t in prev
        if t.lower_ in OPERATION_NOUNS and any(c.lower_ in {"a", "an"} for c in t.children)
    }
    again = any(
        t.lower_ in introduced and any(c.lower_ in {"the", "this"} for c in t.children)
        for t in sent
    )
    return prev if again else None


def arrest_raid(sub: SubEventType, violent: list[SpacySpan], links: list[CasualtyLink]) -> bool:
    """ "raided several houses and arrested seven suspects": with no one hurt, the raid is how
    the arrests were made, one incident."""
    return (
        sub == SubEventType.ARRESTS
        and not links
        and all((t.root.lemma_ or t.root.lower_).lower() in RAID_WORDS for t in violent)
    )


def force_in_trigger(trig: SpacySpan, lex: Lexicon) -> list[tuple[ActorRole, Token]]:
    """ "killed in police firing", "hurt in army firing": the trigger phrase names who fired
    (the parser often reads the force word as the head and the firing as its modifier, so
    no dependency rule finds it)."""
    words = list(trig)
    if len(words) < 2 or words[-1].lower_ not in FIRING_WORDS:
        return []
    force = words[-2]
    if lex.actor_classes.get(force.lower_) in FORCE_CLASSES:
        return [(ActorRole.ACTOR1, force)]
    return []
