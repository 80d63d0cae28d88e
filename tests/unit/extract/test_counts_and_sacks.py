"""Two readings found by blind batch 12: "bringing the number of the dead to eleven" gives the
toll eleven (the adjective "dead" stands for the people counted), and "carted away sacks of
grain" is no dismissal. Real model; original text in the voice of a Nigerian local paper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 8, 14)


def test_the_number_of_the_dead_brought_to_a_figure_is_the_toll(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Bandits killed seven people in Maigora village in Faskari Local Government Area of"
        " Katsina State on Sunday night, residents said. On Tuesday the village head said four"
        " more bodies had been recovered from the bush, bringing the number of the dead to"
        " eleven.",
        PUBLISHED,
    )
    [attack] = extraction.candidates
    assert attack.fatalities is not None and attack.fatalities.value == 11


def test_sacks_of_grain_are_no_dismissal(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "The gunmen broke into homes in Maigora village on Sunday night and carted away sacks"
        " of grain and livestock, residents said.",
        PUBLISHED,
    )
    assert all(c.sub_event_type is not SubEventType.OTHER for c in extraction.candidates)
