"""The actors of an incident read off a parsed sentence segment: who acted and on whom,
who claimed it and who was blamed. Where, when and with what live in
:mod:`sitrep.extract.places_dates`, which this module imports from (never the reverse).
Pure functions; every mention keeps its character offsets."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.accused import accused, device_setter, pronoun_antecedents
from sitrep.extract.datelines import DASHES, in_dateline, past_dateline
from sitrep.extract.lexicon import Lexicon, inflections
from sitrep.extract.names import (
    PERSON_CLASSES,
    PERSON_HARMS,
    QUOTES,
    described_class,
    name_like,
    quoted_name,
    self_named,
    title_class,
)
from sitrep.extract.places_dates import (
    LEAD_DETS,
    actor_class,
    char_span,
    entities,
    operation_name,
)
from sitrep.extract.ruler import lexicon_spans
from sitrep.extract.subjects import (
    OF_HEADS,
    SAY_VERBS,
    affiliation,
    clause_subject,
    governing_subject,
    org_name,
    relative_antecedent,
    section_label,
    subject,
    unnamed_group,
)
from sitrep.extract.targets import (
    AUTHOR_VERBS,
    HOMES,
    PLACE_PARTS,
    PLANT_VERBS,
    PROPERTY_LABEL,
    SITE_LABEL,
    agents,
    aimed_at,
    blast_sites,
    carried,
    gapped_passive,
    hit,
    is_property,
    is_site,
    lemma,
    passive_claims,
    passive_conj,
    perpetrators,
    receivers,
    series_of,
    sets_fire,
    stranded_object,
    taken_from,
    violent,
    withdrawn,
)
from sitrep.extract.titles import reduced_passive
from sitrep.extract.trigger_words import FORCE_CLASSES
from sitrep.extract.victim_names import names_beside
from sitrep.extract.victim_syntax import LIFE_WORDS, small_clause, toll_keeper
from sitrep.model import HOME_LABEL, ActorMention, ActorRole

__all__ = [
    "PROPERTY_LABEL",
    "SITE_LABEL",
    "actor_label",
    "actors_of_trigger",
    "claims_and_blame",
    "is_actorish",
    "mentions",
]

ACTOR_ENTS = frozenset({"ORG", "NORP", "PERSON"})
FORCES = frozenset({"force", "forces"})
"""Heads whose "of" phrase names them ("a force of the Peshmerga") but whose "in" phrase is
where they are ("guerrilla forces in Ilobasco")."""
MEMBERS = frozenset({"commander", "commanders", "militant", "militants", "fighter", "fighters"})
"""People whose "in" phrase names their side: "commanders in the Levant Front"."""
GROUP_HEADS = frozenset({"unit", "units", "member", "members", "element", "elements", "column"})
"""Heads that take their side from their modifier ("commando units", "guerrilla column")."""
BAND_HEADS = frozenset(
    {"guerrillas", "guerrilla", "terrorists", "rebels", "commandos", "commando", "militants",
     "insurgents", "troops", "gunmen", "gunman", "assailants", "attackers",
     "jihadists", "extremists"}
)  # fmt: skip
"""Armed people whose "of" phrase names their organisation: "terrorists of the fmln",
"gunmen of Daesh"."""
DEATH_VERBS = frozenset(
    {"die", "died", "dies", "dying", "perished", "succumbed", "fell", "fallen", "falling",
     "embraced", "embrace", "embraces", "embracing"}
)  # fmt: skip
"""Verbs whose subject died ("the guard died", "soldiers fallen on the field of honour", "two
police jawans embraced martyrdom": the trigger is the verb with its object)."""
QUANTITY_HEADS = frozenset(
    {"number", "group", "handful", "dozens", "scores", "hundreds", "thousands", "couple", "band"}
)
"""Heads that only count the people named after "of": "a number of officials"."""
"""Participles that say whose side a person is on: "suspects belonging to ISIS cells", "a
contractor working with the coalition", "a drone believed to belong to the coalition"."""
RESULTS = frozenset({"dead"})
"""Words of the verb the parser hangs on its object: "shot dead the candidate"."""
PLATFORMS = frozenset(
    {"helicopter", "drone", "aircraft", "plane", "warplane", "jet", "tank", "gunship", "uav",
     "vector"}
)  # fmt: skip
"""Vehicles that modify a strike or raid: they say how, and name nobody unless a country
or group owns them ("a US drone strike")."""
BLAME_VERBS = frozenset({"blame", "attribute", "pin"})
STATE_CLASSES = frozenset({"generic:military", "generic:police", "generic:official"})
"""Classes of state actors: the army saying it carried out strikes reports, it claims nothing."""
TIMES = frozenset({"DATE", "TIME"})
"""Verbs whose "on"/"to" names who is blamed, not who was attacked ("blamed the attack on
militants")."""
SUFFERED = frozenset({"murder", "killing", "assassination", "kidnapping", "abduction",
                      "death", "execution", "disappearance", "wounding"})  # fmt: skip
"""Incidents whose possessor suffers them: "the jesuits' murders", "the judge's kidnapping"."""
HOLD_VERBS = frozenset(
    {"man", "run", "operate", "hold", "control", "guard", "staff", "use", "occupy"}
)
CLASH_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "engage", "exchange"})
HONORIFICS = frozenset({"hero", "heroes", "son", "sons", "lion", "lions", "eagle", "eagles"})
"""Praise for a force in official copy: "the heroes of our air force" are the air force."""
UNAUTHORED = frozenset({"DATE", "TIME", "GPE", "LOC"})
"""Entities no one perpetrates: a relative clause on one that names an author is the
incident's."""
PLACED_AT = frozenset({"near", "at", "against", "under", "beside", "outside", "in"})
"""Prepositions of where a device was set: a thing there is what it was set against."""
BANDS = frozenset({"generic:armed", "generic:military", "generic:police", "ORG"})
"""Labels of those who act as one band: whom a "they" that attacks may stand for."""
ANAPHORIC = frozenset({"others", "other"})
"""Heads that count more of the people just named ("two others"): never the attacker."""


# -- actors ----------------------------------------------------------------------------
def is_actorish(tok: Token, lex: Lexicon, *, allow_gpe: bool = False) -> bool:
    if tok.pos_ == "PRON" or tok.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
        return False
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ in {"B", "I"} and _in_lexicon_span(tok, "PLACE"):
        return False
    if tok.ent_type_ in ACTOR_ENTS or (allow_gpe and tok.ent_type_ == "GPE") or org_name(tok):
        return True
    if operation_name(tok):
        return True  # "the air component of Operation Hadin Kai": the operation's forces
    return (
        actor_class(tok, lex) is not None
        or title_class(tok, lex) is not None
        or described_class(tok, lex) is not None
    )


