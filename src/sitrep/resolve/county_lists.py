"""Names listed before "counties": each is a county, and all lie in one state.

Local news names counties in lists whose head noun comes last: "Douglas, Sarpy and
Lancaster counties", "Clarke, Madison, Oconee and Oglethorpe counties", "Caddo and
Bossier parishes". The names themselves are towns elsewhere ("Lancaster", "Madison"),
so read alone they would be; read with the plural head they are counties, and the
state is the one where the most of the list's names are counties (a list of
neighbouring counties lies in one state), with the state the article names breaking
a tie.

:func:`county_list_units` maps each mention inside such a list to its county.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from sitrep.model import PlaceMention

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer import GazEntry, Gazetteer

__all__ = ["county_list_units", "listed_names"]

_NAME = r"[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*)?"
_TAIL = re.compile(rf"((?:(?:,|,? and|,? or|,? &) {_NAME})*) (counties|parishes)\b")
"""What follows the first name of a list: more names, then the plural head noun."""
_SEPARATOR = re.compile(r",? (?:and|or|&) |, ")
_HEADS = {"counties": "County", "parishes": "Parish"}


def listed_names(text: str, start: int, end: int) -> tuple[list[str], int, str] | None:
    """The names of a county list whose first name spans ``text[start:end]``, where
    the list ends and its singular head ("County", "Parish"); None when no plural head
    closes a list of two or more capitalised names right after it."""
    match = _TAIL.match(" ".join(text[end : end + 300].split("\n")))
    if match is None:
        return None
    rest = [n for n in _SEPARATOR.split(match.group(1)) if n]
    if not rest:  # "the four metro Athens counties", "Indiana counties": no list
        return None
    return [text[start:end], *rest], end + match.end(), _HEADS[match.group(2)]


def _counties(gazetteer: Gazetteer, name: str, head: str) -> list[GazEntry]:
    return [
        e for e in gazetteer.lookup(f"{name} {head}") if e.kind == "admin2" and e.similarity >= 0.95
    ]


def county_list_units(
    gazetteer: Gazetteer,
    mentions: Iterable[PlaceMention],
    text: str,
    *,
    seen_admin1: Sequence[tuple[str, str]] = (),
) -> Mapping[tuple[int, int], GazEntry]:
    """Each mention written inside a county list ("Douglas and Wyandotte counties")
    -> its county, in the state where the most of the list's names are counties."""
    located = sorted((m.span.start, m.span.end) for m in mentions if m.span is not None)
    out: dict[tuple[int, int], GazEntry] = {}
    covered = -1
    for start, end in located:
        if start < covered:
            continue
        found = listed_names(text, start, end)
        if found is None:
            continue
        names, stop, head = found
        covered = stop
        readings = {name: _counties(gazetteer, name, head) for name in names}
        states = Counter(
            state
            for entries in readings.values()
            for state in {(e.cc, e.admin1) for e in entries if e.admin1 is not None}
        )
        if not states:
            continue
        state = max(states, key=lambda s: (states[s], s in seen_admin1, s))
        for span in (s for s in located if start <= s[0] and s[1] <= stop):
            name = text[span[0] : span[1]]
            here = [e for e in readings.get(name, []) if (e.cc, e.admin1) == state]
            if here:
                out[span] = here[0]
    return out
