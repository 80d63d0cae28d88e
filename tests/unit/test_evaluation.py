"""The evaluation rule on a case worked out by hand (see docs/evaluation.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.evaluation import EvalResult, GoldArticle, evaluate, load_gold
from sitrep.model import Event, Source, Span


def gold(
    incident: str, sub: str, typ: str, day: str, admin1: str, location: str, fatalities: int | None
) -> dict:
    return {
        "incident": incident,
        "event_date": day,
        "time_precision": 1,
        "event_type": typ,
        "sub_event_type": sub,
        "country": "Iraq",
        "admin1": admin1,
        "location": location,
        "fatalities": fatalities,
        "injuries": None,
        "actor1": "Islamic State (Iraq)",
        "actor2": "Civilians (Iraq)",
    }


def system(
    event_id: str,
    article: str,
    sub: str,
    typ: str,
    day: date,
    admin1: str,
    location: str,
    fatalities: int | None,
) -> Event:
    return Event(
        event_id=event_id,
        event_date=day,
        time_precision=1,
        event_type=typ,
        sub_event_type=sub,
        actor1="Islamic State (Iraq)",
        actor2="Civilians (Iraq)",
        country="Iraq",
        admin1=admin1,
        location=location,
        fatalities=fatalities,
        sources=[Source(article_id=article, sentences=[Span(text="x", start=0, end=1)])],
    )


SB, EX = "Suicide bomb", "Explosions/Remote violence"


@pytest.fixture
def case() -> tuple[list[GoldArticle], dict[str, list[Event]], dict[str, str]]:
    golds = [
        GoldArticle(
            "A",
            date(2021, 1, 22),
            "dev",
            [
                gold("X", SB, EX, "2021-01-21", "Baghdad", "Tayaran Square", 32),
                gold("Y", "Armed clash", "Battles", "2021-01-20", "Diyala", "Baqubah", 3),
            ],
            [],
        ),
        GoldArticle(
            "B",
            date(2021, 1, 22),
            "dev",
            [gold("X", SB, EX, "2021-01-21", "Baghdad", "Tayaran Square", 28)],
            [],
        ),
        GoldArticle("C", date(2021, 1, 22), "dev", [], ["a statement"]),
        GoldArticle(
            "D",
            date(2021, 1, 23),
            "heldout",
            [gold("X", SB, EX, "2021-01-21", "Baghdad", "Baghdad", 32)],
            [],
        ),
    ]
    mentions = {
        # right place and date, wrong toll
        "A": [
            system("s1", "A", SB, EX, date(2021, 1, 21), "Baghdad", "al-Tayaran Square", 30),
            # spurious: Kirkuk is not Diyala, so the Diyala clash is missed
            system("s2", "A", "Air/drone strike", EX, date(2021, 1, 19), "Kirkuk", "Kirkuk", None),
        ],
        # one day off: compatible, but the date field is wrong
        "B": [system("s3", "B", SB, EX, date(2021, 1, 22), "Baghdad", "Tayaran Square", 28)],
        "C": [
            system(
                "s4",
                "C",
                "Peaceful protest",
                "Protests",
                date(2021, 1, 22),
                "Baghdad",
                "Baghdad",
                None,
            )
        ],
        "D": [system("s5", "D", SB, EX, date(2021, 1, 21), "Baghdad", "Baghdad", 32)],
    }
    clusters = {"s1": "M1", "s3": "M2", "s5": "M1"}  # B's report was wrongly kept apart
    return golds, mentions, clusters


def test_hand_checked_case(
    case: tuple[list[GoldArticle], dict[str, list[Event]], dict[str, str]],
) -> None:
    golds, mentions, clusters = case
    result = evaluate(
        golds, mentions, admin1_key=lambda country, name: name.casefold(), clusters=clusters
    )
    assert (result.gold_events, result.system_events, len(result.matches)) == (4, 5, 3)
    assert result.precision == pytest.approx(0.6)
    assert result.recall == pytest.approx(0.75)
    assert result.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert result.accuracy("fatalities") == pytest.approx(2 / 3)
    assert result.accuracy("event_date") == pytest.approx(2 / 3)
    assert result.accuracy("sub_event_type") == 1.0
    assert result.accuracy("location") == 1.0  # "al-Tayaran Square" folds onto "Tayaran Square"
    assert [g["incident"] for _, g in result.missed] == ["Y"]
    assert sorted(e.event_id for _, e in result.spurious) == ["s2", "s4"]
    # pairwise: 3 gold pairs, 1 predicted pair (A-D), correct
    assert result.merge_pairwise == pytest.approx((1.0, 1 / 3, 0.5))
    # B-cubed recall: (2/3 + 1/3 + 2/3) / 3
    p, r, f = result.merge_bcubed or (0, 0, 0)
    assert (p, r) == pytest.approx((1.0, 5 / 9))
    assert f == pytest.approx(2 * (5 / 9) / (1 + 5 / 9))


def test_load_gold_filters_split_and_names_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"article_id": "a", "published": "2021-01-22", "split": "dev", "events": []}\n'
        '{"article_id": "b", "published": "2021-01-22", "split": "heldout", "events": []}\n',
        encoding="utf-8",
    )
    assert [g.article_id for g in load_gold(path, split="heldout")] == ["b"]
    path.write_text('{"article_id": "a"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"gold.jsonl:2"):
        load_gold(path)


def test_merge_errors_name_split_incidents_and_joined_events() -> None:
    result = EvalResult(
        gold_clusters={"a#0": "market-bombing", "b#0": "market-bombing", "b#1": "checkpoint"},
        pred_clusters={"a#0": "ev1", "b#0": "ev2", "b#1": "ev2"},
    )
    lines = result.merge_errors()
    assert lines == [
        "SPLIT    incident market-bombing over 2 events — ev1: a#0; ev2: b#0",
        "JOINED   event ev2 holds 2 incidents — checkpoint: b#1; market-bombing: b#0",
    ]
    assert EvalResult(gold_clusters={"a#0": "x"}, pred_clusters={"a#0": "e"}).merge_errors() == []


def test_of_two_like_reports_the_one_at_the_gold_town_is_matched() -> None:
    """Two protest reports of one day in one province (a live blog): each gold event takes the
    report at its own town, whatever order they come in."""
    protest = ("Excessive force against protesters", "Protests")
    golds = [
        GoldArticle(
            "L",
            date(2022, 6, 30),
            "dev",
            [
                gold("q", *protest, "2022-06-30", "Khartoum", "Khartoum", 1),
                gold("b", *protest, "2022-06-30", "Khartoum", "Khartoum North", 1),
            ],
            [],
        )
    ]
    for order in (["north", "city"], ["city", "north"]):
        made = {
            "north": system(
                "s1", "L", *protest, date(2022, 6, 30), "Khartoum", "Khartoum North", 1
            ),
            "city": system("s2", "L", *protest, date(2022, 6, 30), "Khartoum", "Khartoum", 1),
        }
        result = evaluate(
            golds, {"L": [made[k] for k in order]}, admin1_key=lambda c, n: n.casefold()
        )
        paired = sorted((m.gold["location"], m.system.location) for m in result.matches)
        assert paired == [("Khartoum", "Khartoum"), ("Khartoum North", "Khartoum North")], order
