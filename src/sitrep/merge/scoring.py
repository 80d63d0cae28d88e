"""Pair scoring: how likely two single-source mentions report one incident.

Each feature gives a score in [0, 1]; some facts veto the pair outright (different
admin1, incompatible tactics, exact dates two days apart, two precise and distinct
towns). The total is a weighted sum compared with ``THRESHOLD``.

Place rules beyond names and distances: a site inside a town ("Baghdad - Tayaran
Square") lies in that town ("Baghdad"); a province-level report whose own evidence
names the other report's place ("rockets struck Ain al-Asad air base in Anbar") is
placed there; a town the gazetteer lacks, coded to its province ("the town of
al-Shuhayl"), is not the other report's town unless one of them names the other's
place. `told_twice` says when two mentions of one article are one incident.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from sitrep.model import (
    GUESSED_PLACE_CONFIDENCE,
    Event,
    GeoPrecision,
    SubEventType,
    TimePrecision,
)

from .blocking import block_key, date_window

__all__ = [
    "THRESHOLD",
    "WEIGHTS",
    "PairScore",
    "names_place",
    "score_pair",
    "sub_event_compatibility",
    "told_twice",
]

THRESHOLD = 0.62
"""Pairs scoring at least this are linked (subject to the clustering guard)."""

WEIGHTS = {
    "place": 0.30,
    "date": 0.20,
    "sub_event": 0.15,
    "actors": 0.10,
    "figures": 0.10,
    "text": 0.15,
}

S = SubEventType
_COMPATIBLE: dict[frozenset[SubEventType], float] = {
    frozenset({S.SUICIDE_BOMB, S.REMOTE_EXPLOSIVE_LANDMINE_IED}): 0.6,
    frozenset({S.SUICIDE_BOMB, S.GRENADE}): 0.4,
    frozenset({S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.GRENADE}): 0.5,
    frozenset({S.SHELLING_ARTILLERY_MISSILE, S.AIR_DRONE_STRIKE}): 0.5,
    frozenset({S.ARMED_CLASH, S.ATTACK}): 0.4,
    frozenset({S.ARMED_CLASH, S.GOVERNMENT_REGAINS_TERRITORY}): 0.5,
    frozenset({S.ARMED_CLASH, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY}): 0.5,
    frozenset({S.PEACEFUL_PROTEST, S.PROTEST_WITH_INTERVENTION}): 0.6,
    frozenset({S.PROTEST_WITH_INTERVENTION, S.EXCESSIVE_FORCE_AGAINST_PROTESTERS}): 0.6,
    frozenset({S.PEACEFUL_PROTEST, S.EXCESSIVE_FORCE_AGAINST_PROTESTERS}): 0.4,
    frozenset({S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE}): 0.6,
    frozenset({S.VIOLENT_DEMONSTRATION, S.PROTEST_WITH_INTERVENTION}): 0.4,
}
_ARTICLE = re.compile(r"^(the|al|el)[\s-]+")
_ARTICLE_WORDS = frozenset({"the", "al", "el"})
_WORD = re.compile(r"\w+")
_SITE_SEPARATOR = " - "
"""Resolve writes a site inside a town as ``"Town - Site"``."""
_INSIDE = 0.7
"""Place score of a site and the town it lies in, or of a province-level report whose
evidence names the other report's place: near, not the same spot."""
_VILLAGE_KM = 2.0
"""A village coded to a town takes the town's coordinates: within this, one point."""
_SEPARATE = re.compile(r"\b(separate(ly)?|another|second|third|different|other)\b")
"""Words by which a report marks an incident as not the one told before it."""


@dataclass(frozen=True, slots=True)
class PairScore:
    """The score of one pair and the features behind it; ``veto`` names a blocking fact."""

    total: float
    features: dict[str, float]
    veto: str | None = None
    rule: str = ""

    @property
    def linked(self) -> bool:
        return self.veto is None and self.total >= THRESHOLD

    def explain(self) -> str:
        parts = ", ".join(f"{k} {v:.2f}" for k, v in self.features.items())
        if self.veto is not None:
            return f"vetoed ({self.veto})"
        rule = f"; {self.rule}" if self.rule else ""
        return f"score {self.total:.2f} ({parts}){rule}"


def sub_event_compatibility(a: SubEventType, b: SubEventType) -> float:
    """1 for the same sub-event type, a partial score for tactics often confused, else 0."""
    if a == b:
        return 1.0
    return _COMPATIBLE.get(frozenset({a, b}), 0.0)


def _norm(name: str | None) -> str:
    return _ARTICLE.sub("", name.casefold().strip()) if name else ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _regional(m: Event) -> bool:
    """Placed at region level only: its coordinates are a centroid, not the place."""
    return m.geo_precision == GeoPrecision.REGION or bool(
        m.location and m.admin1 and _norm(m.location) == _norm(m.admin1)
    )


