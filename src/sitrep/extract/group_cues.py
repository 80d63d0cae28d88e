"""Small cues the event builder reads on one incident group: an infinitive the parser took
for a noun modifier, a live blog's timestamped update, who arrested whom, and a marker of
a new incident."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.trigger_words import FORCE_CLASSES, RAID_WORDS
from sitrep.model import ActorRole

__all__ = [
    "after_infinitive_to",
    "arrest_perpetrators",
    "came_after",
    "marks_new",
    "names_its_place",
    "ordinal_part",
    "place_anchor",
    "retold_before_an_earlier",
    "time_anchor",
    "under_timestamp",
]

INFINITIVE_TAKERS = frozenset(
    {
        "have",
        "has",
        "had",
        "having",
        "forced",
        "compelled",
        "obliged",
        "ordered",
        "tried",
        "began",
        "started",
        "decided",
        "continued",
        "managed",
        "needed",
    }
)
"""Verbs that govern an infinitive: "had to lathi-charge", "were forced to tear-gas"."""

TIMESTAMP_LINE = re.compile(
    r"^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|gmt|utc|local time))?$",
    re.IGNORECASE,
)
"""A live blog's update heading: a line holding only a clock time ("15:20", "9:05 GMT")."""


def after_infinitive_to(trig: SpacySpan) -> bool:
    """ "the police had to lathi-charge vhp activists": the trigger follows an infinitive
    "to" (the parser, seeing no verb, makes it a modifier of the next noun). "Fled to bomb
    shelters" is a preposition: only a verb that governs an infinitive counts before "to"."""
    i = trig.start
    if i < 2:
        return False
    to, verb = trig.doc[i - 1], trig.doc[i - 2]
    if to.lower_ != "to":
        return False
    return to.tag_ == "TO" or to.dep_ == "aux" or verb.lower_ in INFINITIVE_TAKERS


def under_timestamp(text: str, char: int) -> bool:
    """The text at ``char`` belongs to an update headed by a bare clock time: a live blog
    posting as it happens, on the day of publication. Walks back over the lines of the
    update's paragraph; the time may stand on its own line above it, blank lines between."""
    lines = text[max(0, char - 4000) : char].split("\n")[:-1]  # an update is short
    while lines and lines[-1].strip():
        if TIMESTAMP_LINE.match(lines[-1].strip()):
            return True
        lines.pop()
    while lines and not lines[-1].strip():
        lines.pop()
    return bool(lines) and TIMESTAMP_LINE.match(lines[-1].strip()) is not None


def arrest_perpetrators(
    pairs: list[tuple[ActorRole, Token]], trigger: SpacySpan, actor_classes: dict[str, str]
) -> list[tuple[ActorRole, Token]]:
    """The actor1 pairs one non-arrest trigger of an Arrests incident gives that are the
    perpetrators, not the arresting force: "a shop was destroyed by a group of miscreants
    of which four were arrested". A raid is how the arrests were made ("police raided the
    house and arrested three"), and a police or military force is the arrester."""
    if (trigger.root.lemma_ or trigger.root.lower_).lower() in RAID_WORDS or (
        trigger.root.lower_ in RAID_WORDS
    ):
        return []
    return [
        (role, tok)
        for role, tok in pairs
        if role == ActorRole.ACTOR1 and actor_classes.get(tok.lower_) not in FORCE_CLASSES
    ]


NEW_MARKERS = frozenset(
    {"another", "second", "separate", "new", "fresh", "other", "third", "further"}
)


def marks_new(heads: list[SpacySpan], seg: list[SpacySpan]) -> bool:
    """The incident is marked as not the one before: "Meanwhile, gunmen attacked ...", "In a
    separate attack, ...", "another blast". ``heads`` are the group's event words (none for a
    toll alone), ``seg`` the ruler spans of its segment.

    The marker comes before the incident word; a "while" after it ("entered the city, while
    the shops stayed closed") opens a clause about something else."""
    first = min((t.start for t in heads), default=None)
    if any(s.label_ == "SPLIT" and (first is None or s.start < first) for s in seg):
        return True
    return any(
        c.lower_ in NEW_MARKERS for t in heads for c in t.root.children if c.dep_ in {"det", "amod"}
    )


