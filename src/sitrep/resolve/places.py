"""Places: a candidate's place mentions -> country, admin1, admin2, location, coordinates.

The article comes first (:mod:`sitrep.resolve.context`, read once per article): its
country focus, the countries and admin1 units it names, its anchors and main town.
Commands, ministries and forces ("USCENTCOM", "the Kurdish forces") are never places
(``data/resolve/place_context.yaml``).

Rules, in order, for each mention (most specific first):

1. a known landmark (``data/resolve/landmarks.yaml``: squares, bases, prisons,
   Baghdad neighbourhoods) takes its town's admin units, its own coordinates when
   known, and its ACLED precision;
2. a sub-city place ("Zaghniya police station", "X market") keeps its name in
   ``location`` and takes the coordinates of its town: the town named in its own
   head words, else the most specific town the candidate names, else the article's
   main town ("Baqubah - Tahrir neighborhood", the ACLED "Town - Site" form), or of
   its county ("Edgar County Sheriff's Department"). A street named like a town
   ("Somerset Street") is not in that town;
3. otherwise the gazetteer, ranked by spelling similarity, the article's country
   focus, the admin level the text names ("Kirkuk province", "the province of
   Kirkuk" are admin1, "Kirkuk" the city), admin units already seen in the article
   (the one it names most counts more), and population. A place
   outside the focus country needs its exact spelling and a country the article
   names (or to be a capital or a city of a million): "al-Shoula" is not Seoul. A
   small place spelled only approximately must lie in a unit the article names
   ("Motel" is not Motley, Minnesota), and a small town named like a country only
   wins when written with its unit ("China, Texas").

A country or admin1 unit the candidate's own mentions name outranks the article's focus
for a name both countries have ("Derik ... in Syria": :mod:`~sitrep.resolve.local_focus`);
names listed before "counties" are counties of one state (:mod:`~sitrep.resolve.county_lists`);
a people's name stands for its place (:mod:`~sitrep.resolve.demonyms`); a place written
with its unit ("Bradford, Ontario") or called a people's town ("the Syrian town of
Kobani") is read as written (:mod:`~sitrep.resolve.qualified`).

What cannot be resolved with confidence falls back up the hierarchy instead of
taking a far-away homonym: a village the gazetteer lacks keeps its name and takes
the town named with it (precision 2) or the article's one province (precision 3)
("near the village of Hawi" beside Baquba: Hawi, not Baquba nor Hawi, Hawaii; see
:mod:`sitrep.resolve.villages`); a name read as an unknown village that is a city of
100,000 abroad is that city ("Seattle" in a Russia story); an
event whose sentences name no place takes the article's main town; failing that the
resolver codes the focus country (precision 3).

Precision follows ACLED: 1 the town (or a part of it), 2 near a town ("north of",
"outskirts") or part of a region ("northern Diyala"), 3 a region or country only.
The event's place is in the article's focus country when any mention is, and in the
province the candidate names when it names one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sitrep.model import GUESSED_PLACE_CONFIDENCE, GeoPrecision, PlaceMention
from sitrep.resolve import context as article
from sitrep.resolve.context import ArticleContext
from sitrep.resolve.county_lists import county_list_units
from sitrep.resolve.demonyms import people_place
from sitrep.resolve.designators import (
    DIRECTIONS,
    NAMED_SITES,
    REGION_PART,
    SETTLED_SITES,
    STREETS,
    alternative_names,
    clean_mention,
    is_near,
    split_designator,
    village_like,
    written_as_village,
)
from sitrep.resolve.discourse import same_sense, unit_word_spans
from sitrep.resolve.focus import (
    PlaceLexicon,
    demonym_country,
    is_non_place,
    load_place_lexicon,
    looks_like_acronym,
)
from sitrep.resolve.gazetteer import GazEntry, Gazetteer
from sitrep.resolve.landmarks import Landmark, load_landmarks
from sitrep.resolve.local_focus import candidate_countries, candidate_focus
from sitrep.resolve.names import ascii_name, fold_place_name
from sitrep.resolve.place_ranks import (
    REFERENCE_CITY,
    home_country,
    is_local,
    km,
    same_name,
    specificity,
    written_as,
)
from sitrep.resolve.qualified import called_spans, qualified_spans
from sitrep.resolve.quarters import names_a_quarter, quarter_place
from sitrep.resolve.sites import landmark_place, site_in_region
from sitrep.resolve.villages import (
    CALLED_A_PLACE,
    SUBDISTRICTS,
    attach_site,
    is_district,
    keep_village,
    village_host,
    village_in,
    village_unit,
)

__all__ = ["ArticleContext", "Landmark", "PlaceResolver", "PlaceResult", "load_landmarks"]

_POPULATION_WEIGHT = 0.225
"""Score per order of magnitude of population (ranking homonyms)."""
_FOCUS_BONUS = 2.5
"""Score for a place in the article's main country."""
_CAPITAL_BONUS = 1.0
"""Score for a national capital."""
_COUNTRY_PRIOR = 4.0
"""Score of a country spelled exactly: "China" is the country, not China (Texas)."""
_ADMIN1_PRIOR = 1.6
"""Score of an admin1 unit ("California", not California, Maryland); taken back when
a city of 100,000 of that name lies in it ("New York", "Kirkuk": the city)."""
_FUZZY_TOWN = 100_000
"""Population from which a one-word name spelled only approximately may be taken
anywhere; a smaller place must lie in a unit the article names ("Motel" is not Motley,
Minnesota; "Thiban" in a Deir ez-Zor story is Dhiban)."""
_QUALIFIED_NEAR = 1.4
"""Nearness score (1.5 at 0 km) from which a town named like a country is the one the
article writes with its unit ("China, Texas"): within about 20 km of an anchor."""
_HOME_BONUS = 0.8
"""Score for a place in the admin1 unit the article names most (on top of the score
of a unit it names at all)."""
_STRAY_KM, _STRAY_TOWN = 300.0, 20_000
"""Distance from the article's town beyond which a namesake smaller than this is doubted."""
_WELL_KNOWN = 1_000_000
"""Population from which a city outside the article's country needs no other evidence."""
_CALLED_A_UNIT = re.compile(r"\b(?:province|governorate|state|prefecture|oblast)\s+of$")
"""The words before a mention that make it an admin1 unit: "the province of Ontario"."""
_COUNTRYSIDE_OF = re.compile(r"\b(?:countryside|plain|outskirts)\s+of$")
"""The words before a mention that make it the land around it: "the eastern countryside of
Deir ez-Zor" is the governorate's, not the city's (as "the Deir ez-Zor countryside" is);
"the countryside of Manbij", which is no province, "the plain of Marjayoun" and "the
outskirts of Khiam" the town's vicinity."""

