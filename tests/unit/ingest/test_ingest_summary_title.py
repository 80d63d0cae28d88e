"""A feed entry's or record's short summary is read with its title as its first line
(``SUMMARY_CHARS``): the title often alone says where, how many and with what. A full story
keeps its title as metadata only, and a text that already opens with its title is left as it
is."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import iter_articles
from sitrep.ingest.records import SUMMARY_CHARS, with_title
from sitrep.model import Article

SUMMARY = "Police said the blast struck the Bakara market during the morning rush on Tuesday."
TITLE = "Car bomb kills 12 in Mogadishu market"


def test_a_summary_gets_its_title_as_first_line() -> None:
    assert with_title(SUMMARY, TITLE) == f"{TITLE}\n\n{SUMMARY}"


def test_a_full_story_keeps_its_text() -> None:
    story = " ".join([SUMMARY] * (SUMMARY_CHARS // len(SUMMARY) + 1))
    assert len(story) >= SUMMARY_CHARS
    assert with_title(story, TITLE) == story


def test_a_text_that_opens_with_its_title_is_unchanged() -> None:
    text = f"{TITLE}\n{SUMMARY}"
    assert with_title(text, TITLE) == text
    spaced = "Car bomb kills 12\nin Mogadishu market. " + SUMMARY  # wrapped differently
    assert with_title(spaced, TITLE) == spaced


def test_no_title_or_a_blank_one_changes_nothing() -> None:
    assert with_title(SUMMARY, None) == SUMMARY
    assert with_title(SUMMARY, "   ") == SUMMARY


def test_jsonl_records_read_title_and_summary_together(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [
        {"id": "a", "title": TITLE, "text": SUMMARY, "published": "2022-03-01"},
        {"id": "b", "title": "Roundup", "text": " ".join([SUMMARY] * 10)},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    short, long = [a for a in iter_articles([path]) if isinstance(a, Article)]
    assert short.text.startswith(f"{TITLE}\n\n")
    assert short.title == TITLE
    assert not long.text.startswith("Roundup")


def test_a_short_html_page_keeps_its_text_without_the_page_title(tmp_path: Path) -> None:
    # a page's <title> often carries the site's name: not a headline to read with the text
    path = tmp_path / "brief.html"
    path.write_text(
        "<html><head><title>Briefs | Horn Wire</title></head><body><article>"
        f"<p>{SUMMARY}</p></article></body></html>"
    )
    [article] = [a for a in iter_articles([path]) if isinstance(a, Article)]
    assert "Horn Wire" not in article.text
    assert article.text.startswith("Police said the blast")
