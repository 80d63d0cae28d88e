"""Ranking helpers of the place resolver (:mod:`sitrep.resolve.places`): which of a
candidate's resolved places is the most specific, the country its places are kept in,
great-circle distance, whether a query is a place's main name, and whether a place lies
in a unit the article names or is written with its unit.

Split from :mod:`sitrep.resolve.places` by meaning: pure functions over results and
names, no gazetteer."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.resolve.names import ascii_name, strip_articles

if TYPE_CHECKING:
    from sitrep.model import PlaceMention
    from sitrep.resolve.gazetteer import GazEntry
    from sitrep.resolve.places import PlaceResult

__all__ = [
    "KIND_RANK",
    "REFERENCE_CITY",
    "home_country",
    "is_local",
    "km",
    "same_name",
    "specificity",
    "written_as",
]

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
    Baghdad), and a town named only as the point a district lies off ("Harib district,
    south of Marib"); then finer precision, sites before towns before
    regions; then the extractor's order."""
    precision = int(result.geo_precision or 9)
    reference = int(
        result.kind == "town"
        and any(
            o is not result
            and o.kind in {"town", "site", "landmark", "village", "admin2"}
            and o.admin1 == result.admin1
            and o.location != result.location
            and (
                (
                    result.population >= REFERENCE_CITY
                    and (o.kind != "town" or o.population * 3 < result.population)
                )
                or (o.kind == "admin2" and _bearing_from(result) and not _bearing_from(o))
            )
            for o in pool
        )
    )
    if not reference and not _between(result):
        # "on the road between Afgooye and Mogadishu": the first named end of the road is
        # the incident's place (corpus convention), not another town of the report
        reference = int(any(o is not result and _between(o) for o in pool))
    return (reference, precision, KIND_RANK.get(result.kind or "", 6), order.index(result))


def _between(result: PlaceResult) -> bool:
    """Whether the place is the first end of a road or stretch ("between X and Y")."""
    context = result.mention.context if result.mention is not None else None
    return context is not None and context.lower().split()[-1:] == ["between"]


_BEARING = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of$"
)
"""The words before a town that make it a reference point: "south of", "20 km east of"."""


def _bearing_from(result: PlaceResult) -> bool:
    """Whether the place is named as the point another lies off ("Harib district, south of
    Marib": Marib locates the district; the incident is in the district). A village the
    gazetteer lacks is placed by that town ("the village of X, north-east of Muqdadiyah"):
    only a district outranks it."""
    context = result.mention.context if result.mention is not None else None
    return context is not None and _BEARING.search(context.lower()) is not None


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


@lru_cache(maxsize=16_384)
def same_name(name: str, query: str) -> bool:
    """The query is the place's main name (not one of its alternate spellings); an
    abbreviated word is its full form ("St. Petersburg" is Saint Petersburg's main name,
    "Mt. Pleasant" Mount Pleasant's).

    Pure, and asked of every exactly spelled homonym each time a name is ranked: cached."""
    a, b = ([_SHORT_WORDS.get(w, w) for w in ascii_name(x).split()] for x in (name, query))
    return strip_articles(a) == strip_articles(b)


def written_as(mention: PlaceMention, units: Mapping[tuple[int, int], GazEntry]) -> bool:
    """Whether the article's way of writing ``mention`` says which place it is
    (``ArticleContext.units``: "Athens, Texas", "the Texan town of Athens")."""
    return mention.span is not None and (mention.span.start, mention.span.end) in units


def is_local(entry: GazEntry, seen_admin1: Sequence[tuple[str, str]]) -> bool:
    """Whether ``entry`` lies in an admin1 unit the article names or implies."""
    return entry.admin1 is not None and (entry.cc, entry.admin1) in seen_admin1
