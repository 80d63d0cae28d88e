"""Who a clause is about: the subject of a verb through conjuncts and participles, the
clause's own subject for a possessive, the antecedent of a relative pronoun, and the shapes
that look like a subject but are none (a wire dateline, a headline's section label). Pure
functions over a parsed Doc; :mod:`sitrep.extract.arguments` decides the roles."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.datelines import past_dateline
from sitrep.extract.targets import finite_acl, lemma

__all__ = [
    "OF_HEADS",
    "affiliation",
    "clause_subject",
    "counted_head",
    "governing_subject",
    "org_name",
    "relative_antecedent",
    "section_label",
    "subject",
    "unnamed_group",
]

OF_HEADS = frozenset(
    {
        "member", "members", "unit", "units", "element", "elements", "fighter", "fighters",
        "dozens", "some", "remnants", "cell", "cells", "officer", "officers", "personnel",
        "leader", "leaders", "aircraft", "drone", "drones", "warplane", "warplanes", "jet",
        "jets", "helicopter", "helicopters", "plane", "planes", "group", "number", "handful",
        "band", "hundreds", "thousands", "scores", "squad", "column", "patrol", "convoy",
        "convoys", "commander", "commanders", "gang", "gangs", "force", "forces",
    }
)  # fmt: skip
"""Heads whose "of" phrase names the actor: "members of the organization"."""
AFFILIATION_VERBS = frozenset({"belong", "affiliate", "link", "tie", "work"})
SAY_VERBS = frozenset({"say", "announce", "state", "report", "confirm", "add", "claim"})
ORG_NAME_HEADS = frozenset({"movement", "front", "organization", "organisation", "alliance"})
"""Heads of an organisation's name: with words of its own before them ("the cinchonero
popular liberation movement", "the patriotic front") they name a body, whatever the case."""
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def org_name(tok: Token) -> bool:
    """ "the national liberation movement", "a revolutionary front": a lower-cased name the
    NER misses, known by its head and the words of the name before it ("in front of" and a
    bare "the movement" name nobody)."""
    return (
        tok.lower_ in ORG_NAME_HEADS
        and tok.pos_ in {"NOUN", "PROPN"}
        and any(
            c.dep_ in {"compound", "amod"}
            and c.i < tok.i
            and c.pos_ in {"NOUN", "PROPN", "ADJ"}
            and c.ent_type_ not in PLACE_ENTS
            for c in tok.children
        )
    )


def affiliation(verb: Token) -> bool:
    """ "belonging to ISIS", "accused of belonging to", "believed to belong to", "working
    with the coalition": a participle whose object says whose side someone is on."""
    if lemma(verb) in AFFILIATION_VERBS:
        return True
    return any(
        c.dep_ in {"xcomp", "pcomp", "prep"} and affiliation(c)
        for c in verb.children
        if c.i > verb.i
    )


def subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conj / advcl / xcomp chains; never a wire
    dateline ("DEIR EZ-ZOR, Syria, Feb 9 (Wire) - U.S. forces raided ...")."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"}:
                real = past_dateline(child)
                if real is not None:
                    side = affiliated(node) if node.i != verb.i else None
                    return side or reported_speaker(real, node)
        if finite_acl(node):
            return counted_head(node.head)
        if node.dep_ in {"conj", "advcl", "xcomp", "acl"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return _stranded_subject(verb)


def _stranded_subject(verb: Token) -> Token | None:
    """ "In the territory of Djugu, militiamen of the CODECO attacked a position": the parser
    hung the subject on the place as its apposition and left the verb with none; the noun
    phrase that ends right before a subjectless main verb is its subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return None
    if any(c.dep_ in {"nsubjpass", "expl"} for c in verb.children):
        return None
    doc = verb.doc
    last = verb.i - 1
    while last > verb.sent.start and doc[last].is_punct and doc[last].text in {")", '"'}:
        last -= 1
    found = None  # the outermost such phrase: "militiamen of the ... (CODECO)", not "CODECO"
    for tok in [doc[last], *doc[last].ancestors]:
        if tok.i >= verb.i:
            break
        if (
            tok.dep_ == "appos"
            and tok.pos_ in {"NOUN", "PROPN"}
            and tok.head.i < tok.i
            and tok.right_edge.i >= last
        ):
            found = tok
    return found


def counted_head(noun: Token) -> Token:
    """ "aircraft of the coalition": the head whose "of" phrase ``noun`` is."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in OF_HEADS:
        return prep.head
    return noun


def affiliated(verb: Token) -> Token | None:
    """ "a drone believed to belong to the coalition struck ...": the side the subject of
    ``verb`` belongs to acts through it."""
    if not affiliation(verb):
        return None
    for tok in verb.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "with"} and tok.i > verb.i:
            return tok
    return None


def reported_speaker(subj: Token, verb: Token) -> Token:
    """ "The coalition said it has conducted 20 airstrikes": the speaker stands for "it", and
    for the owner in "its fighters" ("Al Shabaab said its fighters had carried out the
    bombings")."""
    if (
        (subj.lower_ in {"it", "they"} or _own_people(subj))
        and verb.dep_ == "ccomp"
        and (verb.head.lemma_ or "").lower() in SAY_VERBS
    ):
        for child in verb.head.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return past_dateline(child) or subj
    return subj


def _own_people(subj: Token) -> bool:
    """ "its fighters", "their men": people of the group that speaks."""
    return subj.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children
    )


def clause_subject(tok: Token) -> Token | None:
    """The subject of the verb of the clause ``tok`` sits in, however deep in its nouns."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return subject(node)
    return None


def governing_subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(3):
        node = node.head
        if node.pos_ == "VERB":
            return subject(node)
        if node.head.i == node.i:
            break
    return None


def unnamed_group(tok: Token) -> bool:
    """ "The Counter-Terrorism Service arrests five": a multi-word proper name the tagger
    gave no label is a name all the same when it acts."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in {"", "ORG"}
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    )


def relative_antecedent(tok: Token) -> Token:
    """ "the guard, who was shot by the robbers": the relative pronoun stands for the guard."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if tok.lower_ in {"who", "that", "whom", "which"} and clause.dep_ == "relcl":
        return clause.head
    return tok


def section_label(tok: Token) -> bool:
    """ "Somalia: bomb at market kills 26", "Police: four shot at party": the words before a
    colon that opens a headline name its section or its source, not an actor."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and tok.i - tok.sent.start <= 2