def _words(text: str) -> list[str]:
    """Word tokens with diacritics removed and case kept (``al-Asad`` -> ``al``, ``Asad``)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(bare)


def names_place(text: str, place: str | None) -> bool:
    """Whether ``text`` names ``place`` (its site part when it is ``"Town - Site"``).

    Whole words, diacritics and hyphens ignored, a leading article optional, words of five
    letters or more may be spelling variants (Tayran / Tayaran); the first word must be
    capitalised in the text, so the town of Hit is not "rockets hit".
    """
    if not place:
        return False
    name = _name_words(place)
    if not name:
        return False
    words, folded = _text_words(text)
    size = len(name)
    return any(
        words[i][0].isupper() and all(_same_word(folded[i + k], w) for k, w in enumerate(name))
        for i in range(len(words) - size + 1)
    )


@lru_cache(maxsize=4096)
def _name_words(place: str) -> tuple[str, ...]:
    """The folded words of a place name that `names_place` looks for (empty: too short)."""
    name = [w.casefold() for w in _words(place.rsplit(_SITE_SEPARATOR, 1)[-1])]
    while len(name) > 1 and name[0] in _ARTICLE_WORDS:
        name = name[1:]
    if not name or len("".join(name)) < 3:
        return ()
    return tuple(name)


EVIDENCE_CACHE_SIZE = 1_024
"""Evidence texts whose words `_text_words` remembers. An entry holds the text and its
words twice (about 6 KB on news evidence), so 4,096 would allow 24 MB; the pairs scored
together come from one block of a merge window, far fewer mentions than this."""


@lru_cache(maxsize=EVIDENCE_CACHE_SIZE)
def _text_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A mention's evidence as words and folded words, computed once per mention text
    (a mention is scored against many others)."""
    words = tuple(_words(text))
    return words, tuple(w.casefold() for w in words)


def _same_word(x: str, y: str) -> bool:
    return x == y or (min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85)


def _town_of_site(location: str | None) -> str:
    """``"Baghdad - Tayaran Square"`` -> ``"baghdad"``; ``""`` for a plain name."""
    if not location or _SITE_SEPARATOR not in location:
        return ""
    return _norm(location.split(_SITE_SEPARATOR, 1)[0])


def _site_in_town(a: Event, b: Event) -> float | None:
    """The place score when one report is at a site inside the town the other names
    (``"Baghdad - Tayaran Square"`` / ``"Baghdad"``), else ``None``. Neither report may be
    region-level (Baghdad the city, not Baghdad province), and a site farther than 30 km
    from the town's coordinates is not taken to lie in it."""
    for site, town in ((a, b), (b, a)):
        name = _town_of_site(site.location)
        if not name or name != _norm(town.location):
            continue
        if GeoPrecision.REGION in (site.geo_precision, town.geo_precision):
            continue  # placed by the province only: "Deir ez-Zor - highway" is no town site
        if None in (site.latitude, site.longitude, town.latitude, town.longitude):
            return _INSIDE
        km = haversine_km(
            site.latitude or 0.0, site.longitude or 0.0, town.latitude or 0.0, town.longitude or 0.0
        )
        if km <= 2:
            return 0.9
        if km <= 30:
            return _INSIDE
    return None


def _unplaced_town(m: Event) -> bool:
    """Placed at region level under a name of its own that the gazetteer lacks ("the town
    of al-Shuhayl" coded to Deir ez-Zor): a place of the province, not the province."""
    loc = _norm(m.location)
    if m.geo_precision != GeoPrecision.REGION or not loc or _SITE_SEPARATOR in (m.location or ""):
        return False
    return loc not in {_norm(m.admin1), _norm(m.admin2), _norm(m.country)}


_AREA_WORDS = frozenset(
    {"area", "sector", "district", "sub-district", "subdistrict", "village", "region", "valley"}
)
"""Words after a name that say what kind of place it is: "Rashad area", "Rashad sub-district"."""


def _bare_site(location: str | None) -> str:
    """The name of a place without its town and its kind ("Kirkuk - Rashad area" -> "rashad")."""
    site = (location or "").rsplit(_SITE_SEPARATOR, 1)[-1]
    words = _norm(site).split()
    while len(words) > 1 and words[-1] in _AREA_WORDS:
        words.pop()
    return " ".join(words)


def _guessed(m: Event) -> bool:
    """Placed by a guess of the resolver (see `GUESSED_PLACE_CONFIDENCE`), not by its words."""
    return bool(m.sources) and all(
        s.field_confidence.get("location", 1.0) <= GUESSED_PLACE_CONFIDENCE for s in m.sources
    )


