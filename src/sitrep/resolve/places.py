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
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

from sitrep.errors import ConfigError
from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.focus import (
    PlaceLexicon,
    dateline,
    demonym_counts,
    is_non_place,
    load_place_lexicon,
    looks_like_acronym,
)
from sitrep.resolve.gazetteer import GazEntry, Gazetteer
from sitrep.resolve.names import ascii_name, fold_place_name, strip_articles

__all__ = ["Landmark", "PlaceResolver", "PlaceResult", "load_landmarks"]

_ADMIN1_WORDS = ("province", "governorate", "governate", "provinces", "state", "region")
_ADMIN2_WORDS = ("district", "county", "qada", "subdistrict", "sub district", "nahiya")
_TOWN_WORDS = ("city", "town", "village", "township")
_INNER_SITES = (
    "square", "market", "marketplace", "souk", "bazaar", "street", "neighbourhood",
    "neighborhood", "quarter", "mosque", "church", "shrine", "hospital", "school",
    "university", "station", "police station", "hotel", "restaurant", "cafe", "stadium",
    "prison", "jail", "compound", "embassy", "consulate", "ministry", "building", "bridge",
    "avenue", "boulevard", "lane", "park", "center", "centre", "cathedral", "temple",
    "court", "courthouse", "hall", "library", "museum", "mall", "plaza", "college",
    "academy", "palace", "tower", "theatre", "theater", "club", "estate", "terminal",
)  # fmt: skip
_OUTER_SITES = (
    "base", "air base", "airbase", "camp", "checkpoint", "airport", "field", "oil field",
    "gas field", "refinery", "dam", "crossing", "border crossing", "highway", "road",
    "outpost", "post", "barracks", "headquarters", "farm", "farms", "orchards", "desert",
    "valley", "mountain", "mountains", "mount", "lake", "river", "island", "plain",
    "port", "harbour", "harbor", "creek", "bay", "beach", "forest", "hill", "hills",
)  # fmt: skip
_POPULATION_WEIGHT = 0.225
"""Score per order of magnitude of population (ranking homonyms)."""
_FOCUS_BONUS = 2.5
"""Score for a place in the article's main country."""
_CAPITAL_BONUS = 1.0
"""Score for a national capital."""
_WELL_KNOWN = 1_000_000
"""Population from which a city outside the article's country needs no other evidence."""
_COUNTRY_VOTES_CAP = 3.0
"""Most votes a country gets from being named ("US strikes", "US forces" five times)."""
_PLACE_VOTE = 2.0
"""Votes of a town, admin1 unit or landmark for its country (split between homonyms)."""
_DEMONYM_VOTE, _DEMONYM_CAP = 0.5, 2.0
_DATELINE_VOTE = 1.5
_VILLAGE_CONTEXT = re.compile(r"\b(village|villages|town|hamlet|city|area|region|district)\b")
_PREFIX_SITES = frozenset({"camp", "mount", "lake", "fort", "port", "cape", "river"})
_VICINITY = (
    "area", "areas", "outskirts", "countryside", "vicinity", "suburbs", "suburb", "environs",
    "surroundings", "district area", "region of",
)  # fmt: skip
_KIND_RANK = {
    "landmark": 0, "site": 0, "town": 1, "generic_site": 2, "admin2": 3, "admin1": 4,
    "region": 5, "country": 5,
}  # fmt: skip
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
    kind: str | None = None  # landmark, site, town, generic_site, admin2, admin1, country, region
    population: int = 0
    cc: str | None = None
    admin1_code: str | None = None


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
        (_VICINITY, "vicinity"),
    ):
        for word in sorted(words, key=len, reverse=True):
            if low.endswith(" " + word):
                head = text[: len(text) - len(word)].rstrip(" -,")
                return head, kind, word
            if kind == "city" and low.startswith(word + " "):
                return text[len(word) + 1 :], kind, word
            if low.startswith(word + " ") and word in _PREFIX_SITES:
                return text[len(word) + 1 :], "prefix_site", word
    return text, None, None


