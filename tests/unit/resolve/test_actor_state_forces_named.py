"""State forces as local and humanitarian copy names them: "the Israeli enemy" and "the
Israeli occupation" (Lebanese and Syrian official media), "the FACA", the "SSPDF", "the
United States Africa Command", Turkey's intelligence service "MIT", "Government of Syria
forces" (UN reporting), Nigeria's theatre commands ("the air component of Operation Hadin
Kai") and the Sahel armies' "aerial vectors"."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.resolve.actors import ActorDictionary

ON = date(2024, 6, 10)


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("the Israeli enemy", "Lebanon", "Military Forces of Israel"),
        ("a drone of the Israeli occupation", "Syria", "Military Forces of Israel"),
        ("the FACA", "Central African Republic", "Military Forces of the Central African Republic"),
        ("soldiers of the South Sudan People's Defence Forces (SSPDF)", "South Sudan",
         "Military Forces of South Sudan"),
        ("the United States Africa Command", "Somalia", "Military Forces of the United States"),
        ("MIT", "Iraq", "Military Forces of Turkey"),
        ("Government of Syria forces", "Syria", "Military Forces of Syria"),
        ("the air component of Operation Hadin Kai", "Nigeria", "Military Forces of Nigeria"),
        ("aerial vectors", "Burkina Faso", "Military Forces of Burkina Faso"),
    ],
)  # fmt: skip
def test_state_forces_by_their_local_names(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    found = actors.match(mention, country=country, on=ON, label="ORG")
    assert found is not None
    assert found.name.startswith(expected)


def test_the_sudan_people_s_liberation_army_in_opposition_is_not_the_state(
    actors: ActorDictionary,
) -> None:
    found = actors.match("SPLA-IO", country="South Sudan", on=ON, label="ORG")
    assert found is not None
    assert not found.name.startswith("Military Forces")


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("the Fateh al-Mubin operations room", "Syria", "HTS: Hayat Tahrir al-Sham"),
        ("the Khawaarij", "Somalia", "Al Shabaab"),
        ("settlers", "Palestine", "Settlers (Israel)"),
    ],
)  # fmt: skip
def test_armed_sides_by_their_local_names(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    found = actors.match(mention, country=country, on=ON, label="generic:armed")
    assert found is not None
    assert found.name == expected


def test_syrias_interior_ministry_forces_are_its_police(actors: ActorDictionary) -> None:
    on = date(2025, 3, 20)
    for mention in ("the Internal Security Command", "General Security forces"):
        found = actors.match(mention, country="Syria", on=on, label="ORG")
        assert found is not None and found.name == "Police Forces of Syria (2024-)"
    # Lebanon's General Security stays Lebanon's
    found = actors.match("General Security", country="Lebanon", on=on, label="ORG")
    assert found is not None and found.name == "Police Forces of Lebanon"
