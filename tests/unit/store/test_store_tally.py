"""`Store.tally` and `Store.period_totals`: the database counts what a pass over the
events would count (the run's summary, the page's timeline)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from store_factories import article, corpus, mention

from sitrep.errors import StoreError
from sitrep.merge import merge_mentions
from sitrep.model import Event, EventQuery, EventType, Status, SubEventType
from sitrep.serve.api import create_app
from sitrep.serve.cli import _print_summary, place_label
from sitrep.settings import Settings
from sitrep.store import Store
from sitrep.store.queries import EventTally, PeriodTotal

ALL = EventQuery(include_rejected=True, sort="event_id")


def _extra() -> dict[str, list[Event]]:
    """Events whose place or toll is partly or wholly unknown."""
    return {
        "b1": [
            mention(
                "b1",
                sub=SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
                day=date(2020, 3, 2),
                country=None,
                admin1=None,
                location=None,
                lat=None,
                lon=None,
                text="Armed men seized a district official on a road outside town, police said.",
            )
        ],
        "b2": [
            mention(
                "b2",
                sub=SubEventType.ARMED_CLASH,
                day=date(2020, 5, 9),
                country="Syria",
                admin1=None,
                location=None,
                lat=None,
                lon=None,
                fatalities=4,
                text="Four fighters died in overnight clashes, a monitoring group reported.",
            )
        ],
        "b3": [
            mention(
                "b3",
                sub=SubEventType.PEACEFUL_PROTEST,
                day=date(2020, 6, 1),
                admin1="Basra",
                location="Basra",
                text="Teachers marched through Basra to demand unpaid salaries.",
            )
        ],
    }


@pytest.fixture
def reviewed(store: Store) -> Store:
    """The shared corpus plus unknown places; one event edited, one rejected, and a
    later article merged into the edited one."""
    batch = {**corpus(), **_extra()}
    for aid, mentions in sorted(batch.items()):
        store.add_article(article(aid))
        store.save_article_events(aid, mentions)
    store.remerge(sorted(batch), merge=merge_mentions)
    found = {s.article_id: e for e in store.iter_events(ALL) for s in e.sources}
    store.review_event(
        found["a1"].event_id,
        action="edit",
        fields={"fatalities": 40, "admin1": "Baghdad Governorate"},
        user="desk",
    )
    store.review_event(found["a5"].event_id, action="reject", user="desk")
    store.add_article(article("a0"))
    store.save_article_events("a0", [mention("a0", fatalities=12)])
    store.remerge(["a0"], merge=merge_mentions)
    return store


def streamed(store: Store, q: EventQuery) -> EventTally:
    """The reference: one pass over the events, as the run's summary used to count."""
    n: Counter[object] = Counter()
    dead: Counter[object] = Counter()
    for event in store.iter_events(q):
        for key in (event.event_type, (event.admin1 or None, event.country or None)):
            n[key] += 1
            dead[key] += event.fatalities or 0
    types = sorted((k for k in n if isinstance(k, EventType)), key=lambda k: (-n[k], k.value))
    places = sorted(
        (k for k in n if isinstance(k, tuple)),
        key=lambda k: (-n[k], tuple(p or "" for p in k)),
    )
    return EventTally.model_validate(
        {
            "events": sum(n[k] for k in types),
            "fatalities": sum(dead[k] for k in types),
            "by_type": [{"event_type": k, "events": n[k], "fatalities": dead[k]} for k in types],
            "by_place": [
                {"admin1": k[0], "country": k[1], "events": n[k], "fatalities": dead[k]}
                for k in places
            ],
        }
    )


def test_the_tally_equals_a_streamed_pass_with_reviews_and_unknown_places(
    reviewed: Store,
) -> None:
    for q in (
        EventQuery(),
        EventQuery(include_rejected=True),
        EventQuery(status=Status.REJECTED),
        EventQuery(country="iraq"),
        EventQuery(date_from=date(2019, 1, 1), event_type=EventType.PROTESTS),
    ):
        assert reviewed.tally(q) == streamed(reviewed, q), q


