"""Score stored events against gold events (`sitrep evaluate`).

The rule, documented in docs/evaluation.md:

* A system event (one article's mention) can match a gold event of the SAME article when
  the country agrees, the date lies within the gold precision (1 day for precision 1,
  7 days for 2, 31 days for 3; the wider of the two precisions applies), and the place
  agrees at admin1 or town level (names compared after transliteration folding).
* Matching is one-to-one, greedy by score (sub-event type, then event type, then date
  distance, then the same town), so a gold event is matched at most once.
* Event precision = matched / system events in the scored articles; recall = matched /
  gold events. Per-field accuracy is over matched pairs.
* Merge quality: for matched gold events, the system cluster is the merged event that
  holds the mention, the gold cluster is the `incident` key; pairwise P/R/F1 and B-cubed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.merge.evaluation import bcubed_f1, pairwise_prf
from sitrep.model import Event, EventQuery
from sitrep.resolve import Gazetteer, fold_place_name
from sitrep.store import Store

__all__ = [
    "FIELDS",
    "EvalResult",
    "GoldArticle",
    "evaluate",
    "evaluate_store",
    "format_report",
    "load_gold",
]

FIELDS = (
    "event_type",
    "sub_event_type",
    "event_date",
    "admin1",
    "location",
    "fatalities",
    "injuries",
    "actor1",
    "actor2",
)
TOLERANCE_DAYS = {1: 1, 2: 7, 3: 31}


@dataclass(frozen=True)
class GoldArticle:
    article_id: str
    published: date | None
    split: str
    events: list[dict[str, Any]]
    must_not: list[str]


def load_gold(path: Path, *, split: str | None = None) -> list[GoldArticle]:
    """Read a gold file: one JSON object per article (see tests/corpus/README.md)."""
    out: list[GoldArticle] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                article = GoldArticle(
                    article_id=row["article_id"],
                    published=date.fromisoformat(row["published"])
                    if row.get("published")
                    else None,
                    split=row.get("split", "dev"),
                    events=list(row.get("events", [])),
                    must_not=list(row.get("must_not", [])),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ConfigError(f"bad gold line: {exc}", path=str(path), line=number) from exc
            if split is None or article.split == split:
                out.append(article)
    return out


@dataclass
class Match:
    article_id: str
    gold: dict[str, Any]
    system: Event
    wrong: list[str] = field(default_factory=list)


@dataclass
class EvalResult:
    articles: int = 0
    gold_events: int = 0
    system_events: int = 0
    matches: list[Match] = field(default_factory=list)
    missed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    spurious: list[tuple[str, Event]] = field(default_factory=list)
    field_correct: dict[str, int] = field(default_factory=dict)
    merge_pairwise: tuple[float, float, float] | None = None
    merge_bcubed: tuple[float, float, float] | None = None
    # item ("article#gold index") -> gold incident / system merged event, for merge details
    gold_clusters: dict[str, str] = field(default_factory=dict)
    pred_clusters: dict[str, str] = field(default_factory=dict)

    def merge_errors(self) -> list[str]:
        """One line per gold incident split across merged events (a recall loss) and per
        merged event joining several gold incidents (a precision loss)."""
        by_gold: dict[str, set[str]] = {}
        by_pred: dict[str, set[str]] = {}
        for item, incident in self.gold_clusters.items():
            by_gold.setdefault(incident, set()).add(item)
            by_pred.setdefault(self.pred_clusters[item], set()).add(item)
        lines = []
        for incident, items in sorted(by_gold.items()):
            events = {self.pred_clusters[i] for i in items}
            if len(events) > 1:
                parts = _grouped(items, self.pred_clusters)
                lines.append(f"SPLIT    incident {incident} over {len(events)} events — {parts}")
        for event, items in sorted(by_pred.items()):
            incidents = {self.gold_clusters[i] for i in items}
            if len(incidents) > 1:
                parts = _grouped(items, self.gold_clusters)
                lines.append(f"JOINED   event {event} holds {len(incidents)} incidents — {parts}")
        return lines

    @property
    def precision(self) -> float:
        return len(self.matches) / self.system_events if self.system_events else 1.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.gold_events if self.gold_events else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        return self.field_correct.get(name, 0) / len(self.matches) if self.matches else None

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "system_events": self.system_events,
            "matched": len(self.matches),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "field_accuracy": {
                name: None if (acc := self.accuracy(name)) is None else round(acc, 4)
                for name in FIELDS
            },
        }
        if self.merge_pairwise is not None and self.merge_bcubed is not None:
            result["merge"] = {
                "pairwise": dict(
                    zip(("precision", "recall", "f1"), map(_r4, self.merge_pairwise), strict=True)
                ),
                "bcubed": dict(
                    zip(("precision", "recall", "f1"), map(_r4, self.merge_bcubed), strict=True)
                ),
            }
        return result


def _grouped(items: set[str], key: Mapping[str, str]) -> str:
    groups: dict[str, list[str]] = {}
    for item in sorted(items):
        groups.setdefault(key[item], []).append(item)
    return "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(groups.items()))


def _r4(x: float) -> float:
    return round(x, 4)


def _fold(name: object) -> str:
    return fold_place_name(str(name)) if name else ""


def _norm(name: object) -> str:
    return " ".join(str(name).casefold().split()) if name is not None else ""


class _Comparer:
    """Field comparisons with place names canonicalised through the gazetteer."""

    def __init__(self, admin1_key: Callable[[str, str], str]) -> None:
        self.admin1_key = admin1_key

    def same_admin1(self, country: str | None, gold: object, system: object) -> bool:
        if not gold or not system:
            return gold == system or (not gold and not system)
        return self.admin1_key(country or "", str(gold)) == self.admin1_key(
            country or "", str(system)
        )

    @staticmethod
    def same_location(gold: object, system: object) -> bool:
        g, s = _fold(gold), _fold(system)
        if not g or not s:
            return g == s
        return g == s or g in s or s in g

    @staticmethod
    def date_ok(gold: dict[str, Any], system: Event, *, exact: bool) -> bool:
        if not gold.get("event_date") or system.event_date is None:
            return not gold.get("event_date") and system.event_date is None
        gold_date = date.fromisoformat(gold["event_date"])
        gold_prec = int(gold.get("time_precision") or 1)
        if exact and gold_prec == 1:
            return gold_date == system.event_date
        sys_prec = int(system.time_precision or 1)
        tolerance = max(TOLERANCE_DAYS.get(gold_prec, 1), TOLERANCE_DAYS.get(sys_prec, 1))
        return abs((system.event_date - gold_date).days) <= tolerance

    def compatible(self, gold: dict[str, Any], system: Event) -> bool:
        if _norm(gold.get("country")) != _norm(system.country):
            return False
        if not self.date_ok(gold, system, exact=False):
            return False
        if gold.get("admin1") is None and gold.get("location") is None:
            return True
        return self.same_admin1(
            gold.get("country"), gold.get("admin1"), system.admin1
        ) or self.same_location(gold.get("location"), system.location)

    def field_ok(self, name: str, gold: dict[str, Any], system: Event) -> bool:
        value = getattr(system, name)
        if name == "event_date":
            return self.date_ok(gold, system, exact=True)
        if name == "admin1":
            return self.same_admin1(gold.get("country"), gold.get("admin1"), value)
        if name == "location":
            return self.same_location(gold.get("location"), value)
        if name in ("fatalities", "injuries"):
            return bool(gold.get(name) == value)
        return _norm(gold.get(name)) == _norm(value.value if hasattr(value, "value") else value)


def _score(gold: dict[str, Any], system: Event, comparer: _Comparer) -> tuple[int, int, int, int]:
    sub = int(gold.get("sub_event_type") == system.sub_event_type.value)
    typ = int(gold.get("event_type") == system.event_type.value)
    distance = 0
    if gold.get("event_date") and system.event_date:
        distance = abs((system.event_date - date.fromisoformat(gold["event_date"])).days)
    # two reports of one kind on one day in one province: the one at the gold's own town
    # (the same name first, then a name holding it: "Khartoum" is in "Khartoum North")
    g, s = _fold(gold.get("location")), _fold(system.location)
    town = 2 if g and g == s else int(comparer.same_location(g, s))
    return (sub, typ, -distance, town)


def evaluate(
    gold_articles: Iterable[GoldArticle],
    mentions: Mapping[str, list[Event]],
    *,
    admin1_key: Callable[[str, str], str],
    clusters: Mapping[str, str] | None = None,
) -> EvalResult:
    """Score per-article system events (`mentions[article_id]`) against the gold.

    `clusters` maps a mention's event_id to the merged event holding it (merge scoring).
    """
    comparer = _Comparer(admin1_key)
    result = EvalResult(field_correct=dict.fromkeys(FIELDS, 0))
    pred_clusters: dict[str, str] = {}
    gold_clusters: dict[str, str] = {}
    for article in gold_articles:
        result.articles += 1
        system = list(mentions.get(article.article_id, []))
        result.gold_events += len(article.events)
        result.system_events += len(system)
        pairs = sorted(
            (
                (_score(g, s, comparer), gi, si)
                for gi, g in enumerate(article.events)
                for si, s in enumerate(system)
                if comparer.compatible(g, s)
            ),
            key=lambda item: (item[0], -item[1], -item[2]),
            reverse=True,
        )
        used_gold: set[int] = set()
        used_system: set[int] = set()
        for _, gi, si in pairs:
            if gi in used_gold or si in used_system:
                continue
            used_gold.add(gi)
            used_system.add(si)
            gold_event, system_event = article.events[gi], system[si]
            match = Match(article.article_id, gold_event, system_event)
            for name in FIELDS:
                if comparer.field_ok(name, gold_event, system_event):
                    result.field_correct[name] += 1
                else:
                    match.wrong.append(name)
            result.matches.append(match)
            if clusters is not None and gold_event.get("incident"):
                item = f"{article.article_id}#{gi}"
                gold_clusters[item] = str(gold_event["incident"])
                pred_clusters[item] = clusters.get(system_event.event_id, system_event.event_id)
        result.missed += [
            (article.article_id, g) for i, g in enumerate(article.events) if i not in used_gold
        ]
        result.spurious += [
            (article.article_id, s) for i, s in enumerate(system) if i not in used_system
        ]
    if clusters is not None and gold_clusters:
        result.gold_clusters, result.pred_clusters = gold_clusters, pred_clusters
        result.merge_pairwise = pairwise_prf(pred_clusters, gold_clusters)
        result.merge_bcubed = bcubed_f1(pred_clusters, gold_clusters)
    return result


def evaluate_store(
    store: Store, gold_articles: list[GoldArticle], *, gazetteer: Gazetteer | None = None
) -> EvalResult:
    """Evaluate what `sitrep run` stored against the gold articles."""
    gaz = gazetteer or Gazetteer.load()

    def admin1_key(country: str, name: str) -> str:
        return _fold(gaz.canonical_admin1(country, name) or name)

    mentions = {a.article_id: store.article_mentions(a.article_id) for a in gold_articles}
    clusters: dict[str, str] = {}
    mention_key = {
        (source.article_id, _trigger_start(event)): event.event_id
        for events in mentions.values()
        for event in events
        for source in event.sources
    }
    for merged in store.iter_events(EventQuery(include_rejected=True)):
        for source in merged.sources:
            key = (source.article_id, _trigger_start_of_source(source))
            if key in mention_key:
                clusters[mention_key[key]] = merged.event_id
    return evaluate(gold_articles, mentions, admin1_key=admin1_key, clusters=clusters)


def _trigger_start_of_source(source: Any) -> int | None:
    for evidence in source.evidence:
        if evidence.role == "trigger":
            return int(evidence.start)
    return source.sentences[0].start if source.sentences else None


def _trigger_start(event: Event) -> int | None:
    return _trigger_start_of_source(event.sources[0]) if event.sources else None


def format_report(result: EvalResult, *, details: bool = False) -> str:
    lines = [
        f"articles {result.articles}  gold events {result.gold_events}  "
        f"system events {result.system_events}  matched {len(result.matches)}",
        f"event precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}",
        "field accuracy over matched events:",
    ]
    for name in FIELDS:
        acc = result.accuracy(name)
        lines.append(f"  {name:<15} {'n/a' if acc is None else f'{acc:.3f}'}")
    if result.merge_pairwise and result.merge_bcubed:
        p, r, f = result.merge_pairwise
        lines.append(f"merge pairwise  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        p, r, f = result.merge_bcubed
        lines.append(f"merge B-cubed   P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if details:
        lines += result.merge_errors()
        for article_id, gold in result.missed:
            lines.append(
                f"MISSED   {article_id}: {gold.get('sub_event_type')} {gold.get('event_date')} "
                f"{gold.get('location')} — {gold.get('evidence', '')[:90]}"
            )
        for article_id, event in result.spurious:
            sentence = (
                event.sources[0].sentences[0].text
                if event.sources and event.sources[0].sentences
                else ""
            )
            lines.append(
                f"SPURIOUS {article_id}: {event.sub_event_type.value} {event.event_date} "
                f"{event.location} — {sentence[:90]}"
            )
        for match in result.matches:
            wrong = match.wrong
            if wrong:
                lines.append(
                    f"FIELDS   {match.article_id}: "
                    + "; ".join(
                        f"{n} gold={match.gold.get(n)!r} sys={_value(match.system, n)!r}"
                        for n in wrong
                    )
                )
    return "\n".join(lines)


def _value(event: Event, name: str) -> object:
    value = getattr(event, name)
    return value.value if hasattr(value, "value") else value
