"""Why a trigger is not an event: statement, threat, plan/prevention, hypothetical, negated,
habitual/generic. Pure functions over a parsed sentence; the cue words live in ``cues.yaml``.

The walk goes from the trigger up its dependency ancestors to the clause root. A reporting verb
("said", "announced", "confirmed") ends the walk: what a source reports is read as fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sitrep.extract.arguments import actors_of_trigger, mentions
from sitrep.extract.casualties import COUNT_NOUNS
from sitrep.extract.coref import MONTHS
from sitrep.extract.entries import unopposed_entry
from sitrep.extract.extensions import doc_text
from sitrep.extract.frames import Frame
from sitrep.extract.generic_cues import (
    PERFORM_LEMMAS,
    generic_beside_trigger,
    wave_carried_out,
)
from sitrep.extract.lexicon import Lexicon, TriggerSpec
from sitrep.extract.names import name_like
from sitrep.extract.place_cues import home_place, place_of_care, place_of_escape
from sitrep.extract.places_dates import tokens_of
from sitrep.extract.ruler import lexicon_roots
from sitrep.extract.targets import PROPERTY_LABELS
from sitrep.extract.token_scan import between, lowered_in, remember
from sitrep.extract.trigger_words import FORCE_CLASSES
from sitrep.extract.victim_syntax import nationwide, over_a_period
from sitrep.model import ActorRole, DateMention, SubEventType

__all__ = [
    "REASONS",
    "another_incidents_day",
    "armed_damage",
    "comparison_period",
    "harmed_named",
    "held_then_killed",
    "home_place",
    "is_plural_bare",
    "more_victims",
    "news_it_follows",
    "non_event_reason",
    "opens_on_earlier",
    "place_of_care",
    "place_of_escape",
    "prevented_blast",
    "repeats_target",
    "since_when",
    "state_of_people",
    "victims_again",
]

DAMAGE_KEYS = frozenset({"damage"})
ARMED_LABELS = frozenset({"generic:armed", "ORG"})
HARMLESS_LEMMAS = frozenset({"die", "dead", "death", "hurt", "perish", "succumb", "martyr"})
"""Casualty verbs that say someone died or was hurt, not that anyone harmed them."""

LOSS_REPORTS = frozenset({"deplore", "regret"})
"""Statement verbs whose object is the dead and wounded a side reports as its losses."""
REASONS: dict[str, str] = {
    "statement": "statement",
    "threat": "threat",
    "plan": "plan/prevention",
    "hypothetical": "hypothetical",
    "negated": "negated",
    "habitual": "habitual/generic",
    "trend": "habitual/generic",
}
CASUALTY_KINDS = frozenset({"kill", "wound", "combined"})
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll"})
VERB_POS = frozenset({"VERB", "AUX"})
CASUALTY_LEMMAS = frozenset({"kill", "wound", "injure"})
TOLL_WORDS = frozenset({"toll", "death", "casualty", "fatality"})
RANKS = frozenset(
    {"commander", "chief", "head", "officer", "minister", "director", "governor", "general"}
)
CUMULATIVE_SUBJECTS = frozenset(
    {"campaign", "war", "conflict", "operation", "violence", "insurgency", "fighting", "offensive"}
)
RECORDING_VERBS = frozenset({"document", "record", "count", "register", "log", "tally", "verify"})
"""What a monitor does to the incidents it counts: "documented 41 assassination attempts"."""
MUNITIONS = frozenset(
    {"bomb", "shell", "rocket", "missile", "mortar", "grenade", "projectile", "explosive",
     "munition", "round"}
)  # fmt: skip
"""What is dropped or falls when it is delivered: "helicopters dropped barrel bombs", "shells
fell on the market" are strikes, not a trend (unlike "attacks dropped sharply")."""
DELIVERY_ROLES = {"drop": frozenset({"dobj", "obj", "nsubjpass"}), "fall": frozenset({"nsubj"})}
NATURAL_CAUSES = frozenset(
    {"earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "floodwater", "storm",
     "cyclone", "typhoon", "hurricane", "tornado", "tsunami", "landslide", "landslip", "mudslide",
     "avalanche", "lightning", "heatwave", "drought", "wildfire", "eruption", "accident",
     "epidemic", "cholera"}
)  # fmt: skip
"""What kills without anyone doing it: "an earthquake struck off the coast, killing two
people", "were killed in a road accident" is no political violence."""

"""Verbs of a munition's delivery and the dependency the munition takes under each."""
ATTRIBUTION_LEMMAS = frozenset({"accuse", "accusation", "charge", "convict", "sentence"})
FINDING_VERBS = frozenset({"show", "find", "indicate", "suggest", "reveal", "estimate"})
STATISTIC_SUBJECTS = frozenset(
    {
        "data",
        "datum",
        "statistic",
        "statistics",
        "figure",
        "study",
        "survey",
        "analysis",
        "database",
        "tally",
    }
)
INQUIRY_LEMMAS = frozenset({"investigate", "probe", "inquiry", "enquiry", "investigation"})
LOOSE_ARREST_VERBS = frozenset({"hold", "held", "pick"})
"""Arrest verbs that are arrests only when people are held ("held", "picked up")."""
TIMES_OF_DAY = frozenset({"dawn", "dusk", "night", "midnight", "noon", "midday", "daybreak"})
CAPTIVE_STATES = frozenset({"gunpoint", "ransom", "bay", "knifepoint", "captive", "hostage"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom"})
SEVERITY_OBJECTS = frozenset({"life", "nonlife"})
GROUP_NOUNS = frozenset(
    {
        "group",
        "faction",
        "militia",
        "organization",
        "organisation",
        "movement",
        "insurgency",
        "force",
        "cell",
        "network",
    }
)


def _fired_at_a_time(trigger: Span) -> bool:
    """ "fired at around 9:30 pm", "fired at dawn": "at" gives the hour, not the target."""
    if trigger[-1].lower_ != "at" or trigger.end >= len(trigger.doc):
        return False
    after = trigger.doc[trigger.end]
    return (
        after.ent_type_ in {"TIME", "DATE"}
        or after.like_num
        or after.lower_ in {"around", "about", "approximately", "roughly", "least"}
        or after.lower_ in TIMES_OF_DAY
    )


def _marched_off(verb: Token) -> bool:
    """ "marched the children into the bush", "the captives were marched away": people driven
    on foot by others; a protest march takes no object."""
    if _lemma(verb) != "march" or verb.pos_ not in VERB_POS:
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return any(c.dep_ == "dobj" for c in verb.children)


ARMED_SIDES = frozenset({"generic:armed", "generic:military", "generic:police", "ORG"})
MARCHING_FORCES = frozenset(
    {"column", "convoy", "patrol", "unit", "battalion", "troop", "soldier", "fighter",
     "militant", "gunman", "militiaman", "rebel", "insurgent", "jihadist"}
)  # fmt: skip


def _troops_marching(verb: Token) -> bool:
    """ "the column of about 80 soldiers was marching from Ywathit towards the river", "troops
    marched into the town": a force on the move, not a protest march."""
    if _lemma(verb) != "march" or verb.pos_ not in VERB_POS:
        return False
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subj] + [
            g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        ]
        if any(_lemma(h) in MARCHING_FORCES for h in heads):
            return True
    return False


def _confronts_armed(verb: Token, lex: Lexicon) -> bool:
    """ "they confronted with the Defence and Security Forces": fought an armed side (forces,
    an army, a named group), not "were confronted with the evidence"."""
    return any(
        g.dep_ == "pobj"
        and (
            lex.actor_classes.get(g.lower_) in ARMED_SIDES
            or lex.actor_classes.get(_lemma(g)) in ARMED_SIDES
            or g.ent_type_ in {"ORG", "NORP"}
        )
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
    )


CUSTODIANS = frozenset(
    {"authorities", "authority", "police", "court", "courts", "judiciary", "prosecutor",
     "prosecutors", "prosecution", "family", "families", "relatives", "icrc", "custody"}
)  # fmt: skip
"""Those who receive people, never ground: "handed over to the competent authorities"."""
PERSONAL = frozenset({"he", "she", "him", "her", "who", "whom"})
"""Pronouns that can only stand for people."""


def _handed_people(trigger: Span, lex: Lexicon) -> bool:
    """ "they were handed over to the competent authorities", "handed the bodies over to the
    families": people (or their remains) given into someone's custody, not a handover of
    ground."""
    verbs = [t for t in trigger if _lemma(t) == "hand" and t.pos_ in VERB_POS]
    for verb in verbs:
        given = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(
            _person(t, lex) or t.ent_type_ in {"PERSON", "NORP"} or t.lower_ in PERSONAL
            for t in given
        ):
            return True  # not "they"/"them": "withdrew from the positions and handed them over"
        if any(
            g.dep_ == "pobj" and g.lower_ in CUSTODIANS
            for c in verb.subtree
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        ):
            return True
    return False


def _taken(verb: Token) -> tuple[bool, list[Token]]:
    """Whether an arrest verb is passive, and what it took: its passive subject, else its
    object."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return passive, [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]


def _holds_people(verb: Token, lex: Lexicon) -> bool:
    """ "fifty people were held", "police picked up 20 suspects": the one held or picked up is
    a person, and nothing says in what state ("held hostage" is an abduction, "held
    responsible" blame). "a meeting was held", "picked up the pace": no arrest."""
    if any(c.dep_ in {"oprd", "xcomp", "acomp", "ccomp"} for c in verb.children):
        return False
    if any(
        g.dep_ == "pobj" and g.lower_ in CAPTIVE_STATES
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
    ):
        return False  # "held at gunpoint", "held for ransom": captors, not police
    # A participle after its noun ("detainees held on charges", "officials held on Wednesday
    # a briefing") says nothing of an arrest made now: only a clause with its own subject does.
    passive, held = _taken(verb)
    by_force = [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj" and lex.actor_classes.get(g.lower_) in FORCE_CLASSES
    ]
    if passive and by_force:
        return True  # "was picked up by police from his home": the police took someone
    return any(
        _person(t, lex) or t.ent_type_ in {"PERSON", "NORP"} or t.lower_ in PRONOUNS for t in held
    )


SEIZED_THINGS = frozenset(
    {"weapon", "weapons", "arms", "ammunition", "munitions", "food", "quantity", "amount",
     "explosives", "drugs", "vehicle", "vehicles", "motorcycle", "motorcycles", "cache",
     "caches", "equipment", "goods", "materials", "rifle", "rifles", "gun", "guns", "cars",
     "truck", "trucks", "fuel", "cash", "money", "documents", "phones", "supplies"}
)  # fmt: skip
"""What police and soldiers seize that is no person: "a quantity of weapons and food was
apprehended" tells a seizure, not an arrest."""


def _things_held(verb: Token) -> bool:
    """Is what the arrest verb took only things ("a quantity of weapons was apprehended",
    "detained two vehicles")?"""
    held = _taken(verb)[1]
    return bool(held) and all(t.lower_ in SEIZED_THINGS for t in held)


def _concrete(tok: Token) -> bool:
    """ "the bombing of the market", "assassinating the activist": one incident, not a kind."""
    if tok.tag_ == "VBG":
        return any(c.dep_ == "dobj" and c.tag_ not in {"NNS", "NNPS"} for c in tok.children)
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )


def _person(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.actor_classes or _lemma(tok) in lex.actor_classes


def _one_incident(tok: Token) -> bool:
    """ "a shooting", "the stabbing": one incident named by a singular noun with an article."""
    return tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "the", "this"} for c in tok.children
    )


