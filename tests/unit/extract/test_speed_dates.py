"""The day-expression finder skips, with one lookahead, the positions where no day
expression can start (issue 7); every kind of start it knows is still found. The
sentences are original."""

from __future__ import annotations

import calendar

import pytest

from sitrep.resolve.dates import _FINDER_STARTS, find_date_expressions


def test_the_lookahead_admits_every_weekday_and_month() -> None:
    names = [*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"]
    assert all(name[0] in _FINDER_STARTS for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen raided the depot early on Tuesday morning.", "early on Tuesday morning"),
        ("The convoy was ambushed late Friday, Sept. 6, near the ford.", "late Friday, Sept. 6"),
        ("Police said the blast hit the bus stop last Sunday.", "last Sunday"),
        ("Shops reopened this past Wednesday after the curfew.", "this past Wednesday"),
        ("Two watchmen were abducted on Aug. 14, 2023 in the hills.", "Aug. 14, 2023"),
        ("Rockets struck the airfield overnight, the army said.", "overnight"),
        ("Residents fled yesterday when the shelling resumed.", "yesterday"),
        ("Yesterday the crossing stayed shut.", "Yesterday"),
        ("A second rally is planned for tonight in the square.", "tonight"),
        ("The strike came earlier Thursday, witnesses said.", "earlier Thursday"),
    ],
)
def test_each_kind_of_start_is_found(text: str, expected: str) -> None:
    found = [text[a:b] for a, b in find_date_expressions(text)]
    assert found == [expected]


def test_text_with_no_day_finds_nothing() -> None:
    assert find_date_expressions("gunmen torched three lorries at the weigh station.") == []
