"""More of blind batch 13 (an Iraqi daily, a translated Turkish agency, a translated
Colombian paper): angry young men who set fire to a party's gate riot; a town named "north
of" another is where they rioted, not the other; shells that fell "the same day" are one
day's shelling, not a habit; "the violence exploded" is a figure of speech; the
"signatories of the peace agreement" are no agreement; and fighting "since the night of
Thursday" is not the murder of the Wednesday before. Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import EventType, Extraction, SubEventType

pytestmark = pytest.mark.slow

PROTEST = (
    "NASIRIYAH - Riot police fired tear gas on hundreds of unemployed graduates who tried to"
    " storm the governorate building in central Nasiriyah on Monday, leaving ten people"
    " injured."
)


def test_angry_young_men_who_set_fire_riot_in_their_own_town(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        f"{PROTEST}\n\nLater on Monday night, angry young men in the town of Shatra, north of"
        " Nasiriyah, blocked the main road with burning tyres and set fire to the gate of a"
        " political party's office.",
        date(2025, 7, 15),
    )
    assert len(extraction.candidates) == 2
    riot = next(c for c in extraction.candidates if "Shatra" in [p.text for p in c.places])
    assert riot.event_type == EventType.RIOTS


def test_shells_that_fell_the_same_day_are_a_shelling(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "A Turkish air strike hit a vehicle near Penjwen on Tuesday, the ministry said.\n\n"
        "Local media claimed that Turkish artillery shells fell the same day in orchards near"
        " the village of Kani Masi in the Amedi district, causing fires in the fields.",
        date(2024, 7, 3),
    )
    subs = [c.sub_event_type for c in extraction.candidates]
    assert SubEventType.SHELLING_ARTILLERY_MISSILE in subs


def test_violence_that_exploded_after_a_murder_is_no_blast(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "The violence exploded after the murder, last Wednesday, of a couple and their baby"
        " who were travelling in a vehicle on the road between Tibu and Campo Dos. The"
        " offensive also hit firmantes (signatories) of the peace agreement in the rural"
        " zones of Teorama.\n\n"
        "Since the night of Thursday, ELN fighters entered villages of the rural area of Tibu"
        " and clashed with the dissidents, community leaders said.",
        date(2025, 1, 20),
    )
    subs = sorted(str(c.sub_event_type) for c in extraction.candidates)
    assert str(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED) not in subs
    assert str(SubEventType.AGREEMENT) not in subs
    murder = next(c for c in extraction.candidates if c.sub_event_type == SubEventType.ATTACK)
    assert "last Wednesday" in [d.text for d in murder.dates]
    assert any(c is not murder and c.event_type == EventType.BATTLES for c in extraction.candidates)


def test_the_police_who_met_a_riot_are_part_of_it(run: Callable[..., Extraction]) -> None:
    # the tear gas of the next sentence, with no day of its own, polices the riot just told
    ex = run(
        "On Tuesday morning, angry youths of Kaura blocked the Gusau-Sokoto highway, burned "
        "tyres and threw stones at the vehicles of government officials. The police fired "
        "tear gas to disperse them, and the road was reopened in the afternoon.",
        date(2024, 11, 12),
    )
    assert [c.sub_event_type for c in ex.candidates] == [SubEventType.VIOLENT_DEMONSTRATION]
