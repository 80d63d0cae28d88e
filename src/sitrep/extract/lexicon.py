"""The shipped lexicons and patterns (``sitrep/data/extract/*.yaml``) as one typed object.

Phrases in the data files use a small syntax (see ``triggers.yaml``): ``kill~`` is the word and
its regular inflections, ``a|b`` alternatives, ``x?`` optional, ``#`` any number. They are
compiled into spaCy ``Matcher`` token patterns on the lower-cased text, so the patterns work on
hand-built Docs with no lemmas as well as on parsed ones; ``...`` (a gap of up to ten tokens
inside the sentence) came with the data format's version 2, and the loader is registered as
``sitrep.lexicon.v2`` (``sitrep.lexicon.v1``, the name older configs carry, loads it too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.util import registry

from sitrep.errors import ExtractionError
from sitrep.model import SubEventType

__all__ = [
    "Lexicon",
    "TriggerSpec",
    "WeaponSpec",
    "inflections",
    "load_lexicon",
    "phrase_to_pattern",
]

logger = logging.getLogger(__name__)

DATA_PACKAGE = "sitrep.data"
DATA_DIR = "extract"

TRIGGER_KINDS = frozenset(
    {
        "event",
        "attack",
        "explosion",
        "territory",
        "capture",
        "protest",
        "kill",
        "wound",
        "weak",
        "combined",
    }
)


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    key: str
    kind: str
    sub_event_type: SubEventType | None
    anaphor: bool


@dataclass(frozen=True, slots=True)
class WeaponSpec:
    weapon: str
    sub_event_type: SubEventType | None


@dataclass(frozen=True)
class Lexicon:
    """Everything the extract components read from the data files."""

    span_patterns: tuple[dict[str, Any], ...]
    triggers: dict[str, TriggerSpec]
    weapons: dict[str, WeaponSpec]
    cue_classes: dict[str, str]
    report_lemmas: frozenset[str]
    light_verbs: frozenset[str]
    modals: frozenset[str]
    generic_determiners: frozenset[str]
    anaphor_determiners: frozenset[str]
    number_units: dict[str, int]
    number_multipliers: dict[str, int]
    vague_numbers: dict[str, int]
    number_phrases: dict[str, int]
    qualifiers: dict[str, str]
    actor_classes: dict[str, str]
    attackers: frozenset[str]
    non_person: frozenset[str]
    designators: dict[str, str]
    place_ranks: dict[str, int]
    countries: frozenset[str]
    vehicles: frozenset[str]
    place_relations: frozenset[str]
    date_relations: dict[str, str]
    protest_refiners: dict[str, frozenset[str]]
    military_targets: frozenset[str]

    def trigger(self, key: str) -> TriggerSpec:
        return self.triggers[key]


def inflections(word: str) -> list[str]:
    """The word and its regular English inflections (over-generation is harmless here)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if (
        len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
    ):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return sorted(forms)


def phrase_to_pattern(phrase: str) -> list[dict[str, Any]]:
    """Compile one data-file phrase into a Matcher token pattern."""
    pattern: list[dict[str, Any]] = []
    for raw in phrase.split():
        optional = raw.endswith("?") and len(raw) > 1
        word = raw[:-1] if optional else raw
        token: dict[str, Any]
        if word == "#":
            token = {"LIKE_NUM": True}
        elif word == "...":
            token = {"IS_SENT_START": False, "OP": "{0,10}"}
        else:
            forms: list[str] = []
            for alt in word.split("|"):
                alt = alt.lower()
                forms.extend(inflections(alt[:-1]) if alt.endswith("~") else [alt])
            token = {"LOWER": {"IN": sorted(set(forms))}}
        if optional:
            token["OP"] = "?"
        pattern.append(token)
    if not pattern or all(t.get("OP") == "?" for t in pattern):
        raise ExtractionError(f"empty pattern from phrase {phrase!r}", code="bad_pattern")
    return pattern


MAX_VARIANTS = 2000


def phrase_variants(phrase: str) -> list[str] | None:
    """Every literal string a phrase stands for (for spaCy's fast PhraseMatcher), or None when
    the phrase needs a token pattern (``#``, ``...``) or expands to too many strings."""
    variants: list[list[str]] = [[]]
    for raw in phrase.split():
        optional = raw.endswith("?") and len(raw) > 1
        word = raw[:-1] if optional else raw
        if word in {"#", "..."}:
            return None
        forms: list[str] = []
        for alt in word.split("|"):
            alt = alt.lower()
            forms.extend(inflections(alt[:-1]) if alt.endswith("~") else [alt])
        options: list[str | None] = [*sorted(set(forms)), *([None] if optional else [])]
        variants = [v + ([f] if f is not None else []) for v in variants for f in options]
        if len(variants) > MAX_VARIANTS:
            return None
    out = sorted({" ".join(v) for v in variants if v})
    return out or None


