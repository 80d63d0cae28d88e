"""What an article talks about: its country focus and the places it keeps naming.

Computed once per article (:func:`read_article`) and handed to every candidate's
place resolution (:meth:`PlaceResolver.resolve`):

* ``focus``: the article's countries, most likely first. Towns, admin1 units and
  landmarks vote for their country (a homonym splits its vote, leaning to the
  countries of the article's unambiguous names and of the cities its other names
  stand for: "Paris" beside "Dallas"); a country's own name votes too, but at most
  three times ("US forces" five times is not a US story); demonyms, the dateline
  and the bare currency of its sums ("$10.3 million": the US) add weak votes (a
  wire bureau counts once);
* ``named``: the countries it names explicitly (a town abroad needs one);
* ``seen_admin1``: the admin1 units it names or places its unambiguous towns in
  ("Mansfield" near "Ohio" is Mansfield, Ohio);
* ``anchors``: coordinates of its unambiguous towns and of the cities a name
  stands for on its own ("St. Paul"), to read a homonym ("Watertown") as the one
  nearest to them;
* ``town``: the town it names most, for a site whose candidate names no town;
* ``region``: the province holding most of its places, for a village the
  gazetteer lacks;
* ``near``: for a name the gazetteer lacks, the province of the place named just
  before its first mention ("... in Iraq's western Anbar province ... taken to the
  hospital in Nukhaib"), for a village when the article's places span provinces;
* ``units``: mentions (by span) that are admin1 units though their name is also a
  city's, by the way they are written ("Buffalo, New York"; "Michigan, New York and
  Ohio").
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.designators import STREETS, clean_mention, split_designator
from sitrep.resolve.focus import (
    agency_towns,
    currency_countries,
    dateline,
    dateline_parts,
    demonym_country,
    demonym_counts,
    is_non_place,
    qualifier_pairs,
)
from sitrep.resolve.gazetteer import GazEntry
from sitrep.resolve.names import ascii_name

if TYPE_CHECKING:
    from sitrep.resolve.places import PlaceResolver, PlaceResult

__all__ = [
    "ArticleContext",
    "admin1_readings",
    "admin_context",
    "anchors",
    "article_region",
    "country_focus",
    "dateline_town",
    "dateline_units",
    "dominant_town",
    "home_admin1",
    "main_town",
    "named_countries",
    "qualified",
    "read_article",
]

_COUNTRY_VOTES_CAP = 3.0
"""Most votes a country gets from being named ("US strikes", "US forces" five times)."""
_PLACE_VOTE = 2.0
"""Votes of a town, admin1 unit or landmark for its country (split between homonyms)."""
_DEMONYM_VOTE, _DEMONYM_CAP = 0.5, 2.0
_DATELINE_VOTE = 1.0
_VILLAGE_POPULATION = 5_000
"""Below it, a place's repeated mentions add no vote for its country (see country_focus)."""
_VILLAGE_VOTE = 1.0
"""The vote of such a village, named by no other place: half a town's ("Estrada", a
village of Guanajuato, is also the road of "Estrada do Mendanha" in a Rio story)."""
_CURRENCY_VOTE = 1.0
"""Vote of the currency an article counts in without naming it (bare "$": the US)."""
AGENCY_TOWN = "AGENCY_TOWN"
"""Label of the town of a police force named in the text ("Savannah-Chatham Metro
Police"): it votes for towns of that name only."""
_SUPPORT_BONUS = 2.5
"""Prior added to a homonym in a country the article's unambiguous names vote for."""
_VOTE_SHARPNESS = 1.0
"""How sharply a homonym's vote goes to its likelier country (per point of prior)."""
_DOMINANT_TOWN, _DOMINANT_RATIO = 100_000, 20.0
"""A city of this population, this many times as populous as every other town of its
name, is what the name means unless the article says otherwise ("Dallas", "St. Paul")."""


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the whole article says about where it is (see the module docstring)."""

    focus: tuple[str, ...] = ()
    named: frozenset[str] | None = None
    seen_admin1: tuple[tuple[str, str], ...] = ()
    anchors: tuple[tuple[float, float], ...] = ()
    town: PlaceResult | None = None
    region: tuple[str, str] | None = None
    units: Mapping[tuple[int, int], GazEntry] = field(default_factory=dict)
    home: tuple[str, str] | None = None
    near: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    most_named: tuple[str, str] | None = None
    """The admin1 unit holding more of the article's places than any other (`region`
    needs more than half of them)."""


def read_article(
    places: PlaceResolver, mentions: Iterable[PlaceMention], *, text: str | None = None
) -> ArticleContext:
    """The article's context from all its place mentions (and its text, for the
    dateline and demonyms), computed once for all its candidates."""
    mentions = list(mentions)
    if text is not None:  # "the Gainesville Police Department": a town of the article
        mentions += [
            PlaceMention(text=name, label=AGENCY_TOWN)
            for name in agency_towns(text)
            if _exact(places, name)
        ]
    focus = country_focus(places, mentions, text=text)
    named = named_countries(places, mentions, text=text)
    # admin_context and article_region ask the same question of every mention: answered once
    results = [places.resolve_one(m, focus=focus, named=named) for m in mentions]
    seen = admin_context(places, mentions, focus=focus, named=named, results=results)
    if text is not None:
        seen = list(dict.fromkeys([*seen, *dateline_units(places, text)]))
    points = anchors(places, mentions, focus=focus, seen_admin1=seen, named=named)
    town = main_town(
        places, mentions, focus=focus, seen_admin1=seen, anchors=points, named=named, text=text
    )
    if not seen and town is not None and town.cc is not None and town.admin1_code is not None:
        seen = [(town.cc, town.admin1_code)]  # "Logan" in a Rogersville, Missouri story
    region = article_region(places, mentions, focus=focus, named=named, results=results)
    most_named = region or article_region(
        places, mentions, focus=focus, named=named, results=results, majority=False
    )
    units = admin1_readings(places, mentions, results=results, text=text)
    home = home_admin1(results, focus=focus, dateline=dateline_units(places, text) if text else [])
    near = unknown_names_near(mentions, results, focus=focus, text=text)
    return ArticleContext(
        tuple(focus), named, tuple(seen), tuple(points), town, region, units, home, near,
        most_named,
    )  # fmt: skip


def country_focus(
    places: PlaceResolver, mentions: Iterable[PlaceMention], *, text: str | None = None
) -> list[str]:
    """Countries of the article, most likely first (ISO alpha-2 codes).

    Towns, admin1 units and landmarks vote for their country (a homonym splits its
    vote, leaning to the countries the article's unambiguous names and the cities of
    its other homonyms back: "Paris" beside "Dallas"); a country's own name votes
    too, but at most three times ("US forces", "US strikes" in a Hasakah story);
    with ``text``, its dateline and demonyms ("Iraqi", "Syrian") add weak votes. A village
    (under 5,000 people) votes once however often the article names it, a town named again
    half a vote each time.
    """
    mentions = list(mentions)
    votes: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)
    homonyms: list[tuple[list[GazEntry], str]] = []
    units: set[tuple[str, str | None]] = set()
    voted_names: set[str] = set()
    bureau = ascii_name(dateline(text, _town_known(places)) or "") if text else ""
    if bureau:
        where = _dateline_country(places, text or "")
        if where is not None:  # once: the bureau files on its whole region
            votes[where] += _DATELINE_VOTE
    for mention in mentions:
        clean = clean_mention(mention.text)
        if is_non_place(clean, places.lexicon):
            continue
        people = demonym_country(clean, places.lexicon)
        if people is not None:
            named[people] += 1.0
            continue
        if bureau and ascii_name(clean) == bureau:
            bureau = ""  # the dateline itself, counted once above
            continue
        lm = places.landmark(clean)
        if lm is not None:
            votes[lm.country] += _PLACE_VOTE
            continue
        head, kind, word = split_designator(clean)
        if word in STREETS:
            continue  # "Arago Street" says nothing about Arago, Spain
        found = _exact_units(places, head, kind)
        if mention.label == AGENCY_TOWN:  # a police force serves a town, not a region
            found = [e for e in found if e.kind == "city"]
        units.update((e.cc, e.admin1) for e in found if e.kind == "admin1")
        if not found or found[0].kind == "region":
            continue
        if found[0].kind == "country" and not any(e.kind == "admin1" for e in found):
            named[found[0].cc] += 1.0
            continue
        if len({e.cc for e in found}) > 1:
            homonyms.append((found, head))  # split once the unambiguous names have voted
            continue
        village = found[0].kind == "city" and found[0].population < _VILLAGE_POPULATION
        again = ascii_name(head) in voted_names
        if village and again:
            continue  # a village votes once, however often the article repeats its name
        voted_names.add(ascii_name(head))
        # a town named again adds half a vote: "Karambi" four times (a town of Rwanda by that
        # name) must not outvote the three places of a Ugandan story named once or twice
        votes[found[0].cc] += (_VILLAGE_VOTE if village else _PLACE_VOTE) * (0.5 if again else 1.0)
    for cc, count in named.items():
        votes[cc] += min(count, _COUNTRY_VOTES_CAP)
    if text:
        for cc, count in demonym_counts(text, places.lexicon).items():
            votes[cc] += min(count * _DEMONYM_VOTE, _DEMONYM_CAP)
        for cc in currency_countries(text):  # "$10.3 million": the bare dollar of US news
            votes[cc] += _CURRENCY_VOTE
    support = dict(votes)
    held = {e.id: e.cc for e in _held_towns(places, mentions)} if homonyms else {}
    cities = _dominant_support(homonyms, units)
    voted: set[str] = set()
    for found, head in homonyms:
        # a village votes once however often the article repeats its name: "Bang" six times in
        # a Central African story is one name a hamlet of 576 in India shares
        again = ascii_name(head) in voted
        voted.add(ascii_name(head))
        home = next((held[e.id] for e in found if e.id in held), None)
        if home is not None:  # "Athens" with "Henderson County": Athens, Texas
            votes[home] += _PLACE_VOTE
            continue
        backing = dict(support)
        for key, cc in cities.items():
            if key != ascii_name(head):  # a city backs the other names, never itself
                backing[cc] = backing.get(cc, 0.0) + _PLACE_VOTE
        for cc, share in _vote_shares(places, found, head, backing).items():
            if again and max(e.population for e in found if e.cc == cc) < _VILLAGE_POPULATION:
                continue
            if cc == found[0].cc and found[0].kind == "country":  # "Georgia"
                votes[cc] += share if named[cc] < _COUNTRY_VOTES_CAP else 0.0
                named[cc] += share
            else:
                votes[cc] += _PLACE_VOTE * share
    return [cc for cc, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))]


def _dominant_support(
    homonyms: Sequence[tuple[list[GazEntry], str]], units: Collection[tuple[str, str | None]]
) -> dict[str, str]:
    """The country of each homonym (by name) that stands for one city on its own
    (:func:`dominant_town`), which backs that country for the article's other
    homonyms: "Paris" five times beside "Dallas" leans to Paris, Texas. Not a city
    with a namesake in an admin1 unit the article names ("London" with "Ontario")."""
    return {
        ascii_name(head): town.cc
        for found, head in homonyms
        if (town := dominant_town(found)) is not None
        and not any(e.id != town.id and (e.cc, e.admin1) in units for e in found)
    }


def _vote_shares(
    places: PlaceResolver,
    found: Sequence[GazEntry],
    head: str,
    support: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """How a name's vote splits between the countries of its homonyms: by how
    likely each country's best entry is on its own (kind, population, capital), so
    "Paris" votes mostly for France and "Virginia" for the United States, and by the
    ``support`` the article's unambiguous names give each country: "Dublin" beside
    "Laurens County" and "Macon" votes for the United States."""
    support = support or {}
    best: dict[str, float] = {}
    for entry in found:
        if entry.cc:
            backing = min(1.0, support.get(entry.cc, 0.0) / _PLACE_VOTE)
            prior = places.prior(entry, None, (), head) + _SUPPORT_BONUS * backing
            best[entry.cc] = max(best.get(entry.cc, prior), prior)
    if not best:
        return {}
    top = max(best.values())
    weights = {cc: math.exp(_VOTE_SHARPNESS * (p - top)) for cc, p in best.items()}
    total = sum(weights.values())
    return {cc: w / total for cc, w in weights.items()}


def named_countries(
    places: PlaceResolver, mentions: Iterable[PlaceMention], *, text: str | None = None
) -> frozenset[str]:
    """Countries the article names explicitly: by name, by demonym, through an
    admin1 unit only they have, or in its dateline. A town abroad needs one."""
    out: set[str] = set()
    for mention in mentions:
        clean = clean_mention(mention.text)
        if is_non_place(clean, places.lexicon):
            continue
        head, kind, _ = split_designator(clean)
        found = _exact_units(places, head, kind)
        if not found:
            continue
        admin1 = {e.cc for e in found if e.kind == "admin1"}
        if found[0].kind == "country" and not admin1:  # not "Georgia" (US state)
            out.add(found[0].cc)
        a_country = any(e.kind == "country" for e in found)  # "Georgia" in Tbilisi news
        if len(admin1) == 1 and (kind == "admin1" or (kind is None and not a_country)):
            out |= admin1
    if text:
        out |= set(demonym_counts(text, places.lexicon))
        where = _dateline_country(places, text)
        if where is not None:
            out.add(where)
    return frozenset(out)


def _exact_units(places: PlaceResolver, head: str, kind: str | None) -> list[GazEntry]:
    """The entries spelled exactly ``head``; with a county's word ("Guernsey County",
    "Lebanon County"), never a country."""
    found = places.gazetteer.exact(head)
    if kind == "admin2":
        return [e for e in found if e.kind != "country"]
    return found


def _dateline_country(places: PlaceResolver, text: str) -> str | None:
    name = dateline(text, _town_known(places))
    if name is None or is_non_place(name, places.lexicon):
        return None
    found = [
        e
        for e in places.gazetteer.lookup(name)
        if e.similarity >= 0.95 and e.kind in {"city", "country"}
    ]
    if not found:
        return None
    return max(found, key=lambda e: (places.gazetteer.is_capital(e), e.population)).cc


def admin_context(
    places: PlaceResolver,
    mentions: Iterable[PlaceMention],
    *,
    focus: Sequence[str] = (),
    named: Collection[str] | None = None,
    results: Sequence[PlaceResult | None] | None = None,
) -> list[tuple[str, str]]:
    """Admin1 units the article names or places its unambiguous towns in
    ("Mansfield" near "Ohio" is Mansfield, Ohio), and the units of the towns
    it writes with their unit ("Alexandria, La."). ``results``: each mention's
    ``resolve_one`` with this focus, when the caller has them already."""
    mentions = list(mentions)
    if results is None:
        results = [places.resolve_one(m, focus=focus, named=named) for m in mentions]
    seen: dict[tuple[str, str], None] = {}
    for mention, result in zip(mentions, results, strict=True):
        if result is None or result.cc is None or result.admin1_code is None:
            continue
        if result.kind == "admin1":
            seen[(result.cc, result.admin1_code)] = None
        elif result.kind == "town":
            head, _, _ = split_designator(clean_mention(mention.text))
            exact = places.gazetteer.exact(head)
            if (
                len({(e.cc, e.admin1) for e in exact if e.kind == "city"}) == 1
                and places.direction(head) is None  # "West Charlotte": Charlotte's part
            ):
                seen[(result.cc, result.admin1_code)] = None
    for entry in qualified(places, mentions).values():
        if entry.admin1 is not None:
            seen[(entry.cc, entry.admin1)] = None
    return list(seen)


def article_region(
    places: PlaceResolver,
    mentions: Iterable[PlaceMention],
    *,
    focus: Sequence[str] = (),
    named: Collection[str] | None = None,
    results: Sequence[PlaceResult | None] | None = None,
    majority: bool = True,
) -> tuple[str, str] | None:
    """The admin1 unit that holds more than half of the distinct places the
    article names in its focus country (the province of a village the gazetteer
    lacks), or None; with ``majority`` False, the one that holds more of them than
    any other. ``results`` as for :func:`admin_context`."""
    if not focus:
        return None
    if results is None:
        results = [places.resolve_one(m, focus=focus, named=named) for m in mentions]
    held: dict[str, set[str | None]] = defaultdict(set)  # distinct places per unit
    for result in results:
        if result is None or result.cc != focus[0] or result.admin1_code is None:
            continue
        if result.kind in {"town", "admin1", "admin2", "landmark", "site", "generic_site"}:
            held[result.admin1_code].add(result.location)
    counts = {code: len(names) for code, names in held.items()}
    if not counts:
        return None
    code = max(counts, key=lambda c: (counts[c], c))
    if majority:
        return (focus[0], code) if counts[code] * 2 > sum(counts.values()) else None
    tied = [c for c, n in counts.items() if n == counts[code]]
    return (focus[0], code) if len(tied) == 1 else None


_NEAR_CHARS = 600
"""How far before an unknown name's first mention the place that locates it may be."""
_APPOSED_CHARS = 80
_APPOSED = re.compile(r"^,\s+(?:in|near)\s+(?:the\s+)?(?:\w+[\s-]+){0,4}$", re.IGNORECASE)
"""The words between an unknown place and the unit that locates it: ", in the sub-prefecture
of", ", near the town of"."""


