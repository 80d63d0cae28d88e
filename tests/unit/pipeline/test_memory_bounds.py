"""What a long run holds stays bounded: parse batches are capped in characters, and
the strings that new words add to spaCy's vocabulary are freed after each batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from pipeline_fakes import StandInExtractor
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract import RuleExtractor
from sitrep.extract.engine import LEMMA_CACHE_LIMIT, parse_batches
from sitrep.model import Article, EventQuery, content_hash
from sitrep.pipeline import build_runner
from sitrep.pipeline.runner import MERGE_GROUP
from sitrep.settings import Settings
from sitrep.store import Store


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, content_hash=content_hash(text))


def _sized(n: int, chars: int) -> list[Article]:
    return [_article(f"a{i}", "x" * chars) for i in range(n)]


def test_parse_batches_end_at_batch_size() -> None:
    sizes = [len(b) for b in parse_batches(_sized(7, 10), batch_size=3, max_chars=1_000)]
    assert sizes == [3, 3, 1]


def test_parse_batches_end_at_the_character_budget() -> None:
    sizes = [len(b) for b in parse_batches(_sized(7, 400), batch_size=32, max_chars=1_000)]
    assert sizes == [3, 3, 1]


def test_a_long_article_ends_the_batch_it_joins() -> None:
    texts = {"first": "x" * 10, "long": "y" * 5_000, "next": "z" * 10, "last": "z" * 10}
    articles = [_article(article_id, text) for article_id, text in texts.items()]
    batches = [[a.id for a in b] for b in parse_batches(articles, batch_size=32, max_chars=1_000)]
    assert batches == [["first", "long"], ["next", "last"]]


def test_parse_batches_read_no_further_than_the_batch() -> None:
    pulled: list[str] = []

    def stream() -> Iterator[Article]:
        for article in _sized(10, 10):
            pulled.append(article.id)
            yield article

    first = next(parse_batches(stream(), batch_size=4, max_chars=1_000))
    assert [a.id for a in first] == pulled == ["a0", "a1", "a2", "a3"]


@pytest.fixture(scope="module")
def sentencized() -> Language:
    """A blank English pipeline (no model) that can split sentences, with sitrep's pipes."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_pipe_frees_the_strings_new_words_add(sentencized: Language) -> None:
    extractor = RuleExtractor(nlp=sentencized)
    texts = [
        "Gunmen from the Vostrakian Brotherhood stormed Oblenkaya market on Sunday, "
        f"killing {n + 3} traders and wounding {n + 9} others, the Ministry of Prudovia said."
        for n in range(12)
    ]
    articles = [_article(f"z{i}", text) for i, text in enumerate(texts)]
    before = len(sentencized.vocab.strings)
    piped = [extraction for _, extraction in extractor.pipe(iter(articles), batch_size=5)]
    assert len(sentencized.vocab.strings) == before
    # the same extraction as one article parsed on its own, outside any memory zone
    assert piped == [extractor.extract(a) for a in articles]
    assert len(sentencized.vocab.strings) > before


def test_pipe_frees_the_lexemes_new_words_add(sentencized: Language) -> None:
    """Each new word also adds a lexeme; the zone frees it, though spaCy's ``len(vocab)``
    (a counter it never decrements) keeps climbing: count the lexeme index instead."""
    extractor = RuleExtractor(nlp=sentencized)
    texts = [
        f"Militiamen of the Drovask Front torched {n + 4} granaries in Kelvomir district "
        f"overnight, elders of Zuvrany{n} village told a local radio station."
        for n in range(9)
    ]
    articles = [_article(f"lx{i}", text) for i, text in enumerate(texts)]
    before = sum(1 for _ in sentencized.vocab)
    list(extractor.pipe(iter(articles), batch_size=4))
    assert sum(1 for _ in sentencized.vocab) == before
    assert len(sentencized.vocab) > before


