"""The ``sitrep_acronyms`` component: "IS" read as the group, not the verb, so the sentences
around it parse (real model for the extraction tests; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from candidate_helpers import events_of, figures_of
from spacy.language import Language

from sitrep.extract.acronyms import name_acronyms
from sitrep.model import ActorRole, Extraction


def _norms(text: str) -> list[str]:
    doc = name_acronyms(spacy.blank("en")(text))
    return [t.norm_ for t in doc if t.text == "IS"]


def test_the_group_gets_its_names_norm() -> None:
    assert _norms("An IS cell attacked an army post near Tarmiyah.") == ["isis"]
    assert _norms("IS claimed the attack.") == ["isis"]


def test_a_headline_in_capitals_keeps_the_word() -> None:
    assert _norms("WHAT IS LEFT OF MOSUL\nAn IS cell attacked a post.") == ["is", "isis"]


def test_the_verb_is_not_touched() -> None:
    doc = name_acronyms(spacy.blank("en")("Is the road open? It is."))
    assert [t.norm_ for t in doc if t.lower_ == "is"] == ["is", "is"]


def test_the_pipeline_runs_it_before_the_models(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("sitrep_acronyms") < names.index("tok2vec")


@pytest.mark.slow
def test_is_fighters_killed(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run("On Tuesday, IS fighters killed at least 53 truffle gatherers near al-Sukhnah.")
    )
    assert len(events) == 1
    assert figures_of(events[0])[0] == 53
    attackers = [a.text for a in events[0].actors if a.role == ActorRole.ACTOR1]
    assert any("IS" in a for a in attackers), events[0].actors


@pytest.mark.slow
def test_strikes_on_is_hideouts_are_the_object(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "Russian warplanes carried out more than 30 air strikes on suspected IS hideouts "
            "north-east of Palmyra on Tuesday, a war monitor said."
        )
    )
    assert len(events) == 1
    attackers = [a.text for a in events[0].actors if a.role == ActorRole.ACTOR1]
    assert attackers == ["Russian warplanes"]
