"""Typing an incident into an ACLED sub-event type from its triggers, weapons and actors, and
turning casualty links into Quantity records."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.frames import CasualtyLink
from sitrep.extract.lexicon import Lexicon, TriggerSpec
from sitrep.extract.places_dates import char_span
from sitrep.extract.targets import PROPERTY_LABELS
from sitrep.extract.trigger_words import FORCE_CLASSES
from sitrep.model import ActorMention, ActorRole, Quantity, SubEventType

__all__ = ["PRIORITY", "UNARMED_TARGETS", "quantity_of", "resolve_type", "specificity"]

S = SubEventType
PRIORITY: tuple[SubEventType, ...] = (
    S.SUICIDE_BOMB,
    S.CHEMICAL_WEAPON,
    S.AIR_DRONE_STRIKE,
    S.SHELLING_ARTILLERY_MISSILE,
    S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    S.GRENADE,
    S.SEXUAL_VIOLENCE,
    S.ABDUCTION_FORCED_DISAPPEARANCE,
    S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    S.PROTEST_WITH_INTERVENTION,
    S.VIOLENT_DEMONSTRATION,
    S.MOB_VIOLENCE,
    S.PEACEFUL_PROTEST,
    S.GOVERNMENT_REGAINS_TERRITORY,
    S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    S.ARMED_CLASH,
    S.ARRESTS,
    S.DISRUPTED_WEAPONS_USE,
    S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    S.HEADQUARTERS_OR_BASE_ESTABLISHED,
    S.LOOTING_PROPERTY_DESTRUCTION,
    S.AGREEMENT,
    S.CHANGE_TO_GROUP_ACTIVITY,
    S.ATTACK,
    S.OTHER,
)
STRATEGIC = frozenset(
    {
        S.ARRESTS,
        S.DISRUPTED_WEAPONS_USE,
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        S.HEADQUARTERS_OR_BASE_ESTABLISHED,
        S.LOOTING_PROPERTY_DESTRUCTION,
        S.AGREEMENT,
        S.CHANGE_TO_GROUP_ACTIVITY,
        S.OTHER,
    }
)
CROWD_FORCE = "crowd_force"
"""Force used on a crowd ("lathi-charged", "tear gas"): typed as a protest's intervention."""
RIOT_KEYS = frozenset({"mob", "riot"})
VIOLENT_KINDS = frozenset({"attack", "explosion", "kill", "wound", "combined", "weak"})
RAID_LEMMAS = frozenset({"raid", "sweep", "swoop", "crackdown"})
"""Words of an operation that arrests people: with an arrest word, it types nothing else."""
ARMED_CLASSES = frozenset({"generic:armed", "generic:military", "generic:police", "ORG"})
STATE_WORDS = frozenset(
    {
        "forces",
        "army",
        "troops",
        "police",
        "military",
        "government",
        "soldiers",
        "peshmerga",
        "isf",
        "pmf",
        "hashd",
        "regime",
    }
)
PLACE_WORDS = frozenset(
    {
        "town",
        "city",
        "village",
        "villages",
        "area",
        "areas",
        "district",
        "base",
        "bases",
        "territory",
        "region",
        "province",
        "neighbourhood",
        "neighborhood",
    }
)


def specificity(q: Quantity) -> int:
    """3 an exact figure, 2 a qualified figure or range, 1 a vague one ("dozens")."""
    if q.qualifier in {None, ""}:
        return (
            3
            if q.raw.lower() not in {"dozens", "tens", "hundreds", "scores", "several", "many"}
            else 1
        )
    return 2


def quantity_of(doc: Doc, link: CasualtyLink) -> Quantity:
    span = char_span(doc, link.start, link.end)
    qualifier = link.qualifier if link.qualifier != "range" else "between"
    return Quantity(
        value=link.value,
        low=link.low,
        high=link.high,
        qualifier=qualifier,
        raw=span.text,
        span=span,
    )


NON_STATE_WORDS = frozenset(
    {
        "sdf",
        "ypg",
        "democratic",
        "rebel",
        "rebels",
        "opposition",
        "hts",
        "isis",
        "militants",
        "militia",
        "insurgents",
        "daesh",
        "pkk",
    }
)


