"""Phrasings of blind batch 19 (translated Arabic copy from Sudan), in sentences written for
these tests (real model)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_a_name_held_under_control_is_a_place(run: Callable[..., Extraction]) -> None:
    """The tagger takes "Wad Madani" for a person; what is under someone's control is ground."""
    text = (
        "The Rapid Support had taken control of Wad Madani on 18 December 2023, after the army "
        "withdrew from it, which caused the displacement of thousands toward Sennar."
    )
    places = [p.text for c in run(text, date(2025, 1, 14)).candidates for p in c.places]
    assert "Wad Madani" in places
