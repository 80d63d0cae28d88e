"""Wall time and peak memory of `sitrep run` as the corpus grows.

    python bench/scale.py [--sizes 1000 10000 100000] [--words 600]

Each size is a JSONL dump of synthetic articles recombined from the team corpus's
sentences (deterministic), processed by `sitrep run` in a fresh subprocess with a fresh
SQLite store; the script prints wall time, articles/s and the subprocess's peak RSS, so
linear growth and bounded memory can be read off. Goal (issue 7): peak RSS <= 1.5 GB at
any size, throughput roughly constant.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl


def run_size(n: int, words: int, workdir: Path) -> tuple[float, float]:
    corpus = write_jsonl(workdir / f"corpus-{n}.jsonl", n, words=words)
    db = workdir / f"scale-{n}.db"
    code = "from sitrep.serve.cli import main; main()"
    cmd = [sys.executable, "-c", code, "run", str(corpus), "--db", str(db), "--no-dedup"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    result = subprocess.run(
        cmd, capture_output=True, text=True, env={**os.environ, "SITREP_BATCH_SIZE": "64"}
    )
    elapsed = time.perf_counter() - t0
    if result.returncode not in (0, 2):
        print(result.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"sitrep run failed at size {n}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    print(f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            elapsed, peak = run_size(n, args.words, Path(tmp))
            print(f"{n:>9} {elapsed:>9.1f} {n / elapsed:>7.1f} {peak:>12.0f}", flush=True)
            for leftover in Path(tmp).glob(f"*-{n}.*"):
                leftover.unlink()


if __name__ == "__main__":
    main()
