"""Armed groups and parties of blind batch 21's countries, resolved for the story's country:
the Islamic State in Sinai and the tribal union that fights it, AQIM, Haiti's Viv Ansanm,
Venezuela's colectivos and Popular Will, Zimbabwe's ZANU-PF and CCC ("CCC" only there),
Tanzania's CHADEMA and Sri Lanka's SLPP."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.resolve.actors import ActorDictionary

DAY = date(2024, 8, 1)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Sinai Province militants", "Egypt", "Islamic State (Egypt)"),
        ("Daesh", "Egypt", "Islamic State (Egypt)"),
        ("the Union of Sinai Tribes", "Egypt", "Union of Sinai Tribes"),
        ("AQIM", "Algeria", "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("the Viv Ansanm coalition", "Haiti", "Viv Ansanm"),
        ("armed colectivos", "Venezuela", "Colectivos"),
        ("ZANU-PF youths", "Zimbabwe", "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
        ("CCC", "Zimbabwe", "CCC: Citizens Coalition for Change"),
        ("Chadema supporters", "Tanzania", "CHADEMA: Party for Democracy and Progress"),
    ],
)
def test_batch21_actors(actors: ActorDictionary, text: str, country: str, name: str) -> None:
    found = actors.match(text, country=country, on=DAY)
    assert found is not None and found.name == name


def test_ccc_elsewhere_is_not_the_zimbabwean_party(actors: ActorDictionary) -> None:
    found = actors.match("CCC", country="Nigeria", on=DAY)
    assert found is None or found.name != "CCC: Citizens Coalition for Change"