def _compiled(label: str, key: str, phrase: str) -> list[dict[str, Any]]:
    """SpanRuler patterns for one phrase: literal strings when possible, else one token pattern."""
    variants = phrase_variants(phrase)
    if variants is None:
        return [{"label": label, "id": key, "pattern": phrase_to_pattern(phrase)}]
    return [{"label": label, "id": key, "pattern": v} for v in variants]


def _read(name: str) -> dict[str, Any]:
    path = resources.files(DATA_PACKAGE).joinpath(DATA_DIR).joinpath(name)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractionError(
            f"cannot read lexicon {name}: {exc}", code="lexicon", path=name
        ) from exc
    if not isinstance(data, dict):
        raise ExtractionError(f"lexicon {name} is not a mapping", code="lexicon", path=name)
    return data


def _sub(value: str | None, where: str) -> SubEventType | None:
    if value is None:
        return None
    try:
        return SubEventType(value)
    except ValueError as exc:
        raise ExtractionError(
            f"unknown sub-event type {value!r}", code="lexicon", path=where
        ) from exc


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


def _trigger_part(patterns: list[dict[str, Any]]) -> dict[str, TriggerSpec]:
    specs: dict[str, TriggerSpec] = {}
    for entry in _read("triggers.yaml")["triggers"]:
        kind = entry["kind"]
        if kind not in TRIGGER_KINDS:
            raise ExtractionError(
                f"unknown trigger kind {kind!r}", code="lexicon", path="triggers.yaml"
            )
        spec = TriggerSpec(
            key=entry["key"],
            kind=kind,
            sub_event_type=_sub(entry.get("sub_event_type"), "triggers.yaml"),
            anaphor=bool(entry.get("anaphor", False)),
        )
        specs[spec.key] = spec
        for p in entry["phrases"]:
            patterns.extend(_compiled("EV", spec.key, p))
    return specs


def _weapon_part(patterns: list[dict[str, Any]]) -> dict[str, WeaponSpec]:
    specs: dict[str, WeaponSpec] = {}
    for entry in _read("weapons.yaml")["weapons"]:
        spec = WeaponSpec(entry["weapon"], _sub(entry.get("sub_event_type"), "weapons.yaml"))
        specs[spec.weapon] = spec
        for p in entry["phrases"]:
            patterns.extend(_compiled("WEAPON", spec.weapon, p))
    return specs


LOWER_CASE_DESIGNATORS = frozenset({"department", "departments", "prefecture"})
"""Designators that name a place only in lower case: "the Atacora department", "the
department of Artibonite", but "the State Department", "the Department of Defense"."""


def _place_patterns(designators: dict[str, str]) -> list[dict[str, Any]]:
    single = sorted(d for d in designators if " " not in d and d not in LOWER_CASE_DESIGNATORS)
    cased = sorted(d for d in designators if d in LOWER_CASE_DESIGNATORS)
    multi = [d.split() for d in designators if " " in d]
    name = [
        {"IS_TITLE": True},
        {"ORTH": "-", "OP": "?"},
        {"IS_TITLE": True, "OP": "?"},
        {"ORTH": "-", "OP": "?"},
        {"IS_TITLE": True, "OP": "?"},
    ]
    out: list[dict[str, Any]] = [
        {"label": "PLACE", "id": "designated", "pattern": [*name, {"LOWER": {"IN": single}}]},
        {
            "label": "PLACE",
            "id": "designated",
            "pattern": [{"SHAPE": {"IN": ["Xd", "Xdd", "XXd"]}}, {"LOWER": {"IN": single}}],
        },
    ]
    if cased:
        cased_tail = {"ORTH": {"IN": cased}}
        out.append({"label": "PLACE", "id": "designated", "pattern": [*name, cased_tail]})
    for words in multi:
        tail = [{"LOWER": w} for w in words]
        out.append({"label": "PLACE", "id": "designated", "pattern": [*name, *tail]})
    # "the village of Sweidan Jazira", "the outskirts of Khanaqin": the name after "of";
    # "the rural zone of Suarez" (translated Spanish "zona rural"), "the Badia of al-Sukhna"
    # (translated Arabic: the desert steppe), though "zone" after a name is an operation's or
    # a ceasefire's ("the Operation Peace Spring zone"), not a place
    heads = sorted(
        {d for d in single if designators[d] in {"town", "neighbourhood", "district", "province"}}
        | {"outskirts", "surroundings", "environs", "vicinity", "zone", "badia"}
    )
    for head_words, head_key in ((heads, "LOWER"), (sorted(cased), "ORTH")):
        if not head_words:
            continue
        out.append(
            {
                "label": "PLACE",
                "id": "of_designator",
                "pattern": [
                    {head_key: {"IN": head_words}},
                    {"LOWER": "of"},
                    {"LOWER": {"IN": ["al", "el", "ad", "as", "ar", "an"]}, "OP": "?"},
                    {"ORTH": "-", "OP": "?"},
                    *name,
                ],
            }
        )
    return out


