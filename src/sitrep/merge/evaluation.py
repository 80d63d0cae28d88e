"""Cluster evaluation: pairwise precision/recall/F1 and B-cubed.

Both take ``item -> cluster id`` maps; only items present in both maps are scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

__all__ = ["bcubed_f1", "pairwise_prf"]


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _groups(labels: Mapping[str, str], items: set[str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item in items:
        groups[labels[item]].add(item)
    return groups


def _pairs(labels: Mapping[str, str], items: set[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in _groups(labels, items).values():
        ordered = sorted(members)
        out.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return out


def pairwise_prf(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """Precision, recall, F1 over same-cluster item pairs (1.0 when there are no pairs)."""
    items = set(pred) & set(gold)
    p_pairs, g_pairs = _pairs(pred, items), _pairs(gold, items)
    both = len(p_pairs & g_pairs)
    precision = both / len(p_pairs) if p_pairs else 1.0
    recall = both / len(g_pairs) if g_pairs else 1.0
    return precision, recall, _f1(precision, recall)


def bcubed_f1(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga and Baldwin), averaged over items."""
    items = set(pred) & set(gold)
    if not items:
        return 1.0, 1.0, 1.0
    p_groups, g_groups = _groups(pred, items), _groups(gold, items)
    precision = recall = 0.0
    for item in items:
        p_set, g_set = p_groups[pred[item]], g_groups[gold[item]]
        common = len(p_set & g_set)
        precision += common / len(p_set)
        recall += common / len(g_set)
    precision /= len(items)
    recall /= len(items)
    return precision, recall, _f1(precision, recall)
