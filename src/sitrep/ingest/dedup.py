"""Near-duplicate articles: syndicated or republished copies, by MinHash LSH (datasketch).

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
"""

from __future__ import annotations

import logging
import re
import unicodedata
import zlib
from typing import TYPE_CHECKING

from sitrep.errors import ConfigError
from sitrep.model import Article

if TYPE_CHECKING:
    from datasketch import LeanMinHash

__all__ = ["NearDuplicateIndex"]

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_SEED = 1
_SCHEME = "affine32"  # datasketch's default, named so an upgrade cannot change signatures
_JACCARD_SLACK = 0.3


class NearDuplicateIndex:
    """An index of article texts that answers "is this a copy of one already seen?".

    ``threshold`` is the shingle overlap (0-1) above which two texts are copies;
    ``num_perm`` the MinHash signature length; ``shingle`` the words per shingle.
    Bad parameters raise :class:`~sitrep.errors.ConfigError`.
    """

    def __init__(self, *, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ConfigError(f"threshold must be in (0, 1], not {threshold}", code="dedup")
        if shingle < 1:
            raise ConfigError(f"shingle must be at least 1, not {shingle}", code="dedup")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        # imported here: datasketch pulls in scipy, seconds that readers need not pay
        from datasketch import MinHash, MinHashLSH

        self._jaccard_floor = max(0.05, threshold - _JACCARD_SLACK)
        self._lsh = MinHashLSH(threshold=self._jaccard_floor, num_perm=num_perm)
        self._permutations = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations
        self._signatures: dict[str, tuple[LeanMinHash, int]] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, text: str) -> None:
        """Index one text under its article id (e.g. seeding from the store).

        Adding an id that is already indexed does nothing.
        """
        if article_id in self._signatures:
            log.debug("near-duplicate index already holds %r", article_id)
            return
        signature, size = self._signature(text)
        self._store(article_id, signature, size)

    def find(self, text: str, *, exclude: str | None = None) -> str | None:
        """The id of the earliest-added text this one near-duplicates, without adding it."""
        signature, size = self._signature(text)
        return self._match(signature, size, exclude=exclude)

    def check_and_add(self, article: Article) -> str | None:
        """The id of the earlier article this one near-duplicates, else ``None``.

        An original is added to the index; a copy is not (later copies then point at
        the original too). Mark a copy with
        ``article.model_copy(update={"duplicate_of": found})``.
        """
        signature, size = self._signature(article.text)
        found = self._match(signature, size, exclude=article.id)
        if found is None and article.id not in self._signatures:
            self._store(article.id, signature, size)
        elif found is not None:
            log.debug("%s near-duplicates %s", article.id, found)
        return found

    def shingles(self, text: str) -> set[str]:
        """The word shingles of a text (NFKC, case-folded words)."""
        words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
        if len(words) <= self.shingle:
            return {" ".join(words)} if words else set()
        return {" ".join(words[i : i + self.shingle]) for i in range(len(words) - self.shingle + 1)}

    def _signature(self, text: str) -> tuple[LeanMinHash, int]:
        from datasketch import LeanMinHash, MinHash

        shingles = sorted(self.shingles(text))
        signature = MinHash(
            num_perm=self.num_perm,
            seed=_SEED,
            hashfunc=zlib.crc32,
            permutations=self._permutations,
            scheme=_SCHEME,
        )
        signature.update_batch([s.encode("utf-8") for s in shingles])
        return LeanMinHash(signature), len(shingles)

    def _store(self, article_id: str, signature: LeanMinHash, size: int) -> None:
        self._order[article_id] = len(self._order)
        self._signatures[article_id] = (signature, size)
        if size:
            self._lsh.insert(article_id, signature)

    def _match(self, signature: LeanMinHash, size: int, *, exclude: str | None) -> str | None:
        if not size or not self._signatures:
            return None
        candidates = [c for c in self._lsh.query(signature) if c != exclude]
        for candidate in sorted(candidates, key=self._order.__getitem__):
            other, other_size = self._signatures[candidate]
            jaccard = float(signature.jaccard(other))
            if jaccard < self._jaccard_floor:
                continue
            shared = jaccard * (size + other_size) / (1.0 + jaccard)
            if shared / min(size, other_size) >= self.threshold:
                return str(candidate)
        return None
