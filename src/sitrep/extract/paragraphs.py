"""The ``sitrep_paragraphs`` component: a line break ends a sentence.

Headlines, datelines and paragraphs carry no final full stop often enough that the parser
joins them to the next sentence; this runs before the parser and marks the token after a
newline as a sentence start (the parser keeps preset boundaries).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs"]


@Language.component("sitrep_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    starts = [
        i + 1 for i, tok in enumerate(doc[:-1]) if "\n" in tok.text or "\n" in tok.whitespace_
    ]
    for i in starts:
        doc[i].is_sent_start = True
    return doc
