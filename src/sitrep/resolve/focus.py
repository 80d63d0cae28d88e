"""Article-level place context: demonyms, datelines and names that are never places.

``data/resolve/place_context.yaml`` lists

* demonyms ("Iraqi" -> IQ): a weak vote for the article's country focus; a bare
  demonym mention ("Syrian") stands for its country, no finer;
* non-places: commands, ministries and buildings standing for institutions
  ("USCENTCOM", "the Pentagon") that a gazetteer look-alike must not turn into a place;
* organisation heads: a mention ending in "forces", "command", "ministry"... names
  an organisation ("the Kurdish forces", "Nineveh Operations Command").

:func:`dateline` reads the place a wire story was filed from ("BAGHDAD (Reuters) -",
"Deir Ezzor, SANA-"). The bureau is not always where the incident is (Amman files
on Syria), so callers weigh it like one more mention, not as the answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

import yaml

from sitrep.errors import ConfigError
from sitrep.model import PlaceMention
from sitrep.resolve.names import ascii_name

__all__ = [
    "PlaceLexicon",
    "agency_towns",
    "currency_countries",
    "dateline",
    "dateline_parts",
    "demonym_country",
    "demonym_counts",
    "demonym_stems",
    "is_non_place",
    "load_place_lexicon",
    "looks_like_acronym",
    "qualifier_pairs",
]

_DATELINE = re.compile(
    r"(?m)^[ \t]*((?:S[Tt]\.[ \t])?"  # "ST. LOUIS"
    r"[A-Z][A-Za-z'\-]+(?:[ \-][A-Z][A-Za-z'\-]+){0,2})"  # BAGHDAD / Deir Ezzor
    r"(?:,[ \t]*([A-Za-z][A-Za-z. ]{0,20}?)[ \t]*\d{0,2})?"  # ", Dec 4" / ", SANA" / ", Wash."
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"  # ", Iraq, Sept 9": a date
    r"[ \t]*(?:\([^)\n]{2,30}\))?"  # "(Reuters)"
    r"[ \t]*(?:--?|[\u2013\u2014])(?=\s)"  # "-", "--" (AP style), en or em dash
)
_DATELINE_WINDOW = 600
"""Characters from the start of the text searched for a dateline."""
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")


@dataclass(frozen=True, slots=True)
class PlaceLexicon:
    demonyms: dict[str, str]  # demonym as written -> ISO alpha-2
    non_places: frozenset[str]  # ascii_name forms
    organisation_heads: frozenset[str]


@cache
def load_place_lexicon() -> PlaceLexicon:
    """The shipped place-context lexicon (validated)."""
    path = resources.files("sitrep.data.resolve").joinpath("place_context.yaml")
    data = yaml.safe_load(path.read_text("utf-8"))
    try:
        demonyms = {str(k): str(v).upper() for k, v in data["demonyms"].items()}
        non_places = frozenset(ascii_name(str(n)) for n in data["non_places"])
        heads = frozenset(ascii_name(str(n)) for n in data["organisation_heads"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"place context lexicon: {exc!r}", path=str(path)) from exc
    bad = [k for k, v in demonyms.items() if len(v) != 2]
    if bad:
        raise ConfigError(f"demonyms without an ISO alpha-2 code: {bad}", path=str(path))
    return PlaceLexicon(demonyms, non_places, heads)


def is_non_place(text: str, lexicon: PlaceLexicon) -> bool:
    """Whether a mention names an organisation, a people or a command, not a place."""
    low = ascii_name(text)
    if not low:
        return True
    if low in lexicon.non_places or (low.startswith("the ") and low[4:] in lexicon.non_places):
        return True
    words = low.split()
    return len(words) > 1 and words[-1] in lexicon.organisation_heads


def demonym_country(text: str, lexicon: PlaceLexicon) -> str | None:
    """ "Iraqi", "the Syrians" -> the country's ISO alpha-2 code."""
    word = text.strip()
    if word.lower().startswith("the "):
        word = word[4:].strip()
    cc = lexicon.demonyms.get(word)
    if cc is None and word.endswith("s"):
        cc = lexicon.demonyms.get(word[:-1])
    return cc


def looks_like_acronym(text: str) -> bool:
    """ "SDF", "PMF", "HTS": an organisation's initials (callers check the gazetteer first)."""
    return bool(_ACRONYM.match(text.strip()))


_LANGUAGE = re.compile(
    r"\b(?:[Tt]ranslat(?:ed|ion)\s+(?:from|of)(?:\s+the)?|[Tt]rad(?:uit|ucido)\s+del?)"
    r"\s+[A-Z][a-z]+\b|\b[A-Z][a-z]+\s+(?:service|desk|edition|original)\b"
)
"""A language, not a people: "translated from French", "Persian service", "the Arabic
original" (an outlet's note says which language the story came in, not where it is)."""


def demonym_counts(text: str, lexicon: PlaceLexicon) -> Counter[str]:
    """How often each country's demonym appears in ``text`` (capitalised words only; not a
    language named by a translation note)."""
    counts: Counter[str] = Counter()
    for word in re.findall(r"\b[A-Z][a-z]+\b", _LANGUAGE.sub(" ", text)):
        cc = lexicon.demonyms.get(word)
        if cc is not None:
            counts[cc] += 1
    return counts


_CURRENCY = re.compile(r"(?<![A-Za-z$£])(?:US)?([$£])\s?\d")
"""A sum in bare dollars or pounds ("$10.3 million", "US$5", "£400"), not in a
currency written with its country ("C$", "A$", "NZ$", "HK$", "E£")."""
_CURRENCY_COUNTRY = {"$": "US", "£": "GB"}


