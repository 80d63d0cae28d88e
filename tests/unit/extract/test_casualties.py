"""Casualty figures tied to killed / wounded on hand-built parses (no model)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _links(doc: Doc) -> list[tuple[str, str, int | None, bool]]:
    return [
        (lk.kind, doc[lk.start : lk.end].text, lk.value, lk.additive)
        for lk in doc._.sitrep_casualties
    ]


def test_killed_and_wounded_with_elided_verb(parsed: Callable[..., Doc]) -> None:
    # "Two soldiers were killed and four wounded"
    doc = parsed(
        ["Two", "soldiers", "were", "killed", "and", "four", "wounded"],
        heads=[1, 3, 3, 3, 3, 6, 3],
        deps=["nummod", "nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj"],
        pos=["NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "VERB"],
        tags=["CD", "NNS", "VBD", "VBN", "CC", "CD", "VBN"],
    )
    assert _links(doc) == [("killed", "Two", 2, False), ("injured", "four", 4, False)]


def test_killing_and_wounding_is_a_combined_toll(parsed: Callable[..., Doc]) -> None:
    # "Gunmen fired, killing and wounding about 20 people"
    doc = parsed(
        ["Gunmen", "fired", ",", "killing", "and", "wounding", "about", "20", "people"],
        heads=[1, 1, 1, 1, 3, 3, 7, 8, 5],
        deps=["nsubj", "ROOT", "punct", "advcl", "cc", "conj", "advmod", "nummod", "dobj"],
        pos=["NOUN", "VERB", "PUNCT", "VERB", "CCONJ", "VERB", "ADV", "NUM", "NOUN"],
        tags=["NNS", "VBD", ",", "VBG", "CC", "VBG", "RB", "CD", "NNS"],
    )
    assert _links(doc) == [("combined", "about 20", 20, False)]


def test_counts_of_things_are_never_casualties(parsed: Callable[..., Doc]) -> None:
    # "Jets killed 20 airstrikes" is nonsense on purpose: the count is of non-people.
    doc = parsed(
        ["Jets", "killed", "20", "airstrikes"],
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj"],
        pos=["NOUN", "VERB", "NUM", "NOUN"],
        tags=["NNS", "VBD", "CD", "NNS"],
    )
    assert doc._.sitrep_quantities
    assert _links(doc) == []


def test_the_bomber_was_also_killed_adds_one(parsed: Callable[..., Doc]) -> None:
    doc = parsed(
        ["The", "bomber", "was", "also", "killed"],
        heads=[1, 4, 4, 4, 4],
        deps=["det", "nsubjpass", "auxpass", "advmod", "ROOT"],
        pos=["DET", "NOUN", "AUX", "ADV", "VERB"],
        tags=["DT", "NN", "VBD", "RB", "VBN"],
    )
    [link] = doc._.sitrep_casualties
    assert (link.kind, link.value, link.attacker, link.additive) == ("killed", 1, True, True)


def test_no_casualties_is_a_zero(parsed: Callable[..., Doc]) -> None:
    doc = parsed(
        ["No", "casualties", "were", "reported"],
        heads=[1, 3, 3, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT"],
        pos=["DET", "NOUN", "AUX", "VERB"],
        tags=["DT", "NNS", "VBD", "VBN"],
    )
    assert [(lk.kind, lk.value) for lk in doc._.sitrep_casualties] == [("combined", 0)]


def test_victims_in_apposition_are_counted(parsed: Callable[..., Doc]) -> None:
    # "Ten fighters killed" (acl): the head noun is the victims.
    doc = parsed(
        ["ten", "fighters", "killed"],
        heads=[1, 1, 1],
        deps=["nummod", "ROOT", "acl"],
        pos=["NUM", "NOUN", "VERB"],
        tags=["CD", "NNS", "VBN"],
    )
    assert _links(doc) == [("killed", "ten", 10, False)]
