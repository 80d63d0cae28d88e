"""Actors: raw mentions -> canonical ACLED-style names and inter codes.

The dictionary (``data/resolve/actors.yaml``, extended by a user's YAML file of
the same schema) holds named actors with aliases, state institutions with their
periods ("Military Forces of Iraq (2020-2022)"), people who map to an
institution while in office, and generic classes ("gunmen" -> "Unidentified
Armed Group (Iraq)"). Matching, in order: an alias that keeps its capitals
("Lebanese Forces", the party, not "Lebanese forces"), a local alias of the event's
country ("Rada" in Libya, a town in Yemen), exact alias (after folding case,
diacritics, apostrophes, hyphens and Arabic articles), people, generic head
words with an optional demonym ("two Iraqi soldiers"), then rapidfuzz with a
threshold that keeps look-alike names apart (:data:`FUZZY_THRESHOLD`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process

from sitrep.errors import ConfigError
from sitrep.model import ActorMention, InterCode, Span
from sitrep.resolve.names import ascii_name

__all__ = ["FUZZY_THRESHOLD", "ActorDictionary", "ActorMatch", "actor_key"]

log = logging.getLogger(__name__)

_MEMO_SIZE = 4_096
"""Remembered answers of :meth:`ActorDictionary.match` before the memo starts afresh."""

_ARMED_GROUP = "armed group"
"""The key a reference to an article's subject ("members of the organization") is read as."""

FUZZY_THRESHOLD = 90.0
"""Minimum rapidfuzz ratio (0-100) for a spelling variant; tested on look-alikes."""

_INSTITUTIONS = {"military": "Military Forces", "police": "Police Forces",
                 "government": "Government"}  # fmt: skip
_GROUP_WORDS = frozenset(
    {
        "kataib", "saraya", "harakat", "liwa", "jaish", "jaysh", "ansar", "asaib", "firqat",
        "quwat", "tanzim", "jabhat", "hayat", "usbat", "ashab", "brigade", "brigades",
        "battalion", "battalions", "division", "front", "movement", "party", "league",
    }
)  # fmt: skip
"""Words that start another group's name: a name containing one that the matched alias
lacks is a different group."""
_HYPHEN_ARTICLE = re.compile(r"\b[aeu](?:l|d|dh|n|r|s|sh|t|th|z)[-‐]")
_A_STATES_FORCES = (["forces"], ["units"], ["troops"], ["ground", "forces"], ["drones"])
"""Words that name a state's armed forces only beside its name: "Chadian forces", "units
of Azerbaijan" ("rebel forces" and bare "units" are nobody's in particular)."""
_QUANTIFIERS = re.compile(
    r"^(?:(?:at least|more than|over|about|around|nearly|some|several|dozens of|hundreds of|"
    r"scores of|thousands of|a number of|a group of|a few|many|two|three|four|five|six|seven|"
    r"eight|nine|"
    r"ten|\d+|a|an|the|one|other|another|local|young|elderly|off-duty|senior|junior|"
    r"high-ranking|retired|wounded|innocent|all|his|her|their|its|"
    r"three other|two other)\s+)+"
)


_SLASH = re.compile(r"\s*/\s*")
"""Alternative names of one mention: "PKK / HPG"."""

_BRANCH = re.compile(r"\s*\([A-Z][^()]*\)$")
"""The country of a group's branch in its name: "Islamic State (Syria)"."""

