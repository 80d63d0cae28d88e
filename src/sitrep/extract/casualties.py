"""The ``sitrep_casualties`` component: ties each figure to "killed", "wounded" or "casualties".

Reads ``doc._.sitrep_quantities`` and the kill/wound/combined triggers of ``sitrep_lexicon``
and writes ``doc._.sitrep_casualties``. ACLED rules: a figure counts only when it counts people
(never "20 airstrikes" or "6 bases"); "killing and wounding about 20" is a combined toll, not a
death toll; the attackers' own deaths are counted ("the bomber was also killed" adds one).
Local crime-news phrasing is read too: a shooting that names its victim ("the fatal shooting
of a toddler", "accused of shooting his cousin"), those brought "with gunshot wounds", "five
were shot, one of them fatally", "succumbed to his injuries", "treated for gunshot wounds",
"in critical condition", "a double murder", and lists of victims the parser breaks apart. The
dead of the other side of one fight, told next, add up (``figures.other_side``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.extract import extensions as _extensions  # noqa: F401  (registers Doc._.sitrep_*)
from sitrep.extract.figures import list_member, other_side
from sitrep.extract.frames import CasualtyLink, NumberPhrase
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.ruler import SPANS_KEY

__all__ = ["CasualtyLinker", "make_casualty_linker"]

KIND_OF = {"kill": "killed", "wound": "injured", "combined": "combined"}
NOUN_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ", "X"})
ZERO_WORDS = frozenset({"nobody", "none", "noone"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
FILLERS = frozenset({"others", "other", "people", "more", "were", "was", "persons", "are"})
MANNER_TRIGGERS = frozenset({"shot"})
"""Trigger keys that say how a victim was harmed ("was shot"): a wound unless a death is said."""
SHOOTING_NOUNS = frozenset({"shooting", "stabbing"})
"""Event words that name their victim: "the shooting of a teen", "shooting his cousin"."""
FATAL_MODIFIERS = frozenset({"fatal", "deadly", "fatally"})
BEARER_VERBS = frozenset(
    {
        "lose", "lost", "suffer", "suffered", "sustain", "sustained", "receive", "received",
        "recover", "recovering", "recovered", "escape", "escaped", "succumb", "succumbed",
    }
)  # fmt: skip
CARRIED_WITH = frozenset(
    {
        "take", "taken", "rush", "rushed", "transport", "transported", "airlift", "airlifted",
        "hospitalize", "hospitalized", "admit", "admitted", "arrive", "arrived", "show",
        "showed", "treat", "treated", "remain", "remained",
    }
)  # fmt: skip
"""Verbs whose subject was brought somewhere "with gunshot wounds"."""
TREATED_FOR = frozenset(
    {
        "treat", "treated", "hospitalize", "hospitalized", "hospitalise", "hospitalised",
        "admit", "admitted",
    }
)  # fmt: skip
"""Verbs whose subject was cared for "for" wounds or injuries."""
FOUND_WITH = frozenset({"find", "found", "discover", "discovered", "locate", "located"})
AGENT_VERBS = frozenset(
    {"kill", "killing", "killed", "kills", "shot", "stabbed", "shooting", "stabbing"}
)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "nsubjpass"})
STATE_DEPS = frozenset({"oprd", "acomp", "xcomp"})
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_DEATHS = frozenset({"murder", "murders", "homicide", "homicides", "slaying", "slayings"})
"""Incident words that count their dead when "double", "triple" ... stands before them."""
ORDINAL_PEOPLE = frozenset({"second", "third", "fourth", "fifth", "sixth"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "self"})
SINGULAR_REFLEXIVES = frozenset({"himself", "herself", "self"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
LEAVING_VERBS = frozenset({"leave", "left", "find", "found", "discover", "discovered"})
"""Verbs that tell the state a list of people was left or found in: "found two women and a man
dead" (the parser hangs "dead" on the last member)."""
CONDITION_NOUNS = frozenset({"condition", "conditions"})
CONDITION_GRADES = frozenset({"critical", "serious", "stable", "grave", "fair", "poor", "good"})
"""The grades a hospital gives a patient: "in critical condition" tells of an injured person."""
REPORTING_VERBS = frozenset({"say", "said", "tell", "told", "report", "reported", "add", "added"})