def _unplaced_named_again(a: Event, b: Event) -> bool:
    """One report names a place the gazetteer lacks, coded to its province (precision 3),
    the other the same place as a site of a town of that province ("Rashad" / "Kirkuk -
    Rashad area"): one place."""
    for unplaced, other in ((a, b), (b, a)):
        if (
            _unplaced_town(unplaced)
            and _norm(unplaced.admin1) == _norm(other.admin1)
            and _bare_site(unplaced.location)
            and _bare_site(unplaced.location) == _bare_site(other.location)
        ):
            return True
    return False


def _apart_from_unplaced(a: Event, b: Event) -> bool:
    """One report names a town the gazetteer lacks, the other a town it has, by another
    name, and neither report's evidence names the other's place: two places."""
    for unplaced, town in ((a, b), (b, a)):
        if not _unplaced_town(unplaced) or town.geo_precision != GeoPrecision.TOWN:
            continue
        loc_u, loc_t = _norm(unplaced.location), _norm(town.location)
        if not loc_t or fuzz.ratio(loc_u, loc_t) >= 85:
            continue
        if not names_place(_evidence(unplaced), town.location) and not names_place(
            _evidence(town), unplaced.location
        ):
            return True
    return False


def _regional_named(a: Event, b: Event) -> bool:
    """A province-level report whose own evidence names the other report's place."""
    for region, other in ((a, b), (b, a)):
        if _regional(region) and not _regional(other):
            admin1 = {_norm(a.admin1), _norm(b.admin1)}
            if _norm(other.location) in admin1:
                continue  # the town shares the province's name: naming it says nothing
            if names_place(_evidence(region), other.location):
                return True
    return False


def _place(a: Event, b: Event) -> tuple[float, str | None]:
    loc_a, loc_b = _norm(a.location), _norm(b.location)
    if loc_a and loc_a == loc_b:
        return 1.0, None
    inside = _site_in_town(a, b)
    if inside is not None:
        return inside, None
    if _unplaced_named_again(a, b):
        return 0.9, None
    if _apart_from_unplaced(a, b):
        return 0.0, "a town the gazetteer lacks and another town"
    if _regional(a) or _regional(b):  # a province contains the town: compare admin units
        score, veto = _admin(a, b)
        if veto is None and _regional_named(a, b):
            return max(score, _INSIDE), None
        return score, veto
    both_towns = a.geo_precision == b.geo_precision == GeoPrecision.TOWN
    similar_names = bool(loc_a and loc_b and fuzz.ratio(loc_a, loc_b) >= 85)
    coded = None if similar_names else _coded_villages(a, b)
    if coded is not None:
        return coded, None
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(
            a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0
        )
        if km <= 2:
            return 0.9, None
        if both_towns and loc_a and loc_b and not similar_names:
            return 0.0, f"different towns {km:.0f} km apart"
        if km <= 10:
            return 0.7, None
        if km <= 30:
            return 0.4, None
        if km > 50 and both_towns:
            return 0.0, f"towns {km:.0f} km apart"
        return 0.1, None
    if loc_a and loc_b:
        if similar_names:
            return 0.9, None  # spelling variants: Tal Afar / Tel Afar
        if both_towns:
            return 0.0, "different towns"
    return _admin(a, b)


