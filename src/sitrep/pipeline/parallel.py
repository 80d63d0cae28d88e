"""Resolve in a second process while the main process parses the next articles.

Parsing (spaCy, in the main process) and resolving (gazetteer and actor look-ups,
pure Python) take comparable time, and one process does one at a time: on a machine
with two cores the run spends as long resolving as the second core sits idle. A
`ResolveWorker` hands each parsed article to one worker process and gives the results
back in submission order, at most ``window`` articles behind, so resolve overlaps the
parse of the next batch and the run stays bounded in memory.

The worker is forked (no re-import of the caller's ``__main__``, which ``spawn`` would
run again: a script without a main guard would start workers forever) with the
garbage collector's objects frozen, so the worker does not copy the spaCy model's
pages by touching them; it builds its own `Resolver` from a picklable factory (no
SQLite connection crosses the fork), and the resolver keeps no state between
articles, so the results equal resolving in-process. A failure inside the worker,
building the resolver included, comes back as the exception, for the runner to
record or raise exactly as it does in-process. `available` says whether this
platform can fork; elsewhere the runner resolves in-process.

Whether to start one is `choose_worker`'s call: forced on or off by the setting, or, by
default, on when this process may use two cores or more and at least `FREE_CORES` of
them are idle (cores less the 1-minute load average) as the run starts. A worker on a
machine whose cores are busy competes with the parse and measured slower than none.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import ApplyResult, Pool
from pathlib import Path
from types import TracebackType
from typing import NamedTuple, TypeVar

from sitrep.model import Article, Event, Extraction
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver

__all__ = [
    "FREE_CORES",
    "ResolveWorker",
    "WorkerChoice",
    "available",
    "build_resolver",
    "choose_worker",
    "load_average",
    "usable_cores",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

_RESOLVER: list[Resolver | BaseException] = []
"""The worker process's resolver, or why it could not be built (set once by `_start`;
empty in the main process). A process-local slot is what a pool initializer can fill."""


def available() -> bool:
    """Whether a resolve worker can be started here (it needs ``fork``)."""
    return "fork" in multiprocessing.get_all_start_methods()


FREE_CORES = 1.5
"""Idle cores (this process's cores less the 1-minute load average) needed at the start
of a run for the automatic choice to start a resolve worker: one for the parse that
this process goes on doing, most of another for the worker."""

_CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


class WorkerChoice(NamedTuple):
    """Whether to resolve in a worker process, and why (for the log)."""

    on: bool
    reason: str


def usable_cores() -> int:
    """CPU cores this process may run on: its CPU affinity, capped by a cgroup (v2)
    CPU quota when a container sets one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        quota, period = _CGROUP_CPU_MAX.read_text().split()[:2]
        if quota != "max":
            cores = min(cores, max(1, int(int(quota) / int(period))))
    except (OSError, ValueError):  # no cgroup v2 quota here
        pass
    return cores


def load_average() -> float | None:
    """The 1-minute load average, or None where the platform has none."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def choose_worker(
    forced: bool | None, *, cores: int, load: float | None, can_fork: bool
) -> WorkerChoice:
    """Resolve in a worker process? ``forced`` True or False (the setting) decides
    wherever a worker can start at all; None chooses: on with two ``cores`` or more of
    which `FREE_CORES` are idle given the 1-minute ``load`` average."""
    if not can_fork:
        return WorkerChoice(False, "this platform cannot fork a worker")
    if forced is not None:
        return WorkerChoice(forced, f"resolve_worker={str(forced).lower()} (setting)")
    if cores < 2:
        return WorkerChoice(False, f"auto: {cores} core for this process")
    if load is None:
        return WorkerChoice(False, f"auto: {cores} cores, load average unknown")
    free = cores - load
    verdict = ">=" if free >= FREE_CORES else "<"
    return WorkerChoice(
        free >= FREE_CORES,
        f"auto: {cores} cores, 1-minute load {load:.2f}, {free:.2f} free {verdict} {FREE_CORES}",
    )


def build_resolver(gazetteer: Path | None, actors_file: Path | None) -> Resolver:
    """The resolver `build_runner` wires, from settings' paths (picklable by name)."""
    return Resolver(gazetteer=Gazetteer.load(gazetteer), actors=ActorDictionary.load(actors_file))


def _start(factory: Callable[[], Resolver]) -> None:
    # never raise: a pool replaces a worker whose initializer fails, forever
    try:
        _RESOLVER.append(factory())
    except Exception as exc:  # noqa: BLE001 -- handed back with every article
        _RESOLVER.append(exc)


def _resolve(article: Article, extraction: Extraction) -> list[Event] | BaseException:
    resolver = _RESOLVER[0]
    if isinstance(resolver, BaseException):
        return resolver
    try:
        return resolver.resolve(article, extraction)
    except Exception as exc:  # noqa: BLE001 -- handed back: the runner records or raises it
        return exc


class ResolveWorker:
    """One worker process resolving (article, extraction) pairs, results in order."""

    def __init__(self, factory: Callable[[], Resolver], *, window: int = 64) -> None:
        self.window = max(1, window)
        context = multiprocessing.get_context("fork")
        thawed = not gc.get_freeze_count()  # else an enclosing run_heap_frozen thaws them
        gc.freeze()  # the worker's collector leaves the inherited objects (and pages) alone
        try:
            self._pool: Pool | None = context.Pool(1, initializer=_start, initargs=(factory,))
        finally:
            if thawed:
                gc.unfreeze()

    def map(
        self, items: Iterable[tuple[Article, Extraction, T]]
    ) -> Iterator[tuple[Article, Extraction, T, list[Event] | BaseException]]:
        """Resolve each item's article in the worker; ``T`` rides along untouched."""
        if self._pool is None:
            raise RuntimeError("the resolve worker is closed")
        pending: deque[tuple[Article, Extraction, T, ApplyResult[list[Event] | BaseException]]]
        pending = deque()
        for article, extraction, extra in items:
            result = self._pool.apply_async(_resolve, (article, extraction))
            pending.append((article, extraction, extra, result))
            while len(pending) >= self.window:
                yield self._take(pending.popleft())
        while pending:
            yield self._take(pending.popleft())

    @staticmethod
    def _take(
        item: tuple[Article, Extraction, T, ApplyResult[list[Event] | BaseException]],
    ) -> tuple[Article, Extraction, T, list[Event] | BaseException]:
        article, extraction, extra, result = item
        try:
            return article, extraction, extra, result.get()
        except Exception as exc:  # noqa: BLE001 -- e.g. a result that could not be pickled
            return article, extraction, extra, exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> ResolveWorker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        self.close()
