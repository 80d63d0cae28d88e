"""The ``sitrep_lexicon`` component: spaCy's ``SpanRuler`` loaded with sitrep's data files.

It writes every lexicon match into ``doc.spans["sitrep_lex"]`` (overlaps kept), labelled
EV (event trigger, id = trigger key), WEAPON (id = normalised weapon), PLACE, DATE_EXTRA,
DATE_REL (id = relation), CLAIM, BLAME, BACKGROUND and SPLIT.

Speed (issue 7). spaCy's ``Matcher`` starts every token pattern afresh at every token, so
a handful of token patterns cost as much as the thousands of phrase patterns. The ruler
therefore runs each token pattern only around its *anchor*: a word the pattern must
contain (a required ``LOWER`` or ``ORTH`` value, preferring content words over stop words and
punctuation). It finds the anchor's occurrences in one vectorised look-up, and matches
only in the window of tokens the pattern can reach from there (`Anchor`). Every match of
the pattern holds its anchor word, so the matches are the same as over the whole Doc; a
pattern with no anchor, or one that can run on without bound (``*``, ``+``), still runs
over the whole Doc.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.span_ruler import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sitrep.extract.lexicon import Lexicon
from sitrep.extract.token_scan import positions, remember, windows

__all__ = [
    "SPANS_KEY",
    "Anchor",
    "LexiconRuler",
    "anchor_of",
    "lexicon_roots",
    "lexicon_spans",
    "make_lexicon_ruler",
]

SPANS_KEY = "sitrep_lex"
_RANGE = re.compile(r"\{(\d*),?(\d*)\}")


def lexicon_spans(doc: Doc, label: str) -> list[tuple[int, int]]:
    """(start, end) of the lexicon's spans labelled ``label``, in order: read once per Doc
    inside `token_scan.remembered_scans` (the rules ask it of token after token; each read
    of the span group builds a Span object for every match of the Doc)."""
    group = doc.spans.get(SPANS_KEY)
    if not group:
        return []
    key = ("lexicon spans", label, len(group))  # the group's size: never a stale answer
    return remember(doc, key, lambda: [(s.start, s.end) for s in group if s.label_ == label])


def lexicon_roots(doc: Doc, label: str) -> frozenset[int]:
    """The positions of the roots of the lexicon's spans labelled ``label`` (the trigger
    word of an EV span), read once per Doc as `lexicon_spans`."""
    group = doc.spans.get(SPANS_KEY)
    if not group:
        return frozenset()
    key = ("lexicon roots", label, len(group))
    return remember(doc, key, lambda: frozenset(s.root.i for s in group if s.label_ == label))


@Language.factory(
    "sitrep_lexicon",
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v2"}},
    assigns=["doc.spans"],
)
def make_lexicon_ruler(nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> SpanRuler:
    ruler = LexiconRuler(
        nlp, name, spans_key=SPANS_KEY, phrase_matcher_attr="LOWER", validate=False, overwrite=False
    )
    # Phrase patterns match on LOWER, which needs only the tokenizer: without this, spaCy
    # runs every component already in the pipeline over thousands of pattern texts.
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(list(lexicon().span_patterns))
    return ruler


@dataclass(frozen=True)
class Anchor:
    """Where a token pattern can match: tokens ``before`` to ``after`` around one of
    ``words`` (lower-cased), the pattern's one required token at index ``index``."""

    index: int
    words: frozenset[str]
    before: int
    after: int


def anchor_of(pattern: Sequence[dict[str, Any]]) -> Anchor | None:
    """The anchor of a Matcher token pattern, or None when it has none (no required
    ``LOWER`` token, or a token that repeats without bound)."""
    pattern = [_upper_keys(tok) for tok in pattern]
    widths = [_max_width(tok) for tok in pattern]
    if any(w is None for w in widths):
        return None
    best: tuple[tuple[int, int], int, frozenset[str]] | None = None
    for i, tok in enumerate(pattern):
        words = _required_words(tok)
        if words is None:
            continue
        # content words first (a stop word or a comma is everywhere), then the fewest
        cost = (int(any(w in STOP_WORDS or not w.isalnum() for w in words)), len(words))
        if best is None or cost < best[0]:
            best = (cost, i, words)
    if best is None:
        return None
    _, index, words = best
    before = sum(w or 0 for w in widths[:index])
    after = sum(w or 0 for w in widths[index + 1 :])
    return Anchor(index=index, words=words, before=before, after=after)


def _upper_keys(tok: dict[str, Any]) -> dict[str, Any]:
    """A pattern token with its keys (and its predicates' keys) upper-cased, as the
    Matcher reads them."""
    return {
        str(k).upper(): {str(p).upper(): v for p, v in val.items()}
        if isinstance(val, dict)
        else val
        for k, val in tok.items()
    }


