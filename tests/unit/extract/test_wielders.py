"""Attackers told indirectly: who fired the weapon an agent phrase names ("killed by the
bullet of a sniper of the Houthi militia", "by Houthi sniper bullet"), and who fought for the
town a clause says it took ("occupied Bunagana after two days of fighting with the army")
(real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import role_of

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


def _attackers(extraction: Extraction) -> list[str]:
    return [a.text for a in role_of(extraction, ActorRole.ACTOR1)]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("An elderly man was killed on Monday afternoon by the bullet of a sniper of the Houthi "
         "militia stationed on the heights north of Taiz, a medical source said.",
         "Houthi militia"),
        ("A woman was killed by Houthi sniper bullet in Taiz on Monday.", "Houthi"),
        ("A shepherd was wounded by the fire of a patrol of the Turkish army near Amadiya on "
         "Monday.", "Turkish army"),
    ],
)  # fmt: skip
def test_the_wielder_is_the_attacker(
    run: Callable[..., Extraction], text: str, attacker: str
) -> None:
    assert attacker in _attackers(run(text))


def test_a_weapon_alone_names_no_attacker(run: Callable[..., Extraction]) -> None:
    found = _attackers(run("Two soldiers were killed by a roadside bomb near Hawija on Monday."))
    assert not any("bomb" in a for a in found)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The rebels of the M23 have occupied since Monday the border city of Bunagana, after two "
         "days of fighting with the Armed Forces of the DRC, according to local sources.",
         "rebels of the M23"),
        ("The Rapid Support militia entered the city of Wad Madani on Monday evening, after "
         "clashes with the army at the eastern entrances of the city.", "Rapid Support militia"),
    ],
)  # fmt: skip
def test_who_took_the_town_fought_for_it(
    run: Callable[..., Extraction], text: str, attacker: str
) -> None:
    assert attacker in _attackers(run(text))


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("A drone of the Israeli occupation struck a car near Bint Jbeil on Tuesday, killing "
         "two men, the National News Agency said.", "Israeli occupation"),
        ("An aircraft of the Iraqi Air Force struck a hideout near Tuz Khurmatu on Sunday, "
         "killing three militants, the Security Media Cell said.", "Iraqi Air Force"),
    ],
)  # fmt: skip
def test_whose_drone_or_aircraft_struck(
    run: Callable[..., Extraction], text: str, attacker: str
) -> None:
    found = _attackers(run(text))
    assert any(attacker in a for a in found)
    # the owner itself, not the platform (which reads as the forces of the country it hit)
    assert not any(a.lower().startswith(("a drone", "an aircraft")) for a in found)
