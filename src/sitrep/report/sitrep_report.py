"""Situation reports: figures, a weekly trend chart and a map, rendered from templates.

Two layers:

- :func:`render_report` is the core: it takes the events of the period and of the
  previous period of equal length (plain lists, no store) and writes the report;
- :func:`build_report` reads both periods through the store and calls it.

The text is deterministic: Jinja2 templates in ``templates/``, no language model.
HTML is one self-contained file (images as ``data:`` URIs, CSS inline, no script)
with autoescaping, so article-derived text cannot inject markup. Markdown escapes
the same text for Markdown and writes its PNGs beside the ``.md`` file.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from sitrep.errors import SitrepError
from sitrep.model import Event, EventQuery
from sitrep.report.charts import MapImage, event_map, load_boundary_features, trend_chart
from sitrep.report.exports import source_summary
from sitrep.report.figures import ReportFigures, compute_figures, previous_period

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "REPORT_FORMATS",
    "EventReader",
    "ReportFormat",
    "build_report",
    "md_escape",
    "render_report",
]

logger = logging.getLogger(__name__)

ReportFormat = Literal["md", "html"]
REPORT_FORMATS: Final[tuple[ReportFormat, ...]] = ("md", "html")
SHIPPED: Final = "shipped"
"""``boundaries=SHIPPED``: draw the map over ``sitrep.serve.boundaries`` when available."""
_QUERY_LIMIT: Final = 10_000


class EventReader(Protocol):
    """What a report needs from the store: ``Store`` satisfies it."""

    def iter_events(self, q: EventQuery) -> Iterator[Event]: ...


# --------------------------------------------------------------------------
# Escaping and the template environments
# --------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~<>])")


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: one line, markup and table pipes escaped.

    ``<`` and ``>`` become entities (Markdown renderers pass raw HTML through), every
    other Markdown metacharacter gets a backslash.
    """
    flat = _SPACE.sub(" ", text).replace("&", "&amp;")
    return _MD_SPECIAL.sub(
        lambda m: {"<": "&lt;", ">": "&gt;"}.get(m.group(1), "\\" + m.group(1)), flat
    )


def _md_finalize(value: object) -> object:
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return md_escape(value)
    return value


def _number(value: int | float | None) -> str:
    if value is None:
        return "unknown"
    return f"{value:,}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else "undated"


def _environment(fmt: ReportFormat) -> Environment:
    common: dict[str, Any] = {
        "loader": PackageLoader("sitrep.report", "templates"),
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if fmt == "html":
        env = Environment(autoescape=True, **common)
    else:  # Markdown: every value is escaped by _md_finalize
        env = Environment(autoescape=False, finalize=_md_finalize, **common)
    env.filters["number"] = _number
    env.filters["day"] = _day
    env.filters["sources"] = source_summary
    return env


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def _place(event: Event) -> str:
    parts = [p for p in (event.location, event.admin2, event.admin1) if p]
    unique = [p for i, p in enumerate(parts) if p not in parts[:i]]
    return ", ".join(unique) or event.country or "unknown place"


def _actors(event: Event) -> str:
    first = event.actor1 or "unidentified"
    return f"{first} \u2192 {event.actor2}" if event.actor2 else first


def _area(country: str, admin1: str | None) -> str:
    return f"{admin1}, {country}" if admin1 else country


def _images(
    figures: ReportFigures,
    events: Sequence[Event],
    *,
    country: str,
    admin1: str | None,
    boundaries: Sequence[Mapping[str, Any]] | None,
) -> tuple[bytes, MapImage]:
    area = _area(country, admin1)
    period = f"{figures.date_from.isoformat()} to {figures.date_to.isoformat()}"
    trend = trend_chart(figures.weekly, title=f"{area}: events and fatalities per week, {period}")
    mapped = event_map(
        events,
        country=country,
        admin1=admin1,
        features=boundaries,
        title=f"{area}: located events, {period}",
    )
    return trend, mapped


def render_report(
    events: Sequence[Event],
    previous: Sequence[Event],
    *,
    country: str,
    admin1: str | None,
    date_from: date,
    date_to: date,
    fmt: ReportFormat,
    out: Path,
    boundaries: Sequence[Mapping[str, Any]] | Literal["shipped"] | None = SHIPPED,
) -> Path:
    """Write the report over ``events`` (the period) against ``previous`` to ``out``.

    ``boundaries`` are GeoJSON features to draw under the map; ``"shipped"`` loads
    them from ``sitrep.serve.boundaries`` and ``None`` draws a graticule instead.
    For ``md`` the two PNGs are written beside ``out`` (``<stem>-trend.png`` and
    ``<stem>-map.png``); for ``html`` they are inlined. Returns ``out``.
    """
    if fmt not in REPORT_FORMATS:
        raise SitrepError(
            f"unknown report format {fmt!r}; choose md or html", code="unknown_format"
        )
    if date_to < date_from:
        raise SitrepError(
            f"the period ends ({date_to}) before it starts ({date_from})", code="bad_period"
        )
    features = load_boundary_features() if isinstance(boundaries, str) else boundaries
    figures = compute_figures(events, previous, date_from=date_from, date_to=date_to)
    trend, mapped = _images(
        figures,
        events,
        country=country,
        admin1=admin1,
        boundaries=features,
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        trend_src = "data:image/png;base64," + base64.b64encode(trend).decode("ascii")
        map_src = "data:image/png;base64," + base64.b64encode(mapped.png).decode("ascii")
    else:
        trend_path = out.with_name(f"{out.stem}-trend.png")
        map_path = out.with_name(f"{out.stem}-map.png")
        trend_path.write_bytes(trend)
        map_path.write_bytes(mapped.png)
        trend_src, map_src = trend_path.name, map_path.name
    template = _environment(fmt).get_template(f"report.{fmt}.j2")
    text = template.render(
        f=figures,
        area=_area(country, admin1),
        country=country,
        admin1=admin1,
        trend_src=Markup(trend_src),
        map_src=Markup(map_src),
        map_caption=mapped.caption,
        place=_place,
        actors=_actors,
    )
    out.write_text(text, encoding="utf-8")
    logger.info(
        "report on %s, %s to %s: %d event(s), written to %s",
        _area(country, admin1),
        date_from,
        date_to,
        figures.totals.events,
        out,
    )
    return out


def build_report(
    store: EventReader,
    *,
    country: str,
    admin1: str | None,
    date_from: date,
    date_to: date,
    fmt: ReportFormat,
    out: Path,
) -> Path:
    """Read the period and the previous period of equal length from ``store``; write the
    report to ``out`` (see :func:`render_report`). Rejected events are left out."""
    previous_from, previous_to = previous_period(date_from, date_to)

    def period(start: date, end: date) -> list[Event]:
        query = EventQuery(
            country=country, admin1=admin1, date_from=start, date_to=end, limit=_QUERY_LIMIT
        )
        return list(store.iter_events(query))

    events, previous = period(date_from, date_to), period(previous_from, previous_to)
    return render_report(
        events,
        previous,
        country=country,
        admin1=admin1,
        date_from=date_from,
        date_to=date_to,
        fmt=fmt,
        out=out,
    )
