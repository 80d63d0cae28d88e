"""A wire's dateline names the bureau that filed the story, which is often not where the
incident was: "BAGHDAD (Wire) - ... a roadside bomb in the Jallam desert east of
Samarra". The dateline's town yields to a town of another province that the event's own
sentences name, and stays when the event names its province. Towns the packaged
gazetteer lacks, listed as landmarks, are read as themselves. Sentences written for these
tests; the gazetteer is the small hand-made one of conftest.py."""

from __future__ import annotations

import pytest

from sitrep.model import GeoPrecision, PlaceMention
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def pm(text: str, context: str | None = None) -> PlaceMention:
    return PlaceMention(text=text, context=context, label="GPE")


def test_a_bureau_in_the_capital_yields_to_the_town_the_event_names(
    places: PlaceResolver,
) -> None:
    # "BAGHDAD, Nov 18 (Wire) - Four soldiers were killed late on Sunday when a roadside
    # bomb tore through their Humvee in the desert east of Tikrit."
    result = places.resolve([pm("BAGHDAD", "dateline"), pm("Tikrit", "east of")], focus=["IQ"])
    assert (result.location, result.admin1) == ("Tikrit", "Salah ad Din")
    assert result.geo_precision == GeoPrecision.NEAR_TOWN


def test_a_dateline_in_the_province_the_event_names_stays(places: PlaceResolver) -> None:
    # "TIKRIT, May 14 (Wire) - Militants stormed an army post in a village area of
    # Salahaddin province, 170 km north of Baghdad, late on Monday."
    result = places.resolve(
        [pm("TIKRIT", "dateline"), pm("Salahaddin province", "area of"), pm("Baghdad", "north of")],
        focus=["IQ"],
    )
    assert (result.location, result.admin1) == ("Tikrit", "Salah ad Din")


def test_a_dateline_alone_is_the_place(places: PlaceResolver) -> None:
    # "KIRKUK, March 2 (Wire) - Gunmen shot dead a tribal sheikh on Sunday, police said."
    result = places.resolve([pm("KIRKUK", "dateline")], focus=["IQ"])
    assert result.location == "Kirkuk"


@pytest.mark.parametrize(
    ("name", "admin1", "location"),
    [
        ("Sinune", "Nineveh", "Sinune"),
        ("Snune", "Nineveh", "Sinune"),
        ("al-Nukhaib", "Anbar", "Nukhaib"),
    ],
)
def test_towns_the_packaged_gazetteer_lacks_are_landmarks(
    places: PlaceResolver, name: str, admin1: str, location: str
) -> None:
    # "a Turkish drone struck a car at the entrance to Sinune": Sinune itself, not Sinah in
    # Duhok, the look-alike the gazetteer would offer (data/resolve/landmarks.yaml)
    result = places.resolve([pm(name, "entrance to")], focus=["IQ"])
    assert (result.admin1, result.location) == (admin1, location)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # an outlet's byline: the place after the dash, dated
        (
            "Ayiti Flash - Port-au-Prince, 16 August 2023 (translated from French)\n\nGangs ...",
            "Port-au-Prince",
        ),
        ("Bamdad News Agency - Kabul - Tuesday, 13 Sonbola 1403\n\nA suicide attack ...", "Kabul"),
        # the place first, then the outlet: the place stays
        ("Diyala - Sirwan Akhbar - Wednesday, 14 February 2024\n\nAn explosive ...", "Diyala"),
        ("Kirkuk - Mada Iraq\n\nA medical source ...", "Kirkuk"),
        # a wire's dateline is itself the place
        ("MOGADISHU, June 9 (Wire) - Fighters stormed ...", "MOGADISHU"),
    ],
)
def test_a_byline_gives_the_place_after_the_outlet(head: str, expected: str) -> None:
    from sitrep.resolve.focus import dateline

    towns = {"port-au-prince", "kabul", "kirkuk", "mogadishu"}
    assert dateline(head, lambda name: name.lower() in towns) == expected
    # without the gazetteer's word, the first name stands
    assert dateline(head) == head.split(" - ")[0].split(",")[0].strip()
