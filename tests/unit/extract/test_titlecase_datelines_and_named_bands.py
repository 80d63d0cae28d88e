"""Read on blind batch 24b's translated French copy: a dateline opened by a place in title
case ("Bunia, 21 October 2024 (Bunia Soir) -") is no part of the subject after it; "a
provisional toll of the army" names who kept the toll, not one of its dead; "at Ndalya, a
village situated on the national road" is a place though the tagger calls it an
organisation; "militiamen of the Cooperative for the Development of Congo (CODECO)" and
"presumed rebels of the ADF" are that group's men, also when the parser left the verb with
no subject; an incident recalled in another year ("the attack of Palma in March of 2021")
is not the dated story's restatement (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import ActorRole, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType
ON = date(2024, 10, 21)


def _actor1(event_texts: list[tuple[ActorRole, str]]) -> list[str]:
    return [t for r, t in event_texts if r is ActorRole.ACTOR1]


def test_a_title_case_dateline_is_no_part_of_the_subject(run: Callable[..., Extraction]) -> None:
    text = (
        "Eleven civilians killed near Mambasa\n\n"
        "Bunia, 21 October 2024 (Bunia Soir) - Presumed rebels of the ADF killed at least "
        "eleven civilians on Saturday evening at Ndalya, a village situated on the national "
        "road number 4, according to a provisional toll of the army."
    )
    (event,) = events_of(run(text, published=ON))
    actors = _actor1([(a.role, a.text) for a in event.actors])
    assert actors == ["Presumed rebels of the ADF"]  # not "21 October 2024 (Bunia Soir) - ..."
    assert event.fatalities is not None and event.fatalities.value == 11  # not the army's 1
    assert "Ndalya" in [p.text for p in event.places]


def test_a_tolls_keeper_is_not_counted(run: Callable[..., Extraction]) -> None:
    text = (
        "Four fishermen were killed on Sunday when gunmen stormed their camp on the shore of "
        "the lake, according to a provisional toll of the civil protection."
    )
    (event,) = events_of(run(text, published=ON))
    assert event.fatalities is not None and event.fatalities.value == 4


def test_men_of_a_group_named_by_its_bracketed_acronym(run: Callable[..., Extraction]) -> None:
    text = (
        "In the territory of Djugu, militiamen of the Cooperative for the Development of Congo "
        "(CODECO) attacked in the early morning of Friday a position of the army at Lopa. Two "
        "soldiers and three assailants were killed in the fighting."
    )
    (event,) = events_of(run(text, published=ON))
    actors = _actor1([(a.role, a.text) for a in event.actors])
    assert "militiamen" in actors and "CODECO" in actors


def test_an_incident_recalled_in_another_year_is_its_own(run: Callable[..., Extraction]) -> None:
    text = (
        "Insurgents burn the mission of Chipene\n\n"
        "Pemba, 10 September 2022 - The insurgents attacked, in the night of Tuesday for "
        "Wednesday, the Catholic mission of Chipene, in the district of Memba, in the province "
        "of Nampula, where they murdered an Italian nun.\n\n"
        "The violence recalls the attack on Palma in March of 2021, in which dozens of people "
        "perished, in the province of Cabo Delgado."
    )
    found = run(text, published=date(2022, 9, 10)).candidates
    assert [c.background for c in found] == [False, True]
    assert "Palma" in [p.text for p in found[1].places]
    assert "Palma" not in [p.text for p in found[0].places]