def _state_side(actors: Sequence[ActorMention], role: ActorRole) -> bool:
    for a in actors:
        if a.role != role:
            continue
        words = set(a.text.lower().replace("-", " ").split())
        if words & NON_STATE_WORDS:
            continue
        if a.label in FORCE_CLASSES or words & STATE_WORDS:
            return True
    return False


def _armed_target(
    doc: Doc, triggers: Sequence[SpacySpan], actors: Sequence[ActorMention], lex: Lexicon
) -> bool:
    for a in actors:
        if (
            a.role == ActorRole.ACTOR2
            and (a.label in ARMED_CLASSES or set(a.text.lower().split()) & STATE_WORDS)
            and not _names_a_site(a, lex)  # "Dangulbi village", tagged ORG: a place
            and not _settlers(a)
        ):
            return True
    for t in triggers:
        for prep in t.root.subtree:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in {"on", "against", "at", "targeting"}
                and any(
                    g.lower_ in lex.military_targets and not _civil_site(g) for g in prep.subtree
                )
            ):
                return True
    return False


CIVIL_SITE_WORDS = frozenset(
    {"petrol", "gas", "filling", "fuel", "service", "bus", "railway", "train", "metro", "radio",
     "power", "pumping", "polling", "health", "trading", "fire", "television", "tv", "weather"}
)  # fmt: skip
"""Words that make a target word a civil site: "a petrol station", "a polling station", "a
health post" (no armed force holds them)."""


def _civil_site(tok: Token) -> bool:
    return any(
        c.dep_ in {"compound", "amod"} and c.lower_ in CIVIL_SITE_WORDS for c in tok.children
    )


SETTLER_WORDS = frozenset({"settler", "settlers"})


def _settlers(mention: ActorMention) -> bool:
    """ "killed four settlers at a petrol station": settlers who attack are a militia, but
    settlers hit are civilians (ACLED: Civilians (Israel)), so an attack on them is no
    battle."""
    words = mention.text.lower().split()
    return bool(words) and words[-1] in SETTLER_WORDS


UNARMED_TARGETS = frozenset({"generic:civilian", "site:public"})
"""Targets that cannot fire back: an attack on them is no battle."""
ASSAULT_LEMMAS = frozenset({"ambush", "attack", "storm"})
"""Assaults whose sub-event type is an armed clash unless only the unarmed were hit."""


def _only_unarmed_hit(
    doc: Doc, triggers: Sequence[SpacySpan], actors: Sequence[ActorMention], lex: Lexicon
) -> bool:
    """ "bandits stormed Dangulbi village and killed seven villagers", "ADF rebels attacked
    Lhubiriha Secondary School, killing 42 people": the people hit are civilians and nothing
    hit is armed (a village or a school the NER calls an organisation is a place), so the
    assault is a one-sided attack (ACLED: Attack), not a battle."""
    hit = [a for a in actors if a.role == ActorRole.ACTOR2]
    people = [a for a in hit if a.label == "generic:civilian"]
    return (
        bool(people)
        and all(a.label in UNARMED_TARGETS | PROPERTY_LABELS or _names_a_site(a, lex) for a in hit)
        and not _armed_target(doc, triggers, actors, lex)
        and not _state_side(actors, ActorRole.ACTOR1)
    )


def _names_a_site(mention: ActorMention, lex: Lexicon) -> bool:
    """ "Dangulbi village", "Lhubiriha Secondary School": a name ending in a place's word."""
    words = mention.text.lower().split()
    return (
        bool(words)
        and words[-1] in lex.designators
        and words[-1] not in ARMED_SITE_WORDS
        and not set(words) & STATE_WORDS  # "the Kimara police station" is the police's
    )


ARMED_SITE_WORDS = frozenset(
    {"base", "bases", "barracks", "camp", "post", "checkpoint", "outpost", "garrison", "fort"}
)
"""Designators of sites an armed side holds: "Ain al-Asad base" is the forces in it."""


def _unarmed_ambushed(
    doc: Doc, triggers: Sequence[SpacySpan], actors: Sequence[ActorMention], lex: Lexicon
) -> bool:
    """ "gunmen ambushed a passenger bus ..., killing two passengers": an ambush of people who
    cannot fire back is a one-sided attack (ACLED: Attack), not a battle."""
    hit = [a for a in actors if a.role == ActorRole.ACTOR2]
    return (
        bool(hit)
        and all(a.label in UNARMED_TARGETS for a in hit)
        and not _armed_target(doc, triggers, actors, lex)
        and not _state_side(actors, ActorRole.ACTOR1)
    )


