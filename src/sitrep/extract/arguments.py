"""The actors of an incident read off a parsed sentence segment: who acted and on whom,
who claimed it and who was blamed. Where, when and with what live in
:mod:`sitrep.extract.places_dates`, which this module imports from (never the reverse).
Pure functions; every mention keeps its character offsets."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.lexicon import Lexicon, inflections
from sitrep.extract.places_dates import (
    LEAD_DETS,
    actor_class,
    char_span,
    entities,
)
from sitrep.model import ActorMention, ActorRole

__all__ = [
    "actor_label",
    "actors_of_trigger",
    "claims_and_blame",
    "is_actorish",
    "mentions",
]

ACTOR_ENTS = frozenset({"ORG", "NORP", "PERSON"})
OF_HEADS = frozenset(
    {
        "member", "members", "unit", "units", "element", "elements", "fighter", "fighters",
        "dozens", "some", "remnants", "cell", "cells", "officer", "officers", "personnel",
        "leader", "leaders", "aircraft", "drone", "drones", "warplane", "warplanes", "jet",
        "jets", "helicopter", "helicopters", "plane", "planes", "group", "number", "handful",
        "band", "hundreds", "thousands", "scores", "squad", "column", "patrol",
    }
)  # fmt: skip
"""Heads whose "of" phrase names the actor: "members of the organization"."""
GROUP_HEADS = frozenset({"unit", "units", "member", "members", "element", "elements", "column"})
"""Heads that take their side from their modifier ("commando units", "guerrilla column")."""


DEATH_VERBS = frozenset({"die", "died", "dies", "dying", "perished", "succumbed"})
QUANTITY_HEADS = frozenset(
    {"number", "group", "handful", "dozens", "scores", "hundreds", "thousands", "couple", "band"}
)
"""Heads that only count the people named after "of": "a number of officials"."""
AFFILIATION_VERBS = frozenset({"belong", "affiliate", "link", "tie", "work"})
"""Participles that say whose side a person is on: "suspects belonging to ISIS cells", "a
contractor working with the coalition", "a drone believed to belong to the coalition"."""
PUBLIC_SITES = frozenset(
    {
        "market", "marketplace", "bazaar", "souk", "square", "mosque", "church", "shrine",
        "temple", "cafe", "café", "restaurant", "hotel", "mall", "bus", "minibus", "station",
        "school", "university", "hospital", "clinic", "park", "stadium", "wedding", "funeral",
        "procession", "gathering", "crowd", "resort", "beach", "street", "neighbourhood",
        "neighborhood", "camp", "village", "shop", "store", "bakery", "pharmacy", "club",
    }
)  # fmt: skip
"""Public places: the victims of an attack on one are civilians unless named otherwise."""
NON_VIOLENT_HEADS = frozenset(
    {
        "arrest", "detain", "apprehend", "round", "custody", "dismiss", "relieve", "sack",
        "remove", "agreement", "deal", "truce", "ceasefire", "formation", "form", "split",
        "hand", "handover", "transfer", "enter", "deploy", "establish", "protest", "rally",
        "demonstration", "capture", "seize", "take", "control", "defuse", "dismantle",
        "thwart", "foil", "cache",
    }
)  # fmt: skip
"""Trigger lemmas whose place is no victim: "arrested at a market"."""
SITE_LABEL = "site:public"
"""Label of a public place standing for its victims ("a bomb at a crowded market")."""
PROPERTY = frozenset(
    {
        "building", "buildings", "office", "offices", "headquarters", "embassy", "embassies",
        "consulate", "bank", "banks", "plant", "factory", "farm", "substation",
        "tower", "towers", "pylon", "pylons", "pipeline", "pipelines", "installation",
        "installations", "facility", "facilities", "warehouse", "vehicle", "vehicles", "car",
        "cars", "truck", "trucks", "jeep", "bus", "buses", "minibus", "train", "plane",
        "aircraft", "helicopter", "motorcycle", "house", "houses", "home", "homes",
        "residence", "residences", "shop", "shops", "store", "stores", "church", "mosque",
        "school", "bridge", "bridges", "dam", "refinery", "wells", "powerline", "powerlines",
        "station", "stations", "airport", "hotel", "restaurant", "mall", "market", "clinic",
        "hospital", "university", "company", "premises", "property", "properties", "crops",
        "tanker", "oilfield", "line", "lines", "pole", "poles", "transformer", "transformers",
        "terminal", "structures", "businesses", "newspaper", "institute", "mansion", "ambulance",
    }
)  # fmt: skip
"""Property a violent incident hits ("dynamited two power pylons", "bombed the offices of"):
kept as the attacked (label :data:`PROPERTY_LABEL`) for lack of a target field in the record;
it names no actor and resolves to none."""
PROPERTY_LABEL = "target:property"
PLACE_PARTS = frozenset(
    {"entrance", "entrances", "gate", "gates", "outskirts", "edge", "centre", "center",
     "heart", "middle", "side", "vicinity", "surroundings", "countryside", "periphery"}
)  # fmt: skip
"""Parts of a place: "the entrance of Thiban" belongs to no side."""
TITLES = frozenset(
    {"colonel", "col", "general", "gen", "captain", "lieutenant", "sergeant", "major",
     "commander", "senator", "judge", "mayor", "candidate", "president", "minister", "priest",
     "father", "bishop", "archbishop", "monsignor", "governor", "congressman", "councilman",
     "leader", "journalist", "lawyer", "dr", "doctor", "professor", "magistrate"}
)  # fmt: skip
"""Titles before a name ("judge maria diaz"): who bears one is a person of its class."""
PLATFORMS = frozenset(
    {"helicopter", "drone", "aircraft", "plane", "warplane", "jet", "tank", "gunship", "uav"}
)
"""Vehicles that modify a strike or raid: they say how, and name nobody unless a country
or group owns them ("a US drone strike")."""
BLAME_VERBS = frozenset({"blame", "attribute", "pin"})
"""Verbs whose "on"/"to" names who is blamed, not who was attacked ("blamed the attack on
militants")."""
HANDOVER_VERBS = frozenset({"hand", "transfer", "cede", "surrender", "relinquish"})
CLASH_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "engage"})
SAY_VERBS = frozenset({"say", "announce", "state", "report", "confirm", "add", "claim"})
NAMING_VERBS = frozenset({"calling", "called", "named", "known", "dubbed", "styling"})
NAME_DEPS = frozenset({"oprd", "dobj", "attr", "xcomp", "appos"})


