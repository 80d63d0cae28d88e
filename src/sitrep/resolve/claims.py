"""Claims across an article's accounts of one attack, and perpetrators it calls unknown.

A wire story often tells the claim and the attack in different paragraphs: the lede says
"the ELN claimed responsibility for a truck bomb attack on a military base", and the
account of the blast ("A truck loaded with explosives ... blew up") names the group only
as the one a minister blamed. The attack's perpetrator is the group that claimed it:
:func:`article_claims` collects, per event type, the groups the article's current
incidents say claimed them, and the resolver gives an unattributed incident of that type
the claimant when the incident itself was blamed on the same group.

The other way round, an incident the article calls unclaimed or the work of unknown
men ("unidentified gunmen on a motorcycle shot dead a police officer ... no group
claimed the killing") keeps an unidentified perpetrator, even when a group is named in a
later sentence the extractor joined to it (:func:`disowned`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sitrep.model import ActorMention, ActorRole, CandidateEvent, EventType

__all__ = ["article_claims", "claims_for", "disowned"]

_UNKNOWN = re.compile(
    r"\b(?:unidentified|unknown|unnamed)\s+(?:gunm[ae]n|assailants?|attackers?|armed\s+men|"
    r"men|perpetrators?|killers?)\b"
    r"|\bno\s+(?:group|one|organi[sz]ation)\s+(?:has\s+)?(?:yet\s+|immediately\s+)?"
    r"claimed\b"
    r"|\bdid\s+not\s+say\s+who\s+(?:was|is)\s+(?:responsible|behind)\b",
    re.I,
)
"""Words that leave an incident's perpetrator unknown: "unidentified gunmen", "no group
claimed the killing", "did not say who was responsible"."""


def article_claims(candidates: Sequence[CandidateEvent]) -> dict[EventType, list[str]]:
    """The claim mentions of the article's current incidents, by event type."""
    out: dict[EventType, list[str]] = {}
    for candidate in candidates:
        if candidate.background:
            continue
        for mention in candidate.actors:
            if mention.role is ActorRole.CLAIMED_BY:
                out.setdefault(candidate.event_type, []).append(mention.text)
    return out


def claims_for(candidate: CandidateEvent, claims: Mapping[EventType, Sequence[str]]) -> list[str]:
    """The claims of the article's other incidents of this candidate's type."""
    if candidate.background:
        return []
    own = {m.text for m in candidate.actors if m.role is ActorRole.CLAIMED_BY}
    return [c for c in claims.get(candidate.event_type, ()) if c not in own]


def disowned(candidate: CandidateEvent, mention: ActorMention) -> bool:
    """Whether ``mention`` (a named actor1) is outside the sentence of the incident's
    trigger while the incident's own sentences call its perpetrator unknown or its
    attack unclaimed: the group is named about something else ("fighting between the
    ELN and dissidents" after "unidentified gunmen shot dead a police officer")."""
    if mention.span is None:
        return False
    own = candidate.trigger_sentence()
    if own is None or own.start <= mention.span.start < own.end:
        return False
    said = [s for s in candidate.evidence if not s.start <= mention.span.start < s.end]
    return any(_UNKNOWN.search(s.text) for s in said)
