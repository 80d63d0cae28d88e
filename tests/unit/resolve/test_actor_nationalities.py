"""Generic mentions that say whose they are: any country's adjective ("Azerbaijani units",
"Chadian troops", "Ivorian soldiers"), or the country after "of" ("units of Azerbaijan", "the
armed forces of Ukraine"), names that state's forces or civilians, not those of the country
the incident happened in; "rebel forces" and bare "units" stay nobody's."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import InterCode
from sitrep.resolve.actors import ActorDictionary

ON = date(2024, 2, 13)


@pytest.mark.parametrize(
    ("mention", "label", "expected"),
    [
        ("Azerbaijani units", "ORG", "Military Forces of Azerbaijan"),
        ("units of Azerbaijan", "ORG", "Military Forces of Azerbaijan"),
        ("the forces of Azerbaijan", "ORG", "Military Forces of Azerbaijan"),
        ("the armed forces of Ukraine", "ORG", "Military Forces of Ukraine"),
        ("Chadian troops", "NORP", "Military Forces of Chad (2021-)"),
        ("Ivorian soldiers", "generic:military", "Military Forces of Ivory Coast"),
        ("Cameroonian fishermen", "generic:civilian", "Civilians (Cameroon)"),
        ("Thai villagers", "generic:civilian", "Civilians (Thailand)"),
        ("Algerian border guards", "generic:military", "Military Forces of Algeria"),
        ("Armenian servicemen", "generic:military", "Military Forces of Armenia"),
        ("residents of Ukraine", "generic:civilian", "Civilians (Ukraine)"),
    ],
)
def test_whose_forces(actors: ActorDictionary, mention: str, label: str, expected: str) -> None:
    found = actors.match(mention, country="Armenia", on=ON, label=label)
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize("mention", ["rebel forces", "units", "the forces"])
def test_forces_of_no_one_named(actors: ActorDictionary, mention: str) -> None:
    found = actors.match(mention, country="Armenia", on=ON, label="ORG")
    assert found is None or found.name != "Military Forces of Armenia"


def test_the_nationality_sets_home_and_inter(actors: ActorDictionary) -> None:
    found = actors.match("units of Azerbaijan", country="Armenia", on=ON, label="ORG")
    assert found is not None
    assert found.home == "Azerbaijan"
    assert found.inter is InterCode.STATE_FORCES


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2019, 2, 3), "Military Forces of Chad (1990-2021)"),
        (date(2021, 4, 19), "Military Forces of Chad (1990-2021)"),
        # the transitional military council took power on 20 April 2021
        (date(2021, 4, 20), "Military Forces of Chad (2021-)"),
        (date(2025, 3, 19), "Military Forces of Chad (2021-)"),
    ],
)
def test_chads_forces_carry_acled_periods(actors: ActorDictionary, on: date, expected: str) -> None:
    found = actors.match("Chadian soldiers", country="Chad", on=on, label="generic:military")
    assert found is not None
    assert found.name == expected
