"""Fixtures of the resolve tests: a small hand-made gazetteer (fast, no packaged data)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.resolve.actors import ActorDictionary
from sitrep.resolve.gazetteer import Gazetteer

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_PLACES: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (99237, "Iraq", "country", "IQ", None, None, 33.0, 44.0, 38_000_000, ["Republic of Iraq"]),
    (163843, "Syria", "country", "SY", None, None, 35.0, 38.0, 17_000_000,
     ["Syrian Arab Republic"]),
    (6252001, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000,
     ["USA", "U.S.", "America"]),
    (272103, "Lebanon", "country", "LB", None, None, 33.8, 35.8, 6_000_000, []),
    (98180 + 1, "Baghdad", "admin1", "IQ", "07", None, 33.3, 44.4, 0, ["Baghdad Governorate"]),
    (96965, "Diyala", "admin1", "IQ", "10", None, 33.9, 45.0, 0, ["Diyala Governorate", "Diyala"]),
    (98410, "Kirkuk", "admin1", "IQ", "13", None, 35.4, 44.2, 0, ["Kirkuk Province", "Tamim"]),
    (91695, "Salah ad Din", "admin1", "IQ", "18", None, 34.5, 43.7, 0,
     ["Salahaddin", "Salah al-Din", "Saladin", "Şalāḩ ad Dīn"]),
    (92877, "Nineveh", "admin1", "IQ", "15", None, 36.2, 42.5, 0, ["Ninawa", "Nīnawá"]),
    (99592, "Anbar", "admin1", "IQ", "01", None, 33.4, 42.0, 0, ["Al Anbar", "Al Anbār"]),
    (170000 + 1, "Al Hasakah", "admin1", "SY", "01", None, 36.5, 40.7, 0,
     ["Hasakah", "Al-Hasakah Governorate", "Al Ḩasakah"]),
    (170000 + 7, "Deir ez-Zor", "admin1", "SY", "07", None, 35.0, 40.3, 0,
     ["Dayr az Zawr", "Deir al-Zour"]),
    (170000 + 12, "Idlib", "admin1", "SY", "12", None, 35.8, 36.6, 0, []),
    (4138106, "District of Columbia", "admin1", "US", "DC", None, 38.9, -77.0, 0, []),
    (98182, "Baghdad", "city", "IQ", "07", None, 33.34, 44.40, 7_216_000, ["Bagdad"]),
    (94787, "Kirkuk", "city", "IQ", "13", None, 35.47, 44.39, 1_031_000, ["Kerkuk"]),
    (90150, "Tikrit", "city", "IQ", "18", None, 34.616, 43.679, 42_477, ["Tikrīt", "Tekrit"]),
    (900001, "Tikrit", "city", "LB", None, None, 34.0, 35.9, 900, []),
    (91000, "Sinjar", "city", "IQ", "15", None, 36.32, 41.88, 38_294, ["Shingal", "Sinjār"]),
    (91001, "Sinjar", "city", "SY", "12", None, 35.60, 36.95, 0, []),
    (98229, "Baqubah", "city", "IQ", "10", None, 33.75, 44.64, 152_550, ["Baquba", "Ba'qubah"]),
    (99347, "Muqdadiyah", "city", "IQ", "10", None, 33.98, 44.94, 155_968,
     ["Al Miqdadiyah", "Al Miqdādīyah"]),
    (91700, "Tarmiyah", "city", "IQ", "07", None, 33.67, 44.40, 0, ["At Tarmiyah"]),
    (94000, "Al Qaim", "city", "IQ", "01", None, 34.37, 41.09, 74_100, ["Al Qā’im", "Al Qa'im"]),
    (173000, "Al Hasakah", "city", "SY", "01", None, 36.50, 40.75, 422_445, ["Al Ḩasakah"]),
    (4140963, "Washington", "city", "US", "DC", None, 38.895, -77.036, 689_545, []),
    # look-alikes abroad that must not capture places of an Iraq or Syria story
    (1835841, "South Korea", "country", "KR", None, None, 36.5, 127.8, 51_000_000, []),
    (248816, "Jordan", "country", "JO", None, None, 31.0, 36.0, 10_000_000, []),
    (2017370, "Russia", "country", "RU", None, None, 60.0, 100.0, 144_000_000, []),
    (298795, "Turkey", "country", "TR", None, None, 39.0, 35.0, 82_000_000, []),
    (1835848, "Seoul", "city", "KR", "11", None, 37.566, 126.978, 10_349_312, []),
    (1268865, "Jora", "city", "IN", "35", None, 26.342, 77.809, 42_153, ["Joura"]),
    (250582, "Mafraq", "city", "JO", "15", None, 32.343, 36.208, 57_118, ["Al Mafraq"]),
    (292913, "Al Karama", "city", "AE", "03", None, 25.240, 55.301, 75_560, []),
    (250441, "Amman", "city", "JO", "16", None, 31.955, 35.945, 1_275_857, []),
    (170000 + 2, "Deir ez-Zor", "city", "SY", "07", None, 35.336, 40.141, 271_800,
     ["Dayr az Zawr", "Deir Ezzor"]),
    (171000, "Dhiban", "city", "SY", "07", None, 35.015, 40.510, 0, ["Thiban"]),
    (98300, "Al Tarmia District", "admin2", "IQ", "07", "9166569", 33.5, 44.5, 0,
     ["Tarmiya District", "Tarmiyah District"]),
    (98301, "Sadr City", "city", "IQ", "07", None, 33.389, 44.458, 0, []),
]  # fmt: skip


def write_small_index(out: Path) -> Path:
    capitals = {98182, 4140963, 1835848, 250441}  # Baghdad, Washington, Seoul, Amman
    return write_rows_index(_PLACES, out, capitals=capitals)


@pytest.fixture(scope="session")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_index(tmp_path_factory.mktemp("gaz") / "small.sqlite")


@pytest.fixture(scope="session")
def gazetteer(small_index: Path) -> Gazetteer:
    return Gazetteer.load(small_index)


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    return ActorDictionary.load()
