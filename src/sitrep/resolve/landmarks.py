"""Landmarks: squares, bases, prisons and neighbourhoods the gazetteer lacks.

``data/resolve/landmarks.yaml`` gives each its country, town or admin1 unit, its
own coordinates when known and its ACLED precision.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sitrep.errors import ConfigError

__all__ = ["Landmark", "load_landmarks"]


@dataclass(frozen=True, slots=True)
class Landmark:
    name: str
    aliases: tuple[str, ...]
    country: str
    town: str | None
    admin1: str | None
    precision: int
    lat: float | None
    lon: float | None


@cache
def load_landmarks() -> tuple[Landmark, ...]:
    """The shipped landmarks table (validated)."""
    path = resources.files("sitrep.data.resolve").joinpath("landmarks.yaml")
    data = yaml.safe_load(path.read_text("utf-8"))
    out: list[Landmark] = []
    for i, spec in enumerate(data.get("landmarks", [])):
        try:
            out.append(
                Landmark(
                    name=str(spec["name"]),
                    aliases=tuple(str(a) for a in spec.get("aliases", [])),
                    country=str(spec["country"]),
                    town=spec.get("town"),
                    admin1=spec.get("admin1"),
                    precision=int(spec["precision"]),
                    lat=spec.get("lat"),
                    lon=spec.get("lon"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"landmark #{i + 1}: {exc!r}", path=str(path)) from exc
    return tuple(out)
