"""Work on articles in forked worker processes, results in order, memory bounded.

A `WorkerPool` forks ``processes`` workers; each builds its job once, from a factory
(`_start`), and runs it on chunks of items; `WorkerPool.map` submits the chunks and
gives each item's result back in submission order, at most ``window`` chunks in flight,
so the run stays bounded in memory. Two runs use one:

* ``n_process`` N > 1: N workers each parse, extract and resolve chunks of ``batch_size``
  articles (`work.ArticleWork`: ``nlp.pipe`` on one process, with its memory zones and
  lemma-cache bound), and only the small results (`Extraction` and events) come back,
  not serialised Docs. The main process ingests, stores and merges: at N = 2 it had been
  the one at a full core, deserialising Docs, extracting and resolving, while spaCy's
  parse workers waited on it.
* ``n_process`` 1: one `ResolveWorker` resolves each parsed article while the main
  process parses the next batch. Parsing and resolving take comparable time, and one
  process does one at a time: on a machine with two cores the run would spend as long
  resolving as the second core sits idle.

Workers are forked (no re-import of the caller's ``__main__``, which ``spawn`` would run
again: a script without a main guard would start workers forever) with the garbage
collector's objects frozen, so a worker does not copy the spaCy model's pages by touching
them. The article workers use the extractor they inherit (its model's pages shared) and
the `Resolver` a factory gives them, as the resolve worker does: `build_runner`'s hands
each the resolver it built before the fork (the gazetteer opens its SQLite connection
again in a process that inherited it: none is used across the fork); the resolver keeps
no state between articles, so the results equal working in-process. A failure inside a
worker, building its job included, comes back as the exception in the failed item's place
(`portable`: as its ``repr`` where it would not pickle), for the runner to record or raise
exactly as it does in-process. A worker that dies (out of memory, a crash in native code)
costs the items that kill a worker by themselves, found by running what was in flight again
on a new pool, and nothing else: the run goes on and records them.
`available` says whether this platform can fork; elsewhere the runner works in-process.

Whether to start a resolve worker when ``n_process`` is 1 is `choose_worker`'s call:
forced on or off by the setting, or, by default, on when this process may use two cores
or more and at least `FREE_CORES` of them are idle (cores less the 1-minute load average)
as the run starts. A worker on a machine whose cores are busy competes with the parse and
measured slower than none.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, NamedTuple, TypeVar

from sitrep.model import Article, Event, Extraction
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver

__all__ = [
    "FREE_CORES",
    "ResolveWorker",
    "WorkerChoice",
    "WorkerError",
    "WorkerPool",
    "available",
    "build_resolver",
    "choose_worker",
    "load_average",
    "portable",
    "usable_cores",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
Item = TypeVar("Item")
Result = TypeVar("Result")

_JOB: list[Callable[[list[Any]], Sequence[Any]] | BaseException] = []
"""The worker process's job, or why it could not be built (set once by `_start`; empty in
the main process). A process-local slot is what a pool initializer can fill."""


def available() -> bool:
    """Whether worker processes can be started here (they need ``fork``)."""
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


class WorkerError(Exception):
    """An exception that could not cross from a worker process as itself (it does not
    pickle): its ``repr`` stands in, so a failure records the same reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __repr__(self) -> str:
        return self.reason


