"""The countries an incident's own sentences name, over the article's country focus.

A wire story filed from Ankara is about Turkey, yet "the strikes in Syria hit ...
the Derik district in the Hasakah countryside" places that incident in Syria: the
country and the admin1 unit named beside the incident outrank the article-wide
focus, so a name both countries have ("Derik": a Turkish town of Mardin and
al-Malikiyah of al-Hasakah) is read in the country the sentence names.

:func:`candidate_countries` finds the countries a candidate's own mentions name (only
units spelled exactly, held by one country, in a country the article names; a bare
demonym, "Syrian", names none here, nor does the dateline), and
:func:`candidate_focus` reads a mention in them first when they have a town of its name.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from sitrep.model import PlaceMention
from sitrep.resolve.designators import clean_mention, split_designator
from sitrep.resolve.names import ascii_name

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer import Gazetteer

__all__ = ["candidate_countries", "candidate_focus", "named_unit_country"]

_UNIT_KINDS = frozenset({"country", "admin1"})
_RIVAL_TOWN = 10_000
"""Population from which a town abroad makes a unit's name ambiguous."""


def named_unit_country(gazetteer: Gazetteer, text: str) -> str | None:
    """The country of a country or admin1 unit spelled exactly in ``text`` ("Syria",
    "Hasakah countryside", "the province of Idlib"); None when the name is no such
    unit, when units of several countries have it ("Georgia", "Punjab") or when a
    town of 10,000 elsewhere has it too ("Southampton": a parish of Bermuda and the
    English port)."""
    clean = clean_mention(text)
    head, _, _ = split_designator(clean)
    for name in dict.fromkeys((clean, head)):
        if len(ascii_name(name).replace(" ", "")) < 4:  # "SA", "WA": initials
            continue
        exact = [e for e in gazetteer.lookup(name) if e.similarity >= 0.95 and e.cc]
        units = {e.cc for e in exact if e.kind in _UNIT_KINDS}
        if len(units) != 1:
            if units:
                return None
            continue
        (cc,) = units
        if any(e.cc != cc and e.population >= _RIVAL_TOWN for e in exact):
            return None
        return cc
    return None


def candidate_countries(
    gazetteer: Gazetteer,
    mentions: Sequence[PlaceMention],
    focus: Sequence[str],
    named: Collection[str] | None,
) -> tuple[str, ...]:
    """The countries other than the article's the candidate's own mentions name, as a
    country or an admin1 unit ("Syria", "the Hasakah countryside"): none when they name
    the article's country too ("Syria ... Mardin province" in a Turkey story), when the
    article does not name that country (``named``), and never from the dateline (the
    bureau is not the incident's place: "AMMAN (Wire) - ... in al-Bab")."""
    if not focus or len(mentions) < 2:  # a lone mention is read on its own merits
        return ()
    local: list[str] = []
    for mention in mentions:
        if mention.context == "dateline":
            continue
        cc = named_unit_country(gazetteer, mention.text)
        if cc is not None and cc not in local and (named is None or cc in named):
            local.append(cc)
    return () if focus[0] in local else tuple(local)


def candidate_focus(
    gazetteer: Gazetteer,
    mention: PlaceMention,
    focus: Sequence[str],
    local: Sequence[str],
) -> tuple[str, ...]:
    """The focus ``mention`` is read with: the countries of ``local``
    (:func:`candidate_countries`) where the gazetteer has a town of its name first, the
    article's ``focus`` otherwise. "Derik" (a town of Turkey's Mardin and Syria's
    Hasakah) beside "Syria" is read in Syria; "al-Bab", a Syrian town only, beside
    "across the border in Turkey", stays in Syria."""
    if not local:
        return tuple(focus)
    head, _, _ = split_designator(clean_mention(mention.text))
    towns = {e.cc for e in gazetteer.lookup(head) if e.kind == "city" and e.similarity >= 0.95}
    first = [cc for cc in local if cc in towns]
    return (*first, *(cc for cc in focus if cc not in first)) if first else tuple(focus)
