"""With ``n_process`` > 1 the whole per-article work (parse, extraction, resolve) runs in
forked worker processes and gives what the in-process run gives: the same events and
extractions, in the same order, a failure on one article recorded with the same stage
and reason while the others come back; where no worker can start, the run works here.

A stand-in extractor reads one candidate per article; the report texts are original.
"""

from __future__ import annotations

import json
import logging
import os
import signal
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path

import pytest
from pipeline_fakes import StandInExtractor

from sitrep.merge import merge_mentions
from sitrep.model import Article, Event, EventQuery, Extraction
from sitrep.pipeline import Runner, build_runner, parallel
from sitrep.pipeline.parallel import DIED, WorkerError, WorkerPool, build_resolver, portable
from sitrep.pipeline.runner import RunStats
from sitrep.pipeline.work import ArticleWork, Outcome, build_article_work
from sitrep.settings import Settings
from sitrep.store import Store

pytestmark = pytest.mark.skipif(not parallel.available(), reason="the workers need fork")

TOWNS = ("Kismayo", "Baidoa", "Beledweyne", "Jowhar", "Marka", "Afgooye")
REPORT = (
    "Gunmen fired on a district office near {town} before dawn on Monday, wounding {n} "
    "guards, a local elder said. Traders said the attackers escaped along the road "
    "towards the river before the army arrived (dispatch {k})."
)
EXTRACT_POISON = "The tagger trips on this dispatch."
KILLER = "This dispatch runs the worker out of memory."
RESOLVE_POISON = "The gazetteer trips on this dispatch."


class Recording(StandInExtractor):
    """Also records the ``n_process`` each pipe was asked for (in this process only:
    what a forked worker records stays there)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.n_process: list[int] = []

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, Extraction]]:
        self.n_process.append(n_process)
        return super().pipe(articles, batch_size=batch_size, n_process=n_process)


class Killing(Recording):
    """Its process dies (SIGKILL, as from the out-of-memory killer) on the dispatch with
    `KILLER`: in a worker, never in the test's own process."""

    def extract(self, article: Article) -> Extraction:
        if KILLER in article.text:
            assert os.getpid() != TEST_PID, "the killer runs in a worker only"
            os.kill(os.getpid(), signal.SIGKILL)
        return super().extract(article)


TEST_PID = os.getpid()


class TrippingResolver:
    """The real resolver, except that it raises on the resolve-poisoned dispatch."""

    def __init__(self) -> None:
        self.inner = build_resolver(None, None)

    def resolve(self, article: Article, extraction: Extraction) -> list[Event]:
        if RESOLVE_POISON in article.text:
            raise RuntimeError("gazetteer tripped")
        return self.inner.resolve(article, extraction)


def write(folder: Path, n: int, *, poisons: dict[int, str] | None = None) -> Path:
    folder.mkdir()
    for k in range(n):
        text = REPORT.format(town=TOWNS[k % len(TOWNS)], n=k % 4 + 2, k=k)
        if poisons and k in poisons:
            text += " " + poisons[k]
        (folder / f"coastwire-2022-11-{k % 28 + 1:02d}-office-{k:03d}.txt").write_text(text)
    return folder


def run(
    tmp_path: Path,
    name: str,
    folder: Path,
    *,
    extractor: StandInExtractor | None = None,
    dump: bool = False,
    **kwargs: object,
) -> tuple[RunStats, list[Event]]:
    with Store.open(str(tmp_path / f"{name}.db"), merge=merge_mentions) as store:
        runner = Runner(
            store=store,
            extractor=extractor or Recording(towns=TOWNS),
            resolver=TrippingResolver(),  # type: ignore[arg-type]
            batch_size=3,
            **kwargs,  # type: ignore[arg-type]
        )
        stats = runner.run(
            [folder],
            dedup=False,
            dump_dir=tmp_path / f"{name}-dump" if dump else None,
            dump_stages=("extract", "resolve") if dump else (),
        )
        return stats, list(store.iter_events(EventQuery()))


def in_workers(n: int = 2) -> dict[str, object]:
    return {"n_process": n, "resolve_factory": TrippingResolver}


