"""Whole-article passes over the frames the events component built, run once every sentence
has been read: fold title lines into the body's report, join restatements of one incident,
drop generic mentions, lend a place to a follow-on incident that names none, and order each
frame's places. Pure functions over ``Frame`` lists (they mark frames merged or dropped)."""

from __future__ import annotations

import re
from datetime import date

from sitrep.extract.coref import (
    BATTLE,
    COUNTRIES,
    EXPLOSIVE,
    GENERIC_SUBS,
    MONTH_NAMES,
    MONTHS,
    PROTEST,
    REGION_WORDS,
    TIME_OPENER,
    WEEKDAYS,
    dates_conflict,
    day_words,
    is_specific_date,
    merge_frames,
    other_items,
    overlap,
    told_months_apart,
)
from sitrep.extract.frames import Frame
from sitrep.extract.places_dates import YEAR
from sitrep.extract.retellings import retell_dates, retells, retold
from sitrep.extract.specifics import cumulative, located_in_words, one_harmed, state_fired
from sitrep.extract.titles import TITLE_CLAUSE
from sitrep.extract.trigger_words import FORCE_CLASSES
from sitrep.ingest.clean import LIST_MARKS
from sitrep.model import ActorRole, DateMention, PlaceMention, Span, SubEventType

__all__ = [
    "background_dates_first",
    "drop_unspecific",
    "fold_titles",
    "incident_sentence",
    "join",
    "lend_places",
    "merge_restatements",
    "ordered_places",
    "place_background",
    "same_incident_type",
]

S = SubEventType
TOP_LINES = 3  # a title line among the first sentences is the article's headline
LIST_ITEM = re.compile(rf"^\s*(?:[{re.escape(LIST_MARKS)}]|\(?[0-9a-z]\))\s+\S")
"""A bullet or an enumerator ("- ", "* ", "a) ", "(2) ") opening a line."""
SERIES_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+"
    r"(?:separate|different|distinct)\s+(?:places|locations|sites|areas|villages|towns|targets"
    r"|districts|attacks|strikes|raids|incidents)\b",
    re.IGNORECASE,
)
"""A lede that counts separate incidents or places: "struck three separate places"."""
DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})"
)
SPREAD_DAYS = re.compile(rf"\bbetween\s+{DAY}\s+and\s+{DAY}\b", re.IGNORECASE)
"""A lede spread over days: "between Sunday and Tuesday", "between 3 May and 6 May"."""
COUNTRY_NAMES = COUNTRIES | frozenset({"the us", "us", "u.s.", "united states"})
VIOLENT = EXPLOSIVE | BATTLE
CROWDS = frozenset({S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION})
"""Crowds a state force fires on: the riot is the incident the firing answers."""
PROTEST_FORCE = {
    SubEventType.PEACEFUL_PROTEST: 0,
    SubEventType.PROTEST_WITH_INTERVENTION: 1,
    SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS: 2,
}
"""The protest sub-event types, by the force met."""
CROWD_RIOTS = frozenset({SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE})
"""Riots whose crowd the police may then meet: "youths blocked the highway and burned tyres.
The police fired tear gas to disperse them" is the riot's policing, not a protest of its own."""
TERRITORY = frozenset(
    {
        S.GOVERNMENT_REGAINS_TERRITORY,
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    }
)
SAME_SITE = re.compile(
    r"\b(the same|that same)\b|\bthere\b|\bthe (town|city|village|district|area|market|"
    r"square|site|base|camp|prison|neighbou?rhood)\b",
    re.IGNORECASE,
)
_COUNT = (
    r"(?:(?:about|around|nearly|over|some|at least|more than|as many as|another)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a hundred|dozens|hundreds)\b"
)
COUNTED_BEFORE = re.compile(
    rf"(?:^|[\s,;:])(?i:{_COUNT})(?:(?:[\s-]|,\s)+[\w'-]+){{0,12}}?,?\s+"
    r"(?:were|have been|had been|are being|were being)\s+(?:\w+\s+)?$"
)
COUNTED_AFTER = re.compile(rf"\s+(?:up\s+)?(?i:{_COUNT})")
"""How many people were taken: before a passive arrest verb or right after an active one."""
ONE_TAKEN = re.compile(r"\b(?:was|has been|had been)\s+(?:\w+\s+)?$", re.IGNORECASE)
NAMED_TAKEN = re.compile(
    r"\s+(?:up\s+)?(?:the|a|an|his|her|their)\s+(?!(?:\w+\s+)?order)\w", re.IGNORECASE
)
"""Who a past-tense arrest verb took, named by a definite or indefinite phrase: "arrested the
man suspected in the shooting", "detained a local councillor" (not "an order")."""
PAST_ARREST = re.compile(r"^(?:arrested|detained|nabbed|jailed|handcuffed)\b", re.IGNORECASE)
"""Past-tense arrest verbs with no other sense ("apprehended a threat" fears one)."""
NOBODY = re.compile(r"\b(?:no one|nobody|none|not|never|no)\b[^,;]*$", re.IGNORECASE)
COUNTED_SHOTS = re.compile(rf"(?i:{_COUNT})\s+(?:rounds|shots|bullets)\b")
"""A trigger that counts the shots ("fired 12 rounds"): one volley, never firing in general."""
FORCE_USED = re.compile(
    r"\b(?:opened fire|fired (?:on|at|into|upon|to)|lathi-?charged|baton-?charged|"
    r"tear-?gassed|(?:fired|lobbed|used) tear-?gas)\b",
    re.IGNORECASE,
)
"""Force used on people, in the past tense."""
STRATEGIC_TYPES = frozenset(
    {S.ARRESTS, S.AGREEMENT, S.CHANGE_TO_GROUP_ACTIVITY, S.OTHER, S.DISRUPTED_WEAPONS_USE}
)
AFTER_INCIDENT = re.compile(
    r"\b(after|following|in the wake of|in response to) (the|this|that|its|their) "
    r"(attack|strike|blast|bombing|explosion|ambush|assault|shooting|clash|clashes|raid)\b",
    re.IGNORECASE,
)
ANAPHOR_LEAD_CHARS = 24
GENERIC_KINDS = frozenset({"attack", "kill"})


