"""The ``sitrep_lexicon`` component: spaCy's ``SpanRuler`` loaded with sitrep's data files.

It writes every lexicon match into ``doc.spans["sitrep_lex"]`` (overlaps kept), labelled
EV (event trigger, id = trigger key), WEAPON (id = normalised weapon), PLACE, DATE_EXTRA,
DATE_REL (id = relation), CLAIM, BLAME, BACKGROUND and SPLIT.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler

from sitrep.extract.lexicon import Lexicon

__all__ = ["SPANS_KEY", "make_lexicon_ruler"]

SPANS_KEY = "sitrep_lex"


@Language.factory(
    "sitrep_lexicon",
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v2"}},
    assigns=["doc.spans"],
)
def make_lexicon_ruler(nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> SpanRuler:
    ruler = SpanRuler(
        nlp, name, spans_key=SPANS_KEY, phrase_matcher_attr="LOWER", validate=False, overwrite=False
    )
    # Phrase patterns match on LOWER, which needs only the tokenizer: without this, spaCy
    # runs every component already in the pipeline over thousands of pattern texts.
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(list(lexicon().span_patterns))
    return ruler
