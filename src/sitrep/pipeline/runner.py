"""The one place where the stages are put in order.

    ingest -> (store article) -> extract -> resolve -> (store mentions) -> merge -> store

`Runner.run(paths)` streams articles from disk and stores them a batch at a time
(one transaction), skipping what the store already processed (so an interrupted run
resumes where it stopped); extracts in `nlp.pipe` batches, resolves, saves a batch of
articles' mentions in one transaction and re-merges the affected part of the event
table after every batch. One failing article is recorded with its stage and reason and
the run goes on (``strict=True`` stops instead).

Syndicated copies are found by the near-duplicate index, whose originals live in the
store (so a copy arriving in a later run finds them too); a copy is not extracted: once
its original is processed it gets the original's events, re-pointed at the copy. What
the run holds in memory is bounded by the batch size, whatever the size of the corpus;
the skipped, rejected and failed articles are kept as counts and a capped sample
(`Sample`), each one logged.

With ``n_process`` N > 1, N forked worker processes (`parallel.WorkerPool` running
`work.ArticleWork`) parse, extract and resolve chunks of ``batch_size`` articles, and
this process only ingests, stores and merges: the results come back in order, failures
included, and equal the in-process run's. With ``n_process`` 1, when a second core is
free as the run starts (or ``resolve_worker=True`` forces it), `build_runner` resolves in
one worker process (`parallel.ResolveWorker`), in order and with the same results, so
that resolving one batch overlaps parsing the next.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path
from typing import IO, Protocol, TypeVar

from pydantic import BaseModel

from sitrep.errors import ConfigError
from sitrep.extract import Extractor, RuleExtractor, load_nlp
from sitrep.ingest import iter_articles
from sitrep.ingest.dedup import Fingerprint, NearDuplicateIndex
from sitrep.ingest.records import MAX_ARTICLE_CHARS
from sitrep.merge import merge_mentions
from sitrep.model import Article, Event, Evidence, Extraction, Rejection, Span, stable_id
from sitrep.resolve import Resolver
from sitrep.resolve.dates import prime as prime_dates
from sitrep.settings import Settings
from sitrep.store import ArticleState, Store
from sitrep.store import Fingerprint as StoredFingerprint

from . import parallel
from .heap import run_heap_frozen
from .parallel import ResolveWorker, WorkerPool, build_resolver
from .work import Outcome, build_article_work, extract_isolated

__all__ = [
    "MERGE_GROUP",
    "STAGES",
    "Failure",
    "Progress",
    "RunState",
    "RunStats",
    "Runner",
    "Sample",
    "build_runner",
]

log = logging.getLogger(__name__)

STAGES = ("ingest", "extract", "resolve")
"""Stages whose output `--dump-stage` can write as JSONL."""

ENGLISH = {"en", None}

T = TypeVar("T")


MERGE_GROUP = 8
"""Articles re-merged together (issue 7). A re-merge loads every stored mention in the
block and date window of each of its articles' mentions, so what one call holds grows
with the events already stored around those dates: a batch of 64 articles against a
store of 27,500 loaded 4,681 mentions (86 MB traced at its peak, against 4.8 MB at 1,200),
the growth a 100k-article run showed as RSS climbing about 6 MB per 1,000 articles.
Eight at a time load a few hundred each (20 MB at the peak) in the same time; the event
table is the same, since a re-merge re-clusters all that its seeds can touch."""


@dataclass(frozen=True)
class Failure:
    """An article that a stage could not process (the run went on)."""

    article_id: str
    origin: str | None
    stage: str
    reason: str


SAMPLE_LIMIT = 1000
"""How many skipped, rejected or failed articles `RunStats` keeps; the log has them all."""


class Sample(list[T]):
    """A list that keeps the first ``limit`` items appended and counts them all
    (``total``): a 100k-article run must not hold every rejection in memory."""

    def __init__(self, limit: int = SAMPLE_LIMIT) -> None:
        super().__init__()
        self.limit = limit
        self.total = 0

    def append(self, item: T) -> None:
        self.total += 1
        if len(self) < self.limit:
            super().append(item)

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)


@dataclass
class RunStats:
    """What a run did; the CLI prints it, tests assert on it. The skipped, rejected and
    failed articles are capped samples (`Sample`); their ``total`` counts them all."""

    articles_read: int = 0
    articles_new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    identical_copies: int = 0
    """Records whose text is identical to one read before in this run (dropped at ingest)."""
    already_processed: int = 0
    skipped_language: Sample[str] = field(default_factory=Sample)
    extracted: int = 0
    mentions: int = 0
    rejected: Sample[Rejection] = field(default_factory=Sample)
    failures: Sample[Failure] = field(default_factory=Sample)

    @property
    def ok(self) -> bool:
        return not self.rejected.total and not self.failures.total

    @property
    def counts(self) -> dict[str, int]:
        """Totals of the capped lists (``len`` of a list is at most `SAMPLE_LIMIT`)."""
        return {
            "skipped_language": self.skipped_language.total,
            "rejected": self.rejected.total,
            "failures": self.failures.total,
        }


class Progress(Protocol):
    """Called once per article read; the CLI draws a progress bar from it."""

    def __call__(self, stats: RunStats, /) -> None: ...


class _Dumper:
    """Writes each selected stage's output as JSONL for debugging and replay."""

    def __init__(self, directory: Path | None, stages: Iterable[str]) -> None:
        self._files: dict[str, IO[str]] = {}
        if directory is None:
            return
        directory.mkdir(parents=True, exist_ok=True)
        for stage in stages:
            if stage not in STAGES:
                raise ConfigError(f"unknown stage {stage!r}; choose from {', '.join(STAGES)}")
            self._files[stage] = (directory / f"{stage}.jsonl").open("w", encoding="utf-8")

    def wants(self, stage: str) -> bool:
        """Whether ``stage``'s output is dumped."""
        return stage in self._files

    def write(self, stage: str, records: Iterable[BaseModel]) -> None:
        out = self._files.get(stage)
        if out is not None:
            for record in records:
                out.write(record.model_dump_json() + "\n")

    def close(self) -> None:
        for out in self._files.values():
            out.close()


