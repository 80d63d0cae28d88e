"""Cluster metrics on hand-checked cases."""

from __future__ import annotations

import pytest

from sitrep.merge.evaluation import bcubed_f1, pairwise_prf

GOLD = {"a": "G1", "b": "G1", "c": "G1", "d": "G2"}
PRED = {"a": "P1", "b": "P1", "c": "P2", "d": "P2"}


def test_pairwise_hand_checked() -> None:
    # gold pairs ab ac bc; predicted ab cd; one right
    p, r, f = pairwise_prf(PRED, GOLD)
    assert p == pytest.approx(1 / 2)
    assert r == pytest.approx(1 / 3)
    assert f == pytest.approx(0.4)


def test_bcubed_hand_checked() -> None:
    # per item precision 1, 1, 1/2, 1/2; recall 2/3, 2/3, 1/3, 1
    p, r, f = bcubed_f1(PRED, GOLD)
    assert p == pytest.approx(0.75)
    assert r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_perfect_and_singletons() -> None:
    assert pairwise_prf(GOLD, GOLD) == (1.0, 1.0, 1.0)
    assert bcubed_f1(GOLD, GOLD) == (1.0, 1.0, 1.0)
    singles = {k: k for k in GOLD}
    p, r, f = pairwise_prf(singles, GOLD)
    assert (p, r, f) == (1.0, 0.0, 0.0)
    bp, br, _ = bcubed_f1(singles, GOLD)
    assert bp == 1.0
    assert br == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_only_shared_items_are_scored() -> None:
    p, r, _ = pairwise_prf({**PRED, "zzz": "P1"}, GOLD)
    assert p == pytest.approx(1 / 2)
    assert r == pytest.approx(1 / 3)
