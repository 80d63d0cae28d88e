"""One sense per article: a name the article once writes so that it can only be one
place is that place wherever else the article names it bare.

Two readings are spread or added here, by span, to ``ArticleContext.units``:

* :func:`same_sense`: a mention the way it is written already reads
  (``ArticleContext.units``: "Georgia, Oklahoma and California", a list of states;
  "Buffalo, New York") lends that reading to the bare mentions of the same name
  elsewhere in the article ("almond growing in California": the state, not
  California, Pennsylvania). Only when the written mentions of the name agree, the
  reading is the named place itself, not the unit of a place the gazetteer lacks, and
  no city of 100,000 of the name lies in that unit ("New York said": the city);
* :func:`unit_word_spans`: a name followed by the word for its admin1 kind outside the
  mention's span ("a Washington state farm", "Ontario province") is the admin1 unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from sitrep.model import PlaceMention
from sitrep.resolve.designators import clean_mention
from sitrep.resolve.names import ascii_name
from sitrep.resolve.place_ranks import REFERENCE_CITY

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer import GazEntry, Gazetteer

__all__ = ["same_sense", "unit_word_spans"]

_Span = tuple[int, int]
_UNIT_WORD = re.compile(r"\s+(?:state|province)\b(?!\s+of\b)", re.IGNORECASE)
"""The word after a name that makes it an admin1 unit ("Washington state farm"); not
the start of another name ("Ohio State of mind" is rare; "state of" is a phrase)."""


def same_sense(
    gazetteer: Gazetteer, mentions: Iterable[PlaceMention], units: Mapping[_Span, GazEntry]
) -> dict[_Span, GazEntry]:
    """Bare mentions (by span) of a name whose written mentions all read as one place
    that is spelled exactly that name -> that place."""
    mentions = [m for m in mentions if m.span is not None]
    readings: dict[str, set[int]] = {}
    entries: dict[int, GazEntry] = {}
    for mention in mentions:
        assert mention.span is not None
        unit = units.get((mention.span.start, mention.span.end))
        if unit is None:
            continue
        name = ascii_name(clean_mention(mention.text))
        readings.setdefault(name, set()).add(unit.id)
        entries[unit.id] = unit
    out: dict[_Span, GazEntry] = {}
    for mention in mentions:
        assert mention.span is not None
        span = (mention.span.start, mention.span.end)
        name = ascii_name(clean_mention(mention.text))
        ids = readings.get(name)
        if span in units or ids is None or len(ids) != 1:
            continue
        entry = entries[next(iter(ids))]
        exact = gazetteer.exact(clean_mention(mention.text))
        if any(e.id == entry.id for e in exact) and not _city_of_the_unit(entry, exact):
            out[span] = entry
    return out


def _city_of_the_unit(unit: GazEntry, exact: Iterable[GazEntry]) -> bool:
    """Whether a city of 100,000 of the unit's name lies in it: the bare name is then the
    city ("New York", "Kirkuk"), as the resolver's ranking reads it."""
    return unit.kind == "admin1" and any(
        e.kind == "city" and e.population >= REFERENCE_CITY and unit.holds(e) for e in exact
    )


def unit_word_spans(
    gazetteer: Gazetteer, mentions: Iterable[PlaceMention], text: str
) -> dict[_Span, GazEntry]:
    """Mentions followed by "state" or "province" outside their span -> the admin1 unit
    spelled as the mention, when exactly one admin1 unit is (several: left to the
    resolver's ranking)."""
    out: dict[_Span, GazEntry] = {}
    for mention in mentions:
        if mention.span is None or not _UNIT_WORD.match(text, mention.span.end):
            continue
        found = [e for e in gazetteer.exact(clean_mention(mention.text)) if e.kind == "admin1"]
        if len(found) == 1:
            out[(mention.span.start, mention.span.end)] = found[0]
    return out
