"""Sentences that go on about the incident just reported without a trigger of their own that
makes an incident: "The terrorists were targeted in a vehicle in the Qamishli region" (a weak
trigger) adds the place; "the operation was carried out by armed drones" (a weapon, no
trigger) says how it was done. Pure functions over the frames built so far."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from sitrep.extract.arguments import actors_of_trigger, mentions
from sitrep.extract.coref import (
    EXPLOSIVE,
    focus_on,
    give_up,
    is_specific_date,
    last_told,
    series_elsewhere,
    series_home,
    spin_off,
)
from sitrep.extract.frames import Frame
from sitrep.extract.lexicon import Lexicon, TriggerSpec
from sitrep.extract.places_dates import char_span
from sitrep.extract.subtypes import STRATEGIC
from sitrep.extract.targets import PROPERTY_LABELS
from sitrep.model import ActorRole, DateMention, PlaceMention

__all__ = [
    "DAMAGE_KEYS",
    "add_follow_on",
    "add_property_hit",
    "follow_on_target",
    "prison_break_host",
    "refine_by_weapon",
    "series_part",
]

DAMAGE_KEYS = frozenset({"damage"})
"""Trigger keys that say what an incident did to property ("destroyed", "damaged")."""

GENERIC_KINDS = frozenset({"attack", "kill"})
OPERATION_WORDS = frozenset({"operation", "attack", "strike", "raid", "assault"})
MAX_GAP = 1
ESCAPEES = frozenset(
    {
        "escapee",
        "escapees",
        "fugitive",
        "fugitives",
        "escaped",
        "inmate",
        "inmates",
        "prisoner",
        "prisoners",
        "detainee",
        "detainees",
    }
)
CLOCK = re.compile(
    r"((around|about|at|approximately|shortly|just|before|after|by)\s+)*"
    r"\d{1,2}(:\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?"
)
SAME_DAY_TIMES = frozenset(
    {"this morning", "this afternoon", "this evening", "tonight", "overnight", "midnight", "noon"}
)


def follow_on_target(
    frames: list[Frame], sent_index: int, dates: Sequence[DateMention]
) -> Frame | None:
    """The incident a weak trigger in this sentence goes on about: the one reported in the
    sentence before, when this one names no day of its own."""
    last = last_told(frames)
    if last is None or sent_index - last.sent_index > MAX_GAP or last.background_cue:
        return None
    if any(
        d.relation is not None or (is_specific_date(d.text) and _names_a_day(d.text)) for d in dates
    ):
        return None
    return last


def _names_a_day(text: str) -> bool:
    """ "around 3:30 p.m.", "this morning" give an hour of the day just reported, not a day
    of another incident."""
    low = text.lower().strip()
    return not (CLOCK.fullmatch(low) or low in SAME_DAY_TIMES)


def add_follow_on(frame: Frame, sent: SpacySpan, places: list[PlaceMention]) -> None:
    if sent.start not in frame.sentence_starts:
        frame.sentence_starts.append(sent.start)
        frame.evidence.append(char_span(sent.doc, sent.start, sent.end))
    names = {p.text.lower() for p in frame.places}
    frame.places += [p for p in places if p.text.lower() not in names]


def add_property_hit(frame: Frame, triggers: list[SpacySpan], lex: Lexicon) -> None:
    """ "It also destroyed a public telephone booth": what a sentence going on about the last
    incident says was hit (property and public places only: a person harmed is counted by
    the casualty rules) joins that incident's attacked."""
    if frame.sub_event_type in STRATEGIC:
        return  # "the square has been targeted before", after a dismissal: not its target
    known = {(a.role, a.text.lower()) for a in frame.actors}
    for t in triggers:
        if t.id_ not in DAMAGE_KEYS:
            continue
        hit = actors_of_trigger(t.root, "weak", lex)
        for a in mentions(hit, lex):
            key = (a.role, a.text.lower())
            if a.role == ActorRole.ACTOR2 and a.label in PROPERTY_LABELS and key not in known:
                frame.actors.append(a)
                known.add(key)


def refine_by_weapon(
    frames: list[Frame],
    sent: SpacySpan,
    sent_index: int,
    spans: Sequence[SpacySpan],
    lex: Lexicon,
) -> None:
    """ "The operation was carried out by Turkish armed drones": the incident just reported,
    typed so far only by a generic word ("neutralized", "attacked"), takes the weapon's type."""
    last = last_told(frames)
    if last is None or last.trigger_kind not in GENERIC_KINDS:
        return
    if not 0 < sent_index - last.sent_index <= MAX_GAP + 1:
        return
    if not any(
        t.lemma_.lower() in OPERATION_WORDS
        and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in t.children)
        for t in sent
    ):
        return
    weapons = [
        s
        for s in spans
        if s.label_ == "WEAPON"
        and sent.start <= s.start < sent.end
        and lex.weapons[s.id_].sub_event_type in EXPLOSIVE
    ]
    if not weapons:
        return
    sub = lex.weapons[weapons[0].id_].sub_event_type
    if sub is None:
        return
    last.retype(sub)
    last.trigger_kind = "weapon"
    if last.weapon is None:
        last.weapon = weapons[0].id_
        last.weapon_span = char_span(sent.doc, weapons[0].start, weapons[0].end)
    add_follow_on(last, sent, [])
    last.sent_index = sent_index


def prison_break_host(
    frames: list[Frame], triggers: list[SpacySpan], specs: list[TriggerSpec]
) -> Frame | None:
    """The prison attack an article already reported, when this sentence only tells that
    escapees were caught again ("recaptured dozens of the escaped inmates")."""
    if not triggers or not all(sp.kind == "capture" for sp in specs):
        return None
    caught = [
        c
        for t in triggers
        for c in t.root.children
        if c.dep_ in {"dobj", "nsubjpass"}
        and any((g.lemma_ or g.lower_).lower() in ESCAPEES for g in c.subtree)
    ]
    if not caught:
        return None
    live = [
        f
        for f in frames
        if f.merged_into is None
        and not f.background_cue
        and f.sub_event_type not in STRATEGIC
        and any("prison" in e.text.lower() or "jail" in e.text.lower() for e in f.evidence)
    ]
    return live[0] if live else None  # the break itself is told first


def series_part(
    frames: list[Frame],
    series: Frame,
    places: list[PlaceMention],
    trigger: SpacySpan,
    sent_index: int,
) -> Frame:
    """ "In northern Iraq, the strikes targeted Qandil": the part of the series this sentence
    tells (one ACLED event per place): the series itself, its part already told at one of
    these places, or a new part (appended to ``frames``)."""
    target = series
    if series_elsewhere(series, places):
        give_up(series, places)
        target = series_home(frames, series, places) or spin_off(
            series,
            trigger=char_span(trigger.doc, trigger.start, trigger.end),
            index=len(frames),
            sent_index=sent_index,
        )
        if not any(f is target for f in frames):
            frames.append(target)
    focus_on(target, places)
    return target
