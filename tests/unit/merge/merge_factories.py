"""Hand-built single-source mentions for the merge tests."""

from __future__ import annotations

from datetime import date

from sitrep.model import (
    Event,
    GeoPrecision,
    Source,
    Span,
    SubEventType,
    TimePrecision,
    event_type_of,
)


def mention(
    article: str,
    *,
    mid: str = "e1",
    sub: SubEventType = SubEventType.SUICIDE_BOMB,
    day: date | None = date(2018, 1, 15),
    precision: TimePrecision = TimePrecision.DAY,
    country: str | None = "Iraq",
    admin1: str | None = "Baghdad",
    admin2: str | None = None,
    location: str | None = "Tayaran Square",
    lat: float | None = None,
    lon: float | None = None,
    geo: GeoPrecision | None = GeoPrecision.TOWN,
    fatalities: int | None = None,
    injuries: int | None = None,
    actor1: str | None = None,
    actor2: str | None = None,
    text: str = "Two suicide bombers blew themselves up in Tayaran Square in central Baghdad.",
    outlet: str | None = None,
    background: bool = False,
    published: date | None = None,
    confidence: float = 0.6,
) -> Event:
    source = Source(
        article_id=article,
        outlet=outlet or f"outlet-{article}",
        published=published or day,
        sentences=[Span(text=text, start=0, end=len(text))],
        event_date=day,
        time_precision=precision,
        location=location,
        admin1=admin1,
        country=country,
        fatalities=fatalities,
        injuries=injuries,
        background=background,
        confidence=confidence,
    )
    return Event(
        event_id=f"{article}:{mid}",
        event_date=day,
        time_precision=precision,
        event_type=event_type_of(sub),
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        country=country,
        admin1=admin1,
        admin2=admin2,
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=geo,
        fatalities=fatalities,
        injuries=injuries,
        confidence=confidence,
        sources=[source],
    )


def tayaran_reports() -> list[Event]:
    """The January 2018 Baghdad double suicide bombing told three ways, plus a recollection."""
    return [
        mention(
            "reuters-1",
            fatalities=26,
            injuries=90,
            actor2="Civilians (Iraq)",
            text="Two suicide bombers killed 26 and wounded over 90 in Tayaran Square, Baghdad.",
        ),
        mention(
            "ina-1",
            fatalities=35,
            injuries=94,
            location="Tayran Square",
            actor2="civilians (iraq)",
            text="A double suicide bombing in Tayran Square in Baghdad killed 35 and injured 94.",
        ),
        mention(
            "afp-1",
            fatalities=31,
            day=date(2018, 1, 15),
            text="At least 31 were killed when two suicide bombers struck Tayaran Square.",
        ),
        mention(
            "alaraby-2021",
            fatalities=35,
            precision=TimePrecision.MONTH,
            day=date(2018, 1, 1),
            background=True,
            published=date(2021, 1, 21),
            text="It recalled the January 2018 bombing at Tayaran Square that claimed 35 lives.",
        ),
    ]
