"""Which mentions are the same incident: "the blast", "Monday's attack", a headline and its
lead, a restatement further down ("an attack ... in which 11 soldiers were killed"), and a
follow-on sentence that adds the toll. Pure functions over frames; the figures kept are the
most specific ones stated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from sitrep.extract.extensions import doc_text
from sitrep.extract.frames import Frame
from sitrep.extract.places_dates import ITEM_LABEL
from sitrep.extract.subtypes import UNARMED_TARGETS, specificity
from sitrep.model import (
    ActorMention,
    ActorRole,
    DateMention,
    PlaceMention,
    Quantity,
    Span,
    SubEventType,
)

__all__ = [
    "BATTLE",
    "COUNTRIES",
    "EXPLOSIVE",
    "GENERIC_SUBS",
    "REGION_WORDS",
    "TIME_OPENER",
    "Mention",
    "absorb",
    "compatible",
    "dated_apart",
    "dates_conflict",
    "day_words",
    "family",
    "find_antecedent",
    "focus_on",
    "give_up",
    "inherit",
    "is_specific_date",
    "last_told",
    "merge_frames",
    "other_items",
    "overlap",
    "refers_back",
    "series_elsewhere",
    "series_home",
    "spin_off",
    "subset_figures",
    "told_long_before",
    "told_months_apart",
    "toll_update",
]

S = SubEventType
EXPLOSIVE = frozenset(
    {
        S.SUICIDE_BOMB,
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        S.SHELLING_ARTILLERY_MISSILE,
        S.AIR_DRONE_STRIKE,
        S.GRENADE,
        S.CHEMICAL_WEAPON,
    }
)
BATTLE = frozenset(
    {
        S.ARMED_CLASH,
        S.ATTACK,
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        S.SEXUAL_VIOLENCE,
        S.GOVERNMENT_REGAINS_TERRITORY,
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        S.MOB_VIOLENCE,
    }
)
PROTEST = frozenset(
    {
        S.PEACEFUL_PROTEST,
        S.PROTEST_WITH_INTERVENTION,
        S.VIOLENT_DEMONSTRATION,
        S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    }
)
GENERIC_SUBS = frozenset({S.ATTACK, S.ARMED_CLASH})
CASUALTY_KINDS = frozenset({"kill", "wound", "combined"})
STOP = frozenset(
    {
        "the",
        "province",
        "governorate",
        "city",
        "district",
        "town",
        "village",
        "area",
        "near",
        "on",
        "in",
        "of",
        "and",
        "al",
        # the words of an administrative unit: "Pale Township" and "the Budalin Township"
        # share no place ...
        "township",
        "region",
        "state",
        "county",
        "subdistrict",
        "territory",
        "commune",
        "locality",
        "municipality",
        "department",
        "tehsil",
        "chiefdom",
        "sector",
        "countryside",
        # and of a feature: "the al-Zunuj neighbourhood" and "the Osaifra neighbourhood",
        # "the Hamrin mountains" and "the Qarachogh mountains" are two places
        "neighbourhood",
        "neighborhood",
        "quarter",
        "mountains",
        "valley",
    }
)
MAX_SENTENCE_GAP = 2
COUNTRIES = frozenset(
    {
        "iraq",
        "syria",
        "turkey",
        "iran",
        "lebanon",
        "jordan",
        "yemen",
        "somalia",
        "mali",
        "nigeria",
        "afghanistan",
        "kurdistan region",
    }
)
REGION_WORDS = frozenset({"province", "governorate", "region", "countryside", "county", "state"})
WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
    }
)
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = frozenset(MONTH_NAMES)
MONTHS_ORDER = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
YEARS: frozenset[str] = frozenset()
HABITUAL_DATES = frozenset(
    {"daily", "nightly", "weekly", "monthly", "annually", "yearly", "regularly", "often"}
)
DAY_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


@dataclass
class Mention:
    """What one sentence segment says about an incident."""

    sub: SubEventType
    typed_by: str
    kind: str
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    fatalities: Quantity | None
    injuries: Quantity | None
    combined: Quantity | None
    weapon: str | None
    weapon_span: Span | None
    evidence: Span
    sent_start: int
    sent_index: int
    definite: bool
    new_marker: bool
    background: bool = False
    extra_killed: int = 0
    subsets: frozenset[str] = frozenset()
    """Figures that count part of a group already counted ("one of the victims died")."""
    plural: bool = False
    """The incident word is a plural ("the strikes", "the raids"): a series of hits."""
    dated_apart: bool = False
    """Its own date is over a week before publication ("the attack on November 13"): not
    the day a weekday ("on Sunday") in the same report names."""
    item: int | None = None
    """The numbered list item the sentence is on (`places_dates.item_of`): one incident an
    item."""
    long_before: bool = False
    """Its own date is weeks or years before publication ("On 18 May", "In April", "In July
    2020", "in 2019"; see :func:`told_long_before`)."""
    part: bool = False
    """ "The second exploded five minutes later": one of several things counted in an
    incident told before ("two car bombs exploded minutes apart")."""
    opens_new: bool = False
    """The sentence opens on a marker of another incident ("Separately, ...") and names an
    incident with no "the" too ("conducted several strikes"): "the attacks" there is not the
    incident told before."""
    sibling: Frame | None = None
    """The series this mention continues at another place (set by ``find_antecedent``)."""
    victims_again: bool = False
    """The sentence names "the victims" of an incident already told (`cues.victims_again`)."""


def family(sub: SubEventType) -> str:
    if sub in EXPLOSIVE or sub in BATTLE:
        return "violent"
    if sub in PROTEST:
        return "protest"
    return sub.value


def compatible(frame: Frame, kind: str, sub: SubEventType) -> bool:
    """Could a mention typed ``sub`` by a ``kind`` trigger refer to ``frame``?"""
    if frame.sub_event_type == sub:
        return True
    if (
        kind == "event"
        and frame.trigger_kind == "event"
        and sub in EXPLOSIVE
        and frame.sub_event_type in EXPLOSIVE
    ):
        return False  # a suicide bombing is not the shelling named before it
    if kind == "explosion":
        return frame.sub_event_type in EXPLOSIVE or frame.sub_event_type in GENERIC_SUBS
    if kind in {"attack"} | CASUALTY_KINDS or sub in GENERIC_SUBS:
        return family(frame.sub_event_type) in {"violent", "protest"}
    if frame.sub_event_type in GENERIC_SUBS:
        return family(sub) == "violent"
    return family(frame.sub_event_type) == family(sub) and family(sub) in {"violent", "protest"}


QUARTERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central", "upper", "lower"})  # fmt: skip
"""Words that name one part of a unit beside others: "Lamu East" and "Lamu West" are two
sub-counties, not one place."""


def _content_words(name: str) -> set[str]:
    return {w for w in name.lower().replace("-", " ").split() if len(w) > 2} - STOP


def overlap(a: list[str], b: list[str]) -> bool:
    """Do two lists of names share a content word ("Diyala" / "Diyala province")? Two names
    of other parts of one unit ("Lamu East", "Lamu West") do not."""
    words_b = [_content_words(t) for t in b]
    for t in a:
        wa = _content_words(t)
        for wb in words_b:
            if wa & wb and not (wa & QUARTERS and wb & QUARTERS and wa & QUARTERS != wb & QUARTERS):
                return True
    return False


def _absolute(dates: list[DateMention]) -> list[str]:
    return [d.text for d in dates if d.relation is None and is_specific_date(d.text)]


_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|gmt\b|utc\b|hrs\b|o'clock)|\b\d{1,2}[:.]\d{2}\b"
)
"""A clock time ("11 p.m.", "23:40", "9.30am"): its number is no day of the month."""


