"""The names of people harmed, given beside a description of them in lower-cased wire copy:
"the two italians, roberto roascio of milan and mario accurso of rome, were taken hostage",
"three peasants, juan perez, pedro gomez and luis ramos, were murdered". The parser hangs the
first name on the description (apposition) and the rest on that name, or on the town after
"of" in it; each name is one of the people described. Pure functions over a parsed Doc;
:mod:`sitrep.extract.arguments` admits the names as more of those harmed."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.lexicon import Lexicon
from sitrep.extract.names import PERSON_CLASSES, name_like
from sitrep.extract.places_dates import actor_class

__all__ = ["names_beside"]

NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "CARDINAL", "MONEY"})
"""Entities no name of a person is tagged with."""
ALONG = frozenset({"together", "along"})
"""Words that make a "with" phrase one more of those described: "together with X"."""


def _person_name(tok: Token, lex: Lexicon) -> bool:
    """A person's name as the NER or the shape of the words gives it ("mario accurso",
    "pedro gomez"), never a place ("milan"), a class of people ("peasants") or a note in
    brackets."""
    if tok.ent_type_ in NOT_PEOPLE or actor_class(tok, lex) is not None:
        return False
    first = tok.left_edge.i
    if first > 0 and tok.doc[first - 1].text == "(":
        return False  # "(passage indistinct)": the transcriber's note, no one's name
    return tok.ent_type_ == "PERSON" or name_like(tok, lex)


def _described(tok: Token, lex: Lexicon) -> bool:
    """A description of people ("the two italians", "three peasants"): a class of persons or
    a nationality, in the plural."""
    people = actor_class(tok, lex) in PERSON_CLASSES or tok.ent_type_ == "NORP"
    return people and tok.tag_ in {"NNS", "NNPS"}


def _listed_after(name: Token, lex: Lexicon) -> list[Token]:
    """The names joined to ``name``: its conjuncts, and those the parser joined to the town
    of its "of" phrase ("roberto roascio of milan and mario accurso") or made that phrase's
    head ("luigi ferrante of [turin and paolo] bassi")."""
    out: list[Token] = []
    hosts = [name] + [
        g
        for prep in name.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    for host in hosts[1:]:
        # "luigi ferrante of turin and paolo bassi": parsed as "of [turin and paolo] bassi"
        if any(t.dep_ == "cc" for t in host.subtree) and _person_name(host, lex):
            out += [host]
    for host in hosts:
        for conj in (c for c in host.children if c.dep_ == "conj" and c.i > host.i):
            if _person_name(conj, lex):
                out += [conj, *_listed_after(conj, lex)]
    return out


def names_beside(tok: Token, lex: Lexicon) -> list[Token]:
    """The names of the people ``tok`` describes, listed in apposition after it ("the two
    italians, roberto roascio of milan and mario accurso of rome" -> roascio, accurso), and
    one more named "together with" them ("..., together with spaniard francisco puja")."""
    if not _described(tok, lex):
        return []
    out: list[Token] = []
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.i > tok.i):
        if _person_name(appos, lex):
            out += [appos, *_listed_after(appos, lex)]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
        if any(c.lower_ in ALONG for c in prep.children):  # "together with spaniard x"
            out += [g for g in prep.children if g.dep_ == "pobj" and _person_name(g, lex)]
    return out
