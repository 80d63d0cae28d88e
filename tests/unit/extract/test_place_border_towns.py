"""A "border town" lies on a frontier, as often on the neighbouring country's side: the
words before it do not make it a town of the story's own country, as "the village of" does
(the resolver drops a foreign town called a village of the story's country). Original
sentences in the voice of a regional outlet. Real model for the mention's context."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.places_dates import places_in
from sitrep.extract.ruler import SPANS_KEY
from sitrep.resolve.villages import CALLED_A_PLACE


@pytest.mark.parametrize(
    "words", ["border town of", "the border village of", "cross-border town of", "border city"]
)
def test_a_border_town_is_no_town_of_the_storys_country(words: str) -> None:
    assert not CALLED_A_PLACE.search(words)


@pytest.mark.parametrize("words", ["town of", "village of", "near the village of", "hamlet"])
def test_a_town_or_village_of_is_still_one(words: str) -> None:
    assert CALLED_A_PLACE.search(words)


@pytest.mark.slow
def test_the_border_town_mention_keeps_its_words(nlp: Language) -> None:
    doc = nlp(
        "Rockets fired from across the frontier struck the border town of Ceylanpinar on "
        "Monday, wounding four people, the governor's office said."
    )
    found = places_in(doc, 0, len(doc), doc.spans.get(SPANS_KEY, []), load_lexicon())
    town = next(p for p in found if p.text == "Ceylanpinar")
    assert town.context is not None
    assert not CALLED_A_PLACE.search(town.context)
