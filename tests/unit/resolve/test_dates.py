from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import DateMention, TimePrecision
from sitrep.resolve.dates import parse_date_expression, resolve_date

PUB = date(2020, 6, 4)  # a Thursday
DAY, WEEK, MONTH = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH

CASES = [
    ("Monday's early morning attack", date(2020, 6, 1), DAY),
    ("on Thursday", date(2020, 6, 4), DAY),
    ("Friday night", date(2020, 5, 29), DAY),
    ("yesterday", date(2020, 6, 3), DAY),
    ("the previous day", date(2020, 6, 3), DAY),
    ("on May 15", date(2020, 5, 15), DAY),
    ("June 10", date(2019, 6, 10), DAY),
    ("3 June", date(2020, 6, 3), DAY),
    ("in January 2018", date(2018, 1, 1), MONTH),
    ("late May", date(2020, 5, 21), WEEK),
    ("mid-April", date(2020, 4, 11), WEEK),
    ("earlier this month", date(2020, 6, 1), MONTH),
    ("the first week of September", date(2019, 9, 1), WEEK),
    ("the second week of May 2020", date(2020, 5, 8), WEEK),
    ("in the past three days", date(2020, 6, 1), WEEK),
    ("last week", date(2020, 5, 25), WEEK),
    ("last month", date(2020, 5, 1), MONTH),
    ("last year", date(2019, 1, 1), MONTH),
    ("in 2019", date(2019, 1, 1), MONTH),
    ("two days ago", date(2020, 6, 2), DAY),
    ("today", date(2020, 6, 4), DAY),
]


@pytest.mark.parametrize(("text", "expected", "precision"), CASES, ids=[c[0] for c in CASES])
def test_expressions(text: str, expected: date, precision: TimePrecision) -> None:
    assert parse_date_expression(text, published=PUB) == (expected, precision)


@pytest.mark.parametrize("text", ["on May 15", "June 10", "December", "Saturday"])
def test_never_after_publication(text: str) -> None:
    found = parse_date_expression(text, published=PUB)
    assert found is not None
    assert found[0] <= PUB


def test_relation_day_after_an_anchor() -> None:
    result = resolve_date(
        [DateMention(text="a day after the bombings", relation="day_after"),
         DateMention(text="on Friday")],
        published=PUB,
    )  # fmt: skip
    assert result.date == date(2020, 5, 30)
    assert result.precision == DAY


def test_relation_same_day_and_before() -> None:
    same = resolve_date(
        [DateMention(text="the same day", relation="same_day"), DateMention(text="on May 2")],
        published=PUB,
    )
    assert same.date == date(2020, 5, 2)
    before = resolve_date(
        [DateMention(text="before", relation="before"), DateMention(text="on May 2")],
        published=PUB,
    )
    assert before.precision == WEEK


def test_no_mention_uses_publication_with_lower_precision() -> None:
    plain = resolve_date([], published=PUB)
    assert (plain.date, plain.precision) == (PUB, WEEK)
    assert any("publication date" in n for n in plain.notes)
    today = resolve_date([], published=PUB, says_today=True)
    assert (today.date, today.precision) == (PUB, DAY)


def test_background_never_takes_the_article_date() -> None:
    result = resolve_date([], published=PUB, background=True)
    assert result.date is None
    assert result.precision is None
    assert any("background" in n for n in result.notes)


def test_background_with_its_own_date() -> None:
    result = resolve_date([DateMention(text="in January 2018")], published=PUB, background=True)
    assert result.date == date(2018, 1, 1)


def test_without_publication_date_only_absolute_dates() -> None:
    assert resolve_date([DateMention(text="yesterday")], published=None).date is None
    assert resolve_date([DateMention(text="on May 15")], published=None).date is None
    result = resolve_date([DateMention(text="May 15, 2019")], published=None)
    assert result.date == date(2019, 5, 15)
    assert result.confidence < 0.9
    unresolved = resolve_date([DateMention(text="yesterday")], published=None)
    assert any("no publication date" in n for n in unresolved.notes)


def test_most_specific_mention_wins() -> None:
    result = resolve_date(
        [DateMention(text="on Monday"), DateMention(text="last week")], published=PUB
    )
    assert result.date == date(2020, 6, 1)
    assert result.mention is not None and result.mention.text == "on Monday"


def test_weekday_with_a_qualifier() -> None:
    assert parse_date_expression("earlier on Tuesday", published=date(2021, 10, 27)) == (
        date(2021, 10, 26),
        DAY,
    )


@pytest.mark.parametrize("text", ["the day", "at the noon", "in years"])
def test_words_without_a_date_are_not_dates(text: str) -> None:
    assert parse_date_expression(text, published=PUB) is None


def test_dateline_yields_to_the_incident_day() -> None:
    result = resolve_date(
        [DateMention(text="Jan 21"), DateMention(text="on Thursday")],
        published=date(2022, 1, 21),  # a Friday
    )
    assert result.date == date(2022, 1, 20)
    assert any("dateline" in n for n in result.notes)
    same_day = resolve_date([DateMention(text="Jan 21")], published=date(2022, 1, 21))
    assert same_day.date == date(2022, 1, 21)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("the first day of Eid al-Adha", date(2021, 7, 20), DAY),
        ("on the eve of Eid al-Adha", date(2021, 7, 19), DAY),
        ("the second day of Eid al-Adha", date(2021, 7, 21), DAY),
        ("during Eid al-Fitr", date(2021, 5, 13), WEEK),
        ("during Ramadan", date(2021, 4, 13), MONTH),
        ("on Ashura", date(2020, 8, 30), DAY),
        ("Nowruz", date(2021, 3, 21), DAY),
        ("Christmas 2019", date(2019, 12, 25), DAY),
    ],
)
def test_named_days(text: str, expected: date, precision: TimePrecision) -> None:
    assert parse_date_expression(text, published=date(2021, 7, 21)) == (expected, precision)


def test_named_days_without_a_year_need_the_publication_date() -> None:
    assert parse_date_expression("Ashura", published=None) is None
    assert parse_date_expression("Ashura 2019", published=None) == (date(2019, 9, 10), DAY)
