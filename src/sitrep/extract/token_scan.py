"""Prefilters for the token scans of the extract rules: the positions of a Doc whose
lower-cased form (or exact text, or lemma) is one of a few keywords, or which are all
capitals, found in one vectorised pass over ``Doc.to_array`` instead of a Python loop over
every token (spaCy builds a Token object for each). A scan then runs its own test on those
positions only, so its output is unchanged.

Pure functions over a parsed Doc. Inside :func:`remembered_scans` (the extractor wraps its
components in it) each answer is computed once per Doc: the rules of every trigger ask
about the same sentences again."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from spacy.attrs import DEP, IS_ALPHA, IS_UPPER, LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = [
    "between",
    "lemmas_in",
    "like_numbers",
    "lowered_in",
    "orth_is",
    "parsed_as",
    "positions",
    "remember",
    "remembered_scans",
    "texts_where",
    "upper_words",
    "windows",
]

T = TypeVar("T")

_MEMOS: dict[Doc, dict[Hashable, Any]] = {}
"""The answers remembered for each Doc inside :func:`remembered_scans` (never serialised:
``Doc.user_data`` would travel with the Doc)."""


@contextmanager
def remembered_scans(doc: Doc) -> Iterator[None]:
    """Remember the scans of ``doc`` (:func:`remember`) until the block ends. The Doc must
    not change inside the block (the extract components only read it and their extensions)."""
    _MEMOS[doc] = {}
    try:
        yield
    finally:
        _MEMOS.pop(doc, None)


def remember(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, computed once per ``key`` for ``doc`` inside :func:`remembered_scans`,
    every time outside it."""
    memo = _MEMOS.get(doc)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    found: T = memo[key]
    return found


