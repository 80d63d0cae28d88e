"""A dateline in capitals may close with a colon ("AMMAN: The body of ..."), as some
regional outlets write it; a section label before a colon ("UPDATE:") is no town.
Original sentences in the voice of a regional outlet. Real model."""

from __future__ import annotations

import pytest
from place_helpers import article_place_names
from spacy.language import Language

pytestmark = pytest.mark.slow


def test_capitals_closed_by_a_colon_are_a_dateline(nlp: Language) -> None:
    doc = nlp(
        "Migrant found dead in port. AMMAN: The body of a Syrian labourer was found near "
        "the harbour on Monday, police said."
    )
    assert "AMMAN" in article_place_names(doc)


@pytest.mark.parametrize("label", ["UPDATE", "CORRECTION", "ANALYSIS", "WARNING"])
def test_a_section_label_before_a_colon_is_no_dateline(nlp: Language, label: str) -> None:
    doc = nlp(f"{label}: The ministry revised its figures on Tuesday, officials said.")
    assert label not in article_place_names(doc)