# -- actors ----------------------------------------------------------------------------
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
    return actor_class(tok, lex) is not None or _title(tok, lex) is not None


def _title(tok: Token, lex: Lexicon) -> str | None:
    """ "colonel waldemar quintero", "presidential candidate luis galan": a name after a
    title, which the NER misses in lower-case text; the title's class."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ in lex.designators or _property(tok):
        return None
    for child in tok.children:
        if child.dep_ == "compound" and child.i < tok.i and child.lower_ in TITLES:
            return actor_class(child, lex)
    return None


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
                # the counted noun's own phrase, without its relative or participle clause
                objs = [g for g in child.children if g.dep_ == "pobj"]
                end = max((_phrase_bounds(g)[1] for g in objs), default=end)
    for child in tok.children:
        if child.dep_ == "acl" and child.i > tok.i and _affiliation(child):
            end = max(end, child.right_edge.i + 1)
    if tok.ent_iob_ in {"B", "I"}:
        for ent in entities(doc):
            if ent.start <= tok.i < ent.end:
                start, end = min(start, ent.start), max(end, ent.end)
    if tok.dep_ == "compound" and start > 0 and start == tok.i:
        prev = doc[start - 1]
        if prev.head.i == tok.head.i and prev.ent_type_ in {"GPE", "NORP"}:
            start = prev.i  # "the US drone strike": whose drone
    acronym = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if acronym and doc[end + 1].is_upper and doc[end + 1].is_alpha:
        end += 3  # "the Sinjar Resistance Units (YBS)": keep the acronym
    while end - 1 > start and doc[end - 1].is_punct:
        if doc[end - 1].text == ")" and "(" in doc[start:end].text:
            break
        end -= 1
    return start, end


def _affiliation(verb: Token) -> bool:
    """ "belonging to ISIS", "accused of belonging to", "believed to belong to", "working
    with the coalition": a participle whose object says whose side someone is on."""
    if _lemma(verb) in AFFILIATION_VERBS:
        return True
    return any(
        c.dep_ in {"xcomp", "pcomp", "prep"} and _affiliation(c)
        for c in verb.children
        if c.i > verb.i
    )


