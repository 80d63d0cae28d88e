"""Is "entered" a non-violent transfer of territory? Armed forces that enter a place "without a
fight" or "under the agreement" take it over peacefully ("Regime forces entered the
neighbourhoods under the settlement", "rebel units entered the town without resistance").
Anything else that enters ("troops entered the house and shot two men", "the convoy entered
Syrian territory", "the agreement entered into force") is no transfer. Pure functions over a
parsed sentence, called from :func:`sitrep.extract.cues.non_event_reason`.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.lexicon import Lexicon

__all__ = ["unopposed_entry"]

FIGHT_NOUNS = frozenset(
    {
        "fight", "fighting", "battle", "clash", "resistance", "confrontation", "bloodshed",
        "shot", "shooting", "firing", "opposition", "violence", "incident", "bullet",
    }
)  # fmt: skip
"""What "without (a / any) ..." rules out: the entry met no fight ("without one bullet being
fired")."""
LEFT_LEMMAS = frozenset({"flee", "withdraw", "retreat", "pull", "evacuate", "abandon"})
"""Verbs of the other side's leaving: "entered the town after the militants fled from it"."""
DEAL_NOUNS = frozenset(
    {"agreement", "deal", "settlement", "accord", "truce", "ceasefire", "arrangement", "handover"}
)
"""What "under / according to / as part of ..." names: the entry was agreed."""
DEAL_PREPS = {"under": None, "following": None, "to": {"according", "accord", "pursuant"},
              "of": {"part", "terms", "term"}, "with": {"line", "accordance"}}  # fmt: skip
"""Prepositions that take the deal ("under", "following"), with the word they must hang on
where they need one ("according to", "as part of", "in line with"): never "in violation of"."""
FORCE_CLASSES = frozenset({"generic:military", "generic:armed", "generic:police", "ORG"})
VIOLENT_LEMMAS = frozenset(
    {"shoot", "kill", "fire", "attack", "storm", "raid", "clash", "shell", "arrest", "detain",
     "loot", "burn", "torch", "abduct", "kidnap", "wound", "injure", "beat"}
)  # fmt: skip
"""Verbs coordinated with "entered" that make the entry part of an attack or a raid."""


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _armed_subject(verb: Token, lex: Lexicon) -> bool:
    """ "Regime forces", "Houthi units", "the rebels", "units from the regime army"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        lex.actor_classes.get(s.lower_) in FORCE_CLASSES
        or lex.actor_classes.get(_lemma(s)) in FORCE_CLASSES
        or s.ent_type_ in {"ORG", "NORP"}
        for s in subjects
    )


def _without_fight(sent: list[Token]) -> bool:
    return any(
        tok.lower_ == "without" and any(_lemma(t) in FIGHT_NOUNS for t in tok.subtree)
        for tok in sent
    )


def _by_deal(sent: list[Token]) -> bool:
    """A deal noun governed by "under", "according to", "as part of", "in line with"..."""
    for tok in sent:
        if _lemma(tok) not in DEAL_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in DEAL_PREPS:
            continue
        heads = DEAL_PREPS[tok.head.lower_]
        if heads is None or tok.head.head.lower_ in heads:
            return True
    return False


def _violent_sibling(verb: Token) -> bool:
    """ "entered the house and shot two men": a coordinated violent act."""
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        conjuncts.append(verb.head)
    return any(_lemma(c) in VIOLENT_LEMMAS for c in conjuncts) or any(
        c.dep_ == "advcl" and _lemma(c) in VIOLENT_LEMMAS for c in verb.children
    )


def unopposed_entry(verb: Token, lex: Lexicon) -> bool:
    """Did an armed party enter a place with no fight, or under a deal?"""
    if _lemma(verb) != "enter" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not _armed_subject(verb, lex) or _violent_sibling(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "into" and any(
        _lemma(g) in {"force", "effect"} for g in c.children) for c in verb.children):  # fmt: skip
        return False  # "the truce entered into force"
    sent = list(verb.sent)
    return _without_fight(sent) or _by_deal(sent) or _after_they_left(verb)


def _after_they_left(verb: Token) -> bool:
    """ "entered the port city ... after the Khawaarij fled from the town": the entry
    follows the other side's leaving, a clause opened by "after" on the entering verb."""
    return any(
        c.dep_ == "advcl"
        and _lemma(c) in LEFT_LEMMAS
        and any(m.dep_ in {"mark", "prep"} and m.lower_ == "after" for m in c.children)
        for c in verb.children
    )