def _severity(tok: Token) -> bool:
    """ "life-threatening", "non-life-threatening": a degree of injury, never a threat."""
    word = tok.lower_
    if word.endswith("threatening") and word.split("-")[0] in SEVERITY_OBJECTS | {"non"}:
        return True
    doc = tok.doc
    return (
        word == "threatening"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ in SEVERITY_OBJECTS
    )


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


GOING_ON = frozenset({"continue", "resume", "keep"})
"""Verbs of going on: one in the past joined to an act ("continued the advance and took
control") tells that act, not a habit."""


def _trigger_verb(head: Token) -> Token | None:
    """The verb that tells the trigger: the trigger itself, or the verb it is the object or
    subject of ("plant bombs", "drones have struck"), or None."""
    if head.pos_ in VERB_POS:
        return head
    return head.head if head.dep_ in {"dobj", "nsubj", "nsubjpass"} else None


def _every_time(tok: Token) -> bool:
    """ "almost every summer", "each week": a time that comes round again."""
    return tok.dep_ in {"npadvmod", "advmod", "tmod"} and any(
        c.dep_ in {"det", "nummod", "amod"} and c.lower_ in {"every", "each"} for c in tok.children
    )


def _misread_verb(tok: Token) -> bool:
    """ "Demonstrations erupt in Basra almost every summer": the tagger may read a present
    verb as an adjective or an adverb (JJ, RB) at the root of its clause, its subject still
    attached."""
    return (
        tok.tag_ in {"JJ", "RB"}
        and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


COUNTING_VERBS = frozenset({"document", "record", "register", "count", "tally", "verify"})
"""Verbs of keeping a tally: "has documented the death of 87 members since January"."""


def _tallied_deaths(head: Token) -> bool:
    """ "The Observatory has documented the death of 87 members of Qasad in Deir ez-Zor since
    the beginning of the year": deaths counted over a period are a statistic."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ in {"dobj", "obj"}
        and _lemma(head.head) in COUNTING_VERBS
        and _sentence_says(head, PERIOD_TALLY)
    )


def _done_as_a_habit(head: Token) -> bool:
    """Whether the trigger's verb (:func:`_trigger_verb`), or the verb it is joined to, is
    in the present or the bare form and said to happen as a habit: "its remnants regularly
    plant bombs along desert tracks and kidnap herders for ransom". A past verb is one
    incident told ("gunmen repeatedly stabbed him")."""
    verb = _trigger_verb(head)
    seen = 0
    while verb is not None and (verb.pos_ in VERB_POS or _misread_verb(verb)) and seen < 4:
        if _remembers(verb):
            return False  # "the populations still keep in memory the suicide attack of 2021"
        if (verb.tag_ in {"VB", "VBP", "VBZ"} or _misread_verb(verb)) and any(
            (c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS) or _every_time(c)
            for c in verb.children
        ):
            return True
        verb = verb.head if verb.dep_ == "conj" else None
        seen += 1
    return False


def _across_a_semicolon(child: Token, node: Token) -> bool:
    """Whether a semicolon of ``node``'s own stands between it and ``child``: the parser
    may hang a clause on the next one across it ("an attack ... left an unknown number of
    soldiers dead; the army has still not published a toll"), but a clause whose subject
    is the incident tells its own fact, and the second's negation, modal or cue is not
    the first's. (Where the incident is only named in the first clause, "Baghdad blamed
    Turkish artillery for the attack; Ankara denied it", the walk goes on.)"""
    low, high = sorted((child.i, node.i))
    return any(c.text == ";" and low < c.i < high for c in node.children)


REMEMBERING = frozenset({"remember", "recall", "commemorate", "mourn", "recollect"})
"""Verbs of remembering: what they hold happened, however often it is remembered."""


def _remembers(verb: Token) -> bool:
    """ "still remember the attack", "keep in memory the massacre"."""
    lemma = _lemma(verb)
    return lemma in REMEMBERING or (
        lemma == "keep"
        and any(
            c.dep_ == "prep" and g.lower_ in {"memory", "mind"}
            for c in verb.children
            for g in c.children
        )
    )


UNFORGETTING = frozenset({"forget", "forgotten", "forgot", "erase", "overlook"})
"""Verbs whose negation affirms their object: "the populations have not forgotten the
massacre perpetrated by the 3R", "nobody will forget the attack"."""


def _modal_reason(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "neg":
            return "negated"
        if child.dep_ == "aux":
            word = child.lower_
            if word in HYPOTHETICAL_MODALS:
                return "hypothetical"
            if word in FUTURE_MODALS:
                return "plan"
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
            return "hypothetical"
    return None


def is_plural_bare(tok: Token, lex: Lexicon) -> bool:
    """A plural noun with no article, number or possessor: "attacks", "such attacks"."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    for child in tok.children:
        if child.dep_ in {"nummod", "poss"}:
            return False
        if child.dep_ == "det" and child.lower_ not in lex.generic_determiners:
            return False
        if child.dep_ == "amod" and child.lower_ in {"twin", "two", "three", "multiple"}:
            return False
    return True


YEAR_WORD = re.compile(r"(19|20)\d\d")
"""A year written alone ("since 2015")."""

ERA_STARTS = frozenset(
    {"coup", "war", "invasion", "takeover", "uprising", "revolution", "insurgency", "conflict"}
)
"""What a running total is counted since, besides a year: "more than 600 air strikes since the
coup" (a weekday or a date would be an incident's)."""
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_ERAS = "|".join(sorted(ERA_STARTS))

PERIOD_TALLY = re.compile(
    r"\b(since the (start|beginning) of (the|this|the current) (year|month)"
    r"|since the (start|beginning) of (19|20)\d\d|over the (past|last) (\w+ )?(years|months)"
    r"|so far this (year|month)"
    rf"|since (the start of )?(\d{{1,2}} )?({_MONTH_NAMES}|(19|20)\d\d)|(this|last) year"
    rf"|in recent (months|years)|since the ({_ERAS})|in ({_MONTH_NAMES})(?! \d))\b"
)
"""A period over which incidents are counted ("since the start of the year", "since the coup",
"in January")."""


GRIEF_CAUSES = frozenset(
    {
        "killing",
        "killings",
        "death",
        "deaths",
        "attack",
        "attacks",
        "violence",
        "news",
        "loss",
        "losses",
        "tragedy",
        "massacre",
        "incident",
        "event",
        "events",
    }
)


def _hurt_by_news(tok: Token) -> bool:
    """ "the entire country was hurt by these senseless killings": hurt by what happened to
    others is grief, not an injury."""
    if _lemma(tok) != "hurt":
        return False
    return any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lower_ in GRIEF_CAUSES for g in c.children)
        for c in tok.children
    )


STOP_LEMMAS = frozenset({"stop", "end", "halt", "cease", "prevent"})


def _aim_to_stop(head: Token) -> bool:
    """ "agreed to meet to sign a document for stopping the fighting", "efforts to end the
    violence": an incident named as what is to be stopped (a bare or -ing verb: an aim, not
    a report) is the one told before, not one told here ("the police stopped the fight" is
    told)."""
    verb = head.head
    return (
        head.dep_ == "dobj"
        and head.pos_ == "NOUN"
        and _lemma(verb) in STOP_LEMMAS
        and verb.tag_ in {"VB", "VBG"}
    )


def _sentence_says(tok: Token, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches the lower-cased text of ``tok``'s sentence. The Doc's
    sentences that match are found once for each pattern (remembered: every trigger asks),
    so no trigger asks spaCy for ``tok.sent``, which scans for the sentence's bounds."""
    found = remember(tok.doc, ("sentences saying", pattern), lambda: _saying(tok.doc, pattern))
    return any(start <= tok.i < end for start, end in found)


def _saying(doc: Doc, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    text = doc_text(doc)  # a slice of the Doc's text, not a join of each sentence's tokens
    return [
        (s.start, s.end)
        for s in doc.sents
        if pattern.search(text[s.start_char : s.end_char].lower())
    ]


def _counted_over_period(tok: Token) -> bool:
    """ "ISIS has claimed 38 attacks in the province since the start of the year": a count of
    incidents over a period is a statistic, not one incident."""
    return _counted_several(tok) and _sentence_says(tok, PERIOD_TALLY)


def _counted_several(tok: Token) -> bool:
    """A plural counted past two ("41 assassination attempts"): "two attacks on Monday" are
    two incidents, each one told."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    counts = [c for c in tok.children if c.dep_ == "nummod" and c.like_num]
    return bool(counts) and counts[0].lower_ not in {"two", "2", "twin"}


def _bare(tok: Token) -> bool:
    """A noun told without article, number or owner: "revenge attacks", "fighting"."""
    return (tok.pos_ in {"NOUN", "PROPN"} or tok.tag_ == "VBG") and not any(
        c.dep_ in {"det", "nummod", "poss"} for c in tok.children
    )


def _bare_cause_over_period(head: Token) -> bool:
    """ "Cattle raiding, revenge attacks and child abductions have displaced tens of thousands
    over the past three years": bare incident nouns, the subject of a perfect or a present
    over a counted period, are a kind of violence, not one incident."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if not _bare(head) or not _bare(first) or first.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = first.head
    perfect = any(c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in verb.children)
    return (perfect or verb.tag_ in {"VBP", "VBZ"}) and _sentence_says(head, PERIOD_TALLY)


DEFINITE = frozenset({"the", "these", "those", "this", "that"})
"""Determiners that point at incidents already told: "all the attacks", "all these raids"."""
STOPPING = frozenset({"stop", "end", "halt", "curb"})
"""Verbs whose plural object is a run of incidents: "failed to stop the massacres"."""
FLEEING = frozenset({"flee", "escape"})
"""Verbs whose bare object is a kind of violence: "people who fled fighting"."""


WANTING = frozenset({"lack", "need", "want", "require"})
"""Verbs of what a side has not got for an incident: "lacks the infantry for a final assault"."""


def _wanted_for(head: Token) -> bool:
    """ "it lacks the infantry for a final assault", "needs more drones for such strikes":
    an incident that something is wanted for has not happened."""
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return False
    gov = head.head.head
    if gov.pos_ in {"NOUN", "PROPN"} and gov.dep_ in {"dobj", "obj"}:
        gov = gov.head
    return _lemma(gov) in WANTING


def _kind_not_incident(head: Token) -> bool:
    """ "has failed to stop the massacres": the plural object of stopping is a run of
    incidents; "people who fled fighting in western Tigray": bare fighting fled is a kind of
    violence. Neither is one incident (a dated one is told as such elsewhere)."""
    if head.dep_ not in {"dobj", "obj"} or head.head.pos_ not in VERB_POS:
        return False
    verb = _lemma(head.head)
    counted = any(c.dep_ == "nummod" for c in head.children)
    if verb in STOPPING and head.tag_ in {"NNS", "NNPS"} and not counted:
        return True
    return verb in FLEEING and _bare(head)


def _delivered(verb: Token, child: Token, head: Token) -> bool:
    """ "dropped barrel bombs on Daraya", "mortar shells fell on the market": the trigger is a
    munition that the verb of dropping takes as its object or of falling as its subject."""
    role = DELIVERY_ROLES.get(_lemma(verb))
    if role is None or verb.pos_ not in VERB_POS:
        return False
    return child.dep_ in role and child.i == head.i and _lemma(head) in MUNITIONS


def _bags_of(head: Token) -> bool:
    """ "broke into homes and carted away sacks of grain": the noun "sack" holding something
    is a bag, not a dismissal."""
    return (
        head.pos_ == "NOUN"
        and _lemma(head) == "sack"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _dismissed_a_claim(head: Token, lex: Lexicon) -> bool:
    """ "dismissed the report": the object is not a person, so no one was removed; nor in
    "dismissed as false claims that a school had been attacked"."""
    if any(
        g.dep_ == "pobj" and _lemma(g) in REPORT_WORDS
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
    ):
        return True
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects:
        return False
    return not any(
        t.ent_type_ == "PERSON"
        or lex.actor_classes.get(t.lower_)
        or lex.actor_classes.get(_lemma(t))
        or _lemma(t) in RANKS
        for o in objects
        for t in o.subtree
    )


def _cumulative_tally(head: Token) -> bool:
    """A running total over a campaign, a war or the years since one began ("more than 10,000
    people have been killed since 2015"), not one incident's toll."""
    if head.pos_ != "VERB" or not any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in head.children
    ):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and head.dep_ == "conj":
        # "Sudan's war broke out in April 2023 ... and has killed tens of thousands": the
        # subject the two verbs share
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
    return (
        any(_lemma(c) in CUMULATIVE_SUBJECTS for c in subjects)
        or _since_a_start(head)
        # "12 protesters have been killed since the demonstrations turned violent"
        or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
            for c in head.children
        )
    )


SPANS_OF_MONTHS = frozenset({"month", "months", "half", "quarter", "year", "years"})
SPAN_MARKS = frozenset({"first", "past", "last", "previous", "second", "final", "entire"})


def _toll_over_months(head: Token) -> bool:
    """ "more than 3,600 people were killed in Haiti in the first six months of the year",
    "killed in the past year": the dead counted over months are a tally, not one incident's
    toll (a span of days may be one aggregate incident, a span of months is not)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "during", "over", "throughout", "within"}
        and any(
            o.dep_ == "pobj"
            and o.lower_ in SPANS_OF_MONTHS
            and any(
                m.dep_ in {"amod", "nummod"}
                and (m.lower_ in SPAN_MARKS or (m.like_num and m.lower_ not in {"one", "1"}))
                for m in o.children
            )
            for o in c.children
        )
        for c in head.children
    )


def _calendar_day(tok: Token) -> bool:
    """A day named by its date, not its weekday ("since the 8th of October", "since October
    8"): the start of a period a running total counts from."""
    return tok.ent_type_ == "DATE" and any(t.lower_ in MONTHS for t in tok.subtree)


def _since_a_start(verb: Token) -> bool:
    """Whether ``verb`` counts from a year, an era or a calendar day ("since 2021", "since
    the coup", "since the 8th of October"): a weekday would be an incident's day."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(
            YEAR_WORD.fullmatch(o.text)
            or _lemma(o) in ERA_STARTS
            or _calendar_day(o)
            or _start_of_a_period(o)
            for o in c.children
            if o.dep_ == "pobj"
        )
        for c in verb.children
    )


def _start_of_a_period(tok: Token) -> bool:
    """ "since the start of the year", "since the beginning of this month"."""
    return _lemma(tok) in {"start", "beginning"} and any(
        t.lower_ in {"year", "month"} for t in tok.subtree
    )


MANY = frozenset({"many", "several", "numerous", "dozens", "hundreds", "scores", "countless"})


def _done_since(head: Token) -> bool:
    """ "drones have struck cars, houses and checkpoints across the district again and again
    since 2021": what a perpetrator has done over a period told in the present perfect (the
    trigger or its object's verb), not one incident."""
    verb = _trigger_verb(head)
    if verb is None or verb.pos_ != "VERB":
        return False
    perfect = any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have"} for c in verb.children
    )
    if perfect and (_since_a_start(verb) or _for_years(verb)):
        return True
    # "Since 2022, the army ... took back many villages": many places over years, whatever
    # the tense
    return _since_a_start(verb) and any(
        c.dep_ in {"dobj", "obj"}
        and c.tag_ == "NNS"
        and any(m.lower_ in MANY for m in c.children if m.dep_ in {"amod", "det", "nummod"})
        for c in verb.children
    )


def _for_years(verb: Token) -> bool:
    """ "has been targeting the vital facilities of the region for years": a span of years,
    months or decades (not "for hours") over which the act went on."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in LONG_SPANS for o in c.children)
        for c in verb.children
    )


def _number_in_a_tally(head: Token) -> bool:
    """ "Since the 8th of October, the number of martyrs in the south has exceeded 360": the
    dead of a running total, counted as "the number of" its victims. So are "the number of
    the terrorists killed since the start of the year", whatever the tense of the count."""
    counted = head
    if head.dep_ == "acl" and head.tag_ == "VBN":
        counted = head.head  # "the terrorists killed since ...": the killing tells them
    prep = counted.head
    if counted.dep_ != "pobj" or prep.lower_ != "of" or _lemma(prep.head) not in COUNT_NOUNS:
        return False
    noun = prep.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return _cumulative_tally(noun.head) or (counted is not head and _since_a_start(head))


def _counted_incidents(verb: Token) -> bool:
    """Whether ``verb`` takes as its object a count of incidents over a period ("carried out
    40 air strikes since January") or one that a monitor recorded ("documented 41
    assassination attempts")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            if _counted_over_period(noun):
                return True
            if _lemma(verb) in RECORDING_VERBS and _counted_several(noun):
                return True
    return False


def _recorded_toll(head: Token) -> bool:
    """ "Since 8 December 2024, partners have recorded 61 civilian deaths in Manbij",
    "documented 41 killings in the governorate during July": the deaths or killings a
    monitor counted are a running total."""
    return (
        head.dep_ in {"dobj", "obj"}
        and _lemma(head.head) in RECORDING_VERBS
        and _counted_several(head)
    )


def _toll_of_a_tally(head: Token) -> bool:
    """ "has carried out more than 600 air strikes since the coup, killing hundreds": the toll
    of a running total or of a count over a period is no incident's. So is the toll of the
    incidents a monitor counted, told in a clause of the same sentence ("documented 41
    assassination attempts across the province in October, which killed 29 people";
    "recorded 31 assassination operations ..., which resulted in the killing of 24")."""
    if head.tag_ == "VBG" and head.dep_ == "advcl":
        verb = head.head
        if _cumulative_tally(verb) or _counted_incidents(verb):
            return True
    root = head.sent.root
    if head.i == root.i or not _counted_incidents(root):
        return False
    clause = head
    while clause.i != root.i:
        if clause.dep_ in {"relcl", "advcl"}:
            return True  # the tagger may hang the clause on any noun of the sentence
        clause = clause.head
    return False


def _told_as_fact(head: Token) -> bool:
    """ "condemned the attack that killed 11 soldiers", "discussed the aggression that
    targeted, yesterday, the resort": a statement about an incident that a relative clause
    in the past tense, with a date, tells as fact."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.tag_ != "VBD":
            continue
        if any(t.ent_type_ == "DATE" for t in clause.subtree):
            return True
    return False


DENOUNCING = frozenset({"denounce", "decry", "complain", "lament", "condemn"})


def _denounced_as_fact(node: Token, head: Token) -> bool:
    """ "inhabitants of the sierra denounced that on Sunday armed men attacked with drones
    several houses": what people denounce in a "that" clause, told in the past tense with its
    day, happened (read on the words: the parser often loses such a clause)."""
    doc = node.doc
    if _lemma(node) not in DENOUNCING or not node.i + 1 < head.i:
        return False
    return (
        doc[node.i + 1].lower_ == "that"
        and head.tag_ in {"VBD", "VBN"}
        # "denounced that so far in 2024 more than 20 drivers have been murdered": a tally
        and not any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in head.children)
        and any(t.ent_type_ == "DATE" for t in doc[node.i + 1 : head.i])
    )


def _inquiry_into(node: Token, child: Token, head: Token) -> bool:
    """ "a judicial probe into the police firing", "an inquiry into the killing of a
    student": an inquiry into one incident named by a definite singular noun presupposes it,
    whatever the sentence asks for (the parser often hangs "into" on the verb that asks)."""
    if child.dep_ != "prep" or child.lower_ != "into":
        return False
    inquiry = _lemma(node) in INQUIRY_LEMMAS or any(
        c.dep_ == "dobj" and _lemma(c) in INQUIRY_LEMMAS for c in node.children
    )
    return inquiry and ((head.tag_ in {"NN", "VBG"} and _concrete(head)) or _one_incident(head))


def _of_named_person(head: Token, lex: Lexicon) -> bool:
    """ "the assassination of leftist leader julio ramos", "the murder of Father Ruiz": one
    incident, named by a singular noun whose "of" phrase names the person it was done to
    (in lower-cased text, a name the NER missed: "of leader hector oqueli")."""
    if head.tag_ != "NN":
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN"):
                return obj.ent_type_ not in {"GPE", "LOC", "ORG", "NORP", "FAC"}
            if obj.dep_ == "pobj" and name_like(obj, lex):
                return True
    return False


STAKES = frozenset(
    {"job", "seat", "post", "position", "life", "career", "office", "majority", "survival",
     "premiership", "presidency", "mandate", "reputation", "future", "power"}
)  # fmt: skip
"""What a politician or a patient fights to keep: "fighting to keep his job", "fighting for
her life" is no combat."""
ANNOUNCING = frozenset({"announce", "schedule", "plan", "call"})


def _struggle_for_a_stake(head: Token) -> bool:
    """ "fighting to keep his job", "fighting for his post": a stake, not a battle."""
    for child in head.children:
        if child.dep_ == "xcomp":
            wanted = "dobj"
        elif child.dep_ == "prep" and child.lower_ == "for":
            wanted = "pobj"
        else:
            continue
        if any(o.dep_ == wanted and _lemma(o) in STAKES for o in child.children):
            return True
    return False


def _announced(head: Token) -> bool:
    """ "announced a rally for Monday", "called for a march": a protest still to come."""
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "for":
        gov = gov.head
    elif head.dep_ not in {"dobj", "obj"}:
        return False
    return gov.pos_ in VERB_POS and _lemma(gov) in ANNOUNCING


def _protests_over_a_period(head: Token) -> bool:
    """The protesters counted by a running toll ("12 protesters have been killed since ...")
    or the protests that open its period ("since the demonstrations turned violent")."""
    verb = head.head
    if head.dep_ == "nsubjpass":
        return _cumulative_tally(verb)
    return (
        head.dep_ == "nsubj"
        and verb.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "since" for m in verb.children)
        and _cumulative_tally(verb.head)
    )


