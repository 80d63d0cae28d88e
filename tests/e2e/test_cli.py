"""The CLI end to end, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.serve.cli import cli

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_events_table_jsonl_and_csv(corpus_db: str) -> None:
    code, out, _ = invoke(
        "events", "--db", corpus_db, "--country", "Iraq", "--format", "jsonl", "--limit", "500"
    )
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert events and all(e["country"] == "Iraq" for e in events)
    assert all(e["sources"] and e["sources"][0]["article_id"] for e in events)
    code, out, _ = invoke("events", "--db", corpus_db, "--format", "csv", "--min-fatalities", "5")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and all(int(r["fatalities"]) >= 5 for r in rows)
    code, out, _ = invoke("events", "--db", corpus_db)
    assert code == 0 and "events" in out


def test_show_prints_evidence_and_why(corpus_db: str) -> None:
    _, out, _ = invoke("events", "--db", corpus_db, "--format", "jsonl", "--limit", "1000")
    events = [json.loads(line) for line in out.splitlines()]
    multi = max(events, key=lambda e: len(e["sources"]))
    code, out, _ = invoke("show", multi["event_id"], "--db", corpus_db, "--why")
    assert code == 0
    assert multi["sources"][0]["sentences"][0]["text"][:40] in out
    assert "why these sources were merged" in out
    code, _, err = invoke("show", "ev-does-not-exist", "--db", corpus_db)
    assert code == 1 and "no event" in err


def test_export_jsonl_is_the_contract(corpus_db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    code, _, _ = invoke("export", "--db", corpus_db, "--format", "jsonl", "--out", str(out))
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        event = json.loads(line)
        for key in (
            "event_id",
            "event_date",
            "event_type",
            "sub_event_type",
            "country",
            "fatalities",
            "sources",
        ):
            assert key in event
        for source in event["sources"]:
            for key in (
                "article_id",
                "outlet",
                "published",
                "url",
                "evidence",
                "fatalities",
                "injuries",
            ):
                assert key in source


def test_run_is_idempotent_and_reports_rejections(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(
        ROOT
        / "tests/corpus/articles"
        / sorted(p.name for p in (ROOT / "tests/corpus/articles").glob("*.txt"))[0],
        inputs,
    )
    (inputs / "broken.jsonl").write_text(
        '{"id": "x", "text": "ok text here about nothing"}\n{oops\n', encoding="utf-8"
    )
    (inputs / "notes.docx").write_bytes(b"PK\x03\x04binary")
    db = f"sqlite:///{tmp_path / 'run.db'}"
    code, out, err = invoke("run", str(inputs), "--db", db)
    assert code == 2, out + err
    assert "broken.jsonl:2" in err and "notes.docx" in err
    first = invoke("export", "--db", db, "--format", "jsonl", "--out", "-")[1]
    code, out, _ = invoke("run", str(inputs), "--db", db)
    assert "already done" in out
    copy = inputs / "copy-of-the-first.txt"
    copy.write_text(next(inputs.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = invoke("run", str(inputs), "--db", db)
    assert "1 identical copies" in out
    assert invoke("export", "--db", db, "--format", "jsonl", "--out", "-")[1] == first


def test_run_on_two_processes_stores_what_one_process_stores(
    corpus_db: str, corpus_articles: Path, tmp_path: Path
) -> None:
    # corpus_db: the corpus run on one process; here the per-article work runs in two
    # forked workers, and the export must not differ by a byte
    db = f"sqlite:///{tmp_path / 'two.db'}"
    code, out, _ = invoke("run", str(corpus_articles), "--db", db, "--n-process", "2")
    assert code == 0 and " 0 failed" in out, out
    exports = []
    for url in (corpus_db, db):
        code, out, _ = invoke("export", "--db", url, "--format", "jsonl", "--out", "-")
        assert code == 0
        exports.append(out)
    assert exports[0].count("\n") > 100 and exports[0] == exports[1]


def test_evaluate_prints_scores(corpus_db: str, corpus_gold: Path) -> None:
    code, out, _ = invoke("evaluate", "--db", corpus_db, "--gold", str(corpus_gold), "--json")
    assert code == 0
    figures = json.loads(out)
    assert figures["gold_events"] > 0 and 0 <= figures["precision"] <= 1
    assert set(figures["field_accuracy"]) >= {"event_type", "fatalities", "actor1"}


def test_bad_database_url_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = invoke("events", "--db", "nosuchdriver://x")
    assert code == 1 and "Error" in err
