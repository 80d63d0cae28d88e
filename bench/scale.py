"""Wall time and peak memory of `sitrep run` as the corpus grows.

    python bench/scale.py [--sizes 1000 10000] [--huge] [--words 600] [--dedup]

Each size is a JSONL dump of synthetic articles recombined from the team corpus's
sentences (deterministic; distinct incidents, most reported by one to three articles,
see `_corpus`), processed by `sitrep run` in a fresh subprocess with a fresh SQLite
store. For each size it prints wall time, articles/s, that subprocess's peak RSS, the
events stored and the seconds per 1,000 articles, so linear growth (constant seconds
per 1k) and bounded memory can be read off. ``--huge`` adds 100,000 articles (hours on
two cores). Goal (issue 7): peak RSS <= 1.5 GB at any size, throughput roughly
constant. ``--dedup`` keeps near-duplicate detection on (its index lives in the store).

    python bench/scale.py --probe 3000 [--every 250] [--words 200] [--trace 1000]

``--probe N`` runs the pipeline in this process over N articles instead and prints, every
``--every`` articles, the RSS and the fill of each bounded memo below, so RSS can be seen
levelling off as they reach their caps. ``--trace K`` also runs tracemalloc from article
K on and prints, at the end, the source lines whose allocations since then are still
live: what grows, as against what a memo refills.

Memory bound (issue 7), measured rather than extrapolated: every memo on the long-run
path, its bytes per entry (a deep ``sys.getsizeof`` walk of keys and values after 2,885
synthetic articles of 200 words; a gazetteer entry is a mean that depends on the names
held: 21 KB over 1,683 names, 50 KB over the 340-400 most recent) and its ceiling at
the cap. Hit rates from a recorded key stream of 1,000 articles (gazetteer 66 lookups
and actors 21 matches an article).

=============================  ======  ========  =========  ===========================
memo                           cap     B/entry   ceiling    note
=============================  ======  ========  =========  ===========================
resolve.names.ascii_name       16,384  209       3.4 MB     was 65,536 (13.7 MB); hits .99
resolve.names.fold_place_name  16,384  203       3.3 MB     was 65,536 (13.3 MB); hits .98
resolve.designators.split_...  16,384  254       4.2 MB     was 65,536 (16.6 MB)
resolve.dates._with_dateparser 8,192   236       1.9 MB
resolve.dates._dateparser      64      1,600     0.1 MB     one parser per publication day
merge.scoring._name_words      4,096   287       1.2 MB
merge.scoring._text_words      1,024   7,295     7.5 MB     was 4,096 (29.9 MB)
gazetteer._lookups             131k    ~310      ~40 MB     places, not names; LRU (was
                                                             1,024 names, emptied when full)
gazetteer._admin2              4,096   ~400      1.6 MB     LRU
resolve.designators.clean_...  16,384  ~250      ~4 MB      estimated as split_designator
resolve.place_ranks.same_name  16,384  ~250      ~4 MB      estimated (two short strings)
actors._memo                   4,096   225       0.9 MB     was 50,000; hits .459 (.471)
actors._nearest                4,096   -         < 1 MB     cleared at the cap
actors._inside                 4,096   -         < 1 MB     cleared at the cap
actors._nameable               4,096   -         < 1 MB     cleared at the cap
spaCy lemmatizer cache         100k    300       30 MB      levels at ~1,040 entries
=============================  ======  ========  =========  ===========================

Sum of ceilings about 100-110 MB (the gazetteer's cap counts places since 2026-12-06:
310 bytes a place with its codes interned, 29.8 MB over the 96,456 places 405 articles look
up). With these caps ``--probe 2000 --words 200`` levels off
(RSS 343, 346, 331, 350, 351, 339, 338 MB every ~250 articles). Parse memory is bounded
separately (50,000 characters a batch, ``max_article_chars`` per article).

What still grew with the corpus (the 100k run: about +6 MB per 1,000 articles), found
with ``--trace`` and by re-merging one batch against copies of stores of two sizes:

- **The re-merge of a save batch.** It loads every stored mention in the block and date
  window of each of its articles' mentions, so its working set grows with the events
  already stored around those dates: 64 articles against 1,216 stored loaded 293
  mentions (4.8 MB traced at the peak), against 27,520 stored 4,681 (86 MB), in 26 s.
  The runner now re-merges `MERGE_GROUP` (8) articles a call: a few hundred mentions
  each, 20 MB at the peak, in the same 27 s, and the identical event table. What one
  call loads still grows with the density of events per block and day, which the merge
  needs to see. Since then merge scores only the linked component of the call's targets
  and loads a neighbourhood sized by each target's own date window (see
  docs/decisions/merge-policy.md): on a store as dense as the end of a 100k run, one call
  of 8 articles 1.43 -> 0.78 s, 4-20 MB traced at its peak. In the 100k run with that code
  (started 2026-12-05 19:05) RSS was 490 MB at 512 articles, 524 at 9k, 555 at 19.5k,
  608 at 33.7k: about 3.7 MB per 1,000 articles, half the earlier rate. This synthetic
  corpus spreads its dates over 25 years whatever its size, so the events per block and
  day, and with them each call's transient peak, grow with the corpus; a feed that moves
  forward in time keeps that density steady.
- **The heap at the start of a run** (model, gazetteer, lexicons) is frozen out of the
  garbage collector for the run (`pipeline/heap.py`), after one full collection.
- **ingest's per-run identity sets** (URL, content hash, id): about 390 B an article as
  strings, now 64-bit digests (about 235 B): 22 MB at 100k articles, not 37.
- Not growing: spaCy's StringStore and lexeme index stay at their size after each
  memory zone (85,565 strings, 2,175 lexemes from 266 to 1,589 articles); its
  ``len(vocab)`` does climb, but it is a counter spaCy never decrements. Not allocator
  fragmentation either: ``malloc_trim(0)`` gave back 2-6 MB at 266-1,589 articles.
  Between articles 350 and 800 the live allocations traced are the capped memos above
  (the gazetteer's 24 MB), nothing that stays.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl


def run_size(n: int, words: int, workdir: Path, *, dedup: bool) -> tuple[float, float, int]:
    corpus = write_jsonl(workdir / f"corpus-{n}.jsonl", n, words=words)
    db = workdir / f"scale-{n}.db"
    code = "from sitrep.serve.cli import main; main()"
    cmd = [sys.executable, "-c", code, "run", str(corpus), "--db", str(db)]
    if not dedup:
        cmd.append("--no-dedup")
    log = workdir / f"stderr-{n}.txt"
    t0 = time.perf_counter()
    with log.open("w") as err:
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=err,
            env={**os.environ, "SITREP_BATCH_SIZE": "64"},
        )
        # wait4: this run's own peak RSS (RUSAGE_CHILDREN would be the max over sizes)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 2):
        print(log.read_text()[-2000:], file=sys.stderr)
        raise SystemExit(f"sitrep run failed at size {n}")
    with sqlite3.connect(db) as conn:
        events = int(conn.execute("select count(*) from events").fetchone()[0])
    return elapsed, usage.ru_maxrss / 1024, events


def _rss_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def probe(n: int, words: int, every: int, workdir: Path, *, trace_from: int | None = None) -> None:
    """RSS and memo fill every ``every`` articles of one in-process run (see above);
    with ``trace_from``, tracemalloc from that article on and, at the end, the lines
    whose allocations since then are still live (the run is then about 5x slower)."""
    from sitrep.merge import scoring
    from sitrep.pipeline import build_runner
    from sitrep.resolve import dates, designators, names, place_ranks
    from sitrep.settings import Settings
    from sitrep.store import Store

    corpus = write_jsonl(workdir / f"corpus-{n}.jsonl", n, words=words)
    settings = Settings(db=str(workdir / "probe.db"), batch_size=64)
    memos = {
        "ascii": names.ascii_name,
        "fold": names.fold_place_name,
        "designator": designators.split_designator,
        "clean": designators.clean_mention,
        "same_name": place_ranks.same_name,
        "dateparser": dates._with_dateparser,
        "evidence": scoring._text_words,
    }
    with Store.open(settings.db) as store:
        runner = build_runner(settings, store=store)
        resolver = runner.resolver
        lemmas = getattr(runner.extractor, "nlp", None)
        done = [0]

        def progress(stats: object) -> None:
            extracted = int(getattr(stats, "extracted", 0))
            if extracted < done[0] + every:
                return
            done[0] = extracted
            fill = {k: f.cache_info().currsize for k, f in memos.items()}
            fill["gazetteer places"] = int(getattr(resolver.gazetteer, "_held", 0))
            for memo in ("_memo", "_nearest", "_inside", "_nameable"):
                fill[f"actors.{memo}"] = len(getattr(resolver.actors, memo, ()))
            if lemmas is not None:
                # the StringStore, not len(vocab): spaCy's lexeme counter is never
                # decremented when a memory zone frees its lexemes
                fill["strings"] = len(lemmas.vocab.strings)
                if "lemmatizer" in lemmas.pipe_names:
                    fill["lemmas"] = len(getattr(lemmas.get_pipe("lemmatizer"), "cache", ()))
            sizes = " ".join(f"{k}={v}" for k, v in fill.items())
            traced = tracemalloc.get_traced_memory()[0] / 2**20 if tracemalloc.is_tracing() else 0
            line = f"{extracted:>7} articles  RSS {_rss_mb():6.0f} MB  traced {traced:5.1f} MB"
            print(f"{line}  {sizes}", flush=True)
            if trace_from is not None and extracted >= trace_from and not tracemalloc.is_tracing():
                tracemalloc.start(4)

        runner.run([corpus], progress=progress, dedup=False)
    print(f"end: RSS {_rss_mb():.0f} MB")
    if tracemalloc.is_tracing():
        gc.collect()
        snapshot = tracemalloc.take_snapshot()
        tracemalloc.stop()
        print(f"allocated since article {trace_from} and still live, by line:")
        for stat in snapshot.statistics("lineno")[:15]:
            print(f"  {stat}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--huge", action="store_true", help="also 100,000 articles")
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--dedup", action="store_true", help="detect near-duplicates too")
    parser.add_argument("--probe", type=int, metavar="N", help="in-process run of N articles")
    parser.add_argument("--every", type=int, default=250, help="--probe prints every so many")
    parser.add_argument(
        "--trace", type=int, metavar="K", help="--probe: tracemalloc from article K to the end"
    )
    args = parser.parse_args()
    if args.probe:
        with tempfile.TemporaryDirectory() as tmp:
            probe(args.probe, args.words, args.every, Path(tmp), trace_from=args.trace)
        return
    sizes = [*args.sizes, *([100_000] if args.huge else [])]
    print("cores are shared with other work: compare rows of one run, not runs")
    print(
        f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'peak RSS MB':>12} {'events':>8}"
        f" {'s per 1k':>9}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            elapsed, peak, events = run_size(n, args.words, Path(tmp), dedup=args.dedup)
            print(
                f"{n:>9} {elapsed:>9.1f} {n / elapsed:>7.1f} {peak:>12.0f} {events:>8}"
                f" {1000 * elapsed / n:>9.1f}",
                flush=True,
            )
            for leftover in Path(tmp).glob(f"*-{n}.*"):
                leftover.unlink()


if __name__ == "__main__":
    main()
