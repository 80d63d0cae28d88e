"""Police event detection on real news: sitrep against IndiaPoliceEvents sentence labels.

    python bench/police_events.py [--half dev|test|both] [--limit N] [--show N]

Data: ../shared/data/indiapoliceevents/ (Halterman, Keith, Sarwar & O'Connor, Findings of
ACL 2021): 1,257 Times of India articles from March 2002 on the Gujarat violence, every
sentence labelled by adjudicated double annotation with the answer to "did police kill
someone / arrest someone / use force / fail to act / do anything?". The text is partly
lower-cased and holds cp1252 mojibake ("â€™"). The script skips with a message when the
data is absent; nothing is copied.

Halves. Each document belongs to a half fixed by a hash of its doc_id: "dev" may be
studied (``--show`` lists dev errors only), "test" is only reported. ``--limit`` keeps the
first N documents of each half in doc_id order.

Each document goes through sitrep as a user's article does: its text as UTF-8 bytes through
ingest's decoding (which repairs mojibake) and cleaning, then ``RuleExtractor`` with the
document's date as publication date. Every candidate event counts, background ones too
(the questions ask whether police did something, not whether it is the article's news).
An event with police or security forces as actor1 ("police", "policemen", "troops", a
lexicon police/military class, or a force named in FORCES below) is mapped to labels:
  ARREST  an Arrests event whose actor1 is police/security forces, or that names no actor1
          (a passive "were arrested": ACLED codes the arresting state as actor1)
  KILL    an event of a violent type (not Strategic developments, not a peaceful protest)
          with police/security forces as actor1 and a death toll above 0
  FORCE   KILL, or police/security forces as actor1 of any violent event: firing on,
          lathi-charging or tear-gassing a crowd, excessive force against protesters,
          a protest with intervention, a clash
FAIL (police failing to act) and ANY_ACTION (anything police did, statements and
deployments included) are left out: sitrep codes incidents, and neither inaction nor a
police statement is one; there is no sitrep output they could fairly be mapped from.

Scores, per label, precision / recall / F1:
  sentence  an event counts for the gold sentence holding its trigger (gold sentences are
            aligned to the cleaned text by their ASCII letters and digits); every sentence
            of the half is one binary decision, as in the paper's Task 1
  document  a document is positive for a label when any of its events maps to it, against
            the document labels (the union of its sentence labels)
Reference: the paper reports zero-shot (RoBERTa+MNLI, ELECTRA+MS MARCO) and fine-tuned
sentence F1; README-source.md in the data folder does not state the figures, so none are
quoted here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.ingest.clean import clean_text
from sitrep.ingest.decode import decode_bytes
from sitrep.model import (
    ActorRole,
    Article,
    CandidateEvent,
    EventType,
    SubEventType,
    content_hash,
)

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "indiapoliceevents"
HALVES = ("dev", "test")
Record = dict[str, Any]  # one parsed JSON line
LABELS = ("KILL", "ARREST", "FORCE")
SECURITY_LABELS = frozenset({"generic:police", "generic:military"})
FORCES = re.compile(
    r"\b(police|policem[ae]n|cops?|constables?|constabulary|troops|soldiers|army|"
    r"paramilitar(?:y|ies)|security (?:forces|personnel|men)|jawans|commandos|"
    r"rapid action force|reserve police|crpf|bsf|raf|srp|gendarmes?)\b",
    re.IGNORECASE,
)
PEACEFUL = frozenset({SubEventType.PEACEFUL_PROTEST})


@dataclass(frozen=True)
class Sentence:
    sent_id: int
    text: str
    gold: frozenset[str]
    start: int  # offsets into the cleaned article text; start == end when unaligned
    end: int


@dataclass(frozen=True)
class Outcome:
    doc_id: int
    half: str
    sentences: tuple[Sentence, ...]
    gold: frozenset[str]
    predicted: dict[int, set[str]]  # sentence index -> labels
    events: tuple[tuple[int, CandidateEvent, frozenset[str]], ...]
    unaligned: int


def half_of(doc_id: int) -> str:
    """ "dev" or "test", fixed by the document id."""
    digest = hashlib.sha256(f"ipe-half:{doc_id}".encode()).digest()
    return HALVES[digest[0] % 2]


def _jsonl(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def user_text(raw: str) -> str:
    """The text as ingest hands it on: decoded from UTF-8 bytes (mojibake repaired), cleaned."""
    decoded = decode_bytes(raw.encode("utf-8"), path="<indiapoliceevents>")
    return clean_text(decoded if isinstance(decoded, str) else raw)


def align(text: str, sents: list[Record]) -> tuple[tuple[Sentence, ...], int]:
    """Gold sentences with offsets into ``text``, matched on their ASCII letters and digits
    (which neither the mojibake repair nor the cleaning changes; the gold splitter cut some
    sentences inside a mojibake sequence)."""
    positions = [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum()]
    dense = "".join(text[i] for i in positions)
    cursor = 0
    out: list[Sentence] = []
    missed = 0
    for s in sents:
        raw = str(s["sent_text"])
        key = "".join(ch for ch in raw if ch.isascii() and ch.isalnum())
        at = dense.find(key, cursor) if key else -1
        labels = frozenset(str(x) for x in s["sent_labels"])
        if at < 0:
            missed += bool(key)  # boilerplate the cleaning removed, or nothing to match
            end = positions[cursor - 1] + 1 if cursor else 0
            out.append(Sentence(int(s["sent_id"]), raw, labels, end, end))
            continue
        last = min(at + len(key), len(positions)) - 1
        start, end = positions[at], positions[last] + 1
        out.append(Sentence(int(s["sent_id"]), raw, labels, start, end))
        cursor = last + 1
    return tuple(out), missed


def is_security(event: CandidateEvent) -> bool:
    """Police or security forces are actor1 of the event."""
    return any(
        a.role is ActorRole.ACTOR1 and (a.label in SECURITY_LABELS or FORCES.search(a.text))
        for a in event.actors
    )


def labels_of(event: CandidateEvent) -> frozenset[str]:
    """The IndiaPoliceEvents labels one sitrep event stands for."""
    out: set[str] = set()
    security = is_security(event)
    if event.sub_event_type is SubEventType.ARRESTS:
        if security or not any(a.role is ActorRole.ACTOR1 for a in event.actors):
            out.add("ARREST")
        return frozenset(out)
    violent = (
        event.event_type is not EventType.STRATEGIC_DEVELOPMENTS
        and event.sub_event_type not in PEACEFUL
    )
    if security and violent:
        out.add("FORCE")
        if event.fatalities is not None and (event.fatalities.value or 0) > 0:
            out.add("KILL")
    return frozenset(out)


def sentence_of(sentences: tuple[Sentence, ...], offset: int) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
    return None


def to_article(doc: Record, published: date | None) -> Article:
    text = user_text(str(doc["doc_text"])) or " "
    return Article(
        id=str(doc["doc_id"]), published=published, text=text, content_hash=content_hash(text)
    )


def outcome(
    doc: Record, article: Article, sents: list[Record], events: list[CandidateEvent]
) -> Outcome:
    sentences, missed = align(article.text, sents)
    predicted: dict[int, set[str]] = defaultdict(set)
    mapped: list[tuple[int, CandidateEvent, frozenset[str]]] = []
    for e in events:
        labels = labels_of(e)
        index = sentence_of(sentences, e.trigger.start)
        if index is None:
            continue
        mapped.append((index, e, labels))
        predicted[index] |= labels
    doc_id = int(doc["doc_id"])
    return Outcome(
        doc_id=doc_id,
        half=half_of(doc_id),
        sentences=sentences,
        gold=frozenset(str(x) for x in doc["doc_labels"]),
        predicted=dict(predicted),
        events=tuple(mapped),
        unaligned=missed,
    )


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:7.3f}{r:7.3f}{f:7.3f}{tp + fn:7d}{tp + fp:7d}"


def report(outcomes: list[Outcome], half: str) -> None:
    rows = [o for o in outcomes if o.half == half]
    if not rows:
        return
    n_sent = sum(len(o.sentences) for o in rows)
    unaligned = sum(o.unaligned for o in rows)
    print(f"\n[{half}] {len(rows)} documents, {n_sent} sentences ({unaligned} unaligned)")
    print(f"  {'':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'sys':>7}")
    for label in LABELS:
        counts = [0, 0, 0]
        for o in rows:
            for i, s in enumerate(o.sentences):
                pred = label in o.predicted.get(i, set())
                counts[0] += pred and label in s.gold
                counts[1] += pred and label not in s.gold
                counts[2] += not pred and label in s.gold
        print(f"  sentence {label:<7}{_prf(*counts)}")
    for label in LABELS:
        counts = [0, 0, 0]
        for o in rows:
            pred = any(label in labels for labels in o.predicted.values())
            counts[0] += pred and label in o.gold
            counts[1] += pred and label not in o.gold
            counts[2] += not pred and label in o.gold
        print(f"  document {label:<7}{_prf(*counts)}")


def _clip(text: str, n: int = 240) -> str:
    return " ".join(text.split())[:n]


def show(outcomes: list[Outcome], n: int, half: str) -> None:
    for label in LABELS:
        missed: list[tuple[Outcome, Sentence]] = []
        spurious: list[tuple[Outcome, Sentence, list[CandidateEvent]]] = []
        for o in outcomes:
            if o.half != half:
                continue
            for i, s in enumerate(o.sentences):
                pred = label in o.predicted.get(i, set())
                if label in s.gold and not pred:
                    missed.append((o, s))
                elif pred and label not in s.gold:
                    events = [e for j, e, labels in o.events if j == i and label in labels]
                    spurious.append((o, s, events))
        print(f"\n== {half} {label} missed: {len(missed)}")
        for o, s in missed[:n]:
            found = [e for j, e, _ in o.events if o.sentences[j] is s]
            kinds = ", ".join(f"{e.sub_event_type}:{e.trigger.text}" for e in found)
            print(f"- {o.doc_id}/{s.sent_id} [{kinds}] {_clip(s.text)}")
        print(f"\n== {half} {label} spurious: {len(spurious)}")
        for o, s, events in spurious[:n]:
            kinds = ", ".join(
                f"{e.sub_event_type}:{e.trigger.text}:"
                + "/".join(a.text for a in e.actors if a.role is ActorRole.ACTOR1)
                for e in events
            )
            print(f"- {o.doc_id}/{s.sent_id} gold={sorted(s.gold)} [{kinds}] {_clip(s.text)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each half (0: all)")
    ap.add_argument("--show", type=int, default=0, help="print N dev errors per label and kind")
    ap.add_argument("--model", default="en_core_web_sm")
    args = ap.parse_args()
    if not (DATA / "docs.jsonl").exists():
        print(f"IndiaPoliceEvents data not found at {DATA}: skipped")
        return
    halves = HALVES if args.half == "both" else (args.half,)
    if args.show and "dev" not in halves:
        ap.error("--show lists dev errors: use --half dev or both")
    dates = {int(m["doc_id"]): str(m["date"]) for m in _jsonl(DATA / "metadata.jsonl")}
    sents: dict[int, list[Record]] = defaultdict(list)
    for s in _jsonl(DATA / "sents.jsonl"):
        sents[int(s["doc_id"])].append(s)
    docs: list[Record] = []
    for half in halves:
        pool = sorted(
            (d for d in _jsonl(DATA / "docs.jsonl") if half_of(int(d["doc_id"])) == half),
            key=lambda d: int(d["doc_id"]),
        )
        docs += pool[: args.limit] if args.limit else pool
    start = time.perf_counter()
    extractor = RuleExtractor(nlp=load_nlp(args.model))
    by_id = {str(d["doc_id"]): d for d in docs}
    articles = (
        to_article(
            d, date.fromisoformat(dates[int(d["doc_id"])]) if int(d["doc_id"]) in dates else None
        )
        for d in docs
    )
    outcomes = []
    for article, extraction in extractor.pipe(articles):
        doc = by_id[article.id]
        rows = sorted(sents[int(article.id)], key=lambda s: int(s["sent_id"]))
        outcomes.append(outcome(doc, article, rows, list(extraction.candidates)))
    wall = time.perf_counter() - start
    print(f"IndiaPoliceEvents: {len(outcomes)} documents, {wall:.0f} s")
    for half in halves:
        report(outcomes, half)
    if args.show:
        # Error examples come from the dev half only: the test half is reported, never studied.
        show(outcomes, args.show, "dev")


if __name__ == "__main__":
    main()
