"""`sitrep ingest` killed with SIGKILL half-way, then run again: the database passes an
integrity check and holds exactly the articles of an uninterrupted ingest."""

from __future__ import annotations

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
N = 600
PLACES = ("Baqubah", "Samarra", "Tal Afar", "Khanaqin", "Hit", "Balad", "Rutba", "Zakho")


def sitrep(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, *args], capture_output=True, text=True, timeout=300
    )


def write_articles(folder: Path) -> None:
    """N short original reports, each different, named OUTLET-DATE-SLUG.txt."""
    folder.mkdir()
    for i in range(N):
        place = PLACES[i % len(PLACES)]
        text = (
            f"Bulletin {i}: unknown gunmen fired on a police post in {place} on Monday, "
            f"wounding {i % 7 + 1} officers, a local official told reporters. Patrols "
            f"searched farms around the post until dawn (report number {i * 37 % 1000})."
        )
        day = i % 28 + 1
        (folder / f"deskwire-2023-02-{day:02d}-post-{i:04d}.txt").write_text(text)


def rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def article_set(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        return conn.execute(
            "select id, content_hash, published, outlet, url, processed, payload "
            "from articles order by id"
        ).fetchall()


def test_kill_minus_nine_during_ingest_then_rerun(tmp_path: Path) -> None:
    folder, clean, killed = tmp_path / "articles", tmp_path / "clean.db", tmp_path / "killed.db"
    write_articles(folder)

    done = sitrep("ingest", str(folder), "--db", str(clean))
    assert done.returncode == 0, done.stderr
    assert f"{N} new articles, 0 already stored, 0 rejected" in done.stdout

    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "ingest", str(folder), "--db", str(killed)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while rows(killed) < 60 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "ingest finished before it could be killed: raise N"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    at_kill = rows(killed)
    assert 0 < at_kill < N

    again = sitrep("ingest", str(folder), "--db", str(killed))
    assert again.returncode == 0, again.stderr
    assert f"{N - at_kill} new articles, {at_kill} already stored, 0 rejected" in again.stdout
    assert article_set(killed) == article_set(clean)
