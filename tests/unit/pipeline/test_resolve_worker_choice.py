"""Whether a run resolves in a worker process: forced by the setting, or chosen by the
cores free as it starts (faked here: no real load is needed)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pipeline_fakes import StandInExtractor

from sitrep.pipeline import build_runner, parallel
from sitrep.pipeline.parallel import FREE_CORES, choose_worker, usable_cores
from sitrep.settings import Settings
from sitrep.store import Store


@pytest.mark.parametrize(
    ("cores", "load", "on"),
    [
        (2, 0.2, True),  # a quiet two-core machine
        (2, 2 - FREE_CORES, True),  # exactly FREE_CORES free
        (2, 0.9, False),  # another job holds most of a core
        (16, 13.0, True),
        (16, 14.6, False),
        (1, 0.0, False),  # one core: the worker could only compete with the parse
    ],
)
def test_auto_wants_a_free_second_core(cores: int, load: float, on: bool) -> None:
    choice = choose_worker(None, cores=cores, load=load, can_fork=True)
    assert choice.on is on
    assert choice.reason.startswith("auto:") and f"{cores} core" in choice.reason


def test_auto_without_a_load_average_stays_in_process() -> None:
    assert not choose_worker(None, cores=8, load=None, can_fork=True).on


@pytest.mark.parametrize("forced", [True, False])
def test_the_setting_wins_over_cores_and_load(forced: bool) -> None:
    for cores, load in ((1, 0.0), (2, 1.9), (2, 0.0), (64, 0.0)):
        choice = choose_worker(forced, cores=cores, load=load, can_fork=True)
        assert choice.on is forced
        assert "setting" in choice.reason


def test_no_worker_where_none_can_fork() -> None:
    for forced in (True, None):
        choice = choose_worker(forced, cores=8, load=0.0, can_fork=False)
        assert not choice.on and "fork" in choice.reason


def test_a_cgroup_quota_caps_the_usable_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quota = tmp_path / "cpu.max"
    monkeypatch.setattr(parallel, "_CGROUP_CPU_MAX", quota)
    unlimited = usable_cores()  # no file: the affinity alone
    assert unlimited >= 1
    quota.write_text("max 100000\n")
    assert usable_cores() == unlimited
    quota.write_text("150000 100000\n")
    assert usable_cores() == min(unlimited, 1)
    quota.write_text("50000 100000\n")
    assert usable_cores() == 1
    quota.write_text("garbled\n")
    assert usable_cores() == unlimited


def _runner_has_worker(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    setting: bool | None,
    cores: int,
    load: float,
) -> bool:
    monkeypatch.setattr(parallel, "usable_cores", lambda: cores)
    monkeypatch.setattr(parallel, "load_average", lambda: load)
    monkeypatch.setattr(parallel, "available", lambda: True)
    settings = Settings(db=str(tmp_path / "s.db"), resolve_worker=setting)
    extractor = StandInExtractor(towns=("Baqubah",))
    with Store.open(settings.db) as store:
        runner = build_runner(settings, store=store, extractor_factory=lambda _: extractor)
    return runner.resolve_factory is not None


def test_build_runner_chooses_by_the_free_cores_and_logs_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="sitrep.pipeline.runner"):
        assert _runner_has_worker(tmp_path, monkeypatch, setting=None, cores=2, load=0.1)
    assert "resolve worker on: auto: 2 cores, 1-minute load 0.10" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="sitrep.pipeline.runner"):
        assert not _runner_has_worker(tmp_path, monkeypatch, setting=None, cores=2, load=1.2)
    assert "resolve worker off: auto: 2 cores, 1-minute load 1.20, 0.80 free" in caplog.text


def test_build_runner_obeys_an_explicit_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _runner_has_worker(tmp_path, monkeypatch, setting=True, cores=2, load=1.9)
    assert not _runner_has_worker(tmp_path, monkeypatch, setting=False, cores=8, load=0.0)


def test_the_setting_reads_auto_true_and_false_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SITREP_RESOLVE_WORKER", raising=False)
    assert Settings().resolve_worker is None
    for text, value in (("auto", None), ("", None), ("true", True), ("0", False)):
        monkeypatch.setenv("SITREP_RESOLVE_WORKER", text)
        assert Settings().resolve_worker is value, text
