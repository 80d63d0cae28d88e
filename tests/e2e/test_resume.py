"""A run killed with SIGKILL and started again finishes the corpus with no duplicate
articles or events and no lost work: the result equals an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
CLI = "from sitrep.serve.cli import main; main()"


def sitrep(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, *args], capture_output=True, text=True, timeout=600
    )


def processed(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("select count(*) from articles where processed").fetchone()[0])
    except sqlite3.Error:
        return 0


def export(db: Path) -> list[dict[str, object]]:
    result = sitrep("export", "--db", str(db), "--format", "jsonl", "--out", "-")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    return sorted(events, key=lambda e: str(e["event_id"]))


def test_kill_minus_nine_then_resume_equals_clean_run(
    tmp_path: Path, corpus_articles: Path
) -> None:
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert (
        sitrep("run", str(corpus_articles), "--db", str(clean), "--batch-size", "4").returncode == 0
    )

    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CLI,
            "run",
            str(corpus_articles),
            "--db",
            str(killed),
            "--batch-size",
            "4",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while processed(killed) < 6 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed: make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = processed(killed)
    assert 0 < done_before < len(list(corpus_articles.iterdir()))

    second = sitrep("run", str(corpus_articles), "--db", str(killed), "--batch-size", "4")
    assert second.returncode == 0, second.stderr
    assert "already done" in second.stdout
    with sqlite3.connect(killed) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        ids = [row[0] for row in conn.execute("select id from articles")]
    assert len(ids) == len(set(ids))
    assert export(killed) == export(clean)
