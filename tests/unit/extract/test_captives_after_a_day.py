"""The people an arrest or an abduction took, when a day stands between the verb and them
("its forces arrested, yesterday, Saturday, two Daesh terrorists"): translated state media
put the day there, and the parser then hangs the captives on the day. The counted noun
after the verb is its object all the same, unless the parse made it the head of the whole
sentence. Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "captives"),
    [
        (
            "In Anbar, the Counter-Terrorism Service said in a separate statement that its"
            " forces arrested, yesterday, Saturday, two Daesh terrorists in the Rutba district,"
            " west of Ramadi.",
            "two Daesh terrorists",
        ),
        (
            "Gunmen abducted on Tuesday evening three engineers of the oil company on the road"
            " between Kirkuk and Tikrit, police said.",
            "three engineers",
        ),
    ],
)
def test_the_counted_people_after_the_day_are_the_captives(
    run: Callable[..., Extraction], text: str, captives: str
) -> None:
    (event,) = run(text, date(2023, 5, 14)).candidates
    taken = [a.text for a in event.actors if a.role == ActorRole.ACTOR2]
    assert any(captives in t for t in taken)