def actor_label(tok: Token, start: int, end: int, lex: Lexicon) -> str | None:
    doc = tok.doc
    ents = {doc[i].ent_type_ for i in range(start, end)}
    if "ORG" in ents or any(actor_class(doc[i], lex) == "ORG" for i in range(start, end)):
        return "ORG"  # "members of the fmln": the organisation, even unrecognised
    cls = actor_class(tok, lex)
    if cls in {"generic:military", "generic:armed"} and any(
        lex.actor_classes.get(doc[i].lower_) == "generic:police" for i in range(start, end)
    ):
        return "generic:police"  # "federal police officers", "police commandos"
    if cls == "generic:armed" and any(doc[i].lower_ in {"army", "military", "navy"}
                                      for i in range(start, end)):  # fmt: skip
        return "generic:military"  # "army commandos"
    if cls == "generic:civilian" and any(doc[i].lower_ in {"armed", "masked", "hooded"}
                                         for i in range(start, end)):  # fmt: skip
        return "generic:armed"  # "heavily armed men", "masked individuals"
    if tok.lower_ in GROUP_HEADS and any(
        actor_class(doc[i], lex) == "generic:armed" for i in range(start, end) if i != tok.i
    ):
        return "generic:armed"  # "urban commando units", "a guerrilla column"
    if cls is not None:
        return cls
    if "PERSON" not in ents and _title(tok, lex) is not None:
        return _title(tok, lex)
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
    label = actor_label(tok, start, end, lex)
    if role == ActorRole.ACTOR2 and label in {None, "GPE", "LOC", "FAC"}:
        if _site(tok):
            label = SITE_LABEL  # resolves to the civilians of the country
        elif _property(tok):
            label = PROPERTY_LABEL
    return ActorMention(text=span.text, role=role, span=span, label=label)


def _with_conj(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"})]


def _dateline_dash(tok: Token) -> int | None:
    """ "MOGADISHU, June 12 (Wire) - Twenty-six people were killed": the index of the dash
    that closes the wire dateline opening ``tok``'s sentence, or None."""
    sent = tok.sent
    i = sent.start
    while i < sent.end and i < sent.start + 6 and (tok.doc[i].is_upper or tok.doc[i].text == "-"):
        i += 1
    if i == sent.start or i >= sent.end or tok.doc[i].text not in {",", "("}:
        return None
    dated = tok.doc[i].text == "("
    for j in range(i, min(i + 12, sent.end)):
        cur = tok.doc[j]
        dated = dated or cur.ent_type_ == "DATE" or cur.text == "("
        if cur.text in {"-", "—", "–"} and cur.tag_ != "HYPH":
            return j if dated else None
    return None


def _in_dateline(tok: Token) -> bool:
    dash = _dateline_dash(tok)
    return dash is not None and tok.i < dash


def _past_dateline(tok: Token) -> Token | None:
    """The parser often makes the dateline the subject and the real subject its apposition:
    the apposition after the dash, or None when ``tok`` is in no dateline."""
    dash = _dateline_dash(tok)
    if dash is None or tok.i >= dash:
        return tok
    for child in tok.subtree:
        if child.i > dash and child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}:
            return child
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conj / advcl / xcomp chains; never a wire
    dateline ("DEIR EZ-ZOR, Syria, Feb 9 (Wire) - U.S. forces raided ...")."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"}:
                real = _past_dateline(child)
                if real is not None:
                    side = _affiliated(node) if node.i != verb.i else None
                    return side or _reported_speaker(real, node)
        if node.dep_ in {"conj", "advcl", "xcomp", "acl"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _affiliated(verb: Token) -> Token | None:
    """ "a drone believed to belong to the coalition struck ...": the side the subject of
    ``verb`` belongs to acts through it."""
    if not _affiliation(verb):
        return None
    for tok in verb.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "with"} and tok.i > verb.i:
            return tok
    return None


