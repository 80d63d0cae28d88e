"""End-to-end throughput against the bare spaCy parse of the same texts, in one run.

    python bench/throughput.py [--articles 200] [--repeat 2] [--n-process 1 2] [--worker-too]

Prints articles/s and words/s for (a) the bare spaCy parse with the same pipeline
components (and, for each ``--n-process`` value above 1, the same parse on that many
processes: the like-for-like baseline of the pipeline on that many), (b) extraction alone
(parse + sitrep extractors, on the articles as ingest reads them, publication dates
included), (c) the whole `Runner.run` (ingest, extract, resolve, store in SQLite, merge)
once per ``--n-process`` value (above 1: parse, extraction and resolve in that many forked
workers, this process ingesting, storing and merging), the ratios to (a), and peak RSS.
The machine's cores are shared, so every measurement is repeated ``--repeat`` times,
interleaved, and the best of each is kept: a ratio then compares like with like; the same
ratios in CPU seconds of this process follow, steadier still on a busy machine. For each
step on several processes, the share of a core this (main) process used and the CPU
seconds of the workers follow. Goal (issue 7): (c) >= 0.8 x (a), on the same number of
processes; extraction adds at most 25 % to (a). The whole pipeline on one process runs
with the resolve worker forced off, and with ``--worker-too`` also forced on; what
`sitrep run` would choose by default (issue 7: on when a core is free) is printed first,
with the load average.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.ingest import iter_articles
from sitrep.model import Article
from sitrep.pipeline import build_runner
from sitrep.pipeline.parallel import available, choose_worker, load_average, usable_cores
from sitrep.settings import Settings
from sitrep.store import Store


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _multi_process(label: str) -> bool:
    return "n_process" in label and not label.endswith("n_process 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1], help="spaCy workers")
    parser.add_argument(
        "--worker-too",
        action="store_true",
        help="also time the pipeline resolving in a worker process (build_runner's option)",
    )
    args = parser.parse_args()
    cores, load = usable_cores(), load_average()
    auto = choose_worker(None, cores=cores, load=load, can_fork=available())
    print(f"at start: resolve worker by default {'on' if auto.on else 'off'} ({auto.reason})")

    with tempfile.TemporaryDirectory() as tmp:  # read as the pipeline reads them
        dump = write_jsonl(Path(tmp) / "bench.jsonl", args.articles, words=args.words)
        articles = [a for a in iter_articles([dump]) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp("en_core_web_sm")
    extractor = RuleExtractor(nlp=nlp)
    spacy_only = [name for name in nlp.pipe_names if not name.startswith("sitrep_")]
    with nlp.select_pipes(enable=spacy_only):
        for _ in nlp.pipe([a.text for a in articles[:8]]):  # warm up
            pass

    def bare(n_process: int = 1) -> Callable[[], None]:
        def go() -> None:
            with nlp.select_pipes(enable=spacy_only):
                texts = (a.text for a in articles)
                for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=n_process):
                    pass

        return go

    candidates = 0

    def extract_only() -> None:
        nonlocal candidates
        candidates = 0
        for _, extraction in extractor.pipe(iter(articles), batch_size=args.batch_size):
            candidates += len(extraction.candidates)

    mentions: dict[str, int] = {}

    def whole(n_process: int, *, worker: bool = False) -> Callable[[], None]:
        label = f"whole pipeline, n_process {n_process}" + (", resolve worker" if worker else "")

        def go() -> None:
            with tempfile.TemporaryDirectory() as tmp:
                corpus = write_jsonl(Path(tmp) / "bench.jsonl", args.articles, words=args.words)
                url = f"sqlite:///{Path(tmp) / 'bench.db'}"
                settings = Settings(
                    db=url, batch_size=args.batch_size, n_process=n_process, resolve_worker=worker
                )  # forced either way: the automatic choice would depend on the load
                with Store.open(url) as store:
                    runner = build_runner(settings, store=store)
                    runner.extractor = extractor  # the model loaded once, as for (a)
                    elsewhere = worker or n_process > 1  # resolve in worker processes
                    assert (runner.resolve_factory is not None) is elsewhere or not available()
                    t0, c0 = time.perf_counter(), time.process_time()
                    k0 = cpu_seconds(resource.RUSAGE_CHILDREN)
                    stats = runner.run([corpus], dedup=False)
                    timed[label].append(time.perf_counter() - t0)
                    cpu[label].append(time.process_time() - c0)
                    children[label].append(cpu_seconds(resource.RUSAGE_CHILDREN) - k0)
                    mentions[label] = stats.mentions

        return go

    timed: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    children: dict[str, list[float]] = {}  # CPU seconds of the workers (once they ended)
    steps: list[tuple[str, Callable[[], None], bool]] = [
        ("bare spaCy parse", bare(), True),
        ("parse + extraction", extract_only, True),
    ]
    # the same parse on as many processes as the pipeline gets: its like-for-like baseline
    steps += [(f"bare spaCy parse, n_process {p}", bare(p), True) for p in args.n_process if p > 1]
    steps += [(f"whole pipeline, n_process {p}", whole(p), False) for p in args.n_process]
    if args.worker_too:
        label = "whole pipeline, n_process 1, resolve worker"
        steps.append((label, whole(1, worker=True), False))
    for _ in range(args.repeat):
        for label, step, time_here in steps:
            timed.setdefault(label, [])
            cpu.setdefault(label, [])
            children.setdefault(label, [])
            t0, c0 = time.perf_counter(), time.process_time()
            k0 = cpu_seconds(resource.RUSAGE_CHILDREN)
            step()
            if time_here:
                timed[label].append(time.perf_counter() - t0)
                cpu[label].append(time.process_time() - c0)
                children[label].append(cpu_seconds(resource.RUSAGE_CHILDREN) - k0)

    n = len(articles)
    best = {label: min(times) for label, times in timed.items()}
    base = best["bare spaCy parse"]
    machine = f"{platform.machine()} {platform.processor() or ''}".strip()
    print(
        f"machine: {machine}, {os.cpu_count()} cores (shared), python {platform.python_version()}"
    )
    print(
        f"articles {n}, words {words} ({words / n:.0f} per article), batch {args.batch_size}, "
        f"best of {args.repeat}"
    )
    for label, seconds in best.items():
        runs = ", ".join(f"{t:.1f}" for t in timed[label])
        print(
            f"{label:>34}: {seconds:7.2f} s  {n / seconds:6.1f} articles/s  "
            f"{words / seconds:7.0f} words/s  ratio to bare {base / seconds:.2f}x  (runs: {runs})"
        )
    for p in (p for p in args.n_process if p > 1):
        like = best[f"bare spaCy parse, n_process {p}"] / best[f"whole pipeline, n_process {p}"]
        print(f"whole pipeline / bare parse, both on {p} processes: {like:.2f}x")
    # CPU seconds of this process: far steadier than wall time when other work shares
    # the cores (with --n-process > 1 or a resolve worker, the workers' time is not in it)
    cpu_best = {  # a step on several processes spends most of its CPU outside this one
        label: min(times) for label, times in cpu.items() if not _multi_process(label)
    }
    cpu_base = cpu_best["bare spaCy parse"]
    for label, seconds in cpu_best.items():
        print(f"{label:>34}: {seconds:7.2f} CPU s  ratio to bare {cpu_base / seconds:.2f}x")
    for label in (label for label in timed if _multi_process(label) or "worker" in label):
        fastest = timed[label].index(best[label])  # the CPU of the run that was timed best
        main_cpu, worker_cpu = cpu[label][fastest], children[label][fastest]
        print(
            f"{label:>34}: main process {100 * main_cpu / best[label]:3.0f} % of a core, "
            f"{main_cpu:.1f} CPU s here + {worker_cpu:.1f} in workers"
        )
    extra = best["parse + extraction"]
    print(f"extraction overhead over the bare parse: {100 * (extra - base) / base:+.1f} %")
    print(f"candidates {candidates}, mentions stored {mentions}")
    end_load = load_average()
    print(f"1-minute load average at the end: {end_load:.2f}" if end_load is not None else "")
    print(
        f"peak RSS {peak_rss_mb():.0f} MB (this process); "
        f"largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


if __name__ == "__main__":
    main()