def unknown_names_near(
    mentions: Sequence[PlaceMention],
    results: Sequence[PlaceResult | None],
    *,
    focus: Sequence[str] = (),
    text: str | None = None,
) -> dict[str, tuple[str, str]]:
    """For each name the gazetteer lacks (by :func:`ascii_name`), the admin1 unit of
    the focus country's place named last before its first mention, at most
    ``_NEAR_CHARS`` characters before it: an article introduces a small place
    after its province or town ("a pickup truck ... in Iraq's western Anbar
    province ... the hospital in Nukhaib"), and a later paragraph may name the
    place alone, after other provinces ("a landmine ... near Nukhaib"). With ``text``,
    else the unit named in apposition right after it ("Bang, in the sub-prefecture of
    Ngaoundaye")."""
    if not focus:
        return {}
    placed = sorted(
        (mention.span.start, (result.cc, result.admin1_code))
        for mention, result in zip(mentions, results, strict=True)
        if mention.span is not None
        and result is not None
        and result.cc == focus[0]
        and result.admin1_code is not None
        and result.kind in {"town", "admin1", "admin2", "landmark", "site"}
    )
    near: dict[str, tuple[str, str]] = {}
    first: dict[str, int] = {}
    ends: dict[str, list[int]] = {}
    for mention, result in zip(mentions, results, strict=True):
        if result is None and mention.span is not None:
            key = ascii_name(clean_mention(mention.text))
            if key and (key not in first or mention.span.start < first[key]):
                first[key] = mention.span.start
            if key:
                ends.setdefault(key, []).append(mention.span.end)
    for key, start in first.items():
        before = [unit for at, unit in placed if start - _NEAR_CHARS <= at < start]
        if before:
            near[key] = before[-1]
            continue
        # "The locality of Bang, in the sub-prefecture of Ngaoundaye": the unit named in
        # apposition right after one of its mentions
        after = [
            unit
            for end in sorted(ends.get(key, []))
            for at, unit in placed
            if end < at <= end + _APPOSED_CHARS
            and text is not None
            and _APPOSED.match(text[end:at]) is not None
        ]
        if after:
            near[key] = after[0]
    return near


