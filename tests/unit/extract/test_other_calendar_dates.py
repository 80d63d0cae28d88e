"""A date of the Solar Hijri calendar in a translated Afghan report is one date mention with
its weekday, and its day number counts no one (real model; sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_a_solar_hijri_date_is_one_mention_and_no_count(run: Callable[..., Extraction]) -> None:
    text = (
        "The group has struck the schools of the west of the capital before. The deadliest of "
        "those attacks was the suicide blast at the Mawoud academy in Dasht-e-Barchi on "
        "Thursday, 11 Sawr 1400, in which dozens of pupils lost their lives."
    )
    found = run(text, date(2024, 9, 3)).candidates
    assert found
    blast = found[-1]
    assert "Thursday, 11 Sawr 1400" in [d.text.removeprefix("on ") for d in blast.dates]
    assert blast.fatalities is None or blast.fatalities.value != 11
    assert not any("Sawr" in a.text for a in blast.actors)
