"""Constructions of translated and wire copy (real model; original text): a convoy that
"fell into an ambush" suffered it, a communique that "reports two soldiers killed and five
wounded" gives the toll, and a count "put at" a figure is that figure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, CandidateEvent, Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 8, 16)


def _roles(event: CandidateEvent, role: ActorRole) -> list[str]:
    return [m.text for m in event.actors if m.role == role]


def test_who_falls_into_an_ambush_suffers_it(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "A convoy of the Malian Armed Forces fell on Sunday into an ambush on the road between"
        " Diabaly and Nampala, in the cercle of Niono, the General Staff said.",
        PUBLISHED,
    ).candidates
    assert any("convoy" in t for t in _roles(event, ActorRole.ACTOR2))
    assert not any("convoy" in t for t in _roles(event, ActorRole.ACTOR1))


def test_a_reported_toll_in_a_participle_clause(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Militants ambushed an army convoy near Niono on Sunday. The communique reports two"
        " soldiers killed and five wounded.",
        PUBLISHED,
    ).candidates
    assert event.fatalities is not None and event.fatalities.value == 2
    assert event.injuries is not None and event.injuries.value == 5
    assert not any("soldiers" in t for t in _roles(event, ActorRole.ACTOR1))


@pytest.mark.parametrize(
    "text",
    [
        "The monitors said they documented more than 40 violations of the ceasefire agreement"
        " in Idlib since the start of May.",
        "Shelling of Sarmin went on despite the ceasefire agreement, residents said.",
    ],
)
def test_a_deal_already_in_force_is_no_agreement(run: Callable[..., Extraction], text: str) -> None:
    assert not [e for e in run(text, PUBLISHED).candidates if e.sub_event_type == "Agreement"]


def test_a_deal_reached_is_still_an_agreement(run: Callable[..., Extraction]) -> None:
    events = run(
        "Government and rebel negotiators signed a ceasefire agreement in Juba on Monday.",
        PUBLISHED,
    ).candidates
    assert [e for e in events if e.sub_event_type == "Agreement"]


def test_the_town_the_wounded_were_shifted_to_is_no_place_of_the_attack(
    run: Callable[..., Extraction],
) -> None:
    events = run(
        "Unidentified gunmen shot dead seven labourers as they slept in a rented quarter in"
        " Surbandar on Thursday, police said.\n\nAn eighth man was wounded and was shifted to"
        " the GDA hospital in Gwadar, where doctors said his condition was stable.",
        date(2024, 5, 10),
    ).candidates
    places = {p.text for e in events for p in e.places}
    assert "Surbandar" in places
    assert "Gwadar" not in places  # "shifted to the GDA hospital in Gwadar": where he is cared for
