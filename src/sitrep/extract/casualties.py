"""The ``sitrep_casualties`` component: ties each figure to "killed", "wounded" or "casualties".

Reads ``doc._.sitrep_quantities`` and the kill/wound/combined triggers of ``sitrep_lexicon``
and writes ``doc._.sitrep_casualties``. ACLED rules: a figure counts only when it counts people
(never "20 airstrikes" or "6 bases"); "killing and wounding about 20" is a combined toll, not a
death toll; the attackers' own deaths are counted ("the bomber was also killed" adds one).
Local crime-news phrasing is read too: a shooting that names its victim ("the fatal shooting
of a toddler", "accused of shooting his cousin"), those brought "with gunshot wounds", "five
were shot, one of them fatally", "succumbed to his injuries", "treated for gunshot wounds",
"in critical condition", "a double murder", and lists of victims the parser breaks apart. The
dead of the other side of one fight, told next, add up (``figures.other_side``). Final tallies:
a charge of murder tells that the one shot died, "a second victim has died" gives the toll so
far, "no other injuries" counts nothing, and a count summed over several incidents or over a
period ("700 shot this year") or told with the victims' state ("two were hit in the leg") is
no incident's toll, and one victim told as hurt and then dead ("a soldier who was wounded in
the ambush died") is counted once, among the dead. The syntax tests live in ``victim_syntax``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.extract import extensions as _extensions  # noqa: F401  (registers Doc._.sitrep_*)
from sitrep.extract.figures import ZERO_WORDS, list_member, other_side
from sitrep.extract.frames import CasualtyLink, NumberPhrase
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.ruler import SPANS_KEY, lexicon_roots
from sitrep.extract.titles import reduced_passive
from sitrep.extract.token_scan import lowered_in
from sitrep.extract.victim_syntax import (
    ARGUMENT_DEPS,
    LIFE_WORDS,
    NOUN_POS,
    OBJECTS,
    across_incidents,
    age_noun,
    antecedent,
    besides_zero,
    breakdown,
    condition_of,
    conj_chain,
    dateline_victims,
    in_condition,
    indefinite_member,
    killing_charged,
    left_in_state,
    left_with,
    lemma_of,
    named_member,
    nationwide,
    object_of_harm,
    others_told,
    over_a_period,
    partitive,
    restates_count,
    sentence_of,
    small_clause,
    speakers,
    succumbed_to,
    to_death,
    toll_keeper,
)

__all__ = ["CasualtyLinker", "make_casualty_linker"]

KIND_OF = {"kill": "killed", "wound": "injured", "combined": "combined"}
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
        "embrace", "embraced",
    }
)  # fmt: skip
MARTYRDOM_WORDS = frozenset({"martyrdom", "shahadat", "shahadah", "shahadath"})
"""What "two soldiers embraced ..." embraced: their death, not a victim."""
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
STATE_DEPS = frozenset({"oprd", "acomp", "xcomp"})
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_DEATHS = frozenset({"murder", "murders", "homicide", "homicides", "slaying", "slayings"})
"""Incident words that count their dead when "double", "triple" ... stands before them."""
ORDINAL_VALUES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
ORDINAL_PEOPLE = frozenset(ORDINAL_VALUES)
LATER_DEATH_VERBS = frozenset({"die", "died", "dies", "succumb", "succumbed", "succumbs"})
"""Verbs of a death told after the shooting ("a second victim has died")."""
STATE_TRIGGERS = frozenset({"condition", "hit", "struck"})
"""Triggers that tell the state or the wound of victims told elsewhere ("in stable condition",
"hit in the leg")."""
KILLING_DEEDS = frozenset({"assassinated", "murdered", "massacred"})
SINGULAR_REFLEXIVES = frozenset({"himself", "herself", "self"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


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
        deeds: set[int] = set()
        for span in doc.spans.get(SPANS_KEY, []):
            if span.label_ != "EV":
                continue
            kind = self.lex.triggers[span.id_].kind
            if kind == "attack" and span.root.lower_ in KILLING_DEEDS:
                # "assassinated a young man", "murdered a signatory of the peace deal": an
                # attack whose deed is a death ("an attempt to assassinate" is not told done),
                # counted on the incident word itself
                kind = "kill"
                deeds.add(span.root.i)
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
            if kind == "injured" and succumbed_to(doc[i]):
                heads[i] = "killed"  # "the victim later succumbed to his injuries"
            elif i in manner and to_death(doc[i]):
                heads[i] = "killed"  # "shot his daughter to death"
        shootings = self._shootings_of(doc, heads)
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
                # "were killed or wounded": either fate, one count of both
                either = _either_or(doc, i, partner) and [v.i for v in mine] == [
                    v.i for v in theirs
                ]
                if bool(mine) != bool(theirs) or either:
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
            if (lk.trigger in manner and lk.kind == "injured" and not others_told(doc, lk))
            or lk.trigger in shootings
            or lk.trigger in deeds
            else lk
            for lk in links
        ]
        fatal = _fatally(doc, heads, manner, phrases)
        links = other_side(doc, links, self.lex.actor_classes)
        counted = {lk.trigger for lk in links}
        links = [
            lk for lk in links if not _state_count(doc, lk) and not _summed_over_incidents(doc, lk)
        ]
        links = [_running_toll(doc, lk, links) for lk in links]
        links = [lk for lk in links if not _hurt_then_dead(doc, lk, links)]
        links = [lk for lk in links if not _part_of_a_toll(doc, lk, links)]
        found = links + fatal + self._multiple_shootings(doc, heads, counted)
        nothing = _no_loss_of_life(doc) + _without_casualties(doc)
        return _dedupe(_dead_and_wounded(doc, phrases, found + nothing))

    def _shootings_of(self, doc: Doc, heads: dict[int, str]) -> dict[int, str]:
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
            fatal = to_death(root) or any(c.lower_ in FATAL_MODIFIERS for c in root.children)
            # "charged with murder in the shooting of a man": the charge tells the death,
            # unless a killing in the sentence accounts for it ("murder in the slaying of A
            # and the shooting of B")
            told = any(
                k == "killed" and sentence_of(root).start <= i < sentence_of(root).end
                for i, k in heads.items()
            )
            fatal = fatal or (not told and killing_charged(sentence_of(root), root))
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
        if condition_of(tok) is not None:
            # "the driver was in critical condition": the one in that state was hurt
            found += in_condition(tok)
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"acl", "amod"}:
            found += [
                c
                for c in children
                if c.dep_ in {"nummod", "det"} and (c.i in phrases or c.lower_ == "no")
            ]
            found += [c.head for c in children if c.i in phrases and c.dep_ == "quantmod"]
            found += _whose_death(tok)
            bearer = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
            borne = (
                not found
                and tok.dep_ in {"dobj", "pobj"}
                and lemma_of(bearer) in BEARER_VERBS
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
                if lemma_of(carer) in TREATED_FOR and carer.pos_ in {"VERB", "AUX"}:
                    # "were treated": the subject; "treated the driver": the object
                    found += [c for c in carer.children if c.dep_ in OBJECTS]
            preps = [c for c in children if c.dep_ == "prep" and c.lower_ in {"of", "to", "at"}]
            for prep in preps if not found else []:
                # "the deaths of five people"; "wounds to the head": a body part is no person
                found += [
                    g
                    for g in prep.children
                    if g.dep_ == "pobj"
                    and not self._thing(g)
                    and not self._event_word(g)
                    and not toll_keeper(g)
                ]
            if not found and tok.lower_ in {"toll", "tolls"}:
                found += [t for t in tok.head.subtree if t.i > tok.i and t.i in phrases][:1]
            if not found and tok.dep_ == "pobj":
                # "put the number of confirmed deaths at 43": the figure the count is given
                figure = _number_of(tok, phrases)
                found += [figure] if figure is not None else []
        elif tok.dep_ == "pobj" and tok.pos_ == "ADJ":
            # "bringing the number of the dead to eleven": the adjective stands for the people
            figure = _number_of(tok, phrases)
            if figure is None:
                # "the toll has risen to at least 70 dead": the adjective counted in place
                figure = next(
                    (c for c in tok.children if c.dep_ == "nummod" and c.i in phrases), None
                )
            found += [figure] if figure is not None else []
        elif (
            tok.dep_ in {"acl", "amod"}
            and tok.head.pos_ in NOUN_POS
            and not (tok.tag_ == "VBG" and "dobj" in deps)
        ):
            # "people killed", "two wounded"; but "a device ... killing one civilian": the
            # participle's object is the one it befell (below), not the noun it hangs on
            figure = _number_of(tok.head, phrases)
            if figure is not None:
                # "the number of people killed in the attack has risen to 35": the figure
                found.append(figure)
            elif tok.head.ent_type_ not in {"DATE", "TIME"}:
                # "left two wounded Feb. 15" may hang the participle on the date
                found.append(tok.head)
                found += left_with(tok.head)
        elif "nsubjpass" in deps or "auxpass" in deps:
            found += [c for c in children if c.dep_ == "nsubjpass"]
            if not found:
                # "is recovering from being shot", "died after being shot": the one the
                # governing verb is about
                gov = tok.head.head if tok.dep_ == "pcomp" else tok.head
                if tok.dep_ in {"pcomp", "advcl", "xcomp"} and gov.i != tok.i:
                    found += [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}]
        else:
            found += [
                c
                for c in children
                if c.dep_ in {"dobj", "obj"}
                and c.lower_ not in MARTYRDOM_WORDS
                and c.lower_ not in LIFE_WORDS  # "35 inhabitants lost the life": its bearers
            ]
            if not found and (
                tok.lower_ not in AGENT_VERBS or small_clause(tok) or reduced_passive(tok)
            ):
                # "two people died": the subject suffered it; "the gunman shot at ...": not;
                # "found a woman and her son shot to death": the ones found; "5 soldiers
                # killed in clashes" heading a title: the ones killed
                found += [c for c in children if c.dep_ == "nsubj"]
            if not found:
                found += [c for c in children if c.dep_ == "nummod" and c.i in phrases]
            if not found:
                found += _following_count(tok, phrases)
            if not found:
                # "left a 17-year-old dead": the parser may hang the age noun on "dead"
                found += [c for c in children if age_noun(c)]
            state = (
                tok.dep_ in STATE_DEPS
                or (tok.dep_ == "advcl" and tok.pos_ == "ADJ")
                or left_in_state(tok)
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
        found = [partitive(antecedent(v, tok)) for v in found]
        # "AUSTIN - A 15-year-old was shot": the parser may make the dateline the subject
        found = [w for v in found for w in (dateline_victims(v) or [v])]
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
                and conj_chain(c, v)
                and not (counted and restates_count(c, v))
                and not speakers(c)
                and not (c.is_digit and v.pos_ == "PROPN")  # "Ann Lee and Bo Kim, both 24,"
            ]
            if not breakdown(v, members, phrases):
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
            lemma = lemma_of(head)
            if lemma in self.lex.actor_classes or head.ent_type_ == "PERSON" or age_noun(head):
                return [head]
            if head.dep_ != "pobj" or head.head.dep_ != "prep":
                return []
            head = head.head.head  # "taken to a hospital with wounds"
        lemma = lemma_of(head)
        if lemma in FOUND_WITH:
            return [c for c in head.children if c.dep_ == "dobj"]
        if lemma in CARRIED_WITH:
            return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return []

    def _event_word(self, tok: Token) -> bool:
        """ "the toll of the bombing", "two shootings left a teen dead": an incident word is no
        person (but "protesters" is, though it starts like "protest")."""
        if lemma_of(tok) in self.lex.actor_classes or tok.lower_ in self.lex.actor_classes:
            return False
        return tok.i in lexicon_roots(tok.doc, "EV")

    def _thing(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.non_person or lemma_of(tok) in self.lex.non_person

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
        if zero and besides_zero(victim):
            return None  # "no other injuries were reported": nothing counted besides the rest
        phrase = phrases.get(victim.i)
        if phrase is None:
            for c in victim.children:
                if c.i < victim.i and c.i in phrases:
                    phrase = phrases[c.i]
        vague = word in VAGUE_COUNT_NOUNS and any(c.lower_ in {"a", "an"} for c in victim.children)
        if vague or (phrase is not None and _vague_count(doc, phrase)):
            return None  # "a number of others were injured": some, not one
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
            age_noun(victim)
            # "killed his wife and himself": the killer, listed among the dead; "shot himself"
            or (word in SINGULAR_REFLEXIVES and (list_member(victim) or victim.dep_ == "dobj"))
            or (word in SINGULAR_PRONOUNS and victim.tag_ == "PRP")
            or victim in _whose_death(trig)
            or object_of_harm(victim, trig)
            or named_member(victim)
            or indefinite_member(victim)
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


DEATH_NOUNS = frozenset({"death", "martyrdom"})
CAUSING = frozenset({"lead", "result", "cause"})


def _whose_death(noun: Token) -> list[Token]:
    """ "opened fire on a young man, which led to his death (martyrdom)", "causing her
    death": the one whose death the shooting caused (one person, by the pronoun)."""
    if noun.lower_ not in DEATH_NOUNS:
        return []
    cause = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"pobj", "dobj"} or lemma_of(cause) not in CAUSING:
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}]


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
    for i in lowered_in(doc, _FATALLY):
        tok = doc[i]
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
        hit = [i for i in hit if sentence_of(doc[i]).start == sentence_of(count).start]
        if value is None or not hit:
            continue
        end = phrases[count.i].end if count.i in phrases else count.i + 1
        out.append(CasualtyLink("killed", max(hit), value, count.i, end, victim=count.i))
    return out


