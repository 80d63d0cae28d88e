"""What a claim or a statement adds to an incident it names, and what it does not.

"The Islamic State's Sahel Province claimed the attack on Sunday": Sunday is the day of the
claim, not of the attack, and the Sahel Province is part of the claimant's name, not where
the attack took place. "The army said on Saturday that 51 soldiers had been killed": the
day of the statement, not of the deaths. :func:`reported_dates` finds the dates that belong
to the claim or statement verb governing an incident's trigger; :func:`in_claimant` the
places named inside the claimant itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.places_dates import tokens_of
from sitrep.extract.subjects import SAY_VERBS, subject
from sitrep.extract.targets import lemma
from sitrep.model import DateMention, PlaceMention

__all__ = ["claim_verb", "in_claimant", "reported_dates"]

CLAIM_VERBS = frozenset({"claim"})
JUDGING_VERBS = frozenset({"blame", "accuse", "condemn", "denounce", "attribute"})
"""Verbs that judge an incident they name: "officials on Monday blamed militants for a bomb
that tore through a Mass" dates the blame, not the bomb."""


PUBLISH_VERBS = frozenset(
    {"issue", "release", "publish", "post", "circulate", "broadcast", "communicate"}
)
"""Verbs of putting out a statement, whose participle dates the statement ("a statement
issued on Wednesday", "a video released on Monday")."""


REPORT_NOUNS = frozenset({"report", "statement", "bulletin", "communique", "communiqué"})
"""Nouns of a report, whose date is the report's ("In the first reports on Tuesday night,
officials had said that at least 12 persons were martyred")."""


def _governor(span: SpacySpan) -> Token | None:
    """The word a date phrase modifies: "claimed [on Sunday]" -> "claimed"."""
    root = span.root
    gov = root.head
    while gov.dep_ == "prep" and gov.head is not gov:
        gov = gov.head
    if gov.dep_ in {"nsubj", "nsubjpass"} and gov.i < span.start and span.end <= gov.head.i:
        gov = gov.head  # "officials [on Monday] blamed": the parser hangs it on the subject
    return None if gov is root else gov


def _claimed(head: Token) -> bool:
    return head.dep_ in {"dobj", "obj"} and lemma(head.head) in CLAIM_VERBS


def claim_verb(trigger: SpacySpan) -> Token | None:
    """The claim verb that takes the incident as its object: "claimed [the attack]"."""
    head = trigger.root
    return head.head if _claimed(head) else None


def reported_dates(
    doc: Doc, dates: Sequence[DateMention], triggers: Sequence[SpacySpan], *, say: bool
) -> list[DateMention]:
    """The dates that modify a claim verb over the incident ("claimed the attack on Sunday",
    "claimed the attack the following day"), or with ``say``, a statement verb the incident
    is told under ("said on Saturday that 51 soldiers had been killed")."""
    verbs = CLAIM_VERBS | SAY_VERBS | JUDGING_VERBS if say else CLAIM_VERBS
    heads = [t.root for t in triggers]
    out = []
    for d in dates:
        span = tokens_of(doc, d)
        gov = None if span is None else _governor(span)
        if gov is None or span is None:
            continue
        if gov in heads:
            # "claimed the attack on Sunday": a day after the claimed incident is the claim's
            if span.start > gov.i and _claimed(gov):
                out.append(d)
        elif lemma(gov) in verbs and any(gov in h.ancestors for h in heads):
            out.append(d)
        elif say and (
            (lemma(gov) in PUBLISH_VERBS and gov.dep_ in {"acl", "relcl"})
            or (lemma(gov) in REPORT_NOUNS and gov.pos_ == "NOUN" and gov.i < heads[0].i)
        ):
            # "According to the statement of ISPR ..., issued on Wednesday, five soldiers
            # ... embraced martyrdom in the attack": the day of the statement
            out.append(d)
    return out


def in_claimant(
    doc: Doc, places: Sequence[PlaceMention], triggers: Sequence[SpacySpan]
) -> list[PlaceMention]:
    """Places named inside the claimant of the incident: "the Islamic State's Sahel
    Province claimed the attack" names a group, not where the attack happened."""
    out = []
    for trig in triggers:
        verb = claim_verb(trig)
        who = subject(verb) if verb is not None else None
        if who is None:
            continue
        sub = list(who.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
        out += [p for p in places if p.span is not None and lo <= p.span.start < hi]
    return out
