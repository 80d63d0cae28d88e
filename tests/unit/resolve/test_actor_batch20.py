"""Armed groups of blind batch 20's countries, resolved for the story's country: Iran's
Jaish al-Adl under the name state media give it, Thailand's BRN and its RKK cells, the
TPNPB of Papua under Jakarta's "KKB", Bangladesh's KNF, Ecuador's gangs, the maras, Brazil's
factions ("CV" only in capitals), Peru's MPCP, Burundi's RED-Tabara and Imbonerakure, the
Bawku militias of Ghana, and the Islamic State in Russia (the "international terrorist
organisation" of Russian reporting)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.resolve.actors import ActorDictionary

DAY = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("the terrorist group Jaish al-Zolm", "Iran", "Jaish al Adl"),
        ("Jaish al-Adl", "Iran", "Jaish al Adl"),
        ("an RKK cell", "Thailand", "BRN: Barisan Revolusi Nasional"),
        ("the KKB", "Indonesia", "TPNPB: West Papua National Liberation Army"),
        ("the Kuki-Chin National Front", "Bangladesh", "KNF: Kuki-Chin National Front"),
        ("Los Lobos", "Ecuador", "Los Lobos"),
        ("members of Los Chone Killers", "Ecuador", "Chone Killers"),
        ("the 18th Street gang", "Honduras", "Barrio 18"),
        ("Mara Salvatrucha", "El Salvador", "MS-13: Mara Salvatrucha"),
        ("the Comando Vermelho", "Brazil", "CV: Red Command"),
        ("the Militarized Communist Party of Peru", "Peru",
         "MPCP: Militarized Communist Party of Peru"),
        ("RED-Tabara rebels", "Burundi", "RED-Tabara: Resistance for the Rule of Law in Burundi"),
        ("Imbonerakure militiamen", "Burundi", "Imbonerakure"),
        ("armed Kusasi youth", "Ghana", "Kusasi Ethnic Militia (Ghana)"),
        ("an international terrorist organisation", "Russia", "Islamic State (Russia)"),
    ],
)  # fmt: skip
def test_batch20_actors(actors: ActorDictionary, text: str, country: str, name: str) -> None:
    found = actors.match(text, country=country, on=DAY)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("text", "country"), [("KKB", "Iraq"), ("OPM", "United States"), ("CNL", "France")]
)
def test_local_names_elsewhere_name_no_one(
    actors: ActorDictionary, text: str, country: str
) -> None:
    found = actors.match(text, country=country, on=DAY)
    assert found is None or found.name not in {
        "TPNPB: West Papua National Liberation Army",
        "CNL: National Congress for Freedom",
    }
