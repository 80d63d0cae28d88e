"""An armed group that says its own fighters did the incident claims it ("Al Shabaab said
that its fighters had targeted the troops"), even when the saying names no place or day:
the claim goes to the incident told before it, and the figures it boasts are no toll (real
model; original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow

TEXT = (
    "Two car bombs exploded minutes apart in the town of Mahas on Wednesday, killing at least"
    " 19 people, officials said.\n\n"
    "Al Shabaab said in a statement on its radio that its fighters had targeted the militias"
    " and soldiers and killed more than 70 of them."
)


def test_the_group_that_says_its_fighters_did_it_claims_it(
    run: Callable[..., Extraction],
) -> None:
    [event] = run(TEXT, date(2023, 1, 4)).candidates
    claimed = [a.text for a in event.actors if a.role == ActorRole.CLAIMED_BY]
    assert claimed == ["Al Shabaab"]
    assert event.fatalities is not None and event.fatalities.value == 19


def test_a_government_saying_its_forces_struck_claims_nothing(
    run: Callable[..., Extraction],
) -> None:
    text = TEXT.split("\n\n")[0] + (
        "\n\nThe army said its forces had killed more than 30 militants in the area."
    )
    for event in run(text, date(2023, 1, 4)).candidates:
        assert not [a for a in event.actors if a.role == ActorRole.CLAIMED_BY]


def test_two_car_bombs_minutes_apart_are_one_incident_not_a_tally(
    run: Callable[..., Extraction],
) -> None:
    [event] = run(TEXT, date(2023, 1, 4)).candidates
    assert event.sub_event_type is not None
    assert event.sub_event_type.value == "Remote explosive/landmine/IED"
    assert not any(n.startswith("aggregate") for n in event.notes)


def test_twenty_strikes_over_three_days_are_still_a_tally(
    run: Callable[..., Extraction],
) -> None:
    [event] = run(
        "Turkish drones carried out 20 air strikes on villages near Qamishli in the past three"
        " days, a monitor said.",
        date(2023, 1, 4),
    ).candidates
    assert any(n.startswith("aggregate") for n in event.notes)
