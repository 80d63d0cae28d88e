"""The ``sitrep_quantities`` component: every figure in the text ("at least 11", "dozens",
"between five and seven"), found with a spaCy ``Matcher`` built from ``numbers.yaml``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.extract import extensions as _extensions  # noqa: F401  (registers Doc._.sitrep_*)
from sitrep.extract.frames import NumberPhrase
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.numbers import parse_number_words
from sitrep.extract.ruler import SPANS_KEY
from sitrep.extract.token_scan import like_numbers, lowered_in, windows

__all__ = ["QuantityFinder", "make_quantity_finder", "quantity_patterns"]

logger = logging.getLogger(__name__)

# Entity labels whose numbers are never counts of people or things.
AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
VAGUE_ASKED = frozenset({"many", "several", "numerous"})
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


def quantity_patterns(lex: Lexicon) -> list[list[dict[str, Any]]]:
    """Matcher patterns for written figures; qualifiers and ranges are read around them."""
    num: dict[str, Any] = {"LIKE_NUM": True}
    patterns: list[list[dict[str, Any]]] = [
        [num, {"ORTH": "-", "OP": "?"}, {**num, "OP": "*"}],
        [{"LOWER": {"IN": sorted(lex.vague_numbers)}}],
    ]
    patterns += [[{"LOWER": w} for w in p.split()] for p in lex.number_phrases]
    return patterns


def _age_follows(doc: Doc, end: int) -> bool:
    """ "8-year-old", "a 3 month old", "15 yo": the figure is an age, not a count of people."""
    words = [t.lower_ for t in doc[end : end + 4] if t.text != "-"]
    if words[:1] in (["yo"], ["y/o"]):
        return True
    return len(words) >= 2 and words[0] in AGE_UNITS and words[1] in {"old", "olds"}


def _asked_or_exclaimed(doc: Doc, span: Span) -> bool:
    """ "did not say how many of them died", "so many families have fled": a vague word after
    "how", "so" or "too" asks or exclaims, it states no figure."""
    return (
        len(span) == 1
        and span.start > 0
        and span[0].lower_ in VAGUE_ASKED
        and doc[span.start - 1].lower_ in {"how", "so", "too"}
    )


def _not_a_count(span: Span) -> bool:
    return any(t.ent_type_ in NOT_COUNTS for t in span)


def _count_before_day(doc: Doc, end: int) -> bool:
    """ "wounded three Saturday night": the tagger folds the count into the time after it; a
    number word followed by a weekday still counts people."""
    return (
        end < len(doc)
        and doc[end].lower_ in WEEKDAYS
        and not doc[end - 1].is_digit
        and doc[end - 1].like_num
    )


def _before_age(doc: Doc, start: int, end: int) -> int:
    """The end of the count standing before an age ("two" in "two 17 - year - olds"), or
    ``start`` when the whole figure is the age ("a 17-year-old")."""
    cut = end - 1
    while cut > start and doc[cut - 1].text == "-":
        cut -= 1
    if cut > start and doc[cut - 1].like_num and not doc[cut - 1].is_digit:
        return cut  # a number word before digits: "Two 17-year-olds", "three 20-year-olds"
    return start


def _extend(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Widen a figure to its qualifier ("at least") and range ("between 5 and 7", "5 to 7")."""
    for size in (3, 2, 1):
        if (
            start - size >= 0
            and " ".join(t.lower_ for t in doc[start - size : start]) in lex.qualifiers
        ):
            if not (
                size == 1
                and doc[start - 1].lower_ == "over"
                and start >= 2
                and doc[start - 2].pos_ == "VERB"
            ):
                start -= size
            break
    if start > 0 and doc[start - 1].lower_ == "between":
        start -= 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in {"to", "or", "and"}
        and doc[end + 1].like_num
        and (doc[end].lower_ != "and" or doc[start].lower_ == "between")
    ):
        end += 2
        if end < len(doc) and doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].like_num:
            end += 2
    return start, end


class QuantityFinder:
    """Find figures; write ``doc._.sitrep_quantities`` (list of NumberPhrase)."""

    def __init__(self, nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> None:
        self.name = name
        self.lex = lexicon()
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("QTY", quantity_patterns(self.lex), greedy="LONGEST")
        # Every match holds an anchor: a number-like word, a vague number, or the longest
        # word of a number phrase ("dozen" in "half a dozen"). The matcher runs only in the
        # windows around the anchors, wide enough for any phrase; a run of numbers ("5 - 7",
        # "twenty five") is anchors all along, so its windows join.
        self.anchors = frozenset(self.lex.vague_numbers)
        self.before, self.after = 0, 1  # "5 -": a figure and its dash
        for phrase in self.lex.number_phrases:
            words = phrase.split()
            at = max(range(len(words)), key=lambda i: len(words[i]))
            self.anchors |= {words[at]}
            self.before = max(self.before, at)
            self.after = max(self.after, len(words) - 1 - at)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[NumberPhrase]:
        hits = sorted({*like_numbers(doc), *lowered_in(doc, self.anchors)})
        spans = filter_spans(
            [
                span
                for start, end in windows(hits, self.before, self.after, len(doc))
                for span in self.matcher(doc[start:end], as_spans=True)
            ]
        )
        dated = {
            i
            for s in doc.spans.get(SPANS_KEY, [])
            if s.label_ == "DATE_EXTRA"
            for i in range(s.start, s.end)
        }  # "8 Mizan 1401", "the past 3 days": numbers of a date
        found: list[NumberPhrase] = []
        last_end = 0
        for core in spans:
            if core.start < last_end:
                continue  # the upper bound of a range already read
            if core.start in dated:
                continue
            start, end = _extend(doc, core.start, core.end, self.lex)
            last_end = end
            aged = _age_follows(doc, end)
            if aged:
                # "Two 17-year-olds": the matcher read "Two 17" as one figure; the last
                # number is the age, the ones before it still count people (the tagger
                # files the whole phrase as a DATE)
                end = _before_age(doc, start, end)
            span = doc[start:end]
            if not len(span):
                continue
            if not aged and not _count_before_day(doc, end) and _not_a_count(span):
                continue
            if _asked_or_exclaimed(doc, span):
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
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v2"}},
    assigns=["doc._.sitrep_quantities"],
)
def make_quantity_finder(
    nlp: Language, name: str, lexicon: Callable[[], Lexicon]
) -> QuantityFinder:
    return QuantityFinder(nlp, name, lexicon)
