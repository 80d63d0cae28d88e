"""The shipped basemap: country and admin-1 boundaries as one GeoJSON FeatureCollection.

Built (not committed) by ``python -m sitrep.serve.web.build`` from Natural Earth data in
npm registry packages. Each feature's ``properties["level"]`` is 0 for a country and 1
for an admin-1 area; admin-1 areas also carry ``name``, ``name_alt`` ("|"-separated),
``admin`` (the country), ``adm0_a3``, ``iso_a2``, ``iso_3166_2`` and ``code_hasc``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError

__all__ = ["BOUNDARIES_FILE", "load_boundaries"]

BOUNDARIES_FILE = Path(__file__).resolve().parents[1] / "data" / "boundaries" / "boundaries.geojson"


def load_boundaries(path: Path | None = None) -> dict[str, Any]:
    """The boundaries FeatureCollection; ConfigError telling how to build it when missing."""
    target = BOUNDARIES_FILE if path is None else path
    try:
        text = target.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(
            "map boundaries are not built: run `python -m sitrep.serve.web.build`"
            " (needs Node.js and npm once; nothing is fetched at run time)",
            code="boundaries_missing",
            path=str(target),
        ) from None
    try:
        data: dict[str, Any] = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"map boundaries are unreadable ({exc.msg}): rebuild with"
            " `python -m sitrep.serve.web.build`",
            code="boundaries_invalid",
            path=str(target),
        ) from None
    if data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        raise ConfigError(
            "map boundaries are not a GeoJSON FeatureCollection: rebuild with"
            " `python -m sitrep.serve.web.build`",
            code="boundaries_invalid",
            path=str(target),
        )
    return data