def _running_toll(doc: Doc, link: CasualtyLink, links: list[CasualtyLink]) -> CasualtyLink:
    """ "A second victim has since died", "a third man died at the hospital": a later death
    counted in order gives the toll so far, when nothing else in the sentence is counted
    (beside "two were killed and a third died", the third is one more)."""
    if link.kind != "killed" or link.victim is None:
        return link
    if lemma_of(doc[link.trigger]) not in LATER_DEATH_VERBS:
        return link
    victim = doc[link.victim]
    sent = sentence_of(victim)
    if any(o is not link and sent.start <= o.trigger < sent.end for o in links):
        return link
    order = [c for c in victim.children if c.dep_ == "amod" and c.lower_ in ORDINAL_PEOPLE]
    word = order[0] if order else victim if victim.lower_ in ORDINAL_PEOPLE else None
    if word is None or not any(c.lower_ in {"a", "an"} for c in victim.children):
        return link
    return replace(link, value=ORDINAL_VALUES[word.lower_])


VAGUE_COUNT_NOUNS = frozenset({"number", "handful", "host", "lot", "lots", "series", "score"})
"""Nouns that "a" makes a vague count, not one: "a number of others", "a handful of people"."""


SUBSET_LEADS = (("among", "them"), ("among", "whom"), ("of", "whom"), ("including",))
"""Words that open a part of a toll: "70 dead, among them ten women"."""


