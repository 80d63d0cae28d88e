"""Whose "enemy": the adversary a partisan or state outlet calls "the enemy".

Outlets on one side of a war name the other side once ("the Israeli enemy", "the Zionist
enemy", "the Russian enemy") and then write "the enemy", "the enemy army", "enemy
artillery", "an enemy drone". The dictionary reads "enemy artillery" as the state forces of
the event's country, as it reads "the army": in a Lebanese report of Israeli shelling that
is the Lebanese army, the side the outlet is on. :func:`article_enemy` finds the country
the article calls the enemy (the first "<demonym> enemy", "<demonym> occupation" or
"<demonym> occupiers" it writes); :func:`names_the_enemy`
tells a mention that refers to it. An article that never says whose enemy stays as the
dictionary reads it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sitrep.resolve.actors import actor_key

__all__ = ["adversary_of", "article_enemy", "names_the_enemy"]

_ENEMY_WORDS = r"(?:enemy|occupation|occupiers?)"
"""What partisan copy calls the other side: "the enemy", "the occupation", "the occupiers"."""
_NAMED = re.compile(rf"\b([A-Za-z][\w.-]*)\s+{_ENEMY_WORDS}\b", re.I)
"""A word and "enemy" (or "occupation", "occupiers") after it: "the Israeli enemy", "the
Zionist enemy", "the Turkish occupation", "the Russian occupiers"."""
_PARTISAN = {"zionist": "Israel"}
"""Words of partisan media that stand for a country without being its demonym."""
_ADVERSARIES = {"Palestine": "Israel", "Ukraine": "Russia"}
"""Whose forces "the enemy", "the occupation" and "the occupiers" are in the copy of an
occupied country that names no one: the Israeli army in the West Bank and Gaza, the
Russian in Ukraine."""
_ENEMY = re.compile(rf"\b{_ENEMY_WORDS}\b", re.I)


def article_enemy(text: str, demonyms: Mapping[str, str]) -> str | None:
    """The country the article calls "the enemy" (the first "<demonym> enemy" in
    ``text``), or None. ``demonyms``: folded demonym -> country name (the actor
    dictionary's)."""
    for match in _NAMED.finditer(text):
        word = actor_key(match.group(1))
        country = demonyms.get(word) or _PARTISAN.get(word)
        if country is not None:
            return country
    return None


def names_the_enemy(text: str) -> bool:
    """ "the enemy", "the enemy army", "enemy artillery", "an Israeli enemy drone", "the
    occupation forces", "the occupiers"."""
    return bool(_ENEMY.search(text))


def adversary_of(country: str | None) -> str | None:
    """The country whose forces "the enemy" or "the occupiers" are in an event in
    ``country``, when the article named no enemy of its own."""
    return _ADVERSARIES.get(country or "")
