"""Whose aircraft: an unmarked drone or warplane takes the nationality the article gave it.

A report names the owner of the aircraft once and then counts the strikes with a bare
noun: "Turkish drones struck in three places ... a drone hit a car west of Amuda". The
dictionary reads "a drone" as the state forces of the event's country, as it reads "the
army"; but a drone is not the army of the country it flies over when the article has
said whose drones they are. :func:`aircraft_owner` finds that nationality: the last
"<demonym> <aircraft>" written before the event ("Turkish drones", "Russian warplanes",
"an Israeli drone strike"). An aircraft the article calls unidentified or unknown stays
as the dictionary reads it, and so does a warplane no nationality was ever given; a drone
never given one (:func:`is_bare_drone`) is flown by an unidentified armed group, since armed
groups fly drones too (or by the country's adversary, `sitrep.resolve.enemies`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sitrep.resolve.actors import actor_key

__all__ = ["aircraft_owner", "is_bare_aircraft", "is_bare_drone"]

_AIRCRAFT = (
    r"(?:drones?|warplanes?|war\s+planes?|fighter\s+jets?|jets?|aircraft|helicopters?|"
    r"helicopter\s+gunships?|gunships?|planes?|uavs?)"
)
_BARE = re.compile(
    rf"^(?:(?:a|an|the|one|another|two|three|four|five|several)\s+)?"
    rf"(?:(?:armed|attack|combat|military|suicide|kamikaze|unmanned)\s+)?{_AIRCRAFT}$",
    re.I,
)
"""A mention that is only an aircraft noun: "a drone", "the warplanes", "an armed drone"."""
_OWNED = re.compile(rf"\b([A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)?)\s+{_AIRCRAFT}\b")
"""An aircraft noun and the one or two words before it ("Turkish drones", "U.S. jets")."""
_LOOKBACK = 3_000
"""Characters before the event searched for the aircraft's nationality (a report's
section, not another story of a long page)."""


def is_bare_aircraft(text: str) -> bool:
    """ "a drone", "the warplanes": an aircraft with no owner in the mention itself."""
    return bool(_BARE.match(text.strip()))


_DRONE = re.compile(r"\b(?:drones?|uavs?)$", re.I)


def is_bare_drone(text: str) -> bool:
    """ "a drone", "an armed drone": a bare aircraft that any side may fly (a warplane or a
    helicopter is a state's)."""
    return is_bare_aircraft(text) and bool(_DRONE.search(text.strip()))


def aircraft_owner(before: str, demonyms: Mapping[str, str]) -> str | None:
    """The country of the last aircraft given a nationality in ``before`` (the article's
    text before the event), or None. ``demonyms``: folded demonym -> country name (the
    actor dictionary's)."""
    found: str | None = None
    for match in _OWNED.finditer(before[-_LOOKBACK:]):
        words = actor_key(match.group(1)).split()
        owner = None
        for size in (2, 1):
            if len(words) >= size and " ".join(words[-size:]) in demonyms:
                owner = demonyms[" ".join(words[-size:])]
                break
        if owner is not None:
            found = owner
    return found