_THE_TOWN = re.compile(
    r"\b(?:the|this|that)\s+(?:city|town)\b(?!\s+of\b)(?!'s\s+outskirts)"
    r"|\b(?:city|town)\s+cent(?:re|er)\b|\bdowntown\b",
    re.IGNORECASE,
)
"""Words of an evidence sentence that mean the article's own town: "across the city", "in
the city centre" (not "the town of Hit", which names another)."""


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


_ARABIC_NAMING = frozenset({
    "IQ", "SY", "YE", "LB", "JO", "LY", "SD", "EG", "SA", "PS", "TN", "DZ", "MA", "KW", "OM",
    "AE", "QA", "BH", "MR",
})  # fmt: skip
"""Countries whose places are named by the town they belong to ("Jalam Samarra")."""
_TOWNLIKE = frozenset({"town", "village", "site", "landmark", "generic_site"})


UNIT_WORD = re.compile(r"\s+(?:province|region|state|governorate|district|territory)$", re.I)
"""A unit word closing a name ("North Kivu province"), left out to look the name up."""


def _past_the_bureau(results: list[PlaceResult]) -> list[PlaceResult]:
    """The results without the dateline's town when the event's sentences name a town of
    another province and nothing of the dateline's ("BAGHDAD (Wire) - ... a roadside bomb
    in the Jallam desert east of Samarra"): the bureau files from the capital. A dateline
    town in the province the event names ("TIKRIT - ... the Mutaibijah area of
    Salahaddin province") stays: the reporter is there. A dateline abroad goes when the event
    names its country ("NAIROBI (Wire) - ... ambushed a convoy in southern Somalia")."""
    bureau = [r for r in results if r.mention is not None and r.mention.context == "dateline"]
    told = [r for r in results if r not in bureau]
    countries = {
        r.cc
        for r in told
        if r.kind == "country"
        and r.mention is not None
        and REGION_PART.search(r.mention.context or "")
    }  # "in southern Somalia": the part of a country where it happened
    if bureau and countries and all(r.cc not in countries for r in bureau):
        return told  # "NAIROBI (Wire) - Al Shabaab ambushed a convoy in southern Somalia"
    if not bureau or not any(r.kind in _TOWNLIKE for r in told):
        return results
    provinces = {r.admin1 for r in told if r.admin1 is not None}
    return told if all(r.admin1 not in provinces for r in bureau) else results


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

    def landmark(self, text: str) -> Landmark | None:
        """A landmark by exact spelling, or by folded key when that key is long enough
        not to collide ("Tayran Square" = "Tayaran Square"; "Dora" is not "Dawr")."""
        found = self._landmark_names.get(ascii_name(text))
        if found is None:
            key = fold_place_name(text)
            found = self._landmark_folds.get(key) if len(key) >= 5 else None
        return found

    # -- the article (see sitrep.resolve.context) ------------------------------

    def article_context(
        self, mentions: Iterable[PlaceMention], *, text: str | None = None
    ) -> ArticleContext:
        """What the article talks about, read once for all its candidates."""
        mentions = list(mentions)
        found = article.read_article(self, mentions, text=text)
        listed = county_list_units(self.gazetteer, mentions, text or "",
                                   seen_admin1=found.seen_admin1)  # fmt: skip
        inside, unknown = (
            qualified_spans(self.gazetteer, mentions, self.lexicon, text) if text else ({}, {})
        )
        called = called_spans(self.gazetteer, mentions, text) if text else {}
        worded = unit_word_spans(self.gazetteer, mentions, text) if text else {}
        units = {**worded, **inside, **unknown, **called, **found.units, **listed}
        units.update(same_sense(self.gazetteer, mentions, units))  # one sense per article
        return replace(found, units=units) if units else found

    # -- one candidate -------------------------------------------------------

    def resolve(
        self,
        places: Sequence[PlaceMention],
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
        anchors: Sequence[tuple[float, float]] = (),
        article_town: PlaceResult | None = None,
        named: Collection[str] | None = None,
        article_region: tuple[str, str] | None = None,
        context: ArticleContext | None = None,
    ) -> PlaceResult:
        """The incident's place from a candidate's mentions (most specific first).

        ``context`` (from :meth:`article_context`), when given, stands for the
        article-level arguments (focus, seen_admin1, anchors, article_town, named,
        article_region).

        What cannot be resolved with confidence falls back up the hierarchy: a site
        takes its town (or the article's main town), a village the gazetteer lacks
        keeps its name and takes the admin units of the town or province named with
        it (or the article's), and a bare country named abroad does not outrank it.
        """
        if context is not None:
            focus, seen_admin1, anchors = context.focus, context.seen_admin1, context.anchors
            article_town, named, article_region = context.town, context.named, context.region
        article_focus = tuple(focus)
        local = candidate_countries(self.gazetteer, places, focus, named)  # "Derik ... Syria"
        results: list[PlaceResult] = []
        pending_site: PlaceMention | None = None
        village: tuple[int, PlaceMention] | None = None
        units = context.units if context is not None else {}
        for i, mention in enumerate(places):
            unit = units.get((mention.span.start, mention.span.end)) if mention.span else None
            focus = candidate_focus(self.gazetteer, mention, article_focus, local)
            if unit is not None:  # "Buffalo, New York", "Bradford, Ontario": as written
                result: PlaceResult | None = self._written(unit, mention)
            else:
                result = self.resolve_one(
                    mention, focus=focus, seen_admin1=seen_admin1, anchors=anchors, named=named,
                    home=context.home if context is not None else None,
                )  # fmt: skip
            if (
                result is not None
                and unit is None
                and focus
                and result.cc != focus[0]
                and result.kind == "town"
                and ((as_village := written_as_village(mention))
                     or result.population < _WELL_KNOWN)
                and (as_village  # "Al Qahirah village": not Cairo
                     or CALLED_A_PLACE.search((mention.context or "").lower()))
            ):  # fmt: skip
                result = None  # "near the village of Hawi" in an Iraq story: not Hawi, Hawaii
            if result is None and focus:
                result = self._of_a_town(mention, focus[0])
            if result is None:
                head, kind, word = split_designator(clean_mention(mention.text))
                if word in SUBDISTRICTS | SETTLED_SITES:  # "al-Wajihiya sub-district"
                    kind = "city"
                if is_non_place(clean_mention(mention.text), self.lexicon):
                    continue
                if (
                    kind in {"inner", "outer", "prefix_site", "vicinity"}
                    and pending_site is None
                    and not self._names_a_country(head)
                ):
                    pending_site = mention
                elif village is None and village_like(mention, kind):
                    village = (i, mention)
                continue
            results.append(replace(result, confidence=result.confidence * (0.95**i)))
        results = _past_the_bureau(results)
        home = self._name(home_country(local, article_focus, results)) if focus else None
        if pending_site is not None:
            # "Wahailat market" ... "Baghdad" ... "Sadr City": the site is in the most
            # specific town-level place named with it, not merely the next one
            hosts = [
                r
                for r in results
                if r.geo_precision is not None
                and (home is None or r.country == home)
                and (
                    r.kind in {"town", "generic_site", "admin2", "admin1"}
                    or (r.kind == "landmark" and is_district(r))
                )
            ]
            provinces = {r.admin1 for r in hosts if r.kind == "admin1"}
            if len(provinces) == 1:
                hosts = [r for r in hosts if r.admin1 in provinces] or hosts
            if hosts:
                host = min(hosts, key=lambda r: specificity(r, hosts, results))
                results[results.index(host)] = attach_site(pending_site, host)
                pending_site = None
        if village is not None and home is not None:
            # "the village of Fleifel ... between Russia and Turkey": the bare country
            # abroad is not where the unknown village is
            results = [r for r in results if r.kind != "country" or r.country == home]
        # a site with no town of its own yields to a settlement named with it (below): "the
        # Jabal Hass area, south of al-Qurayya" is at al-Qurayya, not in the main town
        if not results and pending_site is not None and article_town is not None and not village:
            located = attach_site(pending_site, article_town)
            note = "place: the site's town is the article's main town"
            return replace(located, confidence=located.confidence * 0.7,
                           notes=(*located.notes, note))  # fmt: skip
        if not results and pending_site is not None and not village:
            region = self._region_of_article(article_region)
            if region is not None:  # "the Shaer gas field": its province
                return site_in_region(pending_site, region)
        if not results and village is not None and home is not None:
            known = self._known_city(village[1])
            if known is not None:  # "the consulate in Seattle" in a Russia story
                return known
            fallback = self._region_of_article(article_region)
            if fallback is not None:
                return village_in(village[1], fallback)
            name = clean_mention(village[1].text)
            nearby = context.near.get(ascii_name(name)) if context is not None else None
            fallback = self._region_of_article(nearby)
            if fallback is not None:  # "the hospital in Nukhaib", after "Anbar province"
                why = "is not in the gazetteer; in the province named before its first mention"
                return village_in(village[1], fallback, why=why)
            # guesses (merge lets neither keep two reports apart): the province that holds
            # more of the article's places than any other ("Petelkole" in a story of three
            # Tillaberi towns and the Niamey bureau), else the main town's ("the Rashad
            # sub-district" in a Kirkuk story)
            most = context.most_named if context is not None else None
            for fallback, why in (
                (self._region_of_article(most), "the province the article names most"),
                (self._province_of(article_town, home), "the province of the article's main town"),
            ):
                if fallback is not None:
                    guess = village_in(village[1], fallback, why=f"is not in the gazetteer; {why}")
                    return replace(guess, confidence=GUESSED_PLACE_CONFIDENCE)
            return PlaceResult(notes=(f"place: {name!r} is not in the gazetteer and the "
                                      "article names places in several provinces",))  # fmt: skip
        if not results and article_town is not None and village is None:
            # "PEORIA - ... a shooting on Arago Street": what the event's sentences do
            # not place is in the town the article is about
            note = "place: none named for the event; the article's main town, precision 2"
            return replace(article_town, confidence=article_town.confidence * 0.6,
                           geo_precision=max(article_town.geo_precision or GeoPrecision.TOWN,
                                             GeoPrecision.NEAR_TOWN),
                           notes=(*article_town.notes, note))  # fmt: skip
        if not results:
            return PlaceResult(notes=("place: no mention could be resolved",) if places else ())
        pool = [r for r in results if r.country is not None] or results
        notes: tuple[str, ...] = ()
        if focus:
            in_focus = [r for r in pool if r.country == home]
            if in_focus and len(in_focus) < len(pool):
                notes = ("place: places outside the article's focus country skipped",)
            pool = in_focus or pool
        provinces = {r.admin1 for r in pool if r.kind == "admin1"}
        inside = [r for r in pool if r.admin1 in provinces and r.kind != "admin1"]
        if len(provinces) == 1 and inside and len(inside) < len(pool) - 1:
            # "Baqubah ... Baghdad ... Azim area ... Diyala province": the province the
            # candidate names holds the incident; Baghdad is a reference or a byline
            pool = [r for r in pool if r.admin1 in provinces]
        chosen = min(pool, key=lambda r: specificity(r, pool, results))
        if village is not None:  # "the fields of Koshobe, near Zabarmari": its neighbour
            chosen = (
                village_host(village, pool, places) or village_unit(village, chosen, pool) or chosen
            )
        if chosen is not results[0]:
            notes = (*notes, f"place: {chosen.location or chosen.admin1!r} is the most specific")
        chosen = replace(chosen, notes=(*chosen.notes, *notes))
        kept = keep_village(village, chosen, places, home) if village is not None else None
        if kept is not None:
            return kept
        if (
            article_town is not None
            and chosen.mention is not None
            and not written_as(chosen.mention, units)
            and self._stray(chosen, article_town, seen_admin1, anchors)
        ):
            why = f"only a small namesake far from {article_town.location!r} is known"
            return village_in(chosen.mention, article_town, why=why)
        return chosen

    def _written(self, unit: GazEntry, mention: PlaceMention) -> PlaceResult:
        """A mention read the way the article writes it (``ArticleContext.units``): the
        town inside the unit written after it ("Bradford, Ontario"), the state after a
        town ("Buffalo, New York"), a county of a list; or, for a place its unit holds
        no namesake of, the unit itself, keeping the place's name."""
        if unit.kind == "city":
            near = is_near(mention.context)
            return self.from_entry(
                unit, mention, GeoPrecision.NEAR_TOWN if near else GeoPrecision.TOWN
            )
        result = self.from_entry(unit, mention, GeoPrecision.REGION)
        spelled = self.gazetteer.lookup(clean_mention(mention.text))
        if unit.kind in {"country", "admin1"} and not any(
            e.id == unit.id and e.similarity >= 0.95 for e in spelled
        ):
            return village_in(mention, result, why=f"has no namesake known in {unit.name!r}")
        return result

    def _stray(
        self,
        chosen: PlaceResult,
        town: PlaceResult,
        seen_admin1: Sequence[tuple[str, str]],
        anchors: Sequence[tuple[float, float]] = (),
    ) -> bool:
        """Whether ``chosen`` is a small namesake far from the article's town, in a unit
        the article never names ("Whitehaven" in a Memphis story is not White Haven,
        Pennsylvania): then the name is a part or a neighbour of the article's town. A
        town near another place the article names (an anchor) is no stray: "Gainesville"
        on a walk from Norman, Oklahoma to Washington is Gainesville, Texas."""
        if (
            chosen.kind != "town"
            or chosen.mention is None
            or chosen.population >= _STRAY_TOWN
            or chosen.cc != town.cc
            or chosen.admin1_code == town.admin1_code
            or (chosen.cc or "", chosen.admin1_code or "") in seen_admin1
            or None in (chosen.latitude, chosen.longitude, town.latitude, town.longitude)
        ):
            return False
        lat, lon = chosen.latitude or 0.0, chosen.longitude or 0.0
        if any(1.0 < km(lat, lon, a[0], a[1]) <= _STRAY_KM for a in anchors):
            return False  # (not the town's own point, when its name is an anchor)
        return km(lat, lon, town.latitude or 0.0, town.longitude or 0.0) > _STRAY_KM

    def _region_of_article(self, region: tuple[str, str] | None) -> PlaceResult | None:
        """The article's admin1 unit (see :meth:`article_region`) as a place."""
        if region is None:
            return None
        cc, code = region
        entry = self.gazetteer.admin1(cc, code)
        if entry is None:
            return None
        return PlaceResult(
            country=self._name(cc),
            admin1=entry.name,
            latitude=entry.lat,
            longitude=entry.lon,
            geo_precision=GeoPrecision.REGION,
            confidence=0.5,
            kind="admin1",
            cc=cc,
            admin1_code=code,
        )

    @staticmethod
    def the_town(
        place: PlaceResult, evidence: Iterable[str], context: ArticleContext
    ) -> PlaceResult:
        """``place`` read only at country level, for an incident whose sentences speak of
        "the city" or "the town" of a story about one: that town ("An uneasy calm settled
        over Basra ... thousands of demonstrators set fire to offices across the city")."""
        town = context.town
        if (
            town is None
            or town.location is None
            or place.country != town.country
            or (place.kind not in {None, "country"})
            or not any(_THE_TOWN.search(text) for text in evidence)
        ):
            return place
        note = f"place: 'the city' of the sentence read as the article's town {town.location!r}"
        return replace(town, confidence=town.confidence * 0.7, notes=(*town.notes, note))

    def _province_of(self, town: PlaceResult | None, country: str | None) -> PlaceResult | None:
        """The admin1 unit of ``town`` (the article's main town) as a place, when it is in
        ``country``."""
        if town is None or town.cc is None or town.admin1_code is None:
            return None
        if country is not None and town.country != country:
            return None
        return self._region_of_article((town.cc, town.admin1_code))

    def _known_city(self, mention: PlaceMention) -> PlaceResult | None:
        """A name read as an unknown village that is a city of 100,000 abroad, spelled
        exactly and not called a village ("Seattle" in a Russia story): that city,
        with little confidence, rather than a village of the article's region."""
        if CALLED_A_PLACE.search((mention.context or "").lower()):
            return None
        text = clean_mention(mention.text)
        written = ascii_name(text)
        cities = [
            e
            for e in self.gazetteer.lookup(text)
            if e.kind == "city"
            and e.similarity >= 0.95
            and e.population >= REFERENCE_CITY
            and ascii_name(e.name) == written  # "Tourou" is not Turku (Estonian "Turu")
        ]
        if not cities:
            return None
        city = max(cities, key=lambda e: (e.population, -e.id))
        note = f"place: {text!r} is only known as {city.name!r} abroad, a city of 100,000"
        result = self.from_entry(city, mention, GeoPrecision.TOWN)
        return replace(result, confidence=0.4, notes=(note,))

    def direction(self, text: str) -> re.Match[str] | None:
        """The direction word that opens ``text`` ("north Baghdad", "west Charlotte"),
        unless the whole is a place's own name ("South Sudan", "West Bank") or a
        province's English name ("North Kivu" for Nord Kivu, "Middle Shabelle" for
        Shabeellaha Dhexe); a town's alternate name ("West Charlotte" for Charlotte,
        Vermont) or a lowercase word does not make it one."""
        match = DIRECTIONS.match(text)
        if (
            match
            and not match.group(1)[0].islower()
            and any(
                (e.similarity >= 0.95 and (same_name(e.name, text) or e.kind == "admin2"))
                or (e.similarity >= 0.9 and e.kind == "admin1")
                for e in self.gazetteer.lookup(UNIT_WORD.sub("", text))
            )
        ):
            return None
        return match

    def names_a_place(self, mention: PlaceMention) -> bool:
        """Whether a mention is a place's name, whatever else it names: a known landmark,
        a site by its designator ("the Tayaran Square", "Ghweran prison"), a populated
        place by the words before it ("the village of al-Rashad") or a name the
        gazetteer has exactly."""
        clean = clean_mention(mention.text)
        if CALLED_A_PLACE.search((mention.context or "").lower()) or written_as_village(mention):
            return True  # "the village of Hawi", "bombs on Kanan village"
        if self.landmark(clean) is not None:
            return True
        head, kind, word = split_designator(clean)
        if kind in {"inner", "outer"} and head[:1].isupper() and clean.lower().endswith(f" {word}"):
            return True  # "the Tayaran Square"; not "Saraya Awliya al-Dam"
        found = any(e.similarity >= 0.95 for e in self.gazetteer.lookup(clean))
        return found or names_a_quarter(self.gazetteer, clean)  # "Hama al-Jadida"

    def _of_a_town(self, mention: PlaceMention, cc: str) -> PlaceResult | None:
        """A name the gazetteer lacks that ends in a town of the focus country, the way
        Arabic names a place by the town it belongs to ("the area of Jalam Samarra", the
        Jalam of Samarra): the place, coded to that town at precision 2. Two words only, in
        an Arabic-speaking country: "Puerto Jordan" or "Afrin and Azaz" are not of this kind."""
        words = clean_mention(mention.text).split()
        if cc not in _ARABIC_NAMING or len(words) != 2 or not village_like(mention, None):
            return None
        if split_designator(" ".join(words))[1] is not None:
            return None
        tail = words[-1]
        if not tail[:1].isupper() or len(tail) < 4:
            return None
        town = next(
            (e for e in self.gazetteer.lookup(tail, country=cc)
             if e.kind == "city" and e.similarity >= 0.95),
            None,
        )  # fmt: skip
        if town is None or self.gazetteer.lookup(" ".join(words[:-1]), country=cc):
            return None  # "Ramadi Samarra"? two places, not one of the other
        where = self.from_entry(town, mention, GeoPrecision.TOWN)
        return village_in(mention, where, why="is not in the gazetteer; named after its town")

    def _names_a_country(self, head: str) -> bool:
        """ "Syrian prison", "Iraqi base": a site named only by its country."""
        found = self.gazetteer.lookup(head)
        return bool(found) and found[0].kind == "country" and found[0].similarity >= 0.95

    def _name(self, cc: str) -> str | None:
        return self.gazetteer.country_name(cc)

    def resolve_one(
        self,
        mention: PlaceMention,
        *,
        focus: Sequence[str] = (),
        seen_admin1: Sequence[tuple[str, str]] = (),
        anchors: Sequence[tuple[float, float]] = (),
        named: Collection[str] | None = None,
        home: tuple[str, str] | None = None,
    ) -> PlaceResult | None:
        """One mention -> a place, or None (unknown, an organisation, or a look-alike
        abroad without evidence: see :meth:`_abroad_ok`); ``home``: the admin1 unit the
        article names most (:func:`~sitrep.resolve.context.home_admin1`)."""
        text = clean_mention(mention.text)
        if not text or is_non_place(text, self.lexicon):
            return None
        if names := alternative_names(text):  # "Tadmur/Palmyra": the better-spelled name
            found = [
                self.resolve_one(
                    mention.model_copy(update={"text": n}),
                    focus=focus,
                    seen_admin1=seen_admin1,
                    anchors=anchors,
                    named=named,
                    home=home,
                )
                for n in names
            ]
            return max((r for r in found if r is not None), key=lambda r: r.confidence,
                       default=None)  # fmt: skip
        people = people_place(self, text)
        if people is None and (cc := demonym_country(text, self.lexicon)) is not None:
            people = self.gazetteer.country(cc)
        if people is not None:  # "American", "the Syrians", "Ohioans": the place, no finer
            return replace(self.from_entry(people, mention, GeoPrecision.REGION), confidence=0.5)
        landmark = self.landmark(text)
        if landmark is not None and (not focus or landmark.country in focus):
            return landmark_place(self, landmark, mention)
        match = self.direction(text)
        if match:
            text = text[match.end() :]
        directional = bool(match) or bool(
            mention.context and REGION_PART.search(mention.context.lower())
        )
        head, kind, word = split_designator(text)
        landmark = self.landmark(head)
        if landmark is not None and (not focus or landmark.country in focus):
            return landmark_place(self, landmark, mention)
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
                head, kind, word = text, None, None
        if kind is None and _CALLED_A_UNIT.search((mention.context or "").lower()):
            kind = "admin1"  # "the province of Ontario": not Ontario, New York
        elif kind is None and _COUNTRYSIDE_OF.search((mention.context or "").lower()):
            kind = "vicinity"
        if kind == "prefix_site" or word in STREETS:
            return None  # "Mount Vernon", "Lake Robinson", "Somerset Street": not that town
        entry = self._best(
            head,
            kind=kind,
            focus=focus,
            seen_admin1=seen_admin1,
            anchors=anchors,
            floor=0.95 if kind in {"inner", "outer"} else None,
            named=named,
            home=home,
        )
        if entry is not None and word in NAMED_SITES and focus and entry.cc != focus[0]:
            return None  # "the Omari Mosque" in Daraa: named for a man, not for Ameri, Iran
        if entry is None:
            return quarter_place(
                self, head, mention, focus=focus, seen_admin1=seen_admin1, named=named
            )
        near = is_near(mention.context)
        if kind in {"inner", "outer"}:
            if entry.kind == "admin2" and entry.similarity >= 0.95:  # "Guernsey County Jail"
                county = self.from_entry(entry, mention, GeoPrecision.NEAR_TOWN)
                return replace(county, location=f"{entry.name} - {text}", kind="site")
            if entry.kind != "city":
                return None
            precision = GeoPrecision.NEAR_TOWN if kind == "outer" or near else GeoPrecision.TOWN
            result = self.from_entry(entry, mention, precision)
            if entry.similarity >= 0.95 and same_name(entry.name, head):
                return replace(result, kind="generic_site")  # "Baghdad market": the town
            return replace(result, location=f"{entry.name} - {text}", kind="site")
        if kind == "vicinity":
            precision = GeoPrecision.REGION if entry.kind == "admin1" else GeoPrecision.NEAR_TOWN
            return self.from_entry(entry, mention, precision)
        if entry.kind == "city":
            precision = GeoPrecision.NEAR_TOWN if near else GeoPrecision.TOWN
        elif entry.kind == "admin2":
            precision = GeoPrecision.NEAR_TOWN
            seat = self._district_seat(entry, head)
            if seat is not None:  # "Tarmiya district": coded to Tarmiyah, precision 2
                return self.from_entry(seat, mention, precision)
        elif entry.kind == "admin1":
            precision = GeoPrecision.NEAR_TOWN if directional else GeoPrecision.REGION
        else:
            precision = GeoPrecision.REGION
        return self.from_entry(entry, mention, precision)

    # -- internals ------------------------------------------------------------

    def best_town(self, name: str, **where: Any) -> GazEntry | None:
        """The town spelled exactly ``name`` the ranking prefers (``where``: focus,
        seen_admin1, named); when that is a unit ("Daraa" the governorate), its town of
        the name; else None."""
        entry = self._best(name, kind="city", floor=0.95, **where)
        if entry is None or entry.kind == "city":
            return entry
        towns = [
            e
            for e in self.gazetteer.lookup(name, country=entry.cc)
            if e.kind == "city" and e.similarity >= 0.95 and e.admin1 == entry.admin1
        ]
        return max(towns, key=lambda e: (e.population, -e.id)) if towns else None

    def prior(
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
            score += _COUNTRY_PRIOR if entry.similarity >= 0.95 else 1.5
        elif entry.kind == "region":
            score += 3.0 if entry.similarity >= 0.95 else 0.0
        elif entry.kind == "admin1":
            score += _ADMIN1_PRIOR
        elif entry.kind == "admin2":
            score += 0.3
        else:
            score += _POPULATION_WEIGHT * math.log10(entry.population + 10)
        if entry.kind != "country" and entry.similarity >= 0.95:
            score += 1.5 if same_name(entry.name, query) else 0.0
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
        home: tuple[str, str] | None = None,
    ) -> GazEntry | None:
        found = self.gazetteer.lookup(head)
        if floor is None:
            floor = 0.95 if len(ascii_name(head).replace(" ", "")) <= 4 else 0.8
        # lookup ranks by similarity first: the entries above the floor are a prefix
        above = next((i for i, e in enumerate(found) if e.similarity < floor), len(found))
        found = [
            e
            for e in found[:above]
            if (
                e.similarity >= 0.95
                or " " in head.strip()  # "Tal Tamr" = "Tall Tamr": a spelling, not a word
                or e.population >= _FUZZY_TOWN
                or is_local(e, seen_admin1)
            )
        ]
        if kind == "admin2":  # "Guernsey County": a county, never a country
            found = [e for e in found if e.kind != "country"]
        if focus:
            evidence = frozenset(focus) if named is None else frozenset(named)
            found = [e for e in found if self._abroad_ok(e, focus[0], evidence, head)]
        if not found:
            return None
        if looks_like_acronym(head) and not any(e.similarity >= 0.95 for e in found):
            return None  # "SDF", "PMF": initials, not a place with a look-alike name

        big_towns = {
            (e.cc, e.admin1)
            for e in found
            if e.kind == "city" and e.population >= 100_000 and e.similarity >= 0.95
        }

        units = {
            e.id
            for e in found
            if e.kind in {"country", "admin1", "region"} and e.similarity >= 0.95
        }
        countries = any(e.kind == "country" and e.similarity >= 0.95 for e in found)

        def score(entry: GazEntry) -> float:
            value = self.prior(entry, kind, seen_admin1, head)
            if home is not None and (entry.cc, entry.admin1) == home:
                value += _HOME_BONUS
            if entry.kind == "admin1" and kind is None and (entry.cc, entry.admin1) in big_towns:
                value -= _ADMIN1_PRIOR  # "Kirkuk" is the city; "Kirkuk province" the province
            near = 0.0
            if anchors and entry.lat is not None and entry.lon is not None and len(found) > 1:
                away = min(km(entry.lat, entry.lon, a[0], a[1]) for a in anchors)
                near = 1.5 * math.exp(-away / 300.0)
            local = near > 0.5 or (entry.cc, entry.admin1) in seen_admin1
            if countries:  # "China" in a Texas story: China, Texas only when written so
                local = near > _QUALIFIED_NEAR
            lookalike = bool(units) and entry.kind == "city" and entry.population < REFERENCE_CITY
            if lookalike and not local:
                return value + near  # a town named like a country or state: no focus bonus
            if focus and (entry.cc == focus[0] or self._prominent_abroad(entry, named)):
                value += _FOCUS_BONUS
            elif entry.cc in focus:
                value += 1.2
            return value + near

        return max(found, key=lambda e: (score(e), e.population, -e.id))

    def _prominent_abroad(self, entry: GazEntry, named: Collection[str] | None) -> bool:
        """A city of a million, spelled exactly, in a country the article
        names: as likely as a namesake in its focus country ("Rome" in a story that
        names Italy is not Rome, Wisconsin, though the story is American)."""
        return (
            named is not None
            and entry.cc in named
            and entry.kind == "city"
            and entry.similarity >= 0.95
            and entry.population >= _WELL_KNOWN
        )

    def _district_seat(self, district: GazEntry, head: str) -> GazEntry | None:
        """The town a district is named after, in the same province (and in the
        district itself when the gazetteer knows the town's district)."""
        name, _, _ = split_designator(head)  # "Muqdadiyah district" -> "Muqdadiyah"
        towns = [
            e
            for e in self.gazetteer.lookup(name, country=district.cc)
            if e.kind == "city"
            and e.admin1 == district.admin1
            and e.admin2 in {None, district.admin2}  # Butler (Alabama) is not in Butler County
            and e.similarity >= 0.9
        ]
        return towns[0] if towns else None

    def _abroad_ok(self, entry: GazEntry, home: str, named: frozenset[str], query: str) -> bool:
        """A place outside the article's country needs strong evidence: its own name
        spelled exactly, and a country named by the article (or a region, a country,
        a capital or a city of a million people: the incident abroad of a wire story). A
        city abroad known by that name only in another language ("Boni" for Bern or Bonn)
        needs its country named."""
        if entry.cc == home or not entry.cc:
            return True
        if entry.similarity < 0.95:
            return False
        if entry.kind in {"country", "region"} or entry.cc in named:
            return True
        if query and entry.kind == "city" and not same_name(entry.name, query):
            return False
        return entry.kind == "city" and (
            self.gazetteer.is_capital(entry) or entry.population >= _WELL_KNOWN
        )

    def from_entry(
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
