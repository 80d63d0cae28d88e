"""The one place where the stages are put in order.

    ingest -> (store article) -> extract -> resolve -> (store mentions) -> merge -> store

`Runner.run(paths)` streams articles from disk, skips what the store already processed
(so an interrupted run resumes where it stopped), extracts in `nlp.pipe` batches,
resolves, saves each article's mentions in one transaction, and re-merges the
affected part of the event table after every batch. One failing article is recorded
with its stage and reason and the run goes on (``strict=True`` stops instead).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Protocol

from pydantic import BaseModel

from sitrep.errors import ConfigError
from sitrep.extract import Extractor, RuleExtractor, load_nlp
from sitrep.ingest import iter_articles
from sitrep.ingest.dedup import NearDuplicateIndex
from sitrep.merge import merge_mentions
from sitrep.model import Article, Event, Extraction, Rejection, Span, stable_id
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.settings import Settings
from sitrep.store import Store

__all__ = ["STAGES", "Failure", "Progress", "RunStats", "Runner", "build_runner"]

log = logging.getLogger(__name__)

STAGES = ("ingest", "extract", "resolve")
"""Stages whose output `--dump-stage` can write as JSONL."""

ENGLISH = {"en", None}


@dataclass(frozen=True)
class Failure:
    """An article that a stage could not process (the run went on)."""

    article_id: str
    origin: str | None
    stage: str
    reason: str


@dataclass
class RunStats:
    """What a run did; the CLI prints it, tests assert on it."""

    articles_read: int = 0
    articles_new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    already_processed: int = 0
    skipped_language: list[str] = field(default_factory=list)
    extracted: int = 0
    mentions: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.failures


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

    def write(self, stage: str, records: Iterable[BaseModel]) -> None:
        out = self._files.get(stage)
        if out is not None:
            for record in records:
                out.write(record.model_dump_json() + "\n")

    def close(self) -> None:
        for out in self._files.values():
            out.close()


def _relocate(span: Span, text: str) -> Span | None:
    """Find an evidence span of the original article in a syndicated copy's text."""
    at = text.find(span.text)
    return None if at < 0 else Span(text=span.text, start=at, end=at + len(span.text))


