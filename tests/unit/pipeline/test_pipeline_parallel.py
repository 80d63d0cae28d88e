"""Resolving in a worker process gives what resolving in-process gives, in order, and a
failure inside the worker is recorded (or raised with ``strict``) like one in-process.

Also: the run's lists of skipped, rejected and failed articles are capped samples with
full counts, so a 100k-article run does not hold them all. A stand-in extractor reads
one candidate per article; the report texts are original.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from pipeline_fakes import StandInExtractor

from sitrep.merge import merge_mentions
from sitrep.model import Article, Event, EventQuery, Extraction
from sitrep.pipeline import Runner
from sitrep.pipeline.parallel import ResolveWorker, build_resolver
from sitrep.pipeline.runner import RunStats, Sample
from sitrep.store import Store

TOWNS = ("Baqubah", "Khanaqin", "Balad", "Samarra", "Tuz Khurmatu", "Muqdadiyah")
REPORT = (
    "Gunmen fired on a police patrol near {town} late on Thursday, wounding {n} officers, "
    "a security source said. The patrol was returning from a night search of farmland "
    "outside {town} when it came under fire from a pickup truck (bulletin {k})."
)
POISON = "The gazetteer chokes on this bulletin."


class PoisonedResolver:
    """Resolves nothing; raises on the poisoned bulletin (as a gazetteer bug would)."""

    def resolve(self, article: Article, extraction: Extraction) -> list[Event]:
        if POISON in article.text:
            raise RuntimeError("gazetteer blew up")
        return []


def poisoned_resolver() -> PoisonedResolver:
    return PoisonedResolver()


def broken_factory() -> PoisonedResolver:
    raise RuntimeError("no gazetteer index here")


def write(folder: Path, n: int, *, poison_at: int | None = None) -> Path:
    folder.mkdir()
    for k in range(n):
        text = REPORT.format(town=TOWNS[k % len(TOWNS)], n=k % 5 + 2, k=k)
        if k == poison_at:
            text += " " + POISON
        (folder / f"deskwire-2023-05-{k % 27 + 1:02d}-patrol-{k:03d}.txt").write_text(text)
    return folder


def run(tmp_path: Path, name: str, folder: Path, **kwargs: object) -> tuple[RunStats, list[Event]]:
    with Store.open(str(tmp_path / f"{name}.db"), merge=merge_mentions) as store:
        runner = Runner(
            store=store,
            extractor=StandInExtractor(towns=TOWNS),
            resolver=build_resolver(None, None),
            batch_size=4,
            **kwargs,  # type: ignore[arg-type]
        )
        stats = runner.run([folder], dedup=False)
        return stats, list(store.iter_events(EventQuery()))


def test_worker_results_equal_in_process_results(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 14)
    here, events_here = run(tmp_path, "here", folder)
    there, events_there = run(
        tmp_path, "there", folder, resolve_factory=partial(build_resolver, None, None)
    )
    assert here.extracted == there.extracted == 14
    assert here.mentions == there.mentions == 14
    assert events_here and events_here == events_there


def test_worker_keeps_the_order_of_its_input() -> None:
    articles = [Article(id=f"bulletin-{k}", text=f"Bulletin {k}.") for k in range(9)]
    items = [(a, Extraction(article_id=a.id, candidates=[]), k) for k, a in enumerate(articles)]
    with ResolveWorker(poisoned_resolver, window=2) as worker:  # type: ignore[arg-type]
        out = list(worker.map(items))
    assert [extra for _, _, extra, _ in out] == list(range(9))
    assert all(result == [] for *_, result in out)


def test_a_failure_in_the_worker_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 6, poison_at=3)
    stats, _ = run(tmp_path, "poison", folder, resolve_factory=poisoned_resolver)
    (failure,) = stats.failures
    assert failure.stage == "resolve" and "gazetteer blew up" in failure.reason
    assert failure.article_id.endswith("patrol-003")
    assert stats.extracted == 5 and not stats.ok


def test_strict_raises_the_workers_failure(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 6, poison_at=2)
    with pytest.raises(RuntimeError, match="gazetteer blew up"):
        run(tmp_path, "strict", folder, resolve_factory=poisoned_resolver, strict=True)


def test_a_resolver_that_cannot_be_built_fails_each_article_not_the_run(
    tmp_path: Path,
) -> None:
    # a pool restarts a worker whose initializer raises, forever: this must not hang
    folder = write(tmp_path / "in", 3)
    stats, _ = run(tmp_path, "broken", folder, resolve_factory=broken_factory)
    assert stats.failures.total == 3 and stats.extracted == 0
    assert all("no gazetteer index here" in f.reason for f in stats.failures)


def test_samples_keep_a_bounded_list_and_the_full_count() -> None:
    sample: Sample[str] = Sample(limit=3)
    sample.extend(f"article-{k}" for k in range(10))
    sample.append("article-10")
    assert list(sample) == ["article-0", "article-1", "article-2"]
    assert sample.total == 11


def test_run_stats_count_beyond_the_sample() -> None:
    stats = RunStats()
    for k in range(2500):
        stats.skipped_language.append(f"depeche-{k}")
    assert len(stats.skipped_language) == 1000
    assert stats.counts == {"skipped_language": 2500, "rejected": 0, "failures": 0}
    assert stats.ok


def test_no_worker_where_none_can_start_means_resolving_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> ResolveWorker:
        raise AssertionError("daemonic processes are not allowed to have children")

    monkeypatch.setattr("sitrep.pipeline.runner.ResolveWorker", refuse)
    folder = write(tmp_path / "in", 5)
    stats, events = run(
        tmp_path, "daemon", folder, resolve_factory=partial(build_resolver, None, None)
    )
    assert stats.ok and stats.extracted == 5 and events