def day_words(texts: list[str]) -> set[str]:
    return {
        w
        for t in texts
        for w in re.findall(r"[a-z]+|\d+", _CLOCK.sub(" ", t.lower()))
        if w in DAY_WORDS or w.isdigit()
    }


def dates_conflict(a: list[DateMention], b: list[DateMention]) -> bool:
    """Two dates of the same kind (weekday, month, year, day of the month) that differ."""
    mine, theirs = day_words(_absolute(a)), day_words(_absolute(b))
    for kind in (WEEKDAYS, MONTHS, YEARS):
        x, y = mine & kind, theirs & kind
        if kind is YEARS:
            x, y = {w for w in mine if len(w) == 4}, {w for w in theirs if len(w) == 4}
        if x and y and not (x & y):
            return True
    x = {w for w in mine if w.isdigit() and len(w) <= 2}
    y = {w for w in theirs if w.isdigit() and len(w) <= 2}
    month_a, month_b = mine & (DAY_WORDS - WEEKDAYS), theirs & (DAY_WORDS - WEEKDAYS)
    return bool(x and y and month_a and month_a == month_b and not (x & y))


def _dates_conflict(m: Mention, frame: Frame) -> bool:
    return dates_conflict(m.dates, frame.dates)


def is_specific_date(text: str) -> bool:
    """False for "since 2019", "every few months", "a year", "annually": no incident date."""
    low = text.lower().strip()
    first = low.split(" ", 1)[0]
    if first == "since" and WEEKDAYS.intersection(re.findall(r"[a-z]+", low)):
        return True  # "since the night of Thursday": a few days from a day of this week
    if first in {"since", "every", "each", "per"} or first in HABITUAL_DATES:
        return False
    if low.removeprefix("near ").removeprefix("almost ") in HABITUAL_DATES:
        return False
    if re.search(r"\b(19|20)\d\d\s*[-–]\s*(19|20)?\d\d\b", low):
        return False  # "2006-2007": a period
    if low.split()[-1] in {"years", "decades", "months"} and not any(c.isdigit() for c in low):
        return False  # "in those years", "for decades": a period, not an incident's date
    return low not in {
        "a year",
        "a month",
        "a week",
        "a day",
        "years",
        "months",
        "decades",
        "recent months",
        "in recent months",
        "in recent years",
        "recent years",
    }