def _part_of_a_toll(doc: Doc, link: CasualtyLink, links: list[CasualtyLink]) -> bool:
    """ "has risen to at least 70 dead, among them ten women and three babies": the women are
    part of the toll of the same sentence, not a rival figure."""
    before = [t.lower_ for t in doc[max(0, link.start - 2) : link.start]]
    if not any(tuple(before[-len(lead) :]) == lead for lead in SUBSET_LEADS):
        return False
    sent = doc[link.start].sent
    return any(
        o is not link
        and o.kind == link.kind
        and sent.start <= o.start < link.start
        and (o.value or 0) > (link.value or 0)
        for o in links
    )


def _vague_count(doc: Doc, phrase: NumberPhrase) -> bool:
    """Is the number phrase "a number", "a handful": the article read as one before a noun that
    counts vaguely?"""
    last = doc[phrase.end - 1]
    if last.lower_ in VAGUE_COUNT_NOUNS:
        return True
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    return (
        phrase.value == 1
        and nxt is not None
        and nxt.lower_ in VAGUE_COUNT_NOUNS
        and doc[phrase.end - 1].lower_ in {"a", "an"}
    )


def _either_or(doc: Doc, a: int, b: int) -> bool:
    """Are the two casualty words joined by "or" ("killed or wounded", "dead or injured")?"""
    lo, hi = sorted((a, b))
    return any(t.dep_ == "cc" and t.lower_ == "or" for t in doc[lo + 1 : hi])


