"""Prefilters for the whole-article token scans of :mod:`sitrep.extract.article_places` and
:mod:`sitrep.extract.outlets`: the positions of a Doc whose lower-cased form (or exact
text) is one of a few keywords, or which are all capitals, found in one vectorised pass over
``Doc.to_array`` instead of a Python loop over every token. A scan then runs its own test
on those positions only, so its output is unchanged.

Pure functions over a parsed Doc."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.attrs import IS_ALPHA, IS_UPPER, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["lowered_in", "orth_is", "texts_where", "upper_words"]


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> npt.NDArray[Any]:
    """The string-store hashes of ``words`` (the module's keyword sets: a handful), sorted
    for :func:`_positions`' binary search."""
    return np.sort(
        np.fromiter((get_string_id(w) for w in words), dtype=np.uint64, count=len(words))
    )


def _positions(column: npt.NDArray[Any], hashes: npt.NDArray[Any]) -> list[int]:
    """Where ``column`` holds one of ``hashes`` (sorted), by binary search (``np.isin``
    sets up more than these few keywords need: it cost several times more)."""
    if not len(column) or not len(hashes):
        return []
    at = np.minimum(np.searchsorted(hashes, column), len(hashes) - 1)
    return [int(i) for i in np.flatnonzero(hashes[at] == column)]


def lowered_in(doc: Doc, words: Iterable[str]) -> list[int]:
    """Positions of the tokens whose ``lower_`` is one of ``words``, in order. A frozenset
    is remembered (a module's constant); any other iterable is hashed on each call."""
    hashes = (
        _hashes(words)
        if isinstance(words, frozenset)
        else np.sort(np.fromiter((get_string_id(w) for w in words), dtype=np.uint64))
    )
    return _positions(doc.to_array(LOWER), hashes)


def orth_is(doc: Doc, text: str) -> list[int]:
    """Positions of the tokens whose text is exactly ``text``, in order."""
    return _positions(doc.to_array(ORTH), _hashes(frozenset({text})))


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
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    keep = [h for h in np.unique(orths).tolist() if test(strings[h])]  # sorted, as unique's
    return _positions(orths, np.array(keep, dtype=np.uint64))