ORDINALS = frozenset({"first", "second", "third", "fourth", "last"})


def ordinal_part(heads: list[SpacySpan]) -> bool:
    """ "The first vehicle blew up ...", "The second exploded five minutes later": the
    incident word's subject (or the word itself) is one of several things counted before
    ("two car bombs exploded minutes apart"), a part of that incident."""
    for t in heads:
        root = t.root
        nouns = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for noun in [*nouns, root] if root.pos_ == "NOUN" else nouns:
            marks = [noun, *(c for c in noun.children if c.dep_ in {"amod", "det"})]
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            if definite and any(w.lower_ in ORDINALS for w in marks):
                return True
    return False


RESPONSES = frozenset({"response", "retaliation", "revenge", "reprisal"})
"""Nouns after which an earlier incident is named as the cause: "in response to the attack"."""
SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month", "year"})


def time_anchor(trigger: SpacySpan) -> bool:
    """ "Hours after the abduction, angry youths pelted ...": the incident named after
    "after"/"before"/"following" dates what the sentence tells; it is the one told before."""
    head = trigger.root
    prep = head.head
    verb = prep.head
    if verb.dep_ == "npadvmod" and verb.lemma_ in SPANS_OF_TIME:
        verb = verb.head  # "comes two days after the abduction"
    word = prep.lower_
    if word in {"to", "for"} and verb.lemma_ in RESPONSES and verb.dep_ == "pobj":
        # "the strikes came in response to the attack of last Sunday in Ankara"
        word, verb = "after", verb.head.head
    return (
        head.dep_ == "pobj"
        and word in {"after", "before", "following"}
        and verb.pos_ in {"VERB", "AUX"}
        and verb.i != head.i
        and any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} for c in head.children
        )
    )


def came_after(trigger: SpacySpan) -> bool:
    """ "The abduction came hours after the same group set ablaze the Babessi council hall on
    Saturday night": the incident the sentence names as its subject is the one told before;
    what the "after" clause tells is the sentence's own."""
    head = trigger.root
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ not in {"come", "follow"} or verb.i == head.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return False
    # the parse varies: "after" as the clause's mark, or as a preposition beside the clause
    after = any(
        c.lower_ in {"after", "before"} or any(m.lower_ in {"after", "before"} for m in c.children)
        for c in verb.children
    )
    clause = any(c.dep_ in {"advcl", "pcomp"} for c in verb.children) or any(
        g.dep_ == "pcomp" for c in verb.children for g in c.children
    )
    return after and clause


LANDMARK_NOUNS = frozenset({"place", "site", "scene", "spot", "location"})
"""Nouns by which an incident told before marks where another act happened."""


def place_anchor(trigger: SpacySpan) -> bool:
    """ "troops entered a village close to the place of the ambush and arrested ten men",
    "near the site of Sunday's bombing": the incident named after "the place of" locates
    what the sentence tells; it is the one told before."""
    head = trigger.root
    prep = head.head
    landmark = prep.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "of"
        and landmark.lemma_.lower() in LANDMARK_NOUNS
        and landmark.i < head.i
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
            for c in head.children
        )
    )


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RETELLING_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "such"})


def names_its_place(trigger: SpacySpan) -> bool:
    """ "the massacre of Diallassagou", "the bombing of a mosque in Kabul": the incident word
    carries a place of its own."""
    head = trigger.root
    return any(t.ent_type_ in PLACE_LABELS for t in head.subtree if t.i != head.i)


def retold_before_an_earlier(acts: list[SpacySpan], anchors: list[SpacySpan]) -> bool:
    """ "These attacks come two months after the massacre of Diallassagou ... which made 132
    dead": the sentence's acts only retell what was told before ("these attacks"), and the
    incident after which they come names its own place: that earlier incident is what the
    sentence tells for the first time."""
    return any(names_its_place(a) for a in anchors) and all(
        act.root.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in RETELLING_DETERMINERS for c in act.root.children)
        for act in acts
    )
