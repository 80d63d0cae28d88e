"""Crash safety: kill -9 in the middle of saving and merging, rerun, nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from sitrep.model import EventQuery
from sitrep.store import Store

HERE = Path(__file__).resolve().parent
N = 120
ALL = EventQuery(include_rejected=True, sort="event_id")


def run_worker(url: str, *, kill_after: int | None = None) -> bool:
    """Run the worker; with ``kill_after``, SIGKILL it after that many articles.
    Returns whether it finished."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "crash_worker.py"), url, str(N)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for seen, line in enumerate(proc.stdout, start=1):
        if line.strip() == "done":
            break
        if kill_after is not None and seen >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return False
    assert proc.wait(timeout=120) == 0
    return True


def snapshot(url: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    with Store.open(url) as store:
        assert store.integrity_ok()
        events = [e.model_dump_json() for e in store.iter_events(ALL)]
        assert store.pending_articles() == []
    engine = create_engine(url)
    with engine.connect() as conn:
        arts = [r[0] for r in conn.execute(text("SELECT id FROM articles ORDER BY id"))]
        members = [
            (r[0], r[1] or "")
            for r in conn.execute(text("SELECT id, event_id FROM mentions ORDER BY id"))
        ]
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
    return events, arts, members


def test_kill_minus_9_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    assert run_worker(clean)
    crashed = f"sqlite:///{tmp_path / 'crashed.db'}"
    kills, left_pending = 0, 0
    for kill_after in (23, 31, 27):  # each rerun skips what is already processed
        if not run_worker(crashed, kill_after=kill_after):
            kills += 1
        with Store.open(crashed) as store:  # killed mid-run: consistent, merge work queued
            assert store.integrity_ok()
            left_pending += len(store.pending_articles())
    assert kills == 3
    assert left_pending > 0
    assert run_worker(crashed)
    expected = snapshot(clean)
    got = snapshot(crashed)
    assert len(got[1]) == N
    assert got == expected
