"""Incremental re-merge through the store: idempotent, order-independent, complete."""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Iterable
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from store_factories import article, corpus, mention

from sitrep.merge import merge_mentions
from sitrep.model import Event, EventQuery, MergedEvent, SubEventType, stable_id
from sitrep.store import Store

ALL = EventQuery(include_rejected=True, sort="event_id")


def load(store: Store, order: list[str], batch: int = 1) -> None:
    mentions = corpus()
    pending: list[str] = []
    for aid in order:
        store.add_article(article(aid))
        store.save_article_events(aid, mentions[aid])
        pending.append(aid)
        if len(pending) >= batch:
            store.remerge(pending, merge=merge_mentions)
            pending = []
    store.remerge(pending, merge=merge_mentions)


def snapshot(store: Store) -> list[dict[str, object]]:
    return [e.model_dump(mode="json") for e in store.iter_events(ALL)]


def test_remerge_builds_the_expected_events(store: Store) -> None:
    load(store, sorted(corpus()), batch=10)
    events = list(store.iter_events(ALL))
    assert len(events) == 4
    bombing = next(e for e in events if len(e.sources) == 4)
    assert sorted(s.article_id for s in bombing.sources) == ["a1", "a2", "a3", "a6"]
    assert bombing.fatalities == 26
    assert "Reported fatalities range 26–35 across 3 sources." in (bombing.notes or "")
    assert store.get_event(bombing.event_id) == bombing
    why = store.explain_event(bombing.event_id)
    assert why and all("score" in line or "must-link" in line for line in why)
    assert len(store.event_members(bombing.event_id)) == 4
    assert store.pending_articles() == []


def test_same_result_whatever_the_arrival_order(open_store: Callable[[str | None], Store]) -> None:
    reference = open_store("ref")
    load(reference, sorted(corpus()), batch=100)
    expected = snapshot(reference)
    rng = random.Random(11)
    for run in range(4):
        order = sorted(corpus())
        rng.shuffle(order)
        fresh = open_store(f"run{run}")
        load(fresh, order, batch=rng.choice([1, 2, 3]))
        assert snapshot(fresh) == expected, order


def test_remerge_is_idempotent(store: Store) -> None:
    load(store, sorted(corpus()))
    before = snapshot(store)
    stats = store.remerge_all(merge=merge_mentions)
    assert stats.events_written == 0 and stats.events_removed == 0
    assert stats.events_unchanged == len(before)
    assert snapshot(store) == before


def test_reextraction_replaces_an_articles_contribution(store: Store) -> None:
    load(store, sorted(corpus()))
    store.save_article_events("a2", [])
    store.remerge(["a2"], merge=merge_mentions)
    bombing = next(e for e in store.iter_events(ALL) if len(e.sources) >= 3)
    assert sorted(s.article_id for s in bombing.sources) == ["a1", "a3", "a6"]
    store.save_article_events("a5", [])
    store.remerge([], merge=merge_mentions)
    assert not any(s.article_id == "a5" for e in store.iter_events(ALL) for s in e.sources)
    assert len(snapshot(store)) == 3


def test_pending_articles_are_merged_by_the_next_remerge(store: Store) -> None:
    store.add_article(article("a1"))
    store.save_article_events("a1", [mention("a1")])
    assert store.count_events(ALL) == 0
    stats = store.remerge([], merge=merge_mentions)  # a crash lost the batch list
    assert stats.mentions == 1 and store.count_events(ALL) == 1


