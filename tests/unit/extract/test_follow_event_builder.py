"""Follow-up fixes in the event builder (issue #3): an infinitive the parser reads as a noun
modifier, an arrest's perpetrators as actor1, a communique's list items taken for titles,
and a live blog's timestamped updates (original sentences; real model unless the check is
on text alone)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from sitrep.extract.group_cues import under_timestamp
from sitrep.model import ActorRole, Extraction, SubEventType

S = SubEventType


def _reasons(extraction: Extraction, word: str) -> list[str | None]:
    return [d.reason for d in extraction.decisions if d.trigger.text.lower() == word]


def _actor1(extraction: Extraction, sub: SubEventType) -> list[str]:
    return [
        a.text.lower()
        for c in extraction.candidates
        if c.sub_event_type == sub
        for a in c.actors
        if a.role == ActorRole.ACTOR1
    ]


# -- 1. "had to lathi-charge": an infinitive, not a modifier of the next noun -------------
@pytest.mark.slow
def test_infinitive_after_had_to_is_no_noun_modifier(run: Callable[..., Extraction]) -> None:
    text = (
        "the police had to lathi-charge bajrang dal workers who blocked the highway near "
        "anand on monday."
    )
    extraction = run(text)
    assert "modifier of another noun" not in _reasons(extraction, "lathi-charge")
    assert extraction.candidates


@pytest.mark.slow
def test_preposition_to_before_a_compound_stays_a_modifier(
    run: Callable[..., Extraction],
) -> None:
    text = "Residents of Sderot ran to bomb shelters on Monday as the sirens sounded."
    assert _reasons(run(text), "bomb") == ["modifier of another noun"]


# -- 2. arrests: those who did the damage are not the arresting actor1 --------------------
@pytest.mark.slow
def test_perpetrators_of_damage_are_no_actor1_of_their_arrest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "a cart was damaged in kalol on saturday by a group of youths of which six persons "
        "were arrested."
    )
    extraction = run(text)
    assert any(c.sub_event_type == S.ARRESTS for c in extraction.candidates)
    assert not any("youths" in a for a in _actor1(extraction, S.ARRESTS))


@pytest.mark.slow
def test_police_who_raid_and_arrest_stay_actor1(run: Callable[..., Extraction]) -> None:
    text = "Police raided a hideout in Rajkot on Tuesday and arrested three suspects."
    assert any("police" in a for a in _actor1(run(text), S.ARRESTS))


# -- 4. a communique's list items ending in ";" are not title lines ------------------------
@pytest.mark.slow
def test_list_item_ending_in_a_semicolon_is_an_antecedent(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "The defence ministry issued the following statement on Wednesday:\n\n"
        "- a terrorist group attacked an army post near Tillia on Tuesday, killing four "
        "soldiers;\n"
        "- two suspects were arrested in Tahoua;\n\n"
        "The ministry said seven of the attackers were killed as the soldiers repelled the "
        "attack on the post.\n"
    )
    extraction = run(text)
    later = [d for d in extraction.decisions if d.trigger.start > text.index("The ministry")]
    assert later
    assert all(d.kept and d.reason == "duplicate mention of event 1" for d in later)


@pytest.mark.slow
def test_a_title_line_without_a_stop_is_still_a_headline(nlp: Language) -> None:
    text = "Gunmen attack army post near Tillia\n\nThe ministry gave no further details.\n"
    assert any(f.headline for f in nlp(text)._.sitrep_frames)


# -- 5. a live blog's update under a bare clock time is told as it happens ----------------
LIVE = (
    "Live: marches in Khartoum\n\n"
    "Last updated 22:10\n\n"
    "16:45\n"
    "In Omdurman, witnesses report police trucks firing tear gas canisters at marchers "
    "near the parliament building.\n"
)


@pytest.mark.slow
def test_update_under_a_timestamp_is_no_generic_statement(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(LIVE)
    assert extraction.candidates
    assert "habitual/generic" not in {d.reason for d in extraction.decisions}


@pytest.mark.slow
def test_same_words_without_a_timestamp_stay_generic(run: Callable[..., Extraction]) -> None:
    text = (
        "In Omdurman, residents say police trucks firing tear gas canisters at marchers "
        "are a familiar sight near the parliament building.\n"
    )
    assert "habitual/generic" in {d.reason for d in run(text).decisions}


def test_timestamp_line_heads_the_lines_of_its_update() -> None:
    text = "Intro line.\n\n14:05\nFirst line of the update.\nSecond line of it."
    assert under_timestamp(text, text.index("First"))
    assert under_timestamp(text, text.index("Second"))
    assert under_timestamp("09:30 GMT\n\nTroops moved in.", 16)


def test_a_time_inside_a_line_or_a_blank_gap_is_no_timestamp_heading() -> None:
    assert not under_timestamp("Last updated 23:40\nTroops moved in.", 20)
    text = "14:05\nAn earlier update.\n\nA later paragraph with no time."
    assert not under_timestamp(text, text.index("A later"))
    assert not under_timestamp("Police fired at 14:05 on the crowd.", 20)
