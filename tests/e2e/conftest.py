"""Fixtures for the API and browser tests: a small store built from hand-written articles.

The corpus (original text written for these tests):
- a roadside bomb near Kirkuk, one outlet;
- a suicide bombing in Baghdad told by two outlets with different death tolls;
- a clash west of Mosul; an air strike in Idlib; a protest in Basra (no deaths);
- a hostile article whose text and fields carry <script> tags and event handlers.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from sitrep.merge import merge_mentions
from sitrep.model import (
    Article,
    Event,
    Evidence,
    GeoPrecision,
    InterCode,
    Source,
    Span,
    SubEventType,
    TimePrecision,
    content_hash,
    event_type_of,
    stable_id,
)
from sitrep.serve.api import create_app
from sitrep.settings import Settings
from sitrep.store import Store

TOKEN = "test-token-5f1e"
HOSTILE_SCRIPT = "<script>window.__pwned = 1; alert('xss')</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned = 2; alert(1)">'
HOSTILE_ACTOR = "<b onmouseover=alert(3)>Brigade</b>"


@dataclass(frozen=True)
class Story:
    """One article and the event read from it (one sentence, highlighted arguments)."""

    article: Article
    sentence: str
    marks: dict[str, str]  # role -> exact text inside the sentence
    fields: dict[str, object]


def _article(slug: str, outlet: str, published: date, title: str, text: str) -> Article:
    return Article(
        id=slug,
        url=f"https://{outlet.lower().replace(' ', '-')}.example/{slug}",
        title=title,
        outlet=outlet,
        published=published,
        language="en",
        text=text,
        content_hash=content_hash(text),
    )


KIRKUK = (
    "KIRKUK, Iraq, March 3 (Northern Wire) - "
    "A roadside bomb struck a police patrol near Hawija on Tuesday, killing three policemen "
    "and wounding two, a police source said. No group has claimed the attack."
)
BAGHDAD_A = (
    "BAGHDAD (Tigris Post) - A suicide bomber blew himself up in a crowded market in "
    "Baghdad's Sadr City on Thursday, killing at least 32 people, health officials said. "
    "Islamic State claimed responsibility in a statement."
)
BAGHDAD_B = (
    "A suicide bombing at a market in Sadr City, Baghdad, killed 28 people on Thursday, "
    "the interior ministry said, and wounded more than 50. Funerals were held on Friday."
)
MOSUL = (
    "MOSUL - Iraqi army units clashed with Islamic State fighters west of Mosul on "
    "Saturday, and five soldiers were killed, a military statement said."
)
IDLIB = (
    "IDLIB, Syria - Syrian government aircraft bombed the town of Maarat al-Numan on Monday, "
    "killing seven civilians, a monitoring group said."
)
BASRA = (
    "Hundreds of people protested outside the provincial council in Basra on Wednesday "
    "demanding electricity and jobs. The protest ended peacefully."
)
HOSTILE = (
    f"ERBIL - {HOSTILE_SCRIPT} Gunmen from the {HOSTILE_ACTOR} attacked a checkpoint in "
    f"Erbil on Sunday, killing two guards. {HOSTILE_IMG} Officials said the gunmen fled."
)


def stories() -> list[Story]:
    return [
        Story(
            _article("kirkuk-ied", "Northern Wire", date(2024, 3, 5), "Bomb hits patrol", KIRKUK),
            "A roadside bomb struck a police patrol near Hawija on Tuesday, killing three "
            "policemen and wounding two, a police source said.",
            {
                "trigger": "roadside bomb",
                "actor2": "police patrol",
                "place": "Hawija",
                "date": "Tuesday",
                "fatalities": "three policemen",
            },
            dict(
                event_date=date(2024, 3, 5),
                sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                actor2="Police Forces of Iraq",
                inter2=InterCode.STATE_FORCES,
                country="Iraq",
                admin1="Kirkuk",
                location="Hawija",
                latitude=35.3249,
                longitude=43.7653,
                fatalities=3,
                injuries=2,
                raw_fatalities="three policemen",
            ),
        ),
        Story(
            _article("baghdad-a", "Tigris Post", date(2024, 3, 14), "Market bombing", BAGHDAD_A),
            "A suicide bomber blew himself up in a crowded market in Baghdad's Sadr City on "
            "Thursday, killing at least 32 people, health officials said.",
            {
                "trigger": "blew himself up",
                "place": "Sadr City",
                "date": "Thursday",
                "fatalities": "at least 32 people",
            },
            dict(
                event_date=date(2024, 3, 14),
                sub_event_type=SubEventType.SUICIDE_BOMB,
                actor1="Islamic State (Iraq)",
                inter1=InterCode.REBEL_GROUPS,
                actor2="Civilians (Iraq)",
                inter2=InterCode.CIVILIANS,
                claimed_by="Islamic State (Iraq)",
                country="Iraq",
                admin1="Baghdad",
                location="Sadr City",
                latitude=33.3806,
                longitude=44.4553,
                fatalities=32,
                raw_fatalities="at least 32 people",
            ),
        ),
        Story(
            _article("baghdad-b", "Capital Daily", date(2024, 3, 15), "28 killed", BAGHDAD_B),
            "A suicide bombing at a market in Sadr City, Baghdad, killed 28 people on Thursday, "
            "the interior ministry said, and wounded more than 50.",
            {
                "trigger": "suicide bombing",
                "place": "Sadr City",
                "date": "Thursday",
                "fatalities": "28 people",
                "injuries": "more than 50",
            },
            dict(
                event_date=date(2024, 3, 14),
                sub_event_type=SubEventType.SUICIDE_BOMB,
                actor2="Civilians (Iraq)",
                inter2=InterCode.CIVILIANS,
                country="Iraq",
                admin1="Baghdad",
                location="Sadr City",
                latitude=33.3806,
                longitude=44.4553,
                fatalities=28,
                injuries=50,
                raw_fatalities="28 people",
            ),
        ),
        Story(
            _article("mosul-clash", "Northern Wire", date(2024, 3, 24), "Clash", MOSUL),
            MOSUL[len("MOSUL - ") :],
            {
                "trigger": "clashed",
                "actor1": "Iraqi army units",
                "actor2": "Islamic State fighters",
                "place": "west of Mosul",
                "date": "Saturday",
                "fatalities": "five soldiers",
            },
            dict(
                event_date=date(2024, 3, 23),
                sub_event_type=SubEventType.ARMED_CLASH,
                actor1="Military Forces of Iraq",
                inter1=InterCode.STATE_FORCES,
                actor2="Islamic State (Iraq)",
                inter2=InterCode.REBEL_GROUPS,
                country="Iraq",
                admin1="Nineveh",
                location="Mosul",
                latitude=36.34,
                longitude=43.13,
                fatalities=5,
                raw_fatalities="five soldiers",
            ),
        ),
        Story(
            _article("idlib-air", "Levant Monitor", date(2024, 4, 2), "Air strike", IDLIB),
            IDLIB[len("IDLIB, Syria - ") :],
            {
                "trigger": "bombed",
                "actor1": "Syrian government aircraft",
                "place": "Maarat al-Numan",
                "date": "Monday",
                "fatalities": "seven civilians",
            },
            dict(
                event_date=date(2024, 4, 1),
                sub_event_type=SubEventType.AIR_DRONE_STRIKE,
                actor1="Military Forces of Syria",
                inter1=InterCode.STATE_FORCES,
                actor2="Civilians (Syria)",
                inter2=InterCode.CIVILIANS,
                country="Syria",
                admin1="Idlib",
                location="Maarat al-Numan",
                latitude=35.6484,
                longitude=36.6739,
                fatalities=7,
                raw_fatalities="seven civilians",
            ),
        ),
        Story(
            _article("basra-protest", "Gulf Herald", date(2024, 2, 21), "Protest", BASRA),
            BASRA.split(". ")[0] + ".",
            {"trigger": "protested", "place": "Basra", "date": "Wednesday"},
            dict(
                event_date=date(2024, 2, 21),
                sub_event_type=SubEventType.PEACEFUL_PROTEST,
                actor1="Protesters (Iraq)",
                inter1=InterCode.PROTESTERS,
                country="Iraq",
                admin1="Basra",
                location="Basra",
                latitude=30.5085,
                longitude=47.7804,
                fatalities=0,
            ),
        ),
        Story(
            _article(
                "erbil-hostile", "Unknown <b>Outlet</b>", date(2024, 3, 11), HOSTILE_SCRIPT, HOSTILE
            ),
            f"{HOSTILE_SCRIPT} Gunmen from the {HOSTILE_ACTOR} attacked a checkpoint in "
            f"Erbil on Sunday, killing two guards.",
            {
                "trigger": "attacked",
                "actor1": HOSTILE_ACTOR,
                "place": "Erbil",
                "fatalities": "two guards",
            },
            dict(
                event_date=date(2024, 3, 10),
                sub_event_type=SubEventType.ATTACK,
                actor1=HOSTILE_ACTOR,
                actor2="Military Forces of Iraq",
                country="Iraq",
                admin1="Erbil",
                location="Erbil",
                latitude=36.19,
                longitude=44.01,
                fatalities=2,
                raw_fatalities="two guards",
                notes=HOSTILE_IMG,
            ),
        ),
    ]


def _span(text: str, part: str, offset: int = 0) -> Span:
    start = text.index(part, offset)
    return Span(text=part, start=start, end=start + len(part))


SOURCE_KEYS = {"raw_fatalities", "raw_injuries"}


def mention_of(story: Story) -> Event:
    """The single-source event (mention) an extractor would have read from the story."""
    article = story.article
    sentence = _span(article.text, story.sentence)
    evidence = [
        Evidence(role=role, **_span(article.text, part, sentence.start).model_dump())
        for role, part in story.marks.items()
    ]
    fields = {k: v for k, v in story.fields.items() if k not in SOURCE_KEYS}
    sub = fields["sub_event_type"]
    assert isinstance(sub, SubEventType)
    source = Source(
        article_id=article.id,
        outlet=article.outlet,
        published=article.published,
        url=article.url,
        title=article.title,
        sentences=[sentence],
        evidence=evidence,
        event_date=fields["event_date"],
        time_precision=TimePrecision.DAY,
        location=fields["location"],
        admin1=fields["admin1"],
        country=fields["country"],
        fatalities=fields.get("fatalities"),
        injuries=fields.get("injuries"),
        raw_fatalities=story.fields.get("raw_fatalities"),
        confidence=0.8,
    )
    return Event(
        event_id=stable_id("ev", article.id, 0),
        time_precision=TimePrecision.DAY,
        event_type=event_type_of(sub),
        geo_precision=GeoPrecision.TOWN,
        confidence=0.8,
        sources=[source],
        **fields,
    )


def build_store(url: str) -> Store:
    """A migrated store holding the corpus, merged by sitrep's merge stage."""
    store = Store.open(url, merge=merge_mentions)
    ids = []
    for story in stories():
        stored, _ = store.add_article(story.article)
        store.save_article_events(stored, [mention_of(story)])
        ids.append(stored)
    store.remerge(ids)
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    the_store = build_store(f"sqlite:///{tmp_path / 'api.db'}")
    yield the_store
    the_store.close()