def _over_weeks(head: Token) -> bool:
    """ "a week of violent protests", "months of fighting": what went on over weeks is told
    as a whole, not as one incident."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of":
        return False
    period = prep.head
    return period.pos_ == "NOUN" and _lemma(period) in {"week", "month", "year"}


SWELLING_THINGS = frozenset(
    {"violence", "fighting", "tension", "anger", "crisis", "situation", "protest", "unrest",
     "conflict", "rage", "fury", "clash", "row", "dispute", "scandal", "population", "demand"}
)  # fmt: skip
"""What "explodes" or "erupts" without a bomb: "the violence exploded after the murder"."""


def _figurative_blast(head: Token) -> bool:
    """A blast verb whose subject is violence, anger, a crisis or the like tells that it grew
    suddenly, not that anything blew up."""
    return head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and _lemma(c) in SWELLING_THINGS for c in head.children
    )


def _natural_cause(head: Token) -> bool:
    """The trigger's clause has a natural cause as its subject ("a magnitude 7.6 earthquake
    struck off the coast, killing at least two people") or names one as the cause ("were
    killed in the floods", "died in a road accident")."""
    verbs = [head]
    if head.tag_ == "VBG" and head.dep_ in {"advcl", "acl", "xcomp", "conj"}:
        verbs.append(head.head)  # "struck ..., killing": the striking's subject
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and _lemma(child) in NATURAL_CAUSES:
                return True
            if (
                child.dep_ in {"prep", "agent"}
                and child.lower_ in {"in", "by"}
                and any(g.dep_ == "pobj" and _lemma(g) in NATURAL_CAUSES for g in child.children)
            ):
                return True
    return False


