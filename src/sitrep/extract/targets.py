"""What an incident hit when it hit no one named: property and public places, and the
parts of a place that belong to no side; and the clause shapes around a trigger that say who
took part without any actor word (who gave ground up, who planted the device, a passive
conjunct, a clause the parser hung on a noun). The labels here stand in the attacked role for
lack of a target field in the event record; :mod:`sitrep.extract.arguments` decides the
roles."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.token_scan import between, lemmas_in
from sitrep.model import HOME_LABEL, SITE_LABEL

__all__ = [
    "AUTHOR_VERBS",
    "HANDOVER_VERBS",
    "HOMES",
    "NON_VIOLENT_HEADS",
    "PLACE_PARTS",
    "PLANT_VERBS",
    "PROPERTY",
    "PROPERTY_LABEL",
    "PROPERTY_LABELS",
    "PUBLIC_SITES",
    "SERIES",
    "SITE_LABEL",
    "agents",
    "aimed_at",
    "blast_sites",
    "carried",
    "finite_acl",
    "gapped_passive",
    "hit",
    "is_property",
    "is_site",
    "lemma",
    "passive_claims",
    "passive_conj",
    "perpetrators",
    "receivers",
    "series_of",
    "sets_fire",
    "stranded_object",
    "violent",
    "withdrawn",
]

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
        "base", "bases", "airbase", "airbases", "compound", "booth", "booths", "pipe", "pipes",
        "ministry", "presidency", "dealership", "dealerships", "stand", "stands", "kiosk",
        "kiosks", "post", "posts", "hall", "halls", "drugstore", "drugstores", "supermarket",
        "supermarkets", "bookstore", "bookstores", "branch", "branches", "airplane",
        "airplanes", "airliner", "airliners",
    }
)  # fmt: skip
"""Property a violent incident hits ("dynamited two power pylons", "bombed the offices of"):
kept as the attacked (label :data:`PROPERTY_LABEL`) for lack of a target field in the record;
it names no actor and resolves to none."""
PROPERTY_LABEL = "target:property"
HOMES = frozenset(
    {"house", "houses", "home", "homes", "residence", "residences", "shop", "shops", "store",
     "stores", "car", "cars", "motorcycle", "restaurant", "kiosk", "kiosks",
     "drugstore", "drugstores", "supermarket", "supermarkets", "bookstore", "bookstores",
     "businesses", "mansion"}
)  # fmt: skip
"""The property of private people: a grenade thrown at a lawyer's house, a sticky bomb under
an employee's car, a mob burning houses are attacks on civilians (ACLED's actor 2
"Civilians"), while a pylon, a bank or an office names no one (label
:data:`sitrep.model.HOME_LABEL`)."""
PROPERTY_LABELS = frozenset({PROPERTY_LABEL, HOME_LABEL, SITE_LABEL})
"""Labels of the attacked that are things rather than people."""
PLACE_PARTS = frozenset(
    {"entrance", "entrances", "gate", "gates", "outskirts", "edge", "centre", "center",
     "heart", "middle", "side", "vicinity", "surroundings", "countryside", "periphery"}
)  # fmt: skip
"""Parts of a place: "the entrance of Thiban" belongs to no side."""


def lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def violent(head: Token, kind: str) -> bool:
    return kind not in {"capture", "territory", "protest"} and lemma(head) not in (
        NON_VIOLENT_HEADS
    )


def is_property(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_ in PROPERTY or lemma(tok) in PROPERTY)


def is_site(tok: Token) -> bool:
    return lemma(tok) in PUBLIC_SITES or tok.lower_ in PUBLIC_SITES


def carried(vehicle: Token) -> list[Token]:
    """ "a car carrying PKK members", "a bus transporting soldiers": who was aboard."""
    return [
        g
        for acl in vehicle.children
        if acl.dep_ == "acl" and lemma(acl) in {"carry", "transport"}
        for g in acl.children
        if g.dep_ in {"dobj", "obj"}
    ]


def hit(place: Token, head: Token, kind: str) -> bool:
    """Whether a place or thing is what the incident hit: its object, or what it was "on" or
    "against"; "at"/"in" only when nothing else was hit ("a bomb at a market", but "killed
    two guards at the airport" and "attacked the judge in her office")."""
    while place.dep_ == "conj" and place.head.i != place.i:
        place = place.head  # "destroyed a telephone booth and two cars": the object's conjunct
    if place.dep_ in {"dobj", "obj"} or place.head.lower_ in {"on", "against", "targeting", "of"}:
        return True
    if place.head.lower_ == "at" and lemma(place.head.head) in THROW_VERBS:
        return True  # "hurled dynamite at the embassy": what it was hurled at
    if place.head.lower_ == "to" and sets_fire(place.head.head):
        return True  # "set fire to six shops": what burned
    hit_other = any(c.dep_ in {"dobj", "obj"} for c in head.children)
    return kind not in {"kill", "wound", "combined"} and not hit_other


def sets_fire(verb: Token) -> bool:
    """ "set fire to", "sets fire to": what the "to" phrase names was burned."""
    return lemma(verb) == "set" and any(
        c.dep_ in {"dobj", "obj"} and c.lower_ == "fire" for c in verb.children
    )


THROW_VERBS = frozenset({"hurl", "throw", "toss", "fire", "shoot", "lob", "launch"})
"""Verbs whose "at" names what was aimed at, not where: "hurled dynamite at the embassy"."""
HANDOVER_VERBS = frozenset({"hand", "transfer", "cede", "surrender", "relinquish"})
"""Verbs of handing ground over: who takes it is named after "to"."""
SERIES = frozenset({"series", "wave", "spate", "string", "round", "barrage", "volley", "number"})
"""Counts of incidents: "carried out a series of strikes" is the light verb's own."""
PLANT_VERBS = frozenset({"plant", "place", "leave", "lay", "hide", "set", "booby-trap", "rig"})
"""Verbs of placing a device: "the bomb was planted by X" names who set it off."""
AUTHOR_VERBS = frozenset({"perpetrate", "commit", "carry", "stage", "mount", "conduct", "plan"})
"""Verbs whose passive agent did the incident: "the massacre was perpetrated by X"."""
PART_VERBS = frozenset({"involve", "implicate", "participate"})
ACCUSING = frozenset({"implicate"})
"""Verbs of taking part whose active subject accuses others: "the president implicated"."""
"""Taking part: "the rebels were involved in the attack" did it."""
WITHDRAWALS = frozenset({"withdrawal", "withdraw", "retreat", "pullout", "pull-out", "flee"})
"""Words of giving ground up: who does it lost the place taken."""


def withdrawn(head: Token) -> list[Token]:
    """ "HTS took the city after the withdrawal of the Third Legion": who gave the ground up,
    named in the sentence of the taking (ACLED's actor 2 of a change of territory)."""
    out: list[Token] = []
    doc, sent = head.doc, head.sent
    for i in between(lemmas_in(doc, WITHDRAWALS), sent.start, sent.end):
        tok = doc[i]
        if i == head.i:
            continue
        if tok.pos_ == "NOUN":
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                out += [g for g in prep.children if g.dep_ == "pobj"]
        elif tok.pos_ == "VERB":
            out += [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return out


HOLDING = frozenset({"hand", "hands", "grip", "clutches", "grasp", "control"})
"""Nouns through which ground is taken from its holder: "from the hands of the insurgents"."""
_OBJECT_CHAIN = frozenset({"NOUN", "PROPN", "ADP", "NUM", "DET", "ADJ"})


def taken_from(head: Token) -> list[Token]:
    """ "the army retook the town from the Islamic State", "recovered the control of
    Quiterajo from the hands of the insurgents": who held the ground taken (ACLED's actor 2
    of a change of territory), the "from" phrase of the taking verb or of its object."""
    verb = head
    while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.pos_ in _OBJECT_CHAIN:
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    out: list[Token] = []
    for tok in verb.subtree:
        if tok.lower_ != "from" or tok.dep_ != "prep":
            continue
        node = tok.head
        while node.i != verb.i and node.pos_ in _OBJECT_CHAIN and node.head.i != node.i:
            node = node.head  # "from" hangs on the verb or on its object, not another clause
        if node.i != verb.i:
            continue
        for holder in (c for c in tok.children if c.dep_ == "pobj"):
            if holder.lower_ in HOLDING:  # "from the hands of the insurgents"
                holder = next(
                    (
                        g
                        for p in holder.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children
                        if g.dep_ == "pobj"
                    ),
                    holder,
                )
            out.append(holder)
    return out


def stranded_object(verb: Token) -> list[Token]:
    """ "two bombers killed 35 people among the laborers gathered there": the parser may
    hang the victims on a later verb; the counted noun right after a killing verb is its
    object all the same."""
    doc = verb.doc
    i, reach, counted = verb.i + 1, verb.i + 4, False
    while i < verb.sent.end and i <= reach:
        tok = doc[i]
        if tok.ent_type_ in {"DATE", "TIME"} or (tok.text == "," and not counted):
            # "arrested, yesterday, Saturday, two Daesh terrorists", "arrested late last
            # week four wanted men": a day told between the verb and its object
            i, reach = i + 1, reach + 1
            continue
        if tok.pos_ in {"NUM", "DET", "ADJ"} or tok.dep_ in {"quantmod", "nummod", "amod"}:
            counted = counted or tok.pos_ == "NUM"
            i += 1
            continue
        if (
            tok.pos_ == "NOUN"
            and (counted or any(c.pos_ == "NUM" for c in tok.children))
            and tok.left_edge.i > verb.i  # a noun the parse made the head of it all is not
        ):
            return [tok]
        break
    return []


def receivers(verb: Token) -> list[Token]:
    """ "coalition troops handed the base over to Iraqi forces": who takes over."""
    if lemma(verb) not in HANDOVER_VERBS:
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.lower_ == "to"]
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def passive_conj(verb: Token) -> bool:
    """A participle joined to a passive verb, with no subject of its own."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.head.children)
    )


def gapped_passive(verb: Token) -> bool:
    """ "Two fighters were martyred and three others wounded": a participle joined to a
    passive verb whose auxiliary it shares, its subject the parser's active one."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "obj", "nsubjpass"} for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def finite_acl(verb: Token) -> bool:
    """ "an aircraft of the coalition targeted on Tuesday a motorcycle": a clause the parser
    hung on the noun before it; with an object of its own it is no passive participle, and
    the noun does it."""
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}  # "a bomb on the 6th floor of the hotel killing two"
        and verb.i > verb.head.i
        and not (is_site(verb.head) or is_property(verb.head))
        and not any(c.dep_ == "agent" for c in verb.children)
    ):
        return False
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return True
    # "a force of the Falcons Cell arrested late last week four men", "a force of the army,
    # in coordination with the police, detained on Friday three suspects": an adverbial
    # between verb and object costs the parser the object; a finite past, or a participle
    # after a parenthesis set off by commas, is still the noun's own verb
    return verb.tag_ == "VBD" or _after_parenthesis(verb) or _object_in_a_time(verb)