def _phrase_bounds(tok: Token) -> tuple[int, int]:
    start = tok.i
    left = sorted((c for c in tok.children if c.i < tok.i), key=lambda c: c.i, reverse=True)
    for child in left:
        if child.ent_type_ in {"DATE", "TIME"} and child.pos_ != "NUM":
            break  # "detained on Friday three suspects": the day is no part of who
        if (
            child.dep_
            in {
                "det",
                "nummod",
                "amod",
                "compound",
                "poss",
                "quantmod",
                "nmod",
                "case",
                "punct",
                "npadvmod",
            }
            and child.i == start - 1
        ) or (
            child.dep_ in {"det", "nummod", "amod", "compound", "poss", "nmod"}
            and child.right_edge.i == start - 1
        ):
            start = child.left_edge.i
    doc = tok.doc
    while start < tok.i and (
        doc[start].lower_ in LEAD_DETS or doc[start].lower_ in RESULTS or doc[start].text in QUOTES
    ):
        start += 1
    end = tok.i + 1
    if tok.lower_ in OF_HEADS or tok.lower_ in BAND_HEADS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1:
                # the counted noun's own phrase, without its relative or participle clause
                objs = [g for g in child.children if g.dep_ == "pobj"]
                end = max((_phrase_bounds(g)[1] for g in objs), default=end)
    for child in tok.children:
        if child.dep_ == "acl" and child.i > tok.i and affiliation(child):
            end = max(end, child.right_edge.i + 1)
    if (tok.lower_ in OF_HEADS and tok.lower_ not in FORCES) or tok.lower_ in MEMBERS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i >= end:
                # "a group of commanders in the Levant Front": the unit they belong to
                objs = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "ORG"]
                end = max([end, *(_phrase_bounds(g)[1] for g in objs)])
    if tok.ent_iob_ in {"B", "I"}:
        for ent in entities(doc):
            if ent.start <= tok.i < ent.end:
                start, end = min(start, ent.start), max(end, ent.end)
    while start < tok.i and (in_dateline(doc[start]) or doc[start].text in DASHES):
        start += 1  # "21 October 2024 (Bunia Soir) - Presumed rebels": the dateline is no one
    if tok.dep_ == "compound" and start > 0 and start == tok.i:
        prev = doc[start - 1]
        if prev.head.i == tok.head.i and prev.ent_type_ in {"GPE", "NORP"}:
            start = prev.i  # "the US drone strike": whose drone
    if (
        end + 4 < len(doc)
        and doc[end].lower_ == "and"
        and doc[end + 1].is_title
        and doc[end + 2].text == "("
        and doc[end + 3].is_upper
        and doc[end + 4].text == ")"
    ):
        end += 2  # "the Group for Support of Islam and Muslims (JNIM)": one name, one acronym
    acronym = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if acronym and doc[end + 1].is_upper and doc[end + 1].is_alpha:
        end += 3  # "the Sinjar Resistance Units (YBS)": keep the acronym
    while end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1  # "galan's murder": the victim is "galan", not "galan's"
    while end - 1 > start and doc[end - 1].is_punct:
        if doc[end - 1].text == ")" and "(" in doc[start:end].text:
            break
        end -= 1
    return start, end


def actor_label(tok: Token, start: int, end: int, lex: Lexicon) -> str | None:
    doc = tok.doc
    ents = {doc[i].ent_type_ for i in range(start, end)}
    if tok.ent_type_ == "ORG" and (described := described_class(tok, lex)) in PERSON_CLASSES:
        return described  # "maria diaz, third judge of ...": the NER's ORG errs
    if "ORG" in ents or any(
        org_name(doc[i]) or actor_class(doc[i], lex) == "ORG" for i in range(start, end)
    ):
        return "ORG"  # "members of the fmln": the organisation, even unrecognised
    cls = actor_class(tok, lex)
    if tok.lower_ in {"group", "groups"} and _group_of_civilians(tok, lex):
        return "generic:civilian"  # "attacked a large group of people collecting truffles"
    if cls in {"generic:military", "generic:armed"} and any(
        lex.actor_classes.get(doc[i].lower_) == "generic:police" for i in range(start, end)
    ):
        return "generic:police"  # "federal police officers", "police commandos"
    if cls == "generic:military" and _from_the_police(tok, lex):
        return "generic:police"  # "a force from the intelligence of the federal police"
    if cls == "generic:armed" and any(doc[i].lower_ in {"army", "military", "navy"}
                                      for i in range(start, end)):  # fmt: skip
        return "generic:military"  # "army commandos"
    if cls == "generic:civilian" and any(doc[i].lower_ in {"armed", "masked", "hooded"}
                                         for i in range(start, end)):  # fmt: skip
        return "generic:armed"  # "heavily armed men", "masked individuals"
    if tok.lower_ in GROUP_HEADS and any(
        actor_class(doc[i], lex) == "generic:armed" for i in range(start, end) if i != tok.i
    ):
        return "generic:armed"  # "urban commando units", "a guerrilla column"
    if (tok.lower_ in OF_HEADS or tok.lower_ in BAND_HEADS) and _of_a_name(tok):
        return "ORG"  # "a commander of Asaib Ahl al-Haq", whatever the tagger made of it
    if tok.lower_ in {"member", "members"} and _unarmed_body(tok, lex):
        return "generic:civilian"  # "ten union members", "party members"
    if cls is not None:
        return cls
    if "PERSON" not in ents and title_class(tok, lex) is not None:
        return title_class(tok, lex)
    if "PERSON" not in ents and described_class(tok, lex) is not None:
        return described_class(tok, lex)
    for label in ("NORP", "PERSON", "GPE"):
        if label in ents:
            return label
    return None


def _from_the_police(tok: Token, lex: Lexicon) -> bool:
    """ "a force from the Rusafa police", "a force of the intelligence of Kirkuk police": a
    unit whose "from" or "of" phrase names the police is the police's."""
    return any(
        lex.actor_classes.get(t.lower_) == "generic:police"
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"from", "of"}
        for t in c.subtree
    )


def _group_of_civilians(tok: Token, lex: Lexicon) -> bool:
    """ "A group of people", "a group of farmers": the "of" phrase says who the group is."""
    return any(
        g.dep_ == "pobj" and actor_class(g, lex) == "generic:civilian"
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


CIVIL_BODIES = frozenset(
    {"council", "committee", "union", "family", "party", "parliament", "assembly",
     "association", "board", "syndicate", "municipality", "chamber", "commission"}
)  # fmt: skip
"""Bodies whose members are civilians: "a member of the local civil council"."""


def _unarmed_body(tok: Token, lex: Lexicon) -> bool:
    """ "union members", "family members": a common noun before "members" that names a
    body of no armed class says what they are members of; so does an "of" phrase that
    names a civil body ("a member of the local civil council")."""
    if any(
        g.dep_ == "pobj" and g.lower_ in CIVIL_BODIES and not g.ent_type_
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    ):
        return True
    mods = [c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i < tok.i]
    return bool(mods) and all(
        c.pos_ == "NOUN" and not c.ent_type_ and actor_class(c, lex) is None for c in mods
    )


def _of_a_name(tok: Token) -> bool:
    """ "members of the Badr Organization", "a commander in Kataib Hezbollah": people
    counted out of a named body (not a place: "residents of Mosul")."""
    return any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"}
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in"} and prep.i == tok.i + 1
        for g in prep.children
    )


def _mention(tok: Token, role: ActorRole, lex: Lexicon) -> ActorMention:
    quoted = quoted_name(tok)
    tok = self_named(tok) or tok
    start, end = _phrase_bounds(tok)
    label = "ORG" if quoted is not None else actor_label(tok, start, end, lex)
    if label in PERSON_CLASSES:
        end = _named_after(tok, end)
    span = char_span(tok.doc, start, end)
    if role == ActorRole.ACTOR2 and (
        label in {None, "GPE", "LOC", "FAC"} or (label == "NORP" and is_property(tok))
    ):  # "three poles": lower case misleads the NER into a nationality
        if is_site(tok):
            label = SITE_LABEL  # resolves to the civilians of the country
        elif is_property(tok):
            label = HOME_LABEL if tok.lower_ in HOMES or lemma(tok) in HOMES else PROPERTY_LABEL
        elif label is None and name_like(tok, lex):
            label = "PERSON"  # admitted only as who was murdered or kidnapped
    return ActorMention(text=span.text, role=role, span=span, label=label)


