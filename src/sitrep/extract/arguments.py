"""The arguments of an incident read off a parsed sentence segment: who acted and on whom,
where, when, with what. Pure functions; every mention keeps its character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from sitrep.extract.lexicon import Lexicon
from sitrep.model import ActorMention, ActorRole, DateMention, PlaceMention, Span

__all__ = [
    "actor_label",
    "actors_of_trigger",
    "char_span",
    "claims_and_blame",
    "date_rank",
    "dates_in",
    "is_actorish",
    "places_in",
    "weapons_in",
]

ACTOR_ENTS = frozenset({"ORG", "NORP", "PERSON"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
LEAD_DETS = frozenset({"the", "these", "those", "this", "that"})
OF_HEADS = frozenset(
    {
        "member",
        "members",
        "unit",
        "units",
        "element",
        "elements",
        "fighter",
        "fighters",
        "dozens",
        "some",
        "remnants",
        "cell",
        "cells",
        "officer",
        "officers",
        "personnel",
        "leader",
        "leaders",
    }
)
DATE_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "over", "early", "late"})
WEEKDAYS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"last night|overnight)\b|\b\d{1,2}\b(?!\d)",
    re.IGNORECASE,
)
MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)
PERIOD = re.compile(r"\b(week|weeks|days|months|past|recent|last)\b", re.IGNORECASE)
MISTAGGED_PLACE = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "at", "around", "inside"})
DURATION_PREFIX = frozenset({"for", "within", "after", "than"})


DEATH_VERBS = frozenset({"die", "died", "dies", "dying", "perished", "succumbed"})
NAMING_VERBS = frozenset({"calling", "called", "named", "known", "dubbed", "styling"})
NAME_DEPS = frozenset({"oprd", "dobj", "attr", "xcomp", "appos"})


def char_span(doc: Doc, start: int, end: int) -> Span:
    """A model Span over tokens ``[start, end)`` (character offsets into the text)."""
    s = doc[start:end]
    return Span(text=s.text, start=s.start_char, end=s.end_char)


# -- actors ----------------------------------------------------------------------------
def _class_of(tok: Token, lex: Lexicon) -> str | None:
    return lex.actor_classes.get(tok.lower_) or lex.actor_classes.get((tok.lemma_ or "").lower())


def is_actorish(tok: Token, lex: Lexicon, *, allow_gpe: bool = False) -> bool:
    if tok.pos_ == "PRON" or tok.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
        return False
    if (
        tok.ent_type_ == "PERSON"
        and tok.ent_iob_ in {"B", "I"}
        and any(
            s.label_ == "PLACE" and s.start <= tok.i < s.end
            for s in tok.doc.spans.get("sitrep_lex", [])
        )
    ):
        return False
    if tok.ent_type_ in ACTOR_ENTS or (allow_gpe and tok.ent_type_ == "GPE"):
        return True
    return _class_of(tok, lex) is not None


def _phrase_bounds(tok: Token) -> tuple[int, int]:
    start = tok.i
    left = sorted((c for c in tok.children if c.i < tok.i), key=lambda c: c.i, reverse=True)
    for child in left:
        if (
            child.dep_
            in {
                "det",
                "nummod",
                "amod",
                "compound",
                "poss",
                "quantmod",
                "nmod",
                "case",
                "punct",
                "npadvmod",
            }
            and child.i == start - 1
        ) or (
            child.dep_ in {"det", "nummod", "amod", "compound", "poss", "nmod"}
            and child.right_edge.i == start - 1
        ):
            start = child.left_edge.i
    doc = tok.doc
    while start < tok.i and doc[start].lower_ in LEAD_DETS:
        start += 1
    end = tok.i + 1
    if tok.lower_ in OF_HEADS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1:
                end = child.right_edge.i + 1
    if tok.ent_iob_ in {"B", "I"}:
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                start, end = min(start, ent.start), max(end, ent.end)
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return start, end


def actor_label(tok: Token, start: int, end: int, lex: Lexicon) -> str | None:
    doc = tok.doc
    ents = {doc[i].ent_type_ for i in range(start, end)}
    if "ORG" in ents:
        return "ORG"
    cls = _class_of(tok, lex)
    if cls == "generic:military" and any(
        lex.actor_classes.get(doc[i].lower_) == "generic:police" for i in range(start, end)
    ):
        return "generic:police"  # "federal police officers"
    if cls is not None:
        return cls
    for label in ("NORP", "PERSON", "GPE"):
        if label in ents:
            return label
    return None


def _self_named(tok: Token) -> Token | None:
    """ "a group calling itself Saraya Awliya al-Dam", "a faction known as X": the name."""
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lower_ not in NAMING_VERBS:
            continue
        names = [c for c in acl.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
            names += [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if names:
            return names[0]
    return None


def _mention(tok: Token, role: ActorRole, lex: Lexicon) -> ActorMention:
    tok = _self_named(tok) or tok
    start, end = _phrase_bounds(tok)
    span = char_span(tok.doc, start, end)
    return ActorMention(
        text=span.text, role=role, span=span, label=actor_label(tok, start, end, lex)
    )


def _with_conj(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"})]


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conj / advcl / xcomp chains."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
        if node.dep_ in {"conj", "advcl", "xcomp", "acl"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def actors_of_trigger(head: Token, kind: str, lex: Lexicon) -> list[tuple[ActorRole, Token]]:
    """(role, head token) pairs read from the trigger's dependencies."""
    out: list[tuple[ActorRole, Token]] = []
    children = list(head.children)
    is_verb = head.pos_ in {"VERB", "AUX"} or head.tag_ in {"VBN", "VBD", "VBG"}
    if is_verb:
        if head.dep_ in {"acl", "amod"} and kind in {"kill", "wound", "combined"}:
            out += [(ActorRole.ACTOR2, t) for t in _with_conj(head.head)]
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        for child in children:
            if child.dep_ == "nsubjpass":
                out += [(ActorRole.ACTOR2, t) for t in _with_conj(child)]
            elif child.dep_ == "agent":
                out += [(ActorRole.ACTOR1, g) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in {"dobj", "obj"} and kind != "kill_noun":
                out += [(ActorRole.ACTOR2, t) for t in _with_conj(child)]
            elif child.dep_ == "prep" and child.lower_ in {"on", "against", "at"}:
                out += [(ActorRole.ACTOR2, g) for g in child.children if g.dep_ == "pobj"]
        if not passive:
            subj = _subject(head)
            if subj is not None:
                # "the guard died": who dies suffers the event, never does it
                undergoer = head.lower_ in DEATH_VERBS
                out.append((ActorRole.ACTOR2 if undergoer else ActorRole.ACTOR1, subj))
    else:
        for child in children:
            if child.dep_ in {"compound", "poss", "amod", "nmod"} and child.ent_type_ not in {
                "DATE",
                "TIME",
                "GPE",
                "LOC",
                "FAC",
            }:
                out.append((ActorRole.ACTOR1, child))
            elif child.dep_ == "prep" and child.lower_ == "by":
                out += [(ActorRole.ACTOR1, g) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ == "between":
                for g in (g for g in child.children if g.dep_ == "pobj"):
                    out.append((ActorRole.ACTOR1, g))  # "clashes between X and Y"
                    out += [(ActorRole.ACTOR2, c) for c in g.children if c.dep_ == "conj"]
            elif (child.dep_ == "prep" and child.lower_ == "with" and kind == "event") or (
                child.dep_ == "prep" and child.lower_ in {"on", "against", "targeting", "at"}
            ):
                out += [(ActorRole.ACTOR2, g) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "acl":
                for g in child.children:
                    if g.dep_ == "agent":
                        out += [(ActorRole.ACTOR1, p) for p in g.children if p.dep_ == "pobj"]
                    elif g.dep_ in {"dobj", "obj"}:
                        out.append((ActorRole.ACTOR2, g))
        gov = head.head
        if head.dep_ in {"dobj", "obj"} and (gov.lemma_ or gov.lower_).lower() in lex.light_verbs:
            subj = _subject(gov)
            if subj is not None:
                out.append((ActorRole.ACTOR1, subj))
    allowed = []
    for role, tok in out:
        tok = _relative_antecedent(tok)
        if _section_label(tok):
            continue
        if is_actorish(tok, lex, allow_gpe=role == ActorRole.ACTOR1):
            allowed.append((role, tok))
    return allowed


def _relative_antecedent(tok: Token) -> Token:
    """ "the guard, who was shot by the robbers": the relative pronoun stands for the guard."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if tok.lower_ in {"who", "that", "whom"} and clause.dep_ == "relcl":
        return clause.head
    return tok


def _section_label(tok: Token) -> bool:
    """ "Somalia: bomb at market kills 26", "Police: four shot at party": the words before a
    colon that opens a headline name its section or its source, not an actor."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and tok.i - tok.sent.start <= 2


def mentions(pairs: Iterable[tuple[ActorRole, Token]], lex: Lexicon) -> list[ActorMention]:
    seen: set[tuple[str, str]] = set()
    out: list[ActorMention] = []
    for role, tok in pairs:
        m = _mention(tok, role, lex)
        key = (m.text.lower(), role.value)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _named(tok: Token) -> bool:
    """ "The Islamic State organization", "the Shabaab movement": a common noun that a name
    modifies."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or (
        tok.ent_type_ in {"ORG", "NORP"}
    )


def claims_and_blame(
    doc: Doc, spans: Sequence[SpacySpan], lex: Lexicon
) -> list[tuple[ActorRole, Token]]:
    """CLAIMED_BY from "X claimed responsibility", BLAMED from "attributed to X" / "blamed on X"."""
    out: list[tuple[ActorRole, Token]] = []
    for span in spans:
        verb = span[0]
        if span.label_ == "CLAIM":
            subj = _subject(verb)
            if subj is not None and (
                is_actorish(subj, lex, allow_gpe=True) or subj.pos_ == "PROPN" or _named(subj)
            ):
                out.append((ActorRole.CLAIMED_BY, subj))
        elif span.label_ == "BLAME":
            found: list[Token] = []
            for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"}):
                if prep.lower_ in {"to", "on"}:
                    found += [g for g in prep.children if g.dep_ == "pobj"]
            if not found:
                found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            out += [
                (ActorRole.BLAMED, t)
                for t in found
                if is_actorish(t, lex, allow_gpe=True) or t.pos_ == "PROPN"
            ]
    return out


# -- places ----------------------------------------------------------------------------
def _context(doc: Doc, start: int, lower_bound: int, lex: Lexicon) -> str | None:
    words: list[str] = []
    i = start - 1
    while i >= lower_bound:
        tok = doc[i]
        low = tok.lower_
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if (
            low in lex.place_relations
            or (low in lex.designators and nxt == "of")
            or low in {"-", "the", "a"}
        ):
            words.append(low)
            i -= 1
            continue
        break
    words = [w for w in reversed(words) if w not in {"the", "a", "-"}]
    while words and words[-1] == "of" and len(words) == 1:
        words.pop()
    return " ".join(words) or None


def places_in(
    doc: Doc, start: int, end: int, spans: Sequence[SpacySpan], lex: Lexicon
) -> list[PlaceMention]:
    """Places named in tokens ``[start, end)``, most specific first."""
    cands: list[tuple[SpacySpan, str]] = []
    for span in spans:
        if span.label_ != "PLACE" or not (start <= span.start and span.end <= end):
            continue
        s = span
        if span.id_ == "of_designator":
            name = span[2:]  # the NER often mislabels these names ORG or PERSON: trust "of"
            cls = lex.designators.get(span[0].lower_, "town")
            cands.append(
                (
                    name,
                    "town"
                    if cls in {"town", "neighbourhood"} or span[0].lower_ == "outskirts"
                    else cls,
                )
            )
            continue
        while len(s) > 1 and (
            s[0].is_stop
            or s[0].lower_ in LEAD_DETS
            or (
                s[0].ent_type_ in {"ORG", "NORP", "PERSON"}
                and s[0].ent_iob_ == "B"
                and s[0].ent_type_ != "GPE"
                and _ent_covers(s[0], s.end - 1)
            )
        ):
            s = s[1:]
        names = [t for t in s[:-1] if t.lower_ not in lex.designators]
        if (
            not names
            or len(s) < 2
            or any(
                t.ent_type_ == "DATE" or (t.ent_type_ == "NORP" and t.pos_ == "ADJ") for t in names
            )
            or (s[0].ent_type_ == "ORG" and _ent_covers(s[0], s.end - 1))
        ):
            continue
        cands.append((s, lex.designators.get(s[-1].lower_, "facility")))
    for ent in doc.ents:
        if ent.label_ in PLACE_ENTS and start <= ent.start and ent.end <= end:
            if _is_modifier(ent, lex):
                continue
            e = ent
            if (
                e.end < len(doc)
                and doc[e.end].lower_ in lex.designators
                and doc[e.end].lower_
                in {"province", "governorate", "district", "region", "city", "town", "village"}
            ):
                e = doc[e.start : e.end + 1]
            text = e.text.lower()
            last = e[-1].lower_
            if text in lex.countries or text.removeprefix("the ") in lex.countries:
                cls = "country"
            elif last in lex.designators:
                cls = lex.designators[last]
            else:
                cls = ent.label_
            cands.append((e, cls))
    cands += [(u, "GPE") for u in _unlabelled_places(doc, start, end, lex)]
    chosen = filter_spans([c[0] for c in cands])
    classes = {(c[0].start, c[0].end): c[1] for c in cands}
    out: list[tuple[int, int, PlaceMention]] = []
    for s in chosen:
        cls = classes[(s.start, s.end)]
        rank = lex.place_ranks.get(cls, 2)
        label = {"facility": "FAC", "neighbourhood": "LOC"}.get(
            cls, s.label_ if s.label_ in PLACE_ENTS else "GPE"
        )
        if cls in PLACE_ENTS:
            label = cls
        mspan = char_span(doc, s.start, s.end)
        out.append(
            (
                rank,
                s.start,
                PlaceMention(
                    text=mspan.text,
                    span=mspan,
                    label=label,
                    context=_context(doc, s.start, start, lex),
                ),
            )
        )
    out.sort(key=lambda r: (r[0], r[1]))
    places = [r[2] for r in out]
    dateline = _dateline(doc, start)
    if dateline is not None and dateline.text.lower() not in {p.text.lower() for p in places}:
        places.append(dateline)
    return places


def _unlabelled_places(doc: Doc, start: int, end: int, lex: Lexicon) -> list[SpacySpan]:
    """A proper name the tagger left unlabelled after a locative preposition ("near Samarra",
    "outside Hit"): a place, unless the lexicons know it as an actor."""
    out = []
    for ent in doc.ents:
        tok = ent.root
        preps = LOCATIVE_PREPS - {"at"} if ent.label_ != "ORG" else {"near", "outside", "around"}
        if (
            ent.label_ in MISTAGGED_PLACE
            and start <= ent.start
            and ent.end <= end
            and tok.dep_ == "pobj"
            and tok.head.lower_ in preps
            and tok.head.head.pos_ in {"VERB", "NOUN"}
            and _class_of(tok, lex) is None
        ):
            out.append(ent)  # "killed in Tuz Khurmatu", "near Daraa": mistagged, a town
    for tok in doc[start:end]:
        if (
            tok.dep_ == "pobj"
            and tok.pos_ == "PROPN"
            and tok.ent_type_ in {"", "NORP"}
            and tok.text[:1].isupper()
            and not tok.is_upper
            and tok.head.lower_ in LOCATIVE_PREPS
            and _class_of(tok, lex) is None
            and not MONTHS.search(tok.text)
            and not WEEKDAYS.search(tok.text)
        ):
            left = tok.i
            while (
                left - 1 >= start
                and doc[left - 1].pos_ == "PROPN"
                and doc[left - 1].head.i == tok.i
                and doc[left - 1].ent_type_ in {"", "NORP"}
            ):
                left -= 1
            out.append(doc[left : tok.i + 1])
    return out


def _dateline(doc: Doc, start: int) -> PlaceMention | None:
    """ "DEIR EZ-ZOR, Syria, Feb 9 (Wire) - ...": the wire dateline of a lead sentence."""
    i = start
    while i < len(doc) and i < start + 6 and (doc[i].is_upper or doc[i].text == "-"):
        i += 1
    if (
        i == start
        or i >= len(doc)
        or doc[i].text != ","
        or not any(t.is_alpha for t in doc[start:i])
    ):
        return None
    if not any(t.text in {"-", "—", "–"} for t in doc[i : i + 12]):
        return None
    span = char_span(doc, start, i)
    return PlaceMention(text=span.text, span=span, label="GPE", context="dateline")


def _is_modifier(ent: SpacySpan, lex: Lexicon) -> bool:
    """ "US-led", "Iraqi army"-style uses of a place name inside an actor's name."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text == "-":
        return True
    root = ent.root
    if root.dep_ == "compound" and root.head.lower_ not in lex.designators:
        return True  # "the US embassy", "an Iraqi army convoy"
    return (
        root.dep_ in {"compound", "amod", "nmod", "npadvmod"}
        and _class_of(root.head, lex) is not None
    )


def _ent_covers(tok: Token, last: int) -> bool:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.end > last
    return False


# -- dates -----------------------------------------------------------------------------
def date_rank(text: str) -> int:
    if WEEKDAYS.search(text):
        return 0
    if MONTHS.search(text):
        return 1
    if PERIOD.search(text):
        return 2
    return 3


def dates_in(
    doc: Doc, start: int, end: int, spans: Sequence[SpacySpan]
) -> list[tuple[DateMention, int]]:
    """Date expressions in tokens ``[start, end)`` as (mention, token start), most specific
    first."""
    rel = [s for s in spans if s.label_ == "DATE_REL" and start <= s.start and s.end <= end]
    extra = [s for s in spans if s.label_ == "DATE_EXTRA" and start <= s.start and s.end <= end]
    ents = [
        e for e in doc.ents if e.label_ in {"DATE", "TIME"} and start <= e.start and e.end <= end
    ]
    merged: list[SpacySpan] = []
    for e in sorted(ents, key=lambda e: e.start):
        if merged and merged[-1].end == e.start:
            merged[-1] = doc[merged[-1].start : e.end]
        else:
            merged.append(e)
    chosen = filter_spans([*rel, *extra, *merged])
    rel_ids = {(s.start, s.end): s.id_ for s in rel}
    out: list[tuple[DateMention, int, int]] = []
    for s in chosen:
        text_l = s.text.lower()
        if "year-old" in text_l or "year - old" in text_l or "-year" in text_l:
            continue
        if s.start > 0 and doc[s.start - 1].lower_ in DURATION_PREFIX:
            continue
        relation = rel_ids.get((s.start, s.end))
        if relation is None:
            for r in rel:
                if (r.start <= s.start and s.end <= r.end) or (
                    s.start <= r.start and r.end <= s.end
                ):
                    relation = r.id_
        b = s.start
        if relation is None and b > start and doc[b - 1].lower_ in DATE_PREPS:
            b -= 1
        span = char_span(doc, b, s.end)
        rank = 5 if relation else date_rank(s.text)
        out.append((DateMention(text=span.text, span=span, relation=relation), rank, s.start))
    out.sort(key=lambda r: (r[1], r[2]))
    return [(m, pos) for m, _, pos in out]


# -- weapons ---------------------------------------------------------------------------
def weapons_in(start: int, end: int, spans: Sequence[SpacySpan]) -> list[SpacySpan]:
    return filter_spans(
        [s for s in spans if s.label_ == "WEAPON" and start <= s.start and s.end <= end]
    )
