"""Clustering: order-independent, deterministic grouping of scored pairs.

Mentions are sorted by id, candidate pairs scored, and linked pairs merged greedily
from the highest score down (ties broken by ids) with union-find. A merge of two
clusters is refused when any pair across them is vetoed, comes from the same
article (unless the article tells one incident twice, `told_twice`), or is a
cannot-link: this guard stops a chain of good pairs from gluing two distinct
incidents together. Must-links are applied first and always win.

The clusters of a set of mentions connected by linked pairs (score above threshold,
no veto) and must-links depend on that set alone; each cluster lists the mentions
outside it it was linked to, so the store can reload exactly that set. Given ``focus``
(mention ids), only the linked component of those mentions is scored and clustered:
a search from them scores the candidate pairs of each mention it reaches and follows
the linked ones and the must-links, so the pairs among the rest of the input (the
store's neighbourhood of a new article, mostly unrelated incidents) are never scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field

from sitrep.errors import MergeError
from sitrep.model import Event

from .blocking import CandidateIndex, candidate_pairs
from .scoring import PairScore, evidence_text, score_pair, told_twice

__all__ = ["Cluster", "cluster_mentions"]


@dataclass
class Cluster:
    """The member mentions (sorted by id), the reasons they were joined, and the ids of
    mentions outside it that scored above the threshold with a member (joins refused)."""

    members: list[Event]
    why: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)


def _article_of(mention: Event) -> str | None:
    return mention.sources[0].article_id if mention.sources else None


class _Clusters:
    """Union-find over mention indices. Only clusters of two or more keep a member list
    and reasons: a focused merge over a store's neighbourhood of thousands of mentions
    joins a few dozen, and building a list per mention was most of its cost."""

    def __init__(self, mentions: Sequence[Event], cannot: set[frozenset[int]]) -> None:
        self.mentions = mentions
        self.parent = list(range(len(mentions)))
        self.joined: dict[int, list[int]] = {}
        self.reasons: dict[int, list[str]] = {}
        self.cannot = cannot
        self.texts: dict[int, str] = {}

    def members(self, root: int) -> list[int]:
        """The members of the cluster whose root is ``root``, ascending."""
        return self.joined.get(root) or [root]

    def why(self, root: int) -> list[str]:
        """The reasons recorded for the cluster whose root is ``root`` (a list the caller
        may append to)."""
        return self.reasons.setdefault(root, [])

    def roots(self, among: Collection[int] | None = None) -> list[int]:
        """The clusters' roots, ascending (only those in ``among`` when given)."""
        candidates = range(len(self.parent)) if among is None else sorted(among)
        return [i for i in candidates if self.parent[i] == i]

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.joined[keep] = sorted(self.members(keep) + self.members(gone))
        self.joined.pop(gone, None)
        self.reasons[keep] = self.why(keep) + self.reasons.pop(gone, []) + [reason]

    def text(self, i: int) -> str:
        if i not in self.texts:
            self.texts[i] = evidence_text(self.mentions[i])
        return self.texts[i]

    def conflict(self, a: int, b: int, scores: dict[tuple[int, int], PairScore]) -> str | None:
        """Why the clusters of ``a`` and ``b`` may not be joined, or ``None``."""
        ms = self.mentions
        for x in self.members(self.find(a)):
            for y in self.members(self.find(b)):
                if frozenset((x, y)) in self.cannot:
                    return f"cannot-link {ms[x].event_id} / {ms[y].event_id}"
                key = (x, y) if x < y else (y, x)
                art = _article_of(ms[x])
                if (
                    art is not None
                    and art == _article_of(ms[y])
                    and not told_twice(
                        ms[key[0]], ms[key[1]], text_a=self.text(key[0]), text_b=self.text(key[1])
                    )
                ):
                    return f"same article {art}"
                score = scores.get(key)
                if score is None:
                    score = score_pair(
                        ms[key[0]], ms[key[1]], text_a=self.text(key[0]), text_b=self.text(key[1])
                    )
                if score.veto is not None:
                    return f"{ms[x].event_id} / {ms[y].event_id} {score.veto}"
        return None