def _reported_speaker(subj: Token, verb: Token) -> Token:
    """ "The coalition said it has conducted 20 airstrikes": the speaker stands for "it"."""
    if (
        subj.lower_ in {"it", "they"}
        and verb.dep_ == "ccomp"
        and (verb.head.lemma_ or "").lower() in SAY_VERBS
    ):
        for child in verb.head.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return _past_dateline(child) or subj
    return subj


def _stranded_object(verb: Token) -> list[Token]:
    """ "two bombers killed 35 people among the laborers gathered there": the parser may
    hang the victims on a later verb; the counted noun right after a killing verb is its
    object all the same."""
    doc = verb.doc
    i = verb.i + 1
    while i < verb.sent.end and i <= verb.i + 4:
        tok = doc[i]
        if tok.pos_ in {"NUM", "DET", "ADJ"} or tok.dep_ in {"quantmod", "nummod", "amod"}:
            i += 1
            continue
        if tok.pos_ == "NOUN" and any(c.pos_ == "NUM" for c in tok.children):
            return [tok]
        break
    return []


@functools.lru_cache(maxsize=4)
def _light_forms(verbs: frozenset[str]) -> frozenset[str]:
    """Inflected light verbs: the lemmatizer misreads some ("staged" -> "stag")."""
    return frozenset(form for verb in verbs for form in inflections(verb))


def _receivers(verb: Token) -> list[Token]:
    """ "coalition troops handed the base over to Iraqi forces": who takes over."""
    if _lemma(verb) not in HANDOVER_VERBS:
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.lower_ == "to"]
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _owner(tok: Token, lex: Lexicon) -> Token | None:
    """Whose is a target that is no actor: "a checkpoint of the SDF", "an army patrol", "ISIS
    hideouts", "the militia's headquarters", "positions where the attackers had dug in"."""
    if tok.lower_ in lex.place_relations or tok.lower_ in PLACE_PARTS:
        return None  # "the outskirts of Dhiban" is a place, not a side
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and is_actorish(g, lex):
                    return g
    for child in sorted(tok.children, key=lambda c: c.i, reverse=True):
        if (
            child.i < tok.i
            and child.dep_ in {"poss", "compound", "nmod"}
            and child.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
            and is_actorish(child, lex)
            and (actor_class(child, lex) is not None or tok.lower_ not in lex.designators)
        ):
            return child  # "an army base", but "Ain al-Asad air base" names a place
    for child in tok.children:
        if child.dep_ == "relcl":
            for g in child.children:
                if g.dep_ == "nsubj" and g.pos_ != "PRON" and is_actorish(g, lex):
                    return g
    return None


def _counted(tok: Token, lex: Lexicon) -> bool:
    """ "a number of security officials": the counted people make ``tok`` an actor."""
    if tok.lower_ not in QUANTITY_HEADS:
        return False
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(g.dep_ == "pobj" and is_actorish(g, lex) for g in child.children)
    return False


def _violent(head: Token, kind: str) -> bool:
    return kind not in {"capture", "territory", "protest"} and _lemma(head) not in (
        NON_VIOLENT_HEADS
    )


def _armed(tok: Token, lex: Lexicon) -> bool:
    return actor_class(tok, lex) == "generic:armed" or (
        tok.ent_type_ == "ORG" and actor_class(tok, lex) is None
    )


def _property(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_ in PROPERTY or _lemma(tok) in PROPERTY)


def _site(tok: Token) -> bool:
    return _lemma(tok) in PUBLIC_SITES or tok.lower_ in PUBLIC_SITES


