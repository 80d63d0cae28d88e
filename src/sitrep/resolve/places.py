"""Places: a candidate's place mentions -> country, admin1, admin2, location, coordinates.

Rules, in order, for each mention (most specific first):

1. a known landmark (``data/resolve/landmarks.yaml``: squares, bases, prisons,
   Baghdad neighbourhoods) takes its town's admin units, its own coordinates when
   known, and its ACLED precision;
2. a sub-city place ("Zaghniya police station", "X market") keeps its name in
   ``location`` and takes the coordinates of its town: the town named in its own
   head words, else the candidate's next place mention;
3. otherwise the gazetteer, ranked by spelling similarity, the article's country
   focus, the admin level the text names ("Kirkuk province" is admin1, "Kirkuk"
   the city), admin units already seen in the article, and population.

Precision follows ACLED: 1 the town (or a part of it), 2 near a town ("north of",
"outskirts") or part of a region ("northern Diyala"), 3 a region or country only.
The event's place is in the article's focus country when any mention is.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

from sitrep.errors import ConfigError
from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.gazetteer import GazEntry, Gazetteer
from sitrep.resolve.names import ascii_name, strip_articles

__all__ = ["Landmark", "PlaceResolver", "PlaceResult", "load_landmarks"]

_ADMIN1_WORDS = ("province", "governorate", "governate", "provinces", "state", "region")
_ADMIN2_WORDS = ("district", "county", "qada", "subdistrict", "sub district", "nahiya")
_TOWN_WORDS = ("city", "town", "village", "township")
_INNER_SITES = (
    "square", "market", "marketplace", "souk", "bazaar", "street", "neighbourhood",
    "neighborhood", "quarter", "mosque", "church", "shrine", "hospital", "school",
    "university", "station", "police station", "hotel", "restaurant", "cafe", "stadium",
    "prison", "jail", "compound", "embassy", "consulate", "ministry", "building", "bridge",
)  # fmt: skip
_OUTER_SITES = (
    "base", "air base", "airbase", "camp", "checkpoint", "airport", "field", "oil field",
    "gas field", "refinery", "dam", "crossing", "border crossing", "highway", "road",
    "outpost", "post", "barracks", "headquarters", "farm", "farms", "orchards", "desert",
    "valley", "mountain", "mountains", "mount", "lake", "river", "island", "plain",
)  # fmt: skip
_DIRECTIONS = re.compile(
    r"^(?:the\s+)?((?:north|south|east|west|central|middle|upper|lower)"
    r"(?:ern|east|west|eastern|western)?|central)\s+",
    re.IGNORECASE,
)
_NEAR_CONTEXT = re.compile(
    r"\b(near|outside|outskirts|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|km|kilometres|kilometers|miles|road|between|vicinity|edge|border|"
    r"close to|around|west of|east of)\b"
)
_REGION_PART = re.compile(
    r"\b(?:north|south|east|west)(?:ern|eastern|western)\b|\bcentral\b|\bparts? of\b"
)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Landmark:
    name: str
    aliases: tuple[str, ...]
    country: str
    town: str | None
    admin1: str | None
    precision: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class PlaceResult:
    """Where an incident happened, with the mention it was read from."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision | None = None
    mention: PlaceMention | None = None
    confidence: float = 0.0
    notes: tuple[str, ...] = field(default=())


