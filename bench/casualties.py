"""Casualty counts on real US local news: sitrep's extractor against Gun Violence Archive gold.

    python bench/casualties.py [--limit 300] [--seed 13] [--show N] [--half dev|test|both]

Data: ../shared/data/gva_semeval2018t5/gva_docs.jsonl (the SemEval-2018 Task 5 document pool:
local-news articles, each linked to one GVA incident record with its final number killed and
injured). The script skips with a message when the file is absent; nothing is copied.

Halves. Every document belongs to a half fixed by a hash of its *incident* id (so two reports
of one incident never straddle the halves, and the seed cannot move a document across):
"dev" may be studied to find errors, "test" is only reported. The seeded sample draws
``limit // 2`` documents from each half.

Per document, each article is run through ``RuleExtractor`` with its document creation time
as the publication date, and only non-background candidates count:
  detected        the article yields at least one event
  killed exact    max fatalities over its events (no figure = 0) equals GVA num_killed
  injured exact   max injuries over its events (no figure = 0) equals GVA num_injured
The maximum is the rule because a local report describes one incident and restatements of
its toll ("two men were shot ... both died") become one event with the largest figure; a
document whose gold is 0 killed scores when no event carries a death toll. Exact, within 1
and mean absolute error are given over detected documents and over all (an undetected
document counts as 0 killed, 0 injured). GVA records are final tallies, so an early report
may rightly give fewer: the ceiling is below 1.0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.model import Article, CandidateEvent, Extraction

DATA = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "data"
    / "gva_semeval2018t5"
    / "gva_docs.jsonl"
)
HALVES = ("dev", "test")


@dataclass(frozen=True)
class Outcome:
    doc_id: str
    half: str
    title: str
    gold_killed: int
    gold_injured: int
    detected: bool
    killed: int
    injured: int
    events: tuple[CandidateEvent, ...]


def half_of(incident_id: str) -> str:
    """ "dev" or "test", fixed by the incident id (independent of the sampling seed)."""
    digest = hashlib.sha256(f"gva-half:{incident_id}".encode()).digest()
    return HALVES[digest[0] % 2]


def load_docs(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sample(docs: list[dict[str, object]], *, limit: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    picked: list[dict[str, object]] = []
    for half in HALVES:
        pool = sorted(
            (d for d in docs if half_of(str(d["incident_id"])) == half),
            key=lambda d: str(d["doc_id"]),
        )
        picked += rng.sample(pool, min(limit // 2, len(pool)))
    return picked


def to_article(doc: dict[str, object]) -> Article:
    dct = str(doc.get("dct") or "")
    published = date.fromisoformat(dct) if dct else None
    return Article(
        id=str(doc["doc_id"]),
        title=str(doc.get("title") or "") or None,
        published=published,
        text=str(doc["text"]) or " ",
    )


def outcome(doc: dict[str, object], extraction: Extraction) -> Outcome:
    gold = doc["gold"]
    assert isinstance(gold, dict)
    events = tuple(c for c in extraction.candidates if not c.background)
    killed = max((e.fatalities.value or 0 for e in events if e.fatalities is not None), default=0)
    injured = max((e.injuries.value or 0 for e in events if e.injuries is not None), default=0)
    return Outcome(
        doc_id=str(doc["doc_id"]),
        half=half_of(str(doc["incident_id"])),
        title=str(doc.get("title") or ""),
        gold_killed=int(gold["num_killed"]),
        gold_injured=int(gold["num_injured"]),
        detected=bool(events),
        killed=killed,
        injured=injured,
        events=events,
    )


def _stats(pairs: list[tuple[int, int]]) -> str:
    if not pairs:
        return "      -      -      -"
    n = len(pairs)
    exact = sum(p == g for p, g in pairs) / n
    near = sum(abs(p - g) <= 1 for p, g in pairs) / n
    mae = sum(abs(p - g) for p, g in pairs) / n
    return f"{exact:7.3f}{near:7.3f}{mae:7.2f}"


def report(outcomes: list[Outcome], half: str) -> None:
    rows = [o for o in outcomes if o.half == half]
    if not rows:
        return
    found = [o for o in rows if o.detected]
    zero = [o for o in rows if o.gold_killed == 0]
    print(f"\n[{half}] {len(rows)} documents, detection recall {len(found) / len(rows):.3f}")
    print(f"  {'':<22}{'exact':>7}{'±1':>7}{'MAE':>7}")
    for label, group in (("detected", found), ("all (missed = 0)", rows)):
        print(f"  killed  {label:<14}{_stats([(o.killed, o.gold_killed) for o in group])}")
        print(f"  injured {label:<14}{_stats([(o.injured, o.gold_injured) for o in group])}")
    print(f"  gold 0 killed: {len(zero)} documents, " + _stats([(o.killed, 0) for o in zero]))


def error_class(o: Outcome) -> list[str]:
    if not o.detected:
        return ["missed"]
    out = []
    if o.killed != o.gold_killed:
        out.append("killed_over" if o.killed > o.gold_killed else "killed_under")
    if o.injured != o.gold_injured:
        out.append("injured_over" if o.injured > o.gold_injured else "injured_under")
    return out


def show(outcomes: list[Outcome], n: int, half: str) -> None:
    by_class: dict[str, list[Outcome]] = {}
    for o in outcomes:
        if o.half == half:
            for cls in error_class(o):
                by_class.setdefault(cls, []).append(o)
    for cls in ("missed", "killed_over", "killed_under", "injured_over", "injured_under"):
        group = by_class.get(cls, [])
        print(f"\n== {half} {cls}: {len(group)}")
        for o in group[:n]:
            print(
                f"- {o.doc_id[:10]} gold k={o.gold_killed} i={o.gold_injured} "
                f"sys k={o.killed} i={o.injured} | {o.title[:90]}"
            )
            for e in o.events:
                k = e.fatalities.raw if e.fatalities else None
                i = e.injuries.raw if e.injuries else None
                text = " ".join(e.evidence[0].text.split())[:220] if e.evidence else ""
                print(f"    {e.sub_event_type} k={k!r} i={i!r}: {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="documents sampled (half per half)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print N error examples per class")
    ap.add_argument("--half", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--model", default="en_core_web_sm")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"GVA data not found at {DATA}: skipped")
        return
    docs = sample(load_docs(DATA), limit=args.limit, seed=args.seed)
    halves = HALVES if args.half == "both" else (args.half,)
    docs = [d for d in docs if half_of(str(d["incident_id"])) in halves]
    start = time.perf_counter()
    extractor = RuleExtractor(nlp=load_nlp(args.model))
    by_id = {str(d["doc_id"]): d for d in docs}
    outcomes = [
        outcome(by_id[article.id], extraction)
        for article, extraction in extractor.pipe(to_article(d) for d in docs)
    ]
    wall = time.perf_counter() - start
    print(f"GVA casualties: {len(outcomes)} documents, seed {args.seed}, {wall:.0f} s")
    for half in halves:
        report(outcomes, half)
    if args.show:
        # Error examples come from the dev half only: the test half is reported, never studied.
        show(outcomes, args.show, "dev")


if __name__ == "__main__":
    main()
