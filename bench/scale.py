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

    python bench/scale.py --probe 3000 [--every 250] [--words 200]

``--probe N`` runs the pipeline in this process over N articles instead and prints, every
``--every`` articles, the RSS and the fill of each bounded memo below, so RSS can be seen
levelling off as they reach their caps.

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
resolve.designators.split_...  65,536  254       16.6 MB    16,384 would do (4.2 MB)
resolve.dates._with_dateparser 8,192   236       1.9 MB
resolve.dates._dateparser      64      1,600     0.1 MB     one parser per publication day
merge.scoring._name_words      4,096   287       1.2 MB
merge.scoring._text_words      1,024   7,295     7.5 MB     was 4,096 (29.9 MB)
gazetteer._lookups             4,096   21-51K    86-210 MB  hits .988 at 1,024 as at 4,096
actors._memo                   50,000  225       11.3 MB    hits .459 at 4,096, .471 at 50k
spaCy lemmatizer cache         100k    300       30 MB      levels at ~1,040 entries
=============================  ======  ========  =========  ===========================

Sum of ceilings 160-280 MB; with the gazetteer at 1,024, the actor memo at 4,096 and
designators at 16,384, 70-100 MB. With such caps (gazetteer 512), ``--probe 2000 --words
200`` levels off: RSS 343, 346, 331, 350, 351, 339, 338 MB every ~250 articles, where the
present caps climb on, 343 to 384 MB at 2,615 articles, as the memos fill. Parse
memory is bounded separately (50,000 characters a batch, ``max_article_chars`` per
article), so peak RSS = the 3k-article peak (619 MB at 600 words) + what these memos
still lack of their ceilings: well under 1.5 GB at any corpus size.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
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


def probe(n: int, words: int, every: int, workdir: Path) -> None:
    """RSS and memo fill every ``every`` articles of one in-process run (see above)."""
    from sitrep.merge import scoring
    from sitrep.pipeline import build_runner
    from sitrep.resolve import dates, designators, names
    from sitrep.settings import Settings
    from sitrep.store import Store

    corpus = write_jsonl(workdir / f"corpus-{n}.jsonl", n, words=words)
    settings = Settings(db=str(workdir / "probe.db"), batch_size=64)
    memos = {
        "ascii": names.ascii_name,
        "fold": names.fold_place_name,
        "designator": designators.split_designator,
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
            fill["gazetteer"] = len(getattr(resolver.gazetteer, "_lookups", ()))
            fill["actors"] = len(getattr(resolver.actors, "_memo", ()))
            if lemmas is not None and "lemmatizer" in lemmas.pipe_names:
                fill["lemmas"] = len(getattr(lemmas.get_pipe("lemmatizer"), "cache", ()))
            sizes = " ".join(f"{k}={v}" for k, v in fill.items())
            print(f"{extracted:>7} articles  RSS {_rss_mb():6.0f} MB  {sizes}", flush=True)

        runner.run([corpus], progress=progress, dedup=False)
    print(f"end: RSS {_rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--huge", action="store_true", help="also 100,000 articles")
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--dedup", action="store_true", help="detect near-duplicates too")
    parser.add_argument("--probe", type=int, metavar="N", help="in-process run of N articles")
    parser.add_argument("--every", type=int, default=250, help="--probe prints every so many")
    args = parser.parse_args()
    if args.probe:
        with tempfile.TemporaryDirectory() as tmp:
            probe(args.probe, args.words, args.every, Path(tmp))
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
