"""The article's title line and its grammar ("headline-ese"). Pure functions over a parsed Doc.

A feed entry or a record often gives only a title, or a title over a one-line summary, and a
title is written in a grammar of its own: the historical present tells a past incident
("Gunmen kill three farmers in Diyala"), a participle with no auxiliary is a passive ("About 5
soldiers killed in clashes near Palmyra"), and the verb the tagger takes for a noun or an
adjective still heads the line ("Clashes erupt between rival factions in Afrin"). The same
shapes inside an article's body say something else ("Militants attack convoys on this road
every week" is a habit), so only the lead title is read this way.

The lead title is the text's first line when the ingest put the article's title there
(``doc._.sitrep_title``, see ``ingest.records.with_title``), or when that line has no final
full stop and a line break or the end of the text follows it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from sitrep.extract.extensions import doc_text

__all__ = [
    "CLOSING_MARKS",
    "LEAD_TITLE_TOKENS",
    "TITLE_CLAUSE",
    "TITLE_TOKENS",
    "headed_title",
    "headline_verb",
    "in_title",
    "reduced_passive",
    "title_clause_starts",
    "title_end",
]

TITLE_TOKENS = 30
"""A title line inside an article (a crosshead, a second headline) is at most this many
tokens long."""
LEAD_TITLE_TOKENS = 60
"""A feed's or a dataset's title may run longer than a page's headline (monitors' titles
string a day's incidents together): the lead title is at most this many tokens long."""
LEAD_TITLE_CHARS = 600
"""The lead title is at most this many characters long."""
CLOSING_MARKS = (".", "!", "?", '"', "”", "'", "’", ")", ";", ":")
"""A line that ends on one of these is a sentence, a list item or a label, not a title."""
VERB_POS = frozenset({"VERB", "AUX"})
NOMINAL_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "CCONJ"})
"""What a headline clause's subject is made of ("the PNH and the MSS", "Turkish drones")."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AUX_DEPS = frozenset({"aux", "auxpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
BARE_TAGS = frozenset({"NN", "JJ", "VB", "VBP"})
"""Tags of an uninflected word: a present-tense verb after a plural subject."""
OPEN_ROOT_POS = frozenset({"NOUN", "ADJ", "PROPN"})
"""What the tagger may call a headline's verb ("erupt" as ADJ, "rage" as NOUN)."""


def _squeeze(text: str) -> str:
    return " ".join(text.split())


TITLE_CLAUSE = re.compile(r";|,\s+and\s|,\s+while\s|\.\.+\s*and\s", re.IGNORECASE)
"""Where a title strings a second story: "...; jobless graduates force a gate in Samawah",
"..., and gunmen kill a shepherd near Tuz Khurmatu", "... in the Badia of al-Sukhna .. and our
armed forces repel an attack" (translated Arabic's double dot); not a comma alone: "Two
killed, five wounded in Kirkuk blast" is one story."""


def title_clause_starts(sent: Span) -> list[int]:
    """The token indices where a title line's second (third ...) story begins
    (:data:`TITLE_CLAUSE`): the first word after the ";", ", and", ".. and"."""
    text = sent.text
    out = []
    for m in TITLE_CLAUSE.finditer(text):
        char = sent.start_char + m.end()
        tok = next((t for t in sent if t.idx >= char and not t.is_space), None)
        if tok is not None and tok.i > sent.start:
            out.append(tok.i)
    out += [
        c.i + 1
        for c in sent
        if c.i > sent.start
        and (c.text == "," or (c.lower_ == "as" and _named_on_both_sides(c)))
        and _story_after(c)
    ]
    return sorted(set(out))


