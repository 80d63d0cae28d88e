"""`ingest_paths` stores articles a batch per transaction: the same articles as one
transaction each, bad inputs rejected by name and reason, and a run stopped half-way
resumes without losing or repeating anything. The report texts are original."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.pipeline import IngestStats, ingest_paths
from sitrep.store import Store

REPORT = (
    "Unknown gunmen set fire to a grain store in the village of {village} overnight, "
    "local farmers said on Wednesday. No one was hurt, but about {n} tonnes of wheat "
    "were lost, the head of the farmers' union told a regional radio station."
)
VILLAGES = ("Kharbat", "Umm Jurn", "Tell Safi", "Ain Diwar", "Qasr Nahr")


def write(folder: Path, n: int) -> Path:
    folder.mkdir(exist_ok=True)
    for k in range(n):
        text = REPORT.format(village=VILLAGES[k % len(VILLAGES)], n=10 + k)
        (folder / f"fieldwire-2024-09-{k % 28 + 1:02d}-grain-{k:03d}.txt").write_text(text)
    return folder


def stored(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select id, content_hash, published, outlet, payload from articles order by id"
        ).fetchall()


def test_batches_store_what_single_transactions_store(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 23)
    with Store.open(str(tmp_path / "one.db")) as store:
        for path in sorted(folder.iterdir()):
            (stats_one,) = [ingest_paths([path], store=store, batch_size=1)]
            assert stats_one.new == 1
    commits: list[int] = []
    with Store.open(str(tmp_path / "batch.db")) as store:
        add = store.add_articles
        store.add_articles = lambda new, **kw: (  # type: ignore[method-assign]
            commits.append(len(new)),
            add(new, **kw),
        )[1]
        stats = ingest_paths([folder], store=store, batch_size=10)
    assert (stats.new, stats.already_stored, stats.rejected.total) == (23, 0, 0)
    assert commits == [10, 10, 3]
    assert stored(tmp_path / "batch.db") == stored(tmp_path / "one.db")


def test_articles_stored_by_an_earlier_run_are_not_new(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 4)
    with Store.open(str(tmp_path / "s.db")) as store:
        first = ingest_paths([folder], store=store, batch_size=50)
        write(folder, 5)  # one more report next to the four stored
        second = ingest_paths([folder], store=store, batch_size=2)
    assert (first.new, first.already_stored) == (4, 0)
    assert (second.new, second.already_stored) == (1, 4)
    assert len(stored(tmp_path / "s.db")) == 5


def test_bad_input_is_rejected_by_name_and_the_rest_is_stored(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 3)
    bad = folder / "fieldwire-2024-09-05-scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50)
    with Store.open(str(tmp_path / "s.db")) as store:
        stats = ingest_paths([folder], store=store)
    assert stats.new == 3
    (rejection,) = stats.rejected
    assert "fieldwire-2024-09-05-scan.txt" in str(rejection)
    assert rejection.reason


def test_an_overlong_article_is_rejected_and_the_rest_is_stored(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 3)
    long = folder / "fieldwire-2024-09-06-digest.txt"
    long.write_text("\n\n".join([REPORT.format(village="Kharbat", n=5)] * 40))
    with Store.open(str(tmp_path / "s.db")) as store:
        stats = ingest_paths([folder], store=store, max_chars=5_000)
    assert stats.new == 3
    (rejection,) = stats.rejected
    assert rejection.code == "too_long"
    assert str(long) in str(rejection)
    assert "5,000-character limit" in rejection.reason


def test_a_run_stopped_half_way_resumes_without_loss(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", 17)
    with Store.open(str(tmp_path / "clean.db")) as store:
        ingest_paths([folder], store=store)

    def stop_after_two_batches(stats: IngestStats) -> None:
        if stats.new >= 10:
            raise KeyboardInterrupt

    with Store.open(str(tmp_path / "cut.db")) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest_paths([folder], store=store, batch_size=5, progress=stop_after_two_batches)
        assert len(stored(tmp_path / "cut.db")) == 10
        resumed = ingest_paths([folder], store=store, batch_size=5)
    assert (resumed.new, resumed.already_stored) == (7, 10)
    assert stored(tmp_path / "cut.db") == stored(tmp_path / "clean.db")
