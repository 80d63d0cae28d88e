"""The force that meets a crowd: the second side of a protest or riot event.

ACLED codes the demonstrators as actor1 of a protest or riot and the police or army who
intervened as actor2 ("Police lathi-charged students protesting ...": Protesters (India)
and Police Forces of India; "police fired tear gas at a stone-throwing mob": Rioters and
the police). The extractor hands over the crowd and often not the force, which is the
subject of the sentence's verb rather than of the event noun. :func:`intervening_force`
finds the force in the incident's own sentence, else in the next sentence of its evidence
that tells force used on a crowd ("Hundreds marched through Kut. Security forces used tear
gas to disperse them."): a police or army noun that is not only the source of the report
("police said", "a police commander said") nor a place ("the police station").
"""

from __future__ import annotations

import re

from sitrep.model import CandidateEvent

__all__ = ["intervening_force"]

_FORCE = re.compile(
    r"\b(?:(?:[A-Z][a-z]+|[Rr]iot|[Aa]nti-riot|[Ss]ecurity|[Aa]rmed)\s+)?"
    r"(?i:police(?:men)?|policemen|security\s+forces|troops|soldiers|"
    r"gendarmes|gendarmerie|army)\b"
)
_NOT_ACTING = re.compile(
    r"^\s*(?:said|says|say|told|stated|reported|confirmed|added|spokesm[ae]n|spokesperson|"
    r"spokeswoman|officials?|commanders?|chiefs?|sources?|statements?|stations?|posts?|"
    r"headquarters|records|figures|reports?)\b",
    re.I,
)
"""Words after a force noun that make it a source or a building, not an actor."""


_FORCE_USED = re.compile(
    r"\b(?:tear\s*-?\s*gas|teargas|water\s+cannons?|rubber\s+bullets|batons?|"
    r"lathi|dispers(?:e|ed|ing)|fired|opened\s+fire|shot|beat|beaten|charged|"
    r"arrest(?:ed|ing)|detain(?:ed|ing)|pushed\s+(?:them|the\s+\w+)\s+back|"
    r"broke\s+up|break\s+up|clashed)\b",
    re.I,
)
"""Force used on a crowd: what makes a later evidence sentence the intervention."""
_ACTS = re.compile(
    r"\s+(?:(?:then|later|also|had|have|has|quickly|reportedly)\s+)*" + _FORCE_USED.pattern, re.I
)
"""A verb of force right after the force phrase: "police dispersed", "troops fired"."""


def _force_in(text: str) -> str | None:
    """The force phrase that acts in ``text``: the first one a verb of force follows ("the
    police dispersed the gathering", not "more means for the army"), else the first one."""
    found = [m for m in _FORCE.finditer(text) if not _NOT_ACTING.match(text[m.end() :])]
    acting = next((m for m in found if _ACTS.match(text[m.end() :])), None)
    chosen = acting or (found[0] if found else None)
    return chosen.group(0) if chosen is not None else None


def intervening_force(candidate: CandidateEvent) -> str | None:
    """The police or army phrase of the incident's own sentence, else of a later evidence
    sentence that tells force used on the crowd; or None."""
    own = candidate.trigger_sentence()
    if own is None:
        return None
    found = _force_in(own.text)
    if found is not None:
        return found
    later = sorted((s for s in candidate.evidence if s.start >= own.end), key=lambda s: s.start)
    for sent in later:
        if _FORCE_USED.search(sent.text):
            found = _force_in(sent.text)
            if found is not None:
                return found
    return None