def _object_in_a_time(verb: Token) -> bool:
    """ "the gendarmerie arrested on Friday six persons": the object that the parser put
    inside the time phrase after the verb (a counted noun that is no date), which a passive
    participle ("the soldiers killed on Friday") never has."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1):
        words = list(prep.subtree)
        if not any(t.ent_type_ in {"DATE", "TIME"} for t in words):
            continue
        if any(
            t.pos_ in {"NOUN", "PROPN"}
            and not t.ent_type_
            and any(c.dep_ == "nummod" for c in t.children)
            for t in words
        ):
            return True
    return False


def _after_parenthesis(verb: Token) -> bool:
    doc = verb.doc
    between = doc[verb.head.i + 1 : verb.i]
    commas = [t.i for t in between if t.text == ","]
    return len(commas) >= 2 and commas[-1] == verb.i - 1 and commas[0] > verb.head.i + 1


BESIDE = frozenset({"near", "outside", "beside", "inside"})
"""Prepositions of where a blast went off that name what it was set against."""


def aimed_at(device: Token) -> list[Token]:
    """What a device was thrown at or set against when the incident word is the device
    itself, subject of a passive verb of throwing or placing ("two bombs were thrown at an
    embassy vehicle", "a grenade was hurled against the barracks") or object of an active
    one ("the rebels hurled dynamite at the bank", "placed bombs in two bank branches")."""
    verb = device.head
    if device.dep_ not in {"nsubjpass", "dobj", "obj"} or verb.i == device.i:
        return []
    if lemma(verb) not in THROW_VERBS | PLANT_VERBS:
        return []
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in {"at", "against", "on"}:
            out += [g for g in prep.children if g.dep_ == "pobj"]
        elif prep.lower_ == "in" and lemma(verb) in PLANT_VERBS:
            # "placed eleven bombs in bank branches": the property it was set in
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            out += [g for g in objs if is_property(g)] or blast_sites(prep)
        else:
            out += blast_sites(prep)
    return out


def blast_sites(prep: Token) -> list[Token]:
    """What a blast went off beside: "exploded near an army patrol", "outside the union's
    offices", "in front of a bank" (the "of" phrase of "front"), never "in" a town."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ in BESIDE:
        return objs
    if prep.lower_ != "in":
        return []
    fronts = [g for g in objs if g.lower_ == "front"]
    return [g for f in fronts for p in f.children if p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj"]  # fmt: skip


def agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb."""
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


STRAY_STOPS = frozenset({"cc", "mark", "relcl", "advcl", "ccomp", "xcomp", "conj"})
"""Dependencies that open another clause or conjunct: a "by" after one is no longer the
participle's."""


def stray_agents(verb: Token) -> list[Token]:
    """ "were captured at the bus station by army troops", "the priests murdered last friday
    (17 november) by uniformed men": the "by" phrase of a passive participle that the parser
    hung on a noun after it, or on the noun the participle modifies. Only the participle's
    own adjuncts (places, days, parentheses) may stand between them; another verb, clause or
    conjunct ends the search."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return []
    if verb.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ in STRAY_STOPS or tok.text in {";", ":"}:
            return []
        if tok.lower_ == "by" and tok.dep_ in {"prep", "agent"}:
            return [g for g in tok.children if g.dep_ == "pobj"]
    return []


def perpetrators(head: Token) -> list[Token]:
    """Who did it, said beside the incident: "the bomb was planted by X" (in the trigger's
    sentence), "the massacre was perpetrated by X", "X were involved in the attack", "were
    captured at the station by troops" (:func:`stray_agents`)."""
    out: list[Token] = stray_agents(head)
    doc, sent = head.doc, head.sent
    for i in between(lemmas_in(doc, PLANT_VERBS), sent.start, sent.end):
        if doc[i].tag_ == "VBN":
            out += agents(doc[i])
    gov = head.head
    if head.dep_ == "nsubjpass" and lemma(gov) in AUTHOR_VERBS:
        out += agents(gov)
    if head.dep_ == "pobj" and gov.lower_ == "in" and lemma(gov.head) in PART_VERBS:
        verb = gov.head
        # "X implicated four officers in the murder": the officers (accused), not X
        who = {"nsubjpass"} if lemma(verb) in ACCUSING else {"nsubj", "nsubjpass"}
        out += [c for c in verb.children if c.dep_ in who and c.pos_ != "PRON"]
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb) not in ACCUSING:
            out.append(verb.head)  # "the soldiers involved in the killing"
    return out


def series_of(head: Token) -> Token:
    """ "carried out a series of strikes": the count the light verb takes, else the trigger."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in SERIES:
        return prep.head
    return head


_CLAIM = frozenset({"claim"})


def passive_claims(head: Token) -> list[Token]:
    """ "the car bomb ..., also claimed by the group": who claimed the incident, from a
    passive "claimed by" in the trigger's sentence."""
    out: list[Token] = []
    doc, sent = head.doc, head.sent
    for i in between(lemmas_in(doc, _CLAIM), sent.start, sent.end):
        tok = doc[i]
        if tok.tag_ == "VBN":
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                out += [g for g in agent.children if g.dep_ == "pobj"]
    return out
