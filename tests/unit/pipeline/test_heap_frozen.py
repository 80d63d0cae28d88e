"""A run keeps the collector off the objects that outlive it (`run_heap_frozen`, issue 7):
frozen for the run, thawed after it, nested blocks and the resolve worker's own freeze
leaving the enclosing one alone. The bulletin texts are original."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from pipeline_fakes import StandInExtractor

from sitrep.merge import merge_mentions
from sitrep.model import Article, Extraction
from sitrep.pipeline import Runner
from sitrep.pipeline.heap import run_heap_frozen
from sitrep.pipeline.parallel import ResolveWorker, available, build_resolver
from sitrep.store import Store

BULLETIN = (
    "Gunmen fired on a market guard post in {town} before dawn on Monday, wounding {n} "
    "watchmen, a district official said. The attackers fled on motorcycles towards the "
    "river (desk note {k})."
)


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()  # whatever an earlier test left frozen
    yield
    gc.unfreeze()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_objects_alive_at_the_start_are_frozen_for_the_block_only() -> None:
    assert gc.get_freeze_count() == 0
    with run_heap_frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_what_the_block_allocates_is_still_collected() -> None:
    with run_heap_frozen():
        _Cycle()
        assert gc.collect() >= 1  # the unreachable cycle made inside is found


def test_an_inner_block_leaves_the_outer_freeze_in_place() -> None:
    with run_heap_frozen():
        with run_heap_frozen():
            pass
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_heap_the_caller_froze_stays_frozen() -> None:
    gc.freeze()
    with run_heap_frozen():
        pass
    assert gc.get_freeze_count() > 0


@pytest.mark.skipif(not available(), reason="the resolve worker needs fork")
def test_starting_the_resolve_worker_keeps_the_run_s_freeze() -> None:
    with run_heap_frozen():
        with ResolveWorker(partial(build_resolver, None, None)):
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


class _Watching(StandInExtractor):
    """Records whether the heap was frozen while each article was extracted."""

    frozen: list[bool]

    def extract(self, article: Article) -> Extraction:
        self.frozen.append(gc.get_freeze_count() > 0)
        return super().extract(article)


def test_a_run_freezes_the_heap_while_it_works_and_thaws_it_after(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k, town in enumerate(("Gao", "Mopti", "Menaka")):
        text = BULLETIN.format(town=town, n=k + 2, k=k)
        (folder / f"sahelwire-2024-02-{k + 5:02d}-guard-post-{k}.txt").write_text(text)
    extractor = _Watching(towns=("Gao", "Mopti", "Menaka"))
    extractor.frozen = []
    with Store.open(str(tmp_path / "run.db"), merge=merge_mentions) as store:
        runner = Runner(store=store, extractor=extractor, resolver=build_resolver(None, None))
        stats = runner.run([folder], dedup=False)
    assert stats.extracted == 3
    assert extractor.frozen == [True, True, True]
    assert gc.get_freeze_count() == 0
