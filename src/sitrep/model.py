"""The records that cross stage boundaries, and the ACLED vocabulary.

Data flows one way::

    ingest -> Article
    extract(Article, Doc) -> Extraction (CandidateEvent, with evidence spans)
    resolve(Article, Extraction) -> list[Event]   (one Source each)
    merge(list[Event]) -> list[Event]             (clusters, every Source kept)
    store / serve / report read and write Event

Every record is a frozen pydantic model that forbids unknown fields. Unknown is
``None``, never ``""`` or ``0``. Raw text is kept beside each resolved value.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from enum import IntEnum, StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ACLED_COLUMNS",
    "GUESSED_PLACE_CONFIDENCE",
    "HOME_LABEL",
    "SITE_LABEL",
    "STANDS_FOR_PEOPLE",
    "ActorMention",
    "ActorRole",
    "Article",
    "CandidateEvent",
    "DateMention",
    "Decision",
    "Event",
    "EventPage",
    "EventQuery",
    "EventType",
    "Evidence",
    "Extraction",
    "GeoPrecision",
    "InterCode",
    "MergedEvent",
    "PlaceMention",
    "PloverType",
    "Quantity",
    "Rejection",
    "Source",
    "Span",
    "Status",
    "SubEventType",
    "TimePrecision",
    "content_hash",
    "event_type_of",
    "normalise_text",
    "plover_default",
    "stable_id",
]


class Record(BaseModel):
    """Base of every record: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------


class EventType(StrEnum):
    BATTLES = "Battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING_ARTILLERY_MISSILE = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
    LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
    OTHER = "Other"


class PloverType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class InterCode(IntEnum):
    """ACLED interaction codes for an actor."""

    STATE_FORCES = 1
    REBEL_GROUPS = 2
    POLITICAL_MILITIAS = 3
    IDENTITY_MILITIAS = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER_FORCES = 8


class TimePrecision(IntEnum):
    """ACLED time precision: 1 the exact day, 2 within a week, 3 within a month."""

    DAY = 1
    WEEK = 2
    MONTH = 3


class GeoPrecision(IntEnum):
    """ACLED geo precision: 1 the town, 2 near a town / part of a region, 3 region only."""

    TOWN = 1
    NEAR_TOWN = 2
    REGION = 3


GUESSED_PLACE_CONFIDENCE = 0.3
"""The ``location`` field confidence of a place the resolver guessed rather than read (a
village the gazetteer lacks, coded to the province of the article's main town): merge does
not let such a province keep two reports apart."""


class Status(StrEnum):
    AUTO = "auto"
    CONFIRMED = "confirmed"
    EDITED = "edited"
    REJECTED = "rejected"


class ActorRole(StrEnum):
    ACTOR1 = "actor1"  # the side that acted (attacker, arresting force, protesters)
    ACTOR2 = "actor2"  # the side acted upon (target, victims)
    ASSOC_ACTOR_1 = "assoc_actor_1"
    ASSOC_ACTOR_2 = "assoc_actor_2"
    CLAIMED_BY = "claimed_by"  # an actual claim of responsibility
    BLAMED = "blamed"  # attributed or blamed, not claimed: goes to notes


