"""The ingest stage: files of news articles in, :class:`~sitrep.model.Article` out.

One reader per format (``.txt``, ``.html``/``.htm``, ``.jsonl``, ``.json``, ``.csv``,
RSS/Atom ``.xml``/``.rss``/``.atom``) and directories of these, all streamed through
:func:`iter_articles`. Bad input becomes a :class:`~sitrep.model.Rejection` naming the
file and line, never an exception. :class:`NearDuplicateIndex` finds syndicated copies.
"""

from __future__ import annotations

from sitrep.ingest.dedup import NearDuplicateIndex
from sitrep.ingest.readers import READERS, iter_articles

__all__ = ["READERS", "NearDuplicateIndex", "iter_articles"]
