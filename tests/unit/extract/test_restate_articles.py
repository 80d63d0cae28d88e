"""Restatements in whole articles (real model, original sentences): a survivor's or an
official's retelling of the incident is no second event, a place a source speaks from is not
the incident's place, and two explicit dates that differ keep two incidents apart. Near
misses: a witness recalling an earlier attack, a quote reporting a new clash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction

LEDE = (
    "Gunmen on motorbikes attacked a group of herders near the village of Tessit in northern "
    "Mali on Tuesday, killing at least nine of them, local officials said on Wednesday.\n\n"
)


def _places(extraction: Extraction) -> set[str]:
    return {p.text for c in extraction.candidates for p in c.places}


@pytest.mark.slow
def test_a_survivors_quote_retelling_the_attack_is_no_second_event(
    run: Callable[..., Extraction],
) -> None:
    text = LEDE + (
        '"They rode in from the dunes and started shooting at anyone who moved," a herder '
        "who survived told a local radio station from a hospital in Gao."
    )
    out = run(text, date(2022, 1, 26))
    assert len(events_of(out)) == 1
    assert "Gao" not in _places(out)


@pytest.mark.slow
def test_a_witness_recalling_an_earlier_attack_elsewhere_tells_that_attack(
    run: Callable[..., Extraction],
) -> None:
    text = LEDE + (
        '"In March they came to Menaka and shot dead eleven traders at the cattle market," '
        "a herder told reporters."
    )
    out = run(text, date(2022, 1, 26))
    assert any("Menaka" in p.text for c in out.candidates for p in c.places)
    assert len(out.candidates) == 2


@pytest.mark.slow
def test_a_quote_reporting_a_new_clash_is_a_new_event(run: Callable[..., Extraction]) -> None:
    text = LEDE + (
        '"This morning fighters attacked our post in Ansongo and we fought them for two '
        'hours," the army commander told reporters on Wednesday.'
    )
    out = run(text, date(2022, 1, 26))
    assert len(events_of(out)) == 2
    assert any("Ansongo" in p.text for c in out.candidates for p in c.places)


@pytest.mark.slow
def test_an_official_statement_quoted_again_gives_the_incident_its_day(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Baghdad - The Security Command announced, today, Tuesday, the martyrdom of two "
        "soldiers and the wounding of three others in a terrorist attack on an army post in "
        "the Tarmiyah district, north of Baghdad.\n\n"
        'The Command said in a statement that "terrorist remnants attacked, at dawn '
        "yesterday, Monday, a post of the army in the Tarmiyah district, and our heroes "
        'repelled them".'
    )
    out = run(text, date(2022, 1, 25))
    events = events_of(out)
    assert len(events) == 1
    assert "Monday" in events[0].dates[0].text


@pytest.mark.slow
def test_a_strike_on_another_explicit_date_is_no_restatement(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Drones struck a car near Amadiya in Duhok province on Monday evening, killing two "
        "men, officials said.\n\n"
        "The province has often been targeted. On 3 March, a drone struck a truck near Zakho "
        "in Duhok province, and no one was hurt."
    )
    out = run(text, date(2022, 6, 8))
    assert len(out.candidates) == 2