AREA_WORDS = frozenset({"area"})
"""The area around a town ("also in the Bankass area") holds more than one incident's site."""


def _live(frames: list[Frame]) -> list[Frame]:
    return [f for f in frames if f.merged_into is None and f.dropped is None]


def _specific_places(f: Frame) -> list[str]:
    """Place names below country and province level ("Kirkuk", not "Iraq" or "Anbar province").
    A name told as the region around it ("in the western countryside of Daraa", "the province
    of Homs") names that region, not the town."""
    return _specific_names(f.places)


def _specific_names(places: list[PlaceMention]) -> list[str]:
    return [
        p.text
        for p in places
        if p.text.lower() not in COUNTRY_NAMES
        and p.text.lower().split()[-1] not in REGION_WORDS | AREA_WORDS
        and not _region_of(p)
    ]


def _region_of(p: PlaceMention) -> bool:
    """Is the place named as the head of a region ("countryside of Daraa", "province of")?"""
    words = (p.context or "").lower().split()
    return len(words) >= 2 and words[-1] == "of" and words[-2] in REGION_WORDS


def same_incident_type(a: Frame, b: Frame) -> bool:
    """Could two frames typed this way be one incident? The same sub-event type; or one typed
    only by a generic word ("attack", "killed") beside any violent incident; or one typed only
    by "blast"/"explosion" beside any explosive incident."""
    if a.sub_event_type == b.sub_event_type:
        return True
    kinds = {a.trigger_kind, b.trigger_kind}
    subs = {a.sub_event_type, b.sub_event_type}
    if kinds & GENERIC_KINDS and subs <= VIOLENT:
        return True
    if subs <= TERRITORY:
        return True  # "took control of the city" and "columns entered the city": one takeover
    return "explosion" in kinds and subs <= EXPLOSIVE | GENERIC_SUBS


def join(host: Frame, other: Frame, *, retype: bool = True) -> None:
    """Fold ``other`` into ``host``; a type read from an event word beats one read from a
    generic word ("26 people were killed" + "a bomb exploded": a bombing). With ``retype``
    false the host keeps its type (``other`` was typed by words that tell another story)."""
    battle = (
        host.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED
        and other.sub_event_type == S.ARMED_CLASH
        and not other.headline
        # "Al Shabaab said its fighters had targeted the soldiers and killed 70", with no
        # place or day: its claim of the bombing, not a battle that followed it
        and not (any(a.role == ActorRole.CLAIMED_BY for a in other.actors) and not _specific(other))
    )  # the bombs opened an assault that became a battle ("street battles" followed)
    # a protest met by force is coded by the force, whichever sentence tells it
    harsher = PROTEST_FORCE.get(other.sub_event_type, -1) > PROTEST_FORCE.get(
        host.sub_event_type, 99
    )
    if retype and (
        battle
        or harsher
        or (host.trigger_kind in GENERIC_KINDS and other.trigger_kind not in GENERIC_KINDS)
    ):
        host.sub_event_type, host.trigger_kind = other.sub_event_type, other.trigger_kind
        host.plover_type, host.plover_mode = other.plover_type, other.plover_mode
    merge_frames(host, other)


# -- title lines -----------------------------------------------------------------------------
def list_item(text: str) -> bool:
    """Is the line an item of a list ("- twenty wounded;", "* 17 soldiers killed,")? It has no
    full stop either, but it goes on the sentence that opened the list, unlike a title. A
    bulleted line with no closing mark may be a link ("- Syria: aid convoys cross"): not one."""
    end = text.rstrip()
    return end.endswith(";") or (bool(LIST_ITEM.match(text)) and end.endswith(","))


