"""The lexicon loader's registered names: v2 for the data format with ``...`` gaps, and the
v1 name older component configs carry, still loadable."""

from __future__ import annotations

import pytest
import spacy
from spacy.util import registry

from sitrep.extract import engine  # noqa: F401  (registers sitrep's factories)
from sitrep.extract.lexicon import load_lexicon, phrase_to_pattern


@pytest.mark.parametrize("name", ["sitrep.lexicon.v2", "sitrep.lexicon.v1"])
def test_both_names_give_the_shipped_loader(name: str) -> None:
    loader = registry.misc.get(name)()
    assert loader is load_lexicon


def test_the_v2_syntax_has_the_gap() -> None:
    first, gap, last = phrase_to_pattern("claimed ... attack")
    assert (first, last) == ({"LOWER": {"IN": ["claimed"]}}, {"LOWER": {"IN": ["attack"]}})
    assert gap == {"IS_SENT_START": False, "OP": "{0,10}"}


@pytest.mark.parametrize("name", ["sitrep.lexicon.v2", "sitrep.lexicon.v1"])
def test_a_component_config_naming_either_version_builds(name: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sitrep_lexicon", config={"lexicon": {"@misc": name}})
    doc = nlp("Gunmen killed two farmers near the village on Sunday.")
    assert doc.spans  # the ruler found the trigger with the shipped patterns
