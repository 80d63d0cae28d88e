"""Who is said to have done an incident without being its grammatical actor: those accused
of it, implicated in it or charged with it ("the army accused the FMLN of the attack",
"three students were charged with the killing", "soldiers suspected of committing the
massacre"), who set the device that made it ("the FMLN planted two bombs"), and who "they"
are when the actor was named one sentence before ("Terrorists stormed the town. They
dynamited the bridge."). Pure functions over a parsed Doc; :mod:`sitrep.extract.arguments`
decides the roles (an accusation is blame, never a finding)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.targets import PLANT_VERBS, lemma

__all__ = ["ACCUSE_VERBS", "DEVICE_VERBS", "accused", "pronoun_antecedents"]

ACCUSE_VERBS = frozenset(
    {"accuse", "implicate", "charge", "blame", "link", "suspect", "convict", "tie", "connect"}
)
"""Verbs that lay an incident at someone's door, named after "of", "in", "with", "for" or
"to": "accused X of", "implicated X in", "charged X with", "blamed X for", "linked X to"."""
ACCUSE_PREPS = frozenset({"of", "in", "with", "for", "to"})
HOLD_RESPONSIBLE = frozenset({"responsible", "accountable"})
"""Adjectives of "held X responsible for the attack"."""
DEVICE_VERBS = PLANT_VERBS | {
    "detonate", "explode", "hurl", "throw", "toss", "activate", "use", "employ",
}  # fmt: skip
"""Verbs whose object is the device of the incident and whose subject set it: "the rebels
planted two bombs", "guerrillas hurled a grenade", "the attackers used bombs"."""
TAKE_PART = frozenset({"participate", "take", "collaborate", "involve"})
"""Gerunds of taking part in an incident: "suspected of participating in the attack"."""
PRONOUNS = frozenset({"they"})
"""Pronouns that stand for the band named just before: "They dynamited the bridge"."""


def accused(head: Token) -> list[Token]:
    """Who stands accused of the incident ``head``: the object of an active verb of accusing
    ("implicated four officers in the assassination"), the subject of a passive one ("were
    charged with the killing"), or the noun a participle describes ("five soldiers accused
    of committing the massacre")."""
    node = head
    if node.dep_ in {"dobj", "obj"} and node.head.dep_ == "pcomp":
        node = node.head  # "accused of committing the massacre": the gerund's place
    elif _took_part_in(node):
        node = node.head.head  # "suspected of taking part in the attack": the gerund's place
    if node.dep_ not in {"pobj", "pcomp"} or node.head.lower_ not in ACCUSE_PREPS:
        return []
    verb = node.head.head
    found: list[Token] = []
    if verb.dep_ in {"dobj", "obj"} and lemma(verb.head) in ACCUSE_VERBS:
        found = [verb]  # "accused the fmln of the attack", the "of" hung on the accused
    elif verb.lower_ in HOLD_RESPONSIBLE and (held := _held_to_account(verb)):
        found = held
    elif verb.lower_ in HOLD_RESPONSIBLE and lemma(verb.head) == "hold":
        verb = verb.head  # "held the rebels responsible for the attack"
    elif lemma(verb) not in ACCUSE_VERBS:
        return []
    found = found or [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
        found = [verb.head]
    return [
        t
        for tok in found
        for t in (tok, *(c for c in tok.children if c.dep_ == "conj"))
        if t.pos_ in {"NOUN", "PROPN"}
    ]


def _took_part_in(node: Token) -> bool:
    """ "suspected of participating in the attack": the incident after "in", under a gerund
    of taking part that an accusing word's "of" takes."""
    prep = node.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.dep_ == "pcomp"
        and lemma(prep.head) in TAKE_PART
    )


def _held_to_account(adj: Token) -> list[Token]:
    """Whom "responsible" is said of when the parser makes it a small clause with its own
    subject ("holds [the fmln responsible] for the assassination"), never someone who is
    said not to be ("the fmln is not responsible")."""
    if lemma(adj.head) != "hold" or any(
        c.dep_ == "neg" for c in (*adj.children, *adj.head.children)
    ):
        return []
    return [c for c in adj.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def device_setter(head: Token) -> bool:
    """Whether the incident ``head`` is the device a verb of setting it takes as its object
    ("planted two bombs", "hurled a grenade"): that verb's subject did it."""
    return head.dep_ in {"dobj", "obj"} and lemma(head.head) in DEVICE_VERBS


def pronoun_antecedents(pron: Token) -> list[Token]:
    """The subjects ``pron`` ("they") may stand for, nearest first: those of its own sentence
    before it, then those of the sentence before."""
    if pron.lower_ not in PRONOUNS or pron.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    doc = pron.doc
    sent = pron.sent
    here = [t for t in doc[sent.start : pron.i] if t.dep_ == "nsubj" and t.pos_ != "PRON"]
    before: list[Token] = []
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        before = [t for t in prev if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "PRON"]
    return [*reversed(here), *reversed(before)]
