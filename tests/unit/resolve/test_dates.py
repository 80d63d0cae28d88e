from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import DateMention, TimePrecision
from sitrep.resolve.dates import (
    find_date_expressions,
    parse_date_expression,
    reporting_context,
    resolve_date,
)

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On New Year's Day this year", date(2019, 1, 1)),
        ("on Christmas Day last year", date(2018, 12, 25)),
        ("on New Year's Day last year", date(2018, 1, 1)),
    ],
)
def test_named_days_of_this_or_last_year(text: str, expected: date) -> None:
    assert parse_date_expression(text, published=date(2019, 3, 26)) == (expected, DAY)


def test_a_named_day_still_to_come_this_year_is_no_date() -> None:
    assert parse_date_expression("on Christmas Day this year", published=date(2019, 3, 26)) is None


def test_named_days_without_a_year_need_the_publication_date() -> None:
    assert parse_date_expression("Ashura", published=None) is None
    assert parse_date_expression("Ashura 2019", published=None) == (date(2019, 9, 10), DAY)


# -- expressions of local news (issue #4) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected", "precision"),
    [
        # "the shelling of a mountain resort near the border last July"
        ("last July", date(2023, 2, 15), date(2022, 7, 1), MONTH),
        ("this past July", date(2020, 8, 10), date(2020, 7, 1), MONTH),
        ("last July", date(2020, 7, 20), date(2019, 7, 1), MONTH),
        ("in July of last year", date(2020, 3, 2), date(2019, 7, 1), MONTH),
        # "More than 220 people have died since May 3 last year, when a march ..."
        ("since May 3 last year", date(2024, 9, 11), date(2023, 5, 3), DAY),
        ("on the 3rd of May last year", date(2024, 9, 11), date(2023, 5, 3), DAY),
        ("3 May of last year", date(2024, 1, 20), date(2023, 5, 3), DAY),
        # "Three men were wounded outside a bowling alley overnight, deputies said."
        ("overnight", date(2016, 12, 30), date(2016, 12, 30), DAY),
        ("last night", date(2016, 12, 30), date(2016, 12, 29), DAY),
        # "Five people were hurt in a drive-by shooting early Sunday, Nov. 3."
        ("early Sunday, Nov. 3", date(2013, 11, 4), date(2013, 11, 3), DAY),
        ("in the early hours of Friday, May 6", date(2016, 5, 9), date(2016, 5, 6), DAY),
        # "The boy was hit at about 6 p.m. Monday on a basketball court."
        ("at about 6 p.m. Monday", date(2014, 1, 28), date(2014, 1, 27), DAY),
        ("Monday at about 6 p.m.", date(2014, 1, 28), date(2014, 1, 27), DAY),
        ("Saturday night", date(2013, 6, 2), date(2013, 6, 1), DAY),
        ("early Sunday", date(2014, 9, 28), date(2014, 9, 28), DAY),
        ("late Tuesday night", date(2016, 6, 29), date(2016, 6, 28), DAY),
        ("on Jan. 3", date(2021, 1, 5), date(2021, 1, 3), DAY),
        ("on Dec. 30", date(2021, 1, 5), date(2020, 12, 30), DAY),
        ("the previous day", date(2021, 1, 5), date(2021, 1, 4), DAY),
        ("this morning", date(2021, 1, 5), date(2021, 1, 5), DAY),
        ("in the early hours", date(2021, 1, 5), date(2021, 1, 5), DAY),
    ],
)
def test_local_news_expressions(
    text: str, published: date, expected: date, precision: TimePrecision
) -> None:
    assert parse_date_expression(text, published=published) == (expected, precision)


@pytest.mark.parametrize("text", ["about 9:30 p.m.", "shortly after 11 p.m.", "at midnight"])
def test_a_time_without_its_day_is_no_date(text: str) -> None:
    assert parse_date_expression(text, published=PUB) is None


