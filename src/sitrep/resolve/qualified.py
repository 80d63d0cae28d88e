"""Places written with the unit that holds them: "Bradford, Ontario", "Athens (Tenn.)",
"the Syrian town of Kobani".

A name followed within a comma or a bracket by an admin unit or country
(:func:`~sitrep.resolve.focus.qualifier_pairs`) is the namesake inside that unit,
whatever the article's focus or the population of namesakes elsewhere: the writer has
told the reader which one. Read once per article, by span, so that the resolver takes
the reading as given (as it takes "New York" after "Buffalo," as the state).

Not a list: a name that is itself a country, an admin1 unit or a region ("China, Japan",
"Texas, Oklahoma") is left to the resolver, as is a unit that holds no namesake. When the
unit holds none but namesakes lie elsewhere ("Bradford, Ontario" with only the English
Bradford known), :func:`unit_of_unknown` names the unit, so the place falls back up the
hierarchy to it instead of taking the far namesake.

A people's name before the kind of place ("the Syrian town of Kobani", "the southern
English city of Salisbury", "the Iraqi province of Anbar") says the same of its country:
:func:`called_spans` reads the place there, as a town, a province or a district as the
noun says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from sitrep.model import PlaceMention
from sitrep.resolve.demonyms import load_peoples, people_of
from sitrep.resolve.designators import clean_mention, split_designator
from sitrep.resolve.focus import PlaceLexicon, is_non_place, qualifier_pairs

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer import GazEntry, Gazetteer

__all__ = ["called_spans", "qualified_spans"]

_Span = tuple[int, int]
_UNITS = frozenset({"country", "admin1", "admin2"})
_AREAS = frozenset({"country", "admin1", "region"})
_JOINT = re.compile(r"\s*(?:,|\()\s*")
"""What joins a place to its unit: a comma or an opening bracket ("Athens (Tenn.)");
not a full stop ("in Seattle. Russia would")."""
_LIST_GOES_ON = re.compile(r"\)?\s*(?:,\s*[A-Z]|,?\s+(?:and|or|&)\s+[A-Z])")
"""What follows the last name when it is an item of a list ("Kiev, Minsk and Riga")."""


def qualified_spans(
    gazetteer: Gazetteer, mentions: Iterable[PlaceMention], lexicon: PlaceLexicon, text: str
) -> tuple[Mapping[_Span, GazEntry], Mapping[_Span, GazEntry]]:
    """Each place written with its unit (in ``text``, the article) -> its namesake
    inside that unit (the most populous when several are; a town before a county of the
    same name), and each one whose unit holds no namesake while others are known -> the
    unit itself, unless the two are items of a list ("Moscow, Kiev, Minsk and Riga")."""
    inside: dict[_Span, GazEntry] = {}
    unknown: dict[_Span, GazEntry] = {}
    for place, unit in qualifier_pairs(mentions):
        if place.span is None or unit.span is None:
            continue
        if not _JOINT.fullmatch(text[place.span.end : unit.span.start]):
            continue
        head, kind, _ = split_designator(clean_mention(place.text))
        if kind not in {None, "city", "admin2"} or is_non_place(head, lexicon):
            continue
        found = _exact(gazetteer, head)
        if any(e.kind in _AREAS for e in found):
            continue  # "China, Japan", "Texas, Oklahoma": a list, not a place and its unit
        holders = [e for e in _exact(gazetteer, unit.text.strip("()[] ")) if e.kind in _UNITS]
        if not holders:
            continue
        wanted = {"admin2"} if kind == "admin2" else {"city", "admin2"}
        held = [e for e in found if e.kind in wanted and any(h.holds(e) for h in holders)]
        span = (place.span.start, place.span.end)
        if held:
            inside[span] = max(held, key=lambda e: (e.kind == "city", e.population, -e.id))
        elif (
            found
            and len(areas := [h for h in holders if h.kind in _AREAS]) == 1
            and not _LIST_GOES_ON.match(text, unit.span.end)
            and not _listed_before(text, place.span.start)
        ):
            unknown[span] = areas[0]  # "Bradford, Ontario": none known there, the province
    return inside, unknown


_CALLED = re.compile(
    r"\b([A-Z][a-z]+)\s+(city|town|village|capital|port|province|region|state|governorate"
    r"|district)(?:\s+of)?\s*$"
)
"""A people's name and the kind of place right before a mention: "the Syrian town of",
"the southern English city of", "the Iraqi province of"."""
_KIND_OF = {"province": "admin1", "region": "admin1", "state": "admin1",
            "governorate": "admin1", "district": "admin2"}  # fmt: skip
"""The gazetteer kind each noun names (the others: a town)."""


def called_spans(
    gazetteer: Gazetteer, mentions: Iterable[PlaceMention], text: str
) -> Mapping[_Span, GazEntry]:
    """Each place the article calls a town, city or province of a people ("the Syrian town
    of Kobani") -> its namesake of that kind in that people's country (the most populous
    when several are); a place with no such namesake is left to the resolver."""
    peoples = load_peoples()
    out: dict[_Span, GazEntry] = {}
    for mention in mentions:
        if mention.span is None:
            continue
        start = mention.span.start
        match = _CALLED.search(text[max(0, start - 60) : start])
        people = people_of(match.group(1), peoples) if match is not None else None
        if match is None or people is None:
            continue
        name, cc = people
        home = (
            [e for e in _exact(gazetteer, name) if e.kind in {"country", "admin1"}] if name else []
        )
        if len(home) == 1:  # "English" -> England, "Texan" -> Texas: that unit
            cc = home[0].cc
        if not cc:
            continue
        unit = home[0].admin1 if len(home) == 1 and home[0].kind == "admin1" else None
        kind = _KIND_OF.get(match.group(2), "city")
        head, _, _ = split_designator(clean_mention(mention.text))
        there = [
            e
            for e in _exact(gazetteer, head)
            if e.cc == cc and e.kind == kind and unit in {None, e.admin1}
        ]
        if there:
            out[(start, mention.span.end)] = max(there, key=lambda e: (e.population, -e.id))
    return out


def _listed_before(text: str, start: int) -> bool:
    """Whether a capitalised list item ends right before ``start`` ("Moscow, Kiev")."""
    return re.search(r"[A-Z][\w.'-]*,\s*$", text[max(0, start - 40) : start]) is not None


def _exact(gazetteer: Gazetteer, name: str) -> list[GazEntry]:
    return [e for e in gazetteer.lookup(clean_mention(name)) if e.similarity >= 0.95]