def _named_after(tok: Token, end: int) -> int:
    """ "the mayor, Ana Quispe," / "presidential candidate Luis Galan": the end of a
    person's description that takes in the name in apposition after it."""
    doc = tok.doc
    if end >= len(doc):
        return end
    gap = 1 if doc[end].text == "," else 0
    for child in tok.children:
        if (
            child.dep_ == "appos"
            and child.left_edge.i == end + gap
            and (gap or child.ent_type_ == "PERSON")
            and child.pos_ == "PROPN"
            and child.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"}
            and all(t.pos_ == "PROPN" for t in doc[child.left_edge.i : child.i + 1])
        ):
            return child.i + 1
    return end


def _with_conj(tok: Token) -> list[Token]:
    return [
        tok,
        *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}),
        *_stranded_conjuncts(tok),
    ]


def _stranded_conjuncts(tok: Token) -> list[Token]:
    """ "targeted the hills of Mishtenur and positions of the SDF": a plural noun with an "of"
    phrase of its own, joined to the place name inside ``tok``'s "of" phrase, is joined to
    ``tok`` itself; the parser hung it on the name."""
    out: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            for conj in (c for c in name.children if c.dep_ == "conj" and c.tag_ == "NNS"):
                if any(p.dep_ == "prep" and p.lower_ == "of" for p in conj.children):
                    out.append(conj)
                    continue
                # "... and positions of the SDF", its "of" phrase hung on the name as well
                out += [
                    g
                    for p in name.children
                    if p.dep_ == "prep" and p.lower_ == "of" and p.i == conj.i + 1
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
    return out


@functools.lru_cache(maxsize=4)
def _light_forms(verbs: frozenset[str]) -> frozenset[str]:
    """Inflected light verbs: the lemmatizer misreads some ("staged" -> "stag")."""
    return frozenset(form for verb in verbs for form in inflections(verb))


def _owner(tok: Token, lex: Lexicon) -> Token | None:
    """Whose is a target that is no actor: "a checkpoint of the SDF", "an army patrol", "ISIS
    hideouts", "the militia's headquarters", "positions where the attackers had dug in"."""
    if tok.lower_ in lex.place_relations or tok.lower_ in PLACE_PARTS:
        return None  # "the outskirts of Dhiban" is a place, not a side
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and is_actorish(g, lex):
                    return g
    for child in sorted(tok.children, key=lambda c: c.i, reverse=True):
        if (
            child.i < tok.i
            and child.dep_ in {"poss", "compound", "nmod"}
            and child.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
            and is_actorish(child, lex)
            and (actor_class(child, lex) is not None or tok.lower_ not in lex.designators)
        ):
            return child  # "an army base", but "Ain al-Asad air base" names a place
    for child in tok.children:
        held = child.dep_ == "acl" and lemma(child) in HOLD_VERBS  # "a post manned by the PMF"
        for g in child.children if child.dep_ == "relcl" or held else []:
            agents = [p for p in g.children if p.dep_ == "pobj"] if g.dep_ == "agent" else []
            agents = agents if held else []
            for who in [g] if g.dep_ == "nsubj" and child.dep_ == "relcl" else agents:
                if who.pos_ != "PRON" and is_actorish(who, lex):
                    return who
    return None


LAUNCH_VERBS = frozenset({"launch", "fire", "fly", "operate", "send", "pilot", "deploy"})
"""Verbs whose agent is who used a platform: "a drone launched by the Houthi militia"."""


def _operator(platform: Token) -> Token | None:
    """Who launched the aircraft or munition that is the subject: "a drone loaded with
    explosives launched by the Houthi militia struck the house" -> the militia, not the
    drone (which the resolver would read as the state forces of the country it hit); "a
    drone of the Israeli occupation targeted", "an aerial vector of the FAMa struck" -> whose
    it is; "warplanes believed to be Russian struck" -> the nationality the sources give;
    "the air component said its aircraft struck" -> who said so."""
    if lemma(platform) not in PLATFORMS | MUNITION_SUBJECTS:
        return None
    for tok in platform.subtree:
        if tok.dep_ == "agent" and lemma(tok.head) in LAUNCH_VERBS:
            return next((p for p in tok.children if p.dep_ == "pobj"), None)
    for child in platform.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.ent_type_ not in PLACE_ENT_TYPES:
                return owner
        if child.dep_ == "acl" and lemma(child) in BELIEF_VERBS:
            # "warplanes believed to be Russian": the adjective of "to be"
            return next((n for n in child.subtree if n.ent_type_ == "NORP" and n.i > child.i), None)
        if child.dep_ == "poss" and child.lower_ in {"its", "their"}:
            speaker = clause_subject(platform.head if platform.dep_ == "nsubj" else platform)
            if speaker is not None and speaker.pos_ != "PRON" and speaker.i < child.i:
                return speaker
    return None


BELIEF_VERBS = frozenset({"believe", "think", "say", "suspect", "understand", "report"})
"""Participles that hedge whose a platform is: "warplanes believed to be Russian"."""
MUNITION_SUBJECTS = frozenset({"missile", "rocket", "shell", "mortar", "bomb"})
"""Munitions that may strike as a verb's subject ("a missile fired by the rebels hit ...")."""


def _side_of(tok: Token, lex: Lexicon) -> bool:
    return tok.ent_type_ not in {"GPE", "LOC"} and (
        actor_class(tok, lex) is not None or _owner(tok, lex) is not None
    )


def _defender(tok: Token, head: Token, lex: Lexicon) -> Token | None:
    """ "the Hashd repelled an attack on its positions": whose positions, when the incident
    is the object of another's verb, is that verb's subject (never the attacker's own)."""
    gov = head.head
    if head.pos_ != "NOUN" or head.dep_ not in {"dobj", "obj"} or tok.i == head.i:
        return None
    if lemma(gov) in lex.light_verbs or gov.lower_ in _light_forms(lex.light_verbs):
        return None  # "militants launched an attack on their old positions"
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
        return None
    subj = subject(gov)
    if subj is None or subj.pos_ == "PRON":
        return None
    return subj if is_actorish(subj, lex) or unnamed_group(subj) else None


def _counted(tok: Token, lex: Lexicon) -> bool:
    """ "a number of security officials": the counted people make ``tok`` an actor."""
    if tok.lower_ not in QUANTITY_HEADS:
        return False
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(g.dep_ == "pobj" and is_actorish(g, lex) for g in child.children)
    return False


def _armed(tok: Token, lex: Lexicon) -> bool:
    return actor_class(tok, lex) == "generic:armed" or (
        tok.ent_type_ == "ORG" and actor_class(tok, lex) is None
    )


def _claimant(head: Token) -> Token | None:
    """ "Al Shabaab claims attack": a trigger that is what was claimed names the claimant."""
    doc = head.doc
    i = head.i - 1
    while i >= head.sent.start and doc[i].lower_ in {"the", "a", "an", "this", "that", "twin"}:
        i -= 1
    gov = head.head if head.dep_ in {"dobj", "obj"} else None
    for verb in (v for v in (gov, doc[i] if i >= head.sent.start else None) if v is not None):
        if lemma(verb) == "claim" and verb.tag_ != "VBN":
            for child in verb.children:
                if child.dep_ == "nsubj":
                    return past_dateline(child)
    return None


def self_claim(verb: Token, speaker: Token, lex: Lexicon) -> bool:
    """ "Al Shabaab said it carried out the attack", "... that its fighters had carried out
    the bombings": an armed group that says it did the incident claims it."""
    return (
        verb.dep_ == "ccomp"
        and lemma(verb.head) in SAY_VERBS
        and speaker.head.i == verb.head.i
        and speaker.dep_ == "nsubj"
        and actor_class(speaker, lex) not in STATE_CLASSES
        and (speaker.ent_type_ in {"ORG", "PERSON", "NORP"} or _armed(speaker, lex))
    )


def _own_speaker(verb: Token, subj: Token, lex: Lexicon) -> Token | None:
    """The armed group that says its own fighters did the incident: "Al Shabaab said ...
    that its fighters had targeted the troops" (the verb, or the first of its conjuncts, is
    the said clause; the subject is "it", "they" or "its/their fighters")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    if first.dep_ != "ccomp":
        return None
    speaker = subject(first.head)
    if speaker is None or not self_claim(first, speaker, lex):
        return None
    # the subject read back to the speaker already ("its fighters" -> Al Shabaab), or not
    own = (
        subj.i == speaker.i
        or subj.lower_ in {"it", "they"}
        or any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children)
    )
    return speaker if own else None


INTO_TRAPS = frozenset({"fall", "run", "walk", "drive", "stumble", "blunder", "ride", "go"})
"""Verbs of going into an incident: "a convoy fell into an ambush" (the French "tomber dans
une embuscade"), "the patrol drove into a minefield": who goes in suffers it."""


def _under_attack(head: Token) -> list[tuple[ActorRole, Token]]:
    """ "a patrol came under attack by ISIS", "the post came under fire from militants", "a
    convoy fell into an ambush": the subject of "come under" (or of a verb of going "into")
    suffers the incident, the "by"/"from" phrase does it."""
    prep = head.head
    if head.dep_ != "pobj" or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = prep.head
    if prep.lower_ != "under" and not (
        prep.lower_ == "into" and (verb.lemma_ or "").lower() in INTO_TRAPS
    ):
        return []
    out: list[tuple[ActorRole, Token]] = []
    subj = subject(verb)
    if subj is not None:
        out += [(ActorRole.ACTOR2, t) for t in _with_conj(subj)]
    for by in (c for c in [*verb.children, *head.children] if c.dep_ == "prep"):
        if by.lower_ in {"by", "from"}:
            out += [(ActorRole.ACTOR1, g) for g in by.children if g.dep_ == "pobj"]
    return out


def _praised(tok: Token, lex: Lexicon) -> Token:
    """ "the heroes of our air force": the force the praise stands for."""
    if tok.lower_ not in HONORIFICS:
        return tok
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if is_actorish(g, lex):
                return g
    return tok


REPEL_VERBS = frozenset({"repel", "repulse"})
"""Verbs whose subject fought off the attack told as their object."""


def actors_of_trigger(head: Token, kind: str, lex: Lexicon) -> list[tuple[ActorRole, Token]]:
    """(role, head token) pairs read from the trigger's dependencies."""
    out: list[tuple[ActorRole, Token]] = []
    children = list(head.children)
    is_verb = head.pos_ in {"VERB", "AUX"} or head.tag_ in {"VBN", "VBD", "VBG"}
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "between":
            for g in (g for g in child.children if g.dep_ == "pobj"):
                out.append((ActorRole.ACTOR1, g))  # "clashes between X and Y"
                out += [(ActorRole.ACTOR2, c) for c in g.children if c.dep_ == "conj"]
    under = next(
        (g for c in children if c.dep_ == "prep" and c.lower_ == "under"
         for g in c.children if g.dep_ == "pobj"),
        None,
    )  # fmt: skip
    if is_verb and under is not None and lemma(head) in {"come", "came"}:
        # "a security patrol came under fire near al-Zara": the patrol suffers it
        return _admissible(_under_attack(under), head, kind, lex)
    if is_verb and lemma(head) in REPEL_VERBS:
        # "the Hashd repelled an attack by Daesh on its positions", "the army repelled an
        # attempt by the militia to infiltrate": who repels is the one attacked; the attack's
        # own "by" and "on" tell the rest
        subj = subject(head)
        out += [(ActorRole.ACTOR2, subj)] if subj is not None else []
        for child in children:
            if child.dep_ in {"dobj", "obj"}:
                out += actors_of_trigger(child, "event", lex)
        return out
    if is_verb:
        if head.dep_ in {"acl", "amod"} and kind in {"kill", "wound", "combined"}:
            out += [(ActorRole.ACTOR2, t) for t in _with_conj(head.head)]
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        told_toll = kind in {"kill", "wound", "combined"} and small_clause(head)
        if not passive and (gapped_passive(head) or reduced_passive(head) or told_toll):
            # "two were martyred and three others wounded": the second verb is passive too;
            # "About 5 soldiers killed in clashes" heading a title, "the statement reports two
            # soldiers killed": a passive
            passive = True
            for child in (c for c in children if c.dep_ == "nsubj"):
                out += [(ActorRole.ACTOR2, t) for t in _with_conj(child)]
        if not passive and passive_conj(head):
            # "were abducted by gunmen and later killed": the first verb's roles
            passive = True
            for child in head.head.children:
                real = past_dateline(child) if child.dep_ == "nsubjpass" else None
                out += [(ActorRole.ACTOR2, t) for t in _with_conj(real)] if real else []
                if child.dep_ == "agent":
                    out += [(ActorRole.ACTOR1, g) for g in child.children if g.dep_ == "pobj"]
        for child in children:
            if child.dep_ == "nsubjpass":
                real = past_dateline(child)
                if real is not None:
                    out += [(ActorRole.ACTOR2, t) for t in _with_conj(real)]
            elif child.dep_ == "agent":
                out += [(ActorRole.ACTOR1, _wielder(g)) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in {"dobj", "obj"} and kind != "kill_noun":
                out += [(ActorRole.ACTOR2, t) for t in _with_conj(child)]
                # "exchanged fire with members of the PMF": whom the fire was traded with
                out += [(ActorRole.ACTOR2, t) for t in _traded_with(child)]
            elif child.dep_ == "prep" and (
                child.lower_ in {"on", "against", "at"}
                or (child.lower_ == "with" and lemma(head) in CLASH_VERBS)
                or (child.lower_ == "to" and sets_fire(head))  # "set fire to six shops"
            ):
                out += [(ActorRole.ACTOR2, g) for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "prep" and kind == "explosion":
                # "a bomb went off near an army patrol", "exploded outside the union offices":
                # a force, its post or a building, not a place
                objs = blast_sites(child)
                out += [(ActorRole.ACTOR2, g) for g in objs if _side_of(g, lex) or is_property(g)]
        if passive and (kind in {"kill", "wound", "combined"} or lemma(head) in ARREST_LEMMAS):
            out += [(ActorRole.ACTOR1, f) for f in _reporting_force(head, lex)]
            out += [(ActorRole.ACTOR1, f) for f in _operating_force(head, lex)]
        if (kind in {"kill", "wound"} or lemma(head) in CAPTIVE_VERBS) and not any(
            c.dep_ in {"dobj", "obj", "nsubjpass"} for c in children
        ):
            out += [(ActorRole.ACTOR2, t) for t in stranded_object(head)]
        takers = receivers(head)
        out += [(ActorRole.ACTOR1, r) for r in takers]
        if not passive:
            subj = subject(head)
            subj = _operator(subj) or subj if subj is not None else None
            if subj is not None:
                # "the guard died": who dies suffers the event, never does it; who hands
                # ground over gives it up to the one who takes it (ACLED's actor 1)
                undergoer = head.lower_ in DEATH_VERBS or bool(takers) or _loses_life(head)
                out.append((ActorRole.ACTOR2 if undergoer else ActorRole.ACTOR1, subj))
                speaker = _own_speaker(head, subj, lex) if not undergoer else None
                if speaker is not None:
                    # "Al Shabaab said that its fighters had targeted ...": its claim
                    out += [(ActorRole.ACTOR1, speaker), (ActorRole.CLAIMED_BY, speaker)]
    else:
        out += [(ActorRole.ACTOR1, f) for f in _announcer(head, lex)]
        out += [(ActorRole.ACTOR1, f) for f in _proceeder(head)]
        for child in children:
            if child.dep_ in {"compound", "poss", "amod", "nmod"} and child.ent_type_ not in {
                "DATE",
                "TIME",
                "GPE",
                "LOC",
                "FAC",
            }:
                if lemma(child) in PLATFORMS and _phrase_bounds(child)[0] == child.i:
                    continue  # "a helicopter raid": how, not who
                if _descriptive(child, lex):
                    continue  # "a terrorist attack": what kind, not who
                suffered = child.dep_ == "poss" and lemma(head) in SUFFERED
                out.append((ActorRole.ACTOR2 if suffered else ActorRole.ACTOR1, child))
            elif child.dep_ == "prep" and child.lower_ == "by":
                out += [(ActorRole.ACTOR1, g) for g in child.children if g.dep_ == "pobj"]
            elif (child.dep_ == "prep" and child.lower_ == "with" and kind == "event") or (
                child.dep_ == "prep"
                and child.lower_ in {"on", "against", "targeting", "at"}
                and not (child.lower_ == "on" and lemma(head.head) in BLAME_VERBS)
            ):
                # "raids on the dens and hideouts of the Daesh terrorists": each one aimed at
                out += [
                    (ActorRole.ACTOR2, t)
                    for g in child.children
                    if g.dep_ == "pobj"
                    for t in _with_conj(g)
                ]
            elif child.dep_ == "prep" and child.lower_ in {"of", "in"}:
                # "the arrest of five terrorists", "the bombing of a crowded market", but
                # "the attacks of the remnants of Daesh" are theirs
                for g in (g for g in child.children if g.dep_ == "pobj"):
                    if child.lower_ == "of" and kind in {"attack", "explosion"} and _armed(g, lex):
                        if head.tag_ != "NNS":  # "the attacks of X" are a pattern
                            out.append((ActorRole.ACTOR1, g))
                    elif toll_keeper(g):
                        continue  # "a provisional toll of the Civil Protection": who counted
                    elif (is_site(g) and violent(head, kind)) or child.lower_ == "of":
                        out.append((ActorRole.ACTOR2, g))
            elif child.dep_ == "acl":
                for g in child.children:
                    if g.dep_ == "agent":
                        claim = lemma(child) == "claim"
                        role = ActorRole.CLAIMED_BY if claim else ActorRole.ACTOR1
                        if lemma(child) in SUFFERING_VERBS:
                            role = ActorRole.ACTOR2  # "the deadliest attack suffered by the army"
                        out += [(role, p) for p in g.children if p.dep_ == "pobj"]
                    elif g.dep_ in {"dobj", "obj"}:
                        out.append((ActorRole.ACTOR2, g))
                    elif g.dep_ == "prep" and g.lower_ in PLACED_AT and lemma(child) in PLANT_VERBS:
                        # "bombs placed near the power poles": what the device was set against
                        out += [(ActorRole.ACTOR2, p) for p in g.children if is_property(p)]
        out += [(ActorRole.ACTOR1, g) for g in _authors(head)]
        out += [(ActorRole.ACTOR2, g) for g in aimed_at(head)]  # "bombs thrown at a car"
        out += _under_attack(head)
        counted = series_of(head)
        gov = counted.head
        claimant = _claimant(head)
        if claimant is not None:
            out.append((ActorRole.CLAIMED_BY, claimant))
        elif counted.dep_ in {"dobj", "obj"} and (
            lemma(gov) in lex.light_verbs
            or gov.lower_ in _light_forms(lex.light_verbs)
            or device_setter(counted)
        ):
            subj = subject(gov)
            if subj is not None:
                out.append((ActorRole.ACTOR1, subj))
                if self_claim(gov, subj, lex):
                    out.append((ActorRole.CLAIMED_BY, subj))
            # "carried out a series of strikes on 2 September on suspected ISIS hideouts": the
            # parser hangs what the strikes were aimed at on the light verb (a side or what a
            # side holds; "on the village of Liheban" is where, told by the places)
            out += [
                (ActorRole.ACTOR2, t)
                for prep in gov.children
                if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS and prep.i > counted.i
                for g in prep.children
                if g.dep_ == "pobj"
                for t in _with_conj(g)
                if t.lower_ not in lex.designators and t.ent_type_ not in PLACE_ENT_TYPES
            ]
    out += [(ActorRole.ACTOR1, t) for t in perpetrators(head)]
    if not any(role == ActorRole.ACTOR1 for role, _ in out):
        out += [(ActorRole.ACTOR1, t) for t in _fought_first(head)]
    out += _feuding(head, out, lex)
    out += [(ActorRole.BLAMED, t) for t in accused(head)]
    if kind in {"territory", "capture"} or lemma(head) in TAKING_BACK:
        out += [(ActorRole.ACTOR2, t) for t in withdrawn(head)]
        out += [(ActorRole.ACTOR2, t) for t in taken_from(head)]
    if kind not in {"kill", "wound", "combined", "weak"}:
        out += [(ActorRole.CLAIMED_BY, t) for t in passive_claims(head)]
    return _admissible(out, head, kind, lex)


TWO_SIDES = frozenset({"two", "both", "rival", "feuding", "warring"})
"""Words that make one plural noun both sides of a fight: "two clans", "rival tribes"."""
INTO_VERBS = frozenset({"turn", "escalate", "develop", "degenerate", "descend", "spiral"})
"""Verbs of a quarrel that became the fight: "a dispute between two clans turned into an
exchange of fire"."""


def _two_sided(tok: Token, lex: Lexicon) -> bool:
    """ "two clans", "the rival tribes": clans or tribes that are both sides of the fight."""
    return actor_class(tok, lex) == "generic:communal" and any(
        c.dep_ in {"nummod", "amod", "det", "predet"} and c.lower_ in TWO_SIDES
        for c in tok.children
    )


def _feuding(
    head: Token, found: Sequence[tuple[ActorRole, Token]], lex: Lexicon
) -> list[tuple[ActorRole, Token]]:
    """Clans or tribes that fought each other are both sides (ACLED's communal militias on
    either side): "an armed clash between two clans", "the same two clans clashed", "a
    dispute between two clans turned into an exchange of fire". The dead of such a fight
    are the clans' own men, not civilians in its way."""
    sides = [t for role, t in found if role == ActorRole.ACTOR1 and _two_sided(t, lex)]
    if not sides and head.dep_ == "pobj" and head.head.lower_ == "into":
        verb = head.head.head
        quarrel = subject(verb) if lemma(verb) in INTO_VERBS else None
        sides = [
            g
            for prep in (quarrel.children if quarrel is not None else ())
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for g in prep.children
            if g.dep_ == "pobj" and _two_sided(g, lex)
        ]
    return [(role, t) for t in sides[:1] for role in (ActorRole.ACTOR1, ActorRole.ACTOR2)]


AIMED_PREPS = frozenset({"on", "against", "targeting"})
"""Prepositions of what an attack told as a light verb's object was aimed at."""
PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
"""Entity types of where and when, never of who."""
SUFFERING_VERBS = frozenset({"suffer", "sustain", "endure", "experience", "incur"})
"""Verbs whose agent underwent the incident: "the worst attack suffered by the army"."""
TAKING_BACK = frozenset({"retake", "retook", "regain", "recover", "liberate", "recapture"})
"""Verbs of ground taken back (the "regain" triggers, typed events): who held it is actor 2."""

CAPTIVE_VERBS = frozenset({"arrest", "detain", "apprehend", "kidnap", "abduct", "capture"})
"""Verbs whose object is the people taken: the counted noun after them is that object even
when the parser hangs it elsewhere."""

_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "on"})


def _place_antecedent(orig: Token, tok: Token) -> bool:
    """ "which"/"that" standing for the place named after a locative preposition: a town
    does not kill, so the relative clause's subject is the incident, never an actor."""
    return (
        tok.i != orig.i
        and orig.lower_ in {"which", "that"}
        and tok.dep_ == "pobj"
        and tok.head.lower_ in _LOCATIVE
        and tok.ent_type_ in {"GPE", "LOC", "FAC", ""}
    )


def _in_lexicon_span(tok: Token, label: str) -> bool:
    """Whether ``tok`` lies in a span of the lexicon labelled ``label``."""
    return any(start <= tok.i < end for start, end in lexicon_spans(tok.doc, label))


def _in_a_date(tok: Token) -> bool:
    """ "on Friday, 8 Mizan 1401": the month of a date the rules read, with its day number,
    is no count of people."""
    return _in_lexicon_span(tok, "DATE_EXTRA")


def _admissible(
    out: list[tuple[ActorRole, Token]], head: Token, kind: str, lex: Lexicon
) -> list[tuple[ActorRole, Token]]:
    """The pairs that name actors: a target that is no actor yields its owner, a public
    place stands for the civilians in it, a count for the people counted."""
    allowed: list[tuple[ActorRole, Token]] = []
    for role, orig in out:
        tok = _coalition_of(_praised(relative_antecedent(orig), lex), lex)
        if section_label(tok) or in_dateline(tok):
            continue
        if role != ActorRole.ACTOR2 and _place_antecedent(orig, tok):
            continue  # "the power station in Huancayo, which killed two guards": the blast did
        if role == ActorRole.ACTOR1 and tok.lower_ in ANAPHORIC:
            continue  # "two others": more victims, never the attacker
        if role == ActorRole.ACTOR1 and tok.pos_ == "PRON" and pronoun_antecedents(tok):
            # "Terrorists stormed the town. They dynamited the bridge.": the band named before
            band = next((t for t in pronoun_antecedents(tok) if _band(t, lex)), None)
            allowed += [(role, band)] if band is not None else []
            continue
        if is_actorish(tok, lex, allow_gpe=role != ActorRole.ACTOR2) or _counted(tok, lex):
            allowed.append((role, tok))
            band = _band_named(tok, lex) if role == ActorRole.ACTOR1 else None
            allowed += [(role, band)] if band is not None else []
            allowed += [(role, c) for c in _clan_of(tok, lex)]
            if role == ActorRole.ACTOR2 and tok.ent_type_ == "PERSON":
                allowed += [(role, a) for a in _member_of(tok, lex)]
            if role == ActorRole.ACTOR2:  # "the two italians, roberto roascio and ..."
                allowed += [(role, n) for n in names_beside(tok, lex)]
            continue
        if role in {ActorRole.ACTOR1, ActorRole.CLAIMED_BY} and (
            unnamed_group(tok) or _named_perpetrator(tok)
        ):
            allowed.append((role, tok))
            continue
        if role == ActorRole.ACTOR1 and tok.dep_ == "poss" and tok.lower_ in {"their", "its"}:
            # "commanders announced their splitting from the Legion": whose is the clause's
            subj = clause_subject(tok)
            if (
                subj is not None
                and subj.pos_ != "PRON"
                and (is_actorish(subj, lex) or unnamed_group(subj))
            ):
                allowed.append((role, subj))
            continue
        side = _side_of_part(tok, lex) if role == ActorRole.ACTOR1 and tok.i == orig.i else None
        if side is not None:
            # "the aviation of the army bombed", "the air defences of the National Army shot
            # down": the side the part belongs to
            allowed.append((role, side))
            continue
        own = [c for c in tok.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < tok.i]
        if role == ActorRole.ACTOR1 and tok.i != orig.i and any(is_actorish(c, lex) for c in own):
            # "the US special forces raid that killed ...": whose raid did the killing
            allowed += [(role, c) for c in own if is_actorish(c, lex)]
            continue
        if role == ActorRole.ACTOR1 and (tok.i != orig.i or tok.dep_ in {"dobj", "obj"}):
            # "the coalition carried out a landing on February 9, which killed ...": the
            # one who carried it out
            subj = governing_subject(tok)
            if subj is not None and is_actorish(subj, lex, allow_gpe=True):
                allowed.append((role, subj))
            continue
        if role != ActorRole.ACTOR2:
            continue
        if lemma(head) in PERSON_HARMS and name_like(tok, lex):
            allowed.append((role, tok))  # "the murder of hector oqueli colindres"
            continue
        owner = _owner(tok, lex) or _defender(tok, head, lex)
        if owner is not None:
            allowed.append((role, owner))
            if is_property(tok) and violent(head, kind) and hit(tok, head, kind):
                allowed.append((role, tok))  # "bombed the judge's house": the house was hit
        elif (is_site(tok) or is_property(tok)) and violent(head, kind) and hit(tok, head, kind):
            allowed.append((role, tok))
            allowed += [(role, p) for p in carried(tok) if is_actorish(p, lex)]
    return allowed


FIRE_WORDS = frozenset({"fire", "gunfire", "shots", "bullets"})
"""What two sides trade in a gunfight ("exchanged fire with the militants")."""


def _traded_with(obj: Token) -> list[Token]:
    """The other side of fire exchanged: the object of "with" on "fire" ("exchanged fire
    with members of the Popular Mobilization Forces and security forces")."""
    if obj.lower_ not in FIRE_WORDS or lemma(obj.head) != "exchange":
        return []
    return [
        t
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
        for t in _with_conj(g)
    ]


def _band_named(tok: Token, lex: Lexicon) -> Token | None:
    """The named side that men of no name come from: "Gunmen from Sadr's Saraya al-Salam
    militia", "fighters from the Wagner Group", "militiamen of the Cooperative for the
    Development of Congo (CODECO)"; not a place ("gunmen from the village")."""
    if actor_class(tok, lex) not in {"generic:armed", "generic:military"}:
        return None
    end = _phrase_bounds(tok)[1]
    for child in tok.children:
        if child.dep_ != "prep" or child.lower_ not in {"from", "of"}:
            continue
        if child.lower_ == "of" and child.i < end:
            continue  # "a commando of the Tupac Amaru movement": already the men's own phrase
        for g in child.children:
            if (
                g.dep_ == "pobj"
                and g.ent_type_ not in PLACE_ENT_TYPES
                and (g.ent_type_ in {"ORG", "NORP"} or org_name(g) or _named(g))
            ):
                return g
            if g.dep_ == "pobj" and child.lower_ == "of" and g.pos_ == "PROPN":
                # "the Cooperative for the Development of Congo (CODECO)": a name the tagger
                # cut, known by the acronym in brackets that closes it
                acronym = _bracketed_acronym(g, tok.right_edge.i)
                if acronym is not None:
                    return acronym
    return None


def _bracketed_acronym(name: Token, end: int) -> Token | None:
    """The acronym in brackets among the words from ``name`` to ``end`` (the parser may hang
    the name's last words on the men, not on the name)."""
    doc = name.doc
    for tok in doc[name.i : end + 1]:
        if (
            tok.is_upper
            and tok.is_alpha
            and len(tok) > 1
            and 0 < tok.i < len(doc) - 1
            and doc[tok.i - 1].text == "("
            and doc[tok.i + 1].text == ")"
        ):
            return tok
    return None


def _clan_of(tok: Token, lex: Lexicon) -> list[Token]:
    """The clan or tribe that men of no name belong to: "nine men from the two clans",
    "gunmen of the Albu Mahal tribe"."""
    if actor_class(tok, lex) not in {"generic:civilian", "generic:armed"}:
        return []
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}]
    if tok.dep_ in {"dobj", "obj"}:  # the parser hangs "from the two clans" on "arrested"
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [
        g
        for prep in preps
        for g in prep.children
        if g.dep_ == "pobj" and actor_class(g, lex) == "generic:communal"
    ]


