"""Places a sentence names that are not where its incident happened: where the wounded are
cared for, where a witness speaks from, where the attackers went afterwards and where a victim
lives. Pure functions over a parsed sentence; ``cues`` re-exports them for the events
component."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.extract.extensions import doc_text
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.places_dates import tokens_of
from sitrep.extract.subjects import SAY_VERBS
from sitrep.model import PlaceMention

__all__ = ["home_place", "place_of_care", "place_of_escape", "speakers_place"]

VERB_POS = frozenset({"VERB", "AUX"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _head_of_name(doc: Doc, place: PlaceMention) -> Token | None:
    """The token that stands for the place name in the parse (a compound or an apposition
    climbs to the name it belongs to)."""
    span = tokens_of(doc, place)
    if span is None:
        return None
    tok = span.root
    while tok.dep_ in {"conj", "appos", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


CARE_SITES = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary"})
CARE_WORDS = re.compile(
    r"\b(treat(ed|ment)?|receiving|admitted|rushed|evacuated|taken|transferred|hospitali[sz]ed"
    # South Asian English: "the injured were shifted to the DHQ hospital"
    r"|shifted|moved|brought"
    # "a third member died of his wounds in the National Hospital in Daraa city": where the
    # wounded died is where they were cared for
    r"|died|succumbed)\b"
)


SPEECH_WORDS = frozenset(
    {
        "tell",
        "told",
        "telling",
        "say",
        "said",
        "saying",
        "speak",
        "spoke",
        "speaking",
        "talk",
        "talked",
        "talking",
        "recounted",
        "recounting",
        "described",
        "describing",
        "recalled",
        "recalling",
        "testified",
        "phoned",
        "telephoned",
    }
)
"""Verbs of telling: "a survivor told reporters from a hospital in Homs"."""
SCENES = frozenset({"scene", "site", "spot"})
"""Where a speaker stands at the incident itself ("said from the scene in Kabul")."""
MAX_HOPS = 2


def place_of_care(doc: Doc, sent: Span, place: PlaceMention) -> bool:
    """ "six others were injured and are receiving treatment at the hospital in Maiduguri":
    where the wounded are cared for is not where they were hurt; nor is where a witness speaks
    from ("a survivor told a radio station from a hospital in Homs")."""
    if place.span is None:
        return False
    if _spoken_from(doc, place):
        return True
    text = doc_text(doc)
    before = text[sent.start_char : place.span.start].lower()
    site = max((before.rfind(w) for w in CARE_SITES), default=-1)
    if site >= 0 and len(before[site:].split()) <= 6:
        return bool(CARE_WORDS.search(before[:site]))
    # "transferred to Chabahar hospital", "shifted to the GDA hospital in Gwadar": the care
    # site is the name itself or the word after it, the verb of care right before
    words = [*place.text.lower().split(), *text[place.span.end : sent.end_char].lower().split()[:1]]
    named_site = any(w.strip(".,;:") in CARE_SITES for w in words)
    return named_site and bool(CARE_WORDS.search(" ".join(before.split()[-4:])))


def _owner(tok: Token) -> tuple[Token, Token] | None:
    """The preposition a place name hangs on and the word it modifies, climbing over nouns
    that are themselves objects of a preposition ("from a hospital in Homs": "from", "told");
    None when the name is no object of a preposition."""
    if tok.dep_ != "pobj":
        return None
    prep, owner = tok.head, tok.head.head
    for _ in range(MAX_HOPS):
        if owner.pos_ not in {"NOUN", "PROPN"} or owner.dep_ != "pobj" or owner.lower_ in SCENES:
            break
        prep, owner = owner.head, owner.head.head
    return prep, owner


def _spoken_from(doc: Doc, place: PlaceMention) -> bool:
    """ "told reporters from a hospital in Homs", "speaking by phone from Idlib": the place a
    source speaks from is where the source is, not where the incident happened."""
    tok = _head_of_name(doc, place)
    found = _owner(tok) if tok is not None else None
    if found is None:
        return False
    prep, owner = found
    return prep.lower_ == "from" and owner.pos_ in VERB_POS and owner.lower_ in SPEECH_WORDS


FLIGHT_LEMMAS = frozenset({"flee", "escape", "withdraw", "retreat", "slip", "disappear", "vanish"})
"""Verbs of getting away: "the militants slipped away towards the Wadi al-Shay area"."""
CARRY_LEMMAS = frozenset({"transport", "transfer", "evacuate", "airlift"})
"""Verbs of carrying the dead or wounded off: "the bodies were transported to Pemba"."""
FLIGHT_PREPS = frozenset({"towards", "toward", "into", "to"})
ROUTE_LEMMAS = frozenset({"lead", "link", "connect"})
"""Verbs of a road or bridge that goes somewhere: "the bridge leading to Gaya" names where it
ends, not where the incident on it happened."""


def place_of_escape(doc: Doc, place: PlaceMention, lex: Lexicon) -> bool:
    """ "the militants slipped away towards the Wadi al-Shay area", "forced the terrorists to
    flee towards the valley", "the bodies were transported to Pemba": where the attackers went
    or the victims were carried afterwards is not where the incident happened; nor is where a
    road or bridge leads ("the bridge leading to Gaya"), nor where a convoy set out from or
    was going ("escorting a water tanker from the Ain al-Asad air base to a forward post", "a
    bus travelling from Mandera town to Nairobi")."""
    tok = _head_of_name(doc, place)
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return _journey_start(tok.head.head)
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return tok.head.head.lower_ == "bound"  # "the bays used by buses bound for Cotabato City"
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in FLIGHT_PREPS:
        return False
    verb = tok.head.head
    if verb.dep_ == "advmod" and verb.lower_ in {"away", "off", "back"}:
        verb = verb.head  # "slipped away towards"
    if verb.pos_ not in VERB_POS:
        return False
    if _lemma(verb) in CARRY_LEMMAS:
        # "the bodies were transported to Pemba"; "seven wounded, evacuated towards Tougan
        # then Ouahigouya": a reduced relative on those carried
        reduced = verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "advcl", "conj"}
        return reduced or any(c.dep_ == "nsubjpass" for c in verb.children)
    if _lemma(verb) in ROUTE_LEMMAS and verb.dep_ in {"acl", "relcl"}:
        return True  # "tried to block the bridge over the Niger river leading to Gaya"
    if _lemma(verb) in JOURNEY_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
    ):
        return True  # "a bus travelling from Mandera town to Nairobi struck a device"
    return _lemma(verb) in FLIGHT_LEMMAS and _armed_mover(verb, lex)