def _claimant(head: Token) -> Token | None:
    """ "Al Shabaab claims attack": a trigger that is what was claimed names the claimant."""
    doc = head.doc
    i = head.i - 1
    while i >= head.sent.start and doc[i].lower_ in {"the", "a", "an", "this", "that", "twin"}:
        i -= 1
    gov = head.head if head.dep_ in {"dobj", "obj"} else None
    for verb in (v for v in (gov, doc[i] if i >= head.sent.start else None) if v is not None):
        if _lemma(verb) == "claim" and verb.tag_ != "VBN":
            for child in verb.children:
                if child.dep_ == "nsubj":
                    return _past_dateline(child)
    return None


def _passive_claims(head: Token) -> list[Token]:
    """ "the car bomb ..., also claimed by the group": who claimed the incident, from a
    passive "claimed by" in the trigger's sentence."""
    out: list[Token] = []
    for tok in head.sent:
        if _lemma(tok) == "claim" and tok.tag_ == "VBN":
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                out += [g for g in agent.children if g.dep_ == "pobj"]
    return out


def actors_of_trigger(head: Token, kind: str, lex: Lexicon) -> list[tuple[ActorRole, Token]]:
    """(role, head token) pairs read from the trigger's dependencies."""
    out: list[tuple[ActorRole, Token]] = []
    children = list(head.children)
    is_verb = head.pos_ in {"VERB", "AUX"} or head.tag_ in {"VBN", "VBD", "VBG"}
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "between":
            for g in (g for g in child.children if g.dep_ == "pobj"):
                out.append((ActorRole.ACTOR1, g))  # "clashes between X and Y"
                out += [(ActorRole.ACTOR2, c) for c in g.children if c.dep_ == "conj"]
    if is_verb:
        if head.dep_ in {"acl", "amod"} and kind in {"kill", "wound", "combined"}:
            out += [(ActorRole.ACTOR2, t) for t in _with_conj(head.head)]
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        for child in children:
            if child.dep_ == "nsubjpass":
                real = _past_dateline(child)
                if real is not None:
                    out += [(ActorRole.ACTOR2, t) for t in _with_conj(real)]
            elif child.dep_ == "agent":
                out += [(ActorRole.ACTOR1, g) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in {"dobj", "obj"} and kind != "kill_noun":
                out += [(ActorRole.ACTOR2, t) for t in _with_conj(child)]
            elif child.dep_ == "prep" and (
                child.lower_ in {"on", "against", "at"}
                or (child.lower_ == "with" and _lemma(head) in CLASH_VERBS)
            ):
                out += [(ActorRole.ACTOR2, g) for g in child.children if g.dep_ == "pobj"]
        if kind in {"kill", "wound"} and not any(
            c.dep_ in {"dobj", "obj", "nsubjpass"} for c in children
        ):
            out += [(ActorRole.ACTOR2, t) for t in _stranded_object(head)]
        receivers = _receivers(head)
        out += [(ActorRole.ACTOR1, r) for r in receivers]
        if not passive:
            subj = _subject(head)
            if subj is not None:
                # "the guard died": who dies suffers the event, never does it; who hands
                # ground over gives it up to the one who takes it (ACLED's actor 1)
                undergoer = head.lower_ in DEATH_VERBS or bool(receivers)
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
                if _lemma(child) in PLATFORMS and _phrase_bounds(child)[0] == child.i:
                    continue  # "a helicopter raid": how, not who
                out.append((ActorRole.ACTOR1, child))
            elif child.dep_ == "prep" and child.lower_ == "by":
                out += [(ActorRole.ACTOR1, g) for g in child.children if g.dep_ == "pobj"]
            elif (child.dep_ == "prep" and child.lower_ == "with" and kind == "event") or (
                child.dep_ == "prep"
                and child.lower_ in {"on", "against", "targeting", "at"}
                and not (child.lower_ == "on" and _lemma(head.head) in BLAME_VERBS)
            ):
                out += [(ActorRole.ACTOR2, g) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ in {"of", "in"}:
                # "the arrest of five terrorists", "the bombing of a crowded market", but
                # "the attacks of the remnants of Daesh" are theirs
                for g in (g for g in child.children if g.dep_ == "pobj"):
                    if child.lower_ == "of" and kind in {"attack", "explosion"} and _armed(g, lex):
                        if head.tag_ != "NNS":  # "the attacks of X" are a pattern
                            out.append((ActorRole.ACTOR1, g))
                    elif (_site(g) and _violent(head, kind)) or child.lower_ == "of":
                        out.append((ActorRole.ACTOR2, g))
            elif child.dep_ == "acl":
                for g in child.children:
                    if g.dep_ == "agent":
                        claim = _lemma(child) == "claim"
                        role = ActorRole.CLAIMED_BY if claim else ActorRole.ACTOR1
                        out += [(role, p) for p in g.children if p.dep_ == "pobj"]
                    elif g.dep_ in {"dobj", "obj"}:
                        out.append((ActorRole.ACTOR2, g))
        gov = head.head
        claimant = _claimant(head)
        if claimant is not None:
            out.append((ActorRole.CLAIMED_BY, claimant))
        elif head.dep_ in {"dobj", "obj"} and (
            _lemma(gov) in lex.light_verbs or gov.lower_ in _light_forms(lex.light_verbs)
        ):
            subj = _subject(gov)
            if subj is not None:
                out.append((ActorRole.ACTOR1, subj))
    if kind not in {"kill", "wound", "combined", "weak"}:
        out += [(ActorRole.CLAIMED_BY, t) for t in _passive_claims(head)]
    return _admissible(out, head, kind, lex)


def _admissible(
    out: list[tuple[ActorRole, Token]], head: Token, kind: str, lex: Lexicon
) -> list[tuple[ActorRole, Token]]:
    """The pairs that name actors: a target that is no actor yields its owner, a public
    place stands for the civilians in it, a count for the people counted."""
    allowed = []
    for role, orig in out:
        tok = _relative_antecedent(orig)
        if _section_label(tok) or _in_dateline(tok):
            continue
        if is_actorish(tok, lex, allow_gpe=role != ActorRole.ACTOR2) or _counted(tok, lex):
            allowed.append((role, tok))
            continue
        if role in {ActorRole.ACTOR1, ActorRole.CLAIMED_BY} and _unnamed_group(tok):
            allowed.append((role, tok))
            continue
        if role == ActorRole.ACTOR1 and (tok.i != orig.i or tok.dep_ in {"dobj", "obj"}):
            # "the coalition carried out a landing on February 9, which killed ...": the
            # one who carried it out
            subj = _governing_subject(tok)
            if subj is not None and is_actorish(subj, lex, allow_gpe=True):
                allowed.append((role, subj))
            continue
        if role != ActorRole.ACTOR2:
            continue
        owner = _owner(tok, lex)
        if owner is not None:
            allowed.append((role, owner))
        elif (_site(tok) or _property(tok)) and _violent(head, kind) and _hit(tok, head, kind):
            allowed.append((role, tok))
    return allowed


def _hit(place: Token, head: Token, kind: str) -> bool:
    """Whether a place or thing is what the incident hit: its object, or what it was "on" or
    "against"; "at"/"in" only when nothing else was hit ("a bomb at a market", but "killed
    two guards at the airport" and "attacked the judge in her office")."""
    if place.dep_ in {"dobj", "obj"} or place.head.lower_ in {"on", "against", "targeting", "of"}:
        return True
    hit_other = any(c.dep_ in {"dobj", "obj"} for c in head.children)
    return kind not in {"kill", "wound", "combined"} and not hit_other


def _governing_subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(3):
        node = node.head
        if node.pos_ == "VERB":
            return _subject(node)
        if node.head.i == node.i:
            break
    return None


def _unnamed_group(tok: Token) -> bool:
    """ "The Counter-Terrorism Service arrests five": a multi-word proper name the tagger
    gave no label is a name all the same when it acts."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in {"", "ORG"}
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    )


def _relative_antecedent(tok: Token) -> Token:
    """ "the guard, who was shot by the robbers": the relative pronoun stands for the guard."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if tok.lower_ in {"who", "that", "whom", "which"} and clause.dep_ == "relcl":
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
