"""A multiple named on the incident word counts its victims: "a double murder" is two dead
(real model; original text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Detectives are investigating a double murder at a farmhouse outside Yakima, "
            "where a man and his nephew were found on Tuesday.",
            2,
        ),
        (
            "A Lansing man was charged Friday in the triple murder at an apartment complex "
            "on Holt Road.",
            3,
        ),
    ],
)
def test_a_multiple_murder_counts_its_dead(
    run: Callable[..., Extraction], text: str, killed: int
) -> None:
    assert killed in [figures_of(ev)[0] for ev in events_of(run(text))]
