"""A three-letter alias after "of the" at the end of a lower-cased mention names the body the
people belong to ("guerrillas of the eln"); elsewhere a short lower-case run is no alias."""

from __future__ import annotations

from sitrep.resolve.actors import ActorDictionary


def test_people_of_a_short_named_group_are_that_group(actors: ActorDictionary) -> None:
    found = actors.match("guerrillas of the eln", country="Colombia", label="ORG")
    assert found is not None and found.name.startswith("ELN")
    found = actors.match("two members of the pkk", country="Turkey", label="ORG")
    assert found is not None and found.name.startswith("PKK")


def test_a_short_alias_not_after_of_the_is_no_group(actors: ActorDictionary) -> None:
    found = actors.match("eln hideouts of the army", country="Colombia", label="ORG")
    assert found is None or not found.name.startswith("ELN")
