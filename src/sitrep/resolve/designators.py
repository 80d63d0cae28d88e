"""How a place mention reads, before any gazetteer look-up.

``split_designator`` separates a name from the word that says what it is
("Diyala province" -> admin1, "Muqdadiyah district" -> admin2, "city of Baqubah" ->
town, "Ghweran prison" -> a site inside a town, "Palmyra road" -> a site near one,
"Mufraq area" -> the vicinity; a describing word between is no part of the name: "Parakh
tourist resort" -> "Parakh"); ``clean_mention`` strips articles, quotes and the
possessive; ``near`` and ``REGION_PART`` read the words around a mention ("north of",
"outskirts", "northern"); ``village_like`` tells an unknown village's own name
("the village of Kabajeb") from a common word or an organisation's initials.
"""

from __future__ import annotations

import functools
import re

from sitrep.model import PlaceMention
from sitrep.resolve.focus import looks_like_acronym
from sitrep.resolve.names import ascii_name, strip_articles

__all__ = [
    "DIRECTIONS",
    "NAMED_SITES",
    "REGION_PART",
    "SETTLED_SITES",
    "STREETS",
    "alternative_names",
    "clean_mention",
    "is_near",
    "split_designator",
    "village_like",
    "written_as_village",
]

_ADMIN1_WORDS = (
    "province", "governorate", "governate", "provinces", "state", "region", "department",
    "prefecture",
)  # fmt: skip
_LOWER_CASE_UNITS = frozenset({"department", "prefecture"})
"""Unit words that name a unit only in lower case: a capitalised "Department" is a body."""
_ADMIN2_WORDS = (
    "district",
    "county",
    "parish",
    "borough",
    "qada",
    "subdistrict",
    "sub district",
    "nahiya",
    "local government area",
    "local government",
    "lga",
    "sub-prefecture",
    "sub prefecture",
    "arrondissement",
    "cercle",
    "woreda",
)
"""Words of a second-level unit; "Jere Local Government Area" (Nigeria's LGA) is one."""
_TOWN_WORDS = ("city", "town", "village", "township", "locality", "commune", "municipality")
_INNER_SITES = (
    "square", "market", "marketplace", "souk", "bazaar", "street", "neighbourhood",
    "neighborhood", "quarter", "mosque", "church", "shrine", "hospital", "school",
    "university", "station", "police station", "hotel", "restaurant", "cafe", "stadium",
    "prison", "jail", "compound", "embassy", "consulate", "ministry", "building", "bridge",
    "avenue", "boulevard", "lane", "park", "center", "centre", "cathedral", "temple",
    "court", "courthouse", "hall", "library", "museum", "mall", "plaza", "college",
    "academy", "palace", "tower", "theatre", "theater", "club", "estate", "terminal",
    "drive", "parkway", "sheriffs department", "police department",
    "fire department", "cantonment", "cantt", "garrison",
)  # fmt: skip
NAMED_SITES = frozenset({"mosque", "church", "shrine", "cathedral", "temple"})
"""Site words whose name is often a man's or a saint's ("the Omari Mosque", "St Joseph's
Cathedral"): a name only a town abroad shares locates nothing."""
STREETS = frozenset({"street", "avenue", "boulevard", "lane", "drive", "parkway"})
"""Site words of a street: a street named after a town ("Somerset Street", "Jackson
Street") is seldom in that town, so its name locates nothing."""
_OUTER_SITES = (
    "base", "air base", "airbase", "camp", "checkpoint", "airport", "field", "oil field",
    "gas field", "refinery", "dam", "crossing", "border crossing", "highway", "road",
    "outpost", "post", "barracks", "headquarters", "farm", "farms", "orchards", "desert",
    "valley", "mountain", "mountains", "mount", "lake", "river", "island", "plain",
    "port", "harbour", "harbor", "creek", "bay", "beach", "forest", "hill", "hills",
    "resort",
)  # fmt: skip
SETTLED_SITES = frozenset({"suburb"})
"""Site words whose name is itself a settlement: "Saqba suburb" is the town of Saqba on a
city's edge (its plural, "the Damascus suburbs", is the city's vicinity). One the gazetteer
lacks is placed like an unknown village."""
_PREFIX_SITES = frozenset({"camp", "mount", "lake", "fort", "port", "cape", "river"})
_VICINITY = (
    "area", "areas", "outskirts", "countryside", "vicinity", "suburbs", "suburb", "environs",
    "surroundings", "district area", "region of",
    "sector",  # an operations sector named after its town or province: "the Baiji sector"
)  # fmt: skip
_VILLAGE_CONTEXT = re.compile(
    r"\b(village|villages|town|hamlet|city|area|region|district|fields|farms|farmlands?)\b"
)
DIRECTIONS = re.compile(
    r"^(?:the\s+)?((?:north|south|east|west|central|middle|upper|lower)"
    r"(?:ern|east|west|eastern|western)?|central)\s+",
    re.IGNORECASE,
)
_NEAR_CONTEXT = re.compile(
    r"\b(near|outside|outskirts|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|km|kilometres|kilometers|miles|road|between|vicinity|edge|border|"
    r"close to|around|west of|east of)\b"
)
REGION_PART = re.compile(
    r"\b(?:north|south|east|west)(?:ern|eastern|western)\b|\bcentral\b|\bparts? of\b"
)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_GLOSS = re.compile(r"\s*\([^()]*\)$")
"""A trailing gloss in brackets: "Tiyas airbase (T4)", "Ain al-Arab (Kobani)"."""
_SLASH = re.compile(r"\s*/\s*")
_VILLAGE_WORDS = frozenset({"village", "hamlet"})