def home_admin1(
    results: Iterable[PlaceResult | None],
    *,
    focus: Sequence[str] = (),
    dateline: Iterable[tuple[str, str]] = (),
) -> tuple[str, str] | None:
    """The admin1 unit of the focus country that the article names most, at least
    twice and more often than any other (its dateline's unit counts once): the state
    of a story that compares it with its neighbours ("Indiana" four times beside
    "Ohio" and "Kentucky" once each makes "Boone County" Boone County, Indiana)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for result in results:
        if (
            result is not None
            and result.kind == "admin1"
            and result.admin1_code
            and result.cc
            and (not focus or result.cc == focus[0])
        ):
            counts[(result.cc, result.admin1_code)] += 1
    for unit in dateline:
        counts[unit] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def anchors(
    places: PlaceResolver,
    mentions: Iterable[PlaceMention],
    *,
    focus: Sequence[str] = (),
    seen_admin1: Collection[tuple[str, str]] = (),
    named: Collection[str] = (),
) -> list[tuple[float, float]]:
    """Coordinates of the article's unambiguous towns, of the towns it writes with
    their unit ("Alexandria, La.") and of the cities a name stands for on its own
    (:func:`dominant_town`: "St. Paul") unless a namesake lies in a unit of
    ``seen_admin1`` ("Paris" with "Illinois") or, for a city abroad whose country is
    not ``named``, in the focus country ("Paris" in a Tennessee story): a homonym
    ("Washington County", a later bare "Alexandria", "Watertown") is read as the one
    nearest to them."""
    mentions = list(mentions)
    points: dict[tuple[float, float], None] = {}
    for mention in mentions:
        head, kind, _ = split_designator(clean_mention(mention.text))
        if kind is not None or places.direction(head) is not None:
            continue
        exact = places.gazetteer.exact(head)
        towns = [e for e in exact if e.kind == "city" and e.lat is not None]
        if len(towns) == 1 and len(exact) == 1 and towns[0].lon is not None:
            points[(towns[0].lat or 0.0, towns[0].lon)] = None
            continue
        town = dominant_town(exact)
        if (
            town is not None
            and town.lat is not None
            and town.lon is not None
            and not any(
                e.kind == "city"
                and e.id != town.id
                and ((e.cc, e.admin1) in seen_admin1 or _home_namesake(town, e, focus, named))
                for e in exact
            )
        ):
            points[(town.lat, town.lon)] = None  # "St. Paul": Saint Paul, Minnesota
    for entry in [*qualified(places, mentions).values(), *_held_towns(places, mentions)]:
        if entry.lat is not None and entry.lon is not None:
            points[(entry.lat, entry.lon)] = None
    return list(points)


def _home_namesake(
    town: GazEntry, other: GazEntry, focus: Sequence[str], named: Collection[str]
) -> bool:
    """Whether ``other`` is a namesake, in the article's own country, of a city abroad
    whose country the article does not name ("Paris" in a Tennessee story: Paris,
    France does not anchor it; "Moscow" in a story that names Russia does)."""
    return bool(focus) and town.cc != focus[0] and other.cc == focus[0] and town.cc not in named


def dominant_town(found: Sequence[GazEntry]) -> GazEntry | None:
    """The city a name stands for on its own, among its exactly spelled entries: one of
    100,000 people or more, twenty times as populous as every other town of the name,
    which names no country, admin1 unit or region ("Dallas", "St. Paul", "Moscow"; not
    "Georgia", "Washington", "Springfield"). Its counties do not count ("Dallas County")."""
    if any(e.kind in {"country", "admin1", "region"} for e in found):
        return None
    towns = sorted((e for e in found if e.kind == "city"), key=lambda e: (-e.population, e.id))
    if not towns or towns[0].population < _DOMINANT_TOWN:
        return None
    if any(towns[0].population < _DOMINANT_RATIO * e.population for e in towns[1:]):
        return None
    return towns[0]


def _held_towns(places: PlaceResolver, mentions: Sequence[PlaceMention]) -> list[GazEntry]:
    """Towns that lie in a county (admin2 unit) the article also names, among the
    homonyms of both: "Huntsville" with "Walker County" is Huntsville, Texas (in
    Walker County, Texas), not Huntsville, Alabama."""
    exact: dict[str, list[GazEntry]] = {}
    for mention in mentions:
        text = clean_mention(mention.text)
        key = ascii_name(text)
        if key and key not in exact and not is_non_place(text, places.lexicon):
            exact[key] = places.gazetteer.exact(text)
    counties = {
        (e.cc, e.admin1, e.admin2): key
        for key, found in exact.items()
        if split_designator(key)[1] == "admin2"  # "Walker County", not "Washington"
        for e in found
        if e.kind == "admin2"
    }
    return [
        e
        for key, found in exact.items()
        for e in found
        if e.kind == "city" and counties.get((e.cc, e.admin1, e.admin2), key) != key
    ]


def qualified(places: PlaceResolver, mentions: Iterable[PlaceMention]) -> dict[str, GazEntry]:
    """Places the article writes with the unit or country that holds them
    ("Alexandria, La.", "Paris, Texas", "Athens-Clarke County"), by spelling: the
    entry of that name inside that unit, the most populous when several are."""
    out: dict[str, GazEntry] = {}
    for place, unit in qualifier_pairs(mentions):
        head, kind, _ = split_designator(clean_mention(place.text))
        if kind not in {None, "city", "admin2"} or is_non_place(head, places.lexicon):
            continue
        holders = [
            e
            for e in places.gazetteer.lookup(_unit_name(unit.text))
            if e.similarity >= 0.95 and e.kind in {"country", "admin1", "admin2"}
        ]
        found = places.gazetteer.exact(head)
        if any(e.kind in {"country", "admin1", "region"} for e in found):
            # "China, Texas" is qualified; "China, Japan" is a list and "California,
            # United States" a state with its country
            holders = [h for h in holders if h.kind != "country"]
        inside = [
            e for e in found if e.kind in {"city", "admin2"} and any(h.holds(e) for h in holders)
        ]
        if inside:
            out.setdefault(ascii_name(head), max(inside, key=lambda e: (e.population, -e.id)))
    return out


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")
"""What separates the items of a list of places: ", ", " and ", ", or "."""


def admin1_readings(
    places: PlaceResolver,
    mentions: Iterable[PlaceMention],
    *,
    results: Sequence[PlaceResult | None],
    text: str | None = None,
) -> dict[tuple[int, int], GazEntry]:
    """Mentions (by span) that the way they are written makes admin1 units, though
    their name is also a city's: the unit after a town it holds ("Buffalo, New York":
    the state) and an item of a list of admin1 units ("Michigan, New York and Ohio").
    ``results``: each mention's ``resolve_one``; ``text``: the article, for the words
    between list items (without it, only the qualifiers are read)."""
    mentions = list(mentions)
    out: dict[tuple[int, int], GazEntry] = {}
    for place, unit in qualifier_pairs(mentions):
        if unit.span is None:
            continue
        head, kind, _ = split_designator(clean_mention(place.text))
        if kind not in {None, "city", "admin2"} or is_non_place(head, places.lexicon):
            continue
        towns = places.gazetteer.exact(head)
        holders = [
            e
            for e in places.gazetteer.lookup(_unit_name(unit.text))
            if e.similarity >= 0.95 and e.kind == "admin1"
            and any(t.kind in {"city", "admin2"} and e.holds(t) for t in towns)
        ]  # fmt: skip
        if holders:
            out[(unit.span.start, unit.span.end)] = max(holders, key=lambda e: -e.id)
    if text is None:
        return out
    located = sorted(
        ((m.span.start, m.span.end, m, r) for m, r in zip(mentions, results, strict=True)
         if m.span is not None),
        key=lambda item: (item[0], item[1]),
    )  # fmt: skip
    for i, (start, end, mention, _) in enumerate(located):
        if (start, end) in out:
            continue
        beside = [
            r.cc
            for s_, e_, _, r in (located[i - 1 : i] + located[i + 1 : i + 2])
            if r is not None
            and r.kind == "admin1"
            and _LIST_GAP.fullmatch(text[e_:start] if e_ <= start else text[end:s_]) is not None
        ]
        if not beside:
            continue
        found = places.gazetteer.exact(clean_mention(mention.text))
        units = [e for e in found if e.kind == "admin1" and e.cc in beside]
        if units and not any(e.kind == "country" for e in found):  # "Texas and Mexico"
            out[(start, end)] = max(units, key=lambda e: -e.id)
    return out


def main_town(
    places: PlaceResolver,
    mentions: Iterable[PlaceMention],
    *,
    focus: Sequence[str] = (),
    seen_admin1: Sequence[tuple[str, str]] = (),
    anchors: Sequence[tuple[float, float]] = (),
    named: Collection[str] | None = None,
    text: str | None = None,
) -> PlaceResult | None:
    """The town the article names most (in its focus country): the town of a site
    whose candidate names no town ("Royal Street" in a New Orleans story) and of an
    event whose sentences name no place. The dateline counts once, whether its town
    is the story's ("PEORIA -", a local paper) or a wire bureau's ("BAGHDAD
    (Reuters) -"), and wins a tie."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, PlaceResult] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    written = dateline(text, _town_known(places)) if text else None
    bureau = ascii_name(written or "")
    at = text.find(written) if text and written else -1
    for mention in mentions:
        if bureau and ascii_name(clean_mention(mention.text)) == bureau:
            if mention.span is None:  # the first one stands for the dateline
                bureau = ""
                continue
            if mention.span.start == at:
                continue  # the dateline itself; later mentions of the town count
        result = places.resolve_one(
            mention, focus=focus, seen_admin1=seen_admin1, anchors=anchors, named=named
        )
        if result is None or result.kind != "town" or result.location is None:
            continue
        if focus and result.cc != focus[0]:
            continue
        counts[result.location] += 1
        first.setdefault(result.location, result)
        forms[result.location].add(clean_mention(mention.text))
    if text is not None:
        town = dateline_town(places, text, focus=focus, seen_admin1=seen_admin1, named=named)
        if town is not None and town.location is not None:
            counts[town.location] += 1
            first.setdefault(town.location, town)
    if not counts:
        return None
    home = ascii_name(written or "")  # a tie goes to the dateline's town

    def written_times(name: str) -> int:
        # then to the town the text writes most on its own, tagged or not ("El Fasher's long
        # siege", "reached El Fasher" that the tagger missed), before the bigger town
        return sum(_written_alone(f, text or "") for f in forms[name])

    name = max(
        counts,
        key=lambda n: (counts[n], ascii_name(n) == home, written_times(n), first[n].population),
    )
    return first[name]