def cluster_mentions(
    mentions: Sequence[Event],
    *,
    must_link: Collection[tuple[str, str]] = (),
    cannot_link: Collection[tuple[str, str]] = (),
    focus: Collection[str] | None = None,
    memo: MutableMapping[tuple[str, str], PairScore] | None = None,
) -> list[Cluster]:
    """Group mentions into clusters; the order of the input is irrelevant.

    With ``focus``, only the clusters of the linked component of those mention ids are
    returned (the same clusters as without it); ``memo`` keeps the scores of pairs of
    mention ids between calls over the same mentions (the store's re-merge, which calls
    again as its neighbourhood grows). Raises `MergeError` when a must-link
    group contains a cannot-link pair.
    """
    mentions = sorted(mentions, key=lambda m: m.event_id)
    index = {m.event_id: i for i, m in enumerate(mentions)}
    if len(index) != len(mentions):
        raise MergeError("mention ids are not unique", code="duplicate_mention_id")
    cannot = {
        frozenset((index[a], index[b]))
        for a, b in cannot_link
        if a in index and b in index and a != b
    }
    state = _Clusters(mentions, cannot)
    for a, b in sorted(tuple(sorted(p)) for p in must_link):
        if a in index and b in index:
            state.union(index[a], index[b], f"{a} + {b}: must-link override")
    for pair in cannot:
        x, y = sorted(pair)
        if state.find(x) == state.find(y):
            raise MergeError(
                f"{mentions[x].event_id} and {mentions[y].event_id}"
                " are both must- and cannot-linked",
                code="contradictory_overrides",
            )
    must = [(index[a], index[b]) for a, b in must_link if a in index and b in index]
    if focus is None:
        scores = _score_pairs(state, candidate_pairs(mentions))
        wanted = None
    else:
        start = sorted({index[m] for m in focus if m in index})
        scores, wanted = _linked_component(state, start, must, {} if memo is None else memo)
    edges = sorted(
        ((-round(s.total, 9), i, j) for (i, j), s in scores.items() if s.linked),
    )
    for _, i, j in edges:
        if state.find(i) == state.find(j):
            continue
        blocked = state.conflict(i, j, scores)
        a, b = mentions[i].event_id, mentions[j].event_id
        if blocked is None:
            state.union(i, j, f"{a} + {b}: {scores[(i, j)].explain()}")
        else:
            root = state.find(i)
            state.why(root).append(f"{a} + {b}: {scores[(i, j)].explain()}, kept apart: {blocked}")
    linked: dict[int, set[str]] = {}
    for _, i, j in edges:
        ri, rj = state.find(i), state.find(j)
        if ri != rj:
            linked.setdefault(ri, set()).add(mentions[j].event_id)
            linked.setdefault(rj, set()).add(mentions[i].event_id)
    return [
        Cluster(
            members=[mentions[i] for i in state.members(r)],
            why=state.why(r),
            linked=sorted(linked.get(r, ())),
        )
        for r in state.roots(wanted)
    ]


def _score_pairs(
    state: _Clusters, pairs: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], PairScore]:
    ms = state.mentions
    return {
        (i, j): score_pair(ms[i], ms[j], text_a=state.text(i), text_b=state.text(j))
        for i, j in pairs
    }


def _linked_component(
    state: _Clusters,
    start: Sequence[int],
    must: Sequence[tuple[int, int]],
    memo: MutableMapping[tuple[str, str], PairScore],
) -> tuple[dict[tuple[int, int], PairScore], set[int]]:
    """The scores of every candidate pair with a member of the linked component of
    ``start``, and that component (as union-find roots after the must-links): each member
    reached has all its candidate pairs scored, and a linked pair or a must-link brings its
    other side in. Pairs between two mentions outside the component are never scored."""
    # each reached mention's candidates are looked up in an index, so the pairs among
    # the mentions the search never reaches are not even enumerated
    candidates = CandidateIndex(state.mentions)
    tied: dict[int, list[int]] = defaultdict(list)
    for a, b in must:
        tied[a].append(b)
        tied[b].append(a)
    scores: dict[tuple[int, int], PairScore] = {}
    reached = set(start)
    todo = list(start)
    while todo:
        i = todo.pop()
        for j in tied[i]:
            if j not in reached:
                reached.add(j)
                todo.append(j)
        for j in candidates.of(i):
            key = (i, j) if i < j else (j, i)
            if key not in scores:
                x, y = state.mentions[key[0]], state.mentions[key[1]]
                known = memo.get((x.event_id, y.event_id))
                if known is None:
                    known = score_pair(x, y, text_a=state.text(key[0]), text_b=state.text(key[1]))
                    memo[(x.event_id, y.event_id)] = known
                scores[key] = known
            if scores[key].linked and j not in reached:
                reached.add(j)
                todo.append(j)
    return scores, {state.find(i) for i in reached}
