"""Named sites as places: a known landmark, and a site nobody lists in a province.

:func:`landmark_place` codes a landmark of ``data/resolve/landmarks.yaml`` (a base, a
dam, a square) at its town or its admin1 unit, with its own coordinates when known and
its ACLED precision. :func:`site_in_region` codes a site neither the gazetteer nor the
landmarks know ("the Shaer gas field", "Jabal al-Akrad mountain"), in an article that
names one province and no town to hold it, at that province: its name kept in
``location``, precision 3, as ACLED codes a site it cannot place more finely.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.designators import clean_mention
from sitrep.resolve.landmarks import Landmark

if TYPE_CHECKING:
    from sitrep.resolve.places import PlaceResolver, PlaceResult

__all__ = ["landmark_place", "site_in_region"]


def landmark_place(
    places: PlaceResolver, landmark: Landmark, mention: PlaceMention
) -> PlaceResult | None:
    """The landmark at its town (through the gazetteer) or its admin1 unit; None when
    neither is known."""
    from sitrep.resolve.places import PlaceResult

    gaz = places.gazetteer
    base: PlaceResult | None = None
    if landmark.town is not None:
        towns = [
            e
            for e in gaz.lookup(landmark.town, country=landmark.country)
            if e.kind == "city" and e.similarity >= 0.9
        ]
        if towns:
            base = places.from_entry(towns[0], mention, GeoPrecision.TOWN)
    if base is None and landmark.admin1 is not None:
        name = gaz.canonical_admin1(landmark.country, landmark.admin1)
        base = PlaceResult(country=gaz.country_name(landmark.country), admin1=name,
                           mention=mention)  # fmt: skip
    if base is None:
        return None
    lat = landmark.lat if landmark.lat is not None else base.latitude
    lon = landmark.lon if landmark.lon is not None else base.longitude
    town = base.location if landmark.town is not None else None
    return replace(
        base,
        location=f"{town} - {landmark.name}" if town else landmark.name,
        latitude=lat,
        longitude=lon,
        geo_precision=GeoPrecision(landmark.precision),
        confidence=0.9,
        kind="landmark",
    )


def site_in_region(site: PlaceMention, region: PlaceResult) -> PlaceResult:
    """A site nothing lists, coded at the article's one province (``region``, an admin1
    result): "clashes near the Shaer gas field" in a Homs story -> location "Shaer gas
    field", Homs, precision 3."""
    name = clean_mention(site.text)
    note = f"place: the site {name!r} is not known; coded to {region.admin1!r}, precision 3"
    return replace(
        region,
        location=name,
        geo_precision=GeoPrecision.REGION,
        mention=site,
        confidence=min(region.confidence, 0.5),
        notes=(*region.notes, note),
        kind="site",
    )