def test_the_tally_counts_reviews_as_they_show(reviewed: Store) -> None:
    tally = reviewed.tally(EventQuery())
    places = {(p.admin1, p.country): (p.events, p.fatalities) for p in tally.by_place}
    # the edit moved the bombing and set its toll; the later report did not undo it
    assert places[("Baghdad Governorate", "Iraq")] == (1, 40)
    assert places[(None, None)] == (1, 0)
    assert places[(None, "Syria")] == (1, 4)
    # the rejected airstrike in Idlib is left out, as from `iter_events`
    assert ("Idlib", "Syria") not in places
    assert reviewed.tally(EventQuery(include_rejected=True)).events == tally.events + 1
    assert tally.events == sum(t.events for t in tally.by_type) == sum(places[k][0] for k in places)
    assert [p.events for p in tally.by_place] == sorted(
        (p.events for p in tally.by_place), reverse=True
    )


def test_an_empty_store_tallies_to_nothing(store: Store) -> None:
    assert store.tally(EventQuery()) == EventTally(events=0, fatalities=0, by_type=[], by_place=[])


def test_place_labels() -> None:
    assert place_label("Diyala", "Iraq") == "Diyala, Iraq"
    assert place_label(None, "Syria") == "Syria"
    assert place_label("Idlib", None) == "Idlib"
    assert place_label(None, None) == "unknown place"
    assert place_label("", "") == "unknown place"


def test_the_run_summary_prints_the_tally(
    reviewed: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    _print_summary(reviewed.tally(EventQuery()))
    out = capsys.readouterr().out
    kept = list(reviewed.iter_events(EventQuery()))
    toll = sum(e.fatalities or 0 for e in kept)
    assert f"{len(kept)} events in the store, {toll} reported fatalities" in out
    lines = {" ".join(line.strip("│┃ ").split()) for line in out.splitlines()}
    assert any(line.startswith("unknown place │ 1 │ 0") for line in lines), out
    assert any(line.startswith("Baghdad Governorate, Iraq │ 1 │ 40") for line in lines), out
    assert "Idlib" not in out


def summed_stats(store: Store, q: EventQuery, period: str) -> list[PeriodTotal]:
    """The reference: `Store.stats` rows added up over admin1 and event type."""
    totals: dict[date, list[int]] = {}
    for row in store.stats(q, period=period):  # type: ignore[arg-type]
        cell = totals.setdefault(row.period_start, [0, 0])
        cell[0] += row.events
        cell[1] += row.fatalities
    return [
        PeriodTotal(period_start=start, events=n, fatalities=dead)
        for start, (n, dead) in sorted(totals.items())
    ]


def test_period_totals_equal_the_stats_summed_over_places_and_types(reviewed: Store) -> None:
    for period in ("day", "week", "month"):
        for q in (EventQuery(), EventQuery(include_rejected=True), EventQuery(country="Iraq")):
            totals = reviewed.period_totals(q, period=period)  # type: ignore[arg-type]
            assert totals == summed_stats(reviewed, q, period), (period, q)
    weeks = reviewed.period_totals(EventQuery(), period="week")
    assert all(w.period_start.weekday() == 0 for w in weeks)
    assert sum(w.events for w in weeks) == sum(1 for e in reviewed.iter_events(EventQuery()))
    with pytest.raises(StoreError) as info:
        reviewed.period_totals(EventQuery(), period="year")  # type: ignore[arg-type]
    assert info.value.code == "bad_period"


def test_the_timeline_endpoint_serves_the_period_totals(reviewed: Store, tmp_path: Path) -> None:
    client = TestClient(create_app(store=reviewed, settings=Settings(db=str(tmp_path / "x.db"))))
    totals = client.get("/stats/totals", params={"period": "month", "country": "Iraq"})
    assert totals.status_code == 200
    rows = client.get("/stats", params={"period": "month", "country": "Iraq"}).json()
    by_month: dict[str, list[int]] = {}
    for row in rows:
        cell = by_month.setdefault(row["period_start"], [0, 0])
        cell[0] += row["events"]
        cell[1] += row["fatalities"]
    assert totals.json() == [
        {"period_start": start, "events": n, "fatalities": dead}
        for start, (n, dead) in sorted(by_month.items())
    ]
    bad = client.get("/stats/totals", params={"period": "year"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
