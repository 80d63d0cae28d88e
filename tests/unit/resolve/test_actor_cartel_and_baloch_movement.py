"""Two actors blind batch 14 named that the dictionary lacked: the Sinaloa cartel, whose
factions ("Los Chapitos", "La Mayiza") fight under its name, a political militia of Mexico;
and the Baloch Yakjehti Committee, whose sit-ins and marches are protests in Pakistan."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import InterCode
from sitrep.resolve.actors import ActorDictionary

ON = date(2024, 11, 13)


@pytest.mark.parametrize(
    ("mention", "country", "name", "inter"),
    [
        ("Los Chapitos", "Mexico", "Sinaloa Cartel", InterCode.POLITICAL_MILITIAS),
        ("La Mayiza", "Mexico", "Sinaloa Cartel", InterCode.POLITICAL_MILITIAS),
        ("the Sinaloa cartel", "Mexico", "Sinaloa Cartel", InterCode.POLITICAL_MILITIAS),
        ("BYC", "Pakistan", "BYC: Baloch Yakjehti Committee", InterCode.PROTESTERS),
        (
            "Baloch Yakjehti Committee",
            "Pakistan",
            "BYC: Baloch Yakjehti Committee",
            InterCode.PROTESTERS,
        ),
    ],
)
def test_named(
    actors: ActorDictionary, mention: str, country: str, name: str, inter: InterCode
) -> None:
    match = actors.match(mention, country=country, on=ON)
    assert match is not None and match.name == name
    assert actors.inter(match, event_country=country) == inter