def fold_titles(frames: list[Frame]) -> None:
    """A title line (no final full stop, then a line break) is a summary, never an incident of
    its own: fold it into the body's report of the same incident (a shared place first, else the
    first compatible frame). A title line after the body with no report sharing its place is a
    link to another story and is dropped. A labelled summary ("Summary: ...") folds into the
    report that shares its place, whatever its type, and is dropped when none does."""
    for f in _live(frames):
        if f.headline and not f.summary and list_item(f.evidence[0].text):
            f.headline = False  # "- seventeen soldiers fallen on the field of honour;"
    body = [f for f in _live(frames) if not f.headline]
    heads = [f for f in _live(frames) if f.headline]
    for h in heads:
        if h.summary:
            told = [
                f
                for f in body
                if f.background_cue == h.background_cue
                and overlap(_specific_places(h), _specific_places(f))
            ]
            kind = [
                f
                for f in body
                if f.background_cue == h.background_cue and f.sub_event_type == h.sub_event_type
            ]
            if not told and len(kind) == 1 and _specific_places(kind[0]):
                # "- Islamic State claims killing of a council official in rural Deir ez-Zor."
                # over the report's one killing, placed in a village of the province: the
                # summary's claim is the killing's; its region is not a place to add
                told = kind
                h.places = []
            if told:
                h.weapon, h.weapon_span = None, None  # a summary strings several incidents
                join(told[0], h)
            elif body:
                h.dropped = "summary line (the report below tells it)"
            continue
        clause = _trigger_clause(h)
        same = (
            # "..., and two shepherds kidnapped": one clause of a title of two stories tells the
            # body's report of its own kind, though the body dates it before the other ("One
            # day before the attack, the gangs kidnapped two shepherds"), rather than the
            # other story's "attack"
            [
                f
                for f in body
                if clause is not None
                and f.sub_event_type == h.sub_event_type
                and (f.background_cue == h.background_cue or any(d.relation for d in f.dates))
            ]
            or [
                f for f in body if f.background_cue == h.background_cue and same_incident_type(f, h)
            ]
            or [f for f in body if f.background_cue == h.background_cue and _loosely_same(f, h)]
        )
        own = _places_within(h, clause) if clause is not None else []
        # the body report it tells is found by its own clause's place (a clause naming none,
        # "..., and two shepherds kidnapped", finds its report by type: the places the frame
        # holds are the other story's)
        names = _specific_names(own if clause is not None else h.places)
        placed = [f for f in same if overlap(names, _specific_places(f))]
        split = clause is not None and any(
            o is not h and o.sent_index == h.sent_index for o in heads
        )
        by_kind = bool(placed)  # found among the reports of its kind, not by place alone
        if clause is not None and not placed and (same or split):
            # "Martyrdom of four citizens by a landmine in the Badia of al-Sukhna .. and our
            # forces repel an attack near Ithriya": a title of two stories is typed by both;
            # when it is to fold at all, its own clause's place finds its report whatever that
            # report's type
            placed = [
                f
                for f in body
                if f.background_cue == h.background_cue
                and overlap(_specific_names(own), _specific_places(f))
                # "...; Yazidis protest in Sinjar": a crowd's story is not the drone strike's
                and not (split and _crowd(f) != _crowd(h))
            ]
        if split and own and not placed:
            # "Two Hashd martyrs in Al-Shirqat bombing .. and a clan quarrel in Al-Dujail leaves
            # one dead": the clause's place, named in a report's sentence but not as its place
            # ("a source in the Al-Dujail police told Al-Hadhar that an armed quarrel broke
            # out"), finds that report before the other story's report of a like kind
            placed = [
                f
                for f in body
                if f.background_cue == h.background_cue
                and _named_in_body(_specific_names(own), f, h)
                and _crowd(f) == _crowd(h)
            ]
        if (
            split
            and own
            and not placed
            and not _named_below(_specific_names(own), body)
            and not any(f.sub_event_type == h.sub_event_type for f in same)
        ):
            # "Four civilians killed in Kouyape, and three women taken away in Hitawa", with
            # only Hitawa told below: the Kouyape clause is not the abduction's
            h.dropped = "title clause of a story the body does not tell"
            continue
        after_body = any(min(f.sentence_starts) < min(h.sentence_starts) for f in body)
        if after_body or h.sent_index > TOP_LINES:
            if placed:
                join(placed[0], h)
            elif body:
                h.dropped = "title line of another story (related link)"
            continue
        if placed or same:
            host = (placed or same)[0]
            if clause is not None:
                # the places of the title's other story are not this report's
                h.places = own
                _figures_within(h, clause)
            # a clause that found no report by its place or its own kind types none: "..
            # and an explosive device strikes a supporting army force" does not make the
            # body's "attack" on the position a bombing
            typed = by_kind or not split or host.sub_event_type == h.sub_event_type
            join(host, h, retype=clause is None or (typed and _typed_within(h, clause)))


def _crowd(f: Frame) -> bool:
    return f.sub_event_type in PROTEST_FORCE or f.sub_event_type in CROWD_RIOTS


def _named_below(names: list[str], body: list[Frame]) -> bool:
    """Whether a report of the body names one of ``names`` anywhere in its sentences."""
    return any(n in s.text for n in names for f in body for s in f.evidence)


def _named_in_body(names: list[str], f: Frame, title: Frame) -> bool:
    """Whether report ``f`` names one of ``names`` in a sentence of its own below the title
    (not in a title line another clause of it has already lent it)."""
    line = title.evidence[0]
    return any(n in s.text for n in names for s in f.evidence if s.start >= line.end)


