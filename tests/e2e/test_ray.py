"""The Ray engine gives the same events as the local engine on the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.merge import merge_mentions
from sitrep.model import EventQuery
from sitrep.pipeline import build_runner
from sitrep.pipeline.distributed import run_on_ray
from sitrep.settings import Settings
from sitrep.store import Store

pytestmark = pytest.mark.slow


def _events(url: str) -> list[str]:
    with Store.open(url, merge=merge_mentions) as store:
        return sorted(event.model_dump_json() for event in store.iter_events(EventQuery()))


def test_ray_matches_local_engine(tmp_path: Path, corpus_articles: Path, corpus_db: str) -> None:
    pytest.importorskip(
        "ray", reason="ray is a pinned dependency; missing only in a partial install"
    )
    url = f"sqlite:///{tmp_path / 'ray.db'}"
    with Store.open(url, merge=merge_mentions) as store:
        runner = build_runner(Settings(db=url), store=store)
        stats = run_on_ray(runner, [corpus_articles], address="local", num_cpus=2, actors_count=2)
    assert stats.articles_read >= 30 and not stats.failures
    assert _events(url) == _events(corpus_db)