@dataclass(frozen=True)
class Hostile:
    """The hostile strings planted in the corpus."""

    script: str = HOSTILE_SCRIPT
    img: str = HOSTILE_IMG
    actor: str = HOSTILE_ACTOR


@pytest.fixture
def hostile() -> Hostile:
    return Hostile()


@pytest.fixture
def api_token() -> str:
    return TOKEN


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings for a test app: token set, database in tmp_path; overrides as keywords."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {"db": f"sqlite:///{tmp_path / 'api.db'}", "api_token": TOKEN}
        return Settings(**{**values, **overrides})

    return make


# --------------------------------------------------------------------------
# A live server (uvicorn on 127.0.0.1, free port, in a thread) for the browser tests
# --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    store: Store


@contextmanager
def serving(the_store: Store, settings: Settings) -> Iterator[LiveServer]:
    """uvicorn on 127.0.0.1 (a free port, in a thread) serving the app over ``the_store``."""
    app = create_app(store=the_store, settings=settings)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(url=f"http://127.0.0.1:{port}", store=the_store)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """The hand-written corpus, served."""
    db = f"sqlite:///{tmp_path / 'live.db'}"
    the_store = build_store(db)
    try:
        with serving(the_store, Settings(db=db, api_token=TOKEN)) as server:
            yield server
    finally:
        the_store.close()


@pytest.fixture
def corpus_server(corpus_db: str) -> Iterator[LiveServer]:
    """The sample corpus (tests/corpus, run through the whole pipeline), served."""
    the_store = Store.open(corpus_db, merge=merge_mentions)
    try:
        with serving(the_store, Settings(db=corpus_db, api_token=TOKEN)) as server:
            yield server
    finally:
        the_store.close()