def _statistics(verb: Token) -> bool:
    """ "Data compiled by the group show that ...", "the study found ...": a tally of many
    incidents drawn from records, not a report of one."""
    if _lemma(verb) not in FINDING_VERBS:
        return False
    return any(
        t.pos_ == "NOUN" and (_lemma(t) in STATISTIC_SUBJECTS or t.lower_ in STATISTIC_SUBJECTS)
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass", "csubj"}
        for t in c.subtree
    )


def _conjunct_of_no(head: Token) -> bool:
    """A noun coordinated with one that "no" determines shares the negation: "no missile or
    drone attack" (the parser hangs "no" on the first conjunct only)."""
    first = head
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    return first is not head and any(c.dep_ == "det" and c.lower_ == "no" for c in first.children)


STANDING_DEAL_HEADS = frozenset(
    {"violation", "breach", "term", "collapse", "implementation", "anniversary", "provision",
     "framework", "extension", "guarantor", "architect", "signatory", "firmante"}
)  # fmt: skip
"""Nouns that speak of a deal already in force: "violations of the ceasefire agreement"."""


def _standing_agreement(head: Token) -> bool:
    """ "documented 40 violations of the ceasefire agreement", "under the peace deal",
    "despite the truce agreement": a deal named as already in force, not one reached now."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in {"under", "despite", "within"}:
        return True
    return prep.lower_ == "of" and _lemma(prep.head) in STANDING_DEAL_HEADS


LONG_SPANS = frozenset({"years", "months", "decades"})
AWAITING_MARKS = frozenset({"until", "till", "unless", "once", "before"})


def _awaited(head: Token) -> bool:
    """ "they would not return until the army retakes the town": an act in the present tense
    after "until", "unless", "once" or "before" is awaited, not told (in the past tense,
    "until the army retook the town", it happened)."""
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "until the army retakes the town and clears the roads"
    return verb.tag_ in {"VBZ", "VBP"} and any(
        c.dep_ == "mark" and c.lower_ in AWAITING_MARKS for c in verb.children
    )


REPORT_WORDS = frozenset({"report", "claim", "rumour", "rumor", "allegation"})
CHECK_VERBS = frozenset({"verify", "confirm", "corroborate"})


DENY_VERBS = frozenset({"deny", "refute", "dismiss", "reject"})
ACCUSING = frozenset({"involve", "accuse", "suspect", "charge", "implicate"})


def _accused_of_doing(head: Token) -> bool:
    """ "arrested four suspects, two who are believed to be involved in planting explosive
    devices on the roads", "accused of kidnapping travellers": a gerund of what someone is
    said to do, the charge against them, not an incident told (unless it counts whom it
    hit)."""
    if head.tag_ != "VBG" or head.dep_ not in {"pcomp", "pobj"}:
        return False
    prep = head.head
    if prep.lower_ not in {"in", "of", "with"} or _lemma(prep.head) not in ACCUSING:
        return False
    # "suspected of shooting to death four people at a ranch", "suspected of shooting up a
    # party bus": a count or one thing hit names the incident; a bare plural ("planting
    # explosive devices") names a practice
    if any(t.like_num for t in head.subtree):
        return False
    objects = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
    return all(
        (o.tag_ in {"NNS", "NNPS"} and not any(d.dep_ in {"det", "poss"} for d in o.children))
        or _lemma(o) in UNDERTAKINGS  # "accused the educators of sabotaging the boycott"
        for o in objects
    )


UNDERTAKINGS = frozenset(
    {"boycott", "process", "talk", "election", "effort", "plan", "strike", "campaign",
     "agreement", "dialogue", "vote", "census", "programme", "program"}
)  # fmt: skip
"""Things done that are no place or property: what a charge of "sabotaging" them names."""


def _unverified_report(head: Token) -> bool:
    """ "Reports of shelling on Sarmin on the same day could not be verified by partners":
    what a report said, that the writer says could not be checked, is not told as fact; nor
    what a source denies ("a security source denied reports about the explosion of a second
    device near Baiji")."""
    if _denied_claim(head):
        return True
    if head.dep_ not in {"pobj", "pcomp"} or head.head.lower_ not in {"of", "about"}:
        return False
    noun = head.head.head
    verb = noun.head
    if _lemma(noun) not in REPORT_WORDS:
        return False
    if noun.dep_ == "dobj" and _lemma(verb) in DENY_VERBS:
        return True
    return (
        head.head.lower_ == "of"
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and _lemma(verb) in CHECK_VERBS
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _denied_claim(head: Token) -> bool:
    """ "Police dismissed as false claims on social media that a school in Mokowe had been
    attacked": an incident told only in a claim that a source denies ("denied that the school
    had been attacked" is a negation the cue words read)."""
    tok = head
    for _ in range(4):
        if tok.dep_ not in {"acl", "ccomp", "relcl", "advcl"} or tok.head is tok:
            return False
        noun = tok.head
        if tok.dep_ == "ccomp" and _lemma(noun) in DENY_VERBS - {"deny"} and tok.i > noun.i:
            return True  # "dismissed as false claims ... that a school had been attacked"
        if _lemma(noun) in REPORT_WORDS:
            gov = noun.head.head if noun.dep_ == "pobj" else noun.head
            return noun.dep_ in {"dobj", "pobj"} and _lemma(gov) in DENY_VERBS
        tok = noun
    return False


QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quoted_present(head: Token) -> bool:
    """'saying that "the enemy of the people targets the mothers and the children"': a verb
    in the simple present inside a quotation tells what someone says is so, not an incident."""
    if head.tag_ not in {"VBZ", "VBP"}:
        return False
    sent = head.sent
    marks = sum(t.text in QUOTE_MARKS for t in sent if t.i < head.i)
    return marks % 2 == 1


HABIT_ADVERBS = frozenset(
    {"still", "regularly", "often", "frequently", "usually", "routinely", "continually",
     "repeatedly", "sometimes", "always", "constantly", "typically", "habitually",
     "generally", "normally"}
)  # fmt: skip
"""Adverbs that make a verb in the present tell what an actor does, not what it did."""


def _present_habit(head: Token) -> bool:
    """ "the group still attacks the bases and the roads": the simple present with an adverb
    of habit tells what a group does, not an incident."""
    return head.tag_ in {"VBZ", "VBP"} and any(
        c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in head.children
    )


NAME_LINKS = frozenset({"the", "for", "of", "and", "de", "du", "la", "des"})
"""Small words inside a body's name: "the Front for the Liberation of the Enclave"."""


def _in_a_name(trigger: Span) -> bool:
    """ "the Military Council for the Liberation of Syria", "the National Liberation Army":
    an incident word written capitalised inside a body's name, not at the start of a sentence
    or in a title-case line, names the body, not an incident."""
    first = trigger[0]
    sent = first.sent
    if first.is_sent_start or not first.is_title:
        return False
    words = [t for t in sent if t.is_alpha]
    if words and sum(t.is_title for t in words) / len(words) > 0.5:
        return False  # a headline in title case: every word capitalised
    if first.ent_type_ in {"ORG", "WORK_OF_ART", "EVENT", "LAW"}:
        return True
    i = first.i - 1
    while i >= sent.start and sent.doc[i].lower_ in NAME_LINKS:
        i -= 1
    return i >= sent.start and i < first.i - 1 and sent.doc[i].is_title


UNPLACED_CLAIM = re.compile(
    r"\bwithout (?:specifying|naming|giving|mentioning|indicating|saying)\s+"
    r"(?:the |any )?(?:places?|locations?|dates?|times?|where|when)\b"
    r"(?:[^.;]{0,40}?\b(?:places?|locations?|dates?|times?|where|when)\b)?",
)
"""A sentence that says its own tally is told with no place or day: "claimed that its forces
'neutralized 11 terrorists in northern Iraq and Syria' during the past days, without
specifying the places or the dates". Nothing in it can be coded as an incident."""


CORRECTION = re.compile(
    r"\b(?:an? )?(?:earlier|previous) version of this (?:story|article|report|dispatch)"
    r"|^\s*(?:editor'?s'? note|correction)\s*[:\-]",
    re.IGNORECASE,
)
"""An editor's correction tells how the story was told, not an incident ("Editor's note: an
earlier version of this story said the Zubair protest took place on Sunday")."""


def _tried(head: Token) -> bool:
    """ "the gangs try to take control of Kenscoff", "attempted to seize the town": ground an
    attempt reached for, not ground taken."""
    verb = head.head
    return (
        head.dep_ == "xcomp"
        and _lemma(verb) in {"try", "attempt"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


def _noun_modifier(group: Token) -> bool:
    """ "renewed militia shelling on the camp": a singular group noun with no determiner,
    right before the word the parser made its participle, modifies that word (the
    militia's shelling) rather than heading "a group fighting to topple the government"."""
    return (
        group.tag_ == "NN"
        and group.i + 1 < len(group.doc)
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in group.children)
        and group.doc[group.i + 1].dep_ == "acl"
        and group.doc[group.i + 1].head.i == group.i
    )


def non_event_reason(
    trigger: Span, kind: str, lex: Lexicon, *, headline: bool = False
) -> str | None:
    """The reason the trigger is not a real incident, or None when nothing says so. In the
    article's lead title (``headline``) the present tense tells the news ("Drone strikes hit
    convoys near Jilib"), not a habit: only words that say so make it generic."""
    head = trigger.root
    tid = trigger.id_  # read once: each read builds the string afresh
    if _sentence_says(head, CORRECTION):
        return REASONS["statement"]  # "an earlier version of this story said the protest ..."
    # the determiners of the trigger's own words besides its head ("shots" in "no shots")
    inner = {c.lower_ for t in trigger if t.i != head.i for c in t.children if c.dep_ == "det"}
    if kind not in CASUALTY_KINDS and "no" in inner:
        return REASONS["negated"]  # "no shots were fired"
    if inner & {"any", "every"}:
        return REASONS["habitual"]  # "ready for repelling any attack by the occupier"
    if kind not in CASUALTY_KINDS and _conjunct_of_no(head):
        return REASONS["negated"]  # "there was no missile or drone attack this week"
    if not headline and _in_a_name(trigger):
        return "part of a name"  # "the Military Council for the Liberation of Syria"
    if not headline and _quoted_present(head):
        return REASONS["statement"]  # saying that "the enemy targets the mothers"
    if not headline and _present_habit(head):
        return REASONS["habitual"]  # "but the group still attacks the bases and the roads"
    if kind in CASUALTY_KINDS and head.pos_ in VERB_POS and over_a_period(head):
        return REASONS["trend"]  # "gunmen have killed more than 300 civilians this year"
    if _awaited(head):
        return REASONS["hypothetical"]  # "would not return until the army retakes the town"
    if _unverified_report(head):
        return "unverified report"  # "Reports of shelling on Sarmin could not be verified"
    if _accused_of_doing(head):
        return REASONS["habitual"]  # "believed to be involved in planting explosive devices"
    if not headline and _sentence_says(head, UNPLACED_CLAIM):
        return "no place or day told"  # "..., without specifying the places or the dates"
    if tid == "agreement" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return REASONS["plan"]  # "holding meetings to reach an agreement": a goal, not a deal
    if tid == "agreement" and _standing_agreement(head):
        return "not an agreement (one in force, named)"  # "violations of the ceasefire agreement"
    if tid == "arrests" and _lemma(head) in LOOSE_ARREST_VERBS and not _holds_people(head, lex):
        return "not an arrest (no one held)"  # "the meeting was held", "picked up speed"
    if tid == "arrests" and _things_held(head):
        return "not an arrest (things seized)"  # "a quantity of weapons was apprehended"
    if tid == "clash" and _lemma(head) == "confront" and not _confronts_armed(head, lex):
        return "not a clash (no armed side confronted)"  # "confronted with the evidence"
    if tid == "transfer" and _handed_people(trigger, lex):
        return "not a transfer of territory (people handed over)"  # "handed over to the police"
    if tid == "entry" and not unopposed_entry(head, lex):
        return "not a transfer of territory (no deal or peaceful entry)"  # "entered the house"
    if tid == "protest" and _marched_off(head):
        return "not a protest (people marched off)"  # "marched the children into the bush"
    if tid == "protest" and _troops_marching(head):
        return "not a protest (a force on the move)"  # "the column was marching towards"
    if tid == "clash" and _struggle_for_a_stake(head):
        return "not a clash (a struggle for a post or a life)"  # "fighting to keep his job"
    if tid == "protest" and _protests_over_a_period(head):
        return REASONS["trend"]  # "12 protesters have been killed since the protests began"
    if tid == "protest" and _announced(head):
        return REASONS["plan"]  # "have announced a rally in Churachandpur on Monday"
    if kind in {"territory", "capture"} and _tried(head):
        return REASONS["plan"]  # "the gangs try to take control of Kenscoff": not taken
    if _aim_to_stop(head):
        return REASONS["plan"]  # "to sign a document for stopping the fighting"
    if _natural_cause(head):
        return "not political violence (a natural disaster or an accident)"
    if kind == "explosion" and _figurative_blast(head):
        return "not a blast (a figure of speech)"  # "the violence exploded after the murder"
    if kind not in CASUALTY_KINDS and _over_weeks(head):
        return REASONS["trend"]  # "an uneasy calm after a week of violent protests"
    if _fired_at_a_time(trigger):
        return "not an attack (a time, not a target)"  # "rockets were fired at around 9 pm"
    if tid == "dismissal" and _dismissed_a_claim(head, lex):
        return REASONS["statement"]  # "dismissed the report as baseless"
    if tid == "dismissal" and _bags_of(head):
        return "not a dismissal (sacks of goods)"  # "carted away sacks of grain"
    if kind in CASUALTY_KINDS and (
        _cumulative_tally(head)
        # "the massacres have left more than 460 dead since 2021": the verb the dead are left by
        or (head.dep_ == "oprd" and _cumulative_tally(head.head))
        or _toll_over_months(head)
        or _toll_of_a_tally(head)
        or _number_in_a_tally(head)
        or _recorded_toll(head)
    ):
        return REASONS["habitual"]  # "the campaign has killed more than 150 militants"
    if kind in CASUALTY_KINDS and nationwide(head):
        return REASONS["trend"]  # "40 people were killed across the country on Friday"
    if kind in CASUALTY_KINDS and _hurt_by_news(head):
        return REASONS["statement"]  # "the nation was hurt by these senseless killings"
    if kind not in CASUALTY_KINDS and _done_since(head):
        return REASONS["trend"]  # "drones have struck cars ... again and again since 2021"
    if kind not in CASUALTY_KINDS and _counted_over_period(head):
        return REASONS["trend"]  # "the group has carried out 40 attacks since January"
    if kind in CASUALTY_KINDS and _tallied_deaths(head):
        return REASONS["trend"]  # "has documented the death of 87 members since January"
    if kind not in CASUALTY_KINDS and _bare_cause_over_period(head):
        return REASONS["trend"]  # "revenge attacks have displaced thousands over the past years"
    if kind not in CASUALTY_KINDS and _kind_not_incident(head):
        return REASONS["habitual"]  # "failed to stop the massacres", "people who fled fighting"
    if kind not in CASUALTY_KINDS and _wanted_for(head):
        return REASONS["hypothetical"]  # "others think it lacks the infantry for a final assault"
    # Words on the trigger itself: "possible attack", "no attack", "such attacks".
    for child in head.children:
        word, lemma = child.lower_, _lemma(child)
        if child.dep_ in {"amod", "compound", "advmod"}:
            if _severity(child):
                continue  # "non-life-threatening wounds": how bad, not a threat
            cls = lex.cue_classes.get(lemma) or lex.cue_classes.get(word)
            if cls in {"hypothetical", "habitual", "plan", "threat"}:
                return REASONS[cls]
            if (
                word in {"planned", "foiled", "thwarted", "failed", "attempted", "alleged"}
                and kind not in CASUALTY_KINDS
            ):
                return "plan/prevention" if word != "alleged" else None
        if child.dep_ == "det" and word == "no" and kind not in CASUALTY_KINDS:
            return "negated"
        if child.dep_ == "det" and word in {"any", "every", "each"}:
            return "habitual/generic"
        if (
            child.dep_ in {"det", "predet"}
            and word == "all"
            and head.tag_ in {"NNS", "NNPS"}
            and not any(c.dep_ in {"nummod", "poss"} or c.lower_ in DEFINITE for c in head.children)
        ):
            return "habitual/generic"  # "all demonstrations on the public road remain subject"
        if (
            child.dep_ == "prep"
            and word == "of"
            and any(
                g.dep_ == "pobj" and _lemma(g) in {"kind", "type", "sort"} for g in child.children
            )
        ):
            return "habitual/generic"
        if (
            child.dep_ in {"amod", "det"}
            and word in lex.generic_determiners
            and head.tag_ == "NNS"
            and word in {"such", "frequent", "repeated", "numerous", "occasional"}
        ):
            return "habitual/generic"
    if (beside := generic_beside_trigger(head, lex)) is not None:
        return beside  # "assassinations and kidnappings almost daily"
    if (
        head.tag_ == "VBG"
        and head.dep_ == "acl"
        and _lemma(head.head) in GROUP_NOUNS
        and not _noun_modifier(head.head)
    ):
        return "habitual/generic"  # "a group fighting to topple the government"
    if (
        kind not in CASUALTY_KINDS
        and head.dep_ in {"pobj", "pcomp"}
        and head.head.lower_ == "without"
    ):
        return REASONS["negated"]  # "took control of the district, also without fighting"
    if head.pos_ in VERB_POS:
        reason = _modal_reason(head)
        if reason == "negated" and kind in CASUALTY_KINDS:
            reason = None
        if reason is not None:
            return REASONS[reason]
    if kind not in CASUALTY_KINDS and _done_as_a_habit(head):
        return "habitual/generic"  # "its remnants regularly plant bombs ... and kidnap herders"
    if kind not in CASUALTY_KINDS and is_plural_bare(head, lex):
        verb = next((a for a in head.ancestors if a.pos_ in VERB_POS), None)
        if (
            verb is not None
            and verb.tag_ in {"VBP", "VBZ"}
            and head.dep_ in {"dobj", "pobj", "conj", "appos"}
            and not (headline and (head.dep_ != "dobj" or _lemma(verb) in PERFORM_LEMMAS))
        ):
            # "its cells still mount ambushes"; in a title "killed in clashes" and "launches
            # raids" are the news, but "bans protests" still speaks of protests in general
            return "habitual/generic"
    if (
        not headline
        and head.dep_ == "nsubj"
        and head.head.tag_ in {"VBZ", "VBP"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    ):
        return "habitual/generic"  # "a spectacular attack revives the question"
    node = head
    while node.head.i != node.i:
        child, node = node, node.head
        if (
            head.dep_ in {"nsubj", "nsubjpass"}
            and head.head == child
            and _across_a_semicolon(child, node)
        ):
            break  # "an attack ... left soldiers dead; the army has not published a toll"
        lemma, word = _lemma(node), node.lower_
        if lemma in CASUALTY_LEMMAS and node.i != head.i:
            # "soldiers killed in the ambush": the ambush happened; "air strikes could kill
            # thousands": the strikes are as hypothetical as the deaths
            said = _modal_reason(node) if node.pos_ in VERB_POS else None
            return REASONS[said] if said in {"hypothetical", "plan"} else None
        if _inquiry_into(node, child, head):
            return None  # "demanded a probe into the police firing": the firing happened
        if node.pos_ in VERB_POS and child.dep_ not in {"conj", "parataxis", "advcl", "relcl"}:
            reason = _modal_reason(node)
            if reason == "negated" and (kind in CASUALTY_KINDS or lemma in UNFORGETTING):
                reason = None  # "have not forgotten the massacre": it happened
            if reason is not None:
                return REASONS[reason]
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in child.children
        ):
            return "hypothetical"
        if _statistics(node):
            return REASONS["trend"]  # "data show that 265 children shot themselves in 2015"
        if lemma in lex.report_lemmas or word in lex.report_lemmas:
            if any(
                c.dep_ == "advmod" and lex.cue_classes.get(_lemma(c)) == "habitual"
                for c in node.children
            ):
                return "habitual/generic"  # "the ministry regularly announces it has neutralised"
            return None
        cls = lex.cue_classes.get(lemma) or lex.cue_classes.get(word)
        if cls is not None and node.pos_ in {"NOUN", "PROPN"} and _person(node, lex):
            cls = None  # "the security guard, who was shot": a person, not a cue to guard
        if lemma == "responsibility" and _lemma(node.head) in {"hold", "bear", "blame", "place"}:
            cls = "statement"  # "holds the Turkish side the responsibility of the aggression"
        if (
            lemma == "responsible"
            and node.dep_ == "amod"
            and not any(g.i == head.i for g in child.children)
        ):
            # "the battalion responsible for the route relieved of his duties": in charge of
            # the route (the incident is not what it is held responsible for)
            cls = None
        if cls is not None:
            if cls == "statement" and lemma in ATTRIBUTION_LEMMAS and _concrete(head):
                continue  # "accused of taking part in the bombing of the market": it happened
            if cls == "statement" and lemma in INQUIRY_LEMMAS and _one_incident(child):
                continue  # "police are investigating a shooting": the shooting happened
            if cls == "statement" and _told_as_fact(head):
                continue  # "to discuss the aggression that targeted, yesterday, the resort"
            if cls == "statement" and _denounced_as_fact(node, head):
                continue  # "inhabitants denounced that on Sunday armed men attacked ..."
            if cls == "statement" and _names_a_thing(node):
                continue  # "struck what the Cell described as a hideout, killing five"
            if cls in {"statement", "habitual", "trend"} and _of_named_person(head, lex):
                continue  # "condemned the assassination of senator julio ramos": it happened
            if cls == "negated" and kind in CASUALTY_KINDS:
                continue
            if cls == "statement" and lemma in LOSS_REPORTS and kind in CASUALTY_KINDS:
                continue  # "the communique deplores four soldiers fallen and seven wounded"
            if cls in {"habitual", "trend"} and (
                kind in CASUALTY_KINDS or _lemma(child) in TOLL_WORDS
            ):
                continue  # "the toll rose to 32 killed"
            if cls == "habitual" and child.i == head.i and child.dep_ in {"nsubj", "nsubjpass"}:
                continue  # "fighting continued on Saturday"
            if cls == "habitual" and _remembers(node):
                continue  # "the populations still keep in memory the suicide attack"
            if (
                cls == "habitual"
                and child.dep_ == "conj"
                and lemma in GOING_ON
                and node.tag_ == "VBD"
            ):
                continue  # "the forces continued the advance and took control of the district"
            if cls == "trend" and child.dep_ == "prep" and child.lower_ == "into":
                continue  # "the patrol fell into an ambush": no trend, an incident
            if cls == "trend" and wave_carried_out(node):
                continue  # "warplanes carried out a wave of air strikes on the hills"
            if cls == "trend" and _delivered(node, child, head):
                continue  # "helicopters dropped barrel bombs on the town": a strike
            return REASONS[cls]
        if child.dep_ in {"conj", "parataxis"} and node.pos_ in VERB_POS:
            break  # a clause of its own: cue words further up speak about other things
    return None


def harmed_named(pairs: list[tuple[Span, TriggerSpec]], lex: Lexicon) -> int | None:
    """ "anselmo yupanqui and teodoro quispe were shot to death", "gunmen killed the mayor":
    a verb of killing or wounding done to someone named or described (who gives no
    count for the casualty rules) reports an incident. Dying ("the general died"), a noun
    ("the killing") or a victim named by a pronoun only ("he was shot") does not."""
    for i, (t, sp) in enumerate(pairs):
        root = t.root
        if sp.kind not in {"kill", "wound"} or root.pos_ != "VERB":
            continue
        if (root.lemma_ or root.lower_).lower() in HARMLESS_LEMMAS:
            continue
        if any(role == ActorRole.ACTOR2 for role, _ in actors_of_trigger(root, sp.kind, lex)):
            return i
        if any(
            c.dep_ in {"nsubjpass", "dobj"} and c.pos_ == "PROPN" and not c.is_stop
            for c in root.children
        ):
            return i  # a name the NER left unlabelled (lower-cased text)
    return None


def armed_damage(pairs: list[tuple[Span, TriggerSpec]], lex: Lexicon) -> int | None:
    """ "urban commandos destroyed a truck of the soda company": property wrecked by armed
    men is an incident (sabotage, property destruction) even with no incident word; "the
    storm destroyed houses" or "troops destroyed the rebel camp" are not."""
    for i, (t, sp) in enumerate(pairs):
        root = t.root
        if t.id_ not in DAMAGE_KEYS or root.pos_ != "VERB":
            continue
        found = mentions(actors_of_trigger(root, sp.kind, lex), lex)
        armed = any(a.role == ActorRole.ACTOR1 and a.label in ARMED_LABELS for a in found)
        hit = any(a.role == ActorRole.ACTOR2 and a.label in PROPERTY_LABELS for a in found)
        if armed and hit:
            return i
    return None


PREVENTION_LEMMAS = frozenset(
    {"dismantle", "defuse", "defuze", "disarm", "neutralize", "neutralise", "remove", "seize",
     "find", "discover", "foil", "thwart", "intercept", "detonate", "destroy", "shoot"}
)  # fmt: skip
"""Acts that stop a device before it goes off: "dismantled four devices before they exploded"."""


def prevented_blast(trig: Span) -> bool:
    """ "dismantled four explosive devices before they exploded", "defused the bomb before it
    could go off": the explosion that did not happen."""
    root = trig.root
    if root.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in {"before", "until"} for c in root.children
    ):
        return False
    return _lemma(root.head) in PREVENTION_LEMMAS


def state_of_people(trig: Span, spec: TriggerSpec) -> bool:
    """ "the detained young men are released", "detained protesters": an arrest word used as an
    adjective describes people held before, it does not report an arrest."""
    root = trig.root
    return (
        len(trig) == 1
        and spec.sub_event_type == SubEventType.ARRESTS
        and root.dep_ == "amod"
        and root.head.pos_ in {"NOUN", "PROPN"}
    )


AGENT_NOUNS = frozenset({"bomber", "bombers", "attacker", "attackers"})


def attackers_described(trig: Span) -> bool:
    """ "all 16 khawarij, among them suicide bombers, were sent to hell": an agent noun set in
    apposition to other people, or counted "among" them, says who they were; it does not
    tell an incident of its own."""
    root = trig.root
    return root.lower_ in AGENT_NOUNS and (
        root.dep_ == "appos" or (root.dep_ == "pobj" and root.head.lower_ == "among")
    )


def held_then_killed(
    trig: Span, spec: TriggerSpec, sent_triggers: list[Span], lex: Lexicon
) -> bool:
    """ "the farmers were rounded up while working, tied up and slaughtered": victims seized
    to be killed were not arrested; the seizing is part of the killing told after it (a
    passive arrest verb, then a passive killing verb with no subject of its own)."""
    root = trig.root
    if spec.sub_event_type != SubEventType.ARRESTS or root.tag_ != "VBN":
        return False
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children):
        return False
    return any(
        t.start > trig.end
        and lex.triggers[t.id_].kind in {"kill", "attack"}
        and t.root.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.root.children)
        for t in sent_triggers
    )


