"""The ``sitrep_quantities`` component: every figure in the text ("at least 11", "dozens",
"between five and seven"), found with a spaCy ``Matcher`` built from ``numbers.yaml``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from sitrep.extract import extensions as _extensions  # noqa: F401  (registers Doc._.sitrep_*)
from sitrep.extract.frames import NumberPhrase
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.numbers import number_regex, parse_number_words

__all__ = ["QuantityFinder", "make_quantity_finder", "quantity_patterns"]

logger = logging.getLogger(__name__)

# Entity labels whose numbers are never counts of people or things.
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


def quantity_patterns(lex: Lexicon) -> list[list[dict[str, Any]]]:
    """Matcher patterns for written figures, qualifiers and ranges."""
    num: dict[str, Any] = {"LOWER": {"REGEX": number_regex(lex)}}
    core = [num, {"ORTH": "-", "OP": "?"}, {**num, "OP": "*"}]
    bare_cores = [core, [{"LOWER": {"IN": sorted(lex.vague_numbers)}}]]
    bare_cores += [[{"LOWER": w} for w in p.split()] for p in lex.number_phrases]
    patterns: list[list[dict[str, Any]]] = []
    for c in bare_cores:
        patterns.append(c)
        for q in lex.qualifiers:
            patterns.append([*({"LOWER": w} for w in q.split()), *c])
    patterns.append([{"LOWER": "between"}, *core, {"LOWER": "and"}, *core])
    patterns.append([*core, {"LOWER": {"IN": ["to", "or"]}}, *core])
    for q in lex.qualifiers:
        patterns.append([*({"LOWER": w} for w in q.split()), *core, {"LOWER": {"IN": ["to", "or"]}}, *core])
    return patterns


class QuantityFinder:
    """Find figures; write ``doc._.sitrep_quantities`` (list of NumberPhrase)."""

    def __init__(self, nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> None:
        self.name = name
        self.lex = lexicon()
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("QTY", quantity_patterns(self.lex), greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[NumberPhrase]:
        spans = filter_spans(self.matcher(doc, as_spans=True))
        found: list[NumberPhrase] = []
        for span in spans:
            if any(t.ent_type_ in NOT_COUNTS for t in span):
                continue
            words = [t.lower_ for t in span]
            phrase = parse_number_words(words, self.lex, span.start, span.end)
            if phrase is not None and phrase.value is not None:
                found.append(phrase)
        return found

    def set_annotations(self, doc: Doc, phrases: list[NumberPhrase]) -> None:
        doc._.sitrep_quantities = phrases


@Language.factory(
    "sitrep_quantities",
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v1"}},
    assigns=["doc._.sitrep_quantities"],
)
def make_quantity_finder(nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> QuantityFinder:
    return QuantityFinder(nlp, name, lexicon)