def _places_within(h: Frame, clause: tuple[int, int]) -> list[PlaceMention]:
    """ "Two dead as clan feud erupts north of Basra; jobless graduates force governorate gate
    in Samawah": the places of the title's clause that holds its trigger. Only they find the
    body's report, and they alone go with the title into a report that names places of its
    own."""
    lo, hi = clause
    return [p for p in h.places if p.span is None or lo <= p.span.start < hi]


def _figures_within(h: Frame, clause: tuple[int, int]) -> None:
    """ "four civilians killed in Kouyape, and three women taken away in Hitawa": the abduction's
    title lends it no death toll from the other story's clause."""
    lo, hi = clause
    for key in ("fatalities", "injuries", "combined_toll"):
        q = getattr(h, key)
        if q is not None and q.span is not None and not lo <= q.span.start < hi:
            setattr(h, key, None)


def _typed_within(h: Frame, clause: tuple[int, int]) -> bool:
    """ "A martyr in Turmus Ayya as settlers burn homes, and a drone strike near Jalama kills
    three": whether the title's type was read in the clause that found its report (its event
    word or its weapon there), not from the drone strike of the other story."""
    lo, hi = clause
    if h.weapon_span is not None:
        return lo <= h.weapon_span.start < hi
    return h.trigger_kind not in GENERIC_KINDS and lo <= h.trigger.start < hi


def _trigger_clause(h: Frame) -> tuple[int, int] | None:
    """The character bounds of the title clause that holds the trigger, when the title strings
    two stories (:data:`TITLE_CLAUSE`)."""
    if h.clause is not None:
        return h.clause
    title = h.evidence[0]
    cuts = [title.start + m.start() for m in TITLE_CLAUSE.finditer(title.text)]
    if not cuts:
        return None
    lo = max((c for c in cuts if c < h.trigger.start), default=title.start)
    hi = min((c for c in cuts if c > h.trigger.start), default=title.end)
    return lo, hi


def _loosely_same(a: Frame, b: Frame) -> bool:
    return (a.sub_event_type in VIOLENT) == (b.sub_event_type in VIOLENT)


# -- restatements ----------------------------------------------------------------------------
def merge_restatements(frames: list[Frame], published: date | None = None) -> None:
    """One article restating one incident in other words gives one frame: a later frame of the
    same incident type, with no "another"/"separate" marker and no date set against another
    incident, whose places and dates agree with an earlier frame and which either shares a
    specific place, a toll or a day with it, or names no place or day of its own. (Merge joins
    events across articles only, so this must happen here.)"""
    drop_series_ledes(frames)
    live = _live(frames)
    for i, b in enumerate(live):
        if _toll_revision(b) and _revise(live[:i], b):
            continue
        toll = _toll_only(b)
        anaphor = _anaphoric_subject(b) or toll
        if (b.new_marker and not toll) or (any(d.relation for d in b.dates) and not anaphor):
            continue
        for a in reversed(live[:i]):
            if a.merged_into is not None or _told_apart(a, b):
                continue
            if told_months_apart(b.long_before, b.own_dates(), a) or other_items(a.item, b.item):
                continue  # "On the 19th of February, the enemy targeted ..." after "at dawn today"
            if _force_met(a, b):
                join(a, b)
                break
            if _restates(a, b, published) or (anaphor and _refers_back(a, b)):
                join(a, b)
                break
            if same_incident_type(a, b) and retells(a, b):
                join(a, b)  # a source's words tell the incident again
                retell_dates(a, b)
                break


def _force_met(a: Frame, b: Frame) -> bool:
    """ "Several hundred people marched in Goma. When some of them tried to reach the border
    crossing, police fired tear gas": the force met by the protest (or the riot) just told,
    in the next sentence and with no day of its own, wherever the crowd had moved."""
    return (
        (a.sub_event_type in PROTEST_FORCE or a.sub_event_type in CROWD_RIOTS)
        and PROTEST_FORCE.get(b.sub_event_type, 0) > 0
        and 0 <= b.sent_index - a.sent_index <= 2  # the parser may split one sentence in two
        and a.background_cue == b.background_cue
        and not day_words([d.text for d in b.dates if d.relation is None])
    )


def drop_series_ledes(frames: list[Frame]) -> None:
    """A lede that sums up a series ("Turkish drones struck three separate places between Sunday
    and Tuesday") and is then told incident by incident is no incident of its own: dropped when
    at least two later frames of its type, each dated, tell the parts. A lede with no such
    parts below stays (it is the only report of the series)."""
    live = _live(frames)
    for i, f in enumerate(live):
        sent = _own_sentence(f)
        if f.background_cue or sent is None:
            continue
        counted = SERIES_COUNT.search(sent.text) is not None
        spread = SPREAD_DAYS.search(sent.text) is not None
        if not (counted or spread):
            continue
        parts = [
            g
            for g in live[i + 1 :]
            if g.sub_event_type == f.sub_event_type and not g.background_cue and g.dates
        ]
        if len(parts) >= 2:
            f.dropped = "summary of a series told incident by incident below"


