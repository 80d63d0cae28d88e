"""Property tests over date resolution (``sitrep.resolve.dates``).

For any expression and any publication date: ``parse_date_expression`` raises nothing
(its documented contract) and ``resolve_date`` raises nothing and never returns a date
after publication; a precision always comes with a date.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitrep.model import DateMention, TimePrecision
from sitrep.resolve import parse_date_expression, resolve_date
from sitrep.resolve.dates import find_date_expressions, reporting_context

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TOKENS = st.sampled_from(
    [
        "on", "in", "last", "this", "the", "past", "previous", "early", "late", "mid",
        "end of", "first week of", "ago", "days", "weeks", "months", "years", "day", "week",
        "month", "year", "weekend", "yesterday", "today", "tonight", "overnight", "Monday",
        "Sunday's", "morning", "January", "Feb.", "sept", "May", "March", "31st", "29", "0",
        "2", "12", "32", "1999", "2024", "0001", "9999", "99999999", "10000000000",
        "twenty", "a", "couple of", "several", "Eid al-Fitr", "Ramadan", "Christmas",
        "eve of", "day before yesterday", "previous day", ",", ".", "’", "-", "/",
        "2020-02-30", "13/13/2013", "99 years ago", "400000 weeks ago",
    ]
)  # fmt: skip
EXPRESSIONS = st.one_of(
    st.lists(_TOKENS, min_size=1, max_size=6).map(" ".join),
    st.text(max_size=40),
)
PUBLISHED = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from([date(1, 1, 1), date(1, 3, 1), date(9999, 12, 31)]),
)


@SETTINGS
@given(text=EXPRESSIONS, published=PUBLISHED)
@example(text="99999999 days ago", published=date(2020, 6, 4))
@example(text="3 months ago", published=date(1, 2, 1))
@example(text="10000000000 years ago", published=date(2020, 6, 4))
@example(text="last year", published=date(1, 1, 1))
@example(text="the past 400000 weeks", published=date(2020, 6, 4))
@example(text="tomorrow", published=date(9999, 12, 31))
@example(text="December 31, 9999", published=date(2024, 1, 1))
def test_parse_date_expression_never_raises(text: str, published: date | None) -> None:
    found = parse_date_expression(text, published=published)
    if found is not None:
        day, precision = found
        assert isinstance(day, date)
        assert precision in set(TimePrecision)


_RELATIONS = st.sampled_from([None, None, "same_day", "day_after", "day_before", "after", "odd"])
MENTIONS = st.lists(
    st.builds(lambda text, rel: DateMention(text=text, relation=rel), EXPRESSIONS, _RELATIONS),
    max_size=4,
)


@SETTINGS
@given(
    mentions=MENTIONS,
    published=PUBLISHED,
    background=st.booleans(),
    says_today=st.booleans(),
)
@example(
    mentions=[DateMention(text="next week", relation="day_after")],
    published=date(2024, 5, 1),
    background=False,
    says_today=False,
)
@example(
    mentions=[
        DateMention(text="the day after", relation="day_after"),
        DateMention(text="December 31"),
    ],
    published=date(9999, 12, 31),
    background=False,
    says_today=False,
)
@example(
    mentions=[DateMention(text="in 2031")],
    published=date(2024, 5, 1),
    background=False,
    says_today=True,
)
def test_resolve_date_never_lands_after_publication(
    mentions: list[DateMention], published: date | None, background: bool, says_today: bool
) -> None:
    result = resolve_date(
        mentions, published=published, background=background, says_today=says_today
    )
    assert 0.0 <= result.confidence <= 1.0
    assert (result.date is None) == (result.precision is None)
    if result.date is not None and published is not None:
        assert result.date <= published
    if result.mention is not None:
        assert any(result.mention is m for m in mentions)
    assert all(isinstance(note, str) and note for note in result.notes)


_PROSE = st.lists(
    st.sampled_from(
        [
            "police said", "Posted:", "UPDATE", "arrested a man", "was shot", "late Saturday",
            "early Sunday, Nov. 3", "Feb. 29", "Dec. 31, 9999", "Jan 1, 0001", "overnight",
            "last night", "Mother's Day weekend", "Christmas", "Ramadan", "about 9:30 p.m.",
            "Monday", ",", ".", "May", "June 31", "the", "\n",
        ]
    ),
    max_size=12,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(text=st.one_of(_PROSE, st.text(max_size=60)), published=PUBLISHED)
@example(text="Dec. 31, 9999 early Sunday, Nov. 3", published=date(9999, 12, 31))
@example(text="Mother's Day weekend", published=date(1, 1, 1))
def test_days_found_in_prose_never_land_after_publication(
    text: str, published: date | None
) -> None:
    for start, end in find_date_expressions(text):
        assert 0 <= start < end <= len(text)
        assert reporting_context(text[:start]) in {None, "stamp", "reported", "procedure"}
        result = resolve_date([DateMention(text=text[start:end])], published=published)
        if result.date is not None and published is not None:
            assert result.date <= published