COALITION_WORDS = frozenset({"coalition", "alliance"})
"""Words of a union of sides, which the resolver reads as the international coalition."""


def _coalition_of(tok: Token, lex: Lexicon) -> Token:
    """ "an attack by a coalition of armed terrorist groups": the groups, not the
    international coalition the word alone names."""
    if tok.lower_ not in COALITION_WORDS:
        return tok
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and actor_class(g, lex) == "generic:armed":
                    return g
    return tok


def _side_of_part(tok: Token, lex: Lexicon) -> Token | None:
    """The side whose part a subject that is no actor names: "the aviation of the army",
    "the air component of Operation Hadin Kai", "the army's air defences"; never a place
    ("the outskirts of Dhiban") or a name the tagger knows ("Shelling by Government of Syria
    forces": the forces)."""
    if tok.ent_type_ or tok.dep_ not in {"nsubj", "pobj"}:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ != "by":
        return None
    for child in tok.children:
        # whose part: "of" the side, or the side's ("the army's aviation"); not a word
        # before it ("police jawans" are the police, whatever the verb did to them)
        if child.dep_ == "prep" and child.lower_ == "of":
            return next(
                (g for g in child.children if g.dep_ == "pobj" and is_actorish(g, lex)), None
            )
        if child.dep_ == "poss" and child.pos_ != "PRON" and is_actorish(child, lex):
            return child
    return None


