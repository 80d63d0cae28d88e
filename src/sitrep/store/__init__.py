"""store stage: the only code that touches the database.

`Store.open(url)` opens (and migrates) a SQLite file or any SQLAlchemy URL. Articles,
their single-source mentions, merged events, reviews, overrides and the audit log
live here; merging itself is done by the function the pipeline passes to
`Store.remerge` (``sitrep.merge.merge_mentions``), never imported from here.
"""

from __future__ import annotations

from .core import Store
from .merging import DEFAULT_WINDOW_DAYS, HORIZON_DAYS, MergeFunction
from .queries import SORTABLE, EventTally, PeriodTotal, PlaceTally, TypeTally
from .records import ArticleState, AuditEntry, Fingerprint, MergeStats, StatRow

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "HORIZON_DAYS",
    "SORTABLE",
    "ArticleState",
    "AuditEntry",
    "EventTally",
    "Fingerprint",
    "MergeFunction",
    "MergeStats",
    "PeriodTotal",
    "PlaceTally",
    "StatRow",
    "Store",
    "TypeTally",
]
