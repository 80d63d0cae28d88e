"""Figures, aggregates and confidence of one incident: killed, injured and combined tolls
from the casualty links (attackers' deaths counted as ACLED does; two figures for the same dead
give the most specific, not their sum; the dead of both sides of one fight add up), counts
of strikes over a period, and per-field confidence. Pure functions over the frame being
built."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.coref import EXPLOSIVE
from sitrep.extract.frames import CasualtyLink, Frame
from sitrep.extract.lexicon import TriggerSpec
from sitrep.extract.subtypes import quantity_of, specificity
from sitrep.model import Quantity

__all__ = [
    "TOLL_WORDS",
    "figures",
    "list_member",
    "mark_aggregate",
    "net_of_deaths",
    "other_side",
    "score",
]

TOLL_WORDS = frozenset({"toll", "tolls"})
DISTINCT_WORDS = frozenset({"second", "another", "other", "others", "third", "fourth"})
SIDES = {"generic:military": "state", "generic:police": "state", "generic:armed": "armed"}
"""The two sides of a fight whose dead add up, by the actor class of the victims' noun."""
OTHER_SIDE_SENTENCES = 2
"""How many sentences back the first side's dead may be told."""
BASE_CONFIDENCE = {"event": 0.75, "explosion": 0.7, "weapon": 0.7, "attack": 0.65, "kill": 0.55}


def figures(
    doc: Doc, links: list[CasualtyLink]
) -> tuple[Quantity | None, Quantity | None, Quantity | None, int]:
    """Killed, injured, combined; and attackers' deaths stated on their own ("also killed")."""
    base_links = [lk for lk in links if not (lk.additive and lk.kind == "killed")]
    extra = sum(lk.value or 0 for lk in links if lk.additive and lk.kind == "killed")
    if extra and not any(lk.kind == "killed" for lk in base_links):
        return (
            None,
            *figures(doc, [lk for lk in links if lk.kind != "killed"])[1:3],
            extra,
        )

    def total(kind: str) -> Quantity | None:
        chosen = [lk for lk in base_links if lk.kind == kind and lk.value is not None]
        if not chosen:
            return None
        first = quantity_of(doc, chosen[0])
        if len(chosen) == 1:
            return first
        tolls = [lk for lk in chosen if doc[lk.trigger].lower_ in TOLL_WORDS]
        if tolls and len(tolls) < len(chosen):
            # "a woman has now died, bringing the death toll to three": the toll is the total
            return quantity_of(doc, max(tolls, key=lambda lk: lk.value or 0))
        # "two others were wounded": counted besides the rest, whatever the rest is
        besides = [lk for lk in chosen if _others(doc, lk.victim)]
        rest = [lk for lk in chosen if lk not in besides] or besides
        victims = {lk.victim for lk in rest}
        if (
            len(rest) > 1
            and not all(_conjoined(doc, lk.victim, victims) for lk in rest)
            and not _named_apart(doc, rest)
        ):
            # Two figures for the same dead ("11 killed ... several of the injured died"):
            # keep the most specific one, not their sum.
            rest = [max(rest, key=lambda lk: specificity(quantity_of(doc, lk)))]
            if not besides or rest == besides:
                return quantity_of(doc, rest[0])
        chosen = rest + [lk for lk in besides if lk not in rest]
        value = sum(lk.value or 0 for lk in chosen)
        raw = " + ".join(doc[lk.start : lk.end].text for lk in chosen)
        return Quantity(value=value, qualifier=first.qualifier, raw=raw, span=first.span)

    fatal, injured, combined = total("killed"), total("injured"), total("combined")
    if (
        fatal is None
        and combined is None
        and injured is not None
        and injured.value == 0
        and any(lk.kind == "injured" and lk.value == 0 and _no_one(doc, lk) for lk in base_links)
    ):
        # "no one was hurt", "nobody was injured": no one was killed either (a toll of 0, as
        # ACLED codes it); "no civilians were hurt" and "no injuries were reported" leave the
        # dead untold
        fatal = injured
    if combined is not None and combined.value == 0 and fatal is None:
        # "no casualties": no one killed, and no one hurt unless a figure says otherwise
        fatal, combined = combined, None
        injured = injured if injured is not None else fatal
    if extra and fatal is not None:
        fatal = fatal.model_copy(
            update={
                "value": (fatal.value or 0) + extra,
                "raw": f"{fatal.raw} + {extra} (attackers)",
            }
        )
        extra = 0
    return fatal, injured, combined, extra


ZERO_WORDS = frozenset({"nobody", "none", "noone"})
"""Words that count no one on their own (the casualty linker's zero victims)."""
NO_ONE = ZERO_WORDS | {"one", "anyone", "anybody"}
"""The victim word of a zero that leaves out no one: "no one", "nobody", "none"; not "no
civilians" (some may have been hurt), nor "no injuries were reported" (the dead are
not told)."""


def _no_one(doc: Doc, link: CasualtyLink) -> bool:
    return link.victim is not None and doc[link.victim].lower_ in NO_ONE