def _same_point(a: Event, b: Event) -> bool | None:
    """Whether two mentions' coordinates lie within 2 km (one point, as a village coded
    to its town has its town's); ``None`` when either has none."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    km = haversine_km(a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0)
    return km <= _VILLAGE_KM


def _coded_villages(a: Event, b: Event) -> float | None:
    """The place score of a village the gazetteer lacks, coded to its town (precision 2,
    the town's coordinates and admin2), and a report of that town (precision 1): one
    place seen at two scales (one report names "Liheban, in the Makhmour district", the
    other only "Makhmour"), 0.9 whether the coordinates or, without them, the admin2
    units agree; ``None`` when the rule does not apply. Two places at precision 2 are left
    to the distance rules."""
    if not (_norm(a.location) and _norm(b.location)) or {a.geo_precision, b.geo_precision} != {
        GeoPrecision.NEAR_TOWN,
        GeoPrecision.TOWN,
    }:
        return None
    same = _same_point(a, b)
    if same is None:
        adm2_a, adm2_b = _norm(a.admin2), _norm(b.admin2)
        same = bool(adm2_a) and adm2_a == adm2_b
    return 0.9 if same else None


def _admin(a: Event, b: Event) -> tuple[float, str | None]:
    adm2_a, adm2_b = _norm(a.admin2), _norm(b.admin2)
    if adm2_a and adm2_b:
        return (0.6, None) if adm2_a == adm2_b else (0.0, "different admin2")
    if _norm(a.admin1) and _norm(a.admin1) == _norm(b.admin1):
        return 0.4, None
    return 0.3, None


def _date(a: Event, b: Event) -> tuple[float, str | None]:
    da, db = a.event_date, b.event_date
    if da is None or db is None:
        return 0.0, "undated"
    exact = {a.time_precision or TimePrecision.DAY, b.time_precision or TimePrecision.DAY}
    if exact == {TimePrecision.DAY}:
        days = abs((da - db).days)
        if days == 0:
            return 1.0, None
        if days == 1:
            return 0.6, None
        return 0.0, f"exact dates {days} days apart"
    wa, wb = date_window(a), date_window(b)
    if wa is None or wb is None or wa[1] < wb[0] or wb[1] < wa[0]:
        return 0.0, "date windows apart"
    return (0.6 if TimePrecision.MONTH not in exact else 0.5), None


def _actor_pair(x: str | None, y: str | None) -> float:
    nx, ny = _norm(x), _norm(y)
    if not nx or not ny:
        return 0.5
    return 1.0 if fuzz.token_set_ratio(nx, ny) >= 85 else 0.0


def _actors(a: Event, b: Event) -> float:
    return (_actor_pair(a.actor1, b.actor1) + _actor_pair(a.actor2, b.actor2)) / 2


def _figures(a: Event, b: Event) -> float:
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None:
        return 0.5
    high = max(fa, fb)
    if high == 0:
        return 1.0
    ratio = min(fa, fb) / high
    return 1.0 if ratio >= 0.5 else 0.5 if ratio >= 0.2 else 0.1


def _evidence(mention: Event) -> str:
    """The evidence sentences of a mention (all its sources), as written."""
    return " ".join(s.text for src in mention.sources for s in src.sentences)


def evidence_text(mention: Event) -> str:
    """The evidence sentences of a mention (all its sources), lower-cased."""
    return _evidence(mention).casefold()


def _background(mention: Event) -> bool:
    return any(src.background for src in mention.sources)


def told_twice(a: Event, b: Event, *, text_a: str | None = None, text_b: str | None = None) -> bool:
    """Two mentions of one article that tell one incident twice (a headline and the body,
    a toll and a later detail): the same exact day, sub-event type and place, no figure or
    actor that differs, and neither sentence marking a separate incident ("another bomb",
    "in a separate attack"). Anything less keeps them apart, as two incidents."""
    day = TimePrecision.DAY
    if a.event_date is None or a.event_date != b.event_date:
        return False
    if (a.time_precision or day) != day or (b.time_precision or day) != day:
        return False
    if a.sub_event_type != b.sub_event_type or _background(a) != _background(b):
        return False
    if block_key(a) != block_key(b) or _place(a, b) != (1.0, None):
        return False
    for x, y in ((a.fatalities, b.fatalities), (a.injuries, b.injuries)):
        if x is not None and y is not None and x != y:
            return False
    if _actor_pair(a.actor1, b.actor1) == 0.0 or _actor_pair(a.actor2, b.actor2) == 0.0:
        return False
    texts = (
        text_a if text_a is not None else evidence_text(a),
        text_b if text_b is not None else evidence_text(b),
    )
    return not any(_SEPARATE.search(t) for t in texts)


def score_pair(
    a: Event, b: Event, *, text_a: str | None = None, text_b: str | None = None
) -> PairScore:
    """Score two mentions; a veto or a total below ``THRESHOLD`` keeps them apart."""
    if block_key(a) != block_key(b):
        return PairScore(0.0, {}, veto="different country or event family")
    adm_a, adm_b = _norm(a.admin1), _norm(b.admin1)
    if adm_a and adm_b and adm_a != adm_b and not (_guessed(a) or _guessed(b)):
        return PairScore(0.0, {}, veto="different admin1")
    sub = sub_event_compatibility(a.sub_event_type, b.sub_event_type)
    if sub == 0.0:
        return PairScore(0.0, {}, veto=f"tactics differ ({a.sub_event_type} / {b.sub_event_type})")
    date_score, date_veto = _date(a, b)
    if date_veto:
        return PairScore(0.0, {}, veto=date_veto)
    place, place_veto = _place(a, b)
    if place_veto:
        return PairScore(0.0, {}, veto=place_veto)
    text = (
        fuzz.token_set_ratio(
            text_a if text_a is not None else evidence_text(a),
            text_b if text_b is not None else evidence_text(b),
        )
        / 100.0
    )
    features = {
        "place": place,
        "date": date_score,
        "sub_event": sub,
        "actors": _actors(a, b),
        "figures": _figures(a, b),
        "text": text,
    }
    total = sum(WEIGHTS[k] * v for k, v in features.items())
    background = _background(a) or _background(b)
    if (background or date_score < 0.6) and place < 0.6:
        return PairScore(
            total, features, veto="imprecise or background mention needs the same place"
        )
    rule = "background mention joins on place" if background else ""
    return PairScore(total, features, rule=rule)
