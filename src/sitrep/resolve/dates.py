"""Dates: a candidate's date mentions -> ``event_date`` and ACLED ``time_precision``.

Every date is resolved against the article's publication date and never lands
after it. A period resolves to its start: "in January 2018" -> 2018-01-01,
"in the past three days" (published 2020-06-04) -> 2020-06-01. Precision follows
ACLED: 1 the day, 2 within a week ("late May", "last week"), 3 within a month
("earlier this month", "in 2019": the coarsest ACLED offers).

Own rules come first (dateparser misses "late May", "the previous day", "earlier
this month" and puts "in January 2018" on the 4th); dateparser, with
``PREFER_DATES_FROM: past`` and ``RELATIVE_BASE``, handles the remaining formats.
Without a publication date only absolute dates (with a year) resolve.

Local-news forms: a weekday is the most recent one on or before publication ("Saturday
night", "early Sunday, Nov. 3": the calendar date decides), "last night" the day before,
"overnight" the publication day (the night that ended that morning); a time of day is
dropped ("about 6 p.m. Monday" -> Monday) and alone is no date; "last July" is the most
recent July before the publication month; a day-month up to three days after publication
is the publication day (an updated story), not a year earlier; named days come from
``data/resolve/dates.yaml`` (fixed, nth-weekday such as Memorial Day, or listed dates).
:func:`find_date_expressions` finds day expressions in running text and
:func:`reporting_context` tells a page stamp, a statement's date or a later step of the
case ("arrested a suspect early Saturday in a shooting") from an incident's own date.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml
from convertdate import islamic, persian

from sitrep.model import DateMention, TimePrecision

__all__ = [
    "DateResult",
    "find_date_expressions",
    "parse_date_expression",
    "prime",
    "reporting_context",
    "resolve_date",
]

log = logging.getLogger(__name__)

DAY, WEEK, MONTH = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "several": 3, "few": 3,
    "couple of": 2,
}  # fmt: skip
_ORDINAL_WEEK = {"first": 1, "1st": 1, "second": 8, "2nd": 8, "third": 15, "3rd": 15,
                 "fourth": 22, "4th": 22}  # fmt: skip
_PART_DAY = {"early": 1, "beginning of": 1, "the beginning of": 1, "start of": 1,
             "the start of": 1, "mid": 11, "mid-": 11, "middle of": 11, "the middle of": 11,
             "late": 21, "end of": 21, "the end of": 21}  # fmt: skip

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_NUM_RE = r"\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_PART_RE = "|".join(sorted((re.escape(k) for k in _PART_DAY), key=len, reverse=True))

_PREFIX = re.compile(
    r"^(?:(?:on|in|during|since|from|at|by|of|over|around|as of|as early as|starting)\s+)+"
)
_TODAY = re.compile(
    r"^(?:earlier\s+|later\s+)?(?:today|this (?:morning|afternoon|evening)|tonight|"
    r"earlier on today)$"
)
_YESTERDAY = re.compile(
    r"^(?:yesterday(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?|last night|"
    r"late yesterday|early yesterday|late last night)$"
)
# "overnight" in a report of the day: the night that ended that morning (incidents "overnight"
# are mostly after midnight, on the publication day; "last night" is the evening before)
_OVERNIGHT = re.compile(r"^(?:early\s+)?(?:overnight|early this morning|(?:the )?early hours)$")
_PREVIOUS_DAY = re.compile(r"^(?:the\s+)?(?:previous|preceding|prior)\s+(?:day|night|evening)$"
                           r"|^the day before$|^the night before$")  # fmt: skip
_DAY_BEFORE_YESTERDAY = re.compile(r"^(?:the\s+)?day before yesterday$")
_RELATIVE_THEN_WEEKDAY = re.compile(
    r"^((?:the\s+)?day before yesterday)"
    rf"\s*[,(]?\s*(?:on\s+)?(?:{_WEEKDAY_RE})\)?"
    r"(?:\s+(?:morning|afternoon|evening|night|at dawn|at noon))?$"
)
"""The day before yesterday with its weekday, as translated Arabic copy writes it ("the day
before yesterday, Saturday", "the day before yesterday Sunday evening"): the relative day
decides ("yesterday, Sunday" and "today, Monday" are read by the weekday rules)."""
_WEEKDAY = re.compile(
    r"^(?:(?:earlier|later|early|late|overnight|late on|early on)\s+)?(?:on\s+)?"
    rf"(?:last\s+|this\s+|this past\s+|past\s+)?({_WEEKDAY_RE})(?:'s|’s)?"
    r"(?:\s+(?:morning|afternoon|evening|night|early morning|dawn))?(?:\s.*)?$"
)
_AGO = re.compile(rf"^({_NUM_RE})\s+(day|days|week|weeks|month|months|year|years)\s+ago$")
_PAST_SPAN = re.compile(
    rf"^(?:the\s+)?(?:past|last|previous|preceding)\s+(?:({_NUM_RE})\s+)?"
    r"(hours?|days?|weeks?|months?|years?|weekend)$"
)
_THIS = re.compile(r"^(?:earlier\s+|early\s+|late\s+)?this\s+(week|month|year|weekend)$")
_PART_LAST_MONTH = re.compile(rf"^(?:({_PART_RE})\s*)?last month$")
_PART_MONTH = re.compile(rf"^({_PART_RE})\s*({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?$")
_WEEK_OF = re.compile(
    rf"^(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+of\s+"
    rf"({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?$"
)
_MONTH_DAY = re.compile(rf"^({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$")
_DAY_MONTH = re.compile(
    rf"^(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?$"
)
_UNTIL_RE = r"\s*(?:and|to|until|till|through|-|–)\s*"
_ORD_RE = r"(?:st|nd|rd|th)?"
_DAYS_MONTH = re.compile(
    rf"^(?:between\s+)?(?:the\s+)?(\d{{1,2}}){_ORD_RE}(?:\s+({_MONTH_RE})\.?)?{_UNTIL_RE}"
    rf"(?:the\s+)?(\d{{1,2}}){_ORD_RE}(?:\s+of)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?$"
)
_MONTH_DAYS = re.compile(
    rf"^(?:between\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD_RE}{_UNTIL_RE}"
    rf"(?:({_MONTH_RE})\.?\s+)?(\d{{1,2}}){_ORD_RE}(?:,?\s+(\d{{4}}))?$"
)
"""A span of days: "between 12 and 14 July", "12-14 July", "from 28 June to 3 July", "July
12 to 14, 2022": its first day, a week's precision when the span is a week or less, else a
month's (ACLED codes a span to its first day)."""
_LAST_MONTH_NAME = re.compile(rf"^(?:last|this past|past)\s+({_MONTH_RE})$")
_MONTH_LAST_YEAR = re.compile(rf"^({_MONTH_RE})\.?\s+(?:of\s+)?(?:last|the previous) year$")
_DAY_LAST_YEAR = re.compile(
    rf"^(?:({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_RE})\.?)"
    r",?\s+(?:of\s+)?(?:last|the previous) year$"
)
_WEEKDAY_THEN_DATE = re.compile(
    rf"^(?:(?:earlier|later|early|late|overnight)\s+)?(?:on\s+)?(?:{_WEEKDAY_RE})(?:'s)?"
    r"(?:\s+(?:morning|afternoon|evening|night|early morning))?,?\s+(?:on\s+)?"
    rf"(?=(?:{_MONTH_RE})\b|\d)"
)
_MONTH_YEAR = re.compile(rf"^(?:early\s+|late\s+)?({_MONTH_RE})\.?(?:,?\s+(?:of\s+)?(\d{{4}}))?$")
_YEAR = re.compile(r"^(?:the year\s+)?(\d{4})$")
_YEAR_REL = re.compile(r"^(?:earlier\s+|early\s+|late\s+)?(last|this|previous) year$")


_ORDINAL_DAY = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
                "fourth": 3, "4th": 3, "last": -1}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Holiday:
    name: str
    kind: str
    days: int
    dates: tuple[date, ...]
    annual: tuple[int, int] | None
    rule: tuple[int, int, int] | None = None  # (month, weekday, nth); nth -1: the last

    def in_year(self, year: int) -> date | None:
        """The day in ``year`` of an annual or nth-weekday holiday."""
        if self.annual is not None:
            month, day = self.annual
            return date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if self.rule is None:
            return None
        month, weekday, nth = self.rule
        days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
        matching = [d for d in days if d.weekday() == weekday]
        return matching[nth - 1] if nth > 0 else matching[nth]


