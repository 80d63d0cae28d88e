"""One article that makes a stage raise is recorded as a failure; the batch goes on.

A stand-in extractor raises on one article (as a bug in the rules would); the runner
records it with its stage and reason, stores the other articles and their events, and
``strict=True`` stops instead. The article text is original.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc

from sitrep.merge import merge_mentions
from sitrep.model import (
    Article,
    CandidateEvent,
    EventType,
    Extraction,
    Span,
    SubEventType,
)
from sitrep.pipeline import Runner
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.store import Store

REPORT = (
    "Gunmen fired on a bakery in Baqubah on Saturday, wounding the baker, police said. Report {n}."
)
POISON = "This one trips the extractor."


class FlakyExtractor:
    """Reads one armed-clash candidate per article; raises on the poisoned one."""

    name = "flaky"

    def extract_doc(self, article: Article, doc: Doc) -> Extraction:
        raise NotImplementedError

    def extract(self, article: Article) -> Extraction:
        if POISON in article.text:
            raise RuntimeError("rule blew up")
        trigger = article.text.index("fired")
        first = article.text.index(".") + 1
        return Extraction(
            article_id=article.id,
            candidates=[
                CandidateEvent(
                    article_id=article.id,
                    event_type=EventType.BATTLES,
                    sub_event_type=SubEventType.ARMED_CLASH,
                    trigger=Span(text="fired", start=trigger, end=trigger + 5),
                    evidence=[Span(text=article.text[:first], start=0, end=first)],
                    confidence=0.8,
                )
            ],
        )

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, Extraction]]:
        for article in articles:
            yield article, self.extract(article)


def write(folder: Path) -> None:
    folder.mkdir()
    for n in range(4):
        (folder / f"wire-2023-06-1{n}-bakery-{n}.txt").write_text(REPORT.format(n=n))
    (folder / "wire-2023-06-12-poison.txt").write_text(REPORT.format(n=9) + " " + POISON)


def runner(store: Store, *, strict: bool = False) -> Runner:
    resolver = Resolver(gazetteer=Gazetteer.load(), actors=ActorDictionary.load())
    return Runner(store=store, extractor=FlakyExtractor(), resolver=resolver, strict=strict)


def test_a_failing_article_does_not_stop_the_batch(tmp_path: Path) -> None:
    write(tmp_path / "in")
    with Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}", merge=merge_mentions) as store:
        stats = runner(store).run([tmp_path / "in"], dedup=False)  # near-identical texts
        assert stats.articles_read == 5
        (failure,) = stats.failures
        assert (failure.article_id, failure.stage) == ("wire-2023-06-12-poison", "extract")
        assert "rule blew up" in failure.reason
        assert not stats.ok
        assert stats.extracted == 4 and stats.mentions == 4
        for n in range(4):
            assert store.is_processed(f"wire-2023-06-1{n}-bakery-{n}")
        assert not store.is_processed("wire-2023-06-12-poison")
        assert store.integrity_ok()


def test_strict_stops_at_the_failure(tmp_path: Path) -> None:
    write(tmp_path / "in")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with (
        Store.open(url, merge=merge_mentions) as store,
        pytest.raises(RuntimeError, match="rule blew up"),
    ):
        runner(store, strict=True).run([tmp_path / "in"], dedup=False)


@pytest.mark.slow
def test_a_huge_run_on_sentence_is_skipped_quickly_with_a_reason() -> None:
    import time

    from sitrep.extract import RuleExtractor, load_nlp
    from sitrep.model import Article

    extractor = RuleExtractor(nlp=load_nlp())
    text = " ".join(["gunmen killed two soldiers in Kirkuk and"] * 700)
    started = time.perf_counter()
    extraction = extractor.extract(Article(id="run-on", text=text))
    assert time.perf_counter() - started < 30
    assert extraction.candidates == []
    assert "too long to read reliably" in extraction.decisions[0].reason