def copy_events_for_duplicate(events: list[Event], copy: Article) -> list[Event]:
    """A near-duplicate article is extracted once: its sources are the original's,
    re-pointed at the copy (its outlet still counts), with evidence found in its text."""
    out: list[Event] = []
    for event in events:
        sources = []
        for src in event.sources:
            sentences = [s for s in (_relocate(x, copy.text) for x in src.sentences) if s]
            if not sentences:
                continue
            shift = sentences[0].start - src.sentences[0].start
            evidence = [
                e.model_copy(update={"start": e.start + shift, "end": e.end + shift})
                for e in src.evidence
                if copy.text[e.start + shift : e.end + shift] == e.text
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
        strict: bool = False,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.resolver = resolver
        self.batch_size = batch_size
        self.n_process = n_process
        self.max_bytes = max_bytes
        self.strict = strict

    # -- admission: what to do with an article that was read ---------------------------

    def admit(
        self, article: Article, *, stats: RunStats, near_dups: NearDuplicateIndex | None
    ) -> tuple[Article, str]:
        """Store the article and decide: "extract", "duplicate" (syndicated copy of an
        earlier article), "language" (not English: skipped with a note) or "done"."""
        stats.articles_read += 1
        if near_dups is not None:
            original = near_dups.check_and_add(article)
            if original is not None and original != article.id:
                article = article.model_copy(update={"duplicate_of": original})
        stored_id, is_new = self.store.add_article(article)
        if stored_id != article.id:
            article = article.model_copy(update={"id": stored_id})
        if is_new:
            stats.articles_new += 1
        elif self.store.is_processed(stored_id):
            stats.already_processed += 1
            return article, "done"
        if article.language not in ENGLISH:
            stats.skipped_language.append(article.id)
            log.info("%s: language %s skipped (English only for now)", article.id, article.language)
            self.store.save_article_events(article.id, [])
            return article, "language"
        if article.duplicate_of is not None:
            stats.near_duplicates += 1
            return article, "duplicate"
        return article, "extract"

    def ingest(
        self,
        paths: Iterable[Path],
        *,
        published: date | None,
        stats: RunStats,
        dumper: _Dumper,
        progress: Progress | None,
        near_dups: NearDuplicateIndex | None,
        duplicates_out: list[Article],
    ) -> Iterator[Article]:
        """Stage 1: store every readable article; yield the ones that need extraction."""
        for item in iter_articles(paths, published=published, max_bytes=self.max_bytes):
            if isinstance(item, Rejection):
                stats.rejected.append(item)
                log.info("rejected %s", item)
            else:
                dumper.write("ingest", [item])
                article, action = self.admit(item, stats=stats, near_dups=near_dups)
                if action == "duplicate":
                    duplicates_out.append(article)
                elif action == "extract":
                    yield article
            if progress:
                progress(stats)

    # -- stages 2-3: extract and resolve, one article at a time ------------------------

    def _extract(
        self, articles: Iterator[Article], stats: RunStats
    ) -> Iterator[tuple[Article, Extraction]]:
        """`extractor.pipe` with failure isolation: a crash on one article is recorded
        and the pipe restarts on the rest."""
        pending: deque[Article] = deque()

        def feed() -> Iterator[Article]:
            for article in articles:
                pending.append(article)
                yield article

        source = feed()
        while True:
            try:
                for article, extraction in self.extractor.pipe(
                    source, batch_size=self.batch_size, n_process=self.n_process
                ):
                    while pending and pending[0].id != article.id:
                        pending.popleft()
                    if pending:
                        pending.popleft()
                    yield article, extraction
                return
            except Exception as exc:  # the runner is the one place allowed to catch all
                if self.strict or not pending:
                    raise
                failed = pending.popleft()
                stats.failures.append(Failure(failed.id, failed.origin, "extract", repr(exc)))
                log.exception("extract failed on %s", failed.id)
                retry = list(pending)
                pending.clear()
                source = feed_from(retry, source, pending)

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

    # -- stages 4-5: store the mentions, merge ---------------------------------------------

    def save(
        self, article: Article, events: list[Event], *, stats: RunStats, batch: list[str]
    ) -> None:
        self.store.save_article_events(article.id, events)
        stats.mentions += len(events)
        batch.append(article.id)
        if len(batch) >= self.batch_size:
            self.flush(batch)

    def flush(self, batch: list[str], *, final: bool = False) -> None:
        """Re-merge the part of the event table the batch's articles touch. The final
        flush runs even with an empty batch: it also merges articles an interrupted
        run saved but did not merge."""
        if batch or final:
            self.store.remerge(list(batch), merge=merge_mentions)
            batch.clear()

    def save_duplicates(
        self,
        duplicates: list[Article],
        *,
        stats: RunStats,
        batch: list[str],
    ) -> None:
        """Syndicated copies are not extracted again: they get the original's events,
        read back from the store (nothing is held in memory for the whole run)."""
        for copy in duplicates:
            source_events = self.store.article_mentions(copy.duplicate_of or "")
            self.save(
                copy, copy_events_for_duplicate(source_events, copy), stats=stats, batch=batch
            )

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
        near_dups = NearDuplicateIndex() if dedup else None
        duplicates: list[Article] = []
        batch: list[str] = []
        try:
            fresh = self.ingest(
                paths,
                published=published,
                stats=stats,
                dumper=dumper,
                progress=progress,
                near_dups=near_dups,
                duplicates_out=duplicates,
            )
            for article, extraction in self._extract(fresh, stats):
                dumper.write("extract", [extraction])
                events = self.resolve(article, extraction, stats=stats)
                if events is None:
                    continue
                dumper.write("resolve", events)
                stats.extracted += 1
                self.save(article, events, stats=stats, batch=batch)
            self.save_duplicates(duplicates, stats=stats, batch=batch)
            self.flush(batch, final=True)
        finally:
            dumper.close()
        return stats


def feed_from(
    retry: list[Article], rest: Iterator[Article], pending: deque[Article]
) -> Iterator[Article]:
    """Restart feeding after a failure: the articles already handed to the pipe, then the rest."""
    for article in retry:
        pending.append(article)
        yield article
    for article in rest:
        yield article


def build_runner(
    settings: Settings,
    *,
    store: Store,
    strict: bool = False,
    extractor_factory: Callable[[Settings], Extractor] | None = None,
) -> Runner:
    """Load the model, gazetteer and actor dictionary once and wire the stages."""
    if extractor_factory is not None:
        extractor = extractor_factory(settings)
    else:
        extractor = RuleExtractor(nlp=load_nlp(settings.spacy_model))
    resolver = Resolver(
        gazetteer=Gazetteer.load(settings.gazetteer),
        actors=ActorDictionary.load(settings.actors_file),
    )
    return Runner(
        store=store,
        extractor=extractor,
        resolver=resolver,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
        max_bytes=settings.max_article_bytes,
        strict=strict,
    )