def test_incremental_equals_one_full_merge_on_a_dense_random_set(store: Store) -> None:
    from datetime import date, timedelta

    from sitrep.model import SubEventType, TimePrecision, stable_id

    rng = random.Random(5)
    by_article: dict[str, list] = {}  # type: ignore[type-arg]
    for i in range(160):
        aid = f"r{i:03d}"
        incident = rng.randrange(60)
        irng = random.Random(incident)
        by_article[aid] = [
            mention(
                aid,
                sub=irng.choice([SubEventType.ARMED_CLASH, SubEventType.SUICIDE_BOMB]),
                day=date(2020, 1, 1) + timedelta(days=irng.randrange(150)),
                precision=rng.choice([TimePrecision.DAY] * 4 + [TimePrecision.MONTH]),
                country=irng.choice(["Iraq", "Syria"]),
                admin1=rng.choice([irng.choice(["A", "B"]), None]),
                location=irng.choice(["X", "Y"]),
                lat=None,
                lon=None,
                fatalities=irng.randrange(9) + rng.randrange(2),
                text=f"incident {incident}",
            )
        ]
    order = sorted(by_article)
    rng.shuffle(order)
    for start in range(0, len(order), 7):
        chunk = order[start : start + 7]
        for aid in chunk:
            store.add_article(article(aid))
            store.save_article_events(aid, by_article[aid])
        store.remerge(chunk, merge=merge_mentions)
    stored = {e.event_id: sorted(s.article_id for s in e.sources) for e in store.iter_events(ALL)}
    full = merge_mentions(
        m.model_copy(update={"event_id": stable_id("mn", aid, m.event_id)})
        for aid in by_article
        for m in by_article[aid]
    )
    expected = {c.event.event_id: sorted(s.article_id for s in c.event.sources) for c in full}
    assert len(expected) < 160  # the set really merges
    assert stored == expected


def test_merge_is_not_asked_again_when_nothing_new_was_loaded(
    open_store: Callable[[str | None], Store],
) -> None:
    calls: list[tuple[int, int]] = []

    def counting(mentions: Iterable[Event], **links: Any) -> list[MergedEvent]:
        batch = list(mentions)
        calls.append((len(batch), len(links["focus"])))
        return merge_mentions(batch, **links)

    reference = open_store("reference")
    load(reference, sorted(corpus()))
    expected = snapshot(reference)
    store = open_store("counted")
    per_remerge = []
    for aid in sorted(corpus()):
        store.add_article(article(aid))
        store.save_article_events(aid, corpus()[aid])
        store.remerge([aid], merge=counting)
        per_remerge.append(list(calls))
        calls.clear()
    # each call saw more mentions, or was asked about more of them (a grown linked
    # component), than the one before it in the same re-merge
    for sizes in per_remerge:
        for (n0, f0), (n1, f1) in pairwise(sizes):
            assert n0 <= n1 and f0 <= f1 and (n0, f0) != (n1, f1), per_remerge
    assert any(len(sizes) > 1 for sizes in per_remerge)
    assert snapshot(store) == expected


def test_a_merge_function_without_focus_still_merges_the_same(
    open_store: Callable[[str | None], Store],
) -> None:
    """A merge function written before ``focus``/``memo`` existed is called without them."""

    def older(
        mentions: Iterable[Event],
        *,
        must_link: Collection[tuple[str, str]],
        cannot_link: Collection[tuple[str, str]],
    ) -> list[MergedEvent]:
        return merge_mentions(list(mentions), must_link=must_link, cannot_link=cannot_link)

    reference = open_store("reference")
    load(reference, sorted(corpus()))
    store = open_store("older")
    for aid in sorted(corpus()):
        store.add_article(article(aid))
        store.save_article_events(aid, corpus()[aid])
        store.remerge([aid], merge=older)
    assert snapshot(store) == snapshot(reference)


def _cascade(days: int) -> dict[str, list[Event]]:
    """One clash a day in the same district whose reports grow less alike day by day: the
    full merge pairs day 0 with day 1, day 2 with day 3 and so on (each pair scores above
    the next one, and reports two days apart are vetoed), so a report of day -1 that
    joins day 0 shifts every pair down the chain."""
    return {
        f"c{i:03d}": [_clash(f"c{i:03d}", _START + timedelta(days=i), i + 1)] for i in range(days)
    }


_START = date(2021, 1, 1)


