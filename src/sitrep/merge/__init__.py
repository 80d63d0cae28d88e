"""merge stage: one incident, one event, every source kept.

Public entry point: `merge_mentions` (mentions in, merged events out). Blocking
(`blocking`), pair scoring (`scoring`), clustering (`clustering`) and reconciliation
(`reconcile`) are pure functions over `Event` records; `evaluation` scores clusters
against gold. The policy is written up in ``docs/decisions/merge-policy.md``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, MutableMapping

from sitrep.model import Event, MergedEvent

from .blocking import MERGE_WINDOW_DAYS, candidate_pairs, date_window, family_of
from .clustering import Cluster, cluster_mentions
from .evaluation import bcubed_f1, pairwise_prf
from .reconcile import merged_event_id, reconcile
from .scoring import THRESHOLD, PairScore, score_pair

__all__ = [
    "MERGE_WINDOW_DAYS",
    "THRESHOLD",
    "Cluster",
    "PairScore",
    "bcubed_f1",
    "candidate_pairs",
    "cluster_mentions",
    "date_window",
    "family_of",
    "merge_mentions",
    "merged_event_id",
    "pairwise_prf",
    "reconcile",
    "score_pair",
]


def merge_mentions(
    mentions: Iterable[Event],
    *,
    must_link: Collection[tuple[str, str]] = (),
    cannot_link: Collection[tuple[str, str]] = (),
    focus: Collection[str] | None = None,
    memo: MutableMapping[tuple[str, str], PairScore] | None = None,
) -> list[MergedEvent]:
    """Cluster single-source mentions into merged events, sorted by event id.

    Each mention's ``event_id`` must be unique. The result does not depend on the
    order of ``mentions``; ``must_link`` / ``cannot_link`` are pairs of mention ids
    (overrides) and raise `sitrep.errors.MergeError` when they contradict each other.
    With ``focus`` (mention ids), only the merged events of the linked component of those
    mentions are built: the same events as without it, for a fraction of the work when
    the other mentions are a store's neighbourhood of unrelated incidents; ``memo`` keeps
    pair scores between calls over the same mentions (see `cluster_mentions`).
    """
    clusters = cluster_mentions(
        list(mentions), must_link=must_link, cannot_link=cannot_link, focus=focus, memo=memo
    )
    merged = [
        MergedEvent(
            event=reconcile(c.members),
            members=[m.event_id for m in c.members],
            why=c.why or ["single report: no other mention matched"],
            linked=c.linked,
        )
        for c in clusters
    ]
    return sorted(merged, key=lambda m: m.event.event_id)