def test_a_day_just_after_publication_is_the_publication_day() -> None:
    # "UPDATE, March 9, 4:10 p.m.: police said the March 8 shooting..." in a story stamped
    # March 8: the story was updated after its stamp, the date is not a year old.
    assert parse_date_expression("March 9, 4:10 p.m.", published=date(2019, 3, 8)) == (
        date(2019, 3, 8),
        DAY,
    )
    assert parse_date_expression("March 20", published=date(2019, 3, 8)) == (
        date(2018, 3, 20),
        DAY,
    )


@pytest.mark.parametrize(
    ("text", "published", "expected", "precision"),
    [
        ("Mother's Day", date(2016, 5, 9), date(2016, 5, 8), DAY),
        ("Mother’s Day weekend", date(2016, 5, 9), date(2016, 5, 7), WEEK),
        ("Memorial Day", date(2019, 5, 30), date(2019, 5, 27), DAY),
        ("the Fourth of July", date(2013, 7, 5), date(2013, 7, 4), DAY),
        ("Martin Luther King Day", date(2015, 3, 9), date(2015, 1, 19), DAY),
        ("Thanksgiving", date(2014, 11, 30), date(2014, 11, 27), DAY),
        ("Labor Day 2015", date(2016, 1, 1), date(2015, 9, 7), DAY),
        ("Halloween", date(2016, 3, 1), date(2015, 10, 31), DAY),
    ],
)
def test_named_days_of_local_news(
    text: str, published: date, expected: date, precision: TimePrecision
) -> None:
    assert parse_date_expression(text, published=published) == (expected, precision)


def test_finder_reads_days_with_their_qualifiers() -> None:
    text = (
        "A teenager was grazed by a bullet late Saturday near a gas station; a second man "
        "was shot early Sunday, Nov. 3, and a third during a Martin Luther King Day march. "
        "Residents may 5 times have called."
    )
    assert [text[a:b] for a, b in find_date_expressions(text)] == [
        "late Saturday",
        "early Sunday, Nov. 3",
        "Martin Luther King Day",
    ]


@pytest.mark.parametrize(
    ("before", "reading"),
    [
        ("Two men were wounded outside a bar, police said ", "reported"),
        ("the sheriff told reporters ", "reported"),
        ("Posted: ", "stamp"),
        ("UPDATE ", "stamp"),
        ("Deputies apprehended a suspect ", "procedure"),
        ("The man was ordered held on a $50,000 bond ", "procedure"),
        ("A cyclist was shot in the back ", None),
        ("the shooting was reported ", None),
    ],
)
def test_reporting_context(before: str, reading: str | None) -> None:
    assert reporting_context(before) == reading


def test_before_a_clock_time_keeps_the_day() -> None:
    # "A woman was killed shortly before 6 p.m. early Tuesday evening, police said."
    result = resolve_date(
        [DateMention(text="shortly before 6 p.m.", relation="before"),
         DateMention(text="early Tuesday evening")],
        published=date(2013, 4, 9),
    )  # fmt: skip
    assert (result.date, result.precision) == (date(2013, 4, 9), DAY)
    weeks = resolve_date(
        [DateMention(text="before", relation="before"), DateMention(text="Tuesday")],
        published=date(2013, 4, 9),
    )
    assert weeks.precision == WEEK


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Baghdad police release: "On the night of Saturday 12/4/2025" (day first)
        ("On the night of Saturday 12/4/2025", date(2025, 4, 14), date(2025, 4, 12)),
        ("on 12/4/2025", date(2025, 4, 14), date(2025, 4, 12)),  # 4 December is to come
        ("4/12/2025", date(2025, 4, 14), date(2025, 4, 12)),  # month first, as in the US
        ("12/4/2025", date(2025, 12, 20), date(2025, 12, 4)),  # both past: the nearer
        ("Saturday 12/4/2025", date(2025, 12, 20), date(2025, 4, 12)),  # the weekday decides
        ("31/12/2024", date(2025, 1, 2), date(2024, 12, 31)),
        ("12.04.2025", None, date(2025, 4, 12)),  # no publication date: day first
    ],
)
def test_dates_written_in_figures(text: str, published: date | None, expected: date) -> None:
    assert parse_date_expression(text, published=published) == (expected, DAY)


def test_a_date_in_figures_that_is_no_day() -> None:
    assert parse_date_expression("13/13/2025", published=None) is None
