"""The records and the ACLED vocabulary."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from sitrep import model
from sitrep.model import (
    Article,
    Event,
    EventType,
    InterCode,
    SubEventType,
    content_hash,
    event_type_of,
    plover_default,
    stable_id,
)


def test_vocabulary_has_six_types_and_twenty_five_sub_types() -> None:
    assert len(EventType) == 6
    assert len(SubEventType) == 25
    assert [c.value for c in InterCode] == list(range(1, 9))


@pytest.mark.parametrize(
    ("sub", "parent"),
    [
        (SubEventType.SUICIDE_BOMB, EventType.EXPLOSIONS_REMOTE_VIOLENCE),
        (SubEventType.ARMED_CLASH, EventType.BATTLES),
        (SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, EventType.VIOLENCE_AGAINST_CIVILIANS),
        (SubEventType.ARRESTS, EventType.STRATEGIC_DEVELOPMENTS),
        (SubEventType.MOB_VIOLENCE, EventType.RIOTS),
        (SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, EventType.PROTESTS),
    ],
)
def test_every_sub_type_has_its_acled_parent(sub: SubEventType, parent: EventType) -> None:
    assert event_type_of(sub) is parent


def test_every_sub_type_resolves_to_a_parent_and_plover_default() -> None:
    for sub in SubEventType:
        assert event_type_of(sub) in EventType
        ptype, _mode = plover_default(sub)
        assert ptype is None or ptype in model.PloverType
    assert plover_default(SubEventType.ARRESTS) == (model.PloverType.COERCE, "arrest")


def test_article_hash_ignores_case_and_spacing() -> None:
    a = Article(id="a", text="Two  soldiers were KILLED\nin Diyala.")
    b = Article(id="b", text="two soldiers were killed in diyala.")
    assert a.content_hash == b.content_hash == content_hash("Two soldiers were killed in Diyala.")


def test_records_are_frozen_and_strict() -> None:
    article = Article(id="a", text="x")
    with pytest.raises(ValidationError):
        article.text = "y"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Article(id="a", text="x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Article(id="a", text="")


def test_event_rejects_impossible_values() -> None:
    base = {
        "event_id": "ev1",
        "event_date": date(2021, 1, 21),
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb",
    }
    assert Event(**base).status == model.Status.AUTO
    with pytest.raises(ValidationError):
        Event(**{**base, "fatalities": -1})
    with pytest.raises(ValidationError):
        Event(**{**base, "latitude": 123.0})
    with pytest.raises(ValidationError):
        Event(**{**base, "sub_event_type": "Bombing"})


def test_stable_id_is_deterministic_and_prefixed() -> None:
    assert stable_id("ev", "art", 12) == stable_id("ev", "art", 12)
    assert stable_id("ev", "art", 12) != stable_id("ev", "art", 13)
    assert stable_id("ev", "x").startswith("ev") and len(stable_id("ev", "x")) == 18


def test_all_is_complete() -> None:
    public = {
        name
        for name, value in vars(model).items()
        if not name.startswith("_") and getattr(value, "__module__", None) == model.__name__
    }
    public.discard("Record")
    assert public <= set(model.__all__), public - set(model.__all__)
