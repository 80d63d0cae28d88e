"""A condemnation that names the person killed reports the killing, in lower-cased text too
(real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "the interior ministry condemned today the assassination of peasant leader ramiro "
        "tzul in quetzaltenango on 3 may.",
        "The bishops deplored the murder of journalist Carlos Medina in Ayacucho on Sunday.",
    ],
)
def test_a_condemned_killing_of_a_named_person_happened(
    run: Callable[..., Extraction], text: str
) -> None:
    assert [c.sub_event_type for c in run(text).candidates] == [SubEventType.ATTACK]


def test_condemning_killings_in_general_is_no_incident(run: Callable[..., Extraction]) -> None:
    text = "The minister condemned the killing of civilians in the south of the country."
    assert run(text).candidates == []