def test_the_workers_give_what_this_process_gives(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 17)
    here, events_here = run(tmp_path, "here", folder, dump=True)
    extractor = Recording(towns=TOWNS)
    there, events_there = run(
        tmp_path, "there", folder, extractor=extractor, dump=True, **in_workers()
    )
    assert not extractor.seen  # nothing was extracted in this process
    assert here.extracted == there.extracted == 17 and there.ok
    assert events_here and events_here == events_there
    for stage in ("extract", "resolve"):  # the dumps too: same records, same order
        ours = (tmp_path / f"here-dump/{stage}.jsonl").read_text()
        theirs = (tmp_path / f"there-dump/{stage}.jsonl").read_text()
        assert ours and ours == theirs, stage


def test_a_crash_in_a_worker_is_recorded_and_the_others_come_back_in_order(
    tmp_path: Path,
) -> None:
    poisons = {4: EXTRACT_POISON, 9: RESOLVE_POISON}
    folder = write(tmp_path / "in", 12, poisons=poisons)
    poisoned = partial(Recording, towns=TOWNS, poison=EXTRACT_POISON)
    here, events_here = run(tmp_path, "here", folder, extractor=poisoned(), dump=True)
    there, events_there = run(
        tmp_path, "there", folder, extractor=poisoned(), dump=True, **in_workers(3)
    )
    failures = [(f.article_id[-3:], f.stage, f.reason) for f in there.failures]
    assert failures == [
        ("004", "extract", "RuntimeError('rule blew up')"),
        ("009", "resolve", "RuntimeError('gazetteer tripped')"),
    ]
    assert list(here.failures) == list(there.failures)
    assert there.extracted == here.extracted == 10
    assert events_there == events_here
    resolved = (tmp_path / "there-dump/resolve.jsonl").read_text().splitlines()
    ids = [json.loads(line)["sources"][0]["article_id"][-3:] for line in resolved]
    assert ids == [f"{k:03d}" for k in range(12) if k not in poisons]


def test_an_article_that_kills_its_worker_is_recorded_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    folder = write(tmp_path / "in", 10, poisons={6: KILLER})
    stats, events = run(tmp_path, "killed", folder, extractor=Killing(towns=TOWNS), **in_workers())
    assert [(f.article_id[-3:], f.stage, f.reason) for f in stats.failures] == [
        ("006", "extract", repr(WorkerError(DIED)))
    ]
    assert stats.extracted == 9
    assert sorted({s.article_id[-3:] for e in events for s in e.sources}) == [
        f"{k:03d}" for k in range(10) if k != 6
    ]


def test_strict_raises_the_failure_from_a_worker(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 7, poisons={5: RESOLVE_POISON})
    with pytest.raises(RuntimeError, match="gazetteer tripped"):
        run(tmp_path, "strict", folder, strict=True, **in_workers())


def test_a_resolver_that_cannot_be_built_fails_each_article_at_resolve(tmp_path: Path) -> None:
    def broken() -> TrippingResolver:
        raise RuntimeError("no gazetteer index here")

    folder = write(tmp_path / "in", 5)
    stats, events = run(tmp_path, "broken", folder, n_process=2, resolve_factory=broken)
    assert stats.failures.total == 5 and stats.extracted == 0 and not events
    assert {(f.stage, f.reason) for f in stats.failures} == {
        ("resolve", "RuntimeError('no gazetteer index here')")
    }


def test_without_fork_the_run_works_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write(tmp_path / "in", 8)
    _, events_workers = run(tmp_path, "workers", folder, **in_workers())
    monkeypatch.setattr(parallel, "available", lambda: False)
    extractor = Recording(towns=TOWNS)
    stats, events = run(tmp_path, "here", folder, extractor=extractor, **in_workers())
    assert len(extractor.seen) == 8 and stats.ok
    assert events == events_workers


def test_where_no_worker_can_start_the_run_works_here_on_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> WorkerPool[object, object]:
        raise AssertionError("daemonic processes are not allowed to have children")

    monkeypatch.setattr("sitrep.pipeline.runner.WorkerPool", refuse)
    monkeypatch.setattr("sitrep.pipeline.runner.ResolveWorker", refuse)
    folder = write(tmp_path / "in", 6)
    extractor = Recording(towns=TOWNS)
    stats, events = run(tmp_path, "daemon", folder, extractor=extractor, **in_workers())
    assert stats.ok and stats.extracted == 6 and events
    assert extractor.n_process == [1] and len(extractor.seen) == 6


def _doubled(items: Sequence[int]) -> list[int | BaseException]:
    if 13 in items:
        raise ValueError("thirteen")
    return [2 * k if k != 5 else KeyError(k) for k in items]


