"""A town's quarter named by the town and a quarter word: "Hama al-Jadida", "Daraa al-Mahatta".

Arabic place names call the parts of a town by the town's name and a word for the part:
*al-Balad* (the old town), *al-Mahatta* (the station quarter), *al-Jadida* (the new town),
*al-Qadima* (the old one), *Sharqi* and *Gharbi* (east and west). When the gazetteer does not
know the whole name, the quarter is in the town: the name is kept as written and the town
gives the admin units and coordinates (the ACLED "Town - Site" form), precision 1."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.model import GeoPrecision, PlaceMention

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.places import PlaceResolver, PlaceResult

__all__ = ["QUARTER_WORDS", "names_a_quarter", "quarter_place", "town_of_quarter"]

QUARTER_WORDS = frozenset(
    {"balad", "mahatta", "mahata", "jadida", "jadideh", "jdideh", "qadima", "qadimeh",
     "sharqi", "gharbi", "sharqiya", "gharbiya"}
)  # fmt: skip
"""Words that, after a town's name, make one of its quarters."""

_QUARTER = re.compile(r"^(?P<town>.+?)[\s-]+(?:al|an|el|en)?[\s-]*(?P<word>[a-z]+)$", re.IGNORECASE)


def town_of_quarter(name: str) -> str | None:
    """The town part of a quarter's name ("Daraa al-Mahatta" -> "Daraa"), or None when the
    name does not end in a quarter word or nothing is left before it."""
    match = _QUARTER.match(name.strip())
    if match is None or match.group("word").lower() not in QUARTER_WORDS:
        return None
    town = match.group("town").strip(" -")
    return town if len(town) >= 3 and town[:1].isupper() else None


def names_a_quarter(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a quarter of a town the gazetteer has exactly ("Hama al-Jadida")."""
    town = town_of_quarter(name)
    return town is not None and any(
        e.similarity >= 0.95 and e.kind == "city" for e in gazetteer.lookup(town)
    )


def quarter_place(
    places: PlaceResolver,
    name: str,
    mention: PlaceMention,
    *,
    focus: Sequence[str],
    seen_admin1: Sequence[tuple[str, str]],
    named: Collection[str] | None,
) -> PlaceResult | None:
    """A quarter the gazetteer lacks ("Daraa al-Mahatta"): in the town it is named after,
    kept as written ("Dara - Daraa al-Mahatta"), or None when ``name`` is no quarter's or the
    town is not known by that exact spelling."""
    town = town_of_quarter(name)
    if town is None:
        return None
    entry = places.best_town(town, focus=focus, seen_admin1=seen_admin1, named=named)
    if entry is None:
        return None
    found = places.from_entry(entry, mention, GeoPrecision.TOWN)
    return replace(found, location=f"{entry.name} - {name}", kind="site")