_MEMBERS_OF = re.compile(
    r"^(?:\S+\s+){0,3}?(?:members?|fighters?|elements?|militants?|operatives?|cells?|"
    r"remnants?|gunmen|militiamen|suicide bombers?|bombers?)\s+of\s+(.+)$"
)
"""Members of a group: "two members of the organization" stands for the organization."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Period(_Strict):
    label: str
    from_: date = Field(alias="from")
    to: date | None = None


class _State(_Strict):
    periods: list[_Period] = []
    article: bool = False


class _Generic(_Strict):
    name: str
    inter: int = Field(ge=1, le=8)
    words: list[str]


class _Actor(_Strict):
    name: str = Field(min_length=1)
    inter: int | None = Field(default=None, ge=1, le=8)
    kind: str | None = None
    country: str | None = None
    home: str | None = None
    aliases: list[str] = []
    # names of the entry only in its own country ("Rada": a town in Yemen), never fuzzy
    local_aliases: list[str] = []
    # names of the entry only as spelled, capitals included ("Lebanese Forces")
    cased_aliases: list[str] = []
    subject_aliases: list[str] = []
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None


class _Person(_Strict):
    name: str
    aliases: list[str] = []
    country: str
    institution: str
    from_: date = Field(alias="from")
    to: date | None = None


class _File(_Strict):
    states: dict[str, _State] = {}
    generic: dict[str, _Generic] = {}
    demonyms: dict[str, str] = {}
    actors: list[_Actor] = []
    people: list[_Person] = []


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """A resolved actor: canonical name, inter code and how it was found."""

    name: str
    inter: InterCode | None
    how: str  # alias, person, generic, fuzzy, subject
    score: float
    home: str | None = None


K = TypeVar("K")
V = TypeVar("V")


def _remembered(memo: dict[K, V], key: K, compute: Callable[[], V]) -> V:
    """``memo[key]``, computed and kept when missing; a memo of `_MEMO_SIZE` answers is
    emptied before it takes another (the answers of a long run cannot pile up)."""
    if key in memo:
        return memo[key]
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    value = memo[key] = compute()
    return value


def actor_key(name: str) -> str:
    """Matching key of an actor name: ASCII, lower case, articles and punctuation folded."""
    text = _HYPHEN_ARTICLE.sub("", name.casefold())
    words = ascii_name(text.replace("-", " ")).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(w for w in words if w not in {"al", "el"}) or " ".join(words)


def _in_period(on: date | None, start: date | None, end: date | None) -> bool:
    if on is None:
        return True
    return (start is None or on >= start) and (end is None or on <= end)


_NUMBERED = re.compile(r"^\d+(?:st|nd|rd|th)?$")


def _numbered(words: list[str], i: int) -> bool:
    """ "the 23rd Brigade of the Hashd", "Brigade 52 of the PMF": a unit known by its number
    is a formation of the force named with it, never a group of its own."""
    return any(_NUMBERED.match(w) for w in words[max(0, i - 1) : i + 2])


def _of_the_end(words: list[str], start: int, size: int) -> bool:
    """ "guerrillas of the eln", "members of the pkk": a three-letter alias that ends the
    mention after "of the" names the body the people belong to, even in lower case (elsewhere a
    three-letter run of a lower-cased mention may be any word)."""
    return (
        start + size == len(words)
        and size == 1
        and len(words[start]) == 3
        and words[start - 2 : start] == ["of", "the"]
    )


class ActorDictionary:
    """The loaded dictionary. Use :meth:`load`."""

    def __init__(self, files: list[tuple[str, _File]]) -> None:
        self.states: dict[str, _State] = {}
        self.generic: dict[str, _Generic] = {}
        self.demonyms: dict[str, str] = {}
        self.actors: list[_Actor] = []
        self.people: list[_Person] = []
        for _, data in files:
            self.states.update(data.states)
            self.generic.update(data.generic)
            self.demonyms.update({actor_key(k): v for k, v in data.demonyms.items()})
            self.actors.extend(data.actors)
            self.people.extend(data.people)
        # "units of Azerbaijan": a country named after "of" says whose, as its adjective does
        self._countries = {actor_key(name): name for name in self.demonyms.values()}
        self._aliases: dict[str, list[_Actor]] = {}
        self._subject: dict[str, list[_Actor]] = {}
        self._local: dict[str, list[_Actor]] = {}
        self._cased: dict[str, list[_Actor]] = {}
        for actor in self.actors:
            # a name that keeps its capitals ("Lebanese Forces") is no case-folded alias
            for alias in {actor.name, *actor.aliases} - set(actor.cased_aliases):
                self._aliases.setdefault(actor_key(alias), []).append(actor)
            for alias in actor.subject_aliases:
                self._subject.setdefault(actor_key(alias), []).append(actor)
            for alias in actor.local_aliases:
                self._local.setdefault(actor_key(alias), []).append(actor)
            for alias in actor.cased_aliases:
                self._cased.setdefault(" ".join(alias.split()), []).append(actor)
        # the longest spelling first: "Lebanese Forces party" before "Lebanese Forces"
        self._cased_re = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(a) for a in sorted(self._cased, key=lambda a: (-len(a), a)))
                + r")(?!\w)"
            )
            if self._cased
            else None
        )
        self._people: dict[str, list[_Person]] = {}
        for person in self.people:
            for alias in {person.name, *person.aliases}:
                self._people.setdefault(actor_key(alias), []).append(person)
        self._generic_words: dict[str, str] = {
            actor_key(w) if ":" not in w else w: cls
            for cls, spec in self.generic.items()
            for w in spec.words
        }
        self._fuzzy_keys = sorted(k for k in self._aliases if len(k) >= 6)
        self._contained_keys = frozenset(k for k in self._aliases if len(k) >= 2)
        self._local_keys = frozenset(k for k in self._local if len(k) >= 2)
        self._longest_alias = max(
            (len(k.split()) for k in self._contained_keys | self._local_keys), default=0
        )
        self._memo: dict[tuple[str, str | None, date | None, str | None], ActorMatch | None] = {}
        # what a name alone decides (its known alias inside, its nearest spelling), asked
        # again for each day and country an article's candidates bring: bounded like _memo
        self._inside: dict[str, str | None] = {}
        self._local_inside: dict[str, str | None] = {}
        self._nearest: dict[str, tuple[str, float] | None] = {}
        self._nameable: dict[str, bool] = {}

    # -- loading -------------------------------------------------------------

    @classmethod
    def load(cls, extra: Path | None = None) -> ActorDictionary:
        """The shipped dictionary, extended by ``extra`` (validated, ConfigError
        naming the file and the entry on a mistake)."""
        shipped = resources.files("sitrep.data.resolve").joinpath("actors.yaml")
        files = [_parse(str(shipped), shipped.read_text("utf-8"))]
        if extra is not None:
            try:
                text = extra.read_text("utf-8")
            except OSError as exc:
                raise ConfigError(f"cannot read actor file: {exc}", path=str(extra)) from exc
            files.append(_parse(str(extra), text))
        return cls(files)

    # -- names -------------------------------------------------------------------

    def state_name(self, institution: str, country: str, on: date | None) -> str:
        """The Military Forces of Iraq (2020-2022)" for (military, Iraq, 2021-03-01)."""
        state = self.states.get(country)
        prefix = _INSTITUTIONS.get(institution, institution)
        place = f"the {country}" if state is not None and state.article else country
        name = f"{prefix} of {place}"
        if state is None or not state.periods:
            return name
        periods = sorted(state.periods, key=lambda p: p.from_)
        chosen = periods[-1]
        if on is not None:
            fitting = [p for p in periods if _in_period(on, p.from_, p.to)]
            chosen = fitting[0] if fitting else (periods[0] if on < periods[0].from_ else chosen)
        return f"{name} ({chosen.label})"

    def forces_of(self, country: str, on: date | None, score: float = 0.7) -> ActorMatch:
        """The generic match to ``country``'s armed forces, named as on ``on`` ("Turkish
        aggression", "the Israeli enemy", the drones the article gave a nationality)."""
        name = self.state_name("military", country, on)
        return ActorMatch(name, InterCode.STATE_FORCES, "generic", score, home=country)

    def _named(self, actor: _Actor, country: str | None, on: date | None) -> ActorMatch:
        if actor.kind in _INSTITUTIONS:
            home = actor.country or country or "Unknown"
            return ActorMatch(self.state_name(actor.kind, home, on), InterCode(1), "alias", 1.0,
                              home=home)  # fmt: skip
        inter = InterCode(actor.inter) if actor.inter is not None else None
        return ActorMatch(actor.name, inter, "alias", 1.0, home=actor.home or actor.country)

    def _pick(
        self, found: list[_Actor], country: str | None, on: date | None, name: str = ""
    ) -> _Actor | None:
        """The entry an alias means in ``country``: the local one, else one bound to no
        country. An alias whose entries all belong to other countries is read for the event's
        country (:meth:`_abroad`)."""
        found = [a for a in found if _in_period(on, a.from_, a.to)]
        if not found:
            return None
        if country is None:
            return found[0]
        local = [a for a in found if a.country == country]
        if local:
            return local[0]
        anywhere = [a for a in found if a.country is None]
        if anywhere:
            return anywhere[0]
        return self._abroad(found, country, name)

    def _abroad(self, found: list[_Actor], country: str, name: str) -> _Actor:
        """An alias known only for other countries, met in ``country``: a group with a branch
        per country ("Islamic State (Iraq)", "(Syria)") has one here too ("Islamic State
        (Libya)"); an institution named without its nationality ("National Police", "border
        guards") is this country's; "Salvadoran army" or "CTS" stay whose they are."""
        groups = [a for a in found if a.kind is None]
        if groups:
            # a branch with more after its parenthesis ("Islamic State (West Africa) and/or
            # Boko Haram - Barnawi Faction") is still a branch of the same base
            branched = [a for a in groups if _BRANCH.search(a.name)]
            bases = {a.name.split(" (")[0] for a in groups}
            if len(bases) == 1 and len(groups) > 1 and len(branched) > 1:
                base = bases.pop()
                return branched[0].model_copy(update={"name": f"{base} ({country})",
                                                      "country": country})  # fmt: skip
            return groups[0]
        actor = found[0]
        if actor.country is None or self._marked(name, actor.country):
            return actor
        return actor.model_copy(update={"country": country})

    def _marked(self, name: str, country: str) -> bool:
        """Whether an alias says whose it is: a demonym or the country's name ("Iraqi army"),
        or an acronym ("CTS")."""
        if re.fullmatch(r"(?:the\s+)?[A-Z][A-Z0-9.-]{1,7}", name.strip()):
            return True
        words = actor_key(name).split()
        named = {actor_key(country), *(k for k, c in self.demonyms.items() if c == country)}
        return any(
            " ".join(words[i : i + len(n.split())]) == n for n in named for i in range(len(words))
        )

    def match(
        self, name: str, *, country: str | None = None, on: date | None = None,
        label: str | None = None,
    ) -> ActorMatch | None:  # fmt: skip
        """Resolve one mention; None when nothing in the dictionary fits. Answers are
        remembered: an article names the same actors again and again."""
        return _remembered(
            self._memo,
            (name, country, on, label),
            lambda: self._match(name, country=country, on=on, label=label),
        )

    def _match(
        self, name: str, *, country: str | None, on: date | None, label: str | None
    ) -> ActorMatch | None:
        key = actor_key(name)
        if not key:
            return None
        cased = self._cased_match(name, country, on)
        if cased is not None:
            return cased
        local = self._local_actor(self._local.get(key, []), country, on)
        if local is not None:
            return self._named(local, country, on)
        found = self._aliases.get(key)
        if found:
            actor = self._pick(found, country, on, name)
            if actor is not None:
                return self._named(actor, country, on)
        for part in (p for p in _SLASH.split(name) if p.strip()):
            if part != name:
                found_part = self.match(part, country=country, on=on)
                if found_part is not None and found_part.how != "generic":
                    return found_part
        named = self._contained(name, key, country, on, label)
        if named is not None:
            return named
        person = self._person(key, on)
        if person is not None:
            return ActorMatch(
                self.state_name(person.institution, person.country, on or person.from_),
                InterCode(1), "person", 0.9, home=person.country,
            )  # fmt: skip
        if key not in self._subject and self._subject_key(name) is not None:
            # "two members of the organization": an armed group, whatever "members" says
            key, label = _ARMED_GROUP, "generic:armed"
        generic = self._generic(key, country, on, label)
        if generic is not None:
            return generic
        if len(key) < 6:
            return None
        best = self._nearest_key(key)
        if best is not None and best[1] >= FUZZY_THRESHOLD:
            actor = self._pick(self._aliases[best[0]], country, on, name)
            if actor is not None:
                named = self._named(actor, country, on)
                return ActorMatch(named.name, named.inter, "fuzzy", best[1] / 100.0, named.home)
        return None

    def canonical(
        self, name: str, *, country: str | None = None, on: date | None = None
    ) -> str | None:
        """Any mention -> the canonical name sitrep outputs, or None."""
        found = self.match(name, country=country, on=on)
        return found.name if found is not None else None

    def _nearest_key(self, key: str) -> tuple[str, float] | None:
        """The alias key nearest in spelling to ``key`` with its rapidfuzz ratio, if one
        reaches the threshold (remembered per key: it depends on nothing else)."""
        return _remembered(self._nearest, key, lambda: self._find_nearest(key))

    def _find_nearest(self, key: str) -> tuple[str, float] | None:
        # the cutoff lets rapidfuzz skip hopeless keys; the first best key wins either way
        best = process.extractOne(
            key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
        )
        return None if best is None else (str(best[0]), float(best[1]))

    def _near(self, key: str) -> bool:
        nearest = self._nearest_key(key)
        return nearest is not None and nearest[1] >= FUZZY_THRESHOLD

    def _contained(
        self, name: str, key: str, country: str | None, on: date | None, label: str | None = None
    ) -> ActorMatch | None:
        """A known name inside a longer mention: "two ISIS members", "PKK-affiliated
        militants", "members of the Sinjar Resistance Units (YBS"; a local alias too, in its
        own country, unless the mention is a person's name ("Amal Khalil")."""
        best = self._alias_inside(name, key)
        local = None if label == "PERSON" else self._local_alias_inside(name, key)
        if local is not None and (best is None or len(local) > len(best)):
            actor = self._local_actor(self._local[local], country, on)
            if actor is not None and not self._foreign(key, actor):
                named = self._named(actor, country, on)
                return ActorMatch(named.name, named.inter, "contained", 0.85, named.home)
        if best is None:
            return None
        actor = self._pick(self._aliases[best], country, on, name)
        if actor is None or self._foreign(key, actor):
            return None
        named = self._named(actor, country, on)
        return ActorMatch(named.name, named.inter, "contained", 0.85, named.home)

    def _local_actor(
        self, found: list[_Actor], country: str | None, on: date | None
    ) -> _Actor | None:
        """The entry a local alias names in ``country``: one of that country, else none."""
        return next(
            (a for a in found if a.country == country and _in_period(on, a.from_, a.to)), None
        )

    def _cased_match(self, name: str, country: str | None, on: date | None) -> ActorMatch | None:
        """A name that keeps its capitals, as the mention or inside it: "the Christian
        Lebanese Forces party" is the party; "Lebanese forces" are not."""
        if self._cased_re is None:
            return None
        spaced = " ".join(name.split())
        spellings = self._cased_re.findall(spaced)
        if not spellings:
            return None
        spelling = max(spellings, key=len)
        actor = self._pick(self._cased[spelling], country, on, name)
        if actor is None:
            return None
        named = self._named(actor, country, on)
        if actor_key(spaced) == actor_key(spelling):
            return named
        return ActorMatch(named.name, named.inter, "contained", 0.85, named.home)

    def _alias_inside(self, name: str, key: str) -> str | None:
        """The longest known alias inside the mention ``name`` (its key ``key``), unless
        the mention is that alias or names another group around it (remembered per name)."""
        return _remembered(self._inside, name, lambda: self._find_inside(name, key))

    def _local_alias_inside(self, name: str, key: str) -> str | None:
        """As :meth:`_alias_inside`, for the local aliases (whatever their country)."""
        if not self._local_keys:
            return None
        return _remembered(
            self._local_inside, name, lambda: self._scan_inside(name, key, self._local_keys)
        )

    def _find_inside(self, name: str, key: str) -> str | None:
        """The longest alias inside the mention (see :meth:`_scan_inside`)."""
        return self._scan_inside(name, key, self._contained_keys)

    def _scan_inside(self, name: str, key: str, keys: frozenset[str]) -> str | None:
        """The longest of ``keys`` inside the mention, unless it is the whole mention or
        the mention names another group around it."""
        capitals = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", name)}
        words = key.split()
        # every run of words of the mention, looked up: the longest known alias wins
        # (the alphabetically first of equally long ones)
        found = [
            alias
            for size in range(1, min(len(words), self._longest_alias) + 1)
            for i in range(len(words) - size + 1)
            if (alias := " ".join(words[i : i + size])) in keys
            and (len(alias) >= 4 or alias in capitals or _of_the_end(words, i, size))
        ]
        best = min(found, key=lambda k: (-len(k), k)) if found else None
        if best is None or best == key:
            return None
        own = set(best.split())
        if any(
            w in _GROUP_WORDS and w not in own and not _numbered(words, i)
            for i, w in enumerate(words)
        ):
            return None  # "Kataib Sayyid al-Hezbollah" is another group, not Hezbollah
        return best

    def _foreign(self, key: str, actor: _Actor) -> bool:
        """ "Turkish border guards" holds "border guards" (Iraq's), but the demonym says
        whose: a state force named inside a mention of another nationality is not it."""
        if actor.kind is None and actor.inter != 1:
            return False
        own = actor.country or actor.home
        words = key.split()
        nations = {
            self.demonyms[phrase]
            for size in (1, 2)
            for i in range(len(words) - size + 1)
            if (phrase := " ".join(words[i : i + size])) in self.demonyms
        }
        return bool(nations) and own not in nations

    def _person(self, key: str, on: date | None) -> _Person | None:
        words = key.split()
        for start in range(len(words)):
            for person in self._people.get(" ".join(words[start:]), []):
                if _in_period(on, person.from_, person.to):
                    return person
        return None

    def _generic(
        self, key: str, country: str | None, on: date | None, label: str | None
    ) -> ActorMatch | None:
        text = _QUANTIFIERS.sub("", key + " ").strip()
        words = text.split()
        demonym_country: str | None = None
        if words and words[0] in self.demonyms:
            demonym_country = self.demonyms[words[0]]
            words = words[1:]
        elif len(words) > 1 and " ".join(words[:2]) in self.demonyms:
            demonym_country = self.demonyms[" ".join(words[:2])]
            words = words[2:]
        elif (at := text.rfind(" of ")) > 0 and (owner := text[at + 4 :]) in self._countries:
            demonym_country = self._countries[owner]  # "units of azerbaijan"
            words = text[:at].split()
        cls: str | None = None
        if not words and demonym_country is not None and label in {"NORP", "GPE"}:
            # "Turkish aggression", "a US strike": the country's armed forces acted
            return self.forces_of(demonym_country, on)
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[-size:])
            if phrase in self._generic_words:
                cls = self._generic_words[phrase]
                break
        if cls is None and (label == "PERSON" or (label or "").startswith("generic:")):
            # "attorney general roberto garcia", "businessman manuel vallejo": a title before
            # a name says what the person is
            for size in range(len(words) - 1, 0, -1):
                phrase = " ".join(words[:size])
                if phrase in self._generic_words:
                    cls = self._generic_words[phrase]
                    break
        if cls is None and label is not None and label in self._generic_words:
            cls = self._generic_words[label]
        if cls is None and demonym_country is not None and words in _A_STATES_FORCES:
            cls = "military"  # "Azerbaijani units", "the forces of Chad": a state's, named
        if cls is None:
            return None
        where = demonym_country or country
        if where is None:
            return None
        spec = self.generic[cls]
        if cls in _INSTITUTIONS:
            named = self.state_name(cls, where, on)
        else:
            named = spec.name.format(country=where)
        return ActorMatch(named, InterCode(spec.inter), "generic", 0.8, home=where)

    # -- article subject ----------------------------------------------------------

    def subject(
        self, mentions: Iterable[ActorMention], *, country: str | None, on: date | None
    ) -> ActorMatch | None:
        """The article's dominant named group (for "the organization", "the militants");
        state forces are never "the group", however often the article names them."""
        votes: Counter[str] = Counter()
        matches: dict[str, ActorMatch] = {}
        for mention in _joined_names(mentions):
            if not self._may_name(mention.text):
                continue  # "Reuters", "John Smith": no dictionary name, whatever the day
            found = self.match(mention.text, country=country, on=on)
            if (
                found is not None
                and found.how in {"alias", "fuzzy", "contained"}
                and found.inter != InterCode(1)
            ):
                key = actor_key(mention.text)
                has_subject = any(
                    a.subject_aliases
                    for a in (*self._aliases.get(key, []), *self._local.get(key, []))
                )
                votes[found.name] += 2 if has_subject else 1
                matches[found.name] = found
        if not votes:
            return None
        name = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return matches[name]

    def _may_name(self, name: str) -> bool:
        """Whether :meth:`match` may read ``name`` as a named actor (an alias, a name
        inside it or a near spelling) for some country and day: a name that cannot is
        matched, if at all, as a person or a generic class (remembered per name)."""
        return _remembered(self._nameable, name, lambda: self._nameable_now(name))

    def _nameable_now(self, name: str) -> bool:
        key = actor_key(name)
        nameable = bool(key) and (
            key in self._aliases
            or key in self._local
            or (self._cased_re is not None
                and self._cased_re.search(" ".join(name.split())) is not None)
            or self._local_alias_inside(name, key) is not None
            or any(self._may_name(p) for p in _SLASH.split(name) if p.strip() and p != name)
            or self._alias_inside(name, key) is not None
            or (len(key) >= 6 and self._near(key))
            # a reference to the subject is looked up as "armed group" (see _match)
            or (key not in self._subject and self._subject_key(name) is not None
                and self._near(_ARMED_GROUP))
        )  # fmt: skip
        return nameable

    def is_subject_reference(self, name: str) -> bool:
        """ "the organization", "the terror group", "two members of the organization": a
        reference to the article's subject."""
        return self._subject_key(name) is not None

    def subject_fits(self, name: str, subject: ActorMatch) -> bool:
        key = self._subject_key(name)
        actors = self._subject.get(key, []) if key is not None else []
        return any(
            subject.name == a.name or subject.name.startswith(a.name.split(" (")[0]) for a in actors
        )

    def _subject_key(self, name: str) -> str | None:
        """The subject reference a mention is or belongs to: "members of the group wearing
        explosive belts" -> "group"."""
        key = actor_key(name)
        if key in self._subject:
            return key
        counted = _QUANTIFIERS.sub("", key + " ").strip()
        if counted and counted in self._subject:
            return counted  # "six terrorists" in an article about the group
        found = _MEMBERS_OF.match(key)
        if found is None:
            return None
        rest = found.group(1).split()
        for size in range(len(rest), 0, -1):
            part = actor_key(" ".join(rest[:size]))
            if part in self._subject:
                return part
        return None

    # -- inter codes ------------------------------------------------------------------

    def inter(self, match: ActorMatch, *, event_country: str | None) -> InterCode | None:
        """ACLED inter code; a state force outside its own country is external (8)."""
        if (
            match.inter == InterCode.STATE_FORCES
            and event_country is not None
            and match.home is not None
            and match.home != event_country
        ):
            return InterCode.EXTERNAL_OTHER_FORCES
        return match.inter


