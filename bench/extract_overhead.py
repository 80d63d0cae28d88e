"""How much sitrep's extraction adds to the bare spaCy parse of the same texts (goal: <= 25%).

    python bench/extract_overhead.py [--n 300] [--repeat 3] [--model en_core_web_sm]

Texts: the team's corpus articles (tests/corpus/articles/*.txt), topped up with AG News
(../shared/data/ag_news/test.csv) when present. In one run: the bare parse (the spaCy pipeline
alone, sitrep's components disabled) and parse + extraction (RuleExtractor.pipe, which also
builds the Extraction records), interleaved per repeat; best-of-N wall time for each.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.extract.engine import PARAGRAPHS, SITREP_PIPES
from sitrep.model import Article, content_hash

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "articles"
AG_NEWS = ROOT.parent / "shared" / "data" / "ag_news" / "test.csv"


def texts(n: int) -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if AG_NEWS.exists() and len(out) < n:
        with AG_NEWS.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                if len(row) >= 3:
                    out.append(f"{row[1]}\n\n{row[2]}".replace("\\", " "))
                if len(out) >= n:
                    break
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default="en_core_web_sm")
    args = ap.parse_args()
    nlp = load_nlp(args.model)
    extractor = RuleExtractor(nlp=nlp)
    docs = texts(args.n)
    articles = [
        Article(id=f"t{i}", text=t, content_hash=content_hash(t)) for i, t in enumerate(docs)
    ]
    words = sum(len(t.split()) for t in docs)
    bare_times: list[float] = []
    full_times: list[float] = []
    events = 0
    for _ in range(args.repeat):
        with nlp.select_pipes(disable=[*SITREP_PIPES, PARAGRAPHS]):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(docs, batch_size=32):
                pass
            bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(ex.candidates) for _a, ex in extractor.pipe(articles, batch_size=32))
        full_times.append(time.perf_counter() - t0)
    bare, full = min(bare_times), min(full_times)
    print(f"texts {len(docs)}  words {words}  events {events}  model {nlp.meta.get('name')}")
    print(f"bare spaCy parse     {bare:8.3f} s  ({words / bare:,.0f} words/s)")
    print(f"parse + extraction   {full:8.3f} s  ({words / full:,.0f} words/s)")
    print(
        f"ratio                {full / bare:8.3f}  "
        f"(overhead {100 * (full / bare - 1):.1f}%, goal <= 25%)"
    )


if __name__ == "__main__":
    main()
