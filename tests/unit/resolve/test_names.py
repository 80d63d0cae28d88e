from __future__ import annotations

import pytest

from sitrep.resolve import fold_place_name
from sitrep.resolve.names import NAME_CACHE_SIZE, ascii_name

FAMILIES = [
    ["Salah ad Din", "Salah al-Din", "Salahaddin", "Şalāḩ ad Dīn"],
    ["Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour", "Deir Ezzor"],
    ["Hasakah", "Al Hasakah", "Hasaka", "Al-Hasakah", "Al Ḩasakah"],
    ["Muqdadiyah", "Miqdadiyah", "Al Miqdādīyah"],
    ["Qaim", "Qa'im", "Al Qā’im", "al-Qaim"],
    ["Tikrit", "Tikrīt", "Tekrit"],
    ["Fallujah", "Falluja", "Al Fallūjah"],
]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f[0])
def test_spelling_families_share_a_key(family: list[str]) -> None:
    keys = {fold_place_name(name) for name in family}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [("Baghdad", "Basra"), ("Kirkuk", "Karbala"), ("Mosul", "Samarra"), ("Erbil", "Irbid")],
)
def test_different_places_keep_different_keys(a: str, b: str) -> None:
    assert fold_place_name(a) != fold_place_name(b)


def test_ascii_name_drops_marks_and_case() -> None:
    assert ascii_name("Tall ‘Afar") == "tall afar"
    assert ascii_name("Şalāḩ ad Dīn") == "salah ad din"
    assert ascii_name("  Deir   ez-Zor ") == "deir ez zor"


def test_single_article_word_is_kept() -> None:
    assert fold_place_name("As") != ""


def test_town_and_site_key_contains_both_parts() -> None:
    whole = fold_place_name("Erbil - Erbil International Airport")
    assert fold_place_name("Erbil International Airport") in whole
    assert fold_place_name("Arbil") in whole


def test_name_memos_stay_bounded() -> None:
    """A long run meets ever new names: the memos keep at most NAME_CACHE_SIZE each
    (about 200 bytes an entry), and answers are the same after eviction."""
    assert NAME_CACHE_SIZE <= 16_384
    first = fold_place_name("Tall ‘Afar")
    for i in range(NAME_CACHE_SIZE + 10):
        fold_place_name(f"Qaryat {i}")
    for memo in (ascii_name, fold_place_name):
        assert memo.cache_info().maxsize == NAME_CACHE_SIZE
        assert memo.cache_info().currsize <= NAME_CACHE_SIZE
    assert fold_place_name("Tall ‘Afar") == first