def _told_apart(a: Frame, b: Frame) -> bool:
    """A series told place by place ("the strikes on Derik ...", "Around Kobani, the strikes
    ..."): each part keeps to its own places."""
    if not b.focus or a.sub_event_type != b.sub_event_type:
        return False
    return not overlap(b.focus, a.focus or [p.text for p in a.places])


def _toll_revision(f: Frame) -> bool:
    """ "The death toll rose to two on Sunday": a new total for an incident already reported,
    dated by when it was counted, with no place of its own."""
    return (
        f.fatalities is not None
        and "toll" in f.trigger.text.lower()
        and not _specific_places(f)
        and not f.aggregate
    )


def _revise(earlier: list[Frame], b: Frame) -> bool:
    """Fold a toll revision into the last incident of its kind; the revised (higher) toll wins
    over the first count."""
    for a in reversed(earlier):
        if a.merged_into is not None or a.aggregate or a.background_cue != b.background_cue:
            continue
        if not same_incident_type(a, b):
            continue
        first, revised = a.fatalities, b.fatalities
        join(a, b)
        if revised is not None and (first is None or (revised.value or 0) > (first.value or 0)):
            a.fatalities = revised
            a.specificity["fatalities"] = b.specificity.get("fatalities", 0)
        return True
    return False


def _detail_of(a: Frame, b: Frame) -> bool:
    """ "Army units deployed on Tuesday in new positions in the Tal Tamr countryside. ... the
    units entered four positions near the villages of X and Y": a strategic development told
    again with its details in the next sentences, with no day of its own."""
    own_day = day_words([d.text for d in b.dates if d.relation is None])
    return (
        a.sub_event_type == b.sub_event_type
        and a.sub_event_type not in VIOLENT | PROTEST
        and not own_day
        and 0 < b.sent_index - a.sent_index <= 2
    )


def _anaphoric_subject(f: Frame) -> bool:
    """ "The blast tore through the market ...": a sentence that opens on a definite mention
    of an incident is about the one already reported, whatever dates follow in it."""
    first = f.evidence[0]
    lead = first.text.lstrip().lower()
    return (
        f.definite
        and lead.startswith(("the ", "this ", "that "))
        and f.trigger.start - first.start <= ANAPHOR_LEAD_CHARS
    )


def _toll_only(f: Frame) -> bool:
    """ "Local outlets first reported eight dead; the ministry settled on nine a week later":
    a toll with no incident word and no place of its own is about an incident already named."""
    return f.trigger_kind == "kill" and not _specific_places(f)


def _refers_back(a: Frame, b: Frame) -> bool:
    return (
        (a.background_cue == b.background_cue or _toll_only(b))
        and same_incident_type(a, b)
        and not (a.aggregate or b.aggregate)
        # "The assault on the prison set off battles still going on on Friday": the day
        # after an anaphoric subject belongs to what followed, not to the incident
        and (_anaphoric_subject(b) or not dates_conflict(a.dates, b.own_dates()))
    )


def _restates(a: Frame, b: Frame, published: date | None = None) -> bool:
    if a.background_cue != b.background_cue or not same_incident_type(a, b):
        return False
    if a.aggregate or b.aggregate:
        return False  # "20 airstrikes in three days" is a tally, not a restatement
    # a statement's or a dateline's day ("rebels on Wednesday claimed the truck bomb") is
    # not the incident's: it conflicts with no day the incident is told on
    if dates_conflict(a.own_dates(), b.own_dates()) or _years_apart(a, b):
        return False
    if _months_apart(a, b, published):
        return False
    sa, sb = _sites(a), _sites(b)
    if _detail_of(a, b):
        return True
    same_toll = (
        a.fatalities is not None
        and b.fatalities is not None
        and bool(a.fatalities.value)
        and a.fatalities.value == b.fatalities.value
    )
    days_a = day_words([d.text for d in a.dates if d.relation is None])
    days_b = day_words([d.text for d in b.dates if d.relation is None])
    same_day = bool(days_a & days_b)
    if sa and sb and not overlap(sa, sb):
        # two names for one site ("Ghwayran prison", "Hasakah"): only the same toll on the
        # same day says so
        return same_toll and same_day
    shared_place = bool(sa and sb)
    # "this morning" names no other day; "on Monday" does, and so does a stretch of days
    # ("neutralized 11 terrorists in northern Iraq and Syria during the past days")
    own_date = bool(days_b) or any(PAST_DAYS.search(d.text) for d in b.dates)
    same_sentence = bool(set(a.sentence_starts) & set(b.sentence_starts))
    lesser = not sb and (not own_date or same_sentence)
    return shared_place or same_toll or same_day or lesser


