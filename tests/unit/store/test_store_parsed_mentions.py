"""The memo of parsed mention payloads (`store.merging.parsed_mention`): a payload parsed once
is reused while it is unchanged, a changed payload is parsed afresh, the memo keeps at most
PARSED_CAP entries, and a re-merge gives the same events with it."""

from __future__ import annotations

import pytest
from store_factories import mention

from sitrep.store import merging
from sitrep.store.merging import parse_counts, parsed_mention


@pytest.fixture(autouse=True)
def _empty_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merging, "_parsed", type(merging._parsed)())
    parse_counts.update(hits=0, misses=0)


def test_the_same_payload_is_parsed_once() -> None:
    payload = mention("a1", mid="x").model_dump_json()
    first = parsed_mention("m1", payload)
    second = parsed_mention("m1", payload)
    assert second is first
    assert first.event_id == "m1"
    assert parse_counts == {"hits": 1, "misses": 1}


def test_a_changed_payload_is_parsed_afresh() -> None:
    parsed_mention("m1", mention("a1", mid="x", fatalities=3).model_dump_json())
    again = parsed_mention("m1", mention("a1", mid="x", fatalities=7).model_dump_json())
    assert again.fatalities == 7
    assert parse_counts["misses"] == 2


def test_the_memo_keeps_the_most_recent_up_to_its_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merging, "PARSED_CAP", 3)
    payload = mention("a1", mid="x").model_dump_json()
    for i in range(5):
        parsed_mention(f"m{i}", payload)
    parsed_mention("m4", payload)  # the newest: still there
    assert list(merging._parsed) == ["m2", "m3", "m4"]
    parsed_mention("m0", payload)  # the oldest was dropped: parsed again
    assert parse_counts == {"hits": 1, "misses": 6}