def currency_countries(text: str) -> set[str]:
    """Countries whose currency ``text`` counts in without naming it: the bare dollar
    of US news, the bare pound of British news (a weak vote for the article's country:
    "Mansfield" in a story of "$10.3 million" of city debt is not Mansfield, England)."""
    return {_CURRENCY_COUNTRY[m.group(1)] for m in _CURRENCY.finditer(text)}


_CAPS_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2})[ \t]*$")
"""Anadolu's dateline: the town alone on its line, in capitals ("BAGHDAD")."""


_BYLINE_PLACE = re.compile(
    r"[ \t]*((?:St\.[ \t])?[A-Z][A-Za-z'\-]+(?:[ \-][A-Z][A-Za-z'\-]+){0,2})[ \t]*"
    r"(?:,[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2})\b"  # ", 16 August"
    r"|[-\u2013\u2014][ \t]*(?:[A-Z][a-z]+day|\d{1,2}[ \t]+[A-Z][a-z]+)\b)"  # "- Tuesday"
)
"""What follows the dash of an outlet's byline line: a place, then the day ("Ayiti Flash -
Port-au-Prince, 16 August 2023", "Bamdad News Agency - Kabul - Tuesday, 13 Sonbola 1403",
"Janub Suri - Daraa - 18 October 2022")."""


def dateline(text: str, known: Callable[[str], bool] | None = None) -> str | None:
    """The place name of a wire dateline near the start of ``text``, if any."""
    found = dateline_parts(text, known)
    return found[0] if found is not None else None


def dateline_parts(
    text: str, known: Callable[[str], bool] | None = None
) -> tuple[str, str | None] | None:
    """The place name of a dateline and the unit written after it, if any:
    "KANSAS CITY, Mo. -" -> ("KANSAS CITY", "Mo."); "ST. LOUIS (AP) -" ->
    ("ST. LOUIS", None). The unit may also be a date or an agency ("Dec 4", "SANA"):
    callers look it up before trusting it. With ``known`` (whether the gazetteer holds a
    name), an outlet's byline line gives the place after its dash where the name before
    it is no place: "Ayiti Flash - Port-au-Prince, 16 August 2023" -> "Port-au-Prince"."""
    head = text[:_DATELINE_WINDOW]
    found = [m for m in (_DATELINE.search(head), _CAPS_LINE.search(head)) if m is not None]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    name = match.group(1).strip()
    if len(name) < 3:
        return None
    unit = match.group(2).strip() if match.re is _DATELINE and match.group(2) else None
    if known is not None and match.re is _DATELINE and not known(name):
        after = _BYLINE_PLACE.match(head, match.end())
        if after is not None and known(after.group(1)):
            return after.group(1), None
    return name, unit or None


_AGENCY = re.compile(
    r"\b((?:St\. )?[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}) (?:Metro(?:politan)? )?"
    r"(?:[Pp]olice|Sheriff|Fire)\b"
    r"|\b[Pp]olice in ((?:St\. )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
_NOT_TOWNS = frozenset({
    "state", "capitol", "city", "county", "metro", "transit", "park", "the",
    # forces named for what they guard or who runs them: "Border Police", "Military Police"
    "border", "military", "national", "federal", "secret", "traffic", "riot", "religious",
    "tribal", "transport", "railway", "port", "municipal", "provincial", "regional", "district",
    "local", "royal", "judicial", "tourist", "campus", "university", "airport", "harbor",
    "harbour", "capital",
})  # fmt: skip


def agency_towns(text: str) -> list[str]:
    """Towns named by the local police or fire service that reports an incident
    ("the Gainesville Police Department", "Memphis police", "police in Vallejo"): in
    local news the incident's town, often named nowhere else. Callers check the
    gazetteer."""
    out: list[str] = []
    for match in _AGENCY.finditer(text):
        name = (match.group(1) or match.group(2) or "").strip()
        name = name[4:] if name.startswith("The ") else name
        name = re.sub(r" Metro(?:politan)?$", "", name)
        if name and ascii_name(name).split()[-1] not in _NOT_TOWNS:
            out.append(name)
            if "-" in name:  # "Savannah-Chatham Metro Police": the city and its county
                out.append(name.split("-")[0])
    return out


_QUALIFIER_GAP = 3
"""Most characters between a place and the unit that qualifies it: ", " or " (" ."""


def qualifier_pairs(mentions: Iterable[PlaceMention]) -> list[tuple[PlaceMention, PlaceMention]]:
    """Mentions written with the unit that holds them ("Alexandria, La.", "Athens (Texas)",
    "Athens-Clarke County"): each place with the mention that follows it within a comma
    or a bracket. Needs the mentions' spans; the caller checks that the second one is
    an admin unit or a country holding the first."""
    located = sorted(
        ((m.span.start, m.span.end, m) for m in mentions if m.span is not None),
        key=lambda item: (item[0], item[1]),
    )
    return [
        (first, second)
        for (_, end, first), (start, _, second) in pairwise(located)
        if 0 < start - end <= _QUALIFIER_GAP
    ]


_DEMONYM_ENDINGS = (
    ("ians", "ia"), ("ian", "ia"), ("ans", "a"), ("an", "a"), ("ans", ""), ("an", ""),
    ("ns", ""), ("n", ""), ("ers", ""), ("er", ""),
)  # fmt: skip
"""People's names and the place names they are formed from: Latvian(s) -> Latvia,
Ohioan(s) -> Ohio, Minnesotan(s) -> Minnesota, Londoner(s) -> London."""


def demonym_stems(text: str) -> list[str]:
    """Place names that ``text`` may be the people of, most likely first."""
    stems: list[str] = []
    for ending, replacement in _DEMONYM_ENDINGS:
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            stem = text[: len(text) - len(ending)] + replacement
            if stem not in stems:
                stems.append(stem)
    return stems