class PlaceResolver:
    """Resolves place mentions against a gazetteer; stateless between calls."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        landmarks: Sequence[Landmark] | None = None,
        lexicon: PlaceLexicon | None = None,
    ):
        self.gazetteer = gazetteer
        self.lexicon = lexicon if lexicon is not None else load_place_lexicon()
        self.landmarks = tuple(landmarks) if landmarks is not None else load_landmarks()
        self._landmark_names = {
            ascii_name(name): lm for lm in self.landmarks for name in (lm.name, *lm.aliases)
        }
        self._landmark_folds = {
            fold_place_name(name): lm
            for lm in self.landmarks
            for name in (lm.name, *lm.aliases)
            if len(fold_place_name(name)) >= 5
        }

    def _landmark(self, text: str) -> Landmark | None:
        """A landmark by exact spelling, or by folded key when that key is long enough
        not to collide ("Tayran Square" = "Tayaran Square"; "Dora" is not "Dawr")."""
        found = self._landmark_names.get(ascii_name(text))
        if found is None:
            key = fold_place_name(text)
            found = self._landmark_folds.get(key) if len(key) >= 5 else None
        return found

    # -- article focus ------------------------------------------------------

    def country_focus(
        self, mentions: Iterable[PlaceMention], *, text: str | None = None
    ) -> list[str]:
        """Countries of the article, most likely first (ISO alpha-2 codes).

        Towns, admin1 units and landmarks vote for their country (a homonym splits its
        vote); a country's own name votes too, but at most three times ("US forces",
        "US strikes" in a Hasakah story); with ``text``, its dateline and demonyms
        ("Iraqi", "Syrian") add weak votes.
        """
        votes: dict[str, float] = defaultdict(float)
        named: dict[str, float] = defaultdict(float)
        for mention in mentions:
            clean = _clean(mention.text)
            if is_non_place(clean, self.lexicon):
                continue
            lm = self._landmark(clean)
            if lm is not None:
                votes[lm.country] += _PLACE_VOTE
                continue
            head, _, _ = _split_designator(clean)
            found = [e for e in self.gazetteer.lookup(head) if e.similarity >= 0.95]
            if not found or found[0].kind == "region":
                continue
            if found[0].kind == "country":
                named[found[0].cc] += 1.0
                continue
            countries = {e.cc for e in found if e.cc}
            for cc in countries:
                votes[cc] += _PLACE_VOTE / len(countries)
        for cc, count in named.items():
            votes[cc] += min(count, _COUNTRY_VOTES_CAP)
        if text:
            for cc, count in demonym_counts(text, self.lexicon).items():
                votes[cc] += min(count * _DEMONYM_VOTE, _DEMONYM_CAP)
            where = self._dateline_country(text)
            if where is not None:
                votes[where] += _DATELINE_VOTE
        return [cc for cc, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))]

    def named_countries(
        self, mentions: Iterable[PlaceMention], *, text: str | None = None
    ) -> frozenset[str]:
        """Countries the article names explicitly: by name, by demonym, through an
        admin1 unit only they have, or in its dateline. A town abroad needs one."""
        out: set[str] = set()
        for mention in mentions:
            clean = _clean(mention.text)
            if is_non_place(clean, self.lexicon):
                continue
            head, kind, _ = _split_designator(clean)
            found = [e for e in self.gazetteer.lookup(head) if e.similarity >= 0.95]
            if not found:
                continue
            if found[0].kind == "country":
                out.add(found[0].cc)
            admin1 = {e.cc for e in found if e.kind == "admin1"}
            if len(admin1) == 1 and (kind == "admin1" or found[0].kind == "admin1"):
                out |= admin1
        if text:
            out |= set(demonym_counts(text, self.lexicon))
            where = self._dateline_country(text)
            if where is not None:
                out.add(where)
        return frozenset(out)

    def _dateline_country(self, text: str) -> str | None:
        name = dateline(text)
        if name is None or is_non_place(name, self.lexicon):
            return None
        found = [
            e
            for e in self.gazetteer.lookup(name)
            if e.similarity >= 0.95 and e.kind in {"city", "country"}
        ]
        if not found:
            return None
        return max(found, key=lambda e: (self.gazetteer.is_capital(e), e.population)).cc

    def admin_context(
        self,
        mentions: Iterable[PlaceMention],
        *,
        focus: Sequence[str] = (),
        named: Collection[str] | None = None,
    ) -> list[tuple[str, str]]:
        """Admin1 units the article names or places its unambiguous towns in
        ("Mansfield" near "Ohio" is Mansfield, Ohio)."""
        seen: dict[tuple[str, str], None] = {}
        for mention in mentions:
            result = self.resolve_one(mention, focus=focus, named=named)
            if result is None or result.cc is None or result.admin1_code is None:
                continue
            if result.kind == "admin1":
                seen[(result.cc, result.admin1_code)] = None
            elif result.kind == "town":
                head, _, _ = _split_designator(_clean(mention.text))
                exact = [e for e in self.gazetteer.lookup(head) if e.similarity >= 0.95]
                if len({(e.cc, e.admin1) for e in exact if e.kind == "city"}) == 1:
                    seen[(result.cc, result.admin1_code)] = None
        return list(seen)

    def anchors(
        self, mentions: Iterable[PlaceMention], *, focus: Sequence[str] = ()
    ) -> list[tuple[float, float]]:
        """Coordinates of the article's unambiguous towns: a homonym ("Washington
        County") is read as the one nearest to them."""
        points: dict[tuple[float, float], None] = {}
        for mention in mentions:
            head, kind, _ = _split_designator(_clean(mention.text))
            if kind is not None:
                continue
            exact = [e for e in self.gazetteer.lookup(head) if e.similarity >= 0.95]
            towns = [e for e in exact if e.kind == "city" and e.lat is not None]
            if len(towns) == 1 and len(exact) == 1 and towns[0].lon is not None:
                points[(towns[0].lat or 0.0, towns[0].lon)] = None
        return list(points)

    def main_town(
        self,
        mentions: Iterable[PlaceMention],
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
        anchors: Sequence[tuple[float, float]] = (),
        named: Collection[str] | None = None,
    ) -> PlaceResult | None:
        """The town the article names most (in its focus country): the town of a site
        whose candidate names no town ("Royal Street" in a New Orleans story)."""
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, PlaceResult] = {}
        for mention in mentions:
            result = self.resolve_one(
                mention, focus=focus, seen_admin1=seen_admin1, anchors=anchors, named=named
            )
            if result is None or result.kind != "town" or result.location is None:
                continue
            if focus and result.cc != focus[0]:
                continue
            counts[result.location] += 1
            first.setdefault(result.location, result)
        if not counts:
            return None
        name = max(counts, key=lambda n: (counts[n], first[n].population))
        return first[name]

    def site_in_article(self, mention: PlaceMention, town: PlaceResult | None) -> bool:
        """Whether ``mention`` names a site (street, square, base...) that can take
        the article's main town."""
        _, kind, _ = _split_designator(_clean(mention.text))
        return town is not None and kind in {"inner", "outer", "prefix_site"}

    # -- one candidate -------------------------------------------------------

    def resolve(
        self,
        places: Sequence[PlaceMention],
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
        anchors: Sequence[tuple[float, float]] = (),
        article_town: PlaceResult | None = None,
    ) -> PlaceResult:
        """The incident's place from a candidate's mentions (most specific first)."""
        results: list[PlaceResult] = []
        pending_site: PlaceMention | None = None
        for i, mention in enumerate(places):
            result = self.resolve_one(
                mention, focus=focus, seen_admin1=seen_admin1, anchors=anchors
            )
            if result is None:
                head, kind, _ = _split_designator(_clean(mention.text))
                if (
                    kind in {"inner", "outer", "prefix_site"}
                    and pending_site is None
                    and not self._names_a_country(head)
                ):
                    pending_site = mention
                continue
            if (
                pending_site is not None
                and result.geo_precision is not None
                and result.kind in {"town", "generic_site", "admin2", "admin1"}
            ):
                result = self._attach_site(pending_site, result)
                pending_site = None
            results.append(replace(result, confidence=result.confidence * (0.95**i)))
        if not results and pending_site is not None and article_town is not None:
            located = self._attach_site(pending_site, article_town)
            note = "place: the site's town is the article's main town"
            return replace(located, confidence=located.confidence * 0.7,
                           notes=(*located.notes, note))  # fmt: skip
        if not results:
            return PlaceResult(notes=("place: no mention could be resolved",) if places else ())
        pool = [r for r in results if r.country is not None] or results
        notes: tuple[str, ...] = ()
        if focus:
            in_focus = [r for r in pool if r.country == self._name(focus[0])]
            if in_focus and len(in_focus) < len(pool):
                notes = ("place: places outside the article's focus country skipped",)
            pool = in_focus or pool
        chosen = min(pool, key=lambda r: _specificity(r, pool, results))
        if chosen is not results[0]:
            notes = (*notes, f"place: {chosen.location or chosen.admin1!r} is the most specific")
        return replace(chosen, notes=(*chosen.notes, *notes))

    def _names_a_country(self, head: str) -> bool:
        """ "Syrian prison", "Iraqi base": a site named only by its country."""
        found = self.gazetteer.lookup(head)
        return bool(found) and found[0].kind == "country" and found[0].similarity >= 0.95

    def _name(self, cc: str) -> str | None:
        return self.gazetteer.country_name(cc)

    def _attach_site(self, site: PlaceMention, town: PlaceResult) -> PlaceResult:
        """The Zaghniya police station" + "Baqubah" -> location is the site, in that town."""
        _, kind, _ = _split_designator(_clean(site.text))
        precision = town.geo_precision
        if precision == GeoPrecision.TOWN and (kind == "outer" or _near(site.context)):
            precision = GeoPrecision.NEAR_TOWN
        note = f"place: {_clean(site.text)!r} located by {town.location or town.admin1!r}"
        where = town.location or town.admin1
        return replace(
            town,
            location=f"{where} - {_clean(site.text)}" if where else _clean(site.text),
            geo_precision=precision,
            mention=site,
            notes=(*town.notes, note),
            kind="site",
        )

    def resolve_one(
        self,
        mention: PlaceMention,
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
        anchors: Sequence[tuple[float, float]] = (),
        named: Collection[str] | None = None,
    ) -> PlaceResult | None:
        """One mention -> a place, or None (unknown, an organisation, or a look-alike
        abroad without evidence: see :meth:`_abroad_ok`)."""
        text = _clean(mention.text)
        if not text or is_non_place(text, self.lexicon):
            return None
        landmark = self._landmark(text)
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
        landmark = self._landmark(head)
        if landmark is not None and (not focus or landmark.country in focus):
            return self._from_landmark(landmark, mention)
        if kind is not None:
            whole = self._best(
                text,
                kind=None,
                focus=focus,
                seen_admin1=seen_admin1,
                anchors=anchors,
                floor=0.95,
                named=named,
            )
            if whole is not None:  # the designator is part of the name: "Sadr City"
                head, kind = text, None
        if kind == "prefix_site":
            return None  # "Mount Vernon", "Lake Robinson": not the town of that name
        entry = self._best(
            head,
            kind=kind,
            focus=focus,
            seen_admin1=seen_admin1,
            anchors=anchors,
            floor=0.95 if kind in {"inner", "outer"} else None,
            named=named,
        )
        if entry is None:
            return None
        near = _near(mention.context)
        if kind in {"inner", "outer"}:
            if entry.kind != "city":
                return None
            precision = GeoPrecision.NEAR_TOWN if kind == "outer" or near else GeoPrecision.TOWN
            result = self._from_entry(entry, mention, precision)
            if entry.similarity >= 0.95 and _same_name(entry.name, head):
                return replace(result, kind="generic_site")  # "Baghdad market": the town
            return replace(result, location=f"{entry.name} - {text}", kind="site")
        if kind == "vicinity":
            precision = GeoPrecision.REGION if entry.kind == "admin1" else GeoPrecision.NEAR_TOWN
            return self._from_entry(entry, mention, precision)
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
            score += 1.6
        elif entry.kind == "admin2":
            score += 0.3
        else:
            score += _POPULATION_WEIGHT * math.log10(entry.population + 10)
        if entry.kind != "country" and entry.similarity >= 0.95:
            score += 1.5 if _same_name(entry.name, query) else 0.0
        if entry.kind == "city" and self.gazetteer.is_capital(entry):
            score += _CAPITAL_BONUS
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
        anchors: Sequence[tuple[float, float]] = (),
        floor: float | None = None,
        named: Collection[str] | None = None,
    ) -> GazEntry | None:
        found = self.gazetteer.lookup(head)
        if floor is None:
            floor = 0.95 if len(ascii_name(head).replace(" ", "")) <= 4 else 0.8
        found = [e for e in found if e.similarity >= floor]
        if focus:
            evidence = frozenset(focus) if named is None else frozenset(named)
            found = [e for e in found if self._abroad_ok(e, focus[0], evidence)]
        if not found:
            return None
        if looks_like_acronym(head) and not any(
            e.similarity >= 0.95 and e.kind == "country" for e in found
        ):
            return None  # "SDF", "PMF": initials, not a place with a look-alike name

        big_towns = {
            (e.cc, e.admin1)
            for e in found
            if e.kind == "city" and e.population >= 100_000 and e.similarity >= 0.95
        }

        def score(entry: GazEntry) -> float:
            value = self._prior(entry, kind, seen_admin1, head)
            if entry.kind == "admin1" and kind is None and (entry.cc, entry.admin1) in big_towns:
                value -= 0.6  # "Kirkuk" is the city; "Kirkuk province" the province
            if focus and entry.cc == focus[0]:
                value += _FOCUS_BONUS
            elif entry.cc in focus:
                value += 1.2
            if anchors and entry.lat is not None and entry.lon is not None and len(found) > 1:
                km = min(_km(entry.lat, entry.lon, a[0], a[1]) for a in anchors)
                value += 1.5 * math.exp(-km / 300.0)
            return value

        return max(found, key=lambda e: (score(e), e.population, -e.id))

    def _abroad_ok(self, entry: GazEntry, home: str, named: frozenset[str]) -> bool:
        """A place outside the article's country needs strong evidence: its own name
        spelled exactly, and a country named by the article (or a region, a country,
        a capital or a city of a million people: the incident abroad of a wire story)."""
        if entry.cc == home or not entry.cc:
            return True
        if entry.similarity < 0.95:
            return False
        if entry.kind in {"country", "region"} or entry.cc in named:
            return True
        return entry.kind == "city" and (
            self.gazetteer.is_capital(entry) or entry.population >= _WELL_KNOWN
        )

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
            kind="town" if entry.kind == "city" else entry.kind,
            population=entry.population,
            cc=entry.cc or None,
            admin1_code=entry.admin1,
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


def _specificity(
    result: PlaceResult, pool: list[PlaceResult], order: list[PlaceResult]
) -> tuple[int, int, int, int]:
    """Sort key: finer precision, then sites before towns before regions; a big city
    yields to a smaller town of the same province named with it ("Tarmiyah, north of
    Baghdad"); then the extractor's order."""
    precision = int(result.geo_precision or 9)
    big_city = int(
        result.kind == "town"
        and result.population >= 500_000
        and any(
            o is not result and o.kind in {"town", "site", "landmark"}
            and o.admin1 == result.admin1 and o.population < result.population
            for o in pool
        )
    )  # fmt: skip
    return (precision, _KIND_RANK.get(result.kind or "", 6), big_city, order.index(result))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


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