def _max_width(tok: dict[str, Any]) -> int | None:
    """The most tokens one pattern token can consume (None: no bound)."""
    op = tok.get("OP")
    if op is None or op in {"?", "!", "1"}:
        return 1
    if op in {"*", "+"}:
        return None
    m = _RANGE.fullmatch(str(op))
    if m is None or (m.group(2) == "" and "," in str(op)):
        return None  # "{n,}" has no upper bound
    return int(m.group(2) or m.group(1))


def _required_words(tok: dict[str, Any]) -> frozenset[str] | None:
    """The lower-cased words a token must be, when it is a required ``LOWER`` or ``ORTH``
    token (a token whose text is "Department" is one whose ``LOWER`` is "department": the
    anchor's look-up by lower-cased form finds every place such a token can match)."""
    keys = set(tok) - {"OP"}
    if tok.get("OP") not in {None, "1"} or len(keys) != 1 or keys - {"LOWER", "ORTH"}:
        return None
    value = tok[keys.pop()]
    if isinstance(value, str):
        return frozenset({value.lower()})
    if isinstance(value, dict) and set(value) == {"IN"} and value["IN"]:
        return frozenset(str(v).lower() for v in value["IN"])
    return None


class _Group:
    """The token patterns that share one anchor (None: no anchor), with their own Matcher
    and the widest window any of them needs."""

    def __init__(self, vocab: Vocab, anchor: Anchor | None) -> None:
        self.anchor = anchor
        self.matcher = Matcher(vocab, validate=False)
        self.before = 0
        self.after = 0

    def add(self, key: str, pattern: list[dict[str, Any]], anchor: Anchor | None) -> None:
        self.matcher.add(key, [pattern])
        if anchor is not None:
            self.before = max(self.before, anchor.before)
            self.after = max(self.after, anchor.after)

    def matches(self, doc: Doc, hits: Iterable[int]) -> Iterator[tuple[int, int, int]]:
        """Matches (key, start, end) in the windows around the anchor ``hits``."""
        for start, end in windows(hits, self.before, self.after, len(doc)):
            for key, a, b in self.matcher(doc[start:end]):
                yield key, start + a, start + b


class LexiconRuler(SpanRuler):
    """``SpanRuler`` whose token patterns run only in the windows around their anchors;
    same matches, same spans (see the module docstring)."""

    _groups: list[_Group]
    _anywhere: list[_Group]
    _hashes: np.ndarray[Any, Any]
    _by_hash: dict[int, list[int]]

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns(patterns)
        self._build_groups()

    def clear(self) -> None:
        super().clear()
        self._build_groups()

    def remove(self, label: str) -> None:
        super().remove(label)
        self._build_groups()

    def remove_by_id(self, pattern_id: str) -> None:
        super().remove_by_id(pattern_id)
        self._build_groups()

    def match(self, doc: Doc) -> list[Span]:
        self._require_patterns()
        matches = [*self._token_matches(doc), *self.phrase_matcher(doc)]
        spans = {
            Span(
                doc,
                start,
                end,
                label=self._match_label_id_map[m_id]["label"],
                span_id=self._match_label_id_map[m_id]["id"],
            )
            for m_id, start, end in matches
            if start != end
        }
        return sorted(spans)

    def _token_matches(self, doc: Doc) -> Iterator[tuple[int, int, int]]:
        for group in self._anywhere:
            yield from group.matcher(doc)
        if not self._groups or not len(doc):
            return
        lowers = doc.to_array(LOWER)
        hits: dict[int, list[int]] = {}
        for i in positions(lowers, self._hashes):
            for g in self._by_hash[int(lowers[i])]:
                hits.setdefault(g, []).append(i)
        for g, anchors in hits.items():
            yield from self._groups[g].matches(doc, anchors)

    def _build_groups(self) -> None:
        """The token patterns, keyed as SpanRuler keys them, grouped by anchor, and the
        anchor words' hashes (one look-up per Doc finds every group's hits)."""
        groups: dict[frozenset[str], _Group] = {}
        self._anywhere = []
        for entry in self.patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                continue
            key = repr((entry["label"], entry.get("id", "")))
            anchor = anchor_of(pattern)
            if anchor is None:
                group = _Group(self.nlp.vocab, None)
                self._anywhere.append(group)
            else:
                group = groups.get(anchor.words) or groups.setdefault(
                    anchor.words, _Group(self.nlp.vocab, anchor)
                )
            group.add(key, pattern, anchor)
        self._groups = list(groups.values())
        self._by_hash = {}
        for index, words in enumerate(groups):
            for word in words:
                self._by_hash.setdefault(get_string_id(word), []).append(index)
        self._hashes = np.array(sorted(self._by_hash), dtype=np.uint64)
