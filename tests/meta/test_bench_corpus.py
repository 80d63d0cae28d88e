"""The benchmarks' synthetic corpus moves every copy of a story to its own incident's days,
whatever form its dates are written in (an unshifted "Jan. 22" once pinned every copy of
one story to 22 January of each year, and the 100,000-article run merged them into
events of 60-80 reports that every new article had to re-cluster)."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        (
            "HASAKAH, Jan. 22 (North Press) - Fighting",
            "HASAKAH, February 26 (North Press) - Fighting",
        ),
        ("the raid on Sept 18, 2019 near", "the raid on October 22, 2020 near"),
        ("killed on 21 Jan in", "killed on 25 February in"),
        ("a report dated 2021-07-05 said", "a report dated 2022-08-09 said"),
        ("on 12 March 2020 the", "on 16 April 2021 the"),
        ("since March 2020 the", "since April 2021 the"),
        ("the 4.10.2019 raid", "the 07.11.2020 raid"),
        ("since 2014 the", "since 2015 the"),
    ],
)
def test_every_date_form_is_moved(corpus: ModuleType, text: str, moved: str) -> None:
    delta = timedelta(days=400)
    out = corpus._DATES.sub(lambda m: corpus._shift(m, delta, 1, date(2022, 1, 23)), text)
    assert out == moved


def test_words_that_only_start_like_a_month_are_left(corpus: ModuleType) -> None:
    text = "Decided in Marches and Junes, the Octet of Augusta"
    assert corpus._DATES.sub(lambda m: "X", text) == text


def test_copies_of_one_story_fall_on_their_own_days(corpus: ModuleType) -> None:
    # a dateline with an abbreviated month and no year: each copy must move with its incident
    story = corpus._Story(date(2022, 1, 23), ["MOGADISHU, Jan. 22 (Wire) - A car bomb exploded."])
    rng = random.Random(3)
    days = set()
    for _ in range(20):
        published = date(2005, 1, 1) + timedelta(days=rng.randrange(5000))
        incident = corpus._Incident(rng, published, (None, {}, {}))
        line = incident.rewrite(story.sentences[0], story.published)
        found = re.search(r"MOGADISHU, (\w+ \d+)", line)
        assert found is not None and "Jan." not in line
        days.add((published.year, found.group(1)))
    assert len({d for _, d in days}) > 10


def test_the_benchmark_text_is_made_of_the_pinned_stories(corpus: ModuleType) -> None:
    """Articles the team corpus gains later do not change the benchmarks' text: only the
    stories in bench/stories.txt are used, and each of them must still exist."""
    pinned = (ROOT / "bench" / "stories.txt").read_text(encoding="utf-8").split()
    assert len(corpus.corpus_stories()) == len(pinned)
    later = sorted(p.name for p in corpus.CORPUS.glob("*.txt") if p.name not in set(pinned))
    assert later  # batch 10 on: in the corpus, not in the benchmark


def test_a_pinned_story_that_is_gone_is_named(
    corpus: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories = tmp_path / "stories.txt"
    stories.write_text("no-such-outlet-2020-01-01-gone.txt\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "STORIES", stories)
    with pytest.raises(FileNotFoundError, match=re.escape("no-such-outlet-2020-01-01-gone.txt")):
        corpus.corpus_stories()
