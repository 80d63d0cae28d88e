"""Hand-built events for the report and export tests (original, written for sitrep).

A plain module (not conftest) so tests can import the builders and constants.
"""

from __future__ import annotations

from datetime import date

from sitrep.model import (
    Event,
    EventType,
    Evidence,
    GeoPrecision,
    InterCode,
    PloverType,
    Source,
    Span,
    Status,
    SubEventType,
    TimePrecision,
)

HOSTILE_ACTOR = 'Brigade of "Martyrs", Tigris <script>alert(1)</script>'
HOSTILE_NOTE = "Gunmen attacked a checkpoint <script>alert('x')</script> & fled; | pipes *bold*"


def _source(
    article_id: str,
    outlet: str | None,
    published: date | None,
    sentence: str,
    *,
    fatalities: int | None = None,
    injuries: int | None = None,
    url: str | None = None,
) -> Source:
    return Source(
        article_id=article_id,
        outlet=outlet,
        published=published,
        url=url,
        title=f"Report {article_id}",
        sentences=[Span(text=sentence, start=0, end=len(sentence))],
        evidence=[Evidence(role="trigger", text=sentence.split()[1], start=4, end=10)],
        event_date=published,
        time_precision=TimePrecision.DAY,
        fatalities=fatalities,
        injuries=injuries,
        raw_fatalities=None if fatalities is None else f"at least {fatalities}",
        confidence=0.8,
        field_confidence={"fatalities": 0.9},
    )


def make_events() -> list[Event]:
    """Four events in Iraq, 2 to 15 March 2026, one of each awkward kind."""
    baghdad = Event(
        event_id="ev-baghdad-0001",
        event_date=date(2026, 3, 2),
        time_precision=TimePrecision.DAY,
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.SUICIDE_BOMB,
        actor1="Islamic State (Iraq)",
        inter1=InterCode.REBEL_GROUPS,
        actor2="Civilians (Iraq)",
        inter2=InterCode.CIVILIANS,
        country="Iraq",
        admin1="Baghdad",
        admin2="Al-Rusafa",
        location="Baghdad",
        latitude=33.3152,
        longitude=44.3661,
        geo_precision=GeoPrecision.TOWN,
        fatalities=28,
        notes="A suicide bomber detonated a vest in a crowded market in Bab al-Sharqi.",
        injuries=60,
        claimed_by="Islamic State",
        weapon="suicide vest",
        plover_type=PloverType.ASSAULT,
        plover_mode="bombing",
        confidence=0.9,
        status=Status.CONFIRMED,
        sources=[
            _source(
                "mesopotamia-wire-0302",
                "Mesopotamia Wire",
                date(2026, 3, 2),
                "A suicide bomber killed at least 28 people in central Baghdad.",
                fatalities=28,
                injuries=60,
                url="https://example.org/mw/0302?id=1&lang=en",
            ),
            _source(
                "tigris-daily-0303",
                "Tigris Daily",
                date(2026, 3, 3),
                "The toll of the market bombing rose to 32, officials said.",
                fatalities=32,
                injuries=60,
                url="https://example.org/td/0303",
            ),
        ],
    )
    kirkuk = Event(
        event_id="ev-kirkuk-0002",
        event_date=date(2026, 3, 5),
        time_precision=TimePrecision.DAY,
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        actor1="Unidentified Armed Group (Iraq)",
        inter1=InterCode.REBEL_GROUPS,
        actor2="Military Forces of Iraq (2022-)",
        inter2=InterCode.STATE_FORCES,
        country="Iraq",
        admin1="Kirkuk",
        location="Kirkuk",
        latitude=35.4681,
        longitude=44.3922,
        geo_precision=GeoPrecision.NEAR_TOWN,
        fatalities=3,
        injuries=2,
        weapon="IED",
        plover_type=PloverType.ASSAULT,
        confidence=0.7,
        sources=[
            _source(
                "kirkuk-now-0305",
                "Kirkuk Now",
                date(2026, 3, 5),
                "A roadside bomb killed three soldiers south of Kirkuk.",
                fatalities=3,
                injuries=2,
            )
        ],
    )
    arrests = Event(
        event_id="ev-diyala-0003",
        event_date=date(2026, 3, 9),
        time_precision=TimePrecision.WEEK,
        event_type=EventType.STRATEGIC_DEVELOPMENTS,
        sub_event_type=SubEventType.ARRESTS,
        actor1="Police Forces of Iraq (2022-)",
        inter1=InterCode.STATE_FORCES,
        country="Iraq",
        admin1="Diyala",
        geo_precision=GeoPrecision.REGION,
        fatalities=0,
        sources=[_source("state-news-0310", None, None, "Police arrested four suspects.")],
    )
    hostile = Event(
        event_id="ev-diyala-0004",
        event_date=date(2026, 3, 12),
        time_precision=TimePrecision.DAY,
        event_type=EventType.BATTLES,
        sub_event_type=SubEventType.ARMED_CLASH,
        actor1=HOSTILE_ACTOR,
        inter1=InterCode.POLITICAL_MILITIAS,
        actor2="Military Forces of Iraq (2022-)",
        inter2=InterCode.STATE_FORCES,
        country="Iraq",
        admin1="Diyala",
        location="Baqubah, \u0628\u0639\u0642\u0648\u0628\u0629",
        latitude=33.7466,
        longitude=44.6437,
        geo_precision=GeoPrecision.TOWN,
        fatalities=None,
        notes=HOSTILE_NOTE,
        injuries=4,
        confidence=0.6,
        sources=[
            _source(
                "diyala-eye-0312",
                "Diyala Eye",
                date(2026, 3, 12),
                "Clashes erupted at a checkpoint near Baqubah.",
                injuries=4,
            ),
            _source(
                "mesopotamia-wire-0313",
                "Mesopotamia Wire",
                date(2026, 3, 13),
                "Six people were wounded in the clashes.",
                injuries=6,
            ),
        ],
    )
    return [baghdad, kirkuk, arrests, hostile]


def make_previous_events() -> list[Event]:
    """The previous fortnight (16 February to 1 March 2026): two events, 5 killed."""
    base = make_events()[1]
    return [
        base.model_copy(
            update={"event_id": "ev-prev-1", "event_date": date(2026, 2, 18), "fatalities": 4}
        ),
        base.model_copy(
            update={
                "event_id": "ev-prev-2",
                "event_date": date(2026, 2, 25),
                "fatalities": 1,
                "injuries": None,
            }
        ),
    ]
