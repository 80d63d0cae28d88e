"""Wall time and peak memory of `sitrep run` as the corpus grows.

    python bench/scale.py [--sizes 1000 10000 100000] [--words 600] [--dedup]

Each size is a JSONL dump of synthetic articles recombined from the team corpus's
sentences (deterministic), processed by `sitrep run` in a fresh subprocess with a fresh
SQLite store; the script prints wall time, articles/s and that subprocess's peak RSS, so
linear growth and bounded memory can be read off. Goal (issue 7): peak RSS <= 1.5 GB at
any size, throughput roughly constant. ``--dedup`` keeps near-duplicate detection on
(its index lives in the store).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl


def run_size(n: int, words: int, workdir: Path, *, dedup: bool) -> tuple[float, float]:
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
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--dedup", action="store_true", help="detect near-duplicates too")
    args = parser.parse_args()
    print(f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            elapsed, peak = run_size(n, args.words, Path(tmp), dedup=args.dedup)
            print(f"{n:>9} {elapsed:>9.1f} {n / elapsed:>7.1f} {peak:>12.0f}", flush=True)
            for leftover in Path(tmp).glob(f"*-{n}.*"):
                leftover.unlink()


if __name__ == "__main__":
    main()
