"""Raise the quality-gate floors in tests/golden/baseline.json to the current scores.

    python scripts/ratchet_baseline.py [--margin 0.01]

Runs the pipeline on tests/corpus/articles into a temporary store, scores the dev and
held-out splits, and sets each floor to max(old floor, score - margin). Floors never go
down: lowering one is a reviewed, manual edit with a reason in the commit message.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "golden"))

from test_quality_gate import _scores  # noqa: E402

from sitrep.evaluation import evaluate_store, load_gold  # noqa: E402
from sitrep.merge import merge_mentions  # noqa: E402
from sitrep.pipeline import build_runner  # noqa: E402
from sitrep.settings import Settings  # noqa: E402
from sitrep.store import Store  # noqa: E402

BASELINE = ROOT / "tests" / "golden" / "baseline.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margin", type=float, default=0.01)
    args = parser.parse_args()
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    new: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'gate.db'}"
        with Store.open(url, merge=merge_mentions) as store:
            build_runner(Settings(db=url), store=store).run(
                [ROOT / "tests" / "corpus" / "articles"]
            )
            for split in ("dev", "heldout"):
                gold = load_gold(ROOT / "tests" / "corpus" / "gold.jsonl", split=split)
                scores = _scores(evaluate_store(store, gold))
                floors = old.get(split, {})
                new[split] = {
                    key: max(floors.get(key, 0.0), math.floor((value - args.margin) * 100) / 100)
                    for key, value in sorted(scores.items())
                }
                for key, value in sorted(scores.items()):
                    sys.stdout.write(
                        f"{split:8} {key:28} {value:.3f}  floor {new[split][key]:.2f}\n"
                    )
    BASELINE.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