def _named_on_both_sides(word: Token) -> bool:
    """ "KDF soldier killed in Kiunga IED blast as militants raid Pandanguo": an "as" between
    two clauses that each name a place of their own strings two stories; "A martyr in Turmus
    Ayya as settlers burn homes" and "Two dead as clan feud erupts north of Basra" tell one."""
    sent = word.sent
    after = []
    for t in sent[word.i - sent.start + 1 :]:
        if t.text in {",", ";"}:
            break  # "..., and a drone strike near Jalama kills ...": the next story's place
        after.append(t)
    before = sent[: word.i - sent.start]
    return any(t.pos_ == "PROPN" for t in before) and any(t.pos_ == "PROPN" for t in after)


def _story_after(comma: Token) -> bool:
    """ "ADF kill eleven civilians at Ndalya, the CODECO attacks the army at Lopa": a comma
    (or "as": "KDF soldier killed in Kiunga IED blast as militants raid Pandanguo") followed
    by a clause of its own, a headline verb in the present tense with its own subject after
    the comma ("Two killed, five wounded in Kirkuk blast" has none)."""
    doc = comma.doc
    end = min(comma.sent.end, comma.i + 8)
    k = comma.i + 1
    while k < end and doc[k].pos_ in NOMINAL_POS:
        k += 1  # "the PNH and the MSS": the subject, however the parser hung it
    return (
        comma.i + 1 < k < end
        and doc[k].tag_ in {"VBZ", "VBP"}
        and doc[k].pos_ in VERB_POS
        and any(doc[j].pos_ in {"NOUN", "PROPN"} for j in range(comma.i + 1, k))
    )


def title_end(doc: Doc) -> int:
    """The token index where the text's lead title line ends; 0 when the text opens with none."""
    text = doc_text(doc)
    begin = next((i for i, c in enumerate(text) if not c.isspace()), len(text))
    stop = text.find("\n", begin)
    first = text[begin : len(text) if stop < 0 else stop].rstrip()
    if not first or len(first) > LEAD_TITLE_CHARS:
        return 0
    title: str | None = doc._.sitrep_title
    given = title is not None and _squeeze(title) == _squeeze(first)
    if not given and first.endswith(CLOSING_MARKS):
        return 0
    end_char = begin + len(first)
    end = next((t.i for t in doc if t.idx >= end_char and not t.is_space), len(doc))
    return 0 if end > LEAD_TITLE_TOKENS else end


def in_title(sent: Span, end: int) -> bool:
    """Does the sentence lie inside the lead title that ends at token ``end``?"""
    return end > 0 and sent.start < end and sent.end <= end


def headline_verb(sent: Span) -> Token | None:
    """The word that heads a title line as its verb: the root when the tagger calls it a
    verb, a root it calls a noun or an adjective that the parse gives a subject ("Clashes
    erupt between rival factions"), or in a line it finds no verb in, a bare word after a
    plural noun ("Protesters torch police station"); None for a line with no verb ("Syria:
    the week in pictures")."""
    root = sent.root
    if root.pos_ in VERB_POS:
        return root
    if root.pos_ in OPEN_ROOT_POS and any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return root
    if any(t.pos_ in VERB_POS for t in sent):
        return None
    for before, tok in pairwise(sent):
        # "Fierce clashes rage in Idlib", "Protesters torch police station": a plural noun
        # then a bare form agrees as subject and verb; a compound takes a singular modifier
        if before.tag_ in PLURAL_TAGS and tok.tag_ in BARE_TAGS and tok.is_lower and tok.is_alpha:
            return tok
    return None


def headed_title(sent: Span, triggers: list[Span]) -> bool:
    """Is the title line a clause in headline grammar? A verb heads it (:func:`headline_verb`)
    or an incident word does ("4 casualties in air strikes on Bosra", "Suicide attack on
    Kabul mosque"); a line of names or tags does not."""
    return headline_verb(sent) is not None or any(t.root.i == sent.root.i for t in triggers)


def reduced_passive(verb: Token) -> bool:
    """ "About 5 members of the army killed in clashes": in the lead title, a participle that
    heads the line with a subject and no auxiliary or object is a passive whose subject is
    the one it was done to."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in AUX_DEPS | {"dobj", "obj"} for c in verb.children)
        and verb.i < title_end(verb.doc)
    )
