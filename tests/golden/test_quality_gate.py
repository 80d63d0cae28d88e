"""The quality gate: the corpus scored against its gold must not fall below the floors
pinned in baseline.json. Floors only ratchet up (scripts/ratchet_baseline.py raises them,
never lowers them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.evaluation import EvalResult, evaluate_store, load_gold
from sitrep.merge import merge_mentions
from sitrep.store import Store

pytestmark = pytest.mark.slow
BASELINE = Path(__file__).with_name("baseline.json")


def _scores(result: EvalResult) -> dict[str, float]:
    figures = result.as_dict()
    scores = {k: figures[k] for k in ("precision", "recall", "f1")}
    scores |= {f"field.{k}": v for k, v in figures["field_accuracy"].items() if v is not None}
    if "merge" in figures:
        scores["merge.pairwise_precision"] = figures["merge"]["pairwise"]["precision"]
        scores["merge.pairwise_recall"] = figures["merge"]["pairwise"]["recall"]
        scores["merge.bcubed_f1"] = figures["merge"]["bcubed"]["f1"]
    return scores


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_scores_do_not_fall_below_the_floors(corpus_db: str, corpus_gold: Path, split: str) -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))[split]
    with Store.open(corpus_db, merge=merge_mentions) as store:
        result = evaluate_store(store, load_gold(corpus_gold, split=split))
    scores = _scores(result)
    below = {k: (scores.get(k), floor) for k, floor in floors.items() if scores.get(k, 0.0) < floor}
    assert not below, f"{split}: below the floor (score, floor): {below}"