@cache
def _vocabulary() -> dict[str, Any]:
    text = resources.files("sitrep.data").joinpath("acled_vocabulary.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    types = data["event_types"]
    if set(types) != {t.value for t in EventType}:
        raise ValueError("acled_vocabulary.yaml event types disagree with EventType")
    subs = [s for t in types.values() for s in t]
    if sorted(subs) != sorted(s.value for s in SubEventType) or len(subs) != 25:
        raise ValueError("acled_vocabulary.yaml sub-event types disagree with SubEventType")
    if {int(k) for k in data["inter_codes"]} != {c.value for c in InterCode}:
        raise ValueError("acled_vocabulary.yaml inter codes disagree with InterCode")
    for spec in (s for t in types.values() for s in t.values()):
        if spec["plover_type"] is not None:
            PloverType(spec["plover_type"])
    return data


def event_type_of(sub_event_type: SubEventType) -> EventType:
    """The ACLED event type a sub-event type belongs to."""
    for event_type, subs in _vocabulary()["event_types"].items():
        if sub_event_type.value in subs:
            return EventType(event_type)
    raise KeyError(sub_event_type)  # unreachable: the vocabulary is validated


def plover_default(sub_event_type: SubEventType) -> tuple[PloverType | None, str | None]:
    """The default PLOVER (type, mode) for an ACLED sub-event type."""
    spec = _vocabulary()["event_types"][event_type_of(sub_event_type).value][sub_event_type.value]
    ptype = spec["plover_type"]
    return (PloverType(ptype) if ptype else None, spec["plover_mode"])


# --------------------------------------------------------------------------
# Hashing helpers shared by every stage (ids must agree across stages)
# --------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Unicode NFKC, lower case, whitespace folded: the key for identical-text checks."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """A short content-hash id, stable across runs: ``prefix`` + 16 hex digits."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------
# Ingest
# --------------------------------------------------------------------------


class Article(Record):
    """One news article as ingested. ``text`` is the clean body the offsets index into."""

    id: str = Field(description="Human-readable stable id: the record's own id or the file stem")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code, when detected")
    text: str = Field(min_length=1)
    content_hash: str = Field(description="SHA-256 of the normalised text (see normalise_text)")
    origin: str | None = Field(default=None, description="Where it was read from: path[:line]")
    duplicate_of: str | None = Field(
        default=None, description="Id of the article this one near-duplicates (syndicated copy)"
    )

    @model_validator(mode="before")
    @classmethod
    def _fill_hash(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("content_hash") and data.get("text"):
            data = {**data, "content_hash": content_hash(data["text"])}
        return data


class Rejection(Record):
    """An input that could not become an Article: reported, counted, never fatal to a batch."""

    path: str
    line: int | None = None
    code: str = Field(description="Short machine code: encoding, binary, empty, json, csv, ...")
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


# --------------------------------------------------------------------------
# Extract: mentions and candidates with evidence offsets into Article.text
# --------------------------------------------------------------------------


class Span(Record):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quantity(Record):
    """A number read from text: "at least 32", "dozens", "between 5 and 7"."""

    value: int | None = Field(description="The figure to code (ACLED rules for vague numbers)")
    low: int | None = None
    high: int | None = None
    qualifier: str | None = Field(default=None, description='"at least", "more than", "about", ...')
    raw: str
    span: Span | None = None


HOME_LABEL = "target:home"
"""The label of an attacked thing that a private person owns ("the house of a lawyer", "an
employee's car"): it stands for its owners, the country's civilians, unless the event names
the people it hit."""
SITE_LABEL = "site:public"
"""The label of a public place standing for the people in it ("a bomb at a crowded market"):
the country's civilians, unless the event names the people it hit."""
STANDS_FOR_PEOPLE = frozenset({HOME_LABEL, SITE_LABEL})


class ActorMention(Record):
    text: str
    role: ActorRole
    span: Span | None = None
    label: str | None = Field(default=None, description="spaCy entity label or lexicon class")


class PlaceMention(Record):
    text: str
    span: Span | None = None
    label: str | None = Field(default=None, description="GPE, LOC, FAC or a lexicon class")
    context: str | None = Field(
        default=None,
        description='Words around it that help resolution: "province", "north of", "near"',
    )


class DateMention(Record):
    text: str
    span: Span | None = None
    relation: str | None = Field(
        default=None, description='Relative anchoring, e.g. "a day after" (resolved by dates.py)'
    )


class CandidateEvent(Record):
    """One incident as read from one article, before names, places and dates are resolved."""

    article_id: str
    event_type: EventType
    sub_event_type: SubEventType
    plover_type: PloverType | None = None
    plover_mode: str | None = None
    trigger: Span
    evidence: list[Span] = Field(description="The sentence(s) the event was read from")
    actors: list[ActorMention] = []
    places: list[PlaceMention] = Field(default=[], description="Most specific first")
    dates: list[DateMention] = Field(default=[], description="Most specific first")
    fatalities: Quantity | None = None
    injuries: Quantity | None = None
    combined_toll: Quantity | None = Field(
        default=None, description='"killing and wounding about 20": not a death toll'
    )
    weapon: str | None = None
    weapon_span: Span | None = None
    aggregate: bool = Field(default=False, description='"20 airstrikes in three days"')
    background: bool = Field(default=False, description="A past incident recalled as context")
    confidence: float = Field(ge=0.0, le=1.0)
    field_confidence: dict[str, float] = {}
    notes: list[str] = []

    def trigger_sentence(self) -> Span | None:
        """The evidence sentence that holds the trigger: the incident's own sentence."""
        t = self.trigger
        return next((s for s in self.evidence if s.start <= t.start and t.end <= s.end), None)


class Decision(Record):
    """Why the engine kept or dropped a candidate (``sitrep extract --explain``)."""

    kept: bool
    trigger: Span
    reason: str
    sub_event_type: SubEventType | None = None


class Extraction(Record):
    """Everything extract hands to resolve for one article."""

    article_id: str
    candidates: list[CandidateEvent] = []
    place_mentions: list[PlaceMention] = Field(
        default=[], description="Every place named in the article (country focus)"
    )
    actor_mentions: list[ActorMention] = Field(
        default=[], description="Every organisation named (subject of 'the organization')"
    )
    decisions: list[Decision] = []


# --------------------------------------------------------------------------
# Resolve / merge / store: the event and its sources
# --------------------------------------------------------------------------


class Evidence(Record):
    """A highlighted argument inside a source's evidence: role is the field it supports."""

    role: str = Field(description="trigger, actor1, actor2, place, date, fatalities, ...")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(Record):
    """One article's account of an event, with its own figures kept as reported."""

    article_id: str
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None
    sentences: list[Span] = Field(description="Evidence sentence(s), offsets into Article.text")
    evidence: list[Evidence] = []
    event_date: date | None = None
    time_precision: TimePrecision | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    raw_fatalities: str | None = None
    raw_injuries: str | None = None
    background: bool = False
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    field_confidence: dict[str, float] = {}
    trace: list[str] = Field(
        default=[],
        description="How resolution read this source (for review and --explain), not for analysts",
    )


class Event(Record):
    """An incident, ACLED columns first. ``sources`` keeps every report of it."""

    event_id: str
    event_date: date | None
    time_precision: TimePrecision | None
    event_type: EventType
    sub_event_type: SubEventType
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: InterCode | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: InterCode | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: GeoPrecision | None = None
    fatalities: int | None = Field(default=None, ge=0)
    notes: str | None = None
    injuries: int | None = Field(default=None, ge=0)
    claimed_by: str | None = None
    weapon: str | None = None
    plover_type: PloverType | None = None
    plover_mode: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    status: Status = Status.AUTO
    sources: list[Source] = []


ACLED_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
)
"""The ACLED columns, in ACLED's order; sitrep's extra columns follow them in exports."""


# --------------------------------------------------------------------------
# Queries over the store (CLI, API, reports share one filter record)
# --------------------------------------------------------------------------


class EventQuery(Record):
    """Filters for listing events. Every filter is optional; ``None`` means no filter."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: EventType | None = None
    sub_event_type: SubEventType | None = None
    actor: str | None = Field(default=None, description="Substring of actor1/actor2/assoc actors")
    min_fatalities: int | None = Field(default=None, ge=0)
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="min_lon, min_lat, max_lon, max_lat"
    )
    text: str | None = Field(default=None, max_length=200, description="Search notes and evidence")
    status: Status | None = None
    include_rejected: bool = False
    sort: str = Field(default="-event_date", description="Field name, '-' prefix for descending")
    limit: int = Field(default=100, ge=1, le=10_000)
    cursor: str | None = Field(default=None, description="Opaque cursor from the previous page")


class EventPage(Record):
    items: list[Event]
    next_cursor: str | None = None
    total: int | None = None


# --------------------------------------------------------------------------
# Merge -> store: one cluster of mentions and why it was formed
# --------------------------------------------------------------------------


class MergedEvent(Record):
    """One merged event as merge hands it to store: the event, its member mention ids, why."""

    event: Event
    members: list[str] = Field(description="event_id of every single-source mention in it")
    why: list[str] = Field(default=[], description="Pair scores and rules that formed the cluster")
    linked: list[str] = Field(
        default=[],
        description="Mention ids outside it linked to a member (joins the guard refused)",
    )
