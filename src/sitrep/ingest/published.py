"""Publication dates and the ``{outlet}-{YYYY-MM-DD}[-{slug}]`` file-name pattern."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

__all__ = ["FILENAME_PATTERN", "NameHints", "name_hints", "parse_date"]

FILENAME_PATTERN = re.compile(r"^(?P<outlet>.+?)-(?P<date>\d{4}-\d{2}-\d{2})(?:-(?P<slug>.+))?$")
"""``rudaw-2020-06-04.txt``, ``shafaq-2021-01-22-iq-tayaran.html``: outlet, date, slug."""

_EARLIEST = date(1900, 1, 1)
_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
)


@dataclass(frozen=True)
class NameHints:
    """What a file name says about its article (all ``None`` when it does not match)."""

    outlet: str | None = None
    published: str | None = None
    slug: str | None = None


def name_hints(path: Path) -> NameHints:
    """Outlet, raw date and slug from a file name that follows :data:`FILENAME_PATTERN`."""
    match = FILENAME_PATTERN.match(path.stem)
    if match is None:
        return NameHints()
    return NameHints(outlet=match["outlet"], published=match["date"], slug=match["slug"])


def parse_date(raw: str) -> date | None:
    """A calendar date from ISO 8601, RFC 2822 or a spelled-out date; ``None`` if unparseable.

    A timestamp keeps the date in its own time zone. Dates before 1900 are implausible
    for a news article and count as unparseable.
    """
    text = raw.strip()
    if not text or len(text) > 64:
        return None
    parsed = _iso(text) or _rfc2822(text) or _spelled(text)
    if parsed is None or parsed < _EARLIEST:
        return None
    return parsed


def _iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _rfc2822(text: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _spelled(text: str) -> date | None:
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