def _fire_opened(trig: SpacySpan) -> bool:
    """ "opened fire", "open fire on": gunmen shooting, told as one phrase."""
    return (trig.root.lemma_ or "").lower() == "open" and "fire" in trig.text.lower()


def _capture(trig: SpacySpan, actors: Sequence[ActorMention]) -> SubEventType:
    obj = [c for c in trig.root.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(a.role == ActorRole.ACTOR2 and a.label == "generic:suspect" for a in actors):
        return S.ARRESTS  # escaped prisoners recaptured
    if any(_place_object(o) for o in obj) or _taken_from(trig.root, obj):
        return _territory(actors)
    if _state_side(actors, ActorRole.ACTOR1):
        return S.ARRESTS
    return S.ABDUCTION_FORCED_DISAPPEARANCE


def _taken_from(verb: Token, obj: Sequence[Token]) -> bool:
    """ "captured Albu Kamal from the Islamic State": a proper name taken from a named group is
    ground, whatever entity the tagger calls it (a man is captured in his hideout, not from
    the Islamic State)."""
    return any(o.pos_ == "PROPN" for o in obj) and any(
        g.dep_ == "pobj" and any(t.ent_type_ in {"ORG", "NORP"} for t in g.subtree)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    )


PART_NOUNS = frozenset({"half", "part", "parts", "most", "much", "rest", "bulk", "remainder"})
"""Nouns naming a share of what follows "of": "the eastern half of Aleppo"."""


def _place_object(obj: Token) -> bool:
    """Is the thing captured ground: a named place, a place word ("the town"), or a share of
    one ("the eastern half of Aleppo", "most of the district")?"""
    if obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.lower_ in PLACE_WORDS:
        return True
    if obj.lower_ not in PART_NOUNS:
        return False
    return any(
        g.dep_ == "pobj"
        and (g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN" or g.lower_ in PLACE_WORDS)
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
    )


def _territory(actors: Sequence[ActorMention]) -> SubEventType:
    if _state_side(actors, ActorRole.ACTOR1):
        return S.GOVERNMENT_REGAINS_TERRITORY
    return S.NON_STATE_ACTOR_OVERTAKES_TERRITORY


LESS_LETHAL = frozenset({"rubber", "plastic", "pellet", "pellets", "rubber-coated"})
"""Rounds that make "shot" and "bullets" crowd control: "fired rubber bullets at protesters"."""


RIOT_GEAR = frozenset(
    {
        "police",
        "policemen",
        "squad",
        "squads",
        "gear",
        "control",
        "unit",
        "units",
        "force",
        "forces",
        "troops",
        "shields",
        "officers",
        "vehicles",
    }
)
"""What "riot" names when it modifies them ("riot police", "riot gear"): the force that polices a
crowd, no sign that the crowd rioted."""


def _protest(sent: SpacySpan, lex: Lexicon) -> SubEventType:
    words = {
        t.lower_
        for t in sent
        if not (t.lower_ == "riot" and t.i + 1 < sent.end and t.nbor().lower_ in RIOT_GEAR)
        and not _no_force_on_the_crowd(t, lex)
    }
    if words & PEACEFUL_WORDS:
        # "marched peacefully through Jos ... carrying the names of the dead": told as
        # peaceful, the march met force only where a verb tells it ("until police shot two")
        words -= {t.lower_ for t in sent if t.pos_ not in {"VERB", "AUX"}} - {"tear", "gas"}
    if words & LESS_LETHAL:
        words -= {"bullets", "bullet", "shot", "rounds"}
    if words & lex.protest_refiners["excessive_force"]:
        return S.EXCESSIVE_FORCE_AGAINST_PROTESTERS
    if words & lex.protest_refiners["violent"]:
        return S.VIOLENT_DEMONSTRATION
    if words & lex.protest_refiners["intervention"]:
        return S.PROTEST_WITH_INTERVENTION
    return S.PEACEFUL_PROTEST


PEACEFUL_WORDS = frozenset({"peaceful", "peacefully"})
LIVE_ROUNDS = frozenset({"ammunition", "rounds", "bullets", "fire", "ammo", "shots"})
"""What "live" must name to be force on a crowd ("fired live ammunition")."""
OWN_MOVES = frozenset({"disperse", "dispersed", "dispersing", "disperses"})
"""Verbs a crowd may do by itself: "the residents dispersed after the governor spoke"."""


def _no_force_on_the_crowd(tok: Token, lex: Lexicon) -> bool:
    """A word of force that tells none used on the crowd: "live" that names no rounds, a
    participle of damage that describes a thing ("burnt wheat fields"), an intervention verb
    that describes someone else ("demanding the release of detainees arrested by the
    security services") or a crowd's own move ("the residents dispersed after the
    commissioner addressed them": no object, no passive)."""
    if tok.pos_ in {"NOUN", "PROPN"} and _grievance(tok):
        return True  # "gathered to denounce the killing": what the crowd protests
    if tok.lower_ == "live":
        # "Catatumbo wants to live": only live rounds are force
        return tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ not in LIVE_ROUNDS
    if (
        tok.dep_ == "amod"
        and tok.tag_ in {"VBN", "VBD"}
        and tok.lower_ in lex.protest_refiners["violent"]
    ):
        return True  # "compensation for burnt wheat fields" ("wounded protesters" is force)
    if tok.lower_ not in lex.protest_refiners["intervention"] or tok.pos_ != "VERB":
        return False
    if tok.dep_ in {"acl", "relcl"}:
        return True
    acted_on = any(c.dep_ in {"dobj", "nsubjpass", "auxpass", "agent"} for c in tok.children)
    return tok.lower_ in OWN_MOVES and not acted_on


GRIEVANCE_VERBS = frozenset({"denounce", "protest", "condemn", "decry", "reject", "mourn"})
"""Verbs whose object is what a crowd protests, not what was done to it."""


def _grievance(tok: Token) -> bool:
    """Is ``tok`` in the object of a verb of protesting ("residents gathered to denounce the
    killing", "denouncing the shooting of a teacher")?"""
    node = tok
    while node.dep_ in {"dobj", "pobj", "prep", "compound", "conj"} and node.head is not node:
        node = node.head
        if node.pos_ == "VERB":
            return (node.lemma_ or node.lower_).lower() in GRIEVANCE_VERBS
    return False


AIR_FORCE = re.compile(r"\bair\s+forces?\b", re.IGNORECASE)
"""An attacker named as an air force strikes from the air."""

CAPTURE_LEMMAS = frozenset(
    {"seize", "confiscate", "find", "discover", "dismantle", "defuse", "recover", "uncover"}
)


def _captured(weapon: SpacySpan) -> bool:
    """Is the weapon the object of a verb of seizing or finding?"""
    node = weapon.root
    while node.dep_ in {"dobj", "conj", "compound", "nsubjpass", "appos", "pobj", "prep"}:
        node = node.head
        if node.pos_ == "VERB":
            return (node.lemma_ or node.lower_).lower() in CAPTURE_LEMMAS
    return False


def _charge_of(arrest: Token, tok: Token) -> bool:
    """ "arrested in connection with three cases of riots", "held for the murder of a
    trader", "detained over the attack": a word inside the phrase that names what people are
    held for is their alleged crime, not what this incident is."""
    node = tok
    while node.head.i != node.i:
        if node.head.i == arrest.i:
            word = node.lower_
            if node.dep_ != "prep":
                return False
            return word in {"for", "over"} or (
                word == "in" and any(g.lower_ == "connection" for g in node.children)
            )
        node = node.head
    return False


def _held_for(triggers: Sequence[SpacySpan], specs: Sequence[TriggerSpec]) -> bool:
    """Is every trigger that is not an arrest part of what the people arrested are held for?"""
    arrests = [t for t, sp in zip(triggers, specs, strict=True) if sp.sub_event_type == S.ARRESTS]
    others = [t for t, sp in zip(triggers, specs, strict=True) if sp.sub_event_type != S.ARRESTS]
    if not arrests or not others:
        return False
    return all(any(_charge_of(a.root, t.root) for a in arrests) for t in others)


CROWD_CLASSES = frozenset({"generic:protester"})
YOUTHS = frozenset({"youth", "youths"})
"""Crowd words outside the protester class: "angry youths set fire to the office"."""
ANGRY = frozenset({"angry", "enraged", "furious", "irate", "incensed"})
"""Words that make people a crowd: "angry young men ... set fire to the gate"."""
RIOT_TURNS = frozenset({S.LOOTING_PROPERTY_DESTRUCTION, S.ARMED_CLASH, S.ATTACK})
"""Types a crowd's own violence is read as before it is known to be a crowd's."""


def _crowd(tok: Token, lex: Lexicon) -> bool:
    head = tok
    if tok.lower_ in {"hundreds", "dozens", "thousands", "scores", "group", "groups", "crowds"}:
        head = next((g for p in tok.children if p.lower_ == "of" for g in p.children), tok)
    return (
        head.lower_ in YOUTHS
        or lex.actor_classes.get(head.lower_) in CROWD_CLASSES
        or any(c.dep_ == "amod" and c.lower_ in ANGRY for c in head.children)
    )


DEGENERATE = frozenset({"degenerate", "turn", "descend", "escalate", "spiral"})
"""Verbs by which a protest becomes violence: "the strike degenerated into looting"."""
DEMONSTRATIONS = frozenset(
    {"strike", "protest", "demonstration", "march", "rally", "sit-in", "movement", "unrest"}
)


def _protest_turned(trig: SpacySpan) -> bool:
    """ "The strike of the taxi drivers degenerated into acts of vandalism, looting of shops":
    the violence a protest turned into is its demonstrators'."""
    node = trig.root
    for _ in range(5):  # "into acts of vandalism, looting": over "acts of" and the list
        verb = node.head
        if verb.i == node.i:
            return False
        if (verb.lemma_ or "").lower() in DEGENERATE:
            return any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_ or "").lower() in DEMONSTRATIONS
                for c in verb.children
            )
        node = verb
    return False