class _MemoLemmatizer:
    """Stands in for spaCy's rule lemmatizer: a memo that only grows."""

    def __init__(self) -> None:
        self.cache: dict[Any, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("test_memo_lemmatizer")
def _make_memo_lemmatizer(nlp: Language, name: str) -> _MemoLemmatizer:
    return _MemoLemmatizer()


def test_the_lemmatizer_memo_starts_afresh_past_its_limit() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    memo = nlp.add_pipe("test_memo_lemmatizer", name="lemmatizer")
    extractor = RuleExtractor(nlp=nlp)
    article = _article("m1", "Gunmen shot dead a shopkeeper in Velmora on Friday.")
    memo.cache.update({k: "x" for k in range(10)})
    list(extractor.pipe([article]))
    assert len(memo.cache) == 10  # a small memo is kept
    memo.cache.update({k: "x" for k in range(LEMMA_CACHE_LIMIT + 1)})
    list(extractor.pipe([article]))
    assert memo.cache == {}


def test_the_run_rejects_an_article_over_max_article_chars(tmp_path: Path) -> None:
    """One enormous article would alone take the parse past the memory bound: the run
    rejects it at ingest by name and limit, counts it, and processes the rest."""
    story = "Gunmen fired on a checkpoint near Baqubah on Saturday night, police said. "
    other = "Gunmen fired on a wedding convoy near Baqubah on Sunday, wounding a guest."
    rows = [("short-1", story), ("huge", story * 40), ("short-2", other)]
    dump = tmp_path / "in.jsonl"
    dump.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows))
    extractor = StandInExtractor(towns=("Baqubah",))
    settings = Settings(db=str(tmp_path / "s.db"), max_article_chars=1_000)
    with Store.open(settings.db) as store:
        runner = build_runner(settings, store=store, extractor_factory=lambda _: extractor)
        stats = runner.run([dump])
        assert store.get_article("huge") is None
    assert extractor.seen == ["short-1", "short-2"]
    assert stats.rejected.total == 1 and not stats.ok
    (rejection,) = stats.rejected
    assert rejection.code == "too_long" and f"{dump}:2" in str(rejection)
    assert "1,000-character limit" in rejection.reason


def test_the_evidence_memo_of_merge_scoring_is_bounded() -> None:
    """An entry holds a whole evidence text and its words (about 6 KB): at most
    EVIDENCE_CACHE_SIZE of them, whatever the run's length, with the same answers."""
    from sitrep.merge import scoring

    assert scoring.EVIDENCE_CACHE_SIZE <= 1_024
    text = "Gunmen fired on a checkpoint in Tall Afar on Saturday."
    assert scoring.names_place(text, "Tall Afar")
    for i in range(scoring.EVIDENCE_CACHE_SIZE + 10):
        scoring.names_place(f"Shots were fired in Qaryat {i} overnight.", "Tall Afar")
    info = scoring._text_words.cache_info()
    assert (info.maxsize, info.currsize) == (scoring.EVIDENCE_CACHE_SIZE,) * 2
    assert scoring.names_place(text, "Tall Afar")


_TOWNS = ("Baqubah", "Samarra", "Tikrit")


def _run_counting_merges(dump: Path, db: Path, batch_size: int) -> tuple[list[int], list[Any]]:
    """Run over ``dump``: the number of articles each re-merge got, and the event table."""
    settings = Settings(db=str(db), batch_size=batch_size)
    calls: list[int] = []
    with Store.open(settings.db) as store:
        remerge = store.remerge

        def spy(article_ids: list[str], **kwargs: Any) -> Any:
            calls.append(len(article_ids))
            return remerge(article_ids, **kwargs)

        store.remerge = spy  # type: ignore[method-assign]
        extractor = StandInExtractor(towns=_TOWNS)
        runner = build_runner(settings, store=store, extractor_factory=lambda _: extractor)
        runner.run([dump])
        table = sorted((e.event_id, e.fatalities) for e in store.iter_events(EventQuery()))
    return calls, table


def test_a_batch_is_re_merged_a_few_articles_a_call(tmp_path: Path) -> None:
    """What one re-merge loads grows with the events stored around its articles' dates,
    so a save batch is merged `MERGE_GROUP` articles at a time, and to the same table."""
    rows = [
        (f"wire-{i}", f"Gunmen fired on a checkpoint near {_TOWNS[i % 3]} on day {i}, police said.")
        for i in range(21)
    ]
    dump = tmp_path / "in.jsonl"
    dump.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows))
    calls, grouped = _run_counting_merges(dump, tmp_path / "grouped.db", batch_size=32)
    assert sum(calls) == len(rows) and max(calls) <= MERGE_GROUP
    _, small = _run_counting_merges(dump, tmp_path / "small.db", batch_size=4)
    assert grouped == small and grouped
