"""A day counted from an incident ("The next day, ...") counts from the incident the report
goes on from, not from a past one recalled in between with only its month ("In February,
...") (real model; original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_the_next_day_counts_from_the_last_incident_told_to_the_day(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Thursday (10 August), gunmen ambushed an army convoy on the road south of"
        " Mayadin, killing eleven soldiers.\n\n"
        "It was the deadliest attack this year. In February, gunmen killed at least 40"
        " truffle hunters in the desert near Sukhnah.\n\n"
        "The next day, warplanes carried out more than 20 air strikes on hideouts in the"
        " desert north-east of Palmyra."
    )
    strikes = [c for c in run(text, date(2023, 8, 14)).candidates if "strikes" in c.trigger.text]
    assert len(strikes) == 1
    dates = strikes[0].dates
    assert dates[0].relation == "day_after"
    assert any("Thursday" in d.text or "10 August" in d.text for d in dates[1:])
    assert not any("February" in d.text for d in dates)
