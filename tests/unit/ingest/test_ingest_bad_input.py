"""Every class of bad input becomes a clear Rejection naming the file (and line)."""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import iter_articles
from sitrep.model import Article, Rejection

TODAY = date(2024, 6, 1)
GOOD = (
    "Gunmen opened fire on an army checkpoint near Hawija on Sunday night, killing two "
    "soldiers and wounding a third, a local security official said."
)


def _read(*paths: Path, **kwargs: object) -> tuple[list[Article], list[Rejection]]:
    kwargs.setdefault("today", TODAY)
    items = list(iter_articles(paths, **kwargs))  # type: ignore[arg-type]
    assert all(isinstance(i, Article | Rejection) for i in items)
    articles = [i for i in items if isinstance(i, Article)]
    return articles, [i for i in items if isinstance(i, Rejection)]


def _good(tmp_path: Path) -> Path:
    path = tmp_path / "zz-good.txt"
    path.write_text(GOOD)
    return path


def _one_rejection(tmp_path: Path, bad: Path, **kwargs: object) -> Rejection:
    """Reads the bad file and a good one: exactly one Rejection, and the good file survives."""
    articles, rejections = _read(bad, _good(tmp_path), **kwargs)
    assert [a.id for a in articles] == ["zz-good"]
    (rejection,) = rejections
    assert rejection.path == str(bad)
    assert str(bad) in str(rejection)
    return rejection


# --- unreadable -------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    rejection = _one_rejection(tmp_path, tmp_path / "gone.txt")
    assert (rejection.code, rejection.reason) == ("unreadable", "no such file")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.html"
    link.symlink_to(tmp_path / "nowhere.html")
    assert _one_rejection(tmp_path, link).code == "unreadable"


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    rejection = _one_rejection(tmp_path, fifo)
    assert (rejection.code, rejection.reason) == ("unreadable", "not a regular file")


@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl", "locked.csv"])
def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    bad = tmp_path / name
    bad.write_text(GOOD)
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == bad:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    rejection = _one_rejection(tmp_path, bad)
    assert rejection.code == "unreadable"
    assert "Permission denied" in rejection.reason


# --- encodings and binary --------------------------------------------------------------

LATIN1 = (
    "Gunmen opened fire on the Café Zoé in Kirkuk's Rahimawa district on Friday, wounding its "
    "owner, police said. The attackers fled towards the Domiz neighbourhood, señor Ahmed, a "
    "witness, told reporters."
)


def test_latin1_is_detected_and_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(LATIN1.encode("latin-1"))
    (article,), rejections = _read(path)
    assert rejections == []
    assert "Café Zoé" in article.text
    assert "señor Ahmed" in article.text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    (article,), _ = _read(path)
    assert article.text == GOOD


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (article,), _ = _read(path)
    assert article.text == GOOD


def test_mixed_encodings_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.txt"
    bad.write_bytes(
        "Première ligne en UTF-8.\n".encode() + "Deuxième en Latin-1.\n".encode("latin-1")
    )
    rejection = _one_rejection(tmp_path, bad)
    assert rejection.code == "encoding"
    assert "mixed encodings: line 1 is UTF-8 but line 2 is not" in rejection.reason


def test_undetectable_encoding_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "noise.txt"
    bad.write_bytes(bytes(range(128, 256)) * 8)
    rejection = _one_rejection(tmp_path, bad)
    assert rejection.code == "encoding"
    assert "could not be detected" in rejection.reason


@pytest.mark.parametrize("suffix", [".txt", ".html", ".json", ".xml"])
def test_nul_bytes_are_binary(tmp_path: Path, suffix: str) -> None:
    bad = tmp_path / f"image{suffix}"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50)
    rejection = _one_rejection(tmp_path, bad)
    assert rejection.code == "binary"


def test_control_characters_are_binary(tmp_path: Path) -> None:
    bad = tmp_path / "controls.txt"
    bad.write_bytes(bytes(range(1, 9)) * 200 + b"some text")
    assert _one_rejection(tmp_path, bad).code == "binary"


