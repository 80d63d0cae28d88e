"""A town named after a person or an organisation, which the tagger takes for one, is a
place in the "of" phrase of a town, village, municipality or market: "near the public market
of Datu Piang" (a town named after a datu), "a rural area of the municipality of Fortul".
Original sentences in the voice of regional outlets. Real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.places_dates import places_in
from sitrep.extract.ruler import SPANS_KEY

pytestmark = pytest.mark.slow


def _places(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [
        p.text for p in places_in(doc, 0, len(doc), doc.spans.get(SPANS_KEY, []), load_lexicon())
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Sunday morning an improvised explosive device went off near the public market "
            "of Datu Piang, wounding eight people including two children.",
            "Datu Piang",
        ),
        (
            "Gunmen on motorcycles shot dead a village chief in the town of Sultan Kudarat late "
            "on Friday, police said.",
            "Sultan Kudarat",
        ),
    ],
)
def test_a_name_in_the_of_phrase_of_a_town_or_market_is_a_place(
    nlp: Language, text: str, place: str
) -> None:
    assert place in _places(nlp, text)


def test_a_person_in_the_of_phrase_of_something_else_is_no_place(nlp: Language) -> None:
    text = (
        "Gunmen killed the brother of Datu Piang Mangudadatu, a former mayor, outside his "
        "home in Cotabato on Friday."
    )
    names = _places(nlp, text)
    assert not any("Mangudadatu" in n for n in names)


def test_a_designator_written_in_parts_names_no_place(nlp: Language) -> None:
    # "the sub-district director" is a person; "sub - district" has no name before it
    text = (
        "The pick-up was hit near the entrance to the town. The sub-district director said "
        "three men died at the scene."
    )
    assert not any("district" in n for n in _places(nlp, text))
