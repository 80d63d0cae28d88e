"""The state a victim was left in: "a shooting left four men wounded" (the participle the
parser reads as a clause of its own), those "treated for gunshot wounds", and the grade a
hospital gives ("the driver was in critical condition"), which tells of one injured person
(real model; original text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Span

from sitrep.extract.ruler import SPANS_KEY
from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def _injured_in(nlp: Language, text: str) -> list[tuple[int | None, str]]:
    """Injury links once "in ... condition" is marked as a wound trigger (as the ruler does
    when triggers.yaml lists the phrase)."""
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == "condition")
    span = Span(doc, noun.i - 2, noun.i + 1, label="EV", span_id="wound")
    doc.spans[SPANS_KEY] = [*doc.spans[SPANS_KEY], span]
    doc = nlp.get_pipe("sitrep_casualties")(doc)
    return [
        (lk.value, doc[lk.start : lk.end].text)
        for lk in doc._.sitrep_casualties
        if lk.kind == "injured"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The driver of the van was in critical condition at a Tulsa hospital, police said.", 1),
        ("The boy's grandmother remains in serious condition.", 1),
        ("Three women were taken to a hospital in stable condition after the crash.", 3),
        ("Deputies found a man in critical condition behind a gas station.", 1),
    ],
)
def test_a_hospital_grade_tells_of_the_injured(nlp: Language, text: str, value: int) -> None:
    assert value in [v for v, _ in _injured_in(nlp, text)]


def test_a_condition_of_a_road_is_no_injury(nlp: Language) -> None:
    assert _injured_in(nlp, "The bridge was in poor condition before the storm.") == []


def test_left_wounded_read_as_a_clause(run: Callable[..., Extraction]) -> None:
    text = (
        "A gunfight outside a nightclub early Sunday left four men wounded…and detectives are "
        "still looking for the shooter."
    )
    injured = [ev.injuries.value for ev in run(text).candidates if ev.injuries is not None]
    assert injured == [4]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Two men were treated for gunshot wounds after a shooting on Pine Street on Friday.", 2),
        ("A woman was hospitalized for stab wounds after a fight outside a bar in Flint.", 1),
    ],
)
def test_treated_for_wounds(run: Callable[..., Extraction], text: str, injured: int) -> None:
    found = [ev.injuries.value for ev in run(text).candidates if ev.injuries is not None]
    assert found == [injured]
