"""Incidents an article recalls are real however the recalling is told: "have not forgotten
the massacre" is no negation, "still keep in memory the attack" no habit; and a name that
"perpetrated" or "carried out" one is its attacker whatever the NER took it for (real model;
every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The villagers have not forgotten the massacre perpetrated by the 3R on 14 March 2020 "
         "near Bocaranga, where at least 30 civilians were killed.", "3R"),
        ("The people of the canton still keep in memory the suicide attack carried out by Boko "
         "Haram on 3 August 2020 in Nguetechewe, where a suicide bomber killed 17 displaced "
         "people.", "Boko Haram"),
        ("Residents still remember the ambush carried out by the ADF on 6 February 2021 near "
         "Beni, in which 12 farmers died.", "ADF"),
    ],
)  # fmt: skip
def test_a_remembered_incident_is_kept_with_its_perpetrator(
    run: Callable[..., Extraction], text: str, attacker: str
) -> None:
    events = run(text, published=date(2024, 5, 20)).candidates
    assert len(events) == 1
    assert events[0].background  # recalled: never the article's date
    assert any(attacker in a.text for a in events[0].actors if a.role == ActorRole.ACTOR1), events[
        0
    ].actors


def test_an_incident_that_did_not_happen_stays_negated(run: Callable[..., Extraction]) -> None:
    assert not events_of(
        run("The rebels did not attack the base at Bocaranga on Monday, the army said.")
    )