JOURNEY_LEMMAS = frozenset(
    {"escort", "travel", "drive", "head", "transport", "carry", "return", "move", "ferry"}
)
"""Verbs of a journey: "escorting a water tanker from the Ain al-Asad air base to a forward
post" names where it set out from and where it was going, not where it was hit."""


def _journey_start(verb: Token) -> bool:
    """Is ``verb`` a journey's verb that also says where it was going ("from ... to ...")?"""
    return (
        verb.pos_ in VERB_POS
        and _lemma(verb) in JOURNEY_LEMMAS
        and any(c.dep_ == "prep" and c.lower_ in {"to", "towards", "toward"} for c in verb.children)
    )


def _armed_mover(verb: Token, lex: Lexicon) -> bool:
    """Is the one who got away an armed party ("the militants slipped away", "forced the
    terrorists to flee")? Residents fleeing a town tell of displacement, not of attackers."""
    movers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not movers and verb.dep_ == "xcomp":
        movers = [c for c in verb.head.children if c.dep_ in {"dobj", "nsubj"}]
    if not movers:  # "attacked the post ... before slipping away": the clause's subject
        clause = next(
            (a for a in verb.ancestors if any(c.dep_ == "nsubj" for c in a.children)), None
        )
        movers = [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else []
    return any(
        lex.actor_classes.get(m.lower_) in {"generic:armed", "ORG"}
        or lex.actor_classes.get(_lemma(m)) in {"generic:armed", "ORG"}
        or m.ent_type_ == "ORG"
        for m in movers
    )


HOME_NOUNS = frozenset({"resident", "residents", "native", "natives", "inhabitant", "inhabitants"})
"""Nouns whose "of" phrase is where someone lives: "resident of District Swat"."""
HOME_VERBS = frozenset({"hail", "hails", "hailed", "hailing", "belong", "belonged", "belonging"})


def home_place(doc: Doc, place: PlaceMention) -> bool:
    """ "Sepoy Rehmat Ullah (resident of District Bannu)", "a soldier hailing from Swat": the
    home of a victim is not where the incident happened."""
    tok = _head_of_name(doc, place)
    if tok is None or tok.dep_ != "pobj":
        return False
    prep, owner = tok.head, tok.head.head
    if prep.lower_ == "of" and owner.lower_ in HOME_NOUNS:
        return True
    return prep.lower_ in {"from", "to"} and owner.lower_ in HOME_VERBS


SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "ministry", "embassy"})
"""Who speaks for a government from its seat: "a government spokesman in Baghdad". A local
official or a security source "in Makhmour" speaks from where the incident was, and is
not one of them."""
TELLING = SAY_VERBS | {"tell", "put"}


def speakers_place(doc: Doc, place: PlaceMention) -> bool:
    """ "A government spokesman in Baghdad said 16 people had been killed": where the one who
    speaks for a government sits is not where the incident happened; nor is the hospital a
    source speaks from ("a medical source at al-Thawra hospital told ...")."""
    tok = _head_of_name(doc, place)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "from", "at"}:
        return False
    owner = tok.head.head
    if owner.dep_ not in {"nsubj", "nsubjpass"} or (owner.head.lemma_ or "").lower() not in TELLING:
        return False
    # "A medical source at al-Thawra hospital told Thawra Net that ...": where the wounded
    # are cared for, from which a source speaks
    care = any(w.lower_ in CARE_SITES for w in tok.subtree)
    return (owner.lower_ in SPEAKERS and tok.head.lower_ != "at") or care