def _clash(aid: str, day: date, unlike: int = 0) -> Event:
    """A clash near Hawija whose wording differs from the bare report by ``unlike`` letters."""
    tail = ("k" if unlike % 2 else "z") * (unlike + 1)
    return mention(
        aid,
        sub=SubEventType.ARMED_CLASH,
        day=day,
        location="Hawija",
        admin1="Kirkuk",
        lat=35.33,
        lon=43.77,
        actor1="Islamic State",
        text=f"Islamic State fighters clashed with the army near Hawija {tail}.",
    )


def _remerge_one_more(store: Store, chain: dict[str, list[Event]], new: Event) -> list[date]:
    """Store and merge every article of ``chain``, then add article ``x`` telling ``new``
    and re-merge it alone; the dates of the mentions that re-merge handed to merge."""
    seen: list[date] = []

    def counting(mentions: Iterable[Event], **links: Any) -> list[MergedEvent]:
        batch = list(mentions)
        seen.extend(m.event_date for m in batch if m.event_date is not None)
        return merge_mentions(batch, **links)

    for aid in sorted(chain):
        store.add_article(article(aid))
        store.save_article_events(aid, chain[aid])
    store.remerge_all(merge=merge_mentions)
    store.add_article(article("x"))
    store.save_article_events("x", [new])
    store.remerge(["x"], merge=counting)
    return seen


def _groups(store: Store) -> list[list[str]]:
    """The stored events as sorted lists of their articles."""
    return sorted(sorted(s.article_id for s in e.sources) for e in store.iter_events(ALL))


def _full_merge(reports: dict[str, list[Event]]) -> list[list[str]]:
    """What one merge of every report makes, as `_groups` shows it."""
    full = merge_mentions(
        m.model_copy(update={"event_id": stable_id("mn", aid, m.event_id)})
        for aid in reports
        for m in reports[aid]
    )
    return sorted(sorted(s.article_id for s in c.event.sources) for c in full)


def test_a_chain_of_changes_is_followed_only_as_far_as_the_horizon(
    open_store: Callable[[str | None], Store],
) -> None:
    from sitrep.merge.blocking import widening_days
    from sitrep.store.merging import DEFAULT_WINDOW_DAYS, HORIZON_DAYS

    chain = _cascade(150)
    new = _clash("x", _START - timedelta(days=1))
    store = open_store("chain")
    seen = _remerge_one_more(store, chain, new)
    # the farthest a bounded re-merge loads: a target at the horizon, widened by its own
    # window and the widest window another mention can have
    reach = HORIZON_DAYS + widening_days(None) + DEFAULT_WINDOW_DAYS + 1
    assert HORIZON_DAYS <= (max(seen) - _START).days <= reach
    # the table is still a partition of the mentions; within the horizon it is the full
    # merge's, past it the pairs were not shifted (the price of the bound)
    groups = _groups(store)
    assert sorted(a for g in groups for a in g) == sorted([*chain, "x"])
    expected = _full_merge({**chain, "x": [new]})
    assert ["c000", "x"] in groups and ["c001", "c002"] in groups
    near = [g for g in groups if max(g) < f"c{HORIZON_DAYS - 2:03d}"]
    assert len(near) > 20 and all(g in expected for g in near)
    assert groups != expected


def test_without_a_horizon_a_chain_of_changes_is_followed_to_its_end(tmp_path: Any) -> None:
    chain = _cascade(150)
    new = _clash("x", _START - timedelta(days=1))
    store = Store.open(f"sqlite:///{tmp_path / 'all.db'}", merge=merge_mentions, horizon_days=None)
    before = _full_merge(chain)
    assert ["c000", "c001"] in before and ["c148", "c149"] in before
    seen = _remerge_one_more(store, chain, new)
    assert max(seen) == _START + timedelta(days=149)  # every pair moved, to the last
    assert _groups(store) == _full_merge({**chain, "x": [new]})
    store.close()


