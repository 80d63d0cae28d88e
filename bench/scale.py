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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--huge", action="store_true", help="also 100,000 articles")
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--dedup", action="store_true", help="detect near-duplicates too")
    args = parser.parse_args()
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
