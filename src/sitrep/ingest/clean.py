"""Text cleaning: newlines normalised, control characters and boilerplate lines removed.

Later stages index into the cleaned ``Article.text``, so this is the only place text
changes. The cleaning is conservative: a line is dropped only when the *whole* line
matches one of the boilerplate patterns in ``sitrep/data/ingest/boilerplate.yaml``.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from importlib import resources

import yaml

from sitrep.errors import ConfigError
from sitrep.ingest.decode import repair_mojibake

__all__ = [
    "LIST_MARKS",
    "boilerplate_patterns",
    "clean_text",
    "is_boilerplate",
    "summary_item",
    "summary_line",
]

log = logging.getLogger(__name__)

_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\ufffe]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
LIST_MARKS = "-*\u2022\u2013"
"""The bullets that open a list item's line ("- ", "* ", "• ", "– ")."""
_SUMMARY_NAMES = r"summary|in\s+brief|at\s+a\s+glance|key\s+points|highlights|overview"
SUMMARY_LABEL = re.compile(
    rf"^\s*(?:{_SUMMARY_NAMES}|the\s+week\s+in\s+brief|this\s+week)\s*[:\-–—]\s",
    re.IGNORECASE,
)
"""A label that opens a summary of the report below: "Summary: A protester was shot dead ..."."""


def summary_line(text: str) -> bool:
    """Does the line open with a summary label ("Summary:", "In brief:")? Such a line
    previews incidents the report tells below, like a title line: the extractor folds it
    into them, and the days it names are not the narrative's."""
    return bool(SUMMARY_LABEL.match(text))


SUMMARY_HEADING = re.compile(
    rf"^\s*(?:{_SUMMARY_NAMES}|key\s+developments|main\s+points)\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading over a list that previews the report: "KEY POINTS", "Highlights:"."""
ITEM_MARK = re.compile(rf"^\s*(?:[{re.escape(LIST_MARKS)}]|\d{{1,2}}[.)])\s+\S")
SUMMARY_ITEMS = 12
"""How many lines above an item the heading of its list is looked for."""


def summary_item(text: str, at: int) -> bool:
    """Is offset ``at`` on an item of a list headed as a summary ("KEY POINTS" over "-
    Islamic State claims killing of a council official in rural Deir ez-Zor.")? Like a
    summary line, it previews an incident the report tells below."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not ITEM_MARK.match(text[start : len(text) if end < 0 else end]):
        return False
    lines = text[:start].split("\n")
    for line in reversed(lines[-SUMMARY_ITEMS:]):
        if not line.strip() or (ITEM_MARK.match(line) and not line.isupper()):
            continue  # ("1. IDLIB" is a section's heading, not an item)
        return SUMMARY_HEADING.match(line) is not None
    return False


@cache
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """The compiled whole-line boilerplate patterns shipped with sitrep."""
    source = resources.files("sitrep.data").joinpath("ingest", "boilerplate.yaml")
    data = yaml.safe_load(source.read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise ConfigError("boilerplate.yaml has no 'patterns' list", code="boilerplate")
    compiled: list[re.Pattern[str]] = []
    for raw in data["patterns"]:
        try:
            compiled.append(re.compile(str(raw), re.IGNORECASE))
        except re.error as exc:
            raise ConfigError(
                f"bad boilerplate pattern {raw!r}: {exc}", code="boilerplate"
            ) from exc
    return tuple(compiled)


def is_boilerplate(line: str) -> bool:
    """True when the whole line (stripped) is a known boilerplate line."""
    stripped = line.strip()
    if not stripped or len(stripped) > 300:
        return False
    return any(p.fullmatch(stripped) for p in boilerplate_patterns())


def clean_text(text: str) -> str:
    """The article body as later stages see it.

    Newlines become ``\\n``, control characters go, trailing spaces are trimmed,
    boilerplate lines are removed, runs of blank lines fold to one blank line and the
    whole text is stripped. Mojibake (UTF-8 read as cp1252) is repaired here too, for text
    that reached us already decoded (JSON escapes, feeds, HTML). The result may be empty
    (only boilerplate or whitespace).
    """
    for _ in range(_PASSES):  # a pass may join what it removes around into new mojibake
        cleaned = _clean_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


_PASSES = 4
"""Most cleaning passes: one removal can make another ("Â", a control character and U+0080
become the mojibake "Â" U+0080 once the control character goes; text encoded twice repairs
one layer a pass). Cleaning stops at the first pass that changes nothing."""


def _clean_once(text: str) -> str:
    text = repair_mojibake(text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    kept = [line for line in text.split("\n") if not is_boilerplate(line)]
    dropped = text.count("\n") + 1 - len(kept)
    if dropped:
        log.debug("dropped %d boilerplate line(s)", dropped)
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