def _written_alone(name: str, text: str) -> int:
    """How often ``text`` writes ``name`` as a name of its own, not inside a longer one:
    no capitalised word right before or after it ("the Washington Post", "Lake Charles")."""
    count = 0
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = text[: match.start()]
        after = text[match.end() :]
        word = before[:-1].rsplit(None, 1)[-1] if before.endswith(" ") and before.strip() else ""
        joined_before = word[:1].isupper() and word[-1:].isalnum()  # not "... on Monday. X"
        joined_after = after.startswith(" ") and after[1:2].isupper()
        count += not (joined_before or joined_after)
    return count


def dateline_units(places: PlaceResolver, text: str) -> list[tuple[str, str]]:
    """The admin1 unit written after the dateline's town ("KANSAS CITY, Mo. -",
    "SPRINGFIELD, Illinois -"), as (country, admin1 code): the article's state."""
    parts = dateline_parts(text, _town_known(places))
    if parts is None or parts[1] is None:
        return []
    return [
        (e.cc, e.admin1)
        for e in places.gazetteer.lookup(_unit_name(parts[1]))
        if e.similarity >= 0.95 and e.kind == "admin1" and e.admin1 is not None
    ][:1]


def dateline_town(
    places: PlaceResolver,
    text: str,
    *,
    focus: Sequence[str] = (),
    seen_admin1: Sequence[tuple[str, str]] = (),
    named: Collection[str] | None = None,
) -> PlaceResult | None:
    """The town of the article's dateline, in the unit written after it when that is
    an admin1 unit or a country holding a town of that name ("KANSAS CITY, Mo. -",
    "PEORIA -"): the article's town when it names no other (a local station's story),
    never a town outside the focus country."""
    parts = dateline_parts(text, _town_known(places))
    if parts is None or is_non_place(parts[0], places.lexicon):
        return None
    name, unit = parts
    mention = PlaceMention(text=name, label="GPE")
    if unit is not None:
        holders = [
            e
            for e in places.gazetteer.lookup(_unit_name(unit))
            if e.similarity >= 0.95 and e.kind in {"country", "admin1"}
        ]
        inside = [
            e
            for e in places.gazetteer.lookup(name)
            if e.similarity >= 0.95 and e.kind == "city" and any(h.holds(e) for h in holders)
        ]
        if inside:
            entry = max(inside, key=lambda e: (e.population, -e.id))
            found: PlaceResult | None = places.from_entry(entry, mention, GeoPrecision.TOWN)
        else:
            found = places.resolve_one(mention, focus=focus, seen_admin1=seen_admin1, named=named)
    else:
        found = places.resolve_one(mention, focus=focus, seen_admin1=seen_admin1, named=named)
    if found is None or found.kind != "town" or (focus and found.cc != focus[0]):
        return None
    return found


def _town_known(places: PlaceResolver) -> Callable[[str], bool]:
    """Whether a dateline's name is a town the gazetteer spells so (an outlet's name in
    its byline is none: "Ayiti Flash - Port-au-Prince, 16 August 2023")."""
    return lambda name: not is_non_place(name, places.lexicon) and _exact(places, name)


def _exact(places: PlaceResolver, name: str) -> bool:
    """Whether the gazetteer has a town spelled exactly ``name``."""
    return any(e.similarity >= 0.95 and e.kind == "city" for e in places.gazetteer.lookup(name))


def _unit_name(text: str) -> str:
    """The qualifier as looked up, without brackets: "(Texas)" -> "Texas"."""
    return clean_mention(text.strip("()[] "))
