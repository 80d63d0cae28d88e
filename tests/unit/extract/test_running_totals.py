"""A running total is no incident: "the number of martyrs in the south has exceeded 360"
since a calendar day, and what drones "have struck ... again and again since 2021". The
cue is read on the trigger's parse (``non_event_reason``); a count since a weekday and a
toll update of one incident are not totals. Real model; original text in the voices of a
translated outlet and a local paper."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.cues import non_event_reason
from sitrep.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow


def _reason(nlp: Language, text: str, word: str, kind: str) -> str | None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return non_event_reason(doc[tok.i : tok.i + 1], kind, load_lexicon())


def test_the_number_of_dead_since_a_calendar_day_is_a_total(nlp: Language) -> None:
    text = (
        "Since the 8th of October, the number of martyrs in the south has exceeded 360, most"
        " of them fighters of the resistance, according to a count of the agency."
    )
    assert _reason(nlp, text, "martyrs", "kill") is not None


def test_strikes_since_a_year_in_the_present_perfect_are_a_habit(nlp: Language) -> None:
    text = (
        "Yazidi officials say drones have struck cars, houses and checkpoints across the"
        " district again and again since 2021."
    )
    assert _reason(nlp, text, "struck", "attack") is not None


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "The number of people killed in Monday's bombing of the market has risen to 35, a"
            " health official said.",
            "killed",
            "kill",
        ),
        (
            "Gunmen have attacked the checkpoint near Tarmiyah twice since Monday, police said.",
            "attacked",
            "attack",
        ),
    ],
)
def test_an_update_or_a_count_since_a_weekday_is_no_total(
    nlp: Language, text: str, word: str, kind: str
) -> None:
    assert _reason(nlp, text, word, kind) is None