def portable(exc: BaseException) -> BaseException:
    """``exc``, or a `WorkerError` with its ``repr`` where it would not survive pickling:
    a result that cannot be read back would stall the pool's result thread."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 -- any pickling failure means: send the repr
        return WorkerError(repr(exc))
    return exc


def _start(factory: Callable[[], Callable[[list[Any]], Sequence[Any]]]) -> None:
    # never raise: a pool replaces a worker whose initializer fails, forever
    try:
        _JOB.append(factory())
    except Exception as exc:  # noqa: BLE001 -- handed back with every item
        _JOB.append(exc)


def _work(items: list[Any]) -> Sequence[Any]:
    job = _JOB[0]
    if isinstance(job, BaseException):
        return [portable(job)] * len(items)
    try:
        return job(items)
    except Exception as exc:  # noqa: BLE001 -- handed back: the runner records or raises it
        return [portable(exc)] * len(items)


class WorkerPool(Generic[Item, Result]):
    """``processes`` forked workers, each running the job that ``factory`` builds in it
    over chunks of ``chunk`` items; the results come back in submission order, with at
    most ``window`` chunks in flight. The job returns one result per item (an exception
    standing for an item is a result); a job that raises, or cannot be built, fails each
    item of the chunk with its exception.

    A worker that dies (the kernel's out-of-memory killer, a crash in native code, a
    ``kill``) breaks the pool: the pool is started again and the chunks that were in
    flight are run again one at a time, so the one that kills a worker on its own is
    known; it is halved until the items that do are found, and each of those fails with a
    `WorkerError` while every other item gets its result. `restarts` counts the new pools.
    """

    def __init__(
        self,
        factory: Callable[[], Callable[[list[Item]], Sequence[Result | BaseException]]],
        *,
        processes: int = 1,
        chunk: int = 1,
        window: int = 2,
        taper: bool = False,
    ) -> None:
        self.processes = max(1, processes)
        self.chunk = max(1, chunk)
        self.window = max(1, window)
        self.taper = taper
        self.restarts = 0
        self._factory = factory
        self._executor: ProcessPoolExecutor | None = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("fork")
        thawed = not gc.get_freeze_count()  # else an enclosing run_heap_frozen thaws them
        gc.freeze()  # the workers' collectors leave the inherited objects (and pages) alone
        try:
            executor = ProcessPoolExecutor(
                self.processes, mp_context=context, initializer=_start, initargs=(self._factory,)
            )
            try:
                # with fork, the first task forks every worker: here, inside the freeze,
                # and where a process may not have children it raises here, not in map;
                # its result is not awaited: the workers build their jobs while this
                # process reads the first chunk
                executor.submit(os.getpid)
            except BaseException:
                executor.shutdown(wait=False, cancel_futures=True)
                raise
        finally:
            if thawed:
                gc.unfreeze()
        return executor

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None
        self._executor = self._start()
        self.restarts += 1
        log.warning("a worker process died: worker pool started again (%d)", self.restarts)

    def _submit(self, chunk: list[tuple[Item, T]]) -> Future[Sequence[Result | BaseException]]:
        if self._executor is None:
            raise RuntimeError("the worker pool is closed")
        return self._executor.submit(_work, [item for item, _ in chunk])

    def map(
        self, items: Iterable[tuple[Item, T]]
    ) -> Iterator[tuple[Item, T, Result | BaseException]]:
        """Each item's result from a worker; ``T`` rides along untouched. Reads ``items``
        lazily: with ``taper``, no further than ``window`` chunks beyond those in flight
        (so that the end of the input is seen while the chunks before it are still being
        worked on), else no further than the chunks in flight."""
        if self._executor is None:
            raise RuntimeError("the worker pool is closed")
        pending: deque[_InFlight[Item, T, Result]] = deque()
        ahead: deque[tuple[Item, T]] = deque()
        source = iter(items)
        ended = False

        def read(up_to: int) -> None:
            nonlocal ended
            while not ended and len(ahead) < up_to:
                try:
                    ahead.append(next(source))
                except StopIteration:
                    ended = True

        while True:
            while len(pending) < self.window:  # the workers first
                read(self.chunk)
                if not ahead:
                    break
                size = self._next_size(len(ahead), ended=ended)
                chunk = [ahead.popleft() for _ in range(size)]
                pending.append(_InFlight(chunk, self._submit(chunk)))
            if self.taper:  # then read ahead while they work
                read(self.window * self.chunk)
            if not pending:
                return
            yield from self._settle(pending)

    def _next_size(self, left: int, *, ended: bool) -> int:
        """The size of the next chunk, ``left`` items read and not yet submitted: ``chunk``,
        but once the input has ended, with ``taper``, what is left shared out in ever
        smaller chunks (each 1 / (2 x workers) of it, down to `TAPER_FLOOR` items), so the
        workers finish the run together rather than one working alone through a last full
        chunk while the others wait (guided scheduling)."""
        if not ended or not self.taper:
            return min(self.chunk, left)
        share = -(-left // (2 * self.processes))
        return min(self.chunk, left, max(TAPER_FLOOR, share))

    def _settle(
        self, pending: deque[_InFlight[Item, T, Result]]
    ) -> Iterator[tuple[Item, T, Result | BaseException]]:
        """The oldest chunk's results; when the pool broke, every chunk in flight's, each
        run again on its own unless it had finished before the break."""
        head = pending.popleft()
        try:
            outs = head.future.result()
        except BrokenProcessPool:
            survivors = [head, *pending]
            pending.clear()
            self._restart()
            for flight in survivors:
                if flight.future.done() and flight.future.exception() is None:
                    yield from _zipped(flight.chunk, flight.future.result())
                else:
                    yield from self._alone(flight.chunk)
            return
        except Exception as exc:  # noqa: BLE001 -- e.g. a result that could not be pickled
            outs = [exc] * len(head.chunk)
        yield from _zipped(head.chunk, outs)

    def _alone(
        self, chunk: list[tuple[Item, T]]
    ) -> Iterator[tuple[Item, T, Result | BaseException]]:
        """Run ``chunk`` with nothing else in flight: when the pool breaks, this chunk
        broke it; its halves are run alone in turn until the items that kill a worker
        by themselves are found, and those fail."""
        outs: Sequence[Result | BaseException]
        try:
            outs = self._submit(chunk).result()
        except BrokenProcessPool:
            self._restart()
            if len(chunk) > 1:
                half = len(chunk) // 2
                yield from self._alone(chunk[:half])
                yield from self._alone(chunk[half:])
                return
            outs = [WorkerError(DIED)]
        except Exception as exc:  # noqa: BLE001 -- e.g. a result that could not be pickled
            outs = [exc] * len(chunk)
        yield from _zipped(chunk, outs)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def __enter__(self) -> WorkerPool[Item, Result]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and self._executor is not None:
            # stop now (Ctrl-C, a failure in the consumer): what is in flight is dropped
            # and the workers are not left to finish their chunks
            processes = dict(getattr(self._executor, "_processes", None) or {})
            self._executor.shutdown(wait=False, cancel_futures=True)
            for process in processes.values():
                process.terminate()
            self._executor = None
        self.close()


TAPER_FLOOR = 4
"""The smallest chunk a tapering pool submits (parsing in batches of fewer articles
costs more per article)."""

DIED = "a worker process died (killed, or crashed) while working on this item alone"
"""The reason an item fails when running it by itself kills a worker."""


class _InFlight(NamedTuple, Generic[Item, T, Result]):
    chunk: list[tuple[Item, T]]
    future: Future[Sequence[Result | BaseException]]


def _zipped(
    chunk: list[tuple[Item, T]], outs: Sequence[Result | BaseException]
) -> Iterator[tuple[Item, T, Result | BaseException]]:
    if len(outs) != len(chunk):
        lost = RuntimeError(f"a worker gave {len(outs)} results for {len(chunk)} items")
        outs = [lost] * len(chunk)
    for (item, extra), out in zip(chunk, outs, strict=True):
        yield item, extra, out


class _ResolveJob:
    """A worker's resolve job: each (article, extraction) to its events or exception."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def __call__(
        self, items: list[tuple[Article, Extraction]]
    ) -> list[list[Event] | BaseException]:
        out: list[list[Event] | BaseException] = []
        for article, extraction in items:
            try:
                out.append(self.resolver.resolve(article, extraction))
            except Exception as exc:  # noqa: BLE001 -- handed back: the runner records or raises it
                out.append(portable(exc))
        return out


def _resolve_job(factory: Callable[[], Resolver]) -> _ResolveJob:
    return _ResolveJob(factory())


class ResolveWorker:
    """One worker process resolving (article, extraction) pairs, results in order: a
    `WorkerPool` of one process whose job is the resolver ``factory`` builds there, an
    article a task, at most ``window`` in flight."""

    def __init__(self, factory: Callable[[], Resolver], *, window: int = 64) -> None:
        self.window = max(1, window)
        self._pool: WorkerPool[tuple[Article, Extraction], list[Event]] = WorkerPool(
            partial(_resolve_job, factory), processes=1, chunk=1, window=self.window
        )

    def map(
        self, items: Iterable[tuple[Article, Extraction, T]]
    ) -> Iterator[tuple[Article, Extraction, T, list[Event] | BaseException]]:
        """Resolve each item's article in the worker; ``T`` rides along untouched."""
        pairs = (((article, extraction), extra) for article, extraction, extra in items)
        for (article, extraction), extra, result in self._pool.map(pairs):
            yield article, extraction, extra, result

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> ResolveWorker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._pool.__exit__(exc_type, exc, tb)