def _months_apart(a: Frame, b: Frame, published: date | None) -> bool:
    """ "In June, RSF fighters stormed the South Hospital in El Fasher" in a report filed on 4
    December about a shelling "on Tuesday": a month told alone that is not the month of the
    earlier report's days (its dateline's, or the month of publication for a weekday) is
    another incident."""
    days_b = day_words([d.text for d in b.own_dates() if d.relation is None])
    months_b = days_b & MONTHS
    if not months_b or any(w.isdigit() for w in days_b):
        return False
    days_a = day_words([d.text for d in a.dates if d.relation is None])
    months_a = days_a & MONTHS
    if not months_a and published is not None and days_a & WEEKDAYS:
        months_a = {MONTH_NAMES[published.month - 1]}
        if published.day <= 7:  # "on Tuesday" may be last month's
            months_a.add(MONTH_NAMES[published.month - 2])
    return bool(months_a) and not months_a & months_b


PAST_DAYS = re.compile(
    r"\b(?:past|last|recent|previous)\s+(?:few\s+|several\s+|\w+\s+)?(?:days|weeks|months)\b",
    re.IGNORECASE,
)
"""A stretch of days that a tally is counted over: "during the past days", "in recent weeks"."""


def _sites(f: Frame) -> list[str]:
    """The frame's specific places, less the dateline's town when it names others ("LAMU -
    ... an IED attack in Lamu East" is no site shared with a raid in "Lamu West")."""
    told = [p for p in f.places if p.context != "dateline"]
    return _specific_names(told) or _specific_places(f)


def _years(dates: list[DateMention]) -> set[str]:
    return {y for d in dates if is_specific_date(d.text) for y in YEAR.findall(d.text)}


def _years_apart(a: Frame, b: Frame) -> bool:
    """ "Pemba, 10 September 2022 - The insurgents attacked the mission ..." and "recalls the
    attack of Palma in March of 2021": a year told of one incident that is not the year of
    the other's own day or, when it names none, of the dateline or statement that tells it."""
    ya, yb = _years(a.own_dates()), _years(b.own_dates())
    if yb and not ya:
        ya = _years(a.said)
    if ya and not yb:
        yb = _years(b.said)
    return bool(ya and yb and not ya & yb)


# -- generic mentions and places -------------------------------------------------------------
def drop_unspecific(frames: list[Frame]) -> None:
    """A frame with neither date nor place is a generic mention and is dropped, unless it
    gives a toll of the incident reported just before it ("The teen was pronounced dead at the
    hospital"): that sentence goes on about the report and is folded into it."""
    for f in _live(frames):
        if _specific(f):
            continue
        mate = _sentence_mate(frames, f) if f.fatalities or f.injuries else None
        if mate is not None and _own_incident(f, mate):
            f.places = list(mate.places)
            f.dates = [d for d in mate.dates if d.relation is None and is_specific_date(d.text)]
            f.notes.append(f"place and date borrowed from the report of {mate.trigger.text!r}")
            continue
        if mate is not None:
            merge_frames(mate, f)  # the rest of the sentence typed the incident; keep it
            continue
        # a toll, or a source's retelling ("'they started shooting at everyone,' a survivor
        # said"), goes on about the incident reported before it
        told = f.fatalities or f.injuries or retold(f)
        host = _reported_before(frames, f) if told else None
        if host is not None:
            join(host, f)
            continue
        claimant = [a for a in f.actors if a.role == ActorRole.CLAIMED_BY]
        host = _claimed_incident(frames, f) if claimant else None
        if host is not None:
            # "Al Shabaab said that its fighters had targeted 'apostate militias' and killed
            # more than 70": the claim of the incident told before; its figures are the
            # claimant's, not a toll
            host.add_actors(
                a
                for a in f.actors
                if a.role in {ActorRole.CLAIMED_BY, ActorRole.ACTOR1} and a.label != "generic:armed"
            )
            f.dropped = "a claim of the incident told before"
            continue
        anchor = _anchor(frames, f)
        if anchor is not None:
            f.places = list(anchor.places)
            f.dates = [d for d in anchor.dates if d.relation is None and is_specific_date(d.text)]
            f.notes.append(f"place and date borrowed from the report of {anchor.trigger.text!r}")
        elif not _told_in_words(f) and not f.lead_title:
            # a headline tells the day's news: its incident is dated by publication
            f.dropped = "no date or place (generic mention)"


def _own_incident(f: Frame, mate: Frame) -> bool:
    """ "..., while a force that hurried to the village fell into an ambush, leaving nine dead":
    a piece after "while" typed by an incident word of another type, with a toll of its own,
    is a second incident at the same place and time, not more about the first."""
    return (
        f.new_marker
        and f.trigger_kind == "event"
        and f.sub_event_type != mate.sub_event_type
        and f.fatalities is not None
        and mate.fatalities is not None
    )


def _sentence_mate(frames: list[Frame], f: Frame) -> Frame | None:
    """ "ISIS cells ambushed the bus near Kabajeb while it was carrying soldiers, and opened
    fire on it": a piece cut from a sentence at a weak boundary ("while") that names no place
    or day of its own goes on about the incident told in the rest of that sentence."""
    for a in _live(frames):
        if (
            a is not f
            and _placed(a)
            and set(a.sentence_starts) & set(f.sentence_starts)
            and a.background_cue == f.background_cue
            and (same_incident_type(a, f) or _weapon_typed(f, a))
        ):
            return a
    return None


