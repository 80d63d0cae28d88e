"""UTF-8 text once read as cp1252 ("â€™") is put back as it was written; real accents stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import iter_articles
from sitrep.ingest.decode import decode_bytes, repair_mojibake
from sitrep.model import Article


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("the governorâ€™s convoy", "the governor’s convoy"),
        ("â€œwe will not leave,â€� a resident said", "“we will not leave,” a resident said"),
        ("â€˜curfewâ€™ lifted â€” for now", "‘curfew’ lifted — for now"),
        ("a fine of Â£200 in SÃ£o Paulo", "a fine of £200 in São Paulo"),
        ("the pressÂ\ufffd club", "the press club"),
    ],
)
def test_cp1252_mojibake_is_repaired(garbled: str, fixed: str) -> None:
    assert repair_mojibake(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in São Tomé and Zürich; naïve café owners.",
        "Ãnis is a name, and Â is a letter.",
        "ä¸\xad stays: no Chinese character is made from Latin letters.",
    ],
)
def test_genuine_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_decoded_bytes_come_back_repaired() -> None:
    raw = "Police said the â€˜peace marchâ€™ went ahead.".encode()
    assert decode_bytes(raw, path="x.txt") == "Police said the ‘peace march’ went ahead."


def test_text_file_article_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("KANO - Police detained the cityâ€™s mayor on Monday.", encoding="utf-8")
    [article] = [a for a in iter_articles([path]) if isinstance(a, Article)]
    assert "city’s mayor" in article.text
    assert "â€" not in article.text


def test_mojibake_inside_json_escapes_is_repaired(tmp_path: Path) -> None:
    # The dump's producer decoded UTF-8 as cp1252 and wrote the result as \u escapes, so
    # the bytes on disk are pure ASCII and only the cleaning step can see the damage.
    record = {
        "id": "dump-1",
        "outlet": "Kaduna Courier",
        "published": "2024-03-09",
        "text": "Gunmen stormed the villageâ€™s school before dawn, residents said.",
    }
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="ascii")
    [article] = [a for a in iter_articles([path]) if isinstance(a, Article)]
    assert "village’s school" in article.text