class CasualtyLinker:
    def __init__(self, nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> None:
        self.name = name
        self.lex = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.link(doc))
        return doc

    def set_annotations(self, doc: Doc, links: list[CasualtyLink]) -> None:
        doc._.sitrep_casualties = links

    # -- compute -----------------------------------------------------------------------
    def link(self, doc: Doc) -> list[CasualtyLink]:
        phrases: dict[int, NumberPhrase] = {}
        for p in doc._.sitrep_quantities or []:
            for i in range(p.start, p.end):
                phrases[i] = p
        heads: dict[int, str] = {}
        manner: set[int] = set()
        for span in doc.spans.get(SPANS_KEY, []):
            if span.label_ != "EV":
                continue
            kind = self.lex.triggers[span.id_].kind
            if kind not in KIND_OF:
                continue
            if span.root.lower_ == "lives" and span.root.pos_ == "VERB":
                continue  # "a neighbor who lives nearby": the verb, not "lost their lives"
            if span.id_ in MANNER_TRIGGERS:
                if span.root.tag_ in NOUN_TAGS:
                    continue  # "a shot rang out": no one is hurt by the noun
                manner.add(span.root.i)
            if heads.get(span.root.i) in {None, "injured"}:
                # "fatally shot" and "shot" share their head: the death wins.
                heads[span.root.i] = KIND_OF[kind]
        for i, kind in list(heads.items()):
            if kind == "injured" and _succumbed_to(doc[i]):
                heads[i] = "killed"  # "the victim later succumbed to his injuries"
            elif i in manner and _to_death(doc[i]):
                heads[i] = "killed"  # "shot his daughter to death"
        shootings = self._shootings_of(doc)
        for i, kind in shootings.items():
            if i not in heads:
                heads[i] = kind
                if kind == "injured":
                    manner.add(i)
        for i in sorted(manner):
            partner = self._other_kind_partner(doc[i], "injured", heads)
            if heads.get(i) != "injured" or partner is None:
                continue
            told = doc[partner].head if doc[partner].dep_ in STATE_DEPS else doc[partner]
            if not any(c.dep_ in ARGUMENT_DEPS for c in told.children):
                # "was shot and killed": one victim, killed, not a combined toll; but
                # "four were shot and two of them died" keeps both counts
                del heads[i]
        victims = {i: self._victims(doc[i], phrases) for i in heads}
        links: list[CasualtyLink] = []
        combined_done: set[int] = set()
        for i, kind in sorted(heads.items()):
            tok = doc[i]
            partner = self._other_kind_partner(tok, kind, heads)
            if partner is not None and kind != "combined":
                mine, theirs = victims[i], victims[partner]
                if bool(mine) != bool(theirs):
                    if i in combined_done or partner in combined_done:
                        continue
                    combined_done |= {i, partner}
                    for v in mine or theirs:
                        link = self._make(doc, "combined", i, v, phrases)
                        if link is not None:
                            links.append(link)
                    continue
            for v in victims[i]:
                link = self._make(doc, kind, i, v, phrases)
                if link is not None:
                    links.append(link)
        links = [
            replace(lk, hit=True)
            if (lk.trigger in manner and lk.kind == "injured" and not _others(doc, lk))
            or lk.trigger in shootings
            else lk
            for lk in links
        ]
        fatal = _fatally(doc, heads, manner, phrases)
        links = other_side(doc, links, self.lex.actor_classes)
        counted = {lk.trigger for lk in links}
        return _dedupe(links + fatal + self._multiple_shootings(doc, heads, counted))

    def _shootings_of(self, doc: Doc) -> dict[int, str]:
        """ "the shooting of a 7-year-old girl", "accused of shooting his cousin", "the fatal
        shooting of a toddler": a shooting that names whom it hit (a death when it is called
        fatal). A shooting with no victim named ("a shooting broke out") counts no one."""
        out: dict[int, str] = {}
        for span in doc.spans.get(SPANS_KEY, []):
            root = span.root
            if span.label_ != "EV" or len(span) != 1 or root.lower_ not in SHOOTING_NOUNS:
                continue
            if root.pos_ == "NOUN":
                named = [
                    g
                    for prep in root.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for g in prep.children
                    if g.dep_ == "pobj" and not self._thing(g)
                ]
            elif root.tag_ == "VBG":
                named = [c for c in root.children if c.dep_ == "dobj" and not self._thing(c)]
            else:
                continue
            if not named:
                continue
            # "the fatal shooting of", "shooting to death three people"
            fatal = _to_death(root) or any(c.lower_ in FATAL_MODIFIERS for c in root.children)
            out[root.i] = "killed" if fatal else "injured"
        return out

    def _multiple_shootings(
        self, doc: Doc, heads: dict[int, str], counted: set[int]
    ) -> list[CasualtyLink]:
        """ "a quadruple shooting": four people shot (the dead among them); "a double murder",
        "a triple homicide": so many dead (unless the word already counts its victims)."""
        out: list[CasualtyLink] = []
        for span in doc.spans.get(SPANS_KEY, []):
            root = span.root
            if span.label_ != "EV":
                continue
            if root.lower_ in {"shooting", "stabbing"} and root.i not in heads:
                kind = "injured"
            elif root.lower_ in MULTIPLE_DEATHS and root.i not in counted:
                kind = "killed"
            else:
                continue
            for c in root.children:
                count = MULTIPLES.get(c.lower_)
                if c.dep_ in {"amod", "compound"} and count is not None:
                    link = CasualtyLink(kind, root.i, count, c.i, c.i + 1, victim=c.i, hit=True)
                    out.append(link)
        return out

    def _other_kind_partner(self, tok: Token, kind: str, heads: dict[int, str]) -> int | None:
        near = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            near.append(tok.head)
        # "was shot and pronounced dead": the state on the second verb of the pair
        near += [g for c in list(near) for g in c.children if g.dep_ in STATE_DEPS]
        if tok.dep_ in STATE_DEPS and tok.head.dep_ == "conj":
            near.append(tok.head.head)
        for other in near:
            other_kind = heads.get(other.i)
            if other_kind is not None and other_kind != kind and other_kind != "combined":
                return other.i
        return None

    def _victims(self, tok: Token, phrases: dict[int, NumberPhrase]) -> list[Token]:
        """Head tokens of the people the casualty word is about (or the figure itself)."""
        found: list[Token] = []
        children = list(tok.children)
        deps = {c.dep_ for c in children}
        if _condition(tok) is not None:
            # "the driver was in critical condition": the one in that state was hurt
            found += _in_condition(tok)
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"acl", "amod"}:
            found += [
                c
                for c in children
                if c.dep_ in {"nummod", "det"} and (c.i in phrases or c.lower_ == "no")
            ]
            found += [c.head for c in children if c.i in phrases and c.dep_ == "quantmod"]
            bearer = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
            borne = (
                not found
                and tok.dep_ in {"dobj", "pobj"}
                and _lemma(bearer) in BEARER_VERBS
                and bearer.pos_ != "NOUN"
            )
            if borne:
                # "two soldiers lost their lives", "three men suffered (from) gunshot wounds",
                # "a girl is recovering from a gunshot wound at a hospital": the bearer
                found += [c for c in bearer.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not found and tok.dep_ == "pobj" and tok.head.lower_ == "with":
                found += self._with_wounds(tok.head.head)
            if not found and tok.dep_ == "pobj" and tok.head.lower_ == "for":
                # "two people were treated for gunshot wounds": the ones cared for
                carer = tok.head.head
                if _lemma(carer) in TREATED_FOR and carer.pos_ in {"VERB", "AUX"}:
                    # "were treated": the subject; "treated the driver": the object
                    found += [c for c in carer.children if c.dep_ in OBJECTS]
            preps = [c for c in children if c.dep_ == "prep" and c.lower_ in {"of", "to", "at"}]
            for prep in preps if not found else []:
                # "the deaths of five people"; "wounds to the head": a body part is no person
                found += [
                    g
                    for g in prep.children
                    if g.dep_ == "pobj" and not self._thing(g) and not self._event_word(g)
                ]
            if not found and tok.lower_ in {"toll", "tolls"}:
                found += [t for t in tok.head.subtree if t.i > tok.i and t.i in phrases][:1]
        elif tok.dep_ in {"acl", "amod"} and tok.head.pos_ in NOUN_POS:
            if tok.head.ent_type_ not in {"DATE", "TIME"}:
                # "left two wounded Feb. 15" may hang the participle on the date
                found.append(tok.head)
                found += _left_with(tok.head)
        elif "nsubjpass" in deps or "auxpass" in deps:
            found += [c for c in children if c.dep_ == "nsubjpass"]
            if not found:
                # "is recovering from being shot", "died after being shot": the one the
                # governing verb is about
                gov = tok.head.head if tok.dep_ == "pcomp" else tok.head
                if tok.dep_ in {"pcomp", "advcl", "xcomp"} and gov.i != tok.i:
                    found += [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}]
        else:
            found += [c for c in children if c.dep_ in {"dobj", "obj"}]
            if not found and (tok.lower_ not in AGENT_VERBS or _small_clause(tok)):
                # "two people died": the subject suffered it; "the gunman shot at ...": not;
                # "found a woman and her son shot to death": the ones found
                found += [c for c in children if c.dep_ == "nsubj"]
            if not found:
                found += [c for c in children if c.dep_ == "nummod" and c.i in phrases]
            if not found:
                found += _following_count(tok, phrases)
            if not found:
                # "left a 17-year-old dead": the parser may hang the age noun on "dead"
                found += [c for c in children if _age_noun(c)]
            state = (
                tok.dep_ in STATE_DEPS
                or (tok.dep_ == "advcl" and tok.pos_ == "ADJ")
                or _left_in_state(tok)
            )
            if not found and state:
                # "was pronounced dead", "was found shot to death"
                # the object of an active verb ("the coroner pronounced the victim dead"), else
                # its subject ("four people are dead")
                held = [c for c in tok.head.children if c.dep_ in OBJECTS]
                found += held or [c for c in tok.head.children if c.dep_ == "nsubj"]
                if not found and tok.head.dep_ == "conj" and tok.head.head.tag_.startswith("VB"):
                    # "was shot and pronounced dead": the one named on the first verb
                    found += [c for c in tok.head.head.children if c.dep_ in OBJECTS]
        if not found:
            prev = self._preceding_number(tok, phrases)
            if prev is not None:
                found.append(prev)
        if not found and tok.dep_ == "conj" and tok.head.tag_.startswith("VB"):
            # "A man was shot and killed", "two men shot and killed in a house": the victims
            # are named once, on the first verb of the pair.
            found += [c for c in tok.head.children if c.dep_ in {"nsubjpass", "dobj"}]
            if not found and tok.head.dep_ in {"acl", "amod"} and tok.head.head.pos_ in NOUN_POS:
                found.append(tok.head.head)
        out: list[Token] = []
        found = [_partitive(_antecedent(v, tok)) for v in found]
        found = [
            v
            for v in found
            if v.lower_ not in self.lex.non_person and v.lemma_.lower() not in self.lex.non_person
        ]
        for v in found:
            out.append(v)
            # "a man, a woman and a 6-year-old boy": every member of the coordination
            counted = v.i in phrases or any(
                c.dep_ == "nummod" and c.i in phrases for c in v.children
            )
            members = [
                c
                for c in v.subtree
                if list_member(c)
                and c.pos_ in NOUN_POS
                and _conj_chain(c, v)
                and not (counted and _restates_count(c, v))
                and not _speakers(c)
                and not (c.is_digit and v.pos_ == "PROPN")  # "Ann Lee and Bo Kim, both 24,"
            ]
            if not _breakdown(v, members, phrases):
                out += members
            if v.ent_type_ in {
                "GPE",
                "LOC",
                "ORG",
            }:  # "MOGADISHU, ... - Twenty-six people were killed"
                out += [
                    c
                    for c in v.children
                    if c.dep_ == "appos" and c.pos_ in NOUN_POS and not c.like_num
                ]
        return out

    def _with_wounds(self, head: Token) -> list[Token]:
        """ "officers found a boy with a gunshot wound", "four men were taken to a hospital with
        gunshot wounds": the person the wounds are on, or the ones carried, treated or found
        with them."""
        if head.pos_ in {"NOUN", "PROPN"}:
            lemma = _lemma(head)
            if lemma in self.lex.actor_classes or head.ent_type_ == "PERSON" or _age_noun(head):
                return [head]
            if head.dep_ != "pobj" or head.head.dep_ != "prep":
                return []
            head = head.head.head  # "taken to a hospital with wounds"
        lemma = _lemma(head)
        if lemma in FOUND_WITH:
            return [c for c in head.children if c.dep_ == "dobj"]
        if lemma in CARRIED_WITH:
            return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return []

    def _event_word(self, tok: Token) -> bool:
        """ "the toll of the bombing", "two shootings left a teen dead": an incident word is no
        person (but "protesters" is, though it starts like "protest")."""
        if _lemma(tok) in self.lex.actor_classes or tok.lower_ in self.lex.actor_classes:
            return False
        return any(s.label_ == "EV" and s.root.i == tok.i for s in tok.doc.spans.get(SPANS_KEY, []))

    def _thing(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.non_person or _lemma(tok) in self.lex.non_person

    @staticmethod
    def _preceding_number(tok: Token, phrases: dict[int, NumberPhrase]) -> Token | None:
        doc = tok.doc
        j = tok.i - 1
        while j >= 0 and j >= tok.i - 3 and doc[j].lower_ in FILLERS:
            j -= 1
        if j >= 0 and j in phrases and phrases[j].end == j + 1:
            return doc[j]
        return None

    def _make(
        self, doc: Doc, kind: str, trigger: int, victim: Token, phrases: dict[int, NumberPhrase]
    ) -> CasualtyLink | None:
        lex = self.lex
        word = victim.lower_
        lemma = victim.lemma_.lower() if victim.lemma_ else word
        if word in lex.non_person or lemma in lex.non_person or self._event_word(victim):
            return None  # "20 airstrikes", "two shootings left a teenager dead"
        attacker = word in lex.attackers or lemma in lex.attackers
        trig = doc[trigger]
        # "shot his daughter to death and then killed himself": the killer's own death adds
        suicide = word in SINGULAR_REFLEXIVES and victim.dep_ == "dobj" and kind == "killed"
        additive = attacker or suicide or any(c.lower_ in {"also", "too"} for c in trig.children)
        zero = (
            word in ZERO_WORDS
            or victim.lower_ == "no"
            or any(c.lower_ == "no" for c in victim.children if c.dep_ == "det")
            or (victim.i > 0 and doc[victim.i - 1].lower_ == "no")
        )
        phrase = phrases.get(victim.i)
        if phrase is None:
            for c in victim.children:
                if c.i < victim.i and c.i in phrases:
                    phrase = phrases[c.i]
        if phrase is None and any(c.lower_ in {"both", "twin"} for c in victim.children):
            start = min(c.i for c in victim.children if c.lower_ in {"both", "twin"})
            return CasualtyLink(
                kind,
                trigger,
                2,
                start,
                victim.i + 1,
                victim=victim.i,
                attacker=attacker,
                additive=additive,
            )
        if zero:
            start = victim.i - 1 if victim.i > 0 and doc[victim.i - 1].lower_ == "no" else victim.i
            return CasualtyLink(kind, trigger, 0, start, victim.i + 1, victim=victim.i)
        if word == "another" and victim.pos_ != "NOUN":
            # "three were shot to death and another was injured": one more person
            return CasualtyLink(kind, trigger, 1, victim.i, victim.i + 1, victim=victim.i)
        if word in ORDINAL_PEOPLE and any(c.lower_ in {"a", "an"} for c in victim.children):
            # "two people were killed and a third was wounded"
            start = min([victim.i] + [c.i for c in victim.children if c.i < victim.i])
            return CasualtyLink(kind, trigger, 1, start, victim.i + 1, victim=victim.i)
        if phrase is not None:
            return CasualtyLink(
                kind,
                trigger,
                phrase.value,
                phrase.start,
                phrase.end,
                low=phrase.low,
                high=phrase.high,
                qualifier=phrase.qualifier,
                victim=victim.i,
                attacker=attacker,
                additive=additive,
            )
        person = (
            lex.actor_classes.get(word)
            or lex.actor_classes.get(lemma)
            or (victim.ent_type_ == "PERSON" and "PERSON")
        )
        # One person: "a 7-year-old" (tagged as an adjective), "he was shot" (a personal
        # pronoun), "wounded a cashier" (the one a casualty verb acts on).
        one = (
            _age_noun(victim)
            # "killed his wife and himself": the killer, listed among the dead; "shot himself"
            or (word in SINGULAR_REFLEXIVES and (list_member(victim) or victim.dep_ == "dobj"))
            or (word in SINGULAR_PRONOUNS and victim.tag_ == "PRP")
            or _object_of_harm(victim, trig)
            or _named_member(victim)
            or _indefinite_member(victim)
        )
        # a name the tagger reads as a plural ("DeShawn Beedles") is still one person
        name = victim.ent_type_ == "PERSON" and victim.is_title
        singular = victim.tag_ in SINGULAR_TAGS or one or name
        if (person or one) and singular and word not in {"people", "police"}:
            start = min([victim.i] + [c.left_edge.i for c in victim.children if c.i < victim.i])
            return CasualtyLink(
                kind,
                trigger,
                1,
                start,
                victim.i + 1,
                victim=victim.i,
                attacker=attacker,
                additive=additive,
            )
        return None


def _following_count(verb: Token, phrases: dict[int, NumberPhrase]) -> list[Token]:
    """ "killed a man and wounded three Saturday night": the parser may hang the count on the
    date after it; a figure right after an active casualty verb is its object."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt >= len(doc) or nxt not in phrases or phrases[nxt].start != nxt:
        return []
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    head = doc[nxt].head
    if head.i == verb.i or head.ent_type_ in {"DATE", "TIME"} or head.dep_ == "npadvmod":
        return [doc[nxt]]
    return []


def _fatally(
    doc: Doc, heads: dict[int, str], manner: set[int], phrases: dict[int, NumberPhrase]
) -> list[CasualtyLink]:
    """ "Five people were shot, one of them fatally", "two were stabbed -- both fatally": the
    dead among those hit, told by a count that "fatally" hangs on."""
    out: list[CasualtyLink] = []
    for tok in doc:
        if tok.lower_ != "fatally":
            continue
        counts = [c for c in tok.children if c.i < tok.i] + [tok.head]
        counts = [c for c in counts if c.i != tok.i and c.dep_ != "nummod"]
        counts = [c for c in counts if c.lower_ == "both" or c.i in phrases]
        if not counts:
            continue
        count = counts[0]
        value = 2 if count.lower_ == "both" else None
        if count.i in phrases and phrases[count.i].start == count.i:
            value = phrases[count.i].value
        hit = [i for i in manner if heads.get(i) == "injured" and i < count.i]
        hit = [i for i in hit if doc[i].sent.start == count.sent.start]
        if value is None or not hit:
            continue
        end = phrases[count.i].end if count.i in phrases else count.i + 1
        out.append(CasualtyLink("killed", max(hit), value, count.i, end, victim=count.i))
    return out


def _to_death(verb: Token) -> bool:
    """ "shot his daughter to death", "shooting to death three people"."""
    return any(
        c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children
    )


def _succumbed_to(wound: Token) -> bool:
    """ "succumbed to his injuries": the wound that killed its bearer."""
    return (
        wound.dep_ == "pobj"
        and wound.head.lower_ == "to"
        and _lemma(wound.head.head) in {"succumb", "succumbed"}
    )


def _small_clause(verb: Token) -> bool:
    """ "found a woman and her son shot to death": the parser reads the participle as a clause
    whose subject is the ones found."""
    return verb.dep_ in {"ccomp", "xcomp", "oprd"} and _lemma(verb.head) in LEAVING_VERBS


def _condition(tok: Token) -> Token | None:
    """The preposition of "in critical condition" ("listed in serious condition"), told by the
    preposition or the noun."""
    prep = tok.head if tok.lower_ in CONDITION_NOUNS and tok.dep_ == "pobj" else tok
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in CONDITION_NOUNS]
    if not nouns or not any(c.lower_ in CONDITION_GRADES for c in nouns[0].children):
        return None
    return prep


def _in_condition(tok: Token) -> list[Token]:
    """ "the driver was in critical condition", "two men were taken to a hospital in stable
    condition", "a woman in serious condition": the subject of the verb the state hangs on,
    or the noun it describes."""
    prep = _condition(tok)
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


def _left_in_state(word: Token) -> bool:
    """ "a shooting left five men wounded": the parser may read the participle after the
    object of "left" or "found" as a clause of its own; it still tells the object's state."""
    head = word.head
    return (
        word.dep_ == "advcl"
        and head.i != word.i
        and _lemma(head) in LEAVING_VERBS
        and any(c.dep_ == "dobj" and c.i < word.i for c in head.children)
    )


def _left_with(noun: Token) -> list[Token]:
    """ "left three women and one man injured", "found two women and one man dead": the
    participle hangs on the last member of the list, but every member was hurt."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.i == noun.i or top.dep_ != "dobj" or _lemma(top.head) not in LEAVING_VERBS:
        return []
    members = [top, *(c for c in top.subtree if _conj_chain(c, top))]
    return [m for m in members if m.i != noun.i]


def _partitive(victim: Token) -> Token:
    """ "a total of seven people were shot": the people, not the word "total"."""
    if victim.lower_ not in {"total", "tally"}:
        return victim
    for prep in victim.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return victim


def _count_of(tok: Token, phrases: dict[int, NumberPhrase]) -> int | None:
    if tok.i in phrases:
        return phrases[tok.i].value
    for c in tok.children:
        if c.dep_ == "nummod" and c.i in phrases:
            return phrases[c.i].value
    return None


def _breakdown(total: Token, members: list[Token], phrases: dict[int, NumberPhrase]) -> bool:
    """ "four people, three women and one man, were taken ...": counts after a comma that add
    up to the count before them break it down; the parser may read them as more members."""
    if not members:
        return False
    whole = _count_of(total, phrases)
    parts = [_count_of(m, phrases) for m in members]
    after = total.i + 1
    return (
        whole is not None
        and None not in parts
        and sum(p or 0 for p in parts) == whole
        and after < len(total.doc)
        and total.doc[after].text == ","
    )


def _speakers(member: Token) -> bool:
    """ "killing two fighters, the coalition and residents said": the parser may hang the
    ones who said it on the list of victims, as an apposition standing right before the
    reporting verb."""
    doc = member.doc
    tok = member
    while list_member(tok) and tok.head.i != tok.i:
        after = tok.right_edge.i + 1
        if tok.dep_ == "appos" and after < len(doc) and _lemma(doc[after]) in REPORTING_VERBS:
            return True
        tok = tok.head
    return False


def _restates_count(member: Token, counted: Token) -> bool:
    """ "Three people, a man, a woman and a teenager": a list in apposition to a counted noun
    names the ones already counted."""
    tok = member
    while tok.head.i != tok.i and tok.head.i != counted.i:
        tok = tok.head
    return tok.dep_ == "appos" and tok.head.i == counted.i


def _conj_chain(tok: Token, top: Token) -> bool:
    """Is ``tok`` a member of the list that starts at ``top``?"""
    while list_member(tok) and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == top.i:
            return True
    return False


def _others(doc: Doc, link: CasualtyLink) -> bool:
    """ "four others were shot": people besides those already counted."""
    if link.victim is None:
        return False
    victim = doc[link.victim]
    return victim.lower_ in {"others", "another"} or any(
        c.lower_ in {"other", "another"} for c in victim.children
    )


def _antecedent(victim: Token, verb: Token) -> Token:
    """The person a reflexive or relative pronoun stands for: "the boy shot himself" (the
    subject), "the teen, who was shot" (the noun the clause hangs on)."""
    word = victim.lower_
    if word in REFLEXIVES:
        # "a boy who shot himself": the subject, or the noun a relative subject stands for;
        # a subject the parser got wrong ("A 15-year-old playing ... shot himself" read as
        # the noun "playing") leaves the reflexive, which counts one person
        subjects = [_antecedent(c, verb) for c in verb.children if c.dep_ == "nsubj"]
        named = [c for c in subjects if c.pos_ in NOUN_POS and not c.lower_.endswith("ing")]
        return named[0] if named and named[0].lower_ not in {"who", "that"} else victim
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "who was shot and killed": the clause is the first verb's
    if word in {"who", "that"} and clause.dep_ == "relcl" and clause.head.pos_ in NOUN_POS:
        return clause.head
    return victim


def _object_of_harm(victim: Token, verb: Token) -> bool:
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


def _indefinite_member(tok: Token) -> bool:
    """ "two young children and an adult were shot": a singular noun listed with "a" beside
    the victims is one more person (things are excluded by the non-person list before this)."""
    return (
        list_member(tok)
        and tok.tag_ == "NN"
        and not tok.ent_type_
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
    )


def _named_member(tok: Token) -> bool:
    """ "Annette Reed, Chanice Reed and Eddie McCuin": a singular name in a list of names is
    one person, whatever entity type the tagger gave it (but a place is none)."""
    listed = list_member(tok) or any(list_member(c) and c.tag_ == "NNP" for c in tok.children)
    return (
        listed
        and tok.tag_ == "NNP"
        and tok.is_title
        and tok.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"}
    )


def _age_noun(tok: Token) -> bool:
    """ "a 7-year-old" used as a noun: its head is "old", after "year -"."""
    doc = tok.doc
    words = [t.lower_ for t in doc[max(tok.i - 3, 0) : tok.i] if t.text != "-"]
    return tok.lower_ == "old" and bool(words) and words[-1] in {"year", "month", "week"}


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _dedupe(links: list[CasualtyLink]) -> list[CasualtyLink]:
    seen: set[tuple[str, int, int]] = set()
    out: list[CasualtyLink] = []
    for link in links:
        key = (link.kind, link.start, link.end)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out


@Language.factory(
    "sitrep_casualties",
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v1"}},
    assigns=["doc._.sitrep_casualties"],
    requires=["doc._.sitrep_quantities", "token.dep"],
)
def make_casualty_linker(
    nlp: Language, name: str, lexicon: Callable[[], Lexicon]
) -> CasualtyLinker:
    return CasualtyLinker(nlp, name, lexicon)
