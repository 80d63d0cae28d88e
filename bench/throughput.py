"""End-to-end throughput against the bare spaCy parse of the same texts, in one run.

    python bench/throughput.py [--articles 300] [--words 600]

Prints articles/s and words/s for (a) the bare spaCy parse with the same pipeline
components, (b) extraction alone (parse + sitrep extractors), (c) the whole `Runner.run`
(ingest, extract, resolve, store in SQLite, merge), the ratios to (a), and peak RSS.
Goal (issue 7): (c) >= 0.8 x (a); extraction adds at most 25 % to (a).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import synthetic_articles, write_jsonl

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.model import Article
from sitrep.pipeline import build_runner
from sitrep.settings import Settings
from sitrep.store import Store


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    records = list(synthetic_articles(args.articles, words=args.words))
    articles = [Article(id=r["id"], text=r["text"]) for r in records]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp("en_core_web_sm")
    extractor = RuleExtractor(nlp=nlp)

    spacy_only = [name for name in nlp.pipe_names if not name.startswith("sitrep_")]
    with nlp.select_pipes(enable=spacy_only):
        for _ in nlp.pipe([a.text for a in articles[:8]]):  # warm up
            pass
        t0 = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), batch_size=args.batch_size):
            pass
        bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    candidates = 0
    for _, extraction in extractor.pipe(iter(articles), batch_size=args.batch_size):
        candidates += len(extraction.candidates)
    extract_only = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "bench.jsonl", args.articles, words=args.words)
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        settings = Settings(db=url, batch_size=args.batch_size)
        with Store.open(url) as store:
            runner = build_runner(settings, store=store)
            t0 = time.perf_counter()
            stats = runner.run([corpus], dedup=False)
            full = time.perf_counter() - t0

    n = len(articles)
    machine = f"{platform.machine()} {platform.processor() or ''}".strip()
    print(f"machine: {machine}, {os.cpu_count()} cores, python {platform.python_version()}")
    print(f"articles {n}, words {words} ({words / n:.0f} per article), batch {args.batch_size}")
    for label, seconds in (
        ("bare spaCy parse", bare),
        ("parse + extraction", extract_only),
        ("whole pipeline", full),
    ):
        print(
            f"{label:>20}: {seconds:7.2f} s  {n / seconds:7.1f} articles/s  "
            f"{words / seconds:9.0f} words/s  ratio to bare {bare / seconds:.2f}x"
        )
    print(f"extraction overhead over the bare parse: {100 * (extract_only - bare) / bare:+.1f} %")
    print(f"candidates {candidates}, mentions stored {stats.mentions}")
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