def _vague(places: list[PlaceMention]) -> bool:
    """Only a country or province named: a village named next is likely inside it."""
    return bool(places) and all(
        p.text.lower() in COUNTRIES or p.text.lower().split()[-1] in REGION_WORDS for p in places
    )


BEARING = re.compile(
    r"\b(north|south|east|west|northeast|northwest|southeast|southwest)(\s*-?\s*(east|west))?"
    r"\s+of\b|\b(km|kilometres|kilometers|miles)\b"
)
"""A place's context that measures from it ("north of", "south east of", "20 km from"): a
reference point, not where the incident was."""


def _places_agree(m: Mention, frame: Frame) -> bool:
    if not m.places or not frame.places:
        return True
    # "angry young men in the town of Shatra, north of Nasiriyah": Shatra, not Nasiriyah
    own = [p for p in m.places if not BEARING.search(p.context or "")] or m.places
    # the dateline's town is where the story was filed ("LAMU - ... an IED attack in Lamu
    # East" names no site of a raid in "Lamu West")
    told = [p for p in frame.places if p.context != "dateline" and _a_site(p.text)]
    told = told or frame.places  # ("KANSAS CITY, Mo. -": only the dateline names a town)
    mine, theirs = [p.text for p in own], [p.text for p in told]
    return overlap(mine, theirs)


def _other_place(m: Mention, frame: Frame) -> bool:
    return m.plural and m.sub == frame.sub_event_type and series_elsewhere(frame, m.places)


def series_elsewhere(frame: Frame, places: list[PlaceMention]) -> bool:
    """ "In northern Iraq, the strikes targeted Qandil": the series named before goes on at
    another named place, which ACLED codes as an event of its own."""
    if not places or _vague(places):
        return False
    told = [p.text for p in frame.places if p.context != "dateline" and not _vague([p])]
    if not frame.focus and len(told) > 1:
        return False  # "bombed Derik and Kobani" then "the strikes on Derik": told one by one
    focus = frame.focus or told
    if not focus:
        return False
    return not overlap([p.text for p in places if p.text.lower() not in COUNTRIES], focus)


def series_home(frames: list[Frame], series: Frame, places: list[PlaceMention]) -> Frame | None:
    """The part of a series already told at one of these places ("Around Kobani, the strikes
    ..." after the strikes on Derik split off), if any."""
    named = [p.text for p in places if p.text.lower() not in COUNTRIES]
    for f in reversed(frames):
        if f.merged_into is not None or f.sub_event_type != series.sub_event_type:
            continue
        if f.background_cue == series.background_cue and overlap(
            named, f.focus or [p.text for p in f.places]
        ):
            return f
    return None


def spin_off(series: Frame, *, trigger: Span, index: int, sent_index: int) -> Frame:
    """A new frame for the part of a series told at another place ("the strikes" again,
    now in another named place): the series' type, date and actors, no place or figure yet."""
    frame = Frame(
        index=index,
        sub_event_type=series.sub_event_type,
        plover_type=series.plover_type,
        plover_mode=series.plover_mode,
        trigger=trigger,
        trigger_kind=series.trigger_kind,
        evidence=[],
        sentence_starts=[],
        confidence=series.confidence,
        field_confidence=dict(series.field_confidence),
        sent_index=sent_index,
        definite=True,
    )
    inherit(frame, series)
    return frame


def focus_on(frame: Frame, places: list[PlaceMention]) -> None:
    """ "The strikes on the Derik countryside hit ...": the series is now told place by place."""
    if places and not _vague(places):
        frame.focus = [p.text for p in places]


def _dated_elsewhere(m: Mention, frame: Frame) -> bool:
    """ "The operation comes a week after the attack on Istiklal Avenue on November 13": an
    earlier incident at another place than the undated one being reported."""
    return (
        m.dated_apart
        and not day_words(_absolute(frame.dates)) & (DAY_WORDS - WEEKDAYS)
        and bool(m.places)
        and bool(frame.places)
        and not _places_agree(m, frame)
    )


def _date_parts(low: str) -> tuple[int | None, int | None, int | None]:
    """The month (1-12), day of the month and year a lower-cased date names, each None where
    it names none ("on 18 may" -> (5, 18, None), "in july 2020" -> (7, None, 2020))."""
    month = next((i for i, mo in enumerate(MONTHS_ORDER, 1) if re.search(rf"\b{mo}", low)), None)
    day = re.search(r"\b([12]?\d|3[01])(?:st|nd|rd|th)?\b", low)
    year = re.search(r"\b(19|20)\d\d\b", low)
    return (
        month,
        int(day.group(1)) if day else None,
        int(year.group()) if year else None,
    )


