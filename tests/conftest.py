"""Fixtures shared across test folders: the corpus run once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="session")
def corpus_articles() -> Path:
    return CORPUS / "articles"


@pytest.fixture(scope="session")
def corpus_gold() -> Path:
    return CORPUS / "gold.jsonl"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, corpus_articles: Path) -> Iterator[str]:
    """A SQLite store holding `sitrep run tests/corpus/articles` (run once per session)."""
    from sitrep.merge import merge_mentions
    from sitrep.pipeline import build_runner
    from sitrep.settings import Settings
    from sitrep.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'corpus.db'}"
    settings = Settings(db=url)
    with Store.open(url, merge=merge_mentions) as store:
        runner = build_runner(settings, store=store)
        stats = runner.run([corpus_articles])
    assert stats.articles_read >= 30, stats
    assert not stats.failures, stats.failures
    yield url
