"""Near-duplicate articles: syndicated or republished copies, by MinHash LSH.

A copy of a wire story under another outlet's header and footer, with a few words
changed, is found; two different reports of the same bombing are not, because they
share facts, not wording. Texts are compared as sets of word shingles.

The measure is the overlap of the two shingle sets relative to the smaller one
(``|A ∩ B| / min(|A|, |B|)``), estimated from MinHash signatures, so a different
header or footer costs little. LSH retrieves candidates whose Jaccard similarity is at
least ``threshold - 0.3``; a candidate is a duplicate when its overlap reaches
``threshold`` and its estimated Jaccard the same lower bound. Everything is
deterministic: fixed seed, CRC-32 shingle hashes (fast, and the same on every
platform), candidates taken in the order they were added.

The index can outlive a run: `NearDuplicateIndex.fingerprint` gives a text's signature
(bytes) and `band_keys` its LSH band keys (64-bit integers), which a store can keep in
an indexed table. Given a ``lookup`` (band keys -> stored originals sharing one of them,
oldest first), `match` consults it before the texts held in memory, so a copy arriving
in a later run finds its original by an index lookup; `forget` drops the in-memory part
once it is stored, and memory stays bounded at any store size.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np

from sitrep.errors import ConfigError
from sitrep.model import Article

__all__ = ["Fingerprint", "FingerprintLookup", "NearDuplicateIndex"]

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_SEED = 1
_SCHEME = "affine32"  # datasketch's default, named so an upgrade cannot change signatures
_JACCARD_SLACK = 0.3
_HASH = np.dtype("<u4")  # affine32 min-hashes fit in 32 bits; stored little-endian


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A text's MinHash signature (``num_perm`` little-endian uint32) and shingle count."""

    signature: bytes
    size: int


class FingerprintLookup(Protocol):
    """Stored originals sharing at least one of ``keys``, oldest first (e.g. `Store`)."""

    def __call__(self, keys: Sequence[int], /) -> Iterable[tuple[str, Fingerprint]]: ...


