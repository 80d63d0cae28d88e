"""From what a reader found (a :class:`RawRecord`) to an :class:`~sitrep.model.Article`.

Readers only read; the rules shared by every format live here: cleaning, a short summary
read with its title, the article id, outlet and publication-date precedence, and language
detection.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from sitrep.ingest.clean import clean_text
from sitrep.ingest.language import detect_language
from sitrep.ingest.published import name_hints, parse_date
from sitrep.model import Article, Rejection, content_hash, stable_id

__all__ = [
    "ARTICLE_ID_PREFIX",
    "MAX_ARTICLE_CHARS",
    "SUMMARY_CHARS",
    "RawRecord",
    "build_article",
    "record_from_mapping",
    "with_title",
]

log = logging.getLogger(__name__)

ARTICLE_ID_PREFIX = "art_"
"""Prefix of the content-hash ids given to feed entries and records without an id."""

MAX_ARTICLE_CHARS = 200_000
"""Default cap on an article's cleaned text (``Settings.max_article_chars``): the parser's
working memory grows with the tokens of one text (about 15 KB a token), so one longer
article would alone take the run past its memory bound (issue 7)."""

SUMMARY_CHARS = 600
"""A cleaned text shorter than this is a feed entry's summary or a record's lead paragraph,
which often leaves to its title what the title alone says: the place, the toll, the weapon
("Car bomb kills 12 in Mogadishu market" over "Police said the blast struck during the
morning rush hour."). Such a text is read with its title as its first line, a title line
that extraction folds into the report below it. A longer text tells the story itself; its
title is kept as metadata only."""

_FIELDS = ("id", "url", "title", "text", "published", "source", "outlet", "author", "language")


@dataclass(frozen=True)
class RawRecord:
    """One article as a reader found it, before the shared rules are applied.

    ``published`` is the record's own date (raw); ``meta_published`` a date found in
    page metadata, which ranks below the caller's ``published`` argument.
    ``whole_file`` marks a file that is one article: its stem is the fallback id.
    ``headline_title``: the title is the story's headline (a feed entry's or a record's), not
    a page's ``<title>``, which often carries the site's name; only a headline is read with a
    short summary (:func:`with_title`).
    """

    text: str
    line: int | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    published: str | None = None
    meta_published: str | None = None
    whole_file: bool = False
    headline_title: bool = True


def record_from_mapping(
    fields: Mapping[str, object], *, path: Path, line: int | None, whole_file: bool = False
) -> RawRecord | Rejection:
    """A RawRecord from a JSON object or CSV row with the documented field names.

    Fields: ``id, url, title, text, published, source`` (the outlet; ``outlet`` is
    accepted too), ``author``, ``language``. Other keys are ignored.
    """
    where = str(path)
    if "text" not in fields or fields["text"] is None:
        return Rejection(path=where, line=line, code="missing_field", reason="no 'text' field")
    text = fields["text"]
    if not isinstance(text, str):
        reason = f"'text' is a {type(text).__name__}, not a string"
        return Rejection(path=where, line=line, code="invalid_field", reason=reason)
    values = {name: _scalar(fields.get(name)) for name in _FIELDS if name != "text"}
    source = fields.get("source")
    if isinstance(source, Mapping):
        values["source"] = _scalar(source.get("name"))
    return RawRecord(
        text=text,
        line=line,
        id=values["id"],
        url=values["url"],
        title=values["title"],
        outlet=values["source"] or values["outlet"],
        author=values["author"],
        language=values["language"],
        published=values["published"],
        whole_file=whole_file,
    )


def build_article(
    raw: RawRecord,
    *,
    path: Path,
    published: date | None,
    today: date,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Article | Rejection:
    """Apply the shared rules to one record; a Rejection when nothing usable is left or
    its cleaned text is longer than ``max_chars`` characters.

    Publication date precedence: the record's own date, then ``published`` (the
    caller's ``--published``), then page metadata, then the file name. A candidate in
    the future (after ``today``) or unparseable is skipped with a warning naming the
    file; with no usable date the article keeps ``published=None`` and a warning.
    """
    where = str(path) if raw.line is None else f"{path}:{raw.line}"
    text = clean_text(raw.text)
    if not text:
        reason = "no text left after removing whitespace and boilerplate"
        return Rejection(path=str(path), line=raw.line, code="empty", reason=reason)
    if raw.headline_title:
        text = with_title(text, _clean(raw.title))
    if len(text) > max_chars:
        reason = (
            f"text is {len(text):,} characters, over the {max_chars:,}-character limit"
            " (max_article_chars)"
        )
        return Rejection(path=str(path), line=raw.line, code="too_long", reason=reason)
    hints = name_hints(path)
    article_id = _clean(raw.id)
    if article_id is None:
        if raw.whole_file:
            article_id = path.stem
        else:
            article_id = stable_id(ARTICLE_ID_PREFIX, _clean(raw.url) or content_hash(text))
    try:
        return Article(
            id=article_id,
            url=_clean(raw.url),
            title=_clean(raw.title),
            outlet=_clean(raw.outlet) or hints.outlet,
            author=_clean(raw.author),
            published=_choose_date(raw, hints.published, published, today=today, where=where),
            language=_language(raw.language) or detect_language(text),
            text=text,
            content_hash=content_hash(text),
            origin=where,
        )
    except ValidationError as exc:
        reason = f"invalid record: {exc.errors()[0]['msg']}"
        return Rejection(path=str(path), line=raw.line, code="invalid_field", reason=reason)


def with_title(text: str, title: str | None) -> str:
    """``text`` with ``title`` as its first line when the text is a summary (shorter than
    :data:`SUMMARY_CHARS`) that does not already open with it; else ``text`` unchanged."""
    if title is None or len(text) >= SUMMARY_CHARS:
        return text
    line = " ".join(title.split())
    if not line or " ".join(text[: len(title) + 40].split()).startswith(line):
        return text
    return f"{line}\n\n{text}"


def _choose_date(
    raw: RawRecord, from_name: str | None, given: date | None, *, today: date, where: str
) -> date | None:
    candidates: list[tuple[str, str | date | None]] = [
        ("its own date", raw.published),
        ("the published argument", given),
        ("the page metadata", raw.meta_published),
        ("the file name", from_name),
    ]
    for label, value in candidates:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        parsed = value if isinstance(value, date) else parse_date(value)
        if parsed is None:
            log.warning("%s: unparseable publication date %r from %s ignored", where, value, label)
        elif parsed > today:
            log.warning(
                "%s: publication date %s from %s is in the future; ignored", where, parsed, label
            )
        else:
            return parsed
    log.warning("%s: no publication date; stored with published=None", where)
    return None


def _language(value: str | None) -> str | None:
    code = (_clean(value) or "").lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


def _scalar(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
