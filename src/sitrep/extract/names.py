"""Names the NER misses in lower-cased wire copy, and the words that give them away: a
title before a person's name ("colonel waldemar quintero"), a description of a person in
apposition after it ("hector oqueli colindres, leader of the mnr"), and a group's own name
after the noun that introduces it ("a group calling itself X", "the clandestine
organization 'secret anticommunist army'"). Pure functions over a parsed Doc;
:mod:`sitrep.extract.arguments` builds the mentions."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.lexicon import Lexicon
from sitrep.extract.places_dates import LEAD_DETS, actor_class
from sitrep.extract.targets import is_property, is_site

__all__ = [
    "PERSON_CLASSES",
    "PERSON_HARMS",
    "QUOTES",
    "TITLES",
    "described_class",
    "name_like",
    "quoted_name",
    "self_named",
    "title_class",
]

NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "appos", "conj"})
"""Dependencies of a noun: a word in one that the tagger took for a verb is a name it missed."""
PERSON_CLASSES = frozenset({"generic:civilian", "generic:official", "generic:military",
                            "generic:police"})  # fmt: skip
"""Classes of a person's description, which a name in apposition may follow."""
TITLES = frozenset(
    {"colonel", "col", "general", "gen", "captain", "lieutenant", "sergeant", "major",
     "commander", "senator", "judge", "mayor", "candidate", "president", "minister", "priest",
     "father", "bishop", "archbishop", "monsignor", "governor", "congressman", "councilman",
     "leader", "journalist", "lawyer", "dr", "doctor", "professor", "magistrate",
     "businessman", "industrialist", "ambassador", "consul", "attorney", "deputy", "engineer",
     "nun", "sister", "reverend", "rev", "councillor", "alderman", "legislator", "sheikh",
     "imam", "mukhtar", "activist", "unionist", "student", "rancher", "landowner", "official",
     "msgr", "mr", "mrs", "ms", "sgt", "lt", "capt", "maj", "sen", "insp", "inspector",
     "secretary", "director", "chairman", "editor", "manager", "economist", "physician"}
)  # fmt: skip
"""Titles before a name ("judge maria diaz"): who bears one is a person of its class."""

NAMING_VERBS = frozenset({"calling", "called", "named", "known", "dubbed", "styling"})
NAMED_BODIES = frozenset(
    {"group", "unit", "organization", "organisation", "commando", "movement", "faction", "cell"}
)
"""Nouns of an armed body that a quoted name may follow."""
QUOTES = frozenset({'"', "``", "''", "\u201c", "'"})
NAME_DEPS = frozenset({"oprd", "dobj", "attr", "xcomp", "appos"})


def title_class(tok: Token, lex: Lexicon) -> str | None:
    """ "colonel waldemar quintero", "presidential candidate luis galan": a name after a
    title, which the NER misses in lower-case text; the title's class."""
    nominal = tok.pos_ in {"NOUN", "PROPN"} or (
        tok.dep_ in NOMINAL_DEPS and tok.tag_ in {"VBZ", "VB"}  # lower-case "colindres"
    )
    if not nominal or tok.lower_ in lex.designators or is_property(tok):
        return None
    node = tok
    for _ in range(4):  # "leader hector oqueli colindres": the title heads the first name
        left = [c for c in node.children if c.dep_ in {"compound", "amod"} and c.i < node.i]
        for child in left:
            if child.lower_ in TITLES:
                return actor_class(child, lex) or "generic:civilian"
            if (
                child.dep_ == "compound"
                and tok.i - child.i >= 2
                and actor_class(child, lex) in PERSON_CLASSES
            ):  # "banker ramiro castillo love", not "the peasant community"
                return actor_class(child, lex)
        names = [c for c in left if c.pos_ in {"PROPN", "NOUN"} and c.lower_ not in TITLES]
        if not names or names[0].lower_ in lex.designators:
            break
        node = names[0]
    return None


def described_class(tok: Token, lex: Lexicon) -> str | None:
    """ "hector oqueli colindres, leader of the mnr", "guerrero, who was an adviser": a
    lower-cased name the NER misses, known by the description of a person in apposition after
    it or in a relative clause of being; the description's class."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"GPE", "LOC", "FAC", "DATE"}:
        return None
    if actor_class(tok, lex) is not None or is_property(tok) or is_site(tok):
        return None
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and child.pos_ == "NOUN":
            cls = actor_class(child, lex)
            if cls in PERSON_CLASSES:
                return cls
        if child.dep_ == "relcl" and child.lemma_.lower() == "be" and child.i > tok.i:
            # "guerrero, who was an adviser to the commission": the description in the clause
            for attr in (c for c in child.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
                cls = actor_class(attr, lex)
                if cls in PERSON_CLASSES:
                    return cls
    return None


def self_named(tok: Token) -> Token | None:
    """ "a group calling itself Saraya Awliya al-Dam", "a faction known as X": the name."""
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lower_ not in NAMING_VERBS:
            continue
        names = [c for c in acl.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
            names += [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if names:
            return names[0]
    return quoted_name(tok)


def quoted_name(tok: Token) -> Token | None:
    """ "a commando unit, the 'gerardo barrios civic force'", "the clandestine organization
    'secret anticommunist army'": a group's name in quotes after it, in apposition or run
    on as the parser hangs it."""
    if tok.lower_ not in NAMED_BODIES:
        return None
    doc = tok.doc
    for child in tok.children:
        if child.dep_ not in {"appos", "compound"} or child.i <= tok.i:
            continue
        first = child.left_edge.i
        while first < child.i and doc[first].lower_ in LEAD_DETS:
            first += 1
        if doc[first].text in QUOTES or (first > 0 and doc[first - 1].text in QUOTES):
            return child
    return None


PERSON_HARMS = frozenset(
    {"murder", "assassinate", "assassination", "kidnap", "kidnapping", "abduct", "abduction",
     "execute", "execution"}
)  # fmt: skip
"""Incidents only a person suffers: what they take is a person ("the murder of X")."""
NOT_NAMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "ORG", "NORP", "CARDINAL", "MONEY"})


def name_like(tok: Token, lex: Lexicon) -> bool:
    """ "hector oqueli colindres": words of a lower-cased name the NER misses, a singular noun
    of two words or more that no determiner or class word marks as a common noun; read as a
    person only where the incident takes persons (:data:`PERSON_HARMS`)."""
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and tok.tag_ not in {"NNS", "NNPS"}
        and tok.ent_type_ not in NOT_NAMES
        and actor_class(tok, lex) is None
        and not (is_property(tok) or is_site(tok))
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)
        and any(  # a first name the tagger may read as an adjective ("ovidio zelaya")
            c.dep_ in {"compound", "amod"}
            and c.pos_ in {"NOUN", "PROPN", "ADJ"}
            and c.i == tok.i - 1
            and actor_class(c, lex) is None
            for c in tok.children
        )
    )
