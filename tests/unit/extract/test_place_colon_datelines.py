"""A dateline in capitals may close with a colon ("AMMAN: The body of ..."), as some
regional outlets write it; a section label before a colon ("UPDATE:") is no town.
Original sentences in the voice of a regional outlet. Real model."""

from __future__ import annotations

import pytest
from place_helpers import article_place_names
from spacy.language import Language

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.places_dates import places_in
from sitrep.extract.ruler import SPANS_KEY

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


def test_a_dateline_town_the_tagger_labels_is_still_the_dateline(nlp: Language) -> None:
    # the tagger labels "BAGHDAD" a GPE: its mention must say it is the dateline, which
    # the resolver reads as the bureau's town, not the incident's
    doc = nlp(
        "BAGHDAD, Nov 18 (Tigris Wire) - Four Iraqi soldiers were killed late on Sunday "
        "when a roadside bomb tore through their Humvee in the desert east of Samarra, "
        "two security officials said."
    )
    spans = doc.spans.get(SPANS_KEY, [])
    mentions = places_in(doc, 0, len(doc), spans, load_lexicon())
    contexts = {p.text: p.context for p in mentions}
    assert contexts.get("BAGHDAD") == "dateline"
    assert [p.text for p in mentions].count("BAGHDAD") == 1
