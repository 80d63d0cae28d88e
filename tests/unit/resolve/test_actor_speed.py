"""The faster lookups (issue 7) answer as the plain formulas did."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from sitrep.resolve.actors import FUZZY_THRESHOLD, ActorDictionary, actor_key
from sitrep.resolve.gazetteer import Gazetteer, _comparable, _similarity_to
from sitrep.resolve.names import strip_articles


@pytest.mark.parametrize(
    ("query", "spelling"),
    [("mosul", "Mosul"), ("mosul", "al Mawsil"), ("tal afar", "Tall Afar"),
     ("talafar", "Tal Afar"), ("al qaim", "Al Qaim"), ("ramadi", "ar ramadi"), ("x", "")],
)  # fmt: skip
def test_similarity_is_the_best_of_both_spellings(query: str, spelling: str) -> None:
    a = " ".join(strip_articles(query.split()))
    b = " ".join(strip_articles(spelling.split()))
    plain = max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))) / 100.0
    assert _similarity_to(_comparable(query), spelling) == (1.0 if a == b else plain)


def test_lookup_ranks_by_similarity_population_id(gazetteer: Gazetteer) -> None:
    for name in ("Baghdad", "Tikrit", "Sinjar", "Al Hasakah", "Kirkuk"):
        found = gazetteer.lookup(name)
        assert len(found) >= 2
        assert found == sorted(found, key=lambda e: (-e.similarity, -e.population, e.id))
        assert len({e.id for e in found}) == len(found)
        assert all(type(e.id) is int and type(e.population) is int for e in found)


def test_fuzzy_match_takes_the_first_best_key(actors: ActorDictionary) -> None:
    keys = actors._fuzzy_keys
    for name in ("Hezbolah", "Kataib Hizbolah", "Asaib Ahl al-Haqq", "Peshmergas"):
        key = actor_key(name)
        scores = [fuzz.ratio(key, k) for k in keys]
        best = max(scores)
        found = actors.match(name)
        if best >= FUZZY_THRESHOLD and len(key) >= 6 and key not in actors._aliases:
            assert found is not None
        if found is not None and found.how == "fuzzy":
            assert found.score == best / 100.0
