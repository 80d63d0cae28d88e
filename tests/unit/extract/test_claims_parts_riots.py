"""Claims told after the incident, one incident told in parts, and crowds that riot (real
model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _claimants(extraction: Extraction) -> list[list[str]]:
    return [
        [a.text for a in c.actors if a.role is ActorRole.CLAIMED_BY] for c in extraction.candidates
    ]


# -- claims of responsibility attach to the incident already told --------------------------
def test_claim_on_a_later_day_is_the_ambush_told_before(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen ambushed an army patrol near the village of Kassa last Thursday, killing nine "
        "soldiers, the defence ministry said. The Islamic State's Sahel Province claimed the "
        "attack on Saturday."
    )
    out = run(text, date(2023, 3, 14))
    assert len(out.candidates) == 1
    assert any("Islamic State" in name for name in _claimants(out)[0])


def test_claim_the_following_day_is_the_attack_told_before(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Insurgents attacked the village of Namau on Tuesday night and killed a teacher, "
        "police said. The so-called Islamic State claimed the attack the following "
        "day through its news agency."
    )
    out = run(text, date(2022, 9, 10))
    assert len(out.candidates) == 1
    assert _claimants(out)[0]


def test_a_group_saying_its_fighters_did_it_claims_it(run: Callable[..., Extraction]) -> None:
    text = (
        "A car bomb exploded outside a hotel in Baidoa on Monday, killing six people. Al "
        "Shabaab said in a statement that its fighters had carried out the bombing."
    )
    out = run(text, date(2022, 7, 5))
    assert len(out.candidates) == 1
    assert _claimants(out)[0] == ["Al Shabaab"]
    assert "Al Shabaab" in [a.text for a in out.candidates[0].actors if a.role is ActorRole.ACTOR1]


def test_a_statement_day_does_not_split_the_toll_from_the_battle(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "The ambush near Dori last Friday was the worst in months. Troops heading north were "
        "caught on an open road. Reinforcements took hours to arrive. The army said on "
        "Saturday that 33 soldiers had been killed."
    )
    out = run(text, date(2023, 2, 22))
    assert len(out.candidates) == 1
    fatalities = out.candidates[0].fatalities
    assert fatalities is not None and fatalities.value == 33


# -- one incident told in parts ----------------------------------------------------------
def test_second_of_two_blasts_is_the_same_bombing(run: Callable[..., Extraction]) -> None:
    text = (
        "Two car bombs exploded minutes apart at a busy market in Baidoa on Saturday, killing "
        "at least 20 people. The first vehicle blew up beside the market gate. The second "
        "exploded about ten minutes later as rescuers arrived."
    )
    out = run(text, date(2022, 7, 10))
    assert len(out.candidates) == 1


# -- crowds that riot ---------------------------------------------------------------------
def test_protesters_setting_fire_to_an_office_riot(run: Callable[..., Extraction]) -> None:
    text = (
        "In the Sheikh Othman district, angry youths blocked the road with burning tyres on "
        "Sunday, then they stormed the water authority office and set fire to two of its cars."
    )
    out = run(text, date(2023, 6, 13))
    assert [c.sub_event_type for c in out.candidates] == [S.VIOLENT_DEMONSTRATION]


def test_an_anchor_after_after_is_the_incident_told_before(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Gunmen abducted 40 pupils from a school in Kaura on Friday, police said. Hours after "
        "the abduction, angry youths of Kaura pelted a convoy of officials with stones and set "
        "ablaze three vehicles."
    )
    out = run(text, date(2021, 3, 1))
    subs = [c.sub_event_type for c in out.candidates]
    assert S.ABDUCTION_FORCED_DISAPPEARANCE in subs
    assert S.VIOLENT_DEMONSTRATION in subs
    assert len(subs) == 2