def crowd_did_it(triggers: Sequence[SpacySpan], sent: SpacySpan, lex: Lexicon) -> bool:
    """ "Protesters torched the office", "angry youths pelted the team with stones and set
    ablaze two vehicles", "... then they stormed the branch": the incident is the crowd's
    own violence, a riot (ACLED: Riots / Violent demonstration), not an armed group's."""
    if any(_protest_turned(t) for t in triggers):
        return True
    crowd_before = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and _crowd(t, lex)]
    for trig in triggers:
        verb = trig.root
        if verb.pos_ != "VERB":
            continue
        subj = None
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if subj is not None and subj.lower_ in {"who", "that", "which"}:
            # "... journalists who came to the school with stones and set ablaze two
            # vehicles": a parse that hangs the crowd's act on a relative clause
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if _crowd(subj, lex):
            return True
        if subj.lower_ == "they" and any(c.i < subj.i for c in crowd_before):
            return True
    return False


def resolve_type(
    doc: Doc,
    triggers: Sequence[SpacySpan],
    specs: Sequence[TriggerSpec],
    weapons: Sequence[SpacySpan],
    actors: Sequence[ActorMention],
    sent: SpacySpan,
    lex: Lexicon,
) -> tuple[SubEventType | None, str]:
    """The incident's sub-event type and the kind of evidence that decided it."""
    sub, by = _resolve_type(doc, triggers, specs, weapons, actors, sent, lex)
    if sub in RIOT_TURNS and crowd_did_it(triggers, sent, lex):
        return S.VIOLENT_DEMONSTRATION, "event"
    return sub, by