@cache
def load_landmarks() -> tuple[Landmark, ...]:
    """The shipped landmarks table (validated)."""
    path = resources.files("sitrep.data.resolve").joinpath("landmarks.yaml")
    data = yaml.safe_load(path.read_text("utf-8"))
    out: list[Landmark] = []
    for i, spec in enumerate(data.get("landmarks", [])):
        try:
            out.append(
                Landmark(
                    name=str(spec["name"]),
                    aliases=tuple(str(a) for a in spec.get("aliases", [])),
                    country=str(spec["country"]),
                    town=spec.get("town"),
                    admin1=spec.get("admin1"),
                    precision=int(spec["precision"]),
                    lat=spec.get("lat"),
                    lon=spec.get("lon"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"landmark #{i + 1}: {exc!r}", path=str(path)) from exc
    return tuple(out)


def _split_designator(text: str) -> tuple[str, str | None, str | None]:
    """The Diyala province" -> ("Diyala", "admin1", "province"); sites -> "inner"/"outer"."""
    low = ascii_name(text)
    for words, kind in (
        (_ADMIN1_WORDS, "admin1"),
        (_ADMIN2_WORDS, "admin2"),
        (_TOWN_WORDS, "city"),
        (_INNER_SITES, "inner"),
        (_OUTER_SITES, "outer"),
    ):
        for word in sorted(words, key=len, reverse=True):
            if low.endswith(" " + word):
                head = text[: len(text) - len(word)].rstrip(" -,")
                return head, kind, word
            if kind in {"city", "inner", "outer"} and low.startswith(word + " ") and word in {
                "camp", "mount", "city", "town", "village", "lake",
            }:  # fmt: skip
                return text[len(word) + 1 :], kind, word
    return text, None, None


class PlaceResolver:
    """Resolves place mentions against a gazetteer; stateless between calls."""

    def __init__(self, gazetteer: Gazetteer, *, landmarks: Sequence[Landmark] | None = None):
        self.gazetteer = gazetteer
        self.landmarks = tuple(landmarks) if landmarks is not None else load_landmarks()
        self._landmark_keys = {
            ascii_name(name): lm for lm in self.landmarks for name in (lm.name, *lm.aliases)
        }

    # -- article focus ------------------------------------------------------

    def country_focus(self, mentions: Iterable[PlaceMention]) -> list[str]:
        """Countries of the article, most mentioned first (ISO alpha-2 codes)."""
        votes: Counter[str] = Counter()
        for mention in mentions:
            head, kind, _ = _split_designator(_clean(mention.text))
            lm = self._landmark_keys.get(ascii_name(_clean(mention.text)))
            if lm is not None:
                votes[lm.country] += 2
                continue
            found = [e for e in self.gazetteer.lookup(head) if e.similarity >= 0.95]
            if not found:
                continue
            if found[0].kind == "country":
                votes[found[0].cc] += 3
                continue
            # an ambiguous name splits its vote between the countries that have it
            countries = {e.cc for e in found if e.cc}
            for cc in countries:
                votes[cc] += 1 / len(countries)
        return [cc for cc, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))]

    # -- one candidate -------------------------------------------------------

    def resolve(
        self,
        places: Sequence[PlaceMention],
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
    ) -> PlaceResult:
        """The incident's place from a candidate's mentions (most specific first)."""
        results: list[PlaceResult] = []
        pending_site: PlaceMention | None = None
        for i, mention in enumerate(places):
            result = self.resolve_one(mention, focus=focus, seen_admin1=seen_admin1)
            if result is None:
                _, kind, _ = _split_designator(_clean(mention.text))
                if kind in {"inner", "outer"} and pending_site is None:
                    pending_site = mention
                continue
            if pending_site is not None and result.geo_precision is not None:
                result = self._attach_site(pending_site, result)
                pending_site = None
            results.append(replace(result, confidence=result.confidence * (0.95**i)))
        if not results:
            return PlaceResult(notes=("place: no mention could be resolved",) if places else ())
        if focus:
            in_focus = [r for r in results if r.country == self._name(focus[0])]
            if in_focus and in_focus[0] is not results[0]:
                chosen = in_focus[0]
                return replace(chosen, notes=(*chosen.notes, "place: outside-focus place skipped"))
        return results[0]

    def _name(self, cc: str) -> str | None:
        return self.gazetteer.country_name(cc)

    def _attach_site(self, site: PlaceMention, town: PlaceResult) -> PlaceResult:
        """The Zaghniya police station" + "Baqubah" -> location is the site, in that town."""
        _, kind, _ = _split_designator(_clean(site.text))
        precision = town.geo_precision
        if precision == GeoPrecision.TOWN and (kind == "outer" or _near(site.context)):
            precision = GeoPrecision.NEAR_TOWN
        note = f"place: {_clean(site.text)!r} located by its town {town.location!r}"
        return replace(
            town,
            location=_clean(site.text),
            geo_precision=precision,
            mention=site,
            notes=(*town.notes, note),
        )

    def resolve_one(
        self,
        mention: PlaceMention,
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
    ) -> PlaceResult | None:
        text = _clean(mention.text)
        if not text:
            return None
        landmark = self._landmark_keys.get(ascii_name(text))
        if landmark is not None and (not focus or landmark.country in focus):
            return self._from_landmark(landmark, mention)
        match = _DIRECTIONS.match(text)
        if (
            match
            and self.gazetteer.lookup(text)
            and self.gazetteer.lookup(text)[0].similarity >= 0.95
        ):
            match = None
        if match:
            text = text[match.end() :]
        directional = bool(match) or bool(
            mention.context and _REGION_PART.search(mention.context.lower())
        )
        head, kind, _ = _split_designator(text)
        landmark = self._landmark_keys.get(ascii_name(head))
        if landmark is not None and (not focus or landmark.country in focus):
            return self._from_landmark(landmark, mention)
        entry = self._best(head, kind=kind, focus=focus, seen_admin1=seen_admin1)
        if entry is None:
            return None
        near = _near(mention.context)
        if kind in {"inner", "outer"}:
            if entry.kind != "city":
                return None
            precision = GeoPrecision.NEAR_TOWN if kind == "outer" or near else GeoPrecision.TOWN
            result = self._from_entry(entry, mention, precision)
            return replace(result, location=text)
        if entry.kind == "city":
            precision = GeoPrecision.NEAR_TOWN if near else GeoPrecision.TOWN
        elif entry.kind == "admin2":
            precision = GeoPrecision.NEAR_TOWN
        elif entry.kind == "admin1":
            precision = GeoPrecision.NEAR_TOWN if directional else GeoPrecision.REGION
        else:
            precision = GeoPrecision.REGION
        return self._from_entry(entry, mention, precision)

    # -- internals ------------------------------------------------------------

    def _prior(
        self,
        entry: GazEntry,
        kind: str | None,
        seen_admin1: Sequence[tuple[str, str]] = (),
        query: str = "",
    ) -> float:
        score = 3.0 * entry.similarity
        wanted = {"admin1": "admin1", "admin2": "admin2", "city": "city"}.get(kind or "")
        if wanted == entry.kind:
            score += 3.0
        elif wanted is not None and entry.kind != "city" and kind != "city":
            score += 0.5
        elif kind in {"inner", "outer"} and entry.kind == "city":
            score += 1.0
        if entry.kind == "country":
            score += 4.0 if entry.similarity >= 0.95 else 1.5
        elif entry.kind == "region":
            score += 3.0 if entry.similarity >= 0.95 else 0.0
        elif entry.kind == "admin1":
            score += 1.2
        elif entry.kind == "admin2":
            score += 0.3
        else:
            score += 0.45 * math.log10(entry.population + 10) / 2.0
        if entry.kind != "country" and entry.similarity >= 0.95:
            score += 1.5 if _same_name(entry.name, query) else 0.0
        if entry.admin1 is not None and (entry.cc, entry.admin1) in seen_admin1:
            score += 0.8
        return score

    def _best(
        self,
        head: str,
        *,
        kind: str | None,
        focus: Sequence[str],
        seen_admin1: Sequence[tuple[str, str]],
    ) -> GazEntry | None:
        found = self.gazetteer.lookup(head)
        short = len(ascii_name(head).replace(" ", "")) <= 4
        floor = 0.95 if short else 0.8
        found = [e for e in found if e.similarity >= floor]
        if not found:
            return None

        def score(entry: GazEntry) -> float:
            value = self._prior(entry, kind, seen_admin1, head)
            if focus and entry.cc == focus[0]:
                value += 2.5
            elif entry.cc in focus:
                value += 1.2
            return value

        return max(found, key=lambda e: (score(e), e.population, -e.id))

    def _from_entry(
        self, entry: GazEntry, mention: PlaceMention, precision: GeoPrecision
    ) -> PlaceResult:
        gaz = self.gazetteer
        admin1 = gaz.admin1(entry.cc, entry.admin1)
        admin2 = gaz.admin2(entry.cc, entry.admin1, entry.admin2) if entry.kind == "city" else None
        if entry.kind == "admin2":
            admin2 = entry
        lat, lon = entry.lat, entry.lon
        if lat is None and admin1 is not None:
            lat, lon = admin1.lat, admin1.lon
        if lat is None:
            country = gaz.country(entry.cc)
            lat, lon = (country.lat, country.lon) if country is not None else (None, None)
        confidence = 0.5 + 0.4 * entry.similarity
        return PlaceResult(
            country=gaz.country_name(entry.cc),
            admin1=admin1.name if admin1 is not None else None,
            admin2=admin2.name if admin2 is not None else None,
            location=entry.name if entry.kind != "country" else None,
            latitude=lat,
            longitude=lon,
            geo_precision=precision,
            mention=mention,
            confidence=round(confidence, 3),
        )

    def _from_landmark(self, landmark: Landmark, mention: PlaceMention) -> PlaceResult | None:
        base: PlaceResult | None = None
        if landmark.town is not None:
            towns = [
                e
                for e in self.gazetteer.lookup(landmark.town, country=landmark.country)
                if e.kind == "city" and e.similarity >= 0.9
            ]
            if towns:
                base = self._from_entry(towns[0], mention, GeoPrecision.TOWN)
        if base is None and landmark.admin1 is not None:
            name = self.gazetteer.canonical_admin1(landmark.country, landmark.admin1)
            base = PlaceResult(country=self._name(landmark.country), admin1=name, mention=mention)
        if base is None:
            return None
        lat = landmark.lat if landmark.lat is not None else base.latitude
        lon = landmark.lon if landmark.lon is not None else base.longitude
        return replace(
            base,
            location=landmark.name,
            latitude=lat,
            longitude=lon,
            geo_precision=GeoPrecision(landmark.precision),
            confidence=0.9,
        )


def _same_name(name: str, query: str) -> bool:
    """The query is the place's main name (not one of its alternate spellings)."""
    a, b = ascii_name(name).split(), ascii_name(query).split()
    return strip_articles(a) == strip_articles(b)


def _clean(text: str) -> str:
    text = _LEADING.sub("", text.strip().strip(",.;:\"'()"))
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text.strip()


def _near(context: str | None) -> bool:
    return bool(context and _NEAR_CONTEXT.search(context.lower()))
