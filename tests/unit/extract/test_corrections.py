"""An editor's correction tells how a story was told, not an incident: "Editor's note: an
earlier version of this story said the protest took place on Sunday" opens no event, while
the incident the story tells keeps its own (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: an earlier version of this story said the Safwan protest took place "
        "on Sunday.",
        "An earlier version of this article misstated the number of protesters detained in "
        "Safwan on Saturday.",
        "Correction: police fired tear gas at protesters in Safwan on Saturday, not Sunday.",
    ],
)
def test_a_correction_opens_no_event(run: Callable[..., Extraction], note: str) -> None:
    text = (
        "Hundreds of residents protested in Safwan on Saturday against power cuts, local "
        f"officials said.\n\n{note}"
    )
    assert len(run(text, date(2023, 7, 19)).candidates) == 1
