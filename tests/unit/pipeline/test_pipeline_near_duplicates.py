"""Syndicated copies are found across runs through the store's near-duplicate index.

A copy read in a later run (or in a run resumed after a crash) is linked to the
original stored earlier, is not extracted again, and its outlet counts as a source of
the original's events. A stand-in extractor records what it was given; the texts are
original.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pipeline_fakes import StandInExtractor

from sitrep.merge import merge_mentions
from sitrep.model import Article, EventQuery
from sitrep.pipeline import Runner
from sitrep.pipeline.runner import RunState, RunStats, copy_events_for_duplicate
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.store import Store

STORY = (
    "Gunmen fired on a checkpoint on the road between Baqubah and Khalis on Saturday "
    "night, wounding two policemen, a provincial security official said.\n\n"
    "The attackers fled towards orchards east of the road before reinforcements arrived, "
    "the official said, adding that a search of nearby farms had begun at dawn. Residents "
    "said the checkpoint had been set up a week earlier after a string of thefts from "
    "trucks carrying fruit to the markets of the provincial capital.\n\n"
    "Diyala province has seen sporadic attacks on the security forces this year, most of "
    "them at night and most of them on isolated posts along rural roads."
)
COPY = (
    "Valley Courier | Regional news\nCarried under licence from the Diyala Desk.\n\n"
    + STORY.replace("two policemen", "two police officers")
    + "\n\nShare this story with friends and read more regional news every morning."
)
OTHER = (
    "Gunmen fired on a wedding convoy near Muqdadiyah on Sunday afternoon, wounding a "
    "guest, relatives said. The convoy was travelling to a village north of the town "
    "when shots came from a passing car, which sped away before the police arrived."
)


def recording() -> StandInExtractor:
    """One armed-clash candidate per article (the first sentence); records the ids."""
    return StandInExtractor(towns=("Baqubah", "Muqdadiyah"))


def dump(path: Path, *records: tuple[str, str, str]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for aid, outlet, body in records:
            row = {"id": aid, "text": body, "source": outlet, "published": "2024-03-10"}
            out.write(json.dumps(row) + "\n")
    return path


@cache
def resolver() -> Resolver:
    return Resolver(gazetteer=Gazetteer.load(), actors=ActorDictionary.load())


def runner(store: Store, extractor: StandInExtractor, *, batch_size: int = 32) -> Runner:
    return Runner(store=store, extractor=extractor, resolver=resolver(), batch_size=batch_size)


def sources_of(store: Store) -> list[set[str]]:
    return [{src.article_id for src in event.sources} for event in store.iter_events(EventQuery())]


def test_copy_in_a_later_run_is_linked_to_the_stored_original(tmp_path: Path) -> None:
    first = dump(tmp_path / "monday.jsonl", ("desk-1", "Diyala Desk", STORY))
    second = dump(
        tmp_path / "tuesday.jsonl",
        ("courier-7", "Valley Courier", COPY),
        ("desk-2", "Diyala Desk", OTHER),
    )
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        extractor = recording()
        runner(store, extractor).run([first])
        stats = runner(store, extractor).run([second])
        assert extractor.seen == ["desk-1", "desk-2"]  # the copy is not extracted
        assert stats.near_duplicates == 1
        copy = store.get_article("courier-7")
        assert copy is not None and copy.duplicate_of == "desk-1"
        assert [e.sources[0].outlet for e in store.article_mentions("courier-7")] == [
            "Valley Courier"
        ]
        assert {"desk-1", "courier-7"} in sources_of(store)
        assert {"desk-2"} in sources_of(store)


def test_a_third_run_reads_everything_as_done(tmp_path: Path) -> None:
    both = dump(
        tmp_path / "both.jsonl",
        ("courier-7", "Valley Courier", COPY),
        ("desk-1", "Diyala Desk", STORY),
    )
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        extractor = recording()
        stats = runner(store, extractor, batch_size=1).run([both])
        assert stats.near_duplicates == 1 and extractor.seen == ["courier-7"]
        again = runner(store, extractor).run([both])
        assert (again.already_processed, again.near_duplicates) == (2, 0), again
        assert extractor.seen == ["courier-7"]
        assert sources_of(store) == [{"courier-7", "desk-1"}]


def test_articles_stored_by_ingest_are_checked_when_run(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        for aid, body in (("desk-1", STORY), ("courier-7", COPY)):
            store.add_article(Article.model_validate({"id": aid, "text": body}))
        extractor = recording()
        stats = runner(store, extractor).run(
            [dump(tmp_path / "in.jsonl", ("desk-1", "", STORY), ("courier-7", "", COPY))]
        )
        assert (stats.articles_new, stats.near_duplicates) == (0, 1)
        assert extractor.seen == ["desk-1"]
        copy = store.get_article("courier-7")
        assert copy is not None and copy.duplicate_of == "desk-1"
        assert store.is_processed("courier-7")


def test_a_fresh_index_finds_stored_originals_without_holding_them(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        runner(store, recording()).run(
            [dump(tmp_path / "a.jsonl", ("desk-1", "Diyala Desk", STORY))]
        )
        index = runner(store, recording()).near_duplicate_index()
        assert len(index) == 0
        assert index.find(COPY) == "desk-1"
        assert index.find(OTHER) is None
        assert index.find(STORY, exclude="desk-1") is None


def test_no_dedup_run_leaves_copies_alone(tmp_path: Path) -> None:
    both = dump(
        tmp_path / "both.jsonl",
        ("desk-1", "Diyala Desk", STORY),
        ("courier-7", "Valley Courier", COPY),
    )
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        extractor = recording()
        stats = runner(store, extractor).run([both], dedup=False)
        assert stats.near_duplicates == 0 and extractor.seen == ["desk-1", "courier-7"]


def test_copy_keeps_sources_whose_sentence_was_lightly_edited(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        runner(store, recording()).run(
            [dump(tmp_path / "a.jsonl", ("desk-1", "Diyala Desk", STORY))]
        )
        (original,) = store.article_mentions("desk-1")
    copy = Article.model_validate({"id": "courier-7", "text": COPY, "outlet": "Valley Courier"})
    (event,) = copy_events_for_duplicate([original], copy)
    (source,) = event.sources
    (sentence,) = source.sentences
    assert COPY[sentence.start : sentence.end] == sentence.text
    assert "two police officers" in sentence.text
    assert all(COPY[e.start : e.end] == e.text for e in source.evidence)
    assert {("trigger", "fired"), ("place", "Baqubah")} <= {
        (e.role, e.text) for e in source.evidence
    }
    assert len(source.evidence) == len(original.sources[0].evidence)  # none lost
    assert (source.article_id, source.outlet) == ("courier-7", "Valley Courier")
    rewritten = copy.model_copy(
        update={"text": COPY.replace("Gunmen fired on", "Masked men shot at")}
    )
    assert copy_events_for_duplicate([original], rewritten) == []  # not the same sentence


def test_articles_processed_without_dedup_are_indexed_once_when_read_again(
    tmp_path: Path,
) -> None:
    story = dump(tmp_path / "story.jsonl", ("desk-1", "Diyala Desk", STORY))
    copy = dump(tmp_path / "copy.jsonl", ("courier-7", "Valley Courier", COPY))
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        extractor = recording()
        runner(store, extractor).run([story], dedup=False)
        again = runner(store, extractor)
        stats = RunStats()
        article = Article.model_validate({"id": "desk-1", "text": STORY})
        mirror = article.model_copy(update={"id": "desk-1-mirror"})  # same text: same article
        state = RunState(index=again.near_duplicate_index())
        admitted = again.admit([article, mirror], stats=stats, state=state)
        assert [(a.id, action) for a, action in admitted] == [("desk-1", "done")] * 2
        assert len(state.index or []) == 0  # what it indexed went to the store
        stats = runner(store, extractor).run([copy])
        assert stats.near_duplicates == 1 and extractor.seen == ["desk-1"]


def test_an_article_read_twice_in_one_batch_is_extracted_once(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db"), merge=merge_mentions) as store:
        again = runner(store, recording())
        stats = RunStats()
        article = Article.model_validate({"id": "desk-2", "text": OTHER, "url": "https://x.test/2"})
        update = article.model_copy(update={"id": "desk-2b", "text": OTHER + " Updated."})
        state = RunState(index=again.near_duplicate_index())
        admitted = again.admit([article, update], stats=stats, state=state)
        assert [(a.id, action) for a, action in admitted] == [
            ("desk-2", "extract"),
            ("desk-2", "repeat"),
        ]
        assert (stats.articles_new, stats.duplicates) == (1, 1)
        assert state.in_flight == {"desk-2"}