def more_victims(tok: Token, victims: set[int]) -> bool:
    """ "two fighters were martyred and three others wounded when a bomb went off": a
    conjoined passive casualty verb with no object counts more victims of the same incident
    ("a bomb wounded three in Herat" has an object and can be an incident of its own)."""
    if tok.i not in victims or tok.head.i not in victims:
        return False
    return tok.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in tok.children)


def repeats_target(heads: list[Span], frames: list[Frame]) -> bool:
    """ "ISIS cells ambushed the bus ..." after "the ambush that targeted a military bus": a
    definite object already named in the last report is that report's target."""
    live = [f for f in frames if f.merged_into is None and not f.headline]
    if not live:
        return False
    words = set(re.findall(r"[a-z]+", " ".join(e.text for e in live[-1].evidence).lower()))
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.lower_ in words
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for t in heads
        if t.root.pos_ == "VERB"
        for c in t.root.children
    )


VICTIM_NOUNS = frozenset({"victim", "victims"})


def victims_again(doc: Doc, start: int, end: int) -> bool:
    """ "The police chief said the three victims were waiting for passengers near the bridge
    when four men fired at them": the victims of tokens ``[start, end)``, named with "the",
    "these" or "those", are those of an incident already told; the sentence goes on about it
    wherever its own words place the scene."""
    return any(
        any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in doc[i].children)
        for i in between(lowered_in(doc, VICTIM_NOUNS), start, end)
    )


