"""Actors of blind batch 18's countries, resolved for the story's country and day: the period
suffixes ACLED gives the state forces of the Democratic Republic of Congo, the Central African
Republic, Benin and South Sudan, the 3R rebels, South Sudan's ethnic militias, Haiti's gangs and
the Kenyan-led mission, and Israeli settlers ("settlers" alone names them only in Palestine)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.resolve.actors import ActorDictionary


@pytest.mark.parametrize(
    ("text", "country", "day", "name"),
    [
        ("FARDC", "Democratic Republic of Congo", date(2022, 6, 13),
         "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("the Congolese army", "Democratic Republic of Congo", date(2018, 6, 13),
         "Military Forces of the Democratic Republic of Congo (2001-2019)"),
        ("soldiers", "Central African Republic", date(2024, 5, 16),
         "Military Forces of the Central African Republic (2016-)"),
        ("soldiers", "Benin", date(2025, 1, 8), "Military Forces of Benin (2016-)"),
        ("police", "South Sudan", date(2024, 2, 11), "Police Forces of South Sudan (2011-)"),
        ("elements of the armed group 3R", "Central African Republic", date(2024, 5, 16),
         "3R: Return, Reclamation, Rehabilitation"),
        ("armed Murle youth", "South Sudan", date(2024, 2, 10),
         "Murle Ethnic Militia (South Sudan)"),
        ("the Gran Grif gang", "Haiti", date(2024, 10, 3), "Gran Grif Gang"),
        ("Kenyan police of the MSS", "Haiti", date(2024, 10, 5),
         "MSS: Multinational Security Support Mission in Haiti"),
        ("dozens of settlers", "Palestine", date(2023, 6, 21), "Settlers (Israel)"),
        ("Israeli settlers", "Israel", date(2023, 6, 21), "Settlers (Israel)"),
    ],
)  # fmt: skip
def test_batch18_actors(
    actors: ActorDictionary, text: str, country: str, day: date, name: str
) -> None:
    found = actors.match(text, country=country, on=day)
    assert found is not None and found.name == name


@pytest.mark.parametrize(("text", "country"), [("settlers", "Iraq"), ("3R", "Iraq")])
def test_local_names_elsewhere_name_no_one(
    actors: ActorDictionary, text: str, country: str
) -> None:
    found = actors.match(text, country=country, on=date(2024, 5, 1))
    assert found is None or found.name not in {
        "Settlers (Israel)",
        "3R: Return, Reclamation, Rehabilitation",
    }