def other_side(doc: Doc, links: list[CasualtyLink], classes: dict[str, str]) -> list[CasualtyLink]:
    """ "47 Taliban terrorists were killed ... Five members of the security forces were
    martyred in the fighting": the dead of the other side of one fight, told in the same or a
    following sentence, add to the first side's dead (ACLED counts every death of the event).
    A count of the same side ("seven soldiers killed ... seven soldiers died") is the same dead
    told again, and people of no side ("three people") are never added. ``classes`` maps a
    head noun to its actor class."""
    out: list[CasualtyLink] = []
    last: CasualtyLink | None = None
    for lk in sorted(links, key=lambda lk: lk.trigger):
        if lk.kind != "killed" or lk.victim is None or lk.additive:
            out.append(lk)
            continue
        if last is not None and last.victim is not None and _near(doc, last, lk):
            mine, theirs = _side(doc[lk.victim], classes), _side(doc[last.victim], classes)
            if mine is not None and theirs is not None and mine != theirs:
                lk = replace(lk, additive=True)
        out.append(lk)
        last = lk
    return out


def _side(victim: Token, classes: dict[str, str]) -> str | None:
    """ "soldiers", "policemen" -> "state"; "militants", "Taliban terrorists" -> "armed";
    "members of the security forces" reads the group after "of"; anything else None."""
    if victim.lower_ in {"member", "members"}:
        groups = [
            g
            for prep in victim.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj"
        ]
        if not groups:
            return None
        victim = groups[0]
    lemma = (victim.lemma_ or victim.lower_).lower()
    return SIDES.get(classes.get(victim.lower_) or classes.get(lemma) or "")


def _near(doc: Doc, before: CasualtyLink, after: CasualtyLink) -> bool:
    """Is ``after`` told within a couple of sentences of ``before``?"""
    first, second = doc[before.trigger].sent.start, doc[after.trigger].sent.start
    starts = [s.start for s in doc.sents if first <= s.start <= second]
    return len(starts) - 1 <= OTHER_SIDE_SENTENCES


def net_of_deaths(frames: list[Frame], doc: Doc, links: list[CasualtyLink]) -> None:
    """ "Eight people were shot ... a 20-year-old man died at the scene": a count of those shot
    takes in the dead, so the wounded are the rest (here seven). Only for an injury figure read
    from "shot"; "three were wounded" is a count of the wounded alone."""
    hits = {
        (doc[lk.start : lk.end].start_char, doc[lk.start : lk.end].end_char)
        for lk in links
        if lk.hit
    }
    for f in frames:
        if f.merged_into is not None or f.dropped is not None:
            continue
        if _the_dead_victim(f):
            f.notes.append(f"injuries: {f.injuries.raw if f.injuries else ''} is the one who died")
            f.injuries = None
            continue
        hurt, dead = f.injuries, f.fatalities
        if hurt is None or dead is None or hurt.span is None or hurt.value is None:
            continue
        if (hurt.span.start, hurt.span.end) not in hits or not dead.value:
            continue
        rest = max(hurt.value - dead.value, 0)
        f.notes.append(f"injuries: {hurt.raw} shot, less {dead.raw} dead")
        if rest == 0:
            f.injuries = None  # the one shot is the one who died: no wounded are reported
            continue
        f.injuries = hurt.model_copy(
            update={
                "value": rest,
                "low": None,
                "high": None,
                "raw": f"{hurt.raw} shot - {dead.raw} dead",
            }
        )


def _the_dead_victim(f: Frame) -> bool:
    """ "A 3-year-old girl died ... officers found the child with a gunshot wound": the people
    named as hurt in another sentence, as many as the dead, are the victims who died, not more
    casualties (unless told apart: "another girl", "also"). A person brought in anew ("a
    civilian") is told apart from the dead by a different noun ("a child died ... a child was
    shot" is the same child)."""
    hurt, dead = f.injuries, f.fatalities
    if hurt is None or dead is None or not dead.value or hurt.value != dead.value:
        return False
    if hurt.span is None or dead.span is None:
        return False
    parts = [re.findall(r"[a-z0-9]+", p.lower()) for p in hurt.raw.split(" + ")]
    if dead.value > 1 and len(parts) != dead.value:
        return False  # "two men were killed ... two women were wounded": a count, not a list
    words = {w for p in parts for w in p}
    if words & (DISTINCT_WORDS | {"one", "1", "single", "only"}):
        return False  # "a second man": a person brought in anew
    dead_words = set(re.findall(r"[a-z]+", dead.raw.lower()))
    anew = any(p[:1] in (["a"], ["an"]) for p in parts)
    pronoun = dead_words <= {"he", "she", "him", "her"}  # "He died": the one told before
    if anew and not pronoun and not any(p and p[-1] in dead_words for p in parts):
        return False  # "a civilian": a person brought in anew
    where = [e for e in f.evidence if e.start <= hurt.span.start < e.end]
    if not where or where[0].start <= dead.span.start < where[0].end:
        return False  # "killing a soldier and wounding the driver": two people
    told = set(re.findall(r"[a-z]+", where[0].text.lower()))
    return not told & (DISTINCT_WORDS | {"also", "too"})


