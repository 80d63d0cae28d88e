"""Cues of a habitual or generic mention that sit beside the trigger rather than on it: on the
noun the trigger modifies or is coordinated with ("sniper and shelling incidents of this kind",
"assassinations and kidnappings almost daily") and on a present-tense verb counted "every week"
("such incidents are recorded almost every week"). Pure functions over a parsed sentence,
called from :func:`sitrep.extract.cues.non_event_reason`.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.lexicon import Lexicon

__all__ = ["generic_beside_trigger", "wave_carried_out"]

HABITUAL = "habitual/generic"
KIND_NOUNS = frozenset({"kind", "type", "sort"})
EVERY_WORDS = frozenset({"every", "each"})
PERIOD_NOUNS = frozenset({"day", "night", "week", "month", "year", "weekend"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SALVO_NOUNS = frozenset({"wave", "string", "salvo", "barrage", "volley"})
"""Nouns that bunch strikes carried out at once ("a wave of air strikes"); not "spate", which
counts over weeks."""
PERFORM_LEMMAS = frozenset({"carry", "launch", "conduct", "unleash", "stage", "mount", "fire"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _owners(head: Token) -> list[Token]:
    """The nouns whose modifiers speak for the trigger too: the first conjunct of a
    coordination ("assassinations and kidnappings almost daily": "daily" hangs on the first)
    and the noun a trigger word modifies ("shelling incidents of this kind")."""
    out: list[Token] = []
    tok = head
    while tok.head.i != tok.i and tok.head.pos_ in NOUN_POS:
        if tok.dep_ == "conj" or (tok.dep_ in {"amod", "compound"} and tok.i < tok.head.i):
            tok = tok.head
            out.append(tok)
            continue
        break
    return out


def _generic_modifier(owner: Token, lex: Lexicon) -> bool:
    for child in owner.children:
        if child.dep_ in {"amod", "advmod"} and lex.cue_classes.get(_lemma(child)) == "habitual":
            return True  # "kidnappings almost daily", "frequent assassinations"
        if child.dep_ == "det" and child.lower_ in EVERY_WORDS | {"any"}:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pobj" and _lemma(g) in KIND_NOUNS for g in child.children)
        ):
            return True  # "incidents of this kind"
    return False


def _present(verb: Token) -> bool:
    return verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _every_period(verb: Token) -> bool:
    """ "are recorded almost every week", "happen each day": a count per period."""
    return any(
        c.dep_ in {"npadvmod", "advmod", "obl"}
        and _lemma(c) in PERIOD_NOUNS
        and any(g.lower_ in EVERY_WORDS for g in c.children)
        for c in verb.children
    )


def generic_beside_trigger(head: Token, lex: Lexicon) -> str | None:
    """The habitual/generic reason carried by the nouns around the trigger or by the
    present-tense verb that governs it, or None."""
    if any(_generic_modifier(owner, lex) for owner in _owners(head)):
        return HABITUAL
    verbs = [a for a in [head, *head.ancestors] if a.pos_ in {"VERB", "AUX"}][:2]
    if any(_present(v) and _every_period(v) for v in verbs):
        return HABITUAL  # "shelling is reported in the villages every week"
    return None


def wave_carried_out(noun: Token) -> bool:
    """ "Russian warplanes carried out a wave of air strikes on the hills north of Palmyra":
    a bunch of strikes that someone carried out (past tense) is an incident, not a trend
    (unlike "a wave of kidnappings has hit the province")."""
    if _lemma(noun) not in SALVO_NOUNS or noun.dep_ != "dobj":
        return False
    verb = noun.head
    return verb.tag_ == "VBD" and _lemma(verb) in PERFORM_LEMMAS
