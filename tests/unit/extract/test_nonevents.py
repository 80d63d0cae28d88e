"""Statements, threats, plans, hypotheticals, negations and generic descriptions give no event,
and each dropped trigger carries its reason (real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

NON_EVENTS: list[tuple[str, str, str]] = [
    (
        "condemnation",
        "statement",
        "The foreign ministry strongly condemned the attacks on civilians in the north.",
    ),
    (
        "concern",
        "statement",
        "The governor said he was deeply concerned about the attacks of the militants in the "
        "region.",
    ),
    ("threat", "threat", "The group threatened to attack polling stations across the province."),
    ("vow", "threat", "Militant leaders vowed to launch attacks on foreign troops."),
    ("warning", "hypothetical", "Officials warned of possible bombings during the holiday."),
    (
        "plan",
        "plan/prevention",
        "The ministry announced a plan to fortify army posts against militant attacks.",
    ),
    ("prevent", "plan/prevention", "Police set up new checkpoints to prevent attacks on pilgrims."),
    (
        "mobilise",
        "plan/prevention",
        "Elders said armed youths were mobilising to launch a revenge raid on the cattle camps.",
    ),
    (
        "plot",
        "plan/prevention",
        "The cell had been plotting a bombing of the bus station for weeks, investigators said.",
    ),
    (
        "hypothetical-if",
        "hypothetical",
        "If the militants attacked the city, the police would respond within minutes.",
    ),
    (
        "hypothetical-could",
        "hypothetical",
        "Analysts said the cells could attack oil fields in the desert.",
    ),
    ("negated", "negated", "The militia did not attack the convoy, its spokesman insisted."),
    (
        "negated-coordination",
        "negated",
        "There was no rebel rocket or drone attack on the border towns during the truce week.",
    ),
    ("denied", "negated", "The army denied that its soldiers had shelled the village."),
    (
        "habitual",
        "habitual/generic",
        "The group has continued to launch attacks, including kidnappings and ambushes, in "
        "rural areas.",
    ),
    (
        "generic-present",
        "habitual/generic",
        "Its remaining cells still mount ambushes on soldiers in the desert.",
    ),
    (
        "trend",
        "habitual/generic",
        "Officials noted a decrease in attacks in the province this quarter.",
    ),
    ("any", "habitual/generic", "Troops are ready to repel any attack on the border."),
    (
        "call",
        "threat",
        "The spokesman called on followers to attack checkpoints during the holy month.",
    ),
    (
        "wanted for",
        "hypothetical",
        "Other analysts believe the militia lacks the fighters for a final assault on Kadugli.",
    ),
]


@pytest.mark.parametrize(("case", "reason", "text"), NON_EVENTS, ids=[c[0] for c in NON_EVENTS])
def test_non_event_has_no_candidate(
    run: Callable[..., Extraction], case: str, reason: str, text: str
) -> None:
    extraction = run(text)
    assert extraction.candidates == [], case
    assert extraction.decisions, "every trigger considered gets a decision"
    assert not any(d.kept for d in extraction.decisions)
    assert reason in {d.reason for d in extraction.decisions}, [
        d.reason for d in extraction.decisions
    ]


def test_no_casualties_reported_keeps_the_event(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Two rockets landed near Baghdad airport on Tuesday night; no casualties were reported."
    ).candidates
    assert ev.fatalities is not None and ev.fatalities.value == 0


def test_interview_without_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "In an interview, the police chief said militants still move between villages at night.\n\n"
        "He added that his men were ready for any attack and would close the roads on election day."
    )
    assert run(text).candidates == []


def test_opinion_about_resurgence(run: Callable[..., Extraction]) -> None:
    text = (
        "Every few months, a spectacular attack revives the question of whether the group is "
        "back.\n\n"
        "Monthly attack claims have fallen steadily since 2019."
    )
    assert run(text).candidates == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men at a checkpoint in Cotabato City on Sunday and seized a bag "
        "holding blasting caps and a phone.",
        "Troops arrested a suspect in Mosul on Monday and found blasting powder in his car.",
    ],
)
def test_the_supplies_of_a_bomb_are_no_blast(run: Callable[..., Extraction], text: str) -> None:
    [ev] = run(text).candidates
    assert ev.sub_event_type == SubEventType.ARRESTS
