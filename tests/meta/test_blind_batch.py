"""The blind-batch kit (scripts/blind_batch.py): ``prepare`` writes the writers' brief and the
support files drawn from the corpus's gold; ``validate`` accepts a well-formed batch and names
the file and the reason for each fault of a bad one."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = (
    "BAIDOA, March 3 (Test Wire) - A roadside bomb struck a minibus near Baidoa on Sunday, "
    "killing four passengers, police said.\n"
)
EVENT = {
    "incident": "so-bay-baidoa-minibus-ied-2019-03-03", "event_date": "2019-03-03",
    "time_precision": 1, "event_type": "Explosions/Remote violence",
    "sub_event_type": "Remote explosive/landmine/IED",
    "actor1": "Unidentified Armed Group (Somalia)", "actor2": "Civilians (Somalia)",
    "assoc_actor_1": None, "assoc_actor_2": None, "claimed_by": None, "country": "Somalia",
    "admin1": "Bay", "admin2": None, "location": "Baidoa", "geo_precision": 2, "fatalities": 4,
    "injuries": None, "weapon": "IED", "background": False,
    "evidence": "A roadside bomb struck a minibus near Baidoa on Sunday, killing four passengers",
    "notes": "Sunday 3 March.",
}  # fmt: skip


@pytest.fixture(scope="module")
def kit() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "blind_batch", ROOT / "scripts" / "blind_batch.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _batch(kit: ModuleType, folder: Path, event: dict[str, object]) -> None:
    kit.prepare(folder, "dev")
    stem = "test-wire-ya-2019-03-04-baidoa-minibus"
    (folder / "articles" / f"{stem}.txt").write_text(ARTICLE)
    row = {"article_id": stem, "outlet": "test-wire-ya", "published": "2019-03-04",
           "split": "dev", "events": [event], "must_not": []}  # fmt: skip
    (folder / "gold.jsonl").write_text(json.dumps(row) + "\n")


def test_a_prepared_batch_holds_the_brief_and_the_corpus_lists(
    kit: ModuleType, tmp_path: Path
) -> None:
    kit.prepare(tmp_path, "heldout")
    assert '"heldout"' in (tmp_path / "BRIEF.md").read_text()
    known = (tmp_path / "existing_incidents.txt").read_text().split()
    assert len(known) > 1000  # the corpus's incident keys
    assert (tmp_path / "validate.py").exists()


def test_a_well_formed_batch_validates(kit: ModuleType, tmp_path: Path) -> None:
    _batch(kit, tmp_path, EVENT)
    assert kit.validate(tmp_path) == []


def test_a_misquoted_and_mistyped_event_is_named(kit: ModuleType, tmp_path: Path) -> None:
    _batch(kit, tmp_path, {**EVENT, "evidence": "a bomb hit a bus", "sub_event_type": "Bombing"})
    errors = kit.validate(tmp_path)
    assert any("unknown type" in e for e in errors)
    assert any("not an exact quote" in e for e in errors)
