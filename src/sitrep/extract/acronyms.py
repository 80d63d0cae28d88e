"""The ``sitrep_acronyms`` component: a group's acronym that spells an English word is read
as a name, not as the word.

"IS fighters killed 53 people", "strikes on suspected IS hideouts", "IS claimed the attack":
the statistical pipeline reads "IS" as the verb "is" and parses the sentence around it
(the fighters become an attribute, the killing a clause of theirs, the strikes the subject
of "is"), so the attackers, the victims and the toll are lost. This runs before
``tok2vec`` and gives such a token the norm of the group's unambiguous name, which the
tagger, parser and entity recogniser all read it by; the text, offsets and lemma lookups
of everything else are untouched. In an all-capitals line ("WHAT IS LEFT OF MOSUL") the
word is left as it is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["NAME_NORMS", "name_acronyms"]

NAME_NORMS = {"IS": "isis"}
"""Acronyms of groups that spell an English word -> the norm the models know the group by."""


def _capitals_line(doc: Doc, i: int) -> bool:
    """Are the words around token ``i`` on its line in capitals (a headline in capitals)?"""
    sides: list[Token] = []
    for k in range(i - 1, max(-1, i - 4), -1):  # the word before, on the same line
        if "\n" in doc[k].text_with_ws:
            break
        if doc[k].is_alpha and len(doc[k]) > 1:
            sides.append(doc[k])
            break
    for k in range(i + 1, min(len(doc), i + 4)):  # the word after, on the same line
        if "\n" in doc[k - 1].text_with_ws:
            break
        if doc[k].is_alpha and len(doc[k]) > 1:
            sides.append(doc[k])
            break
    return bool(sides) and all(t.is_upper for t in sides)


@Language.component("sitrep_acronyms", assigns=["token.norm"])
def name_acronyms(doc: Doc) -> Doc:
    for tok in doc:
        norm = NAME_NORMS.get(tok.text)
        if norm is not None and not _capitals_line(doc, tok.i):
            tok.norm_ = norm
    return doc
