"""How the parser tells who was hurt: the syntax helpers of ``sitrep_casualties``.

Small tests on tokens of a parsed ``Doc``, each named after what it detects: a hospital grade
("in critical condition"), the state a list of people was left in ("left three men wounded"),
the person a pronoun stands for, a name or an indefinite noun listed among the victims, a
partitive ("a total of seven people"), a breakdown of a count ("four people, three women and
a man"), the people who said it hung on the list by the parser, and "succumbed to", "shot to
death". Pure functions; no state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.extract.coref import MONTHS, WEEKDAYS
from sitrep.extract.figures import TOLL_WORDS, list_member
from sitrep.extract.frames import CasualtyLink, NumberPhrase
from sitrep.extract.token_scan import between, lowered_in

__all__ = [
    "ARGUMENT_DEPS",
    "CONDITION_GRADES",
    "CONDITION_NOUNS",
    "KILLING_CHARGES",
    "LEAVING_VERBS",
    "LIFE_WORDS",
    "NOUN_POS",
    "OBJECTS",
    "REFLEXIVES",
    "REPORTING_VERBS",
    "across_incidents",
    "age_noun",
    "antecedent",
    "besides_zero",
    "breakdown",
    "condition_of",
    "conj_chain",
    "count_of",
    "dateline_victims",
    "in_condition",
    "indefinite_member",
    "killing_charged",
    "left_in_state",
    "left_with",
    "lemma_of",
    "named_member",
    "nationwide",
    "object_of_harm",
    "others_told",
    "over_a_period",
    "partitive",
    "restates_count",
    "sentence_of",
    "small_clause",
    "speakers",
    "succumbed_to",
    "to_death",
]

LIFE_WORDS = frozenset({"life", "lives"})
"""What "lost the life", "loss of lives" name: the dead, never a victim of their own."""

NOUN_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ", "X"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "nsubjpass"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "self"})
LEAVING_VERBS = frozenset({"leave", "left", "find", "found", "discover", "discovered"})
"""Verbs that tell the state a list of people was left or found in: "found two women and a man
dead" (the parser hangs "dead" on the last member)."""
CONDITION_NOUNS = frozenset({"condition", "conditions"})
CONDITION_GRADES = frozenset({"critical", "serious", "stable", "grave", "fair", "poor", "good"})
"""The grades a hospital gives a patient: "in critical condition" tells of an injured person."""
REPORTING_VERBS = frozenset({"say", "said", "tell", "told", "report", "reported", "add", "added"})
KILLING_CHARGES = frozenset({"murder", "homicide", "manslaughter"})
"""Charges that say the victim died: "charged with murder in the shooting of a man"."""
DEATH_NOUNS = frozenset({"slaying", "killing", "death"})
ATTEMPT_WORDS = frozenset({"attempted", "attempt", "attempting"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
INCIDENT_PLURALS = frozenset({"shootings", "stabbings"})
CLAUSE_LINKS = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advcl", "conj"})
APART_WORDS = frozenset({"separate", "several", "multiple", "different", "unrelated", "other"})
SUMMED_OVER = frozenset(
    {"incidents", "attacks", "actions", "operations", "raids", "clashes", "strikes", "encounters"}
)
"""What a toll is summed over, when told apart: "27 terrorists were sent to hell in different
actions within 24 hours", "killed in separate raids"."""
PERIOD_NOUNS = frozenset({"year", "month", "decade"})
PERIOD_MARKS = frozenset({"this", "so", "far", "since", "past"})
SPAN_NOUNS = frozenset({"years", "months", "decades"})
"""Plural periods a toll may be summed over, told in a phrase ("in recent years")."""
PERIODS_ANY = PERIOD_NOUNS | SPAN_NOUNS
"""The words :func:`over_a_period` reads a period by: only these tokens are looked at."""
SPAN_PREPS = frozenset({"in", "over", "during", "throughout", "across"})
SPAN_MARKS = frozenset({"recent", "past", "last"})
"""Words that make a plural period one that runs up to now: "in recent years", "over the
past months", "in the last decades" ("in the years that followed" is not one)."""
ONE_DAY_WORDS = (
    frozenset({"day", "eve", "night", "morning", "afternoon", "evening"})
    | MONTHS
    | (WEEKDAYS - {"yesterday", "today"})
)
"""Words that end the name of one day: "on New Year's Day this year", "on 3 March this year"
name a day of the period, not the period."""
POINT_MARKS = frozenset({"earlier", "early", "late", "later", "mid", "beginning", "end"})
"""Words that make a period a point in it: "earlier this month", "late this year"."""
BESIDES_WORDS = frozenset({"other", "else", "further", "additional"})


def to_death(verb: Token) -> bool:
    """ "shot his daughter to death", "shooting to death three people"."""
    return any(
        c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children
    )


def succumbed_to(wound: Token) -> bool:
    """ "succumbed to his injuries": the wound that killed its bearer."""
    return (
        wound.dep_ == "pobj"
        and wound.head.lower_ == "to"
        and lemma_of(wound.head.head) in {"succumb", "succumbed"}
    )


TOLL_REPORTING_VERBS = frozenset({"report", "confirm", "record", "register", "count"})
"""Verbs that report a toll as a participle clause: "the communique reports two soldiers
killed and five wounded" (a translated "fait état de deux soldats tués")."""


def small_clause(verb: Token) -> bool:
    """ "found a woman and her son shot to death", "the statement reports two soldiers killed":
    the parser reads the participle as a clause whose subject is the ones found (or
    reported)."""
    if verb.dep_ not in {"ccomp", "xcomp", "oprd"}:
        return False
    governor = lemma_of(verb.head)
    return governor in LEAVING_VERBS or (governor in TOLL_REPORTING_VERBS and verb.tag_ == "VBN")


def condition_of(tok: Token) -> Token | None:
    """The preposition of "in critical condition" ("listed in serious condition"), told by the
    preposition or the noun."""
    prep = tok.head if tok.lower_ in CONDITION_NOUNS and tok.dep_ == "pobj" else tok
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in CONDITION_NOUNS]
    if not nouns or not any(c.lower_ in CONDITION_GRADES for c in nouns[0].children):
        return None
    return prep


def in_condition(tok: Token) -> list[Token]:
    """ "the driver was in critical condition", "two men were taken to a hospital in stable
    condition", "a woman in serious condition": the subject of the verb the state hangs on,
    or the noun it describes."""
    prep = condition_of(tok)
    if prep is None:
        return []
    gov = prep.head
    if gov.dep_ == "pobj" and gov.head.dep_ == "prep":
        gov = gov.head.head  # "taken to a hospital in stable condition": not the hospital
    if gov.pos_ in {"NOUN", "PROPN"}:
        return [gov]
    while gov.dep_ in {"xcomp", "conj", "advcl"} and not any(
        c.dep_ in ARGUMENT_DEPS for c in gov.children
    ):
        gov = gov.head  # "was taken to a hospital, listed in critical condition"
    return [c for c in gov.children if c.dep_ in ARGUMENT_DEPS]


def left_in_state(word: Token) -> bool:
    """ "a shooting left five men wounded": the parser may read the participle after the
    object of "left" or "found" as a clause of its own; it still tells the object's state."""
    head = word.head
    return (
        word.dep_ == "advcl"
        and head.i != word.i
        and lemma_of(head) in LEAVING_VERBS
        and any(c.dep_ == "dobj" and c.i < word.i for c in head.children)
    )


def left_with(noun: Token) -> list[Token]:
    """ "left three women and one man injured", "found two women and one man dead": the
    participle hangs on the last member of the list, but every member was hurt."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.i == noun.i or top.dep_ != "dobj" or lemma_of(top.head) not in LEAVING_VERBS:
        return []
    members = [top, *(c for c in top.subtree if conj_chain(c, top))]
    return [m for m in members if m.i != noun.i]


def partitive(victim: Token) -> Token:
    """ "a total of seven people were shot": the people, not the word "total"."""
    if victim.lower_ not in {"total", "tally"}:
        return victim
    for prep in victim.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return victim


def count_of(tok: Token, phrases: dict[int, NumberPhrase]) -> int | None:
    if tok.i in phrases:
        return phrases[tok.i].value
    for c in tok.children:
        if c.dep_ == "nummod" and c.i in phrases:
            return phrases[c.i].value
    return None


def breakdown(total: Token, members: list[Token], phrases: dict[int, NumberPhrase]) -> bool:
    """ "four people, three women and one man, were taken ...": counts after a comma that add
    up to the count before them break it down; the parser may read them as more members."""
    if not members:
        return False
    whole = count_of(total, phrases)
    parts = [count_of(m, phrases) for m in members]
    after = total.i + 1
    return (
        whole is not None
        and None not in parts
        and sum(p or 0 for p in parts) == whole
        and after < len(total.doc)
        and total.doc[after].text == ","
    )


def speakers(member: Token) -> bool:
    """ "killing two fighters, the coalition and residents said": the parser may hang the
    ones who said it on the list of victims, as an apposition standing right before the
    reporting verb."""
    doc = member.doc
    tok = member
    while list_member(tok) and tok.head.i != tok.i:
        after = tok.right_edge.i + 1
        if tok.dep_ == "appos" and after < len(doc) and lemma_of(doc[after]) in REPORTING_VERBS:
            return True
        tok = tok.head
    return False


def restates_count(member: Token, counted: Token) -> bool:
    """ "Three people, a man, a woman and a teenager": a list in apposition to a counted noun
    names the ones already counted."""
    tok = member
    while tok.head.i != tok.i and tok.head.i != counted.i:
        tok = tok.head
    return tok.dep_ == "appos" and tok.head.i == counted.i


def conj_chain(tok: Token, top: Token) -> bool:
    """Is ``tok`` a member of the list that starts at ``top``?"""
    while list_member(tok) and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == top.i:
            return True
    return False


def others_told(doc: Doc, link: CasualtyLink) -> bool:
    """ "four others were shot": people besides those already counted."""
    if link.victim is None:
        return False
    victim = doc[link.victim]
    return victim.lower_ in {"others", "another"} or any(
        c.lower_ in {"other", "another"} for c in victim.children
    )


def antecedent(victim: Token, verb: Token) -> Token:
    """The person a reflexive or relative pronoun stands for: "the boy shot himself" (the
    subject), "the teen, who was shot" (the noun the clause hangs on)."""
    word = victim.lower_
    if word in REFLEXIVES:
        # "a boy who shot himself": the subject, or the noun a relative subject stands for;
        # a subject the parser got wrong ("A 15-year-old playing ... shot himself" read as
        # the noun "playing") leaves the reflexive, which counts one person
        subjects = [antecedent(c, verb) for c in verb.children if c.dep_ == "nsubj"]
        named = [c for c in subjects if c.pos_ in NOUN_POS and not c.lower_.endswith("ing")]
        return named[0] if named and named[0].lower_ not in {"who", "that"} else victim
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "who was shot and killed": the clause is the first verb's
    if word in {"who", "that"} and clause.dep_ == "relcl" and clause.head.pos_ in NOUN_POS:
        return clause.head
    return victim


def object_of_harm(victim: Token, verb: Token) -> bool:
    """ "shot a bouncer", "a cashier was wounded", "the death of a firefighter", "left his
    accomplice dead": the singular common noun a casualty word acts on is a person (things are
    excluded by the non-person list before this)."""
    if victim.tag_ != "NN" or victim.ent_type_:
        return False
    if not any(c.dep_ in {"det", "poss"} for c in victim.children):
        return False
    head, dep = victim.head, victim.dep_
    if verb.pos_ == "VERB":
        return head.i == verb.i and dep in OBJECTS
    if verb.pos_ == "NOUN":
        return dep == "pobj" and head.lower_ == "of" and head.head.i == verb.i
    # "left his accomplice dead", "the clerk was found dead" (not the subject of "left")
    return verb.dep_ in {"oprd", "acomp", "xcomp"} and head.i == verb.head.i and dep in OBJECTS


def indefinite_member(tok: Token) -> bool:
    """ "two young children and an adult were shot": a singular noun listed with "a" beside
    the victims is one more person (things are excluded by the non-person list before this)."""
    return (
        list_member(tok)
        and tok.tag_ == "NN"
        and not tok.ent_type_
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
    )


def named_member(tok: Token) -> bool:
    """ "Annette Reed, Chanice Reed and Eddie McCuin": a singular name in a list of names is
    one person, whatever entity type the tagger gave it (but a place is none)."""
    listed = list_member(tok) or any(list_member(c) and c.tag_ == "NNP" for c in tok.children)
    return (
        listed
        and tok.tag_ == "NNP"
        and tok.is_title
        and tok.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"}
    )


def age_noun(tok: Token) -> bool:
    """ "a 7-year-old" used as a noun: its head is "old", after "year -"."""
    doc = tok.doc
    words = [t.lower_ for t in doc[max(tok.i - 3, 0) : tok.i] if t.text != "-"]
    return tok.lower_ == "old" and bool(words) and words[-1] in {"year", "month", "week"}


def lemma_of(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def killing_charged(sent: Span, shooting: Token) -> bool:
    """ "was charged with murder in the shooting of his neighbor", "faces a charge of negligent
    homicide after the shooting of his cousin": a charge of killing tells that the one shot
    died. Not when an attempt is charged too ("two counts of murder and one of attempted
    murder": some of those shot lived)."""
    if any(c.dep_ == "conj" for c in shooting.children):
        return False  # "the shooting and wounding of": the wound is told
    if any(lemma_of(t) in DEATH_NOUNS for t in sent):
        return False  # "murder in the slaying of A and the shooting of B": A's death
    charges = [t for t in sent if lemma_of(t) in KILLING_CHARGES]
    attempted = any(
        c.lower_ in ATTEMPT_WORDS or lemma_of(c) == "attempt"
        for t in charges
        for c in [*t.children, t.head]
    )
    return bool(charges) and not attempted


def besides_zero(victim: Token) -> bool:
    """ "No other injuries were reported", "no one else was hurt": a zero told besides the ones
    counted before it says nothing of their number."""
    doc = victim.doc
    near = [*victim.children, *doc[victim.i + 1 : min(victim.i + 3, len(doc))]]
    return any(t.lower_ in BESIDES_WORDS for t in near)


def sentence_of(tok: Token) -> Span:
    """The sentence holding ``tok``; the whole Doc when nothing set sentence boundaries (the
    casualty component also runs on pipelines without a parser or sentencizer)."""
    doc = tok.doc
    return tok.sent if doc.has_annotation("SENT_START") else doc[:]


def dateline_victims(word: Token) -> list[Token]:
    """ "AUSTIN - A 15-year-old was shot": the capitalised place that opens a report, followed
    by a dash, is never a victim; the parser may make it the subject and hang the person on
    it. The nouns hung on it (an age noun, an apposition) are the victims; none when it opens
    no report this way."""
    doc = word.doc
    sent = sentence_of(word)
    after = word.i + 1
    dash = after < len(doc) and doc[after].text in DASHES
    opening = all(t.is_upper or t.text == "," for t in doc[sent.start : word.i + 1])
    if not (dash and opening and word.is_upper and len(word.text) > 1):
        return []
    return [c for c in word.children if c.i > word.i and (age_noun(c) or c.dep_ == "appos")]


def across_incidents(trigger: Token) -> bool:
    """ "Four people were killed in shootings across the city", "three shootings left five
    dead", "two men were wounded in separate incidents": a toll summed over several incidents
    is no incident's toll. A plural shooting word as the subject of the casualty word (or of
    the verb it tells the state of), or after "in" on it, with no article or with a count or
    "separate" before it ("the shootings at the mall" may be one incident told shot by shot);
    "in different actions", "in separate raids" (`SUMMED_OVER`)."""
    govs = [trigger]
    if trigger.dep_ in {"acl", "amod"}:
        # "left two dead and five others injured": the verb the hurt people hang on
        noun = trigger.head
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        # the parser may hang the list's last member on the verb itself
        govs.append(noun if noun.pos_ in {"VERB", "AUX"} else noun.head)
    for gov in govs[:4]:
        # up the verbs the casualty word hangs on ("left one dead and another wounded",
        # "were killed ... and 35 others have been wounded in shootings")
        if gov.dep_ in CLAUSE_LINKS and gov.head.i != gov.i and gov.head not in govs:
            govs.append(gov.head)
        govs += [c for c in gov.children if c.dep_ == "conj" and c not in govs]
    words: list[tuple[Token, bool]] = []  # (word, said of the trigger itself)
    for gov in govs:
        if gov.dep_ == "relcl":
            words.append((gov.head, False))  # "four separate shootings that left two men dead"
        for c in gov.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                words.append((c, gov.i == trigger.i))
            elif c.dep_ == "prep" and c.lower_ in {"in", "during"}:
                words += [(g, gov.i == trigger.i) for g in c.children if g.dep_ == "pobj"]
    for word, own in words:
        apart = any(c.lower_ in APART_WORDS or c.like_num for c in word.children)
        if word.lower_ in INCIDENT_PLURALS:
            if apart or not any(c.dep_ in {"det", "poss"} for c in word.children):
                return True
        elif word.lower_ in {"incidents", "attacks"} and apart:
            return True
        elif word.lower_ in SUMMED_OVER and apart and own:
            # "In separate actions, the ISPR said, ... 17 terrorists were killed": the
            # sentence's list of actions, each with its own toll, sums nothing
            return True
    return False


def over_a_period(trigger: Token) -> bool:
    """ "More than 700 people have been shot in the city this year", "so far this month": a
    count over a period of time is a statistic, not an incident's toll."""
    govs = {trigger.i}
    if trigger.dep_ in CLAUSE_LINKS and trigger.head.i != trigger.i:
        govs.add(trigger.head.i)
    sent, doc = sentence_of(trigger), trigger.doc
    for i in between(lowered_in(doc, PERIODS_ANY), sent.start, sent.end):
        tok = doc[i]
        if _span_up_to_now(tok, govs):
            return True  # "Clan disputes have killed dozens ... in recent years"
        if tok.lower_ not in PERIOD_NOUNS or tok.head.i not in govs:
            continue
        words = {c.lower_ for c in tok.children} | {tok.doc[tok.i - 1].lower_}
        day = tok.doc[tok.i - 2] if tok.i >= 2 else None
        if day is not None and (day.lower_ in ONE_DAY_WORDS or day.like_num):
            continue  # "killed 37 on New Year's Day this year": one day's toll
        if words & POINT_MARKS or (day is not None and day.lower_ in POINT_MARKS):
            continue  # "a bomb killed five soldiers earlier this month": one incident's day
        if words & PERIOD_MARKS:
            return True
    return False


def _span_up_to_now(tok: Token, govs: set[int]) -> bool:
    """ "in recent years", "over the past two decades": a plural period that runs up to now,
    in a phrase that hangs on the trigger (or the verb it is joined to)."""
    prep = tok.head
    return (
        tok.lower_ in SPAN_NOUNS
        and tok.dep_ == "pobj"
        and prep.lower_ in SPAN_PREPS
        and prep.head.i in govs
        and any(c.lower_ in SPAN_MARKS for c in tok.children)
    )


NATION_WORDS = frozenset({"country", "nation"})


def nationwide(trigger: Token) -> bool:
    """ "40 people were killed and 2,000 wounded across the country on Friday": a toll summed
    over a whole country is no incident's (the trigger, its conjunct or the word it hangs on
    is spread "across the country" or "nationwide")."""
    words = [trigger, trigger.head]
    words += [c for w in list(words) for c in w.children if c.dep_ == "conj"]
    for word in words:
        for c in word.children:
            if c.dep_ == "advmod" and c.lower_ == "nationwide":
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in {"across", "throughout"}
                and any(g.dep_ == "pobj" and g.lower_ in NATION_WORDS for g in c.children)
            ):
                return True
    return False


def toll_keeper(of: Token) -> bool:
    """ "according to a provisional toll of the army", "the toll of the Civil Protection": the
    body in the toll's "of" phrase, named with "the" and no figure, kept the toll and is not
    counted in it ("a toll of 11 dead" counts the dead)."""
    return (
        of.head.dep_ == "prep"
        and of.head.head.lower_ in TOLL_WORDS
        and not of.like_num
        and any(c.dep_ == "det" and c.lower_ == "the" for c in of.children)
        and not any(c.dep_ in {"nummod", "quantmod"} for c in of.children)
    )