OPERATION_WORDS = frozenset({"operation", "operations", "encounter"})
"""What a force calls the action in which it killed: "in an intelligence-based operation"."""


ARREST_LEMMAS = frozenset({"arrest", "detain", "apprehend", "nab"})
"""Arrests, which the force or agency that announces them made."""


def _force_speaker(gov: Token, lex: Lexicon) -> Token | None:
    """The subject of a saying verb when it is a force or a body ("the ISPR", "police",
    "the Internal Security Command"), never a person or a pronoun."""
    if lemma(gov) not in SAY_VERBS:
        return None
    speaker = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    # a force, not an official: an official reporting an operation did not fight it
    force = speaker.ent_type_ == "ORG" or actor_class(speaker, lex) in FORCE_CLASSES
    return speaker if force else None


PROCEED_VERBS = frozenset({"proceed", "resort"})
"""Verbs by which translated French says a force did an act: "the FDS proceeded to the
arrest of nine individuals" (procéder à l'arrestation), "resorted to the use of force"."""


def _proceeder(noun: Token) -> list[Token]:
    """ "the FDS proceeded on Wednesday to the arrest of nine individuals": who proceeded to
    the act did it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"to", "with"} or prep.head.i == prep.i:
        return []
    verb = prep.head
    if lemma(verb) not in PROCEED_VERBS:
        return []
    subj = subject(verb)
    return [subj] if subj is not None else []


def _announcer(noun: Token, lex: Lexicon) -> list[Token]:
    """ "the Internal Security Command announced on Tuesday the arrest of a cell": who
    announces an arrest made it."""
    if lemma(noun) not in ARREST_LEMMAS or noun.dep_ not in {"dobj", "obj"}:
        return []
    speaker = _force_speaker(noun.head, lex)
    return [speaker] if speaker is not None else []


def _reporting_force(verb: Token, lex: Lexicon) -> list[Token]:
    """ "the ISPR said, in an intelligence-based operation in the Darazinda area on Monday
    night 17 terrorists were killed": militants killed, with no word of by whom, in the
    operation of the force or the body that reports it, were killed by that force. A monitor
    that reports deaths in no operation of its own ("17 fighters were killed in clashes, the
    Observatory said") names no attacker. People arrested are the reporting force's arrests
    ("Police said four suspected informants were arrested")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    if verb.dep_ not in {"ccomp", "parataxis"}:
        return []
    speaker = _force_speaker(verb.head, lex)
    if speaker is None:
        return []
    if lemma(verb) in ARREST_LEMMAS:
        return [speaker]
    if not _armed_dead(verb, lex):
        return []
    operation = any(
        c.dep_ == "prep" and c.lower_ in {"in", "during"} and g.lower_ in OPERATION_WORDS
        for c in verb.children
        for g in c.children
        if g.dep_ == "pobj"
    )
    return [speaker] if operation else []


def _armed_dead(verb: Token, lex: Lexicon) -> bool:
    """Whether the passive verb's subjects are all armed men ("17 terrorists were killed")."""
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(victims) and all(actor_class(v, lex) == "generic:armed" for v in victims)


def _operating_force(verb: Token, lex: Lexicon) -> list[Token]:
    """ "own troops engaged the khwarij location and, after an intense exchange of fire, six
    khwarij were sent to hell", "security forces conducted an operation in the Spinwam area,
    during which six khwarij were sent to hell": militants killed, with no word of by whom,
    in the clause that follows a force's own action or in the operation it conducted, were
    killed by that force."""
    if any(c.dep_ == "agent" for c in verb.children) or not _armed_dead(verb, lex):
        return []
    acting: Token | None = None
    if verb.dep_ in {"advcl", "conj"}:
        acting = verb.head
    elif verb.dep_ == "relcl" and any(
        c.dep_ == "prep"
        and c.lower_ in {"during", "in"}
        and any(g.lower_ == "which" for g in c.children)
        for c in verb.children
    ):
        # "an operation in the Spinwam area on the night of January 26, during which": the
        # parser may hang the clause on the last noun, so the operation is looked for
        operation = next(
            (
                t
                for t in reversed(verb.doc[verb.sent.start : verb.i])
                if t.lower_ in OPERATION_WORDS
            ),
            None,
        )
        if operation is not None and operation.dep_ in {"dobj", "obj"}:
            acting = operation.head
    if acting is None or acting.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in acting.children):
        return []
    subj = subject(acting)
    return [subj] if subj is not None and actor_class(subj, lex) in FORCE_CLASSES else []


