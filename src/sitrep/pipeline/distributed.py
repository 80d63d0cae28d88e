"""`sitrep run --ray [ADDRESS]`: ingest and extraction on a Ray cluster, merge and store central.

Files are listed on the driver, read and extracted by Ray Data (`flat_map` to read,
`map_batches` over an actor pool whose actors load the spaCy model, gazetteer and actor
dictionary once each), and the results stream back to the driver, which stores them,
handles duplicates and re-merges exactly as the local engine does — so both engines give
the same events on the same input.

Point it at a running cluster with `sitrep run --ray ray://HEAD:10001 PATH...` (the
paths must be readable from the workers, e.g. on a shared file system); `--ray local`
starts a local Ray instance on this machine.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.extract import RuleExtractor, load_nlp
from sitrep.ingest import iter_articles
from sitrep.ingest.readers import iter_files
from sitrep.model import Article, Event, Rejection
from sitrep.pipeline.runner import ENGLISH, Progress, Runner, RunState, RunStats
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver

__all__ = ["run_on_ray"]

log = logging.getLogger(__name__)


class _ReadFile:
    """Ray Data flat_map: one file -> its articles and rejections, as JSON rows."""

    def __init__(self, published: date | None, max_bytes: int, max_chars: int) -> None:
        self.published = published
        self.max_bytes = max_bytes
        self.max_chars = max_chars

    def __call__(self, row: dict[str, Any]) -> Iterator[dict[str, Any]]:
        for item in iter_articles(
            [Path(row["path"])],
            published=self.published,
            max_bytes=self.max_bytes,
            max_chars=self.max_chars,
        ):
            kind = "rejection" if isinstance(item, Rejection) else "article"
            yield {"kind": kind, "record": item.model_dump_json(), "events": ""}


class _ExtractActor:
    """Ray Data map_batches actor: loads the model and dictionaries once, then
    extracts and resolves batches of articles."""

    def __init__(self, spacy_model: str, gazetteer: str | None, actors: str | None) -> None:
        self.extractor = RuleExtractor(nlp=load_nlp(spacy_model))
        self.resolver = Resolver(
            gazetteer=Gazetteer.load(Path(gazetteer) if gazetteer else None),
            actors=ActorDictionary.load(Path(actors) if actors else None),
        )

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        kinds, records = list(batch["kind"]), list(batch["record"])
        events_json: list[str] = [""] * len(kinds)
        todo = [
            (i, Article.model_validate_json(records[i]))
            for i, kind in enumerate(kinds)
            if kind == "article"
        ]
        english = [(i, a) for i, a in todo if a.language in ENGLISH]
        by_id = {a.id: i for i, a in english}
        for article, extraction in self.extractor.pipe(
            (a for _, a in english), batch_size=len(english) or 1
        ):
            events = self.resolver.resolve(article, extraction)
            events_json[by_id[article.id]] = (
                "[" + ",".join(e.model_dump_json() for e in events) + "]"
            )
        return {"kind": kinds, "record": records, "events": events_json}


def run_on_ray(
    runner: Runner,
    paths: list[Path],
    *,
    address: str = "local",
    published: date | None = None,
    spacy_model: str = "en_core_web_sm",
    gazetteer: Path | None = None,
    actors: Path | None = None,
    num_cpus: int | None = None,
    actors_count: int | None = None,
    progress: Progress | None = None,
    dedup: bool = True,
) -> RunStats:
    """Run the pipeline with ingest + extraction + resolution on Ray; store and merge here."""
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - ray is a pinned dependency
        raise ConfigError("Ray is not installed: pip install 'ray[data]'") from exc

    started_here = not ray.is_initialized()
    if started_here:
        if address == "local":
            ray.init(
                num_cpus=num_cpus,
                include_dashboard=False,
                log_to_driver=False,
                configure_logging=False,
            )
        else:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
    try:
        # Arrival order decides which copy of a syndicated story counts as the original:
        # keep the input order so the result equals the local engine's.
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False  # the CLI draws its own
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        resources: dict[str, float] = ray.available_resources()  # type: ignore[no-untyped-call]
        pool = actors_count or max(1, int(resources.get("CPU", 1)))
        files = [str(path) for path in iter_files(paths)]
        stats = RunStats()
        if not files:
            return stats
        dataset = (
            ray.data.from_items([{"path": f} for f in files])
            .flat_map(
                _ReadFile, fn_constructor_args=(published, runner.max_bytes, runner.max_chars)
            )
            .map_batches(
                _ExtractActor,
                fn_constructor_args=(
                    spacy_model,
                    str(gazetteer) if gazetteer else None,
                    str(actors) if actors else None,
                ),
                batch_size=runner.batch_size,
                batch_format="numpy",
                concurrency=pool,
            )
        )
        state = RunState(index=runner.near_duplicate_index() if dedup else None)
        rows: list[dict[str, Any]] = []
        for row in dataset.iter_rows():
            if row["kind"] == "rejection":
                stats.rejected.append(Rejection.model_validate_json(row["record"]))
                if progress:
                    progress(stats)
                continue
            rows.append(row)
            if len(rows) >= runner.batch_size:
                _admit_and_save(runner, rows, stats=stats, state=state, progress=progress)
        _admit_and_save(runner, rows, stats=stats, state=state, progress=progress)
        runner.flush(state, stats=stats, final=True)
        return stats
    finally:
        if started_here:
            ray.shutdown()


def _admit_and_save(
    runner: Runner,
    rows: list[dict[str, Any]],
    *,
    stats: RunStats,
    state: RunState,
    progress: Progress | None,
) -> None:
    """Store a batch of extracted rows as the local engine does, then empty ``rows``."""
    if not rows:
        return
    batch = [Article.model_validate_json(row["record"]) for row in rows]
    admitted = runner.admit(batch, stats=stats, state=state)
    for row, (article, action) in zip(rows, admitted, strict=True):
        if action == "extract":
            stats.extracted += 1
            runner.save(article, _events(row["events"]), stats=stats, state=state)
        if progress:
            progress(stats)
    rows.clear()


def _events(payload: str) -> list[Event]:
    if not payload:
        return []
    return [Event.model_validate(item) for item in json.loads(payload)]
