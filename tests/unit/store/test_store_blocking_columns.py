"""The blocking columns of ``mentions`` (revision 0003): time precision and event family are
stored with each mention, filled from the payloads of mentions stored before, and a re-merge
finds candidates from them, parsing only the payloads a merge can reach."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, select, text, update
from store_factories import article, corpus, mention

from sitrep.merge import merge_mentions
from sitrep.model import Event, EventQuery, SubEventType, TimePrecision
from sitrep.store import Store, merging
from sitrep.store.engine import MIGRATIONS
from sitrep.store.merging import parse_counts
from sitrep.store.tables import mentions

ALL = EventQuery(include_rejected=True, sort="event_id")


@pytest.fixture(autouse=True)
def _empty_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merging, "_parsed", type(merging._parsed)())
    parse_counts.update(hits=0, misses=0)


def _columns(url: str) -> dict[str, tuple[int | None, str | None]]:
    engine = create_engine(url)
    with engine.connect() as conn:
        q = select(mentions.c.id, mentions.c.time_precision, mentions.c.family)
        found = {mid: (precision, family) for mid, precision, family in conn.execute(q)}
    engine.dispose()
    return found


def test_new_mentions_store_their_precision_and_family(
    open_store: Callable[[str | None], Store], db_url: str
) -> None:
    store = open_store(None)
    store.add_article(article("a1"))
    store.save_article_events(
        "a1",
        [
            mention("a1", precision=TimePrecision.WEEK),
            mention("a1", mid="e2", sub=SubEventType.PEACEFUL_PROTEST, text="Crowds marched."),
            mention("a1", mid="e3", sub=SubEventType.ARRESTS, day=None, text="Police held two."),
        ],
    )
    assert sorted(_columns(db_url).values(), key=str) == sorted(
        [(2, "violence"), (1, "demonstration"), (1, "strategic")], key=str
    )


def test_migration_fills_the_columns_from_the_payloads(db_url: str) -> None:
    engine = create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    rows = [
        ("m1", mention("a1", precision=TimePrecision.MONTH)),
        ("m2", mention("a1", mid="e2", sub=SubEventType.VIOLENT_DEMONSTRATION, text="A riot.")),
    ]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002_near_duplicates")
        a1 = article("a1")
        conn.execute(
            text(
                "INSERT INTO articles (id, url, content_hash, published, outlet, processed,"
                " merge_pending, payload) VALUES ('a1', NULL, :h, NULL, NULL, :t, :f, :p)"
            ),
            {"h": a1.content_hash, "p": a1.model_dump_json(), "t": True, "f": False},
        )
        for seq, (mid, ev) in enumerate(rows):
            conn.execute(
                text(
                    "INSERT INTO mentions (id, article_id, seq, country_key, admin1_key,"
                    " event_date, event_id, payload) VALUES (:id, 'a1', :seq, 'iraq',"
                    " 'baghdad', :day, NULL, :p)"
                ),
                {"id": mid, "seq": seq, "day": ev.event_date, "p": ev.model_dump_json()},
            )
    engine.dispose()
    with Store.open(db_url, merge=merge_mentions) as store:
        assert _columns(db_url) == {"m1": (3, "violence"), "m2": (1, "demonstration")}
        store.remerge(["a1"])
        assert store.count_events(ALL) == 2


def _spread(store: Store, n: int, start: date) -> None:
    """``n`` one-mention articles in Baghdad, one every third day: no two are candidates."""
    for k in range(n):
        aid = f"s{k:02d}"
        day = start + timedelta(days=3 * k)
        store.add_article(article(aid))
        store.save_article_events(aid, [mention(aid, day=day, location=f"Place {k}")])
        store.remerge([aid])


def test_a_remerge_parses_only_the_mentions_a_merge_can_reach(
    open_store: Callable[[str | None], Store],
) -> None:
    store = open_store(None)
    _spread(store, 20, date(2018, 1, 1))
    merging._parsed.clear()
    parse_counts.update(hits=0, misses=0)
    day = date(2018, 1, 1) + timedelta(days=30)  # the day of s10: its only candidate
    store.add_article(article("new"))
    store.save_article_events("new", [mention("new", day=day, location="Place 10")])
    store.remerge(["new"])
    # the neighbourhood holds every s-article within a month of it (all twenty); the new
    # mention and s10 are the only payloads a merge needs
    assert parse_counts["misses"] == 2
    members = {tuple(store.event_members(e.event_id)) for e in store.iter_events(ALL)}
    assert len(members) == 20
    assert any(len(m) == 2 for m in members)


def test_rows_without_a_family_are_read_from_their_payload(
    open_store: Callable[[str | None], Store],
) -> None:
    reference = open_store("reference")
    for aid, evs in sorted(corpus().items()):
        reference.add_article(article(aid))
        reference.save_article_events(aid, evs)
    reference.remerge_all()
    expected = [e.model_dump(mode="json") for e in reference.iter_events(ALL)]
    store = open_store("legacy")
    for aid, evs in sorted(corpus().items()):
        store.add_article(article(aid))
        store.save_article_events(aid, evs)
    with store._engine.begin() as conn:
        conn.execute(update(mentions).values(family=None, time_precision=None))
    for aid in sorted(corpus()):
        store.remerge([aid])
    assert [e.model_dump(mode="json") for e in store.iter_events(ALL)] == expected


def test_pair_scores_are_kept_between_remerges_while_the_payloads_last(
    open_store: Callable[[str | None], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitrep.merge import clustering

    monkeypatch.setattr(merging, "_pairs", type(merging._pairs)())
    scored: list[tuple[str, str]] = []
    real = clustering.score_pair

    def counting(a: Event, b: Event, **kw: Any) -> Any:
        scored.append((a.event_id, b.event_id))
        return real(a, b, **kw)

    monkeypatch.setattr(clustering, "score_pair", counting)
    store = open_store(None)
    for aid in ("a1", "a2"):
        store.add_article(article(aid))
        store.save_article_events(aid, [mention(aid, fatalities=26)])
        store.remerge([aid])
    first = len(scored)
    assert first == 1  # a1 / a2
    # a third report: a1 and a2 are targets again, and their pair is not scored again
    store.add_article(article("a3"))
    store.save_article_events("a3", [mention("a3", fatalities=31)])
    store.remerge(["a3"])
    assert len(scored) == first + 2
    assert len(set(scored)) == len(scored)
    # a2 told differently: every pair with it is scored afresh
    store.save_article_events("a2", [mention("a2", fatalities=40)])
    store.remerge(["a2"])
    with store._engine.connect() as conn:
        q = select(mentions.c.id).where(mentions.c.article_id == "a2")
        a2 = conn.execute(q).scalar_one()
    again = scored[first + 2 :]
    assert len(again) == 2 and all(a2 in pair for pair in again)
    bombing = next(iter(store.iter_events(ALL)))
    assert bombing.fatalities == 26 and len(bombing.sources) == 3


def test_a_day_dated_mention_loads_day_dated_neighbours_of_a_few_days_only(
    open_store: Callable[[str | None], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(None)
    _spread(store, 20, date(2018, 1, 1))  # s00 .. s19, one every third day, to the day
    month = date(2018, 2, 1)  # 1 Feb, month precision: it may lie on any day of February
    store.add_article(article("m"))
    store.save_article_events("m", [mention("m", day=month, precision=TimePrecision.MONTH)])
    store.remerge(["m"])
    loaded: list[set[str]] = []
    load = merging._Component.load_neighbourhood

    def recording(self: Any, targets: Any) -> None:
        load(self, targets)
        loaded.append({row.article_id for row in self.rows.values()})

    monkeypatch.setattr(merging._Component, "load_neighbourhood", recording)
    day = date(2018, 1, 1) + timedelta(days=30)  # the day of s10
    store.add_article(article("new"))
    store.save_article_events("new", [mention("new", day=day, location="Place 10")])
    store.remerge(["new"])
    # before, every s-article within a month (all twenty) was read; now the ones dated
    # within two days (s10 only), and the month-dated one, whose February reaches it
    assert loaded and loaded[0] == {"new", "s10", "m"}
    members = {tuple(store.event_members(e.event_id)) for e in store.iter_events(ALL)}
    assert len(members) == 20 and any(len(m) == 2 for m in members)