def test_an_event_found_again_unchanged_stops_the_re_merge(tmp_path: Any) -> None:
    """A report that joins the last pair of the chain changes that event only: the events
    linked to it are re-clustered once, found as they were, and their own links are not
    followed, even with no horizon."""
    chain = _cascade(150)
    new = _clash("x", _START + timedelta(days=149), 400)
    store = Store.open(f"sqlite:///{tmp_path / 'all.db'}", merge=merge_mentions, horizon_days=None)
    seen = _remerge_one_more(store, chain, new)
    assert (_START + timedelta(days=149) - min(seen)).days <= 7
    assert _groups(store) == _full_merge({**chain, "x": [new]})
    store.close()


def _district(seed: int, articles: int, per_incident: int) -> dict[str, list[Event]]:
    """A dense district: about ``per_incident`` reports of each of its incidents within 20
    days and three towns, which mostly agree on tactic, actor, toll and wording and
    sometimes do not, so that the full merge both joins and keeps apart."""
    subs = [
        SubEventType.ARMED_CLASH,
        SubEventType.SUICIDE_BOMB,
        SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        SubEventType.AIR_DRONE_STRIKE,
    ]
    towns = [("Hawija", 35.33, 43.77), ("Daquq", 35.14, 44.45), ("Kirkuk", 35.47, 44.39)]
    actors = ["Islamic State", "Military Forces of Iraq", None, "Popular Mobilization Forces"]
    rng = random.Random(seed)
    out: dict[str, list[Event]] = {}
    for i in range(articles):
        aid = f"a{i:03d}"
        incident = rng.randrange(max(2, articles // per_incident))
        irng = random.Random(seed * 1000 + incident)
        town, lat, lon = irng.choice(towns)
        sub = irng.choice(subs)
        told = incident if rng.random() < 0.7 else rng.randrange(40)
        out[aid] = [
            mention(
                aid,
                sub=sub if rng.random() < 0.85 else rng.choice(subs),
                day=date(2021, 3, 1) + timedelta(days=irng.randrange(20) + rng.choice((0, 0, 1))),
                admin1="Kirkuk",
                location=town,
                lat=lat,
                lon=lon,
                fatalities=irng.randrange(1, 12) + rng.randrange(3) if rng.random() < 0.8 else None,
                actor1=irng.choice(actors) if rng.random() < 0.8 else rng.choice(actors),
                text=f"Fighting near {town} left several dead, officials said of incident {told}.",
            )
        ]
    return out


# orders in which a change travels through events that were linked but kept apart: a
# re-merge that never follows a link gets these wrong (found among 300 seeds)
@pytest.mark.parametrize(("seed", "per_incident"), [(10, 4), (25, 4), (31, 8)])
def test_a_dense_district_merges_as_a_whole_whatever_the_order(
    seed: int, per_incident: int
) -> None:
    reports = _district(seed, 80, per_incident)
    rng = random.Random(seed)
    order = sorted(reports)
    rng.shuffle(order)
    store = Store.open("sqlite://", merge=merge_mentions, horizon_days=None)
    pending: list[str] = []
    for aid in order:
        store.add_article(article(aid))
        store.save_article_events(aid, reports[aid])
        pending.append(aid)
        if len(pending) >= rng.choice([1, 1, 2, 3]):
            store.remerge(pending)
            pending = []
    store.remerge(pending)
    expected = _full_merge(reports)
    assert sum(len(g) > 1 for g in expected) >= 8
    assert _groups(store) == expected
    store.close()


def test_the_horizon_is_measured_from_each_seed_not_their_span() -> None:
    from sitrep.store.merging import _Component, _Row

    component = _Component(None, 31)  # type: ignore[arg-type]
    key = ("iraq", "kirkuk")
    days = {
        "new": date(2021, 6, 1),
        "background": date(2018, 1, 15),
        "near-new": date(2021, 5, 1),
        "near-old": date(2018, 2, 20),
        "between": date(2019, 9, 1),
        "undated": None,
    }
    for mid, day in days.items():
        component.rows[mid] = _Row(key, day, None, "a", None, None)
    within = component.horizon({"new", "background"}, 62)
    assert within(days) == {"new", "background", "near-new", "near-old", "undated"}
    assert component.horizon({"new"}, None)(days) == set(days)