_ANCHOR = 24
"""Characters at the start of a sentence that locate it in a lightly edited copy."""


def _relocate(span: Span, text: str) -> Span | None:
    """Find an evidence sentence of the original article in a syndicated copy's text:
    verbatim, or, when a word or figure inside it was edited, the stretch that starts
    like it, ends like it and shares at least 80 % of its characters."""
    at = text.find(span.text)
    if at >= 0:
        return Span(text=span.text, start=at, end=at + len(span.text))
    if len(span.text) < 2 * _ANCHOR:
        return None
    start = text.find(span.text[:_ANCHOR])
    if start < 0:
        return None
    window = text[start : start + len(span.text) + len(span.text) // 5]
    blocks = [
        b
        for b in SequenceMatcher(None, span.text, window, autojunk=False).get_matching_blocks()
        if b.size
    ]
    last = blocks[-1]
    matched = sum(b.size for b in blocks)
    if last.a + last.size < len(span.text) or matched < 0.8 * len(span.text):
        return None
    end = last.b + last.size
    return Span(text=window[:end], start=start, end=start + end)


def _relocate_evidence(
    evidence: Evidence, originals: list[Span], copies: list[Span | None], text: str
) -> Evidence | None:
    """The evidence inside the copy's version of the sentence that held it (evidence
    outside the sentences: moved as far as the first sentence moved)."""
    at = -1
    for before, after in zip(originals, copies, strict=True):
        if before.start <= evidence.start < before.end:
            if after is not None:
                at = after.start + (evidence.start - before.start)
                if text[at : at + len(evidence.text)] != evidence.text:
                    at = text.find(evidence.text, after.start, after.end)
            break
    else:
        moved = [(b, a) for b, a in zip(originals, copies, strict=True) if a is not None]
        if moved:
            at = evidence.start + moved[0][1].start - moved[0][0].start
            if text[at : at + len(evidence.text)] != evidence.text:
                at = -1
    if at < 0:
        return None
    return evidence.model_copy(update={"start": at, "end": at + len(evidence.text)})


def copy_events_for_duplicate(events: list[Event], copy: Article) -> list[Event]:
    """A near-duplicate article is extracted once: its sources are the original's,
    re-pointed at the copy (its outlet still counts), with evidence found in its text."""
    out: list[Event] = []
    for event in events:
        sources = []
        for src in event.sources:
            found = [_relocate(x, copy.text) for x in src.sentences]
            sentences = [s for s in found if s]
            if not sentences:
                continue
            evidence = [
                e
                for e in (
                    _relocate_evidence(x, src.sentences, found, copy.text) for x in src.evidence
                )
                if e
            ]
            sources.append(
                src.model_copy(
                    update={
                        "article_id": copy.id,
                        "outlet": copy.outlet,
                        "url": copy.url,
                        "title": copy.title,
                        "published": copy.published or src.published,
                        "sentences": sentences,
                        "evidence": evidence,
                    }
                )
            )
        if sources:
            triggers = [e.start for e in sources[0].evidence if e.role == "trigger"]
            anchor = triggers[0] if triggers else sources[0].sentences[0].start
            out.append(
                event.model_copy(
                    update={"event_id": stable_id("ev", copy.id, anchor), "sources": sources}
                )
            )
    return out


def _stored(index: NearDuplicateIndex, article_id: str, fp: Fingerprint) -> StoredFingerprint:
    return StoredFingerprint(
        article_id=article_id,
        size=fp.size,
        signature=fp.signature,
        band_keys=tuple(index.band_keys(fp)),
    )


@dataclass
class RunState:
    """What one run holds between batches, all of it bounded: the articles of the
    current save batch, the ids handed to extraction and not saved yet, and the
    near-duplicate index (stored originals are looked up in the store)."""

    index: NearDuplicateIndex | None
    batch: list[tuple[str, list[Event]]] = field(default_factory=list)
    in_flight: set[str] = field(default_factory=set)


class Runner:
    """Runs the stages over a stream of inputs against one store."""

    def __init__(
        self,
        *,
        store: Store,
        extractor: Extractor,
        resolver: Resolver,
        batch_size: int = 32,
        n_process: int = 1,
        max_bytes: int = 5_000_000,
        max_chars: int = MAX_ARTICLE_CHARS,
        strict: bool = False,
        resolve_factory: Callable[[], Resolver] | None = None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.resolver = resolver
        self.batch_size = batch_size
        self.n_process = n_process
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        """Longer articles are rejected at ingest (one text's parse must fit the memory bound)."""
        self.strict = strict
        self.resolve_factory = resolve_factory
        """Builds a resolver equal to ``resolver`` in a worker process: with ``n_process``
        1, one `ResolveWorker` resolves there, overlapping the parse; with ``n_process``
        > 1, each of the article workers builds its own. ``None``: resolve in this process
        (and with ``n_process`` > 1 only spaCy's parse runs in other processes)."""

    def near_duplicate_index(self) -> NearDuplicateIndex:
        """An index that finds originals stored by earlier runs (by band-key lookup)."""

        def stored(keys: Sequence[int]) -> Iterator[tuple[str, Fingerprint]]:
            for article_id, size, signature in self.store.near_duplicate_candidates(keys):
                yield article_id, Fingerprint(signature=signature, size=size)

        return NearDuplicateIndex(lookup=stored)

    # -- admission: what to do with the articles that were read ----------------------------

    def admit(
        self, articles: Sequence[Article], *, stats: RunStats, state: RunState
    ) -> list[tuple[Article, str]]:
        """Store a batch of articles (one transaction) and decide for each: "extract",
        "duplicate" (syndicated copy of an earlier article: it gets the original's
        events once that is processed), "language" (not English: skipped with a
        note), "done" (processed before) or "repeat" (read twice in this run)."""
        known = self.store.article_states(articles)
        new: list[Article] = []
        copies: dict[str, str] = {}
        prints: list[StoredFingerprint] = []
        seen: set[str] = set()
        checked: set[str] = set()
        out: list[tuple[Article, str]] = []
        for article, where in zip(articles, known, strict=True):
            stats.articles_read += 1
            if where.id != article.id:
                article = article.model_copy(update={"id": where.id})
            stats.articles_new += where.is_new
            index = state.index
            original = where.duplicate_of
            if index is not None and not where.checked and article.id not in checked:
                checked.add(article.id)
                fingerprint = index.fingerprint(article.text)
                if original is None and not where.processed:
                    original = index.match(fingerprint, exclude=article.id)
                if original is None:
                    index.remember(article.id, fingerprint)
                    prints.append(_stored(index, article.id, fingerprint))
                elif not where.is_new:
                    copies[article.id] = original
            if original != article.duplicate_of:
                article = article.model_copy(update={"duplicate_of": original})
            if where.is_new:
                new.append(article)
            out.append((article, self._action(article, where, stats, state, seen)))
        self.store.add_articles(new, copies=copies, fingerprints=prints)
        if state.index is not None:
            state.index.forget()  # what it held is in the store now
        for article, action in out:
            if action == "language":
                self.save(article, [], stats=stats, state=state)
        return out

    def _action(
        self,
        article: Article,
        where: ArticleState,
        stats: RunStats,
        state: RunState,
        seen: set[str],
    ) -> str:
        if where.processed:
            stats.already_processed += 1
            return "done"
        if article.id in seen or article.id in state.in_flight:
            stats.duplicates += 1
            return "repeat"
        seen.add(article.id)
        if article.language not in ENGLISH:
            stats.skipped_language.append(article.id)
            log.info("%s: language %s skipped (English only for now)", article.id, article.language)
            return "language"
        if article.duplicate_of is not None:
            stats.near_duplicates += 1
            return "duplicate"
        state.in_flight.add(article.id)
        return "extract"

    def ingest(
        self,
        paths: Iterable[Path],
        *,
        published: date | None,
        stats: RunStats,
        dumper: _Dumper,
        progress: Progress | None,
        state: RunState,
    ) -> Iterator[Article]:
        """Stage 1: store every readable article, a batch at a time; yield the ones that
        need extraction."""
        chunk: list[Article] = []

        def admitted() -> Iterator[Article]:
            for article, action in self.admit(chunk, stats=stats, state=state):
                if progress:
                    progress(stats)
                if action == "extract":
                    yield article
            chunk.clear()

        def copy_dropped(origin: str) -> None:
            stats.identical_copies += 1
            if progress:
                progress(stats)

        items = iter_articles(
            paths,
            published=published,
            max_bytes=self.max_bytes,
            max_chars=self.max_chars,
            on_copy=copy_dropped,
        )
        for item in items:
            if isinstance(item, Rejection):
                stats.rejected.append(item)
                log.info("rejected %s", item)
                if progress:
                    progress(stats)
            else:
                dumper.write("ingest", [item])
                chunk.append(item)
                if len(chunk) >= self.batch_size:
                    yield from admitted()
        if chunk:
            yield from admitted()

    # -- stages 2-3: extract and resolve, one article at a time ------------------------

    def _extract(
        self, articles: Iterator[Article], stats: RunStats, *, n_process: int
    ) -> Iterator[tuple[Article, Extraction]]:
        """`extractor.pipe` with failure isolation: a crash on one article is recorded
        and the pipe restarts on the rest."""
        for article, extraction in extract_isolated(
            self.extractor, articles, batch_size=self.batch_size, n_process=n_process
        ):
            if isinstance(extraction, Exception):
                self._failed(article, "extract", extraction, stats=stats)
            else:
                yield article, extraction

    def resolve(
        self, article: Article, extraction: Extraction, *, stats: RunStats
    ) -> list[Event] | None:
        """Stage 3, with failure isolation (None: failed and recorded)."""
        try:
            return self.resolver.resolve(article, extraction)
        except Exception as exc:  # recorded, the run goes on
            if self.strict:
                raise
            stats.failures.append(Failure(article.id, article.origin, "resolve", repr(exc)))
            log.exception("resolve failed on %s", article.id)
            return None

    def _failed(self, article: Article, stage: str, exc: BaseException, *, stats: RunStats) -> None:
        """A failure handed back by a stage (here or in a worker): recorded, or raised
        with ``strict``."""
        if self.strict:
            raise exc
        stats.failures.append(Failure(article.id, article.origin, stage, repr(exc)))
        log.error("%s failed on %s", stage, article.id, exc_info=exc)

    def _resolved(
        self, extracted: Iterator[tuple[Article, Extraction]], *, stats: RunStats
    ) -> Iterator[tuple[Article, Extraction, list[Event] | None]]:
        """Stage 3 over the extracted stream: in this process, or in a `ResolveWorker`
        (results in the same order, overlapping the parse) when a factory is set."""
        worker = None
        if self.resolve_factory is not None:
            try:
                prime_dates()
                worker = ResolveWorker(self.resolve_factory, window=2 * self.batch_size)
            except (AssertionError, OSError) as exc:  # e.g. inside a daemonic process
                log.warning("no resolve worker (%s): resolving in this process", exc)
        if worker is None:
            for article, extraction in extracted:
                yield article, extraction, self.resolve(article, extraction, stats=stats)
            return
        with worker:
            for article, extraction, _, result in worker.map((a, x, None) for a, x in extracted):
                if isinstance(result, BaseException):
                    self._failed(article, "resolve", result, stats=stats)
                    yield article, extraction, None
                else:
                    yield article, extraction, result

    def _worked(
        self, articles: Iterator[Article], *, stats: RunStats, dumper: _Dumper
    ) -> Iterator[tuple[Article, list[Event] | None]]:
        """Stages 2-3 over the admitted stream, results in order. With ``n_process`` > 1
        and a resolver factory, in that many forked workers (`work.ArticleWork` on chunks
        of ``batch_size`` articles, at most two chunks a worker in flight); else in this
        process (resolve perhaps in a `ResolveWorker`). Either way an article whose
        extraction failed is recorded and left out, one whose resolve failed is recorded
        and comes with None."""
        workers: WorkerPool[Article, Outcome | None] | None = None
        n_process = self.n_process
        factory = self.resolve_factory
        if n_process > 1 and factory is not None and parallel.available():
            job = partial(build_article_work, self.extractor, factory, batch_size=self.batch_size)
            prime_dates()  # compiled here once, inherited by every worker
            try:
                workers = WorkerPool(
                    job,
                    processes=n_process,
                    chunk=self.batch_size,
                    window=2 * n_process,
                    taper=True,
                )
            except (AssertionError, OSError) as exc:  # e.g. inside a daemonic process
                log.warning("no worker processes (%s): working in this one", exc)
                n_process = 1
        if workers is None:
            extracted = self._dumped(self._extract(articles, stats, n_process=n_process), dumper)
            for article, _, resolved in self._resolved(extracted, stats=stats):
                yield article, resolved
            return
        with workers:
            for article, _, outcome in workers.map((a, None) for a in articles):
                if outcome is None:  # the extractor yielded nothing for it, as here
                    continue
                if isinstance(outcome, BaseException):  # the worker's whole chunk failed
                    self._failed(article, "extract", outcome, stats=stats)
                    continue
                if outcome.extracted and dumper.wants("extract"):
                    # read back only to be dumped: the main process needs the events
                    extraction = outcome.extraction
                    dumper.write("extract", [extraction] if extraction is not None else [])
                events = outcome.events
                if not isinstance(events, BaseException):
                    yield article, events
                    continue
                self._failed(article, outcome.stage, events, stats=stats)
                if outcome.extracted:  # resolve failed: done with, as here
                    yield article, None

    # -- stages 4-5: store the mentions, merge ---------------------------------------------

    def save(
        self, article: Article, events: list[Event], *, stats: RunStats, state: RunState
    ) -> None:
        """Queue an article's mentions; a full batch is saved and merged."""
        state.batch.append((article.id, events))
        state.in_flight.discard(article.id)
        stats.mentions += len(events)
        if len(state.batch) >= self.batch_size:
            self.flush(state, stats=stats)

    def flush(self, state: RunState, *, stats: RunStats, final: bool = False) -> None:
        """Save the batch's mentions (one transaction), give the syndicated copies whose
        original is processed now the original's events, and re-merge the part of the
        event table they touch, `MERGE_GROUP` articles a call. The final flush runs even
        with an empty batch: it also merges articles an interrupted run saved but did not
        merge."""
        saved = [article_id for article_id, _ in state.batch]
        if state.batch:
            self.store.save_mentions(state.batch)
            state.batch.clear()
        saved += self.save_copies(stats=stats)
        if not saved and final:
            self.store.remerge([], merge=merge_mentions)
        for start in range(0, len(saved), MERGE_GROUP):
            self.store.remerge(saved[start : start + MERGE_GROUP], merge=merge_mentions)

    def save_copies(self, *, stats: RunStats) -> list[str]:
        """Syndicated copies are not extracted again: they get the original's events,
        read back from the store, re-pointed at the copy (its outlet still counts)."""
        done: list[str] = []
        while ready := self.store.ready_copies(limit=self.batch_size):
            items = [(copy.id, copy_events_for_duplicate(events, copy)) for copy, events in ready]
            self.store.save_mentions(items)
            stats.mentions += sum(len(events) for _, events in items)
            done += [article_id for article_id, _ in items]
        return done

    @staticmethod
    def _dumped(
        extracted: Iterator[tuple[Article, Extraction]], dumper: _Dumper
    ) -> Iterator[tuple[Article, Extraction]]:
        for article, extraction in extracted:
            dumper.write("extract", [extraction])
            yield article, extraction

    def run(
        self,
        paths: Iterable[Path],
        *,
        published: date | None = None,
        progress: Progress | None = None,
        dump_dir: Path | None = None,
        dump_stages: Iterable[str] = (),
        dedup: bool = True,
    ) -> RunStats:
        stats = RunStats()
        dumper = _Dumper(dump_dir, dump_stages)
        state = RunState(index=self.near_duplicate_index() if dedup else None)
        # the model, gazetteer and lexicons outlive the run: no collection walks them
        with run_heap_frozen(), contextlib.closing(dumper):
            fresh = self.ingest(
                paths,
                published=published,
                stats=stats,
                dumper=dumper,
                progress=progress,
                state=state,
            )
            for article, events in self._worked(fresh, stats=stats, dumper=dumper):
                if events is None:
                    state.in_flight.discard(article.id)
                    continue
                dumper.write("resolve", events)
                stats.extracted += 1
                self.save(article, events, stats=stats, state=state)
            self.flush(state, stats=stats, final=True)
        return stats


def _inherited(resolver: Resolver) -> Resolver:
    """A worker process's resolver: the one its parent built."""
    return resolver


def build_runner(
    settings: Settings,
    *,
    store: Store,
    strict: bool = False,
    extractor_factory: Callable[[Settings], Extractor] | None = None,
    resolve_worker: bool | None = None,
) -> Runner:
    """Load the model, gazetteer and actor dictionary once and wire the stages.

    With ``settings.n_process`` N > 1 (where this platform can fork), N worker processes
    parse, extract and resolve, each with the resolver built here, and ``resolve_worker``
    does not apply. Otherwise ``resolve_worker``: resolve in a worker process (None:
    ``settings.resolve_worker``, env ``SITREP_RESOLVE_WORKER``); True or False force it,
    None (the default) chooses by the cores free as the run starts
    (`parallel.choose_worker`; the load is read before this process loads the model,
    which would add to it). The choice and why are logged at INFO.
    """
    if settings.n_process > 1 and parallel.available():
        log.info("%d worker processes parse, extract and resolve (n_process)", settings.n_process)
        elsewhere = True
    else:
        if resolve_worker is None:
            resolve_worker = settings.resolve_worker
        choice = parallel.choose_worker(
            resolve_worker,
            cores=parallel.usable_cores(),
            load=parallel.load_average() if resolve_worker is None else None,
            can_fork=parallel.available(),
        )
        log.info("resolve worker %s: %s", "on" if choice.on else "off", choice.reason)
        elsewhere = choice.on
    if extractor_factory is not None:
        extractor = extractor_factory(settings)
    else:
        extractor = RuleExtractor(nlp=load_nlp(settings.spacy_model))
    resolver = build_resolver(settings.gazetteer, settings.actors_file)
    # the workers inherit this resolver over the fork (its tables' pages shared, its
    # gazetteer connection opened again there) rather than each building one, 0.3 s late
    factory = partial(_inherited, resolver) if elsewhere else None
    return Runner(
        store=store,
        extractor=extractor,
        resolver=resolver,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
        max_bytes=settings.max_article_bytes,
        max_chars=settings.max_article_chars,
        strict=strict,
        resolve_factory=factory,
    )
