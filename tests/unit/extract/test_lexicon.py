"""The data files: they load, their phrases compile, and together they reach all 25 ACLED
sub-event types."""

from __future__ import annotations

import pytest

from sitrep.errors import ExtractionError
from sitrep.extract.lexicon import inflections, load_lexicon, phrase_to_pattern, phrase_variants
from sitrep.model import SubEventType


def test_inflections_cover_regular_forms() -> None:
    assert {"kill", "kills", "killed", "killing"} <= set(inflections("kill"))
    assert {"detonate", "detonated", "detonating"} <= set(inflections("detonate"))
    assert {"stab", "stabbed", "stabbing"} <= set(inflections("stab"))
    assert {"bury", "buries", "buried"} <= set(inflections("bury"))


def test_phrase_to_pattern_syntax() -> None:
    pattern = phrase_to_pattern("blew|blown himself up the? #")
    assert pattern[0] == {"LOWER": {"IN": ["blew", "blown"]}}
    assert pattern[3] == {"LOWER": {"IN": ["the"]}, "OP": "?"}
    assert pattern[4] == {"LIKE_NUM": True}


def test_phrase_variants_expand_to_literal_strings() -> None:
    variants = phrase_variants("car bomb~")
    assert variants is not None
    assert "car bombs" in variants and "car bombing" in variants
    assert phrase_variants("in the past # days") is None  # needs a token pattern


def test_empty_phrase_is_an_error() -> None:
    with pytest.raises(ExtractionError):
        phrase_to_pattern("the?")


def test_lexicon_loads_and_is_cached() -> None:
    lex = load_lexicon()
    assert lex is load_lexicon()
    assert lex.span_patterns
    labels = {p["label"] for p in lex.span_patterns}
    assert {"EV", "WEAPON", "PLACE", "DATE_EXTRA", "DATE_REL", "CLAIM", "BLAME", "SPLIT"} <= labels
    for pattern in lex.span_patterns:
        if pattern["label"] == "EV":
            assert pattern["id"] in lex.triggers


def test_yaml_booleans_do_not_leak_into_word_lists() -> None:
    lex = load_lexicon()
    assert lex.number_units["no"] == 0
    assert "on" in lex.place_relations and "true" not in lex.place_relations


def test_every_sub_event_type_is_reachable() -> None:
    lex = load_lexicon()
    fixed = {spec.sub_event_type for spec in lex.triggers.values() if spec.sub_event_type}
    kinds = {spec.kind for spec in lex.triggers.values()}
    derived = set()
    if "attack" in kinds:
        derived |= {SubEventType.ATTACK, SubEventType.ARMED_CLASH}
    if "territory" in kinds or "capture" in kinds:
        derived |= {
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            SubEventType.ARRESTS,
        }
    if "protest" in kinds:
        derived |= {
            SubEventType.PEACEFUL_PROTEST,
            SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.VIOLENT_DEMONSTRATION,
            SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        }
    assert fixed | derived == set(SubEventType)


def test_weapons_imply_valid_sub_event_types() -> None:
    lex = load_lexicon()
    assert lex.weapons["IED"].sub_event_type == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED
    assert lex.weapons["suicide vest"].sub_event_type == SubEventType.SUICIDE_BOMB
    assert lex.weapons["small arms"].sub_event_type is None


def test_actor_classes_and_non_person_counts() -> None:
    lex = load_lexicon()
    assert lex.actor_classes["gunmen"] == "generic:armed"
    assert lex.actor_classes["soldiers"] == "generic:military"
    assert lex.actor_classes["shoppers"] == "generic:civilian"
    assert {"airstrikes", "bases", "villages"} <= lex.non_person
    assert set(lex.date_relations.values()) == {
        "same_day",
        "day_after",
        "day_before",
        "after",
        "before",
    }


def test_a_number_slot_is_no_yaml_comment() -> None:
    """ "enter~ #? new? positions" unquoted reads as "enter~" plus a comment: every phrase
    with a number slot must keep it, else any "entered" becomes a transfer of territory. (The
    bare verb is the "entry" trigger's, kept only for an unopposed entry: not counted here.)"""
    patterns = [p["pattern"] for p in load_lexicon().span_patterns if p.get("id") != "entry"]
    literal = {p for p in patterns if isinstance(p, str)}
    assert "entered" not in literal and "deploy in" not in literal and "set off" not in literal
    assert "in the past" not in literal
    counted = [p for p in patterns if isinstance(p, list) and any("LIKE_NUM" in t for t in p)]
    assert len(counted) >= 4
