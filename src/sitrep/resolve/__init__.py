"""resolve stage: raw mentions of each candidate -> ACLED-grade dates, places and actors.

    from sitrep.resolve import Resolver, Gazetteer, ActorDictionary
    resolver = Resolver(gazetteer=Gazetteer.load(), actors=ActorDictionary.load())
    events = resolver.resolve(article, extraction)

Modules: ``dates`` (dates and ACLED time precision), ``places`` with ``gazetteer``
(the compiled GeoNames index, built at first use), ``names`` (transliteration
folding), ``focus`` (demonyms, datelines, names that are never places),
``designators`` (how a mention reads: "province", "village of", "market") and
``landmarks`` (sites the gazetteer lacks), ``actors`` (the YAML actor dictionary),
``plausibility`` (implausible casualty figures flagged, not coded), ``resolver`` (the
stage).
"""

from __future__ import annotations

from sitrep.resolve.actors import ActorDictionary, ActorMatch
from sitrep.resolve.dates import DateResult, parse_date_expression, resolve_date
from sitrep.resolve.gazetteer import GazEntry, Gazetteer, GazetteerStats, build_index
from sitrep.resolve.names import fold_place_name
from sitrep.resolve.places import PlaceResolver, PlaceResult
from sitrep.resolve.plausibility import FigureCheck, PlausibilityLimits, check_figures
from sitrep.resolve.resolver import Resolver

__all__ = [
    "ActorDictionary",
    "ActorMatch",
    "DateResult",
    "FigureCheck",
    "GazEntry",
    "Gazetteer",
    "GazetteerStats",
    "PlaceResolver",
    "PlaceResult",
    "PlausibilityLimits",
    "Resolver",
    "build_index",
    "check_figures",
    "fold_place_name",
    "parse_date_expression",
    "resolve_date",
]