def test_the_pool_keeps_the_order_and_fails_only_the_chunk_that_failed() -> None:
    items = [(k, f"tag-{k}") for k in range(20)]
    with WorkerPool(lambda: _doubled, processes=3, chunk=4, window=2) as pool:
        out = list(pool.map(iter(items)))
    assert [(k, tag) for k, tag, _ in out] == items
    results = {k: r for k, _, r in out}
    assert results[0] == 0 and results[19] == 38 and isinstance(results[5], KeyError)
    # 13 is in the chunk 12-15: those four fail with its exception, the others do not
    assert [k for k, r in results.items() if isinstance(r, ValueError)] == [12, 13, 14, 15]


def _dies_on_seven(items: Sequence[int]) -> list[int | BaseException]:
    if 7 in items:
        os.kill(os.getpid(), signal.SIGKILL)
    return [k * k for k in items]


def test_a_worker_that_dies_fails_only_the_item_that_kills_it() -> None:
    # before, a killed worker left its chunk's result waiting forever: the run hung
    items = [(k, None) for k in range(23)]
    with WorkerPool(lambda: _dies_on_seven, processes=2, chunk=4, window=3) as pool:
        out = list(pool.map(iter(items)))
        # the chunks in flight ran again one by one; 4-7 was halved to 6-7, then to 7
        assert pool.restarts == 4
    assert [k for k, _, _ in out] == list(range(23))
    results = {k: r for k, _, r in out}
    assert isinstance(results[7], WorkerError) and results[7].reason == DIED
    assert all(results[k] == k * k for k in range(23) if k != 7)


def test_a_pool_still_works_after_a_worker_died() -> None:
    with WorkerPool(lambda: _dies_on_seven, processes=2, chunk=2, window=2) as pool:
        first = [r for _, _, r in pool.map((k, None) for k in range(6, 9))]
        second = [r for _, _, r in pool.map((k, None) for k in range(3))]
    assert first[0] == 36 and isinstance(first[1], WorkerError) and first[2] == 64
    assert second == [0, 1, 4]


class Unpicklable(Exception):
    def __init__(self, *, why: str) -> None:  # keyword-only: unpickling cannot call it
        super().__init__(why)


def _unpicklable(items: Sequence[int]) -> list[int | BaseException]:
    raise Unpicklable(why="lock held")


def test_an_exception_that_does_not_pickle_comes_back_as_its_repr() -> None:
    exc = Unpicklable(why="lock held")
    assert repr(portable(exc)) == repr(exc) and isinstance(portable(exc), WorkerError)
    assert type(portable(KeyError(3))) is KeyError
    # sent as itself, it would kill the pool's result thread and the map would hang
    with WorkerPool(lambda: _unpicklable, processes=1, chunk=2) as pool:
        out = [r for _, _, r in pool.map((k, None) for k in range(3))]
    assert [repr(r) for r in out] == ["Unpicklable('lock held')"] * 3
    assert all(isinstance(r, WorkerError) for r in out)


def test_article_work_keeps_one_outcome_per_article() -> None:
    articles = [
        Article(id=f"office-{k}", text=REPORT.format(town=TOWNS[k], n=2, k=k)) for k in range(3)
    ]
    articles[1] = articles[1].model_copy(update={"text": articles[1].text + " " + EXTRACT_POISON})
    work = ArticleWork(
        Recording(towns=TOWNS, poison=EXTRACT_POISON),
        TrippingResolver(),  # type: ignore[arg-type]
        batch_size=2,
    )
    first, second, third = work(articles)
    assert isinstance(first, Outcome) and first.extraction is not None and first.events
    assert isinstance(second, Outcome) and second.stage == "extract"
    assert isinstance(second.events, RuntimeError)
    assert isinstance(third, Outcome) and third.extraction is not None
    assert third.extraction.article_id == "office-2"


def test_build_runner_puts_the_work_in_workers_with_n_process_above_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(db=str(tmp_path / "s.db"), n_process=2, resolve_worker=False)
    with (
        caplog.at_level(logging.INFO, logger="sitrep.pipeline.runner"),
        Store.open(settings.db) as store,
    ):
        runner = build_runner(settings, store=store, extractor_factory=lambda _: StandInExtractor())
    assert runner.resolve_factory is not None and runner.n_process == 2
    assert "2 worker processes parse, extract and resolve" in caplog.text