def _weapon_typed(f: Frame, host: Frame) -> bool:
    """ "... and opened fire on it with machine-guns and rockets": a piece typed only by the
    weapon it names, beside a violent incident typed by its own word."""
    return f.trigger_kind == "weapon" and {f.sub_event_type, host.sub_event_type} <= VIOLENT


def _anchor(frames: list[Frame], f: Frame) -> Frame | None:
    """ "The SDF arrested three men from the town after the attack": an incident of another
    kind set against the one just reported happened where and when that one did; so did one
    told "In the evening," of the same day ("In the evening, angry young men closed the
    coastal road with burning tyres")."""
    text = f.evidence[0].text
    if f.background_cue or f.aggregate:
        return None
    if not AFTER_INCIDENT.search(text) and TIME_OPENER.match(text) is None:
        return None
    earlier = [
        a
        for a in _live(frames)
        if a.sent_index <= f.sent_index and a is not f and not a.background_cue and _placed(a)
    ]
    return max(earlier, key=lambda a: a.sent_index) if earlier else None


def _specific(f: Frame) -> bool:
    return (
        bool(f.places)
        or any(d.relation is not None or is_specific_date(d.text) for d in f.dates)
        or _named_victim(f)
        or _counted_arrest(f)
        or _counted_shots(f)
        or _force_used(f)
    )


def _placed(f: Frame) -> bool:
    """Specific, or told as one incident in words the NER missed: a frame that may host a
    piece of its sentence or a follow-on toll."""
    return _specific(f) or _told_in_words(f)


def _own_sentence(f: Frame) -> Span | None:
    return next((e for e in f.evidence if e.start <= f.trigger.start < e.end), None)


def _counted_shots(f: Frame) -> bool:
    """ "fired 12 rounds": one volley, unless the sentence counts over days ("has so far
    fired 1,031 rounds")."""
    if not COUNTED_SHOTS.search(f.trigger.text):
        return False
    sent = _own_sentence(f)
    return sent is None or not cumulative(sent.text)


def _told_in_words(f: Frame) -> bool:
    """ "police fired at a mob in the tribal town of kawant", "the madhavpura police opened
    fire", "the constable was stabbed": the frame's sentences place the incident in words the
    NER missed, or its trigger tells a state force's use of force as one act or one person
    harmed; a sentence that counts over a period ("so far", "since friday") is a
    tally, never one incident."""
    if f.aggregate:
        return False
    told = [e for e in f.evidence if not cumulative(e.text)]
    if any(located_in_words(e.text) for e in told):
        return True
    sent = _own_sentence(f)
    if sent is None or sent not in told:
        return False
    at, end = f.trigger.start - sent.start, f.trigger.end - sent.start
    if f.sub_event_type in CROWDS and state_fired(sent.text):
        return True  # "stone pelting began and police had to fire": the crowd they fired on
    if f.sub_event_type not in STRATEGIC_TYPES and state_fired(sent.text, at, end):
        return True
    return one_harmed(sent.text[:at], f.trigger.text)


def _force_used(f: Frame) -> bool:
    """ "police opened fire on rioting mobs", "troops fired on the crowd": a state force's
    use of force on people, told in the past tense, is one incident, not a generic mention,
    even where the sentence names no place or day."""
    if f.sub_event_type in STRATEGIC_TYPES or not any(
        a.role == ActorRole.ACTOR1 and a.label in FORCE_CLASSES for a in f.actors
    ):
        return False
    sent = next((e for e in f.evidence if e.start <= f.trigger.start < e.end), None)
    return sent is not None and bool(FORCE_USED.search(sent.text))


def _counted_arrest(f: Frame) -> bool:
    """ "about 150 party workers were arrested", "police detained 12 suspects": people
    counted as they are taken are one round of arrests, not arrests in general, even where
    the sentence names no place or day (the article's dateline and date give them)."""
    if f.sub_event_type != SubEventType.ARRESTS:
        return False
    sent = next((e for e in f.evidence if e.start <= f.trigger.start < e.end), None)
    if sent is None:
        return False
    before = sent.text[: f.trigger.start - sent.start]
    after = sent.text[f.trigger.end - sent.start :]
    if COUNTED_BEFORE.search(before) or COUNTED_AFTER.match(after):
        return True
    if PAST_ARREST.match(f.trigger.text) and NAMED_TAKEN.match(after):
        return not cumulative(sent.text)  # "police arrested the man suspected in the shooting"
    # "the mayor was detained", "he has been arrested": one person taken, once
    return bool(ONE_TAKEN.search(before)) and not NOBODY.search(before)


def _named_victim(f: Frame) -> bool:
    """ "the murder of julio ramos": an incident done to a person named by name is one
    incident, not a generic mention, even where the text gives no place or day (a place is
    lent later, or the resolver reads the article's)."""
    return f.sub_event_type in VIOLENT and any(
        a.role == ActorRole.ACTOR2 and a.label == "PERSON" for a in f.actors
    )