def _loses_life(verb: Token) -> bool:
    """ "two elements of the Civil Guard lost their life": who loses a life died."""
    return lemma(verb) == "lose" and any(
        c.dep_ in {"dobj", "obj"} and c.lower_ in LIFE_WORDS for c in verb.children
    )


def _named_perpetrator(tok: Token) -> bool:
    """ "the massacre perpetrated by the 3R": a name that perpetrated or carried out the
    incident is an actor whatever the NER took it for (here a PRODUCT), unless a place or
    a time."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ not in PLACE_ENT_TYPES | {"CARDINAL"}
        and tok.dep_ == "pobj"
        and tok.head.dep_ == "agent"
        and lemma(tok.head.head) in AUTHOR_VERBS
    )


def _authors(head: Token) -> list[Token]:
    """ "the murder, which was planned and perpetrated by professionals": the "by" phrase of
    a relative clause that says who did the incident ``head`` names. A clause the parser hung
    on the incident's date or place ("the murder on monday, which was perpetrated by") is the
    incident's all the same: no day or town is perpetrated."""
    hosts = [t for t in head.subtree if t.i == head.i or t.ent_type_ in UNAUTHORED]
    clauses = [c for t in hosts for c in t.children if c.dep_ == "relcl"]
    verbs = [v for c in clauses for v in (c, *(g for g in c.children if g.dep_ == "conj"))]
    return [a for v in verbs if lemma(v) in AUTHOR_VERBS | PLANT_VERBS for a in agents(v)]


