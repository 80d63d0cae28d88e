"""A date in the subject of "comes ... after" dates the news the sentence starts from, not the
incident the "after" part recalls: "The raid of today comes more than three months after the
enemy assassinated ... on the 2nd of January" (blind batch 12, a translated Lebanese report).
Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_the_news_date_in_the_subject_of_comes_after_is_not_the_recalled_one(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "The raid of today comes more than three months after a drone killed a senior"
        " commander and six of his companions in an office in the southern suburb of Beirut"
        " on the 2nd of January.",
        date(2024, 4, 16),
    )
    recalled = [c for c in extraction.candidates if "Beirut" in [p.text for p in c.places]]
    assert recalled
    assert all("today" not in [d.text for d in c.dates] for c in recalled)