@cache
def _dates_data() -> dict[str, Any]:
    """``data/resolve/dates.yaml``, read once: its holidays and its other calendars."""
    text = resources.files("sitrep.data.resolve").joinpath("dates.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _holidays() -> dict[str, _Holiday]:
    """Alias (lower case) -> holiday, from ``data/resolve/dates.yaml``."""
    out: dict[str, _Holiday] = {}
    for spec in _dates_data()["holidays"]:
        annual = spec.get("annual")
        month_day = tuple(int(x) for x in str(annual).split("-")) if annual else None
        rule = spec.get("rule")
        holiday = _Holiday(
            name=str(spec["name"]),
            kind=str(spec["kind"]),
            days=int(spec["days"]),
            dates=tuple(sorted(date.fromisoformat(str(d)) for d in spec.get("dates", []))),
            annual=(month_day[0], month_day[1]) if month_day else None,
            rule=(
                (int(rule["month"]), _WEEKDAYS[str(rule["weekday"]).lower()], int(rule["nth"]))
                if rule
                else None
            ),
        )
        for alias in [spec["name"], *spec.get("aliases", [])]:
            out[str(alias).lower().replace("’", "'")] = holiday
    return out


_CALENDAR_YEARS = {"solar_hijri": (1300, 1499), "islamic": (1340, 1499)}
"""The years of each other calendar that a date of modern reporting can name (1921-2120
and 1921-2076 in the Gregorian calendar)."""
_TO_GREGORIAN: dict[str, Any] = {
    "solar_hijri": persian.to_gregorian,
    "islamic": islamic.to_gregorian,
}


@dataclass(frozen=True, slots=True)
class _OtherCalendars:
    months: dict[str, tuple[str, int]]  # spelling (lower case) -> (calendar, month number)
    pattern: re.Pattern[str]


@cache
def _other_calendars() -> _OtherCalendars:
    """The month names of ``calendars`` in ``data/resolve/dates.yaml`` and the pattern of a
    date written with one: "8 mizan 1401", "the 15th of ramadan 1445", "mizan 1399"."""
    months: dict[str, tuple[str, int]] = {}
    for name, listed in _dates_data()["calendars"].items():
        for number, spellings in enumerate(listed, start=1):
            for spelling in spellings:
                months[str(spelling).lower()] = (str(name), number)
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    pattern = re.compile(
        rf"^(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?({names})"
        r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(1[34]\d\d)"
        r"(?:\s*(?:a\.?h\.?|s\.?h\.?|h\.?s\.?|(?:solar\s+)?hijri(?:\s+(?:shamsi|qamari))?))?$"
    )
    return _OtherCalendars(months, pattern)


def _other_calendar(text: str) -> tuple[date, TimePrecision] | None:
    """A date of the Solar Hijri calendar (Afghan and Iranian reporting: "Friday, 8 Mizan
    1401" is 30 September 2022) or the Islamic one ("15 Ramadan 1445"), with its year:
    the day (precision 1), or the first of the month without one (precision 3)."""
    calendars = _other_calendars()
    m = calendars.pattern.match(text)
    if m is None:
        return None
    name, month = calendars.months[m.group(2)]
    year = int(m.group(4))
    low, high = _CALENDAR_YEARS[name]
    day_text = m.group(1) or m.group(3)
    day = int(day_text) if day_text else 1
    if not low <= year <= high or not 1 <= day <= 31:
        return None
    try:
        gregorian = date(*_gregorian(name, year, month, day))
    except ValueError:
        return None
    return gregorian, (DAY if day_text else MONTH)


@lru_cache(maxsize=4096)
def _gregorian(name: str, year: int, month: int, day: int) -> tuple[int, int, int]:
    """convertdate's conversion (its Solar Hijri one is astronomical and slow: cached)."""
    y, m, d = _TO_GREGORIAN[name](year, month, day)
    return int(y), int(m), int(d)


_HOLIDAY = re.compile(
    r"^(?:the\s+)?(?:(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+day\s+of\s+)?"
    r"(?:the\s+)?(?:eve\s+of\s+)?(.+?)(?:\s+(?:holiday|holidays|celebrations|festival))?"
    r"(?:\s+(\d{4}))?(\s+weekend)?$"
)


_OF_YEAR = re.compile(r"^(.*\S)\s+(this|last) year$")


def _holiday_of_year(
    text: str, published: date, *, during: bool = False
) -> tuple[date, TimePrecision] | None:
    """ "New Year's Day this year", "Eid al-Fitr last year": the holiday in the year named
    relative to publication (this year's no later than publication)."""
    m = _OF_YEAR.match(text)
    if m is None:
        return None
    latest = published if m.group(2) == "this" else date(published.year - 1, 12, 31)
    found = _holiday(m.group(1), latest, during=during)
    return found if found is not None and found[0].year == latest.year else None


def _holiday(
    text: str, published: date | None, *, during: bool = False
) -> tuple[date, TimePrecision] | None:
    """ "the first day of Eid al-Adha", "during Ramadan", "on Ashura", "Christmas 2019"."""
    m = _HOLIDAY.match(text)
    if m is None:
        return None
    holiday = _holidays().get(m.group(2))
    if holiday is None:
        return None
    year = int(m.group(3)) if m.group(3) else None
    if holiday.annual is not None or holiday.rule is not None:
        if year is None and published is None:
            return None
        this_year = holiday.in_year(year or (published.year if published else 1))
        if this_year is None:
            return None
        if year is None and published is not None and this_year > published:
            this_year = holiday.in_year(published.year - 1)
        starts = [this_year] if this_year is not None else []
    else:
        starts = [
            d for d in holiday.dates
            if (year is None or d.year == year) and (published is None or d <= published)
        ]  # fmt: skip
        if year is None and published is None:
            return None
    if not starts:
        return None
    start = starts[-1]
    if m.group(4):  # "Memorial Day weekend": the Saturday (Friday night) to the holiday
        back = (start.weekday() - 5) % 7 if start.weekday() in {5, 6, 0} else 0
        weekend = start - timedelta(days=back)
        if published is not None and weekend > published:
            return None
        return weekend, WEEK
    eve = "eve of" in text
    if holiday.kind == "period" and m.group(1) is None:
        return start, WEEK if holiday.days <= 7 else MONTH
    offset = _ORDINAL_DAY.get(m.group(1) or "first", 0)
    if offset < 0:
        offset = holiday.days - 1
    found = start + timedelta(days=offset) - timedelta(days=1 if eve else 0)
    if published is not None and found > published:
        return None
    spread = during and m.group(1) is None and not eve and holiday.days > 1
    return found, WEEK if spread else DAY


@dataclass(frozen=True, slots=True)
class DateResult:
    """An event date with its precision, the mention it came from and why."""

    date: date | None
    precision: TimePrecision | None
    mention: DateMention | None = None
    confidence: float = 0.0
    notes: tuple[str, ...] = ()


def _number(token: str | None) -> int:
    if token is None:
        return 1
    return int(token) if token.isdigit() else _NUMBERS[token]


def _weekday_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _month_in_past(month: int, published: date, day: int = 1) -> date:
    """The most recent ``month`` (on ``day``) on or before ``published``."""
    year = published.year
    day = min(day, calendar.monthrange(year, month)[1])
    candidate = date(year, month, day)
    if candidate > published:
        candidate = date(year - 1, month, min(day, calendar.monthrange(year - 1, month)[1]))
    return candidate


def _span(unit: str, count: int, published: date) -> tuple[date, TimePrecision]:
    unit = unit.rstrip("s")
    if unit == "hour":
        return published, DAY
    if unit == "weekend":
        return published - timedelta(days=(published.weekday() - 5) % 7 or 7), WEEK
    if unit == "day":
        start = published - timedelta(days=count)
        return start, DAY if count <= 1 else WEEK if count <= 7 else MONTH
    if unit == "week":
        return published - timedelta(weeks=count), WEEK if count <= 1 else MONTH
    if unit == "month":
        return _months_back(published, count), MONTH
    return date(published.year - count, 1, 1), MONTH


def _relative(text: str, published: date) -> tuple[date, TimePrecision] | None:
    """Rules that need the publication date."""
    if _TODAY.match(text):
        return published, DAY
    if _OVERNIGHT.match(text):
        return published, DAY
    if m := _LAST_MONTH_NAME.match(text):
        month = _MONTHS[m.group(1)]
        year = published.year if month < published.month else published.year - 1
        return date(year, month, 1), MONTH
    if m := _MONTH_LAST_YEAR.match(text):
        return date(published.year - 1, _MONTHS[m.group(1)], 1), MONTH
    if m := _DAY_LAST_YEAR.match(text):  # "May 3 last year", "the 3rd of May last year"
        month = _MONTHS[m.group(1) or m.group(4)]
        try:
            return date(published.year - 1, month, int(m.group(2) or m.group(3))), DAY
        except ValueError:  # "February 30 last year"
            return None
    if _YESTERDAY.match(text) or _PREVIOUS_DAY.match(text):
        return published - timedelta(days=1), DAY
    if _DAY_BEFORE_YESTERDAY.match(text):
        return published - timedelta(days=2), DAY
    if m := _WEEKDAY.match(text):
        day = _weekday_before(published, _WEEKDAYS[m.group(1)])
        if text.startswith("last ") and day == published:
            day -= timedelta(days=7)
        return day, DAY
    if m := _AGO.match(text):
        count, unit = _number(m.group(1)), m.group(2).rstrip("s")
        if unit == "day":
            return published - timedelta(days=count), DAY
        if unit == "week":
            return published - timedelta(weeks=count), WEEK
        if unit == "month":
            return _months_back(published, count), MONTH
        return date(published.year - count, 1, 1), MONTH
    if text in {"last week", "the previous week", "previous week", "the week before"}:
        monday = published - timedelta(days=published.weekday())
        return monday - timedelta(days=7), WEEK
    if m := _THIS.match(text):
        unit = m.group(1)
        if unit in {"week", "weekend"}:
            return published - timedelta(days=published.weekday()), WEEK
        if unit == "month":
            return published.replace(day=1), MONTH
        return date(published.year, 1, 1), MONTH
    if m := _PART_LAST_MONTH.match(text):
        first = _months_back(published, 1)
        part = m.group(1)
        if part is None:
            return first, MONTH
        return first.replace(day=_PART_DAY[part.strip()]), WEEK
    if m := _YEAR_REL.match(text):
        year = published.year - 1 if m.group(1) in {"last", "previous"} else published.year
        return date(year, 1, 1), MONTH
    if m := _PAST_SPAN.match(text):
        return _span(m.group(2), _number(m.group(1)), published)
    return None


def _calendar(text: str, published: date | None) -> tuple[date, TimePrecision] | None:
    """Rules naming a month or a year; the year comes from ``published`` when omitted."""
    if m := _DAYS_MONTH.match(text):
        last = _MONTHS[m.group(4)]
        first = _MONTHS[m.group(2)] if m.group(2) else last
        return _day_span(first, int(m.group(1)), last, int(m.group(3)), m.group(5), published)
    if m := _MONTH_DAYS.match(text):
        first = _MONTHS[m.group(1)]
        last = _MONTHS[m.group(3)] if m.group(3) else first
        return _day_span(first, int(m.group(2)), last, int(m.group(4)), m.group(5), published)
    if m := _MONTH_DAY.match(text):
        month, day, year = _MONTHS[m.group(1)], int(m.group(2)), m.group(3)
        return _calendar_day(month, day, year, published)
    if m := _DAY_MONTH.match(text):
        month, day, year = _MONTHS[m.group(2)], int(m.group(1)), m.group(3)
        return _calendar_day(month, day, year, published)
    if m := _WEEK_OF.match(text):
        month, year = _MONTHS[m.group(2)], m.group(3)
        last = m.group(1) == "last"
        day = 22 if last else _ORDINAL_WEEK[m.group(1)]
        return _in_month(month, year, published, day), WEEK
    if m := _PART_MONTH.match(text):
        month, year = _MONTHS[m.group(2)], m.group(3)
        return _in_month(month, year, published, _PART_DAY[m.group(1).strip()]), WEEK
    if m := _MONTH_YEAR.match(text):
        if m.group(1) in {"may", "march"} and m.group(2) is None and text != m.group(1):
            return None
        return _in_month(_MONTHS[m.group(1)], m.group(2), published, 1), MONTH
    if m := _YEAR.match(text):
        year = int(m.group(1))
        if 1900 <= year <= 2100:
            return date(year, 1, 1), MONTH
    return None


def _day_span(
    month: int, day: int, last_month: int, last_day: int, year: str | None, published: date | None
) -> tuple[date, TimePrecision] | None:
    """The first day of a span of days and the precision its length gives (a span across a
    year's end, "from 28 December to 2 January 2023", dates its first day the year before)."""
    end = _calendar_day(last_month, last_day, year, published)
    if end is None:
        return None
    try:
        start = date(end[0].year, month, day)
        if start > end[0]:
            start = start.replace(year=start.year - 1)
    except ValueError:
        return None
    length = (end[0] - start).days
    if length > 31 or length < 1:
        return None  # not a span of days ("12 and 14 July" read across a year)
    if length == 1:
        # "in the night of 4 to 5 June 2021": two days running are a night, told by the day
        # it ended in (the small hours the attack came in)
        return end[0], DAY
    return start, (WEEK if length <= 6 else MONTH)


def _calendar_day(
    month: int, day: int, year: str | None, published: date | None
) -> tuple[date, TimePrecision] | None:
    if year is None and published is None:
        raise _NeedsPublication
    try:
        if year is not None:
            return date(int(year), month, day), DAY
        assert published is not None
        lag = (date(published.year, month, min(day, 28)) - published).days + max(0, day - 28)
        if 0 < lag <= _LAG_DAYS:
            return published, DAY  # an updated story: the publication date lags its text
        return _month_in_past(month, published, day), DAY
    except ValueError:
        return None


_LAG_DAYS = 3
"""A day-month without a year up to this many days after publication is read as the
publication day (a story updated after its stamped date, a time-zone shift), not as the
same day a year earlier."""


def _in_month(month: int, year: str | None, published: date | None, day: int) -> date:
    if year is not None:
        return date(int(year), month, day)
    if published is None:
        raise _NeedsPublication
    return _month_in_past(month, published, day)


class _NeedsPublication(Exception):
    """A calendar expression without a year, in an article without a date."""


def _dateparser_settings(base: date) -> dict[str, Any]:
    return {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(base.year, base.month, base.day, 12),
        "RETURN_TIME_AS_PERIOD": True,
    }


_DATE_WORD = re.compile(
    rf"\d|\b(?:{_MONTH_RE}|{_WEEKDAY_RE}|ago|yesterday|today|tomorrow|tonight|week|month|year|"
    r"fortnight|weekend|morning|evening)\b"
)


_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(?:19|20)\d{2}\b")


@lru_cache(maxsize=64)
def _dateparser(base: date) -> Any:
    """One parser per publication date, built once: constructing one per expression
    costs as much as the parse itself."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_dateparser_settings(base))


@lru_cache(maxsize=8192)
def _with_dateparser(text: str, published: date | None) -> tuple[date, TimePrecision] | None:
    """dateparser's reading of an expression (a pure function of its arguments, so the
    answers are memoised: news repeats "on Tuesday" and "last week" endlessly)."""
    if not _DATE_WORD.search(text):
        return None  # "the day", "at the noon": dateparser would answer with its base date
    if not _DATE_WORD.search(re.sub(r"\d", " ", text)) and not _NUMERIC_DATE.search(text):
        return None  # a bare figure ("at 37", "25"): dateparser reads it as a year (1937)
    data = _dateparser(published or date(2000, 1, 1)).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    if published is None and not re.search(r"\b\d{4}\b", text):
        return None
    found = data.date_obj.date()
    if found.year < 1900:
        return None
    if period == "year":
        return date(found.year, 1, 1), MONTH
    if period == "month":
        return found.replace(day=1), MONTH
    if period == "week":
        return found - timedelta(days=found.weekday()), WEEK
    return found, DAY


_PRIMERS = ("last Tuesday", "two days ago", "March 3, 2021", "in January 2018", "yesterday")


def prime() -> None:
    """Have dateparser build its English patterns now. It compiles them on first use, at
    about a second's cost: a process about to fork workers primes them once, and every
    worker inherits them instead of paying for them again."""
    parser = _dateparser(date(2000, 1, 1))
    for text in _PRIMERS:
        parser.get_date_data(text)


_TIME_OF_DAY = re.compile(
    r"(?:\b(?:at|about|around|approximately|roughly|shortly|just|before|after|until|by|"
    r"some time|sometime)\s+)*"
    r"(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"(?:\s*\(?\b(?:[ecmp][sd]t|gmt|utc|local time)\b\)?)?"
    r"|\bnoon\b|\bmidnight\b)"
)


_HOURS_OF = re.compile(r"^(?:the\s+)?(?:(?:early|late|small|wee)\s+)?(?:morning\s+)?hours\s+of\s+")


def _clock_time(text: str) -> bool:
    """A time of day and nothing else ("shortly before 6 p.m.")."""
    clean = text.strip().lower()
    return bool(_TIME_OF_DAY.search(clean)) and not _without_time_of_day(clean)


def _without_time_of_day(text: str) -> str:
    """ "about 6 p.m. monday" -> "monday"; "july 16, 3:03 p.m." -> "july 16"; a bare time
    ("about 9:30 p.m.") -> "" (the day has to come from elsewhere)."""
    if not _TIME_OF_DAY.search(text):
        return text
    rest = _TIME_OF_DAY.sub(" ", text)
    rest = re.sub(r"\b(?:on|in|at|the|of|and)\s*$", "", re.sub(r"\s+", " ", rest).strip(" ,;-"))
    return re.sub(r"^(?:on|at|and)\s+", "", rest.strip(" ,;-")).strip(" ,;-")


_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_WEEKDAY_NAMES = [n.lower() for n in calendar.day_name]
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b")


def _numeric_day(clean: str, published: date | None) -> tuple[date, TimePrecision] | None:
    """ "On the night of Saturday 12/4/2025": a date in figures, day first (as most of the
    world writes it) or month first (as the United States does). The reading that names
    the weekday told beside it wins; else one not after publication, the nearer before it;
    else day first."""
    m = _NUMERIC_DAY.search(clean)
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if published is not None:
        readings = [d for d in readings if d <= published]
    if not readings:
        return None
    named = _WEEKDAY_WORD.search(clean)
    if named is not None:
        weekday = _WEEKDAY_NAMES.index(named.group(1))
        readings = [d for d in readings if d.weekday() == weekday] or readings
    if published is not None:
        readings.sort(key=lambda d: published - d)
    return readings[0], TimePrecision.DAY


def parse_date_expression(
    text: str, *, published: date | None
) -> tuple[date, TimePrecision] | None:
    """One date expression -> (date, precision), or None when it cannot be read.

    Raises nothing; relative expressions need ``published``.
    """
    clean = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")).strip(" .,;:")
    during = clean.startswith(("during ", "over ", "throughout "))
    clean = _PREFIX.sub("", clean)
    clean = re.sub(r"^(?:about|some|nearly|around)\s+", "", clean)
    clean = _HOURS_OF.sub("", clean)  # "the early morning hours of friday, may 6"
    if not clean:
        return None
    clean = _without_time_of_day(clean)
    if not clean:
        return None  # "about 9:30 p.m.": a time without its day
    numeric = _numeric_day(clean, published)
    if numeric is not None:
        return numeric
    if m := _WEEKDAY_THEN_DATE.match(clean):
        clean = clean[m.end() :]  # "early Sunday, Nov. 3": the calendar date decides
    if m := _RELATIVE_THEN_WEEKDAY.match(clean):
        clean = m.group(1)  # "the day before yesterday (saturday)"
    try:
        found = _other_calendar(clean) or _calendar(clean, published)
        if found is None:
            found = _holiday(clean, published, during=during)
        if found is None and published is not None:
            found = _holiday_of_year(clean, published, during=during)
        if found is None and published is not None:
            found = _relative(clean, published)
    except _NeedsPublication:
        return None
    except (ValueError, OverflowError) as exc:  # "99999999 days ago", "January 0000"
        log.debug("date %r is outside the calendar: %s", clean, exc)
        return None
    if found is None:
        try:
            found = _with_dateparser(clean, published)
        except (ValueError, OverflowError, TypeError) as exc:
            log.debug("dateparser failed on %r: %s", clean, exc)
            found = None
    return found


_WEEKDAY_CAP = "|".join(calendar.day_name)
_MONTH_CAP = "|".join(
    sorted([*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"], key=len, reverse=True)
)
_FINDER_STARTS = "".join(
    sorted({*"EeLlOoTtYy", *(w[:1] for w in (*calendar.day_name, *calendar.month_name[1:]))})
)
"""The letters a day expression of `_FINDER` can start with (its qualifiers' and
"yesterday"'s, the weekdays' and the months'): a lookahead on them lets the regex skip at
once the positions where none of its alternatives can start (issue 7: 2.5 times faster)."""
_FINDER = re.compile(
    rf"(?=[{_FINDER_STARTS}])(?:"
    r"\b(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Oo]vernight)\s+(?:on\s+)?)?"
    r"(?:(?:[Ll]ast|[Tt]his past)\s+)?"
    rf"(?:{_WEEKDAY_CAP})(?:'s|’s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:,?\s+(?:{_MONTH_CAP})\.?\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?)?"
    rf"|\b(?:{_MONTH_CAP})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|\b(?:[Yy]esterday|[Ll]ast night|[Oo]vernight|[Tt]his morning|[Ee]arly this morning|"
    r"[Tt]onight|[Tt]his afternoon|[Tt]his evening)\b"
    r")"
)
_REPORTED = re.compile(
    r"(?:\b(?:said|says|announced|(?<!was )(?<!were )reported|confirmed|stated|added|"
    r"told reporters|"
    r"told \w+|said in a (?:statement|news release|release|news conference))"
    r")\s*(?:on\s+)?$",
    re.I,
)
_STAMP = re.compile(
    r"\b(?:(?:posted|updated?|published|last modified)\s*:?|(?:released|issued|dated|filed)\s*:)"
    r"\s*(?:on\s+)?$",
    re.I,
)
"""A page's stamp before a date: "Posted: Monday", "Updated on", and with a colon only (the
verbs tell incidents too: "released on Monday") "Released: Monday, 26 June 2023"."""


_PROCEDURE = re.compile(
    r"\b(?:arrested|apprehended|charged|booked|arraigned|indicted|sentenced|detained|jailed|"
    r"caught|identified|released|held|filed|announced|captured|convicted|extradited)\b"
    r"[^.;:!?]{0,40}$",
    re.I,
)


def find_date_expressions(text: str) -> list[tuple[int, int]]:
    """Character spans of day expressions in ``text``: weekdays with their qualifiers
    ("late Saturday", "early Sunday, Nov. 3"), month-days ("Jan. 3", "May 6, 2016") and
    "yesterday", "last night", "overnight", "this morning". Names are matched with their
    capital ("May 6" but not "may 6"), so that verbs and common words are not read; and the
    named days of ``dates.yaml`` ("a Martin Luther King Day shooting")."""
    found = [(m.start(), m.end()) for m in _FINDER.finditer(text)]
    found += [
        (m.start(), m.end())
        for m in _named_days().finditer(text)
        if not any(a <= m.start() < b for a, b in found)
    ]
    return sorted(found)


@cache
def _named_days() -> re.Pattern[str]:
    """The capitalised names of ``dates.yaml`` ("Martin Luther King Day", "Christmas")."""
    names = {
        str(alias)
        for spec in _dates_data()["holidays"]
        for alias in [spec["name"], *spec.get("aliases", [])]
        if str(alias)[:1].isupper()
    }
    spelled = sorted({n for name in names for n in (name, name.replace("'", "’"))}, key=len)
    body = "|".join(re.escape(n) for n in reversed(spelled))
    # Every name starts with one of these capitals: the lookahead skips at once the word
    # starts that cannot match (most of them), instead of trying each name there.
    first = "".join(re.escape(c) for c in sorted({n[0] for n in spelled}))
    return re.compile(rf"\b(?=[{first}])(?:{body})(?:\s+weekend)?\b")


def reporting_context(before: str) -> str | None:
    """What the words just before a date make of it: "stamp" (a page's "Posted:" or
    "Updated:" line: the publication, not the incident), "reported" ("police said
    Sunday": when it was said, at or after the incident), "procedure" ("police
    apprehended a suspect early Saturday", "was ordered held on bond Monday": a later step
    of the case when the incident is named after it) or None (an event's own date)."""
    tail = before[-60:]
    if _STAMP.search(tail):
        return "stamp"
    if _REPORTED.search(tail):
        return "reported"
    if _PROCEDURE.search(tail):
        return "procedure"
    return None


_RELATIONS = {"same_day": 0, "day_after": 1, "day_before": -1, "after": 0, "before": 0}


def resolve_date(
    mentions: Sequence[DateMention],
    *,
    published: date | None,
    background: bool = False,
    says_today: bool = False,
) -> DateResult:
    """The event date of a candidate from its date mentions (most specific first).

    A mention carrying a ``relation`` is resolved from the anchor mention(s) that
    follow it. With no mention: the publication date (precision 1 when the text
    says "today", else 2), except for background incidents, which stay undated.
    """
    notes: list[str] = []
    found: list[DateResult] = []
    for i, mention in enumerate(mentions):
        if mention.relation is not None and mention.relation in _RELATIONS:
            anchored = _anchored(mention, mentions[i + 1 :], published)
            if anchored is not None:
                return anchored
            notes.append(f"date: relation {mention.relation!r} has no resolvable anchor")
            continue
        if any(mention is a.mention for a in found):
            continue
        parsed = parse_date_expression(mention.text, published=published)
        if parsed is not None:
            found.append(_checked(parsed, mention, published, list(notes), confidence=0.9))
        elif published is None:
            notes.append(
                f"date: {mention.text!r} is relative and the article has no publication date"
            )
        else:
            notes.append(f"date: {mention.text!r} not understood")
    if found:
        return _prefer_incident_day(found, published)
    if background:
        return DateResult(
            None, None, None, 0.0,
            (*notes, "date: background incident without its own date; left empty"),
        )  # fmt: skip
    if published is None:
        return DateResult(None, None, None, 0.0, (*notes, "date: no date and no publication date"))
    if says_today:
        return DateResult(published, DAY, None, 0.7,
                          (*notes, "date: 'today' in the text; publication date used"))  # fmt: skip
    return DateResult(
        published, WEEK, None, 0.4,
        (*notes, "date: not stated; publication date used, precision 2"),
    )  # fmt: skip


def _prefer_incident_day(found: list[DateResult], published: date | None) -> DateResult:
    """The first resolved mention, unless it only repeats the publication date (a
    dateline "Jan 21" or "today") while another mention names the incident's own day
    in the week before ("on Thursday")."""
    first = found[0]
    if published is None or first.date != published:
        return first
    for other in found[1:]:
        if (
            other.date is not None
            and other.precision == TimePrecision.DAY
            and 0 < (published - other.date).days <= 7
        ):
            note = f"date: {first.mention.text if first.mention else ''!r} is the dateline"
            return DateResult(
                other.date, other.precision, other.mention, other.confidence,
                (*other.notes, note),
            )  # fmt: skip
    return first


def _anchored(
    mention: DateMention, anchors: Sequence[DateMention], published: date | None
) -> DateResult | None:
    relation = mention.relation or ""
    for anchor in anchors:
        found = parse_date_expression(anchor.text, published=published)
        if found is None:
            continue
        day, precision = found
        try:
            day += timedelta(days=_RELATIONS[relation])
        except OverflowError:  # the day after 9999-12-31
            continue
        if relation in {"after", "before"} and not _clock_time(mention.text):
            precision = max(precision, WEEK)  # "shortly before 6 p.m.": the same day
        note = f"date: {mention.text!r} anchored on {anchor.text!r}"
        return _checked((day, precision), mention, published, [note], confidence=0.8)
    if relation in {"day_before", "day_after"} and published is not None and not anchors:
        found = parse_date_expression(mention.text, published=published)
        if found is not None:
            return _checked(found, mention, published, [], confidence=0.7)
    return None


def _checked(
    found: tuple[date, TimePrecision],
    mention: DateMention,
    published: date | None,
    notes: list[str],
    *,
    confidence: float,
) -> DateResult:
    day, precision = found
    if published is not None and day > published:
        notes.append(f"date: {mention.text!r} read as {day}, after publication; clamped")
        day, confidence = published, confidence * 0.6
    if published is None:
        confidence *= 0.8
    return DateResult(day, precision, mention, round(confidence, 3), tuple(notes))