def dated_apart(dates: list[DateMention], published: date | None, *, days: int = 6) -> bool:
    """Does an absolute "<month> <day>" date name a day more than ``days`` before
    publication?"""
    if published is None:
        return False
    for text in _absolute(dates):
        month, day, year = _date_parts(text.lower())
        if month is None or day is None:
            continue
        try:
            when = date(year or published.year, month, day)
        except ValueError:
            continue
        if when > published and year is None:
            when = when.replace(year=when.year - 1)
        if (published - when).days > days:
            return True
    return False


def other_items(a: int | None, b: int | None) -> bool:
    """Are two reports on two items of a numbered list ("3. Kaga LGA - ...", "4. Dikwa LGA -
    ...")? A monitor tells one incident an item."""
    return a is not None and b is not None and a != b


def told_months_apart(long_before: bool, dates: list[DateMention], f: Frame) -> bool:
    """ "On 18 May, a car bomb exploded near the police station" after a shooting "on Sunday
    evening": both dated, one weeks or years before publication and the other not, they
    are two incidents."""
    return long_before != f.long_before and bool(_absolute(dates)) and bool(_absolute(f.dates))


def told_long_before(dates: list[DateMention], published: date | None) -> bool:
    """Does an absolute date name a time weeks or more before publication: a day over a week
    back (:func:`dated_apart`), a month before last week's ("In April" in a September
    report), an earlier year ("In July 2020", "in 2019")? Such an incident is not the one a
    weekday ("on Sunday") of the same report names."""
    if published is None:
        return False
    if dated_apart(dates, published):
        return True
    now = published.year * 12 + published.month
    for text in _absolute(dates):
        month, day, year = _date_parts(text.lower())
        if day is not None:
            continue  # a day of the month: dated_apart's to judge
        if month is None:
            if year is not None and year < published.year:
                return True  # "in 2019"
            continue
        then = (year or published.year) * 12 + month
        if year is None and then > now:
            then -= 12  # "in December" in a January report: last year's
        if now - then >= 2 or (now - then == 1 and published.day > 7):
            return True
    return False


def give_up(series: Frame, places: list[PlaceMention]) -> None:
    """The series keeps only the places not now told as an event of their own."""
    mine = [p.text for p in places if p.text.lower() not in COUNTRIES]
    keep = [p for p in series.places if not overlap([p.text], mine)]
    if keep and mine:
        series.places = keep


def inherit(frame: Frame, sibling: Frame) -> None:
    """A series split by place: the new frame keeps the series' type, date and actors; the
    first frame gives up the places now told apart."""
    have = {(a.text.lower(), a.role) for a in frame.actors}
    frame.actors = [a for a in sibling.actors if (a.text.lower(), a.role) not in have] + list(
        frame.actors
    )
    if not _absolute(frame.dates):
        frame.dates = [d for d in sibling.dates if d.relation is None] + list(frame.dates)
    if frame.weapon is None:
        frame.weapon, frame.weapon_span = sibling.weapon, sibling.weapon_span
    give_up(sibling, frame.places)
    frame.focus = [p.text for p in frame.places]
    frame.trigger_kind = sibling.trigger_kind
    frame.notes.append(f"same series as event {sibling.index + 1}, at another place")


