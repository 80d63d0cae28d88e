"""Places the gazetteer lacks: unknown villages and named sites, located by the town or
unit named with them.

A village the gazetteer lacks keeps its own name in ``location`` and takes the
coordinates and admin units of the town it is in or near (precision 2), or of the
district or province named with it ("the rice fields of Koshobe, near Zabarmari in
Jere Local Government Area": Koshobe, coded to Jere). A site ("Zaghniya police
station", "Wahailat market") keeps its name too, in the ACLED "Town - Site" form, with
its town's coordinates.

The public entry point is :func:`keep_village`: whether the place a candidate's other
mentions resolve to is where its unknown village lies, and if so the village coded
there. :func:`village_in` and :func:`attach_site` build the results; the patterns say
which words before a mention make it a populated place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.designators import clean_mention, is_near, split_designator

if TYPE_CHECKING:
    from sitrep.resolve.places import PlaceResult

__all__ = [
    "AT_A_VILLAGE",
    "CALLED_A_PLACE",
    "SUBDISTRICTS",
    "attach_site",
    "is_district",
    "keep_village",
    "village_host",
    "village_in",
    "village_unit",
]

_FIELDS = r"(?:fields|farms|farmlands?|orchards|pastures)\s+of"
CALLED_A_PLACE = re.compile(
    rf"(?<!\bborder )\b(?:(?:village|villages|town|hamlet|city)(?: of)?|{_FIELDS})$"
)
"""The words before a mention that make it a populated place of the story's country: "the
village of", "the villages of", "the rice fields of", "the farmlands of". A "border town"
or "border village" is not one: it lies on a frontier, as often on the neighbouring
country's side ("rockets struck the border town of Karkamis" in a Syria story), so a town
of the neighbouring country is a valid reading of it."""
AT_A_VILLAGE = re.compile(
    rf"(?:\b(?:near|in|at|outside|into)\s+(?:the\s+)?(?:village|villages|hamlet)\s+of"
    rf"|\b{_FIELDS})$"
)
"""The words before a village that place the incident at it ("near the village of",
"in the fields of": work, not a home), not a victim's home ("from the town of") or one
end of a road ("between")."""
SUBDISTRICTS = frozenset({"subdistrict", "sub district", "nahiya"})
"""Designators of a unit below the district, named after its main village: one the
gazetteer lacks is placed like an unknown village ("al-Wajihiya sub-district")."""
_REFERENCE = re.compile(
    r"\b(?:near|outside|close to|(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of)$"
)
"""The words before a town that make it the reference point of the place named with it
("east of Miqdadiyah", "near Zabarmari"): the incident is at that place, not in the town."""
_NEAR = re.compile(r"^(?:near|close to|outside|next to|just outside)$")
"""The words before a town that make it the neighbour of the village named just before
("Koshobe, near Zabarmari")."""


def keep_village(
    village: tuple[int, PlaceMention],
    chosen: PlaceResult,
    places: Sequence[PlaceMention],
    home: str | None,
) -> PlaceResult | None:
    """The unknown village coded to ``chosen`` (the place the candidate's other
    mentions resolve to) when that place is the village's own town or unit: named after
    it ("Kabajeb, near Muqdadiyah"), or written as its reference point ("east of
    Miqdadiyah"), or named before it when the words before the village place the
    incident there ("Baquba ... near the village of Hawi"); else
    None (the village is a victim's home, and ``chosen`` stands)."""
    index, mention = village
    if (
        chosen.mention is None
        or chosen.mention not in places
        or chosen.kind not in {"town", "admin2", "admin1"}
        or chosen.country != (home or chosen.country)
    ):
        return None
    after = places.index(chosen.mention) > index
    reference = chosen.kind == "town" and _REFERENCE.search((chosen.mention.context or "").lower())
    if after or reference or AT_A_VILLAGE.search((mention.context or "").lower()):
        return village_in(mention, chosen)
    return None


def village_host(
    village: tuple[int, PlaceMention],
    results: Sequence[PlaceResult],
    places: Sequence[PlaceMention],
) -> PlaceResult | None:
    """The town named right after the unknown village and "near" it ("the fields of
    Koshobe, near Zabarmari in Jere Local Government Area"): the village's own
    neighbour, preferred to the wider units named after it and to the rule that a
    big city is only a reference point."""
    follows = places[village[0] + 1] if village[0] + 1 < len(places) else None
    if follows is None or not _NEAR.match((follows.context or "").strip().lower()):
        return None
    return next((r for r in results if r.mention is follows and r.kind == "town"), None)


_OWN_UNIT_GAP = 100
"""Characters at most between an unknown village and the unit written after it as its
own ("Kuriga, a farming community in the Chikun Local Government Area of Kaduna State")."""


def village_unit(
    village: tuple[int, PlaceMention],
    chosen: PlaceResult,
    results: Sequence[PlaceResult],
) -> PlaceResult | None:
    """The district or province written right after the unknown village, as its own
    unit ("a school in Kuriga, a farming community of Kaduna State"), when ``chosen`` (the
    most specific place the candidate names) is not a town inside that unit: a town of
    the headline ("Kaduna school") or of a victim's home is not where the village lies.
    None when no unit follows the village or ``chosen`` lies in it."""
    at = village[1].span
    if at is None:
        return None
    following = [
        r
        for r in results
        if r.kind in {"admin1", "admin2"}
        and r.mention is not None
        and r.mention.span is not None
        and 0 <= r.mention.span.start - at.end <= _OWN_UNIT_GAP
    ]
    if not following:
        return None
    unit = min(following, key=lambda r: r.mention.span.start if r.mention and r.mention.span else 0)
    same_district = unit.kind == "admin1" or chosen.admin2 == unit.admin2
    inside = chosen.admin1 == unit.admin1 and same_district
    if chosen.kind == "town" and inside:
        return None
    return unit if chosen is not unit else None


def village_in(
    mention: PlaceMention, where: PlaceResult, *, why: str = "is not in the gazetteer"
) -> PlaceResult:
    """A village the gazetteer lacks: its own name, the coordinates and admin units
    of the town or district (precision 2) or province (precision 3) it is in or near."""
    name, _, _ = split_designator(clean_mention(mention.text))
    near = where.kind in {"town", "admin2"}  # a district: about a town's extent
    precision = GeoPrecision.NEAR_TOWN if near else GeoPrecision.REGION
    by = where.location or where.admin1
    note = f"place: {name!r} {why}; coded to {by!r}, precision {precision}"
    return replace(
        where,
        location=name,
        geo_precision=precision,
        mention=mention,
        confidence=min(where.confidence, 0.6),
        notes=(*where.notes, note),
        kind="village",
    )


_REGIONS = frozenset({"admin1", "region", "country"})
"""Kinds of place that hold a site without being its town."""


def attach_site(site: PlaceMention, town: PlaceResult) -> PlaceResult:
    """The Zaghniya police station" + "Baqubah" -> location is the site, in that town. A
    site placed only by its province or country ("the Hitsats camp ... in western Tigray")
    keeps its own name: the ACLED "Town - Site" form names a town, never a region."""
    _, kind, _ = split_designator(clean_mention(site.text))
    precision = town.geo_precision
    if precision == GeoPrecision.TOWN and (kind == "outer" or is_near(site.context)):
        precision = GeoPrecision.NEAR_TOWN
    note = f"place: {clean_mention(site.text)!r} located by {town.location or town.admin1!r}"
    where = None if town.kind in _REGIONS else town.location or town.admin1
    return replace(
        town,
        location=f"{where} - {clean_mention(site.text)}" if where else clean_mention(site.text),
        geo_precision=precision,
        mention=site,
        notes=(*town.notes, note),
        kind="site",
    )


def is_district(result: PlaceResult) -> bool:
    """A landmark that is a part of a town ("Sadr City"), not a site ("Tayaran Square")."""
    if result.mention is None:
        return False
    _, kind, _ = split_designator(clean_mention(result.mention.text))
    return kind not in {"inner", "outer", "prefix_site"}