def _resolve_type(
    doc: Doc,
    triggers: Sequence[SpacySpan],
    specs: Sequence[TriggerSpec],
    weapons: Sequence[SpacySpan],
    actors: Sequence[ActorMention],
    sent: SpacySpan,
    lex: Lexicon,
) -> tuple[SubEventType | None, str]:
    if _held_for(triggers, specs):
        return S.ARRESTS, "event"  # "eight men were arrested in connection with the riots"
    kinds = {sp.kind for sp in specs}
    cands: dict[SubEventType, str] = {}
    for trig, sp in zip(triggers, specs, strict=True):
        assault = (trig.root.lemma_ or "").lower()
        if sp.sub_event_type == S.ARMED_CLASH and (
            (assault == "ambush" and _unarmed_ambushed(doc, triggers, actors, lex))
            or (assault in ASSAULT_LEMMAS and _only_unarmed_hit(doc, triggers, actors, lex))
        ):
            # "gunmen ambushed a passenger bus", "bandits stormed the village and killed"
            cands.setdefault(S.ATTACK, "event")
        elif sp.kind == "event" and sp.sub_event_type is not None:
            cands.setdefault(sp.sub_event_type, "event")
        elif sp.kind == "capture":
            cands.setdefault(_capture(trig, actors), "event")
        elif sp.kind == "territory":
            objects = [c for c in trig.root.children if c.dep_ in {"dobj", "pobj"}]
            if any(o.lower_ in lex.military_targets for o in objects):
                cands.setdefault(S.ARMED_CLASH, "event")  # "gunmen overran an army post"
            else:
                cands.setdefault(_territory(actors), "event")
        elif sp.kind == "protest":
            if sp.key == CROWD_FORCE and any(o.key in RIOT_KEYS for o in specs):
                continue  # "tear gas fired at a looting mob": the riot's policing, not a protest
            cands.setdefault(_protest(sent, lex), "event")
        elif sp.kind == "explosion":
            cands.setdefault(S.REMOTE_EXPLOSIVE_LANDMINE_IED, "explosion")
    violent = bool(kinds & VIOLENT_KINDS) or any(s not in STRATEGIC for s in cands)
    if S.ARRESTS in cands and all(
        sp.kind not in VIOLENT_KINDS or (t.root.lemma_ or "").lower() in RAID_LEMMAS
        for t, sp in zip(triggers, specs, strict=True)
    ):
        # "arrested four suspects in a raid on villages ..., two believed to be involved in
        # planting explosive devices": the raid made the arrests; the devices are the charge
        violent = any(s not in STRATEGIC for s in cands)
    if violent:
        for w in weapons:
            if _captured(w):
                # "seized 12 explosive belts": weapons taken, not used
                cands.setdefault(S.DISRUPTED_WEAPONS_USE, "event")
                continue
            implied = lex.weapons[w.id_].sub_event_type
            if implied is not None:
                cands.setdefault(implied, "weapon")
        if any(a.role == ActorRole.ACTOR1 and AIR_FORCE.search(a.text) for a in actors):
            cands.setdefault(S.AIR_DRONE_STRIKE, "weapon")  # "the Air Force targeted ..."
    if cands:
        if not violent or not (set(cands) - STRATEGIC):
            best = min(cands, key=PRIORITY.index)
            return best, cands[best]
        violent_cands = [c for c in cands if c not in STRATEGIC]
        if cands.get(S.ARMED_CLASH) == "event" and S.REMOTE_EXPLOSIVE_LANDMINE_IED in cands:
            return S.ARMED_CLASH, "event"  # an assault opened with a bomb, then fighting
        if (
            S.REMOTE_EXPLOSIVE_LANDMINE_IED in cands
            and any(_fire_opened(t) for t in triggers)
            and _armed_target(doc, triggers, actors, lex)
        ):
            # "the militants detonated a roadside bomb and then opened fire on a KDF convoy":
            # an ambush of armed men, a battle
            return S.ARMED_CLASH, "event"
        best = min(violent_cands, key=PRIORITY.index)
        if best == S.ABDUCTION_FORCED_DISAPPEARANCE and "kill" in kinds and len(cands) == 1:
            # "killed seven villagers and took away ten women": ACLED codes the killing
            return S.ATTACK, "kill"
        if best != S.ARMED_CLASH or "event" in cands.values():
            return best, cands[best]
    if kinds & {"attack", "kill", "wound", "combined", "weak"}:
        if kinds == {"weak"} and not weapons:
            return None, "weak"
        clash = _armed_target(doc, triggers, actors, lex) or (
            _state_side(actors, ActorRole.ACTOR1)
            and any(a.role == ActorRole.ACTOR2 and a.label == "generic:armed" for a in actors)
        )
        kind = "attack" if "attack" in kinds else "kill"
        return (S.ARMED_CLASH if clash else S.ATTACK), kind
    return None, "none"
