"""Articles and single-source mentions for the store tests."""

from __future__ import annotations

from datetime import date

from sitrep.model import (
    Article,
    Event,
    GeoPrecision,
    Source,
    Span,
    SubEventType,
    TimePrecision,
    event_type_of,
)


def article(aid: str, text: str | None = None, *, url: str | None = None) -> Article:
    body = text or f"Body of article {aid}."
    return Article.model_validate({"id": aid, "url": url, "text": body, "outlet": f"outlet-{aid}"})


def mention(
    article_id: str,
    *,
    mid: str = "e1",
    sub: SubEventType = SubEventType.SUICIDE_BOMB,
    day: date | None = date(2018, 1, 15),
    precision: TimePrecision = TimePrecision.DAY,
    country: str | None = "Iraq",
    admin1: str | None = "Baghdad",
    location: str | None = "Tayaran Square",
    lat: float | None = 33.33,
    lon: float | None = 44.42,
    fatalities: int | None = None,
    actor1: str | None = None,
    text: str = "Two suicide bombers blew themselves up in Tayaran Square in central Baghdad.",
    outlet: str | None = None,
    background: bool = False,
) -> Event:
    source = Source(
        article_id=article_id,
        outlet=outlet or f"outlet-{article_id}",
        published=day,
        sentences=[Span(text=text, start=0, end=len(text))],
        event_date=day,
        time_precision=precision,
        location=location,
        admin1=admin1,
        country=country,
        fatalities=fatalities,
        background=background,
    )
    return Event(
        event_id=f"{article_id}:{mid}",
        event_date=day,
        time_precision=precision,
        event_type=event_type_of(sub),
        sub_event_type=sub,
        actor1=actor1,
        country=country,
        admin1=admin1,
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=GeoPrecision.TOWN,
        fatalities=fatalities,
        sources=[source],
    )


def corpus() -> dict[str, list[Event]]:
    """Article id -> its mentions: one bombing told 3 ways, a clash the same day in the
    same city, a protest in Basra, a Syrian airstrike, and an article with two incidents."""
    clash = "Gunmen clashed with police near Tayaran Square."
    return {
        "a1": [mention("a1", fatalities=26, actor1="Islamic State")],
        "a2": [mention("a2", fatalities=35, location="Tayran Square", actor1="ISIS")],
        "a3": [
            mention("a3", fatalities=31),
            mention("a3", mid="e2", sub=SubEventType.ARMED_CLASH, text=clash, fatalities=2),
        ],
        "a4": [
            mention(
                "a4",
                sub=SubEventType.PEACEFUL_PROTEST,
                day=date(2019, 10, 1),
                admin1="Basra",
                location="Basra",
                lat=30.5,
                lon=47.8,
                text="Hundreds protested in Basra over power cuts.",
            )
        ],
        "a5": [
            mention(
                "a5",
                sub=SubEventType.AIR_DRONE_STRIKE,
                day=date(2019, 10, 3),
                country="Syria",
                admin1="Idlib",
                location="Maarat al-Numan",
                lat=35.64,
                lon=36.67,
                fatalities=9,
                actor1="Military Forces of Russia",
                text="Russian jets struck a market in Maarat al-Numan, killing nine.",
            )
        ],
        "a6": [
            mention(
                "a6",
                fatalities=35,
                precision=TimePrecision.MONTH,
                day=date(2018, 1, 1),
                background=True,
                text="The January 2018 Tayaran Square bombing claimed 35 lives.",
            )
        ],
    }