def between(positions: Sequence[int], start: int, end: int) -> Sequence[int]:
    """The ``positions`` (ascending) in ``[start, end)``."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> npt.NDArray[Any]:
    """The string-store hashes of ``words`` (the module's keyword sets: a handful), sorted
    for :func:`positions`' binary search."""
    return np.sort(
        np.fromiter((get_string_id(w) for w in words), dtype=np.uint64, count=len(words))
    )


def positions(column: npt.NDArray[Any], hashes: npt.NDArray[Any]) -> list[int]:
    """Where ``column`` holds one of ``hashes`` (sorted), by binary search (``np.isin``
    sorts the column and the keywords afresh on every call: it cost several times more)."""
    if not len(column) or not len(hashes):
        return []
    at = np.minimum(np.searchsorted(hashes, column), len(hashes) - 1)
    return [int(i) for i in np.flatnonzero(hashes[at] == column)]


def lowered_in(doc: Doc, words: Iterable[str]) -> list[int]:
    """Positions of the tokens whose ``lower_`` is one of ``words``, in order. A frozenset
    is remembered (a module's constant); any other iterable is hashed on each call."""
    if isinstance(words, frozenset):
        return remember(doc, ("lower", words), lambda: positions(_lower(doc), _hashes(words)))
    hashes = np.sort(np.fromiter((get_string_id(w) for w in words), dtype=np.uint64))
    return positions(_lower(doc), hashes)


def _lower(doc: Doc) -> npt.NDArray[Any]:
    return remember(doc, LOWER, lambda: doc.to_array(LOWER))


def lemmas_in(doc: Doc, words: frozenset[str]) -> list[int]:
    """Positions of the tokens whose lemma, lower-cased, is one of ``words`` (their
    lower-cased form when they have no lemma), in order: the test of ``(tok.lemma_ or
    tok.lower_).lower() in words``, run once per distinct lemma of the Doc."""
    return remember(doc, ("lemma", words), lambda: _lemmas_in(doc, words))


def _lemmas_in(doc: Doc, words: frozenset[str]) -> list[int]:
    if not len(doc):
        return []
    read, by_text = remember(doc, "lemma index", lambda: _lemma_index(doc))
    found = [k for text in words & by_text.keys() for k in by_text[text]]
    if not found:
        return []
    wanted = np.zeros(int(read.max()) + 1, dtype=bool)  # one flag a distinct lemma
    wanted[found] = True
    return [int(i) for i in np.flatnonzero(wanted[read])]


def _lemma_index(doc: Doc) -> tuple[npt.NDArray[Any], dict[str, list[int]]]:
    """The Doc's lemmas as distinct-lemma numbers, one a token (a token without a lemma
    (0) is read by its lower-cased form, as the rules read it), and for each lower-cased
    text the numbers of the lemmas that read so: built once, so that each word set's test
    costs a look-up per word rather than a scan of the Doc."""
    column = doc.to_array([LEMMA, LOWER])
    hashes, read = np.unique(
        np.where(column[:, 0] == 0, column[:, 1], column[:, 0]), return_inverse=True
    )
    strings = doc.vocab.strings
    if len(_LOWERED) > LOWERED_LIMIT:
        _LOWERED.clear()
    by_text: dict[str, list[int]] = {}
    for k, h in enumerate(hashes.tolist()):
        text = _LOWERED.get(h)
        if text is None:
            text = _LOWERED[h] = strings[h].lower()
        by_text.setdefault(text, []).append(k)
    return read, by_text


_LOWERED: dict[int, str] = {}
"""Each lemma's lower-cased text by its hash, kept across Docs (a hash names one string in
every Doc of a process): the string store's look-up and the lower-casing ran once per
distinct lemma of every Doc."""
LOWERED_LIMIT = 500_000
"""Past this many lemmas the memo starts again (a long run meets new names without end)."""


def parsed_as(doc: Doc, pos: str, dep: str) -> list[int]:
    """Positions of the tokens tagged ``pos`` (a universal part of speech, "PROPN") and
    attached as ``dep`` ("pobj"), in order."""
    return remember(doc, ("parsed", pos, dep), lambda: _parsed_as(doc, pos, dep))


def _parsed_as(doc: Doc, pos: str, dep: str) -> list[int]:
    if not len(doc):
        return []
    column = doc.to_array([POS, DEP])
    hit = np.logical_and(column[:, 0] == POS_IDS[pos], column[:, 1] == get_string_id(dep))
    return [int(i) for i in np.flatnonzero(hit)]


def like_numbers(doc: Doc) -> list[int]:
    """Positions of the tokens that look like numbers (``like_num``: "12", "twenty",
    "1,200"), in order."""
    if not len(doc):
        return []
    return [int(i) for i in np.flatnonzero(doc.to_array(LIKE_NUM))]


def orth_is(doc: Doc, text: str) -> list[int]:
    """Positions of the tokens whose text is exactly ``text``, in order."""
    return positions(doc.to_array(ORTH), _hashes(frozenset({text})))


def upper_words(doc: Doc) -> list[int]:
    """Positions of the tokens that are all capitals and all letters (``is_upper`` and
    ``is_alpha``), in order."""
    if not len(doc):
        return []
    flags = doc.to_array([IS_UPPER, IS_ALPHA])
    return [int(i) for i in np.flatnonzero(np.logical_and(flags[:, 0], flags[:, 1]))]


def texts_where(doc: Doc, test: Callable[[str], bool]) -> list[int]:
    """Positions of the tokens whose text passes ``test``, in order: the test runs once per
    distinct text of the Doc rather than once per token."""
    if not len(doc):
        return []
    return _where(doc, doc.to_array(ORTH), test)


def _where(doc: Doc, column: npt.NDArray[Any], test: Callable[[str], bool]) -> list[int]:
    """Positions where ``column`` (string hashes) holds a string that passes ``test``, tested
    once per distinct string."""
    strings = doc.vocab.strings
    keep = [h for h in np.unique(column).tolist() if test(strings[h])]  # sorted, as unique's
    return positions(column, np.array(keep, dtype=np.uint64))


def windows(hits: Iterable[int], before: int, after: int, length: int) -> Iterator[tuple[int, int]]:
    """The merged token windows ``[start, end)`` from ``before`` tokens ahead of each
    (ascending) hit to ``after`` tokens past it."""
    start = end = -1
    for hit in hits:
        a, b = max(0, hit - before), min(length, hit + 1 + after)
        if a > end:
            if end > start:
                yield start, end
            start = a
        end = max(end, b)
    if end > start:
        yield start, end
