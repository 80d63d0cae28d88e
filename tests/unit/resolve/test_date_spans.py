"""A span of days ("between 12 and 14 July", "12-14 July", "from 28 June to 3 July") dates its
first day, at a week's precision when it lasts a week or less and a month's when longer; two
days running ("in the night of 4 to 5 June 2021") are one night, told by the day it ended in."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import TimePrecision
from sitrep.resolve.dates import parse_date_expression

PUBLISHED = date(2022, 7, 21)
WEEK, MONTH, DAY = TimePrecision.WEEK, TimePrecision.MONTH, TimePrecision.DAY


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Between 12 and 14 July", date(2022, 7, 12), WEEK),
        ("from 12 to 14 July", date(2022, 7, 12), WEEK),
        ("12-14 July", date(2022, 7, 12), WEEK),
        ("between July 12 and 14", date(2022, 7, 12), WEEK),
        ("July 12 to 14, 2021", date(2021, 7, 12), WEEK),
        ("from 28 June to 3 July", date(2022, 6, 28), WEEK),
        ("between 3 and 5 March 2021", date(2021, 3, 3), WEEK),
        ("from 28 December to 2 January 2022", date(2021, 12, 28), WEEK),
        ("between 1 and 20 June", date(2022, 6, 1), MONTH),
        # a night across two days: the day it ended in
        ("4 to 5 June 2021", date(2021, 6, 5), DAY),
        # a span still to come this year is last year's
        ("between 20 and 24 August", date(2021, 8, 20), WEEK),
    ],
)
def test_a_span_of_days_dates_its_first_day(
    text: str, expected: date, precision: TimePrecision
) -> None:
    assert parse_date_expression(text, published=PUBLISHED) == (expected, precision)


@pytest.mark.parametrize("text", ["between 12 and 40 July", "from 14 to 12 July 2022"])
def test_no_span_where_the_days_make_none(text: str) -> None:
    found = parse_date_expression(text, published=PUBLISHED)
    assert found is None or found[1] != WEEK
