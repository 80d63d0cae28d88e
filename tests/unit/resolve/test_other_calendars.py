"""Dates of the Solar Hijri calendar (Afghan and Iranian reporting keeps them in
translation: "on Friday, 8 Mizan 1401") and of the Islamic one ("15 Ramadan 1445"), read
with their own year and converted by convertdate. Expressions written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import TimePrecision
from sitrep.resolve.dates import parse_date_expression

PUB = date(2024, 9, 3)
DAY, MONTH = TimePrecision.DAY, TimePrecision.MONTH


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        # Afghan month names (the signs of the zodiac)
        ("on Friday, 8 Mizan 1401", date(2022, 9, 30), DAY),
        ("22 Mizan 1399", date(2020, 10, 13), DAY),
        ("on 1 Hamal 1403", date(2024, 3, 20), DAY),  # Nowruz
        ("the 3rd of Saratan 1402", date(2023, 6, 24), DAY),
        # Iranian month names, the day after the month too
        ("Tir 12, 1402", date(2023, 7, 3), DAY),
        ("1 Farvardin 1403 SH", date(2024, 3, 20), DAY),
        # a month and a year: the month's first day, precision 3
        ("in Mizan 1399", date(2020, 9, 22), MONTH),
        # the Islamic calendar
        ("15 Ramadan 1445", date(2024, 3, 25), DAY),
        ("1 Muharram 1446 AH", date(2024, 7, 8), DAY),
        ("27 Dhul-Hijjah 1445", date(2024, 7, 4), DAY),
    ],
)
def test_a_date_of_another_calendar(text: str, expected: date, precision: TimePrecision) -> None:
    assert parse_date_expression(text, published=PUB) == (expected, precision)


def test_a_year_of_that_calendar_is_needed() -> None:
    # a Gregorian year after a month name of another calendar is no date of it
    assert parse_date_expression("Asad 2019", published=PUB) != (date(2019, 7, 23), DAY)
    assert parse_date_expression("8 Mizan", published=PUB) is None
    # a year outside the calendar's modern range
    assert parse_date_expression("8 Mizan 1101", published=PUB) is None


def test_gregorian_dates_are_read_as_before() -> None:
    assert parse_date_expression("March 3, 2021", published=PUB) == (date(2021, 3, 3), DAY)
    assert parse_date_expression("on Friday", published=PUB) == (date(2024, 8, 30), DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The day before yesterday, Saturday",
        "the day before yesterday (Saturday)",
        # no comma, and a part of the day after the weekday
        "the day before yesterday Saturday evening",
        "the day before yesterday Saturday",
    ],
)
def test_the_day_before_yesterday_with_its_weekday(text: str) -> None:
    # translated Arabic copy names the weekday after the relative day
    assert parse_date_expression(text, published=date(2024, 3, 18)) == (date(2024, 3, 16), DAY)