FEW = frozenset({"two", "2", "three", "3"})
"""Counts of devices that make one incident when nothing spreads them over days: ACLED codes
a double or triple bombing at one place and time as one event."""


def mark_aggregate(frame: Frame, main: SpacySpan, spec: TriggerSpec) -> None:
    head = main.root
    if head.tag_ != "NNS" or spec.sub_event_type not in EXPLOSIVE:
        return
    count = next((c for c in head.children if c.dep_ == "nummod"), None)
    over_days = any("past" in d.text.lower() or "last" in d.text.lower() for d in frame.dates)
    if count is not None and count.lower_ in FEW and not over_days:
        return  # "two car bombs exploded minutes apart": a double bombing, one incident
    if count is not None:
        frame.aggregate = True
        frame.notes.append(f"aggregate: {count.text} {head.text}")
    elif any("past" in d.text.lower() or "last" in d.text.lower() for d in frame.dates):
        frame.aggregate = True
        frame.notes.append(f"aggregate: {head.text}")


def score(frame: Frame, typed_by: str) -> None:
    conf = BASE_CONFIDENCE.get(typed_by, 0.6)
    fc: dict[str, float] = {
        "event_type": 0.9 if typed_by in {"event", "explosion", "weapon"} else 0.65
    }
    if frame.dates:
        conf += 0.1
        fc["dates"] = 0.65 if frame.dates[0].relation else 0.85
    if frame.places:
        conf += 0.05
        fc["places"] = 0.8
    if frame.actors:
        conf += 0.03
        fc["actors"] = 0.7
    for key in ("fatalities", "injuries", "combined_toll"):
        q = getattr(frame, key)
        if q is not None:
            conf += 0.02
            fc[key] = {3: 0.9, 2: 0.8, 1: 0.6}.get(specificity(q), 0.6)
    if frame.weapon:
        fc["weapon"] = 0.8
    frame.confidence = round(min(conf, 0.95), 3)
    frame.field_confidence = fc


def _others(doc: Doc, victim: int | None) -> bool:
    """ "two others escaped with minor injuries": people besides those counted before."""
    if victim is None:
        return False
    tok = doc[victim]
    return tok.lower_ in {"others", "another"} or any(
        (c.dep_ == "amod" and c.lower_ == "other") or (c.dep_ == "det" and c.lower_ == "another")
        for c in tok.children
    )


def list_member(tok: Token) -> bool:
    """A member of a list: a conjunct, or the middle of "a man, a woman and a boy" (which the
    parser may read as an apposition followed by a conjunct)."""
    return tok.dep_ == "conj" or (
        tok.dep_ == "appos" and any(c.dep_ == "conj" for c in tok.children)
    )


def _conjoined(doc: Doc, victim: int | None, victims: set[int | None]) -> bool:
    """Is this victim coordinated with another counted one ("three soldiers and a civilian")?"""
    if victim is None:
        return False
    tok = doc[victim]
    near = {c.i for c in tok.children if list_member(c)}
    if list_member(tok):
        near.add(tok.head.i)
    near |= _co_arguments(tok)
    top = _list_top(tok)
    # "Annette Reed, Chanice Reed and Eddie McCuin": members of one list, however far apart
    near |= {v for v in victims if v is not None and v != victim and _list_top(doc[v]) == top}
    return bool(near & {v for v in victims if v is not None})


def _named_apart(doc: Doc, links: list[CasualtyLink]) -> bool:
    """ "Josh Haber died at the scene, while Joshua Williams died later in the hospital": one
    person each, named by different names on different verbs, are different people."""
    victims = [doc[lk.victim] for lk in links if lk.victim is not None]
    names = {v.lower_ for v in victims}
    return (
        len(victims) == len(links)
        and all(lk.value == 1 for lk in links)
        and all(v.pos_ == "PROPN" and v.ent_type_ == "PERSON" for v in victims)
        and len(names) == len(links)
        and len({lk.trigger for lk in links}) == len(links)
    )


def _list_top(tok: Token) -> int:
    """The first member of the list ``tok`` belongs to (``tok`` itself when it is in none)."""
    while list_member(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _co_arguments(tok: Token) -> set[int]:
    """ "three people from Lancaster and a 22-year-old from Victorville were shot": the parser
    may hang both members of a list on the verb, with the same role and "and" between them."""
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"} or tok.head.i == tok.i:
        return set()
    out: set[int] = set()
    for other in tok.head.children:
        if other.i == tok.i or other.dep_ != tok.dep_:
            continue
        lo, hi = sorted((tok.i, other.i))
        between = tok.doc[lo:hi]
        if any(t.dep_ == "cc" and t.lower_ == "and" and t.head.i in {lo, hi} for t in between):
            out.add(other.i)
    return out
