"""Peoples' names read as the places they stand for, when a mention is a place.

Gold geoparsing corpora and news alike use a people's name for its country ("Israeli
and Palestinian negotiators", "the Swiss said"): when the extract stage hands such a
mention over as a place, :func:`people_place` reads it as its country
(``data/resolve/demonyms.yaml``: every country, with the irregular forms "Dutch",
"Swiss", "Welsh", "Filipino", "Emirati", "Burmese", "Congolese"), or as the region or
admin1 unit a few forms stand for ("Scottish", "Texan", "Abkhaz"). A form that is not
listed is read from its stem ("Ohioans" -> Ohio, "Latvian" -> Latvia, "Londoners" ->
London) when the stem names a country, region, admin1 unit or large city.

This never makes an adjective a place: it only answers for a mention already read as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from sitrep.errors import ConfigError
from sitrep.resolve.focus import demonym_stems
from sitrep.resolve.names import ascii_name

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer import GazEntry
    from sitrep.resolve.places import PlaceResolver

__all__ = ["Peoples", "load_peoples", "people_of", "people_place", "stem_place"]

_BIG_CITY = 100_000
"""Population from which a city's people are named after it ("Londoners")."""
_UNITS = ("admin1", "region", "country", "admin2")


@dataclass(frozen=True, slots=True)
class Peoples:
    """The demonym table: a form -> its country (ISO alpha-2), or -> a place's name and
    the country holding it (None for a world region)."""

    countries: dict[str, str]
    places: dict[str, tuple[str, str | None]]


@cache
def load_peoples() -> Peoples:
    """The shipped table (``data/resolve/demonyms.yaml``), validated."""
    path = resources.files("sitrep.data.resolve").joinpath("demonyms.yaml")
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
        countries = {
            str(form): str(cc).upper() for cc, forms in data["countries"].items() for form in forms
        }
        places: dict[str, tuple[str, str | None]] = {}
        for form, spec in data["places"].items():
            name, *where = [str(part) for part in spec]
            places[str(form)] = (name, where[0].upper() if where else None)
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ConfigError(f"demonym table: {exc!r}", path=str(path)) from exc
    bad = sorted({cc for cc in countries.values() if len(cc) != 2})
    if bad:
        raise ConfigError(f"demonyms without an ISO alpha-2 code: {bad}", path=str(path))
    return Peoples(countries, places)


def _forms(text: str) -> list[str]:
    """The spellings a mention is looked up under: as written without "the", in title
    case when written in capitals, and its singular ("Filipinos", "Dutchmen")."""
    word = " ".join(text.split())
    if word.lower().startswith("the "):
        word = word[4:]
    forms = [word]
    if word.isupper() and len(word) > 3:
        forms.append(word.title())
    for form in list(forms):
        if form.endswith("men"):
            forms.append(form[:-3] + "man")
        elif form.endswith("s") and len(form) > 4:
            forms.append(form[:-1])
    return forms


def people_of(text: str, peoples: Peoples) -> tuple[str, str | None] | None:
    """What a people's name stands for: ("", cc) for a country, (name, cc or None)
    for a part of a country or a region; None when ``text`` is no listed form."""
    for form in _forms(text):
        place = peoples.places.get(form)
        if place is not None:
            return place
        cc = peoples.countries.get(form)
        if cc is not None:
            return "", cc
    return None


def people_place(places: PlaceResolver, text: str) -> GazEntry | None:
    """The gazetteer entry a people's name stands for: its country or listed place
    (:func:`people_of`), else the place its stem names (:func:`stem_place`)."""
    gazetteer = places.gazetteer
    found = people_of(text, load_peoples())
    if found is not None:
        name, cc = found
        if not name:
            return gazetteer.country(cc or "")
        entries = [
            e
            for e in gazetteer.lookup(name, country=cc)
            if e.similarity >= 0.95 and e.kind in _UNITS
        ]
        if entries:
            return min(entries, key=lambda e: (_UNITS.index(e.kind), -e.population, e.id))
    return stem_place(places, text)


def stem_place(places: PlaceResolver, text: str) -> GazEntry | None:
    """The place a people's name not in the table is formed from ("Ohioans",
    "Latvian", "Londoners"): a capitalised word the gazetteer lacks whose stem is a
    country, region, admin1 unit or city of 100,000 spelled exactly ("Republicans"
    is not Republic, Missouri)."""
    gazetteer = places.gazetteer
    words = text.split()
    if not words or not words[-1][:1].isupper() or len(text) < 5:
        return None
    if any(e.similarity >= 0.95 for e in gazetteer.lookup(text)):
        return None
    for stem in demonym_stems(text):
        found = [
            e
            for e in gazetteer.lookup(stem)
            if e.similarity >= 0.95
            and (e.kind in {"country", "region", "admin1"} or e.population >= _BIG_CITY)
            and ascii_name(e.name) == ascii_name(stem)
        ]
        if found:
            return max(found, key=lambda e: (places.prior(e, None, (), stem), -e.id))
    return None