_DESIGNATORS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (tuple(sorted(words, key=len, reverse=True)), kind)
    for words, kind in (
        (_ADMIN1_WORDS, "admin1"),
        (_ADMIN2_WORDS, "admin2"),
        (_TOWN_WORDS, "city"),
        (_INNER_SITES, "inner"),
        (_OUTER_SITES, "outer"),
        (_VICINITY, "vicinity"),
    )
)
"""Designator words by kind, longest first (so "police station" wins over "station")."""


@functools.lru_cache(maxsize=16_384)
def split_designator(text: str) -> tuple[str, str | None, str | None]:
    """The Diyala province" -> ("Diyala", "admin1", "province"); sites -> "inner"/"outer".

    Pure and called for every mention against every candidate: cached."""
    low = ascii_name(text)
    for words, kind in _DESIGNATORS:
        for word in words:
            if word in _LOWER_CASE_UNITS and word not in text:
                continue  # "the Atacora department", not "the Sheriff's Department"
            if low.endswith(" " + word):
                head = _without_descriptors(_drop_words(text, low, word).rstrip(" -,"))
                return head, kind, word
            if kind == "city" and low.startswith(word + " "):
                rest = text[len(word) + 1 :]
                return re.sub(r"^of\s+", "", rest), kind, word
            if low.startswith(word + " of ") and kind in {"admin1", "admin2"}:
                return text[len(word) + 4 :], kind, word  # "province of Diyala"
            if low.startswith(word + " ") and word in _PREFIX_SITES:
                return text[len(word) + 1 :], "prefix_site", word
    return text, None, None


def _drop_words(text: str, low: str, word: str) -> str:
    """``text`` without its last words ``word`` (matched on its folded form ``low``):
    by characters when folding kept the length, else by words ("Sheriff's Office")."""
    if len(low) == len(text):
        return text[: len(text) - len(word)]
    return " ".join(text.split()[: -len(word.split())])


_DESCRIPTOR = re.compile(r"(?<=\S)\s+[a-z]+$")
"""A lower-case word between a name and its designator: "Parakh tourist resort", "Taji
military base"."""


def _without_descriptors(head: str) -> str:
    """ "Parakh tourist" -> "Parakh": the name without the lower-case words that describe the
    site; a name that is all lower case (a lower-cased text) is left whole."""
    while head[:1].isupper() and _DESCRIPTOR.search(head):
        head = _DESCRIPTOR.sub("", head)
    return head


_ABBREVIATIONS = (
    (re.compile(r"^(?:Mt|MT)\.?\s+"), "Mount "),
    (re.compile(r"^(?:Ft|FT)\.?\s+"), "Fort "),
    (re.compile(r"\s+(?:Co|CO)\.?$"), " County"),
    (re.compile(r"\s+(?:Twp|TWP)\.?$"), " Township"),
    (re.compile(r"(?<=[a-z])\s+(?:St|ST)\.?$"), " Street"),
    (re.compile(r"(?<=[a-z])\s+(?:Ave|AVE)\.?$"), " Avenue"),
    (re.compile(r"(?<=[a-z])\s+(?:Blvd|BLVD)\.?$"), " Boulevard"),
    (re.compile(r"(?<=[a-z])\s+(?:Rd|RD)\.?$"), " Road"),
)
"""Abbreviations of US local news that the gazetteer spells out: "Mt. Pleasant",
"Loudon Co.", "Madison Twp.", "Chauncey St." (a trailing "St." is a street; a leading
one is Saint)."""


@functools.lru_cache(maxsize=16_384)
def clean_mention(text: str) -> str:
    """Without articles, quotes, the possessive and abbreviations: "the Mt. Pleasant's"
    -> "Mount Pleasant".

    Pure, and called on each mention by every reading of the article (its country focus,
    named countries, units, anchors, main town, each candidate): cached."""
    text = _LEADING.sub("", _GLOSS.sub("", text.strip()).strip(",.;:\"'()"))
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    for pattern, full in _ABBREVIATIONS:
        text = pattern.sub(full, text)
    return text.strip()


def alternative_names(text: str) -> list[str]:
    """The names of a place written with its other name after a slash, each with the
    designator written once at the end: "Tadmur/Palmyra town" -> ["Tadmur town",
    "Palmyra town"], "Kobane / Ayn al Arab" -> ["Kobane", "Ayn al Arab"]; [] when there
    is no such slash ("24/7", "km/h": each side must be a capitalised name)."""
    parts = _SLASH.split(text.strip())
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:2].isalpha() for p in parts):
        return []
    _, _, word = split_designator(parts[-1])
    if word is None:
        return parts
    return [p if split_designator(p)[2] is not None else f"{p} {word}" for p in parts]


def written_as_village(mention: PlaceMention) -> bool:
    """A mention the text calls a village: "the village of Hawi", "Teir Maaleh village"."""
    if re.search(r"\b(?:village|hamlet)s?(?: of)?$", (mention.context or "").lower()):
        return True
    return split_designator(clean_mention(mention.text))[2] in _VILLAGE_WORDS


def village_like(mention: PlaceMention, kind: str | None) -> bool:
    """An unresolved mention that reads as a populated place's own name ("the village
    of Kabajeb", "Fleifel"), not a common word or an organisation's initials."""
    text = clean_mention(mention.text)
    if kind not in {None, "city"} or looks_like_acronym(text) or any(c.isdigit() for c in text):
        return False
    core = " ".join(strip_articles(text.replace("-", " ").split()))
    if not core or not core[0].isupper():
        return False
    context = (mention.context or "").lower()
    return mention.label in {None, "GPE", "LOC"} or bool(_VILLAGE_CONTEXT.search(context))


def is_near(context: str | None) -> bool:
    return bool(context and _NEAR_CONTEXT.search(context.lower()))