def _joined_names(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """The mentions, with names the tagger cut in two put back together: "Islamic" (NORP)
    and "State" (ORG) one space apart are "Islamic State"."""
    out: list[ActorMention] = []
    for mention in sorted(mentions, key=lambda m: m.span.start if m.span is not None else -1):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.span is not None
            and mention.span is not None
            and mention.span.start == prev.span.end + 1
        ):
            text = f"{prev.text} {mention.text}"
            span = Span(text=text, start=prev.span.start, end=mention.span.end)
            out[-1] = prev.model_copy(update={"text": text, "span": span})
            continue
        out.append(mention)
    return out


def _parse(path: str, text: str) -> tuple[str, _File]:
    try:
        raw: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise ConfigError(f"invalid YAML: {exc}", path=path,
                          line=None if line is None else line + 1) from exc  # fmt: skip
    if not isinstance(raw, dict):
        raise ConfigError("expected a mapping with actors/people/states/generic", path=path)
    try:
        data = _File.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        entry = _entry_name(raw, first["loc"])
        raise ConfigError(
            f"entry {where}{entry}: {first['msg']}", path=path, code="actor_file_invalid"
        ) from exc
    for actor in data.actors:
        if actor.kind is None and actor.inter is None:
            raise ConfigError(f"entry {actor.name!r}: needs inter or kind", path=path)
        if actor.kind is not None and actor.kind not in _INSTITUTIONS:
            raise ConfigError(
                f"entry {actor.name!r}: kind must be one of {sorted(_INSTITUTIONS)}", path=path
            )
    for person in data.people:
        if person.institution not in _INSTITUTIONS:
            raise ConfigError(
                f"entry {person.name!r}: institution must be one of {sorted(_INSTITUTIONS)}",
                path=path,
            )
    return path, data


def _entry_name(raw: dict[str, Any], loc: tuple[Any, ...]) -> str:
    if len(loc) >= 2 and isinstance(loc[1], int):
        items = raw.get(str(loc[0]))
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            return f" ({items[loc[1]].get('name', '?')!r})"
    return ""