def opens_on_earlier(doc: Doc, start: int, trigger_start: int) -> bool:
    """ "Earlier on Thursday, a drone struck ...": a sentence that opens by going back in time
    reports another incident than the one just told."""
    first = doc[start]
    return bool(first.is_sent_start) and first.lower_ == "earlier" and trigger_start > first.i


SINCE_WHEN = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def since_when(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """ "since August 2016, when the Kurdish-led forces took the city": the period starts with
    the incident the "when" clause tells, which is dated by it."""
    out = []
    for d in dates:
        low = d.text.lower()
        if (
            low.startswith("since ")
            and d.span is not None
            and SINCE_WHEN.match(doc_text(doc), d.span.end)
        ):
            d = DateMention(text=d.text[6:], span=d.span, relation=d.relation)
        out.append(d)
    return out


FUTURE_DATE = re.compile(
    r"\b(?:tomorrow|(?:the\s+)?(?:coming|upcoming)\s+(?:days?|weeks?|months?|year)|"
    r"next\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
"""A date still to come: "during the coming week", "tomorrow", "next month" (not "the next
day", which a report counts from a day already told)."""


def future_date(d: DateMention) -> bool:
    """Does ``d`` name a time after the news ("promised ... to raise their demands to the
    Ministry in Baghdad during the coming week")? A group dated only so tells a plan."""
    return FUTURE_DATE.search(d.text) is not None


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_RANKING = frozenset(
    {"first", "only", "last", "worst", "bloodiest", "deadliest", "largest", "biggest"}
)
"""Ranking words, with the superlatives the tagger may call plain adjectives ("bloodiest")."""


_IN_AGES = re.compile(r"in (?:recent |the past |the last )?(?:weeks|months|years|decades|ages)")
"""A stretch of time with no count and no start ("in weeks", "in years"): the period a
comparison is measured over, never a date."""


_BARE_YEAR = re.compile(r"(?:the\s+)?(?:19|20)\d\d")


def year_of_a_thing(doc: Doc, date: DateMention) -> bool:
    """ "a former commander who joined the 2018 settlement", "under a 2019 law", "after the
    settlement agreement of 2018": a bare year that modifies a noun dates that thing, not
    the incident told beside it. Not when the noun tells an incident itself (the root of
    one of the lexicon's EV spans: "the 2018 bombing" keeps its own date)."""
    if not _BARE_YEAR.fullmatch(date.text.lower().strip()):
        return False
    found = tokens_of(doc, date)
    if found is None:
        return False
    year, thing = found[-1], found[-1].head
    of_year = year.dep_ == "pobj" and thing.lower_ == "of" and thing.head.i < year.i
    if of_year:  # "after the settlement agreement of 2018"
        thing = thing.head
    return (
        (of_year or (year.dep_ in {"nummod", "compound", "amod", "nmod"} and thing.i > year.i))
        and thing.pos_ in {"NOUN", "PROPN"}
        and thing.ent_type_ not in {"DATE", "TIME"}
        and thing.i not in lexicon_roots(doc, "EV")
    )


FOLLOWING_LEMMAS = frozenset({"come", "follow"})


def _names_a_thing(verb: Token) -> bool:
    """ "struck what the Security Media Cell described as a hideout", "hit what officials
    called a weapons depot": a free relative that names what was hit; the clauses hanging
    on its verb are the incident's, not a statement."""
    return any(
        c.lower_ in {"what", "whatever"} and c.dep_ in {"dobj", "nsubj", "nsubjpass"}
        for c in verb.children
    )


def news_it_follows(doc: Doc, date: DateMention, triggers: Sequence[Span]) -> bool:
    """ "The raid of today comes more than three months after the enemy assassinated ... on the
    2nd of January": a date in the subject of "comes (follows) ... after" dates the news the
    sentence starts from, not the incident the "after" part recalls (``triggers``)."""
    found = tokens_of(doc, date)
    if found is None:
        return False
    for node in (found.root, *found.root.ancestors):
        if node.dep_ in {"nsubj", "nsubjpass"} and _lemma(node.head) in FOLLOWING_LEMMAS:
            inside = {t.root.i for t in triggers}
            return any(
                (
                    (c.dep_ == "prep" and c.lower_ in {"after", "before"})
                    or (
                        c.dep_ == "advcl"
                        and any(m.dep_ == "mark" and m.lower_ in {"after", "before"}
                                for m in c.children)
                    )
                )
                and bool(inside & {t.i for t in c.subtree})
                for c in node.head.children
            )  # fmt: skip
    return False


def another_incidents_day(doc: Doc, date: DateMention, triggers: Sequence[Span]) -> bool:
    """ "arrested three people accused of links with the Tuesday attack": a day that modifies
    an incident word other than the group's own (``triggers``; the root of one of the
    lexicon's EV spans) dates that incident, not this one."""
    found = tokens_of(doc, date)
    if found is None:
        return False
    root = found.root
    thing = root.head
    if root.dep_ not in {"compound", "nmod", "poss", "npadvmod"} or thing.i <= root.i:
        return False
    own = {t.root.i for t in triggers}
    return thing.i not in own and thing.i in lexicon_roots(doc, "EV")


def _ranked_within(doc: Doc, date: DateMention) -> bool:
    """ "one of the deadliest raids of 2024", "the worst attack in 2023", "the bloodiest
    attack the city has witnessed this year": the period a superlative ranks the incident
    within, not its date."""
    found = tokens_of(doc, date)
    if found is None:
        return False
    tok = found.root
    if tok.dep_ in {"npadvmod", "advmod"} and tok.head.dep_ == "relcl":
        # "the bloodiest attack the city has witnessed this year"
        noun = tok.head.head
        return noun.pos_ == "NOUN" and any(_ranking(c) for c in noun.children)
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"of", "in"}:
        return False
    noun = tok.head.head
    return noun.pos_ == "NOUN" and any(_ranking(c) for c in noun.children)


def _ranking(tok: Token) -> bool:
    """A superlative or a ranking word ("deadliest", "first")."""
    return tok.tag_ in _SUPERLATIVE_TAGS or (tok.dep_ == "amod" and tok.lower_ in _RANKING)


def comparison_period(doc: Doc, date: DateMention) -> bool:
    """ "the deadliest attack on the capital since 2019", "the worst loss since March 2021",
    "the first attack on the base since 2020": a "since" that opens the period a superlative
    or a first is measured over, not the incident's date (nor a sign that it is past)."""
    if _IN_AGES.fullmatch(date.text.lower().strip()):
        return True  # "the heaviest attack in weeks", "the worst it has seen in years"
    if _ranked_within(doc, date):
        return True  # "in one of the deadliest raids of 2024"
    if not date.text.lower().startswith("since "):
        return False
    found = tokens_of(doc, date)
    if found is None or found[0].lower_ != "since":
        return False
    for head in list(found[0].ancestors)[:3]:
        if head.pos_ in {"VERB", "AUX"}:
            return False
        if head.tag_ in _SUPERLATIVE_TAGS or any(_ranking(c) for c in head.children):
            return True
    return False