def _claimed_incident(frames: list[Frame], f: Frame) -> Frame | None:
    """The current incident told last before a claim that names no place or day of its
    own."""
    first = min(f.sentence_starts, default=0)
    earlier = [
        a
        for a in _live(frames)
        if a is not f
        and not a.background_cue
        and _placed(a)
        and min(a.sentence_starts, default=0) < first
    ]
    return max(earlier, key=lambda a: min(a.sentence_starts, default=0)) if earlier else None


def _reported_before(frames: list[Frame], f: Frame) -> Frame | None:
    """The dated or placed incident reported last before ``f``, when ``f`` may continue it."""
    if (f.new_marker and not list_item(f.evidence[0].text)) or f.aggregate:
        return None  # "another man was shot": a second victim, not a restatement
    # (a list item's closing ";" ends the item: it opens nothing new)
    first = min(f.sentence_starts, default=0)
    earlier = [
        a
        for a in _live(frames)
        if min(a.sentence_starts, default=0) < first and _placed(a) and a is not f
    ]
    if not earlier:
        return None
    # the incident first told last before it (a later restatement does not move it)
    host = max(earlier, key=lambda a: min(a.sentence_starts, default=0))
    if host.background_cue != f.background_cue or host.aggregate:
        return None
    return host if same_incident_type(host, f) else None


def place_background(frames: list[Frame], text: str = "") -> None:
    """A recalled incident needs a place of its own to be coded; "the same square" is the
    current incident's place, and so is "the city" of the sentence before it ("The city has
    a painful memory of crackdowns. On 28 November 2019, security forces opened fire on
    demonstrators blocking the bridges"; ``text`` is the article's). One with neither is
    context, and is dropped."""
    current = [g for g in _live(frames) if not g.background_cue and g.places]
    for f in _live(frames):
        if not f.background_cue or f.places:
            continue
        start = f.evidence[0].start
        before = _sentence_before(text, start) if text and start is not None else ""
        if (SAME_SITE.search(f.evidence[0].text) or THE_TOWN_BEFORE.search(before)) and current:
            f.places = list(current[0].places)
            f.notes.append("place borrowed: the same site as the current incident")
        else:
            f.dropped = "background mention without a place of its own"


THE_TOWN_BEFORE = re.compile(r"^\W*the (?:city|town)\b", re.IGNORECASE)
"""A sentence that opens on the article's town ("The city has a painful memory of ...")."""


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends right before offset ``start`` of ``text``."""
    head = text[max(0, start - 400) : start].rstrip()
    parts = re.split(r"(?<=[.!?])\s+|\n+", head)
    parts = [p for p in parts if p.strip()]
    return parts[-1] if parts else ""


def lend_places(frames: list[Frame]) -> None:
    """A current incident that names no place happened where the article's nearest earlier
    current incident did ("hours after the strike, cells attacked a checkpoint"); the borrowed
    mentions keep their own offsets and are marked in the notes."""
    live = [f for f in _live(frames) if not f.background_cue]
    for i, f in enumerate(live):
        if f.places:
            continue
        donors = [g for g in reversed(live[:i]) if g.places] or [g for g in live if g.places]
        if donors:
            f.places = list(donors[0].places)
            f.notes.append(f"place borrowed from the report of {donors[0].trigger.text!r}")


def background_dates_first(frames: list[Frame]) -> None:
    """A recalled incident's own date is the one with a year ("in March 2019"), not the
    weekday of the current report it is compared with ("Thursday's attack ... since")."""
    for f in _live(frames):
        if f.background_cue:
            f.dates.sort(key=lambda d: d.relation is not None or not YEAR.search(d.text))


def _place_rank(p: PlaceMention) -> int:
    words = p.text.lower().split()
    if p.label == "FAC":
        return 0
    if words and words[-1] in {"province", "governorate", "region"}:
        return 4
    if p.text.lower() in COUNTRY_NAMES:
        return 5
    return 2 if p.label != "LOC" else 3


def incident_sentence(frame: Frame) -> Span | None:
    """The evidence sentence that holds the frame's trigger (the incident's own clause), else
    the first one: a body report folded under its title keeps the body sentence."""
    for span in frame.evidence:
        if span.start <= frame.trigger.start and frame.trigger.end <= span.end:
            return span
    return frame.evidence[0] if frame.evidence else None


def ordered_places(places: list[PlaceMention], own: Span | None = None) -> list[PlaceMention]:
    """One mention per name, most specific first (facility, town, district, province, country).

    With ``own`` (the incident's own sentence, see ``incident_sentence``), the places named in
    that sentence come before those borrowed from elsewhere in the article, each group ranked
    by specificity: a town in the incident's clause beats a city from another sentence."""

    def borrowed(p: PlaceMention) -> bool:
        if own is None or p.span is None:
            return False
        return not (own.start <= p.span.start and p.span.end <= own.end)

    unique: dict[str, PlaceMention] = {}
    for p in places:
        key = p.text.lower()
        if key not in unique or (borrowed(unique[key]) and not borrowed(p)):
            unique[key] = p  # the mention in the incident's own sentence speaks for the name
    return sorted(unique.values(), key=lambda p: (borrowed(p), _place_rank(p)))