@pytest.mark.slow
def test_the_model_in_a_worker_extracts_and_resolves_as_here(corpus_articles: Path) -> None:
    from sitrep.extract import RuleExtractor, load_nlp
    from sitrep.ingest import iter_articles

    paths = sorted(corpus_articles.iterdir())[:6]
    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    extractor = RuleExtractor(nlp=load_nlp())
    resolver = build_resolver(None, None)
    here = [(x, resolver.resolve(a, x)) for a, x in extractor.pipe(iter(articles), batch_size=4)]
    job = partial(build_article_work, extractor, partial(build_resolver, None, None), batch_size=4)
    with WorkerPool(job, processes=2, chunk=4, window=4) as pool:
        there = [out for _, _, out in pool.map((a, None) for a in articles)]
    assert all(isinstance(out, Outcome) for out in there)
    assert [tuple(out) for out in there if isinstance(out, Outcome)] == here
    assert any(events for _, events in here)


def test_date_patterns_are_built_once_before_the_workers_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr("sitrep.pipeline.runner.prime_dates", lambda: calls.append(os.getpid()))
    folder = write(tmp_path / "in", 4)
    stats, _ = run(tmp_path, "primed", folder, **in_workers())
    assert stats.ok and calls == [os.getpid()]  # here, once, not in each worker


def test_priming_dates_reads_expressions_as_before() -> None:
    from datetime import date

    from sitrep.resolve.dates import parse_date_expression, prime

    before = parse_date_expression("last Friday", published=date(2021, 5, 3))
    prime()
    assert parse_date_expression("last Friday", published=date(2021, 5, 3)) == before
    assert before is not None and before[0] == date(2021, 4, 30)


def _sized(items: Sequence[int]) -> list[tuple[int, int] | BaseException]:
    return [(k, len(items)) for k in items]


@pytest.mark.parametrize("taper", [False, True])
def test_a_tapering_pool_ends_on_small_chunks_in_order(taper: bool) -> None:
    # 50 items in chunks of 8 on 2 workers: a last full chunk would leave one worker alone
    # while the other idles; tapering shares out what is left once the input ends
    items = [(k, None) for k in range(50)]
    with WorkerPool(lambda: _sized, processes=2, chunk=8, window=4, taper=taper) as pool:
        out = list(pool.map(iter(items)))
    assert [k for k, _, _ in out] == list(range(50))
    sizes: list[int] = []
    for k, _, result in out:
        assert isinstance(result, tuple) and result[0] == k
        if not sizes or sum(sizes) == k:
            sizes.append(result[1])
    assert sum(sizes) == 50 and max(sizes) == 8
    if taper:  # the input ends after 32 are in flight: 18 left, in chunks of 5, 4, 4, 4, 1
        assert sizes == [8, 8, 8, 8, 5, 4, 4, 4, 1]
    else:
        assert sizes == [8] * 6 + [2]


def test_a_tapering_pool_reads_no_further_than_its_window_ahead() -> None:
    read: list[int] = []

    def source() -> Iterator[tuple[int, None]]:
        for k in range(100):
            read.append(k)
            yield k, None

    with WorkerPool(lambda: _sized, processes=2, chunk=4, window=2, taper=True) as pool:
        results = pool.map(source())
        next(results)
        # two chunks in flight (8 items) and two chunks' worth read ahead (8 more)
        assert len(read) == 16
        assert len(list(results)) == 99


def test_an_outcome_crosses_processes_as_json_and_reads_back_the_same() -> None:
    import pickle

    article = Article(id="office-0", text=REPORT.format(town=TOWNS[0], n=2, k=0))
    extraction = StandInExtractor(towns=TOWNS).extract(article)
    resolver = build_resolver(None, None)
    events = resolver.resolve(article, extraction)
    assert events and events[0].location
    for outcome in (
        Outcome(extraction, events),
        Outcome(extraction, RuntimeError("resolve blew up")),
        Outcome(None, KeyError("extract blew up")),
    ):
        reduced = outcome.__reduce__()
        assert reduced[0] == Outcome._arrived
        back = pickle.loads(pickle.dumps(outcome))
        assert back.extracted == (outcome.extraction is not None)
        assert back.stage == outcome.stage  # known without reading the extraction back
        assert (back._json is not None) == back.extracted  # read back only when asked for
        assert back.extraction == outcome.extraction and back._json is None
        if isinstance(outcome.events, BaseException):
            assert repr(back.events) == repr(outcome.events)
        else:
            assert back.events == outcome.events
    assert isinstance(reduced[1][1], BaseException)
    assert isinstance(Outcome(extraction, events).__reduce__()[1][1], bytes)