def _hurt_then_dead(doc: Doc, link: CasualtyLink, links: list[CasualtyLink]) -> bool:
    """ "A soldier who was wounded in the ambush died on Monday", "a man shot on Friday died":
    the hurt told in a clause on the victim who then died is the same person, counted once
    among the dead (but "left one dead and another wounded" are two people, whatever the
    parse)."""
    if link.kind != "injured" or link.victim is None:
        return False
    victim, trigger = doc[link.victim], doc[link.trigger]
    told_on = any(
        c.dep_ in {"relcl", "acl"} and c.left_edge.i <= trigger.i <= c.right_edge.i
        for c in victim.children
    )
    return told_on and any(
        o.kind == "killed"
        and o.victim == link.victim
        and (o.start, o.end, o.value) == (link.start, link.end, link.value)
        and not o.additive
        for o in links
    )


def _summed_over_incidents(doc: Doc, link: CasualtyLink) -> bool:
    """ "Three shootings killed five", "700 people have been shot this year": a count summed
    over incidents or over a period is dropped; one person
    ("two separate shootings left a teenager dead") is one incident's victim all the same."""
    trigger = doc[link.trigger]
    return link.value != 1 and (
        across_incidents(trigger) or over_a_period(trigger) or nationwide(trigger)
    )


def _state_count(doc: Doc, link: CasualtyLink) -> bool:
    """ "All three were taken in serious condition", "two were hit in the leg": a count told
    with the state or the wound of victims counts some of those already told, never a new
    total; the one person it tells of ("he was listed in stable condition", "a boy was hit in
    the ankle") still counts."""
    if doc[link.trigger].lower_ not in STATE_TRIGGERS:
        return False
    if link.value != 1 or link.victim is None:
        return True
    # "one victim ... is in critical condition": a figure (the span ends before the noun)
    return link.end <= link.victim or doc[link.victim].like_num


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
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v2"}},
    assigns=["doc._.sitrep_casualties"],
    requires=["doc._.sitrep_quantities", "token.dep"],
)
def make_casualty_linker(
    nlp: Language, name: str, lexicon: Callable[[], Lexicon]
) -> CasualtyLinker:
    return CasualtyLinker(nlp, name, lexicon)


