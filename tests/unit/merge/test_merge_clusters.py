"""Clustering: same incident joins, distinct incidents stay apart, order never matters."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from merge_factories import mention, tayaran_reports

from sitrep.errors import MergeError
from sitrep.merge import candidate_pairs, merge_mentions, merged_event_id
from sitrep.model import Event, GeoPrecision, SubEventType, TimePrecision


def clusters(events: list) -> list[list[str]]:  # type: ignore[type-arg]
    return sorted(sorted(m.members) for m in merge_mentions(events))


def test_three_outlets_and_a_background_recollection_make_one_event() -> None:
    merged = merge_mentions(tayaran_reports())
    assert len(merged) == 1
    event = merged[0].event
    assert len(event.sources) == 4
    assert event.fatalities == 26  # lowest figure among non-background sources
    assert event.injuries == 90
    assert event.time_precision == TimePrecision.DAY
    assert event.event_date == date(2018, 1, 15)
    assert event.notes is not None
    assert "Reported fatalities range 26–35 across 3 sources." in event.notes
    assert "Reported injuries range 90–94 across 2 sources." in event.notes
    assert sorted(s.fatalities or 0 for s in event.sources) == [26, 31, 35, 35]
    assert any("background mention joins on place" in line for line in merged[0].why)


def test_confidence_rises_with_independent_outlets_not_copies() -> None:
    single = merge_mentions([mention("a", outlet="Reuters")])[0].event
    afp = mention("b", outlet="AFP", text="Suicide bombers struck Tayaran Square in Baghdad.")
    two = merge_mentions([mention("a", outlet="Reuters"), afp])[0].event
    copies = merge_mentions([mention("a", outlet="Reuters"), mention("c", outlet="Reuters")])
    assert single.confidence == pytest.approx(0.6)
    assert two.confidence == pytest.approx(0.84)
    assert len(copies) == 1
    assert copies[0].event.confidence == pytest.approx(0.6)
    syndicated = merge_mentions([mention("a", outlet="Reuters"), mention("d", outlet="Daily Star")])
    assert len(syndicated) == 1  # same wording under another name: one voice
    assert syndicated[0].event.confidence == pytest.approx(0.6)


def test_two_incidents_same_town_same_day_different_tactics_stay_apart() -> None:
    bombing = mention("a", sub=SubEventType.SUICIDE_BOMB, location="Tikrit", admin1="Salah al-Din")
    clash = mention(
        "b",
        sub=SubEventType.ARMED_CLASH,
        location="Tikrit",
        admin1="Salah al-Din",
        text="Gunmen clashed with police in Tikrit.",
    )
    merged = merge_mentions([bombing, clash])
    assert len(merged) == 2
    assert all(len(m.members) == 1 for m in merged)


def test_one_article_telling_one_incident_twice_gives_one_event() -> None:
    headline = mention(
        "a",
        mid="e1",
        fatalities=19,
        text="Nineteen killed as suicide bombers strike Tayaran Square.",
    )
    detail = mention(
        "a",
        mid="e2",
        text="The bombers detonated their belts among labourers waiting for work in the square.",
    )
    other_outlet = mention("b", fatalities=21)
    merged = merge_mentions([headline, detail, other_outlet])
    assert [m.members for m in merged] == [["a:e1", "a:e2", "b:e1"]]
    assert merged[0].event.fatalities == 19


@pytest.mark.parametrize(
    ("second", "reason"),
    [
        (
            mention("a", mid="e2", fatalities=3, text="A bomb in Tayaran Square killed three."),
            "different death tolls",
        ),
        (
            mention("a", mid="e2", text="Hours later another bomber struck Tayaran Square."),
            "marked as another incident",
        ),
        (
            mention(
                "a",
                mid="e2",
                sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                text="A roadside bomb went off in Tayaran Square.",
            ),
            "different tactics",
        ),
        (
            mention(
                "a",
                mid="e2",
                day=date(2018, 1, 16),
                text="Bombers struck Tayaran Square again on the next morning.",
            ),
            "next day",
        ),
        (
            mention(
                "a",
                mid="e2",
                actor1="Islamic State (Iraq)",
                text="Islamic State bombers blew themselves up in Tayaran Square.",
            ),
            "different perpetrators",
        ),
    ],
)
def test_two_incidents_told_in_one_article_stay_apart(second: Event, reason: str) -> None:
    first = mention(
        "a",
        fatalities=7,
        actor1="Unidentified Armed Group (Iraq)",
        text="A suicide bomber killed seven in Tayaran Square.",
    )
    merged = merge_mentions([first, second, mention("b")])
    for cluster in merged:
        articles = [m.split(":")[0] for m in cluster.members]
        assert len(articles) == len(set(articles)), reason
    assert len(merged) == 2, reason


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        (mention("b", admin1="Anbar"), "different admin1"),
        (mention("b", day=date(2018, 1, 17)), "two days apart"),
        (mention("b", country="Syria"), "different country"),
        (mention("b", location="Sadr City", text="A bomb exploded in Sadr City."), "towns"),
        (mention("b", sub=SubEventType.PEACEFUL_PROTEST, text="Protesters gathered."), "family"),
    ],
)
def test_near_misses_stay_apart(other: object, reason: str) -> None:
    assert len(merge_mentions([mention("a"), other])) == 2, reason  # type: ignore[list-item]


def test_chaining_guard_keeps_two_incidents_apart_through_a_vague_bridge() -> None:
    early = mention("a", day=date(2018, 1, 3), fatalities=5)
    late = mention("b", day=date(2018, 1, 20), fatalities=6)
    bridge = mention("c", day=date(2018, 1, 1), precision=TimePrecision.MONTH, fatalities=5)
    merged = merge_mentions([early, late, bridge])
    groups = [set(m.members) for m in merged]
    assert not any({"a:e1", "b:e1"} <= g for g in groups)
    assert len(merged) == 2
    # the refused join is reported, so the store reloads both incidents together
    lone = next(m for m in merged if len(m.members) == 1)
    assert lone.linked == ["c:e1"]
    assert any("kept apart" in line for m in merged for line in m.why)


def test_cluster_result_does_not_depend_on_input_order() -> None:
    events = [*tayaran_reports()]
    for i in range(12):
        events.append(
            mention(
                f"x{i}",
                sub=[SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE][i % 2],
                day=date(2018, 1, 10 + i % 4),
                location=["Mosul", "Tal Afar", "Tel Afar"][i % 3],
                admin1="Nineveh",
                fatalities=i,
                text=f"Report {i % 4} of fighting near the town.",
            )
        )
    # an article telling the bombing twice, and a province-level recollection naming the square
    events.append(mention("reuters-1", mid="e2", text="The bombers struck at the morning rush."))
    events.append(
        mention(
            "analysis-2019",
            location="Baghdad",
            geo=GeoPrecision.REGION,
            precision=TimePrecision.MONTH,
            day=date(2018, 1, 1),
            background=True,
            text="In January 2018 twin bombers killed dozens in Tayaran Square.",
        )
    )
    expected = [m.model_dump() for m in merge_mentions(events)]
    assert any(len(m.members) == 6 for m in merge_mentions(events))
    rng = random.Random(7)
    for _ in range(30):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert [m.model_dump() for m in merge_mentions(shuffled)] == expected


def test_merged_event_id_is_hash_of_smallest_member() -> None:
    merged = merge_mentions(tayaran_reports())[0]
    assert merged.event.event_id == merged_event_id(merged.members)
    assert merged.event.event_id == merged_event_id(["afp-1:e1"])


def test_must_link_and_cannot_link_overrides() -> None:
    a, b = mention("a"), mention("b", admin1="Anbar", location="Ramadi")
    assert len(merge_mentions([a, b])) == 2
    joined = merge_mentions([a, b], must_link=[("b:e1", "a:e1")])
    assert [m.members for m in joined] == [["a:e1", "b:e1"]]
    assert any("must-link" in line for line in joined[0].why)
    c = mention("c")
    apart = merge_mentions([a, c], cannot_link=[("a:e1", "c:e1")])
    assert len(apart) == 2
    with pytest.raises(MergeError) as info:
        merge_mentions([a, c], must_link=[("a:e1", "c:e1")], cannot_link=[("c:e1", "a:e1")])
    assert info.value.code == "contradictory_overrides"


def test_coordinates_decide_when_names_differ() -> None:
    a = mention("a", location="Tahrir Square", lat=33.3406, lon=44.4009)
    b = mention("b", location="Tahrir Sq., Baghdad", lat=33.3410, lon=44.4012)
    far = mention("c", location="Basra", admin1=None, lat=30.5, lon=47.8)
    merged = merge_mentions([a, b, far])
    assert sorted(m.members for m in merged) == [["a:e1", "b:e1"], ["c:e1"]]


def test_reconciled_place_takes_most_precise_report() -> None:
    vague = mention("a", location=None, geo=GeoPrecision.REGION, text="A suicide bomb in Baghdad.")
    exact = mention("b", lat=33.33, lon=44.42)
    event = merge_mentions([vague, exact])[0].event
    assert event.location == "Tayaran Square"
    assert event.latitude == pytest.approx(33.33)


def test_undated_mentions_are_never_merged_automatically() -> None:
    a, b = mention("a", day=None), mention("b", day=None)
    assert len(merge_mentions([a, b])) == 2


def test_candidate_pairs_match_brute_force_on_random_windows() -> None:
    rng = random.Random(3)
    events = [
        mention(
            f"r{i}",
            country=rng.choice(["Iraq", "Syria", "iraq"]),
            day=date(2020, 1, 1).fromordinal(date(2020, 1, 1).toordinal() + rng.randrange(120)),
            precision=rng.choice(list(TimePrecision)),
            sub=rng.choice([SubEventType.ARMED_CLASH, SubEventType.PEACEFUL_PROTEST]),
            admin1=rng.choice(["Baghdad", "baghdad", "Anbar", None]),
        )
        for i in range(150)
    ]
    from sitrep.merge import date_window, family_of

    def compatible(x: int, y: int) -> bool:
        a, b = events[x], events[y]
        wa, wb = date_window(a), date_window(b)
        assert wa is not None and wb is not None
        same_block = (a.country or "").casefold() == (b.country or "").casefold() and family_of(
            a.event_type
        ) == family_of(b.event_type)
        adm_a, adm_b = (a.admin1 or "").casefold(), (b.admin1 or "").casefold()
        same_admin1 = not adm_a or not adm_b or adm_a == adm_b
        return same_block and same_admin1 and wa[0] <= wb[1] and wb[0] <= wa[1]

    brute = {(i, j) for i in range(150) for j in range(i + 1, 150) if compatible(i, j)}
    swept = list(candidate_pairs(events))
    assert len(swept) == len(set(swept))
    assert set(swept) == brute


def test_candidate_index_gives_each_mention_exactly_its_swept_pairs() -> None:
    from sitrep.merge.blocking import CandidateIndex

    rng = random.Random(11)
    events = [
        mention(
            f"r{i}",
            country=rng.choice(["Iraq", "Syria", "iraq", None]),
            day=rng.choice([None, date(2020, 1, 1) + timedelta(days=rng.randrange(200))]),
            precision=rng.choice(list(TimePrecision)),
            sub=rng.choice([SubEventType.ARMED_CLASH, SubEventType.PEACEFUL_PROTEST]),
            admin1=rng.choice(["Baghdad", "baghdad", "Anbar", None]),
        )
        for i in range(300)
    ]
    index = CandidateIndex(events)
    swept: dict[int, set[int]] = {i: set() for i in range(len(events))}
    for i, j in candidate_pairs(events):
        swept[i].add(j)
        swept[j].add(i)
    assert any(swept.values())
    for i in range(len(events)):
        found = index.of(i)
        assert found == sorted(swept[i]), i


def test_single_mention_fast_path_matches_the_general_rule() -> None:
    from sitrep.merge.reconcile import _general, _single

    one = mention("a", fatalities=4, injuries=2, actor1="Islamic State", admin2="Karkh")
    fast = _single(one)
    assert fast.model_dump() == _general([one]).model_dump()


def test_a_province_level_report_joins_the_town_level_one() -> None:
    town = mention(
        "a",
        location="Sinjar",
        admin1="Nineveh",
        lat=36.32,
        lon=41.87,
        sub=SubEventType.AIR_DRONE_STRIKE,
        text="A Turkish drone struck a car in Sinjar.",
    )
    region = mention(
        "b",
        location="Nineveh",
        admin1="Nineveh",
        lat=36.0,
        lon=43.0,
        geo=GeoPrecision.REGION,
        sub=SubEventType.AIR_DRONE_STRIKE,
        text="A Turkish drone strike hit a vehicle in Nineveh province.",
    )
    merged = merge_mentions([town, region])
    assert [m.members for m in merged] == [["a:e1", "b:e1"]]
    assert merged[0].event.location == "Sinjar"


def test_a_recollected_month_is_that_calendar_month() -> None:
    def rockets(article: str, day: date, text: str, **kw: object) -> Event:
        return mention(
            article,
            sub=SubEventType.SHELLING_ARTILLERY_MISSILE,
            day=day,
            admin1="Anbar",
            location="Ain al-Asad air base",
            lat=33.80,
            lon=42.44,
            geo=GeoPrecision.NEAR_TOWN,
            text=text,
            **kw,  # type: ignore[arg-type]
        )

    june = rockets("a", date(2021, 6, 28), "Two rockets fell inside Ain al-Asad air base.")
    july = rockets("b", date(2021, 7, 7), "Fourteen rockets struck Ain al-Asad air base.")
    recalled = rockets(
        "c",
        date(2021, 7, 1),
        "In July 2021 fourteen rockets struck Ain al-Asad air base.",
        precision=TimePrecision.MONTH,
        background=True,
    )
    assert clusters([june, recalled]) == [["a:e1"], ["c:e1"]]
    assert clusters([july, recalled]) == [["b:e1", "c:e1"]]
    assert list(candidate_pairs([june, recalled])) == []


def _busy_neighbourhood() -> list[Event]:
    """Three reports of the Tayaran bombing among forty unrelated incidents of the same
    weeks in Iraq, some of them chained to each other by their own second reports."""
    rng = random.Random(11)
    events = [*tayaran_reports()]
    towns = ["Mosul", "Tal Afar", "Baiji", "Samarra", "Fallujah", "Ramadi", "Tikrit"]
    for i in range(40):
        town = towns[i % len(towns)]
        day = date(2018, 1, 1).fromordinal(date(2018, 1, 1).toordinal() + rng.randrange(40))
        sub = rng.choice([SubEventType.ARMED_CLASH, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED])
        for copy in range(1 + i % 2):  # every other incident told by two outlets
            events.append(
                mention(
                    f"n{i}-{copy}",
                    sub=sub,
                    day=day,
                    location=town,
                    admin1=rng.choice(["Nineveh", "Salah al-Din", "Anbar", None]),
                    fatalities=i % 5 or None,
                    text=f"Fighting was reported near {town}; incident {i}.",
                )
            )
    return events


def test_focus_gives_the_full_merges_clusters_of_the_linked_component() -> None:
    events = _busy_neighbourhood()
    full = {tuple(m.members): m.model_dump() for m in merge_mentions(events)}
    for focus in (["reuters-1:e1"], ["n3-0:e1"], ["n4-0:e1", "n7-0:e1"], ["afp-1:e1", "n9-1:e1"]):
        focused = merge_mentions(events, focus=focus)
        for m in focused:
            assert full[tuple(m.members)] == m.model_dump()
        wanted = [m for m in full.values() if set(m["members"]) & set(focus)]
        assert len(wanted) <= len(focused) < len(full)


def test_focus_scores_only_pairs_touching_the_component(monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.merge import clustering

    events = _busy_neighbourhood()
    scored: list[tuple[str, str]] = []
    real = clustering.score_pair

    def counting(a: Event, b: Event, **kw: str | None) -> clustering.PairScore:
        scored.append((a.event_id, b.event_id))
        return real(a, b, **kw)

    monkeypatch.setattr(clustering, "score_pair", counting)
    merge_mentions(events)
    everything = len(scored)
    scored.clear()
    memo: dict[tuple[str, str], clustering.PairScore] = {}
    merged = merge_mentions(events, focus=["reuters-1:e1"], memo=memo)
    members = {m for cluster in merged for m in cluster.members}
    assert 0 < len(scored) < everything / 4
    assert all(a in members or b in members for a, b in scored)
    scored.clear()
    assert merge_mentions(events, focus=["reuters-1:e1"], memo=memo) == merged
    assert scored == []  # the second call over the same mentions scores nothing again
