"""The dead of both sides of one fight add up: an army statement that gives the insurgents'
dead and then its own ("martyred") reports one clash whose ACLED fatalities are the total; a
second count of the same side is the same dead told again (real model; original text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def _killed(extraction: Extraction) -> list[int | None]:
    return [figures_of(ev)[0] for ev in events_of(extraction)]


def test_both_sides_dead_add_up(run: Callable[..., Extraction]) -> None:
    text = (
        "Insurgents stormed two army checkpoints in the Dand district of Kandahar province "
        "on Tuesday night. Troops pushed back the assault, and 23 Taliban fighters were killed "
        "and nine others were wounded. Four soldiers were martyred in the fighting, the "
        "ministry said."
    )
    assert 27 in _killed(run(text))


def test_the_other_side_told_first_adds_too(run: Callable[..., Extraction]) -> None:
    text = (
        "Three policemen were killed when gunmen attacked a station in Kirkuk province on "
        "Friday. Security forces returned fire and six militants were killed in the clash."
    )
    assert 9 in _killed(run(text))


def test_the_same_side_told_again_is_not_added(run: Callable[..., Extraction]) -> None:
    text = (
        "Militants ambushed an army convoy near the town of Baiji on Sunday, killing seven "
        "soldiers. Seven soldiers died in the ambush, an officer said."
    )
    killed = _killed(run(text))
    assert 14 not in killed
    assert 7 in killed