def _no_loss_of_life(doc: Doc) -> list[CasualtyLink]:
    """ "without any loss of life", "with no loss of lives", "caused no loss of life": no one
    was killed (a toll of 0, which ACLED codes as such)."""
    links = []
    for i in lowered_in(doc, _LOSS):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        life = next(
            (
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.lower_ in LIFE_WORDS
            ),
            None,
        )
        if life is None:
            continue
        no = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"]
        without = tok.dep_ == "pobj" and tok.head.lower_ == "without"
        if not no and not without:
            continue
        start = no[0].i if no else tok.head.i
        links.append(
            CasualtyLink("killed", tok.i, 0, start, life.i + 1, victim=life.i, clause=True)
        )
    return links


WITHOUT_HARM = {"casualties": "combined", "injuries": "injured", "deaths": "killed",
                "fatalities": "killed", "victims": "combined", "losses": "combined"}  # fmt: skip
_HARM_WORDS = frozenset(WITHOUT_HARM)
_FATALLY = frozenset({"fatally"})
_LOSS = frozenset({"loss"})


def _without_casualties(doc: Doc) -> list[CasualtyLink]:
    """ "landed inside the airport without causing casualties", "without casualties",
    "without casualties being reported", "shot down without losses": no one was killed or
    hurt (``combined`` zero: neither count), "without inflicting injuries" (no one hurt)."""
    links = []
    for i in lowered_in(doc, _HARM_WORDS):
        tok = doc[i]
        kind = WITHOUT_HARM[tok.lower_]
        if tok.pos_ != "NOUN":
            continue
        gov = tok.head
        if tok.dep_ == "dobj" and gov.dep_ == "pcomp":
            gov = gov.head  # "without causing casualties"
        elif tok.dep_ in {"nsubj", "nsubjpass"} and gov.dep_ == "pcomp":
            gov = gov.head  # "without casualties being reported", "without victims recorded"
        elif tok.dep_ != "pobj":
            continue
        if gov.lower_ != "without":
            continue
        links.append(CasualtyLink(kind, tok.i, 0, gov.i, tok.i + 1, victim=tok.i, clause=True))
    return links


