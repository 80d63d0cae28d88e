"""Lives lost are counted by those who lost them: "35 inhabitants lost the life" (translated
French, "ont perdu la vie") is 35 dead, not one; "four civilians lost life" is four (real
model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import figures_of

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The circle of Bankass has not forgotten the attack on Ogossagou in March 2019, where "
         "157 inhabitants of the Fulani village lost the life in a few hours.", 157),
        ("Four civilians lost life when a shell hit their house in Kafr Nabl on Monday, the "
         "civil defence said.", 4),
        ("On Sunday, twelve soldiers lost their lives in an ambush near Boni, the army said.", 12),
    ],
)  # fmt: skip
def test_the_bearers_of_lost_lives_are_the_dead(
    run: Callable[..., Extraction], text: str, dead: int
) -> None:
    candidates = run(text, date(2024, 5, 20)).candidates
    assert len(candidates) == 1
    assert figures_of(candidates[0])[0] == dead