# --- empty and too large --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("blank.txt", b"  \n\t\r\n   \n"),
        ("blank.html", b"\n\n   "),
        ("blank.jsonl", b""),
        ("footer-only.txt", b"Leave a Reply\n\nYour email address will not be published.\n"),
        ("script-only.html", b"<html><body><script>var a = 1;</script></body></html>"),
    ],
)
def test_empty_inputs(tmp_path: Path, name: str, content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    if name == "blank.jsonl":  # an empty JSONL file has no records: nothing to reject
        assert _read(bad, _good(tmp_path))[1] == []
        return
    assert _one_rejection(tmp_path, bad).code == "empty"


def test_file_over_max_bytes_is_rejected_without_reading_it(tmp_path: Path) -> None:
    bad = tmp_path / "dump.txt"
    bad.write_bytes((GOOD + "\n").encode() * (6_000_000 // len(GOOD)))
    rejection = _one_rejection(tmp_path, bad, max_bytes=1_000_000)
    assert rejection.code == "too_large"
    assert "1,000,000-byte limit" in rejection.reason


def test_big_jsonl_streams_and_limit_applies_per_record(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    with path.open("w") as handle:
        for number in range(300):
            text = f"Report {number}: {GOOD}"
            handle.write(json.dumps({"id": f"r{number}", "text": text}) + "\n")
        handle.write(json.dumps({"id": "huge", "text": GOOD * 2_000}) + "\n")
        handle.write(json.dumps({"id": "after", "text": "After the huge one. " + GOOD}) + "\n")
    assert path.stat().st_size > 100_000
    articles, rejections = _read(path, max_bytes=20_000)
    assert len(articles) == 301
    assert articles[-1].id == "after"
    (rejection,) = rejections
    assert (rejection.line, rejection.code) == (301, "too_large")


def test_article_over_max_chars_is_rejected_by_name_and_limit(tmp_path: Path) -> None:
    bad = tmp_path / "long.txt"
    bad.write_text((GOOD + "\n\n") * 100)  # about 14,000 characters, well under max_bytes
    rejection = _one_rejection(tmp_path, bad, max_chars=10_000)
    assert rejection.code == "too_long"
    assert "over the 10,000-character limit (max_article_chars)" in rejection.reason


def test_article_at_max_chars_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    path.write_text(GOOD)
    articles, rejections = _read(path, max_chars=len(GOOD))
    assert ([a.id for a in articles], rejections) == (["edge"], [])


def test_max_chars_applies_per_record_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [("before", GOOD), ("long", GOOD * 80), ("after", "After the long one. " + GOOD)]
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows))
    articles, rejections = _read(path, max_chars=5_000)
    assert [a.id for a in articles] == ["before", "after"]
    (rejection,) = rejections
    assert (rejection.line, rejection.code) == (2, "too_long")
    assert f"{path}:2" in str(rejection)


def test_csv_row_over_limit(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\nbig,"{GOOD * 200}"\nsmall,"{GOOD}"\n')
    articles, rejections = _read(path, max_bytes=5_000)
    assert [a.id for a in articles] == ["small"]
    assert [(r.line, r.code) for r in rejections] == [(2, "too_large")]


# --- pathological HTML ---------------------------------------------------------------


def test_html_nested_100000_levels_does_not_crash_or_hang(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><head><title>Deep page</title><script>var x = 'NO-SCRIPT';</script></head><body>"
        + "<div>" * 100_000
        + f"<p>{GOOD}</p>"
        + "</div>" * 100_000
        + "</body></html>"
    )
    started = time.monotonic()
    (article,), rejections = _read(path)
    assert time.monotonic() - started < 20
    assert rejections == []
    assert article.text == GOOD
    assert article.title == "Deep page"


def test_html_unclosed_deep_and_angle_bracket_floods(tmp_path: Path) -> None:
    deep = tmp_path / "unclosed.html"
    deep.write_text("<span>" * 100_000 + GOOD)
    flood = tmp_path / "flood.html"
    flood.write_text("<" * 200_000 + "<p>" + GOOD)
    articles, rejections = _read(deep, flood, max_chars=1_000_000)  # the flood stays text
    assert rejections == []
    assert articles[0].text == GOOD
    assert articles[1].text.endswith(GOOD)


# --- malformed records ----------------------------------------------------------------


def test_malformed_json_lines_are_reported_and_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text(
        json.dumps({"id": "ok-1", "text": GOOD})
        + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + "[1, 2, 3]\n"
        + "[" * 100_000
        + "\n"
        + json.dumps({"id": "no-text", "title": "Headline only"})
        + "\n"
        + json.dumps({"id": "bad-type", "text": ["not", "a", "string"]})
        + "\n"
        + json.dumps({"id": "ok-2", "text": "Second. " + GOOD})
        + "\n"
    )
    articles, rejections = _read(path)
    assert [a.id for a in articles] == ["ok-1", "ok-2"]
    assert [(r.line, r.code) for r in rejections] == [
        (2, "json"),
        (3, "json"),
        (4, "json"),
        (5, "missing_field"),
        (6, "invalid_field"),
    ]
    assert rejections[0].reason.startswith("malformed JSON: Unterminated string starting at")
    assert "expected an object" in rejections[1].reason
    assert str(rejections[0]).startswith(f"{path}:2: ")


def test_malformed_json_array_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text('[\n  {"id": "a", "text": "' + GOOD + '"},\n  {"id": "b", "text": oops}\n]')
    articles, rejections = _read(path)
    assert [a.id for a in articles] == ["a"]
    (rejection,) = rejections
    assert (rejection.line, rejection.code) == (3, "json")
    assert "rest of the file is skipped" in rejection.reason


@pytest.mark.parametrize("content", ['"just a string"', "42", "{} {}", '{"id": 1'])
def test_malformed_json_file(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "odd.json"
    bad.write_text(content)
    assert _one_rejection(tmp_path, bad).code in {"json", "missing_field"}


def test_malformed_csv_rows_are_reported_and_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(
        b"id,title,text\n"
        + f'ok-1,First,"{GOOD}"\n'.encode()
        + b'bad-quote,Second,"half"quoted\n'
        + b"too,many,fields,here\n"
        + b"latin,Third,Caf\xe9 owner wounded in Kirkuk shooting on Friday night\n"
        + b"nul,Fourth,abc\x00def\n"
        + b"empty,Fifth,   \n"
        + f'ok-2,Sixth,"Later. {GOOD}"\n'.encode()
    )
    articles, rejections = _read(path)
    assert [a.id for a in articles] == ["ok-1", "latin", "ok-2"]
    assert articles[1].text == "Third\n\nCafé owner wounded in Kirkuk shooting on Friday night"
    assert [(r.line, r.code) for r in rejections] == [
        (3, "csv"),
        (4, "csv"),
        (6, "binary"),
        (7, "empty"),
    ]


def test_csv_without_text_column(tmp_path: Path) -> None:
    bad = tmp_path / "headers.csv"
    bad.write_text("id,body\n1,Something happened in Mosul.\n")
    rejection = _one_rejection(tmp_path, bad)
    assert (rejection.code, rejection.line) == ("missing_field", 1)


# --- hostile feeds --------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Bomb</title>
<item><title>x</title><description>&lol9;</description></item></channel></rss>
"""


def test_billion_laughs_feed_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "laughs.rss"
    bad.write_text(BILLION_LAUGHS)
    started = time.monotonic()
    rejection = _one_rejection(tmp_path, bad)
    assert time.monotonic() - started < 10
    assert rejection.code == "xml_unsafe"


def test_external_entity_feed_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt.bak"
    secret.write_text("TOP-SECRET-CONTENT")
    bad = tmp_path / "xxe.xml"
    bad.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<rss><channel><title>Wire</title><item><title>t</title>"
        "<description>&xxe; Gunmen attacked a checkpoint.</description></item></channel></rss>"
    )
    rejection = _one_rejection(tmp_path, bad)
    assert rejection.code == "xml_unsafe"
    assert "TOP-SECRET" not in rejection.reason


def test_entity_declaration_in_broken_xml_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "junk.atom"
    bad.write_text('junk first <!DOCTYPE x [<!ENTITY a "aaaa">]><feed><entry>&a;</entry></feed>')
    assert _one_rejection(tmp_path, bad).code == "xml_unsafe"


def test_feed_with_undecodable_encoding_declaration(tmp_path: Path) -> None:
    # found by tests/fuzz/fuzz_readers.py: feedparser raised UnicodeDecodeError
    bad = tmp_path / "declared.atom"
    bad.write_bytes(
        b'<?xml version="1.0" encoding="utf-\xee8"?>\n'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>Short.</summary></entry></feed>'
    )
    assert _one_rejection(tmp_path, bad).code == "feed"


def test_feed_without_entries(tmp_path: Path) -> None:
    bad = tmp_path / "config.xml"
    bad.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>')
    assert _one_rejection(tmp_path, bad).code == "feed"
