"""The names of the people an incident harmed, given in a sentence of their own after the
report: "the victims were identified as david lecky, director of the columbus school, and
james donnelly", "the two dead officers were identified as captain jose chavez and lieutenant
bolanos". Such a sentence has no trigger; its names join the incident reported just before
as more of those it harmed. Pure functions over the frames built so far."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.coref import BATTLE, EXPLOSIVE
from sitrep.extract.frames import Frame
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.names import name_like, title_class
from sitrep.extract.places_dates import LEAD_DETS, char_span
from sitrep.model import ActorMention, ActorRole

__all__ = ["name_the_victims"]

VICTIM_NOUNS = frozenset(
    {"victim", "victims", "dead", "hostage", "hostages", "body", "bodies", "deceased",
     "casualties", "captives"}
)  # fmt: skip
"""Subjects that stand for those an incident harmed: "the victims were identified as"."""
HARMED = frozenset(
    {"dead", "slain", "murdered", "killed", "kidnapped", "abducted", "wounded", "injured"}
)
"""Words that make a class of people those harmed: "the two dead officers"."""
MAX_GAP = 2
"""Sentences between the report and the names (the toll or the place may come between)."""
HARMING = EXPLOSIVE | BATTLE


def _victims(subj: Token) -> bool:
    """ "the victims", "the hostages", "the two dead officers": those harmed, not suspects."""
    if subj.lower_ in VICTIM_NOUNS:
        return True
    return any(c.dep_ == "amod" and c.lower_ in HARMED for c in subj.children)


def _listed(tok: Token) -> list[Token]:
    """``tok`` and the names joined to it: "david lecky, director of the school, and james
    donnelly" (the parser hangs the second name on the description in apposition)."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out += _listed(child)
        elif child.dep_ == "appos":
            out += [n for c in child.children if c.dep_ == "conj" for n in _listed(c)]
    return out


def _mention(tok: Token, lex: Lexicon) -> ActorMention | None:
    """A named person as one of those harmed (the name with its title, as written)."""
    named = tok.ent_type_ == "PERSON" or name_like(tok, lex)
    label = "PERSON" if named else title_class(tok, lex)
    if label is None:
        return None
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].lower_ in LEAD_DETS:
        start += 1
    span = char_span(tok.doc, start, tok.i + 1)
    return ActorMention(text=span.text, role=ActorRole.ACTOR2, span=span, label=label)


def name_the_victims(frames: list[Frame], sent: SpacySpan, sent_index: int, lex: Lexicon) -> None:
    """Add the people a sentence names as the victims ("the victims were identified as X and
    Y") to the incident reported just before, when that incident harmed people."""
    live = [f for f in frames if f.merged_into is None and not f.headline]
    last = live[-1] if live else None
    if last is None or last.background_cue or last.sub_event_type not in HARMING:
        return
    if not 0 <= sent_index - last.sent_index <= MAX_GAP:
        return
    have = {a.text.lower() for a in last.actors}
    for verb in sent:
        if verb.lemma_.lower() != "identify" or verb.tag_ != "VBN":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects or not _victims(subjects[0]):
            continue
        names = [
            n
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for g in prep.children
            if g.dep_ == "pobj"
            for n in _listed(g)
        ]
        for name in names:
            m = _mention(name, lex)
            if m is not None and m.text.lower() not in have:
                have.add(m.text.lower())
                last.actors.append(m)
