"""Blind batch 13 (an aid agency's weekly update, a Nigerian daily and a translated Kurdish
feed): a report "that could not be verified" is not told as fact; an act awaited "until
the army retakes the town" has not happened; what a state "has been targeting ... for
years" is a habit; and the earlier incident that strikes "came in response to", named
with its own day and place, is an incident of its own, told by the "when" clause after it.
A name ending in "Academy" that the tagger files whole as an organisation is a place.
Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow


def test_a_report_that_could_not_be_verified_is_no_incident(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Reports of shelling on Sarmin on the same day could not be verified by partners at"
        " the time of writing.",
        date(2024, 10, 17),
    )
    assert extraction.candidates == []


def test_a_report_that_was_confirmed_stays(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Reports of shelling on Sarmin on Tuesday were confirmed by two partners, who said a"
        " school was damaged.",
        date(2024, 10, 17),
    )
    assert len(extraction.candidates) == 1


@pytest.mark.parametrize(
    ("clause", "events"),
    [("until the army retakes the town", 0), ("until the army retook the town on Friday", 1)],
)
def test_an_act_awaited_until_has_not_happened(
    run: Callable[..., Extraction], clause: str, events: int
) -> None:
    extraction = run(
        f"Residents who fled to Dikwa and Maiduguri said they stayed away {clause}.",
        date(2025, 5, 14),
    )
    assert len(extraction.candidates) == events


def test_targeting_for_years_is_a_habit(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "The Turkish state has been targeting the vital facilities of the region for years,"
        " the Autonomous Administration said in a statement.",
        date(2023, 10, 6),
    )
    assert extraction.candidates == []


def test_the_attack_the_strikes_responded_to_is_its_own_incident(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "QAMISHLO - A Turkish drone fired two missiles at the Swediyah gas plant near Rmelan"
        " on Thursday afternoon, killing one of the guards.\n\n"
        "Turkish officials say that the strikes came in response to the attack of last Sunday"
        " in Ankara, when two assailants arrived in a vehicle at the entrance of the Interior"
        " Ministry; one of them blew himself up and the other was killed in an exchange of"
        " fire with the police.",
        date(2023, 10, 6),
    )
    ankara = [c for c in extraction.candidates if "Ankara" in [p.text for p in c.places]]
    assert len(ankara) == 1
    assert ankara[0].sub_event_type == SubEventType.SUICIDE_BOMB
    assert "last Sunday" in [d.text for d in ankara[0].dates]
    strike = [c for c in extraction.candidates if c is not ankara[0]]
    assert len(strike) == 1 and "Ankara" not in [p.text for p in strike[0].places]


def test_an_academy_the_tagger_calls_an_organisation_is_a_place(
    run: Callable[..., Extraction],
) -> None:
    (attack,) = run(
        "In October 2023, a drone attack on a graduation ceremony at the Homs Military Academy"
        " killed at least 89 people.",
        date(2024, 10, 17),
    ).candidates
    assert "Homs Military Academy" in [p.text for p in attack.places]