@cache
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH (bands, rows per band) minimising false positives + false negatives equally
    weighted around ``threshold`` (the choice datasketch's MinHashLSH makes)."""
    steps = 400

    def simpson(lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
        s = np.linspace(lo, hi, steps + 1)
        w = np.ones(steps + 1)
        w[1:-1:2], w[2:-1:2] = 4.0, 2.0
        return s, w * (hi - lo) / steps / 3.0

    s_lo, w_lo = simpson(0.0, threshold)
    s_hi, w_hi = simpson(threshold, 1.0)
    best, out = float("inf"), (1, num_perm)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            false_pos = float(np.dot(w_lo, 1.0 - (1.0 - s_lo**r) ** b))
            false_neg = float(np.dot(w_hi, (1.0 - s_hi**r) ** b))
            if 0.5 * false_pos + 0.5 * false_neg < best:
                best, out = 0.5 * false_pos + 0.5 * false_neg, (b, r)
    return out


class NearDuplicateIndex:
    """An index of article texts that answers "is this a copy of one already seen?".

    ``threshold`` is the shingle overlap (0-1) above which two texts are copies;
    ``num_perm`` the MinHash signature length; ``shingle`` the words per shingle;
    ``lookup`` finds stored originals by band key (texts indexed in earlier runs).
    Bad parameters raise :class:`~sitrep.errors.ConfigError`.
    """

    def __init__(
        self,
        *,
        threshold: float = 0.8,
        num_perm: int = 128,
        shingle: int = 5,
        lookup: FingerprintLookup | None = None,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ConfigError(f"threshold must be in (0, 1], not {threshold}", code="dedup")
        if shingle < 1:
            raise ConfigError(f"shingle must be at least 1, not {shingle}", code="dedup")
        if num_perm < 2:
            raise ConfigError(f"num_perm must be at least 2, not {num_perm}", code="dedup")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.lookup = lookup
        # imported here: datasketch pulls in scipy, seconds that readers need not pay
        from datasketch import MinHash

        self._jaccard_floor = max(0.05, threshold - _JACCARD_SLACK)
        self._bands, self._rows = _bands(self._jaccard_floor, num_perm)
        self._permutations = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations
        self._signatures: dict[str, Fingerprint] = {}
        self._order: dict[str, int] = {}
        self._buckets: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    # -- signatures ----------------------------------------------------------------------

    def shingles(self, text: str) -> set[str]:
        """The word shingles of a text (NFKC, case-folded words)."""
        words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
        if len(words) <= self.shingle:
            return {" ".join(words)} if words else set()
        return {" ".join(words[i : i + self.shingle]) for i in range(len(words) - self.shingle + 1)}

    def fingerprint(self, text: str) -> Fingerprint:
        """The text's MinHash signature and shingle count."""
        from datasketch import MinHash

        shingles = sorted(self.shingles(text))
        signature = MinHash(
            num_perm=self.num_perm,
            seed=_SEED,
            hashfunc=zlib.crc32,
            permutations=self._permutations,
            scheme=_SCHEME,
        )
        signature.update_batch([s.encode("utf-8") for s in shingles])
        values = np.asarray(signature.hashvalues, dtype=_HASH)
        return Fingerprint(signature=values.tobytes(), size=len(shingles))

    def band_keys(self, fingerprint: Fingerprint) -> list[int]:
        """The LSH band keys (signed 64-bit) under which an original is indexed; none for
        an empty text, which never matches."""
        if not fingerprint.size:
            return []
        width = self._rows * _HASH.itemsize
        keys = []
        for band in range(self._bands):
            chunk = fingerprint.signature[band * width : (band + 1) * width]
            digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "little", signed=True))
        return keys

    def is_copy(self, fingerprint: Fingerprint, original: Fingerprint) -> bool:
        """Whether the two texts' shingle overlap reaches ``threshold``."""
        if not fingerprint.size or not original.size:
            return False
        a = np.frombuffer(fingerprint.signature, dtype=_HASH)
        b = np.frombuffer(original.signature, dtype=_HASH)
        if a.shape != b.shape:
            return False
        jaccard = float(np.count_nonzero(a == b)) / len(a)
        if jaccard < self._jaccard_floor:
            return False
        shared = jaccard * (fingerprint.size + original.size) / (1.0 + jaccard)
        return shared / min(fingerprint.size, original.size) >= self.threshold

    # -- the index -----------------------------------------------------------------------

    def remember(self, article_id: str, fingerprint: Fingerprint) -> None:
        """Hold an original's fingerprint in memory (until `forget`); repeats do nothing."""
        if article_id in self._signatures:
            log.debug("near-duplicate index already holds %r", article_id)
            return
        self._signatures[article_id] = fingerprint
        self._order[article_id] = len(self._order)
        for key in self.band_keys(fingerprint):
            self._buckets.setdefault(key, []).append(article_id)

    def forget(self) -> None:
        """Drop what memory holds (once the caller has stored it for ``lookup``)."""
        self._signatures.clear()
        self._order.clear()
        self._buckets.clear()

    def match(self, fingerprint: Fingerprint, *, exclude: str | None = None) -> str | None:
        """The id of the earliest original this fingerprint copies: stored ones (by
        ``lookup``) first, then those held in memory in the order they were added."""
        keys = self.band_keys(fingerprint)
        if not keys:
            return None
        seen: set[str] = set()
        if self.lookup is not None:
            for candidate, other in self.lookup(keys):
                seen.add(candidate)
                if candidate != exclude and self.is_copy(fingerprint, other):
                    return candidate
        local = {c for key in keys for c in self._buckets.get(key, ())} - seen - {exclude}
        for candidate in sorted(local, key=self._order.__getitem__):
            if self.is_copy(fingerprint, self._signatures[candidate]):
                return candidate
        return None

    def add(self, article_id: str, text: str) -> None:
        """Index one text under its article id (e.g. seeding from the store).

        Adding an id that is already indexed does nothing.
        """
        if article_id not in self._signatures:
            self.remember(article_id, self.fingerprint(text))

    def find(self, text: str, *, exclude: str | None = None) -> str | None:
        """The id of the earliest-added text this one near-duplicates, without adding it."""
        return self.match(self.fingerprint(text), exclude=exclude)

    def check_and_add(self, article: Article) -> str | None:
        """The id of the earlier article this one near-duplicates, else ``None``.

        An original is added to the index; a copy is not (later copies then point at
        the original too). Mark a copy with
        ``article.model_copy(update={"duplicate_of": found})``.
        """
        fingerprint = self.fingerprint(article.text)
        found = self.match(fingerprint, exclude=article.id)
        if found is None:
            self.remember(article.id, fingerprint)
        else:
            log.debug("%s near-duplicates %s", article.id, found)
        return found
