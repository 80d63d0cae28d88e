"""How a site mention splits into its name and designator once the extractor hands it over
(``sitrep.resolve.designators``): a lower-case word that describes the site ("tourist",
"military") is not part of the name, a lower-case particle inside it is, and a resort is a
site near a town; and when a text counts as lower-cased. No model."""

from __future__ import annotations

import pytest
import spacy

from sitrep.extract import places_dates
from sitrep.resolve.designators import split_designator


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sarsang summer resort", ("Sarsang", "outer", "resort")),
        ("Taji military base", ("Taji", "outer", "base")),
        ("al-Haqlaniya air base", ("al-Haqlaniya", "outer", "air base")),
        ("Wadi al-Tharthar valley", ("Wadi al-Tharthar", "outer", "valley")),
        ("Ras al-Ain crossing", ("Ras al-Ain", "outer", "crossing")),
        ("Zaghniya police station", ("Zaghniya", "inner", "police station")),
    ],
)
def test_name_without_descriptors(text: str, want: tuple[str, str, str]) -> None:
    assert split_designator(text) == want


def test_lower_cased_name_is_left_whole() -> None:
    assert split_designator("tel al bayda village") == ("tel al bayda", "city", "village")


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("a bomb exploded in usulutan on tuesday, killing two soldiers.", True),
        ("A bomb exploded in Usulutan on Tuesday, killing two soldiers.", False),
        ("", False),
    ],
)
def test_lower_cased_text_is_told_from_cased_text(text: str, lowered: bool) -> None:
    """Only a lower-cased text takes the bare-name fallback after a preposition."""
    assert places_dates._lower_cased(spacy.blank("en")(text)) is lowered