@cache
def load_lexicon() -> Lexicon:
    """Read and compile the data files once per process."""
    patterns: list[dict[str, Any]] = []
    triggers = _trigger_part(patterns)
    weapons = _weapon_part(patterns)

    cues = _read("cues.yaml")
    cue_classes = {str(w).lower(): cls for cls, words in cues["classes"].items() for w in words}
    for label, key in (
        ("CLAIM", "claim_phrases"),
        ("BLAME", "blame_phrases"),
        ("BACKGROUND", "background_phrases"),
        ("SPLIT", "split_phrases"),
    ):
        for p in cues[key]:
            patterns.extend(_compiled(label, label.lower(), p))

    numbers = _read("numbers.yaml")
    actors = _read("actors.yaml")
    actor_classes = {str(w).lower(): cls for cls, words in actors["classes"].items() for w in words}

    places = _read("places.yaml")
    designators = {
        str(w).lower(): cls for cls, words in places["designators"].items() for w in words
    }
    patterns.extend(_place_patterns(designators))

    dates = _read("dates.yaml")
    for p in dates["extra_dates"]:
        patterns.extend(_compiled("DATE_EXTRA", "date", p))
    relations: dict[str, str] = {}
    for relation, phrases in dates["relative"].items():
        for phrase in phrases:
            patterns.extend(_compiled("DATE_REL", relation, phrase))
            relations[phrase] = relation

    lexicon = Lexicon(
        span_patterns=tuple(patterns),
        triggers=triggers,
        weapons=weapons,
        cue_classes=cue_classes,
        report_lemmas=_words(cues["report"]),
        light_verbs=_words(cues["light_verbs"]),
        modals=_words(cues["modals"]),
        generic_determiners=_words(cues["generic_determiners"]),
        anaphor_determiners=_words(cues["anaphor_determiners"]),
        number_units={str(k).lower(): int(v) for k, v in numbers["units"].items()},
        number_multipliers={str(k).lower(): int(v) for k, v in numbers["multipliers"].items()},
        vague_numbers={str(k).lower(): int(v) for k, v in numbers["vague"].items()},
        number_phrases={str(k).lower(): int(v) for k, v in numbers["phrases"].items()},
        qualifiers={str(k).lower(): str(v) for k, v in numbers["qualifiers"].items()},
        actor_classes=actor_classes,
        attackers=_words(actors["attackers"]),
        non_person=_words(actors["non_person"]),
        designators=designators,
        place_ranks={str(k): int(v) for k, v in places["rank"].items()},
        countries=_words(places["countries"]),
        vehicles=_words(places["vehicles"]),
        place_relations=_words(places["relations"]),
        date_relations=relations,
        protest_refiners={k: _words(v) for k, v in cues["protest_refiners"].items()},
        military_targets=_words(cues["military_targets"]),
    )
    logger.debug("sitrep lexicon: %d span patterns", len(lexicon.span_patterns))
    return lexicon


@registry.misc("sitrep.lexicon.v2")  # type: ignore[untyped-decorator]
def lexicon_loader() -> Callable[[], Lexicon]:
    """The shipped lexicon (data/extract/*.yaml), for component configs. v2: the phrase
    syntax has the ``...`` gap (up to ten tokens inside the sentence), which v1 lacked."""
    return load_lexicon


@registry.misc("sitrep.lexicon.v1")  # type: ignore[untyped-decorator]
def lexicon_loader_v1() -> Callable[[], Lexicon]:
    """The name configs written before v2 use: the v1 data is gone with the syntax it lacked,
    so they load the shipped (v2) lexicon too."""
    return load_lexicon