COUNT_NOUNS = frozenset({"number", "toll", "count", "tally", "total"})
GIVING_A_COUNT = frozenset({"put", "place", "raise", "revise", "lower", "bring", "set"})
"""Verbs that give a count its figure: "put the number of deaths at 43", "raised the number
of dead to 20"."""


def _number_of(people: Token, phrases: dict[int, NumberPhrase]) -> Token | None:
    """The figure a count of people is given: "the number of people killed ... has risen to
    35", "the number of those killed stood at 12", "police put the number of deaths at 43"."""
    of = people.head
    if people.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in COUNT_NOUNS:
        return None
    owner = of.head
    if owner.dep_ not in {"nsubj", "nsubjpass"} and not (
        owner.dep_ == "dobj" and owner.head.lemma_.lower() in GIVING_A_COUNT
    ):
        return None
    inside = {t.i for t in owner.subtree}
    return next(
        (t for t in owner.head.subtree if t.i > owner.i and t.i in phrases and t.i not in inside),
        None,
    )


DEAD_WORDS = frozenset({"dead", "killed"})
HURT_WORDS = frozenset({"wounded", "injured", "hurt"})


def _dead_and_wounded(
    doc: Doc, phrases: dict[int, NumberPhrase], links: list[CasualtyLink]
) -> list[CasualtyLink]:
    """ "the toll is 157 dead and 65 wounded", "left 12 people dead and 30 wounded": each
    figure is told with its own fate, which the parse of such a list often gets wrong (both
    figures under "toll", or both under "wounded"); the words as written decide."""
    out = list(links)
    for i in lowered_in(doc, DEAD_WORDS):
        if i >= len(doc) - 3:
            break
        tok = doc[i]
        if doc[i + 1].lower_ != "and":
            continue
        dead = _figure_before(doc, phrases, tok.i)
        fate = next((t for t in doc[tok.i + 3 : tok.i + 5] if t.lower_ in HURT_WORDS), None)
        hurt = _figure_before(doc, phrases, fate.i) if fate is not None else None
        if dead is None or hurt is None or fate is None or hurt.start != tok.i + 2:
            continue
        spans = {(dead.start, dead.end), (hurt.start, hurt.end)}
        if spans - {(lk.start, lk.end) for lk in out}:
            continue  # a figure the rules above set aside ("three separate shootings left ...")
        kept = [lk for lk in out if (lk.start, lk.end) not in spans]
        told = []
        for kind, word, q in (("killed", tok, dead), ("injured", fate, hurt)):
            # a figure the parse already gave this fate keeps its trigger ("raising the toll
            # to four dead": the toll word says it is the running total)
            same = [lk for lk in out if (lk.kind, lk.start, lk.end) == (kind, q.start, q.end)]
            trigger = same[0].trigger if same else word.i
            told.append(
                CasualtyLink(
                    kind,
                    trigger,
                    q.value,
                    q.start,
                    q.end,
                    low=q.low,
                    high=q.high,
                    qualifier=q.qualifier,
                    victim=q.end - 1,
                )
            )
        out = kept + told
    return out


def _figure_before(doc: Doc, phrases: dict[int, NumberPhrase], i: int) -> NumberPhrase | None:
    """The figure right before token ``i``, or before the one noun that stands between
    ("12 people dead")."""
    for gap in (1, 2):
        j = i - gap
        if j < 0:
            return None
        found = phrases.get(j)
        if found is not None and found.end == j + 1:
            return found
        if doc[j].pos_ != "NOUN":
            return None
    return None
