"""The ``sitrep_casualties`` component: ties each figure to "killed", "wounded" or "casualties".

Reads ``doc._.sitrep_quantities`` and the kill/wound/combined triggers of ``sitrep_lexicon``
and writes ``doc._.sitrep_casualties``. ACLED rules: a figure counts only when it counts people
(never "20 airstrikes" or "6 bases"); "killing and wounding about 20" is a combined toll, not a
death toll; the attackers' own deaths are counted ("the bomber was also killed" adds one).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.extract import extensions as _extensions  # noqa: F401  (registers Doc._.sitrep_*)
from sitrep.extract.frames import CasualtyLink, NumberPhrase
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.ruler import SPANS_KEY

__all__ = ["CasualtyLinker", "make_casualty_linker"]

KIND_OF = {"kill": "killed", "wound": "injured", "combined": "combined"}
NOUN_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ", "X"})
ZERO_WORDS = frozenset({"nobody", "none", "noone"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
FILLERS = frozenset({"others", "other", "people", "more", "were", "was", "persons", "are"})


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
        for span in doc.spans.get(SPANS_KEY, []):
            if span.label_ != "EV":
                continue
            kind = self.lex.triggers[span.id_].kind
            if kind in KIND_OF:
                heads.setdefault(span.root.i, KIND_OF[kind])
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
        return _dedupe(links)

    def _other_kind_partner(self, tok: Token, kind: str, heads: dict[int, str]) -> int | None:
        near = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            near.append(tok.head)
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
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"acl", "amod"}:
            found += [
                c
                for c in children
                if c.dep_ in {"nummod", "det"} and (c.i in phrases or c.lower_ == "no")
            ]
            found += [c.head for c in children if c.i in phrases and c.dep_ == "quantmod"]
            for prep in (
                c for c in children if c.dep_ == "prep" and c.lower_ in {"of", "to", "at"}
            ):
                found += [g for g in prep.children if g.dep_ == "pobj"]
            if not found and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "lose":
                # "two soldiers lost their lives"
                found += [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not found and tok.lower_ in {"toll", "tolls"}:
                found += [t for t in tok.head.subtree if t.i > tok.i and t.i in phrases][:1]
        elif tok.dep_ in {"acl", "amod"} and tok.head.pos_ in NOUN_POS:
            found.append(tok.head)
        elif "nsubjpass" in deps or "auxpass" in deps:
            found += [c for c in children if c.dep_ == "nsubjpass"]
        else:
            found += [c for c in children if c.dep_ in {"dobj", "obj"}]
            if not found and tok.lower_ not in {"kill", "killing", "killed", "kills"}:
                found += [c for c in children if c.dep_ == "nsubj"]
            if not found:
                found += [c for c in children if c.dep_ == "nummod" and c.i in phrases]
            if not found and tok.dep_ in {"oprd", "acomp"}:
                found += [c for c in tok.head.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
        if not found:
            prev = self._preceding_number(tok, phrases)
            if prev is not None:
                found.append(prev)
        out: list[Token] = []
        found = [
            v
            for v in found
            if v.lower_ not in self.lex.non_person and v.lemma_.lower() not in self.lex.non_person
        ]
        for v in found:
            out.append(v)
            out += [c for c in v.children if c.dep_ == "conj" and c.pos_ in NOUN_POS]
            if v.ent_type_ in {
                "GPE",
                "LOC",
                "ORG",
            }:  # "MOGADISHU, ... - Twenty-six people were killed"
                out += [c for c in v.children if c.dep_ == "appos" and c.pos_ in NOUN_POS]
        return out

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
        if word in lex.non_person or lemma in lex.non_person:
            return None
        attacker = word in lex.attackers or lemma in lex.attackers
        trig = doc[trigger]
        additive = attacker or any(c.lower_ in {"also", "too"} for c in trig.children)
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
        if person and victim.tag_ in SINGULAR_TAGS and word not in {"people", "police"}:
            start = min([victim.i] + [c.i for c in victim.children if c.i < victim.i])
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