SEVERAL = re.compile(
    r"\b(?:two|three|four|twin|double|triple|several|multiple|[2-9])\s+(?:[\w-]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
"""Several things counted in one report: "two car bombs", "twin blasts", "three explosions"."""


def zero_toll(m: Mention) -> bool:
    """ "No one was hurt", "without casualties": figures that count no one, and none other."""
    told = [q for q in (m.fatalities, m.injuries, m.combined) if q is not None]
    return bool(told) and all(q.value == 0 for q in told)


def find_antecedent(frames: list[Frame], m: Mention) -> Frame | None:
    """The frame this mention repeats, or None for a new incident."""
    recalled = _recalled_toll(frames, m)
    if recalled is not None:
        return recalled
    live = [
        f
        for f in frames
        if f.merged_into is None
        and f.background_cue == m.background
        and not f.headline
        and not told_months_apart(m.long_before, m.dates, f)
        and not other_items(m.item, f.item)
    ]
    if not live:
        return None
    if refers_back(m):
        # "One of the wounded died on Monday, raising the toll to four": a later death among
        # victims already counted, dated by the death, not by the incident; the place may
        # be the hospital's
        told = [
            f
            for f in reversed(live)
            if compatible(f, m.kind, m.sub) and family(f.sub_event_type) in {"violent", "protest"}
        ]
        tolled = [f for f in told if f.fatalities is not None or f.injuries is not None]
        here = [f for f in tolled if m.places and f.places and _places_agree(m, f)]
        if here or tolled or told:
            return (here or tolled or told)[0]
    if m.part:
        counted = [
            f
            for f in reversed(live)
            if compatible(f, m.kind, m.sub) and any(SEVERAL.search(e.text) for e in f.evidence)
        ]
        if counted:
            return counted[0]
    has_relation = any(d.relation for d in m.dates)
    last = live[-1]
    near = m.sent_index - last.sent_index <= MAX_SENTENCE_GAP
    zero = zero_toll(m)
    if zero and m.kind in CASUALTY_KINDS and m.sent_index == last.sent_index:
        return last  # "set fire to a police station ... without causing casualties"
    # A bare toll sentence right after an incident adds figures to it; "No one was hurt"
    # after an arson too (a toll of none).
    if (
        m.kind in CASUALTY_KINDS
        and (m.typed_by in {"kill", "attack"} or zero)
        and near
        and not has_relation
        and not _absolute(m.dates)
        and _places_agree(m, last)
        and (
            family(last.sub_event_type) in {"violent", "protest"}
            # "struck the parish compound and set fire to houses. MONUSCO counted at least
            # 38 dead": the arson killed, and the toll makes it an attack (absorb retypes)
            or last.sub_event_type == SubEventType.LOOTING_PROPERTY_DESTRUCTION
        )
    ):
        return _victims_alike(live, last, m)
    # "... said the three victims were waiting near the bridge when four men fired at them":
    # the victims of the incident just told, at a spot of its scene
    if (
        m.victims_again
        and near
        and not has_relation
        and not m.opens_new
        and not _absolute(m.dates)
        and compatible(last, m.kind, m.sub)
        and family(last.sub_event_type) == "violent"
    ):
        return last
    if m.definite and not m.opens_new:
        cands = [
            f
            for f in reversed(live)
            if compatible(f, m.kind, m.sub)
            and not _dates_conflict(m, f)
            and not _dated_elsewhere(m, f)
            # "On 18 May, a car bomb exploded near the police station in the city": a day
            # weeks back is another incident than the one the report has not dated
            and not (m.dated_apart and not _absolute(f.dates))
        ]
        for f in cands:
            if m.places and f.places and _places_agree(m, f) and not _other_place(m, f):
                return f
        # "Jaish al-Zolm, in a message published hours after the attack, took responsibility
        # for it": a claim names the incident it claims; its time phrase dates the claim
        claimed = any(a.role == ActorRole.CLAIMED_BY for a in m.actors)
        if cands and any(p.context == ITEM_LABEL for p in m.places):
            # "- Kansafra village (Jabal al-Zawiya): ... the same forces shelled the village":
            # a monitor's list item filed under another place than the item before is
            # another incident, however it refers back to the same forces
            return None
        # "the riot police pushed the demonstrators away ... and detained three of them,
        # before releasing them hours later": the crowd just told, whatever later step the
        # sentence dates
        crowd = bool(cands) and m.sub in PROTEST and cands[0].sub_event_type in PROTEST
        if cands and (not has_relation or claimed or crowd):
            if _other_place(m, cands[0]):
                m.sibling = cands[0]
                return None
            return cands[0]
        return None
    if has_relation or m.new_marker:
        return None
    # The next sentence goes on about the same incident: no date or place of its own.
    if (
        near
        and compatible(last, m.kind, m.sub)
        and not _absolute(m.dates)
        and (_places_agree(m, last) or _vague(last.places))
        and (not m.places or last.places)
        and not _another_crowd(m, last)
    ):
        return last
    # An indefinite restatement: same place and the same toll or date; an incident word of
    # its own ("gunmen kidnapped a young man") restates only an incident of its own type
    if m.places:
        for f in reversed(live):
            if not compatible(f, m.kind, m.sub) or not f.places or not _places_agree(m, f):
                continue
            if m.kind == "event" and f.sub_event_type != m.sub:
                continue
            same_toll = (
                m.fatalities is not None
                and f.fatalities is not None
                and m.fatalities.value == f.fatalities.value
            )
            # "on 7 April" and "on Monday evening" are both dates, but not the same one: only
            # a day word told in both says so
            same_date = bool(
                day_words(_absolute(m.dates)) & day_words(_absolute(f.dates))
            ) and not _dates_conflict(m, f)
            if same_toll or same_date:
                return f
    return None


def _a_site(name: str) -> bool:
    """A name that may stand beside the dateline as a place told: not a country or a state's
    abbreviation ("KANSAS CITY, Mo. -")."""
    low = name.lower()
    return len(low.rstrip(".")) > 3 and low not in COUNTRIES


def _another_crowd(m: Mention, last: Frame) -> bool:
    """ "... organized yesterday a protest stand in front of the municipality. In the
    evening, angry young men closed the coastal road with burning tyres, in protest": a crowd
    of another kind, at a time of its own, is another protest."""
    return (
        m.sub in PROTEST
        and last.sub_event_type in PROTEST
        and m.sub != last.sub_event_type
        and (bool(m.dates) or TIME_OPENER.match(m.evidence.text) is not None)
    )


TIME_OPENER = re.compile(
    r"\s*(?:(?:later\s+)?in\s+the\s+(?:morning|afternoon|evening|night)|at\s+(?:night|dawn|dusk|"
    r"nightfall)|later\s+(?:that|in\s+the)\s+(?:day|evening|night))\b",
    re.IGNORECASE,
)
"""A sentence that opens on a time of day of its own: "In the evening, angry young men ..."."""


def _victim_kinds(actors: list[ActorMention]) -> set[str]:
    return {
        a.label
        for a in actors
        if a.role == ActorRole.ACTOR2 and a.label is not None and a.label.startswith("generic:")
    }


def _victims_alike(live: list[Frame], last: Frame, m: Mention) -> Frame:
    """The incident a bare toll goes on about: the last one told, unless the sentence that
    told it told two ("a soldier was killed in an IED attack in Lamu East, barely a day
    before militants raided a village in Witu, killing two men") and the toll's victims are
    of the kind only the other one hit ("two soldiers died on the spot")."""
    told_here = [
        f
        for f in live
        if f is not last
        and any(e.start == m.evidence.start for e in f.evidence)
        and compatible(f, m.kind, m.sub)
    ]
    if told_here:
        return told_here[-1]  # "two soldiers died on the spot, while three others were injured"
    mine = _victim_kinds(m.actors)
    if not mine or _victim_kinds(last.actors) & mine:
        return last
    peers = [
        f
        for f in reversed(live)
        if f is not last
        and min(f.sentence_starts, default=-1) == min(last.sentence_starts, default=-2)
        and compatible(f, m.kind, m.sub)
        and _places_agree(m, f)
        and _victim_kinds(f.actors) & mine
    ]
    return peers[0] if peers else last


GROUND_TAKEN = frozenset({S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY})
"""The battle sub-event types of ground changing hands: they name a clash that ends so."""
BUILDING_TAKEN = re.compile(
    r"\b(?:took|take|taken|takes|taking|seized|seize|gained)\s+control\s+of\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:headquarters|base|building|office|post|position|checkpoint|barracks|"
    r"compound)\b",
    re.IGNORECASE,
)
"""A building taken in a fight ("took control of the headquarters of the group"): the clash
stays a clash."""

TOLL_NOUN = r"(?:toll|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|casualties))"
TOLL_TO = re.compile(
    # "..., raising the toll to": the toll brought up by what the clause before tells
    rf"(?:,|\band)\s+(?:raising|bringing|pushing|taking|lifting)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{TOLL_NOUN}\s+(?:(?:from|of|in)\s+(?:[\w-]+\s+){{1,3}}?)?(?:to|at)\s"
    # "the death toll from the blast climbed to": the count itself moved on
    rf"|\b{TOLL_NOUN}\s+(?:(?:from|of|in)\s+[^.;:]{{1,160}}?\s)?"
    r"(?:(?:has|had|have|now|since|further|then|later|overnight)\s+)*"
    r"(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|grew|grown|mounted"
    r"|went\s+up|gone\s+up)\s+(?:to|at)\s",
    re.IGNORECASE,
)
"""A toll brought up to date: ", raising the toll to", "the death toll rose to". A source that
puts or raises the toll itself ("the health authority later raised the toll to 11") gives its
own figure, a rival of the others (the lowest is coded)."""
UPDATE_GAP = 40
"""How far after "toll ... to" a figure may stand and still belong to it ("the toll to four
dead and four wounded")."""
PART_OF_HURT = re.compile(
    r"\bof\s+(?:the|those)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)(?:\s+[a-z]+)?\s+"
    r"(?:(?:had|has|have|later|since|subsequently|then|also)\s+)*(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
"""A later death among victims counted before: "one of the wounded soldiers died"."""
HURT_THEN_DIED = re.compile(
    r"\bwho\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|shot)\s+in\s+"
    r"(?:the|that|this|[A-Z]\w+'s)\s+(?:\w+\s+)?(?:attacks?|assault|ambush|blast|bombing|"
    r"explosion|shooting|raid|strike|fighting|clash(?:es)?|gunfight|incident)\b"
    r"[^,;]{0,60}?\b(?:died|succumbed|passed\s+away)\b",
)
"""A death of someone hurt in an incident told before: "a soldier who was wounded in the
attack died in hospital on Monday"."""


OUTDATED = -1
"""A frame's specificity for a figure the article itself calls first or provisional: the
only one so far, which any later figure not so told replaces."""
EARLIER_TOLL = re.compile(
    r"\b(?:first|initial|provisional|preliminary|earlier|previous|old)\s+(?:provisional\s+)?"
    r"(?:death\s+)?(?:toll|tally|count|figure|report)\b[^.;]*$",
    re.IGNORECASE,
)
"""A toll the article tells as outdated: "A first provisional toll ... spoke of some twenty
dead"."""


def last_told(frames: list[Frame]) -> Frame | None:
    """The incident the body told last: the latest frame not folded into another and not a
    title line's."""
    live = [f for f in frames if f.merged_into is None and not f.headline]
    return live[-1] if live else None


def _recalled_toll(frames: list[Frame], m: Mention) -> Frame | None:
    """ "On 16 June 2023, ADF rebels attacked Lhubiriha Secondary School ..., killing 42
    people. Some local leaders at the time put the toll at 44.": a bare toll in the sentence
    right after a recalled incident, with no day or place of its own, goes on about that
    incident, though the sentence carries no cue of the past itself (a toll is no incident:
    it cannot open a story of its own and would fall to the current one)."""
    if m.background or m.kind not in CASUALTY_KINDS or m.dates or m.places:
        return None
    last = last_told(frames)
    if (
        last is not None
        and last.background_cue
        and m.sent_index - last.sent_index == 1
        and compatible(last, m.kind, m.sub)
        and family(last.sub_event_type) in {"violent", "protest"}
    ):
        return last
    return None


def _said_before(m: Mention, q: Quantity | None) -> str | None:
    """The words of the mention's sentence before the figure ``q``, or None when ``q`` is not
    a figure of that sentence."""
    if q is None or q.span is None:
        return None
    ev = m.evidence
    if not ev.start <= q.span.start <= ev.end:
        return None
    return ev.text[: q.span.start - ev.start]


def superseded(m: Mention, q: Quantity | None) -> bool:
    """Is ``q`` a toll the article itself calls first, provisional or earlier? It never beats
    a toll already counted (the newer one stands)."""
    before = _said_before(m, q)
    return before is not None and bool(EARLIER_TOLL.search(before))


def toll_update(m: Mention, q: Quantity | None) -> bool:
    """Is ``q`` the toll brought up to date ("raising the toll to four dead and four wounded")?
    An update of the article's own count, not a rival figure from another source."""
    before = _said_before(m, q)
    if before is None:
        return False
    for match in TOLL_TO.finditer(before):
        gap = before[match.end() :]
        if len(gap) <= UPDATE_GAP and not re.search(r"[,;:.]", gap):
            return True
    return False


def refers_back(m: Mention) -> bool:
    """Does the mention tell a later turn of an incident already counted: the toll brought
    up to date, or a death among the wounded ("one of the injured died in hospital")?"""
    if m.new_marker or m.opens_new:
        return False
    if any(toll_update(m, q) for q in (m.fatalities, m.injuries, m.combined)):
        return True
    text = m.evidence.text
    return bool(PART_OF_HURT.search(text) or HURT_THEN_DIED.search(text))


def _one_victim(q: Quantity) -> bool:
    """A figure of one read from a person ("a woman", "he", a name), not a stated count."""
    return q.value == 1 and not any(
        w in {"one", "1", "single", "only"} for w in re.findall(r"[a-z0-9]+", q.raw.lower())
    )


def _better(new: Quantity, old: Quantity | None, old_spec: int) -> bool:
    """A stated number beats a vague one ("dozens"); between stated numbers, the lowest an
    article gives wins (the team's ACLED convention)."""
    if old is None:
        return True
    if _one_victim(new) and (old.value or 0) > 1:
        return False  # "A woman was shot in her neck": one of the victims already counted
    if _one_victim(old) and (new.value or 0) > 1:
        return True  # "He was shot ..." then "the shootout left two wounded": the count
    s = specificity(new)
    if (s == 1) != (old_spec == 1):
        return s > old_spec
    return (new.value or 0) < (old.value or 0)


def absorb(frame: Frame, m: Mention) -> None:
    """Fold a repeated mention into its frame."""
    if m.sent_start not in frame.sentence_starts:
        frame.sentence_starts.append(m.sent_start)
        frame.evidence.append(m.evidence)
    frame.sent_index = max(frame.sent_index, m.sent_index)
    if m.definite and m.places and not _vague(m.places):
        frame.focus = [p.text for p in m.places]
    if (
        frame.sub_event_type == S.ATTACK
        and m.sub in EXPLOSIVE
        and m.typed_by in {"event", "explosion", "weapon"}
    ):
        frame.retype(m.sub)
        frame.trigger_kind = m.typed_by
    elif (
        frame.sub_event_type == S.LOOTING_PROPERTY_DESTRUCTION
        and m.kind in CASUALTY_KINDS
        and m.fatalities is not None
        and (m.fatalities.value or 0) > 0
    ):
        frame.retype(S.ATTACK)  # destruction that killed people is an attack on them
    elif (
        frame.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED
        and m.sub == S.ARMED_CLASH
        and m.typed_by == "event"
    ):
        frame.retype(S.ARMED_CLASH)  # the bomb opened an assault that became a battle
    elif (
        frame.sub_event_type == S.ATTACK
        and frame.trigger_kind == "attack"
        and m.sub == S.ARMED_CLASH
        and m.typed_by == "event"
        and not any(a.role == ActorRole.ACTOR2 and a.label in UNARMED_TARGETS for a in frame.actors)
    ):
        # "a security patrol came under fire ... two were killed in the exchange of fire"
        frame.retype(S.ARMED_CLASH)
    elif (
        frame.sub_event_type == S.ARMED_CLASH
        and m.sub in GROUND_TAKEN
        and not BUILDING_TAKEN.search(m.evidence.text)
    ):
        # "attacked the position ... after several hours of fighting the rebels took control
        # of the locality": ACLED codes a battle that changes who holds the ground by the change
        frame.retype(m.sub)
    elif m.sub in PROTEST and frame.sub_event_type in PROTEST:
        order = [
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
            S.VIOLENT_DEMONSTRATION,
            S.PROTEST_WITH_INTERVENTION,
            S.PEACEFUL_PROTEST,
        ]
        if order.index(m.sub) > order.index(frame.sub_event_type):
            pass
        elif frame.sub_event_type == S.PEACEFUL_PROTEST:
            frame.retype(m.sub)
    frame.add_actors(m.actors)
    names = {p.text.lower() for p in frame.places}
    frame.places += [p for p in m.places if p.text.lower() not in names]
    # a statement's day ("officials on Monday blamed ... for a bomb") stands in for the
    # incident's until a restatement tells its own ("the blast went off on Sunday")
    if not _absolute(frame.own_dates()) and _absolute(m.dates) and not refers_back(m):
        # (a later death among the wounded is dated by the death: "one of the wounded
        # passed away at dawn on Monday, so the toll rose to two" leaves the attack undated)
        frame.dates = [d for d in m.dates if d.relation is None]
    if m.extra_killed:
        base = frame.fatalities
        value = (base.value or 0) if base is not None else 0
        frame.fatalities = Quantity(
            value=value + m.extra_killed,
            qualifier=base.qualifier if base else None,
            raw=f"{base.raw if base else '0'} + {m.extra_killed} (attackers)",
            span=base.span if base else None,
        )
        frame.notes.append(f"attackers' deaths counted: +{m.extra_killed}")
    for key, q in (
        ("fatalities", m.fatalities),
        ("injuries", m.injuries),
        ("combined_toll", m.combined),
    ):
        if q is None:
            continue
        old = getattr(frame, key)
        if toll_update(m, q):
            # "raising the toll to four dead": the count brought up to date wins
            setattr(frame, key, q)
            frame.specificity[key] = specificity(q)
            continue
        if old is not None and key in m.subsets:
            continue  # "two of them died later": part of the toll told before, not a rival
        outdated = superseded(m, q)
        if old is not None and outdated:
            continue  # "a first provisional toll spoke of some twenty dead": outdated
        if old is None and outdated:
            # the only figure so far, told as outdated: any later one not so told beats it
            setattr(frame, key, q)
            frame.specificity[key] = OUTDATED
            continue
        if frame.specificity.get(key) == OUTDATED or _better(q, old, frame.specificity.get(key, 0)):
            setattr(frame, key, q)
            frame.specificity[key] = specificity(q)
    if m.weapon and frame.weapon is None:
        frame.weapon, frame.weapon_span = m.weapon, m.weapon_span
    frame.confidence = round(min(0.95, frame.confidence + 0.03), 3)


def merge_frames(host: Frame, other: Frame) -> None:
    """Fold a whole frame (a headline) into the frame that reports the same incident."""
    for start, ev in zip(other.sentence_starts, other.evidence, strict=False):
        if start not in host.sentence_starts:
            host.sentence_starts.append(start)
            host.evidence.append(ev)
    order = sorted(range(len(host.evidence)), key=lambda i: host.evidence[i].start)
    host.evidence = [host.evidence[i] for i in order]
    host.sentence_starts = [host.sentence_starts[i] for i in order]
    host.add_actors(other.actors)
    names = {p.text.lower() for p in host.places}
    host.places += [p for p in other.places if p.text.lower() not in names]
    if not host.dates:
        host.dates = list(other.dates)
    elif not _absolute(host.own_dates()) and _absolute(other.own_dates()):
        # "officials on Monday blamed ... for a bomb" then "the blast went off on Sunday":
        # the statement's day stood in for the incident's until its own was told
        host.dates = [d for d in other.own_dates() if d.relation is None]
    for key in ("fatalities", "injuries", "combined_toll"):
        stale = host.specificity.get(key) == OUTDATED and other.specificity.get(key) != OUTDATED
        if (getattr(host, key) is None or stale) and getattr(other, key) is not None:
            setattr(host, key, getattr(other, key))
            host.specificity[key] = other.specificity.get(key, 0)
    if host.weapon is None:
        host.weapon, host.weapon_span = other.weapon, other.weapon_span
    other.merged_into = host


SUBSET_OF = re.compile(r"\s+of\s+(the|them|those|these|whom)\b", re.IGNORECASE)


def subset_figures(doc: Doc, figs: dict[str, Quantity | None]) -> frozenset[str]:
    """ "One of the victims died in hospital", "two of them were soldiers": a figure followed
    by "of the/them/those" counts part of a group, not a toll of its own."""
    return frozenset(
        key
        for key, q in figs.items()
        if q is not None and q.span is not None and SUBSET_OF.match(doc_text(doc), q.span.end)
    )
