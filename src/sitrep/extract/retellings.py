"""A source's retelling of the incident an article reports: a quote ("'They came on motorcycles
and started shooting at everyone,' a survivor said") or a reported clause ("the Cell stated that
terrorist remnants attacked a point of the army in the Daqooq sector") that tells the same
incident again in the source's words. It is a restatement of that incident, not a new one, and
the day the source spoke ("announced, today, Monday, the martyrdom of three soldiers") is not
the incident's day. Pure functions over frames; ``passes`` folds the retellings."""

from __future__ import annotations

import re

from sitrep.extract.coref import (
    COUNTRIES,
    WEEKDAYS,
    dates_conflict,
    day_words,
    is_specific_date,
    overlap,
)
from sitrep.extract.frames import Frame
from sitrep.model import DateMention, Span

__all__ = ["retell_dates", "retells", "retold", "same_toll", "statement_date"]

SAYING = (
    r"(?:told|tells|said|says|stated|states|added|adds|reported|reports|announced|announces|"
    r"confirmed|confirms|declared|explained|indicated|recounted|recalled|described|quoted)"
)
REPORTED_CLAUSE = re.compile(rf"\b{SAYING}\b[^\"“”.;]{{0,90}}?\bthat\s", re.IGNORECASE)
"""A verb of saying that opens the clause it reports: "told SANA's reporter that ..."."""
SAID_ON = re.compile(rf"\b{SAYING}\s*,?\s*(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
"""A date right after a verb of saying dates the statement: "announced, today, Monday"."""
MIN_QUOTE_WORDS = 5
"""A quotation shorter than this is a name or a scare quote ("the 'liberation' operation"),
not a source's words."""


def _own_sentence(f: Frame) -> Span | None:
    return next((e for e in f.evidence if e.start <= f.trigger.start < e.end), None)


def _inside_quote(before: str, after: str) -> bool:
    """Is the text between ``before`` and ``after`` inside a quotation of some length?"""
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    if not (curly or straight):
        return False
    opening = max(before.rfind("“"), before.rfind('"'))
    closing = [i for i in (after.find("”"), after.find('"')) if i >= 0]
    end = min(closing) if closing else len(after)
    quoted = before[opening + 1 :] + " " + after[:end]
    return len(quoted.split()) >= MIN_QUOTE_WORDS


def retold(f: Frame) -> bool:
    """Is the frame's incident told in a source's words: inside a quotation, or in the clause a
    verb of saying reports ("A source told SANA's reporter that terrorists opened fire ...")?"""
    sent = _own_sentence(f)
    if sent is None:
        return False
    at = f.trigger.start - sent.start
    before, after = sent.text[:at], sent.text[at:]
    return _inside_quote(before, after) or REPORTED_CLAUSE.search(before) is not None


def statement_date(f: Frame, d: DateMention) -> bool:
    """Does ``d`` date a statement rather than the incident ("The Cell announced, today,
    Monday, the martyrdom of three soldiers")?"""
    if d.span is None:
        return False
    sent = next((e for e in f.evidence if e.start <= d.span.start < e.end), None)
    if sent is None:
        return False
    return SAID_ON.search(sent.text[: d.span.start - sent.start]) is not None


def _incident_dates(f: Frame) -> list[DateMention]:
    return [d for d in f.dates if not statement_date(f, d)]


def _own_days(dates: list[DateMention]) -> set[str]:
    return day_words([d.text for d in dates if d.relation is None and is_specific_date(d.text)])


def _specific(names: list[str]) -> list[str]:
    """The names finer than a region: a country ("neutralized 11 terrorists in northern Iraq
    and Syria") or a province shared says nothing of the same incident."""
    return [
        n
        for n in names
        if n.lower().split()[-1] not in {"province", "governorate", "region"}
        and n.lower() not in COUNTRIES
    ]


def retells(a: Frame, b: Frame) -> bool:
    """Is ``b``, a source's retelling, the incident ``a`` reported? The same kind of incident,
    told at one of ``a``'s places; a day of its own may not differ from ``a``'s day, and only
    a day of the same week ("yesterday, Sunday") may stand beside a day that dates nothing but
    a statement ("announced, today, Monday"): a witness recalling an attack "in March" tells
    an earlier incident."""
    if a.background_cue != b.background_cue or a.aggregate or b.aggregate:
        return False
    if not retold(b) or b.new_marker:
        return False
    mine = _specific([p.text for p in b.places if p.context != "dateline"])
    theirs = _specific([p.text for p in a.places if p.context != "dateline"])
    if not (mine and overlap(mine, theirs)) and not same_toll(a, b):
        return False
    told = _incident_dates(a)
    days_b = _own_days(b.dates)
    if _own_days(told):
        return not dates_conflict(told, b.dates)
    if not days_b:
        return True
    return days_b <= WEEKDAYS and not any(d.relation for d in b.dates)


def same_toll(a: Frame, b: Frame) -> bool:
    """Do both tell the same dead and the same wounded, two or more in all ("the martyrdom of
    two fighters ... and the wounding of three others" in the lead, "which led to the
    martyrdom of two fighters and the wounding of three others" in the source's words, which
    name the village on the road instead of the district)? Two figures alike stand for a
    place alike; one figure alone does not."""
    told = []
    for x, y in ((a.fatalities, b.fatalities), (a.injuries, b.injuries)):
        if x is None or y is None or x.value != y.value:
            return False
        told.append(x.value or 0)
    return sum(told) >= 2


def retell_dates(a: Frame, b: Frame) -> None:
    """After folding retelling ``b`` into ``a``: where ``a`` was dated only by a statement, the
    incident's own day told in ``b`` dates it."""
    if _own_days(_incident_dates(a)) or not _own_days(b.dates):
        return
    a.dates = [d for d in b.dates if d.relation is None] + [
        d for d in a.dates if d.relation is None
    ]
    a.notes.append("dated by the source's retelling, not by the day the statement was made")
