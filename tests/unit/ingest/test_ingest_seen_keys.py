"""What `iter_articles` remembers per article read (issue 7): 64-bit digests of the URL,
content hash and id, not the strings themselves."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sitrep.ingest import iter_articles
from sitrep.ingest.readers import SeenKeys
from sitrep.model import Article, content_hash


def _footprint(keys: set[int] | set[str]) -> int:
    return sys.getsizeof(keys) + sum(sys.getsizeof(k) for k in keys)


def test_seen_keys_answer_membership() -> None:
    seen = SeenKeys()
    seen.add("https://news.example/2024/03/market-blast")
    assert "https://news.example/2024/03/market-blast" in seen
    assert "https://news.example/2024/03/market-blast?page=2" not in seen
    assert len(seen) == 1


def test_seen_keys_hold_far_less_than_the_strings() -> None:
    hashes = [
        content_hash(f"Gunmen attacked a convoy near the bridge, report {i}.") for i in range(5000)
    ]
    seen = SeenKeys()
    for key in hashes:
        seen.add(key)
    per_key = _footprint(seen._digests) / len(hashes)
    assert per_key < 0.75 * _footprint(set(hashes)) / len(hashes)
    assert per_key < 160  # a 64-character hex digest alone is 113 bytes


def test_a_repeated_url_is_still_read_once(tmp_path: Path) -> None:
    lines = [
        {
            "id": "first",
            "url": "https://wire.example/a",
            "text": "Shelling hit the market town on Monday.",
        },
        {
            "id": "again",
            "url": "https://wire.example/a",
            "text": "Shelling hit the market town on Monday, officials said.",
        },
        {
            "id": "other",
            "url": "https://wire.example/b",
            "text": "A roadside bomb struck a patrol near the border.",
        },
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    read = [a.id for a in iter_articles([path]) if isinstance(a, Article)]
    assert read == ["first", "other"]
