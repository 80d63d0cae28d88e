"""What an incident hit when it hit no one named: property and public places, and the
parts of a place that belong to no side. The labels here stand in the attacked role for lack
of a target field in the event record; :mod:`sitrep.extract.arguments` decides the roles."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "NON_VIOLENT_HEADS",
    "PLACE_PARTS",
    "PROPERTY",
    "PROPERTY_LABEL",
    "PUBLIC_SITES",
    "SITE_LABEL",
    "carried",
    "hit",
    "is_property",
    "is_site",
    "lemma",
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
        "base", "bases", "airbase", "airbases", "compound",
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
    if place.dep_ in {"dobj", "obj"} or place.head.lower_ in {"on", "against", "targeting", "of"}:
        return True
    hit_other = any(c.dep_ in {"dobj", "obj"} for c in head.children)
    return kind not in {"kill", "wound", "combined"} and not hit_other


WITHDRAWALS = frozenset({"withdrawal", "withdraw", "retreat", "pullout", "pull-out", "flee"})
"""Words of giving ground up: who does it lost the place taken."""


def withdrawn(head: Token) -> list[Token]:
    """ "HTS took the city after the withdrawal of the Third Legion": who gave the ground up,
    named in the sentence of the taking (ACLED's actor 2 of a change of territory)."""
    out: list[Token] = []
    for tok in head.sent:
        if tok.i == head.i or lemma(tok) not in WITHDRAWALS:
            continue
        if tok.pos_ == "NOUN":
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                out += [g for g in prep.children if g.dep_ == "pobj"]
        elif tok.pos_ == "VERB":
            out += [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return out