def _band(tok: Token, lex: Lexicon) -> bool:
    """An armed band, a force or an organisation: who "they" may be when they attack."""
    start, end = _phrase_bounds(tok)
    return actor_label(tok, start, end, lex) in BANDS


def _member_of(person: Token, lex: Lexicon) -> list[Token]:
    """ "Ahmed Jasim, a commander of Asaib Ahl al-Haq": the side a named victim is on, from a
    description in apposition that names an organisation."""
    out = []
    for appos in (c for c in person.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        start, end = _phrase_bounds(appos)
        if actor_label(appos, start, end, lex) == "ORG":
            out.append(appos)
    return out


def _descriptive(mod: Token, lex: Lexicon) -> bool:
    """ "a terrorist attack", "a guerrilla ambush": a bare singular noun of an armed class
    before a trigger says what kind of incident it was, and names nobody ("the rebels'
    attack", "an FMLN attack" do)."""
    return (
        mod.dep_ in {"compound", "amod"}
        and mod.tag_ in {"NN", "JJ"}
        and mod.ent_type_ == ""
        and not list(mod.children)
        and actor_class(mod, lex) == "generic:armed"
    )


def mentions(pairs: Iterable[tuple[ActorRole, Token]], lex: Lexicon) -> list[ActorMention]:
    seen: set[tuple[str, str]] = set()
    out: list[ActorMention] = []
    for role, tok in pairs:
        if _nobody(tok) or _in_a_date(tok):
            continue  # "no group has claimed the attack": nobody, not an actor
        m = _mention(tok, role, lex)
        key = (m.text.lower(), role.value)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _nobody(tok: Token) -> bool:
    """ "No group", "no one", "nobody", "none of the factions": a phrase that denies there
    is anyone in the role."""
    if tok.lower_ in {"nobody", "none", "noone"}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _named(tok: Token) -> bool:
    """ "The Islamic State organization", "the Shabaab movement": a common noun that a name
    modifies."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or (
        tok.ent_type_ in {"ORG", "NORP"}
    )


def claims_and_blame(
    doc: Doc, spans: Sequence[SpacySpan], lex: Lexicon
) -> list[tuple[ActorRole, Token]]:
    """CLAIMED_BY from "X claimed responsibility", BLAMED from "attributed to X" / "blamed on X"."""
    out: list[tuple[ActorRole, Token]] = []
    for span in spans:
        verb = span[0]
        if span.label_ == "CLAIM":
            subj = subject(verb)
            if subj is not None and (
                is_actorish(subj, lex, allow_gpe=True) or subj.pos_ == "PROPN" or _named(subj)
            ):
                out.append((ActorRole.CLAIMED_BY, subj))
        elif span.label_ == "BLAME":
            found: list[Token] = []
            for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"}):
                if prep.lower_ == "to" or (prep.lower_ == "on" and lemma(verb) in BLAME_VERBS):
                    # "blamed on the rebels", never "accused ... on Friday"
                    found += [
                        g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in TIMES
                    ]
            if not found:
                found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            out += [
                (ActorRole.BLAMED, t)
                for t in found
                if is_actorish(t, lex, allow_gpe=True) or t.pos_ == "PROPN"
            ]
    return out


INSTRUMENTS = frozenset({
    "bullet", "bullets", "shrapnel", "gunfire", "fire", "shell", "shells", "rocket", "rockets",
    "mortar", "mortars", "missile", "missiles", "drone", "drones", "mine", "mines", "bomb",
    "bombs", "grenade", "grenades", "artillery", "shelling",
})  # fmt: skip
"""What an agent phrase may name in place of its wielder: "killed by the bullet of a sniper"."""


def _wielder(agent: Token) -> Token:
    """ "killed by the bullet of a sniper of the Houthi militia" -> the militia; "killed by
    Houthi sniper bullet" -> Houthi: who fired the weapon the agent phrase names (the last
    "of" in its chain, else a group's name before it); any other agent is itself."""
    if agent.lower_ not in INSTRUMENTS:
        return agent
    chain, cur = [], agent
    while (nxt := next((g for p in cur.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"), None)) is not None:  # fmt: skip
        chain.append(nxt)
        cur = nxt
    wielders = [t for t in chain if t.lower_ not in INSTRUMENTS]  # "shrapnel of a shell"
    if wielders:
        return wielders[-1]
    named = [t for t in agent.subtree if t.i < agent.i and t.ent_type_ in {"ORG", "NORP"}]
    return named[-1] if named else agent


FIGHTING_NOUNS = frozenset({"fighting", "clash", "clashes", "battle", "battles", "combat"})
AFTER_WORDS = frozenset({"after", "following", "amid"})
TAKING_VERBS = frozenset({
    "occupy", "enter", "take", "seize", "capture", "retake", "regain", "storm", "overrun",
    "recapture", "control", "liberate",
})  # fmt: skip


def _fought_first(head: Token) -> list[Token]:
    """ "The M23 occupied Bunagana after two days of fighting with the army", "the RSF
    entered the city after clashes with the army": who took the town fought for it (the
    subject of the clause the fighting is told in)."""
    if head.lower_ not in FIGHTING_NOUNS or head.dep_ != "pobj":
        return []  # a noun where a preposition governs it ("fighting" may be tagged a verb)
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "two days of fighting"
    if node.dep_ != "pobj" or node.head.lower_ not in AFTER_WORDS:
        return []
    verb = node.head.head
    if verb.pos_ not in {"VERB", "AUX"} or lemma(verb) not in TAKING_VERBS:
        return []  # "the soldiers withdrew after hours of fighting": not the attackers
    subj = subject(verb)
    return [subj] if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else []
