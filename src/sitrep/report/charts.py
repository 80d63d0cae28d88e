"""The report's images, drawn offline with matplotlib's Agg canvas (no pyplot state).

- :func:`trend_chart`: events per week as bars, fatalities per week as a line;
- :func:`event_map`: events as points sized by fatalities, coloured by type, over the
  country and admin-1 boundaries shipped with ``sitrep.serve.boundaries`` — or over a
  plain longitude/latitude frame with a graticule when the boundaries are unavailable,
  which the returned caption says.

Both return PNG bytes; the PNG carries no software/version metadata, so the same
events give the same bytes.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from sitrep.errors import SitrepError
from sitrep.model import Event, EventType, GeoPrecision
from sitrep.report.figures import WeekCount, severity_key

__all__ = ["TYPE_COLOURS", "MapImage", "event_map", "load_boundary_features", "trend_chart"]

logger = logging.getLogger(__name__)

TYPE_COLOURS: Final[dict[EventType, str]] = {
    EventType.BATTLES: "#d62728",
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: "#ff7f0e",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "#9467bd",
    EventType.PROTESTS: "#2ca02c",
    EventType.RIOTS: "#8c564b",
    EventType.STRATEGIC_DEVELOPMENTS: "#1f77b4",
}
_DPI: Final = 110
PLACE_LABELS: Final = 8
"""How many places (of the most severe events) the map names."""
Ring = Sequence[Sequence[float]]


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(
        buffer,
        format="png",
        dpi=_DPI,
        bbox_inches="tight",
        pad_inches=0.15,
        metadata={"Software": None},
    )
    return buffer.getvalue()


def _week_labels(weeks: Sequence[WeekCount]) -> list[str]:
    """``"02 Mar"``; the year under the first label and wherever it changes."""
    labels, year = [], None
    for week in weeks:
        label = week.week_start.strftime("%d %b")
        if week.week_start.year != year:
            year = week.week_start.year
            label += f"\n{year}"
        labels.append(label)
    return labels


def trend_chart(weeks: Sequence[WeekCount], *, title: str) -> bytes:
    """Events per week (bars, left axis) and fatalities per week (line, right axis)."""
    figure = Figure(figsize=(9.6, 3.4), layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(weeks)))
    width = 0.7 if len(weeks) > 4 else 0.45
    axes.bar(positions, [w.events for w in weeks], color="#4c72b0", width=width, label="Events")
    axes.set_ylabel("Events per week")
    shown = positions[:: max(1, math.ceil(len(weeks) / 14))]  # at most 14 labels
    axes.set_xticks(shown, _week_labels([weeks[i] for i in shown]))
    axes.set_xlim(-0.6, max(len(weeks) - 0.4, 0.4))
    axes.set_xlabel("Week starting (Monday)")
    axes.set_ylim(0, max([w.events for w in weeks] + [1]) * 1.2)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    right = axes.twinx()
    right.plot(
        positions,
        [w.fatalities for w in weeks],
        color="#c44e52",
        marker="o",
        linewidth=2,
        label="Fatalities",
    )
    right.set_ylabel("Fatalities per week")
    right.set_ylim(0, max([w.fatalities for w in weeks] + [1]) * 1.2)
    right.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(title, fontsize=11)
    axes.legend(
        handles=[
            Line2D([], [], color="#4c72b0", linewidth=8, label="Events"),
            Line2D([], [], color="#c44e52", marker="o", linewidth=2, label="Fatalities"),
        ],
        loc="upper left",
        frameon=False,
        fontsize=8,
    )
    axes.spines[["top"]].set_visible(False)
    right.spines[["top"]].set_visible(False)
    return _png(figure)


# --------------------------------------------------------------------------
# Boundaries
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class MapImage:
    png: bytes
    caption: str
    with_boundaries: bool


def load_boundary_features() -> list[Mapping[str, Any]] | None:
    """GeoJSON features from ``sitrep.serve.boundaries.load_boundaries()``, or ``None``.

    The boundaries are optional for a report: when the module is missing or its data
    cannot be read, the map falls back to a graticule and says so.
    """
    try:
        from sitrep.serve import boundaries  # report/ may read other stages

        data: Any = boundaries.load_boundaries()
    except (ImportError, AttributeError, OSError, ValueError, SitrepError) as exc:
        logger.info("boundaries unavailable for the report map: %s", exc)
        return None
    return list(_features(data)) or None


def _features(data: Any) -> Iterator[Mapping[str, Any]]:
    """Features from a FeatureCollection, a list of them, or a mapping of collections."""
    if hasattr(data, "model_dump"):
        data = data.model_dump()
    if isinstance(data, Mapping):
        if data.get("type") == "FeatureCollection":
            yield from (f for f in data.get("features", []) if isinstance(f, Mapping))
        elif data.get("type") == "Feature":
            yield data
        else:
            for value in data.values():
                yield from _features(value)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _features(item)


def _rings(geometry: Mapping[str, Any] | None) -> list[Ring]:
    if not geometry:
        return []
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        return list(coordinates)
    if kind == "MultiPolygon":
        return [ring for polygon in coordinates for ring in polygon]
    if kind == "LineString":
        return [coordinates]
    if kind == "MultiLineString":
        return list(coordinates)
    return []


def _properties(feature: Mapping[str, Any]) -> Mapping[str, Any]:
    properties = feature.get("properties")
    return properties if isinstance(properties, Mapping) else {}


def _names(feature: Mapping[str, Any]) -> set[str]:
    """Every name a feature answers to (``name_alt`` is ``|``-separated), case-folded."""
    names: set[str] = set()
    for key in ("name", "name_alt", "name_en", "NAME", "admin1", "shapeName"):
        value = _properties(feature).get(key)
        if isinstance(value, str):
            names.update(part.strip().casefold() for part in value.split("|") if part.strip())
    return names


def _is_country(feature: Mapping[str, Any]) -> bool:
    properties = _properties(feature)
    level = properties.get("level", properties.get("admin_level"))
    return str(level).casefold() in {"0", "country", "adm0", "admin0"}


def _country_of(feature: Mapping[str, Any]) -> str | None:
    """The country an admin-1 feature belongs to, or the country a level-0 feature is."""
    if _is_country(feature):
        name = _properties(feature).get("name")
    else:
        name = _properties(feature).get("admin")
    return name.casefold() if isinstance(name, str) else None


def _focus(
    features: Sequence[Mapping[str, Any]], country: str, admin1: str | None
) -> Mapping[str, Any] | None:
    """The admin-1 area (when asked for) or else the country the report is about."""
    wanted = country.casefold()
    if admin1:
        for feature in features:
            if (
                not _is_country(feature)
                and admin1.casefold() in _names(feature)
                and _country_of(feature) in {wanted, None}
            ):
                return feature
    for feature in features:
        if _is_country(feature) and wanted in _names(feature):
            return feature
    return None


def _bounds(rings: Sequence[Ring]) -> tuple[float, float, float, float] | None:
    xs = [float(p[0]) for ring in rings for p in ring]
    ys = [float(p[1]) for ring in rings for p in ring]
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def _extent(
    points: Sequence[tuple[float, float]], focus: tuple[float, float, float, float] | None
) -> tuple[float, float, float, float]:
    if focus is not None:
        west, south, east, north = focus
        if points:
            west = min(west, *(p[0] for p in points))
            east = max(east, *(p[0] for p in points))
            south = min(south, *(p[1] for p in points))
            north = max(north, *(p[1] for p in points))
    elif points:
        west, east = min(p[0] for p in points), max(p[0] for p in points)
        south, north = min(p[1] for p in points), max(p[1] for p in points)
    else:
        west, south, east, north = -180.0, -60.0, 180.0, 80.0
    pad_x = max((east - west) * 0.08, 0.5)
    pad_y = max((north - south) * 0.08, 0.5)
    west, east, south, north = west - pad_x, east + pad_x, south - pad_y, north + pad_y
    # keep the frame between 4:5 and 8:5 on screen (a degree of longitude is cos(lat) wide)
    shrink = max(math.cos(math.radians((south + north) / 2)), 0.2)
    width, height = (east - west) * shrink, north - south
    if width < 0.8 * height:
        extra = (0.8 * height / shrink - (east - west)) / 2
        west, east = west - extra, east + extra
    elif width > 1.6 * height:
        extra = (width / 1.6 - height) / 2
        south, north = south - extra, north + extra
    return (max(west, -180.0), max(south, -90.0), min(east, 180.0), min(north, 90.0))


def _marker_size(fatalities: int | None) -> float:
    """Marker area in points²: proportional to fatalities, with a visible minimum."""
    return 18.0 + 14.0 * min(fatalities or 0, 120)


def _draw_boundaries(
    axes: Axes,
    features: Sequence[Mapping[str, Any]],
    country: str,
    focus: Mapping[str, Any] | None,
    extent: tuple[float, float, float, float],
) -> int:
    """Countries filled (the report's own lighter), admin-1 lines and names; returns how
    many features were drawn."""
    west, south, east, north = extent
    wanted = country.casefold()
    layers: dict[str, list[list[tuple[float, float]]]] = {
        "other_fill": [],
        "own_fill": [],
        "focus_fill": [],
        "country_line": [],
        "own_admin_line": [],
        "other_admin_line": [],
    }
    drawn = 0
    for feature in features:
        rings = _rings(feature.get("geometry"))
        box = _bounds(rings)
        if box is None or box[2] < west or box[0] > east or box[3] < south or box[1] > north:
            continue
        segments = [[(float(p[0]), float(p[1])) for p in ring] for ring in rings]
        ours = _country_of(feature) == wanted
        if _is_country(feature):
            layers["own_fill" if ours else "other_fill"].extend(segments)
            layers["country_line"].extend(segments)
        else:
            if feature is focus:
                layers["focus_fill"].extend(segments)
            layers["own_admin_line" if ours else "other_admin_line"].extend(segments)
            name = _properties(feature).get("name")
            if ours and isinstance(name, str):
                axes.text(
                    (box[0] + box[2]) / 2,
                    (box[1] + box[3]) / 2,
                    name,
                    fontsize=6.5,
                    color="#6b6b6b",
                    ha="center",
                    va="center",
                    zorder=2.6,
                    clip_on=True,
                    parse_math=False,
                )
        drawn += 1
    fills = (("other_fill", "#e4e4e0", 1.0), ("own_fill", "#fdfcf7", 1.1))
    for layer, colour, zorder in (*fills, ("focus_fill", "#fff2c6", 1.5)):
        axes.add_collection(
            PolyCollection(layers[layer], facecolors=colour, edgecolors="none", zorder=zorder),
            autolim=False,
        )
    lines = (
        ("other_admin_line", "#b5b5b5", 0.5, 2.0),
        ("own_admin_line", "#8a8a8a", 0.5, 2.1),
        ("country_line", "#4d4d4d", 1.1, 2.5),
    )
    for layer, colour, width, zorder in lines:
        axes.add_collection(
            LineCollection(layers[layer], colors=colour, linewidths=width, zorder=zorder),
            autolim=False,
        )
    return drawn


def _label_places(axes: Axes, located: Sequence[Event]) -> None:
    """Name the places of the most severe located events (a few, to stay legible)."""
    named: set[str] = set()
    for event in sorted(located, key=severity_key):
        name = event.location or event.admin1
        if not name or name in named:
            continue
        named.add(name)
        axes.annotate(
            name,
            (float(event.longitude or 0.0), float(event.latitude or 0.0)),
            xytext=(7, 5),
            textcoords="offset points",
            fontsize=7.5,
            color="#1d232a",
            zorder=4,
            annotation_clip=True,
            parse_math=False,  # names are article text: a "$" must not start mathtext
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
        )
        if len(named) >= PLACE_LABELS:
            break


def _legend_marker(colour: str, size: float, label: str) -> Line2D:
    return Line2D(
        [],
        [],
        linestyle="",
        marker="o",
        markersize=size,
        markerfacecolor=colour,
        markeredgecolor="#222222",
        alpha=0.8,
        label=label,
    )


def event_map(
    events: Sequence[Event],
    *,
    country: str,
    admin1: str | None,
    features: Sequence[Mapping[str, Any]] | None,
    title: str,
) -> MapImage:
    """Located events over boundaries (when given) or a graticule; events without
    coordinates are left out and counted in the caption."""
    located = [e for e in events if e.latitude is not None and e.longitude is not None]
    points = [(float(e.longitude or 0.0), float(e.latitude or 0.0)) for e in located]
    focus = _focus(features, country, admin1) if features else None
    focus_box = _bounds(_rings(focus.get("geometry"))) if focus else None
    west, south, east, north = _extent(points, focus_box)

    figure = Figure(figsize=(9.6, 6.4), layout="constrained")
    axes = figure.add_subplot()
    axes.set_xlim(west, east)
    axes.set_ylim(south, north)
    axes.set_aspect(1.0 / max(math.cos(math.radians((south + north) / 2)), 0.2))
    axes.set_facecolor("#dfe9f2" if features else "#f7f9fb")
    drawn = _draw_boundaries(axes, features or [], country, focus, (west, south, east, north))
    with_boundaries = drawn > 0
    if with_boundaries:
        axes.grid(False)
    else:
        axes.grid(True, color="#c8d2dc", linewidth=0.6, zorder=0)
    axes.set_xlabel("Longitude (°E)")
    axes.set_ylabel("Latitude (°N)")

    kinds: list[Line2D] = []
    for event_type in EventType:
        group = [e for e in located if e.event_type == event_type]
        if not group:
            continue
        axes.scatter(
            [float(e.longitude or 0.0) for e in group],
            [float(e.latitude or 0.0) for e in group],
            s=[_marker_size(e.fatalities) for e in group],
            c=TYPE_COLOURS[event_type],
            alpha=0.7,
            edgecolors="#222222",
            linewidths=0.6,
            zorder=3,
        )
        kinds.append(
            _legend_marker(TYPE_COLOURS[event_type], 7.0, f"{event_type.value} ({len(group)})")
        )
    if located:
        type_legend = axes.legend(
            handles=kinds,
            loc="upper left",
            bbox_to_anchor=(1.02, 1.0),
            fontsize=8,
            title="Event type (events)",
            title_fontsize=8,
            alignment="left",
            frameon=False,
        )
        axes.add_artist(type_legend)
        type_legend.set_clip_on(False)  # add_artist clips to the axes; this one sits beside
        axes.legend(
            handles=[
                _legend_marker("#bbbbbb", math.sqrt(_marker_size(n)), str(n)) for n in (1, 10, 50)
            ],
            loc="lower left",
            bbox_to_anchor=(1.02, 0.0),
            fontsize=8,
            title="Fatalities",
            title_fontsize=8,
            alignment="left",
            labelspacing=1.8,
            handletextpad=1.4,
            borderpad=1.0,
            frameon=False,
        )
    else:
        axes.text(
            0.5, 0.5, "No located events", transform=axes.transAxes, ha="center", color="#666666"
        )
    _label_places(axes, located)
    axes.set_title(title, fontsize=11)

    missing = len(events) - len(located)
    parts = [
        f"{len(located)} located event(s), marker area proportional to fatalities."
        if located
        else "No event in this period has coordinates."
    ]
    regional = sum(1 for e in located if e.geo_precision == GeoPrecision.REGION)
    if regional:
        parts.append(
            f"{regional} of them are known only to the province (geo precision 3) and are "
            "drawn at the province's reference point."
        )
    if missing:
        parts.append(f"{missing} event(s) without coordinates are not shown.")
    if not with_boundaries:
        parts.append(
            "Boundaries were unavailable, so events are drawn on a plain longitude/latitude "
            "frame with a graticule."
        )
    return MapImage(_png(figure), " ".join(parts), with_boundaries)
