"""Generic fighters whose group the next words name: "Fighters led by Hayat Tahrir
al-Sham (HTS) took control of the town". The extractor hands over the head noun
("Fighters"); the words right after it in the article say whose they are. Only phrases
of command or membership count ("led by", "loyal to", "belonging to", "affiliated
with"): "linked to" and "suspected of" are an attribution, not a side.
"""

from __future__ import annotations

import re

from sitrep.model import ActorMention

__all__ = ["affiliated_group"]

_LED_BY = re.compile(
    r"^,?\s*(?:(?:who\s+(?:are|were)\s+)?(?:led|commanded|backed)\s+by|loyal\s+to|"
    r"belonging\s+to|affiliated\s+(?:with|to))\s+"
    r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z(][\w'’()-]*|al-[\w'’-]+|al|el|of|the|and)){0,6})"
)
"""A command or membership phrase after a mention and the capitalised name it gives."""


def affiliated_group(mention: ActorMention, text: str) -> str | None:
    """The group named right after ``mention`` by a command or membership phrase, as
    written ("Hayat Tahrir al-Sham (HTS)"), or None."""
    span = mention.span
    if span is None or text[span.start : span.end] != span.text:
        return None
    found = _LED_BY.match(text[span.end : span.end + 160])
    return found.group(1).strip() if found else None
