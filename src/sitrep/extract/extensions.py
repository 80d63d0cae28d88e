"""spaCy extension attributes used by sitrep's extract components, registered once at import.

All are ``Doc`` attributes prefixed ``sitrep_``; each component writes its own in its
``set_annotations`` step and later components read them. The Doc never leaves extract/.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

__all__ = ["EXTENSIONS", "doc_text", "register_extensions"]

EXTENSIONS: tuple[str, ...] = (
    "sitrep_quantities",  # list[NumberPhrase], written by sitrep_quantities
    "sitrep_casualties",  # list[CasualtyLink], written by sitrep_casualties
    "sitrep_frames",  # list[Frame], written by sitrep_events
    "sitrep_decisions",  # list[Decision], written by sitrep_events
    "sitrep_published",  # datetime.date | None, set by RuleExtractor before sitrep_events runs
    "sitrep_text",  # str, the Doc's text joined once (doc_text)
    "sitrep_title",  # str | None, the article's title, set by RuleExtractor (titles.title_end)
    "sitrep_outlet",  # str | None, the article's outlet, set by RuleExtractor (outlets)
)


def register_extensions() -> None:
    """Register the Doc extensions (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_TEXT_KEY = ("._.", "sitrep_text", None, None)
"""Where spaCy keeps ``doc._.sitrep_text`` in ``Doc.user_data``: read there directly, since
``doc._`` builds an accessor object on every use (tests/unit/extract check the two agree)."""


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per Doc: spaCy rebuilds it on every access,
    and the event rules read slices of it thousands of times an article."""
    data: dict[Any, Any] = doc.user_data  # typed dict[str, Any], keyed by tuples
    text: str | None = data.get(_TEXT_KEY)
    if text is None:
        text = data[_TEXT_KEY] = doc.text
    return text


register_extensions()
