"""Rules read in the session of blind batch 26: claims of responsibility as translated copy
words them ("accepted the responsibility of the attack", "assumed the authorship of the
attack", Arabic tabanna: "Daesh adopted the attack") (real model; every sentence is
original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

ON = date(2023, 11, 8)


def _claimants(extraction: Extraction) -> list[str]:
    return [
        a.text
        for event in events_of(extraction)
        for a in event.actors
        if a.role.value == "claimed_by"
    ]


@pytest.mark.parametrize(
    ("claim", "claimant"),
    [
        (
            "The outlawed Baloch Republican Army accepted the responsibility of the attack in a "
            "message to reporters.",
            "Baloch Republican Army",
        ),
        (
            "The terrorist Daesh organisation adopted the attack in a statement carried by its "
            "Amaq agency on Tuesday night.",
            "Daesh",
        ),
        (
            "The self-styled Islamic State assumed the authorship of the attack in a message on "
            "its channels.",
            "Islamic State",
        ),
        (
            "Hours later the Jaish al-Adl group took the responsibility of the attack in a "
            "statement on its website.",
            "Jaish al-Adl",
        ),
    ],
)
def test_translated_claims_of_responsibility(
    run: Callable[..., Extraction], claim: str, claimant: str
) -> None:
    text = (
        "Gunmen attacked a police post in the Turbat area of Kech district on Monday night, "
        "killing two policemen and wounding three others, officials said.\n\n" + claim
    )
    assert any(claimant in name for name in _claimants(run(text, published=ON)))


def test_adopting_a_plan_after_an_attack_is_no_claim(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen attacked a police post in the Turbat area of Kech district on Monday night, "
        "killing two policemen, officials said.\n\n"
        "The provincial cabinet adopted the security plan for the district on Tuesday, a week "
        "after a similar raid."
    )
    assert _claimants(run(text, published=ON)) == []
