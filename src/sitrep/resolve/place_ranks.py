"""Ranking helpers of the place resolver (:mod:`sitrep.resolve.places`): which of a
candidate's resolved places is the most specific, the country its places are kept in,
great-circle distance and whether a query is a place's main name.

Split from :mod:`sitrep.resolve.places` by meaning: pure functions over results and
names, no gazetteer."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.resolve.names import ascii_name, strip_articles

if TYPE_CHECKING:
    from sitrep.resolve.places import PlaceResult

__all__ = ["KIND_RANK", "REFERENCE_CITY", "home_country", "km", "same_name", "specificity"]

REFERENCE_CITY = 100_000
"""Population from which a city named with a smaller place of its province is the
reference point, not the incident's place."""
KIND_RANK = {
    "landmark": 0, "site": 0, "village": 0, "town": 1, "generic_site": 2, "admin2": 3, "admin1": 4,
    "region": 5, "country": 5,
}  # fmt: skip


def specificity(
    result: PlaceResult, pool: list[PlaceResult], order: list[PlaceResult]
) -> tuple[int, int, int, int]:
    """Sort key: a city yields to a smaller place of its own province named with it
    ("Tarmiyah, north of Baghdad", "Deir ez-Zor's Dhiban", "Tarmiya district" with
    Baghdad); then finer precision, sites before towns before regions; then the
    extractor's order."""
    precision = int(result.geo_precision or 9)
    reference = int(
        result.kind == "town"
        and result.population >= REFERENCE_CITY
        and any(
            o is not result
            and o.kind in {"town", "site", "landmark", "village", "admin2"}
            and o.admin1 == result.admin1
            and o.location != result.location
            and (o.kind != "town" or o.population * 3 < result.population)
            for o in pool
        )
    )
    return (reference, precision, KIND_RANK.get(result.kind or "", 6), order.index(result))


def home_country(
    local: Sequence[str], article_focus: Sequence[str], results: Sequence[PlaceResult]
) -> str:
    """The country the candidate's places are kept in: one its own mentions name when
    a place finer than that country is read there, else the article's."""
    inside = [r.cc for r in results if r.cc in local and r.kind != "country"]
    return inside[0] if inside and inside[0] else article_focus[0]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
"""Abbreviated words of place names, spelled out to compare main names."""


def same_name(name: str, query: str) -> bool:
    """The query is the place's main name (not one of its alternate spellings); an
    abbreviated word is its full form ("St. Petersburg" is Saint Petersburg's main name,
    "Mt. Pleasant" Mount Pleasant's)."""
    a, b = ([_SHORT_WORDS.get(w, w) for w in ascii_name(x).split()] for x in (name, query))
    return strip_articles(a) == strip_articles(b)
