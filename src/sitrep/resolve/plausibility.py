"""Plausibility of casualty figures: a typo'd "10,000,000 killed" is flagged, never coded.

One public entry point, :func:`check_figures`, runs in the resolve stage after the place
is known. A figure is implausible for one incident when

- it is above the single-incident ceiling (``max_fatalities``, default 1,000: ACLED
  records very few single events above that; ``max_injuries``, default 5,000);
- from ``min_for_relative`` (default 100) upwards, it is larger than the population of
  the town the event was placed in (from the gazetteer; only for a town with a known
  population), or deaths outnumber the reported injured more than
  ``max_ratio_to_injured`` times (default 100): "killing 900 and wounding 3".

Decision: an implausible figure is **not coded**. ACLED would not publish an unverified
figure, and merge codes the lowest figure of a cluster's sources, so a kept typo would
become the event's toll. The event's and the source's ``fatalities`` (or ``injuries``)
become ``None``; the raw text stays in ``Source.raw_fatalities`` (``raw_injuries``) and
in the source's evidence; ``field_confidence`` of the field is set low, the event's
confidence is lowered, and ``notes`` say "implausible fatalities figure 10,000,000 flagged
for review" with the reason. A reviewer can code it with ``sitrep review ID --set``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.model import Quantity

__all__ = ["FigureCheck", "PlausibilityLimits", "check_figures"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PlausibilityLimits:
    """The thresholds; pass your own to :class:`~sitrep.resolve.Resolver` (``limits=``)."""

    max_fatalities: int = 1_000
    max_injuries: int = 5_000
    max_ratio_to_injured: int = 100
    min_for_relative: int = 100
    flagged_field_confidence: float = 0.1
    confidence_factor: float = 0.5

    def __post_init__(self) -> None:
        if min(self.max_fatalities, self.max_injuries, self.max_ratio_to_injured) < 1:
            raise ValueError("plausibility limits must be positive")
        if not 0.0 <= self.flagged_field_confidence <= 1.0:
            raise ValueError("flagged_field_confidence must be within [0, 1]")
        if not 0.0 <= self.confidence_factor <= 1.0:
            raise ValueError("confidence_factor must be within [0, 1]")


@dataclass(frozen=True, slots=True)
class FigureCheck:
    """What to code: the figures kept (``None`` when flagged), and how to say why."""

    fatalities: int | None
    injuries: int | None
    notes: tuple[str, ...] = ()
    field_confidence: tuple[tuple[str, float], ...] = ()
    confidence_factor: float = 1.0

    @property
    def flagged(self) -> bool:
        return bool(self.notes)


def check_figures(
    fatalities: Quantity | None,
    injuries: Quantity | None,
    *,
    town: str | None = None,
    population: int = 0,
    limits: PlausibilityLimits | None = None,
) -> FigureCheck:
    """Check one candidate's figures; ``town``/``population`` describe where it was placed
    (``population`` 0 when unknown or when the place is not a town)."""
    limits = limits or PlausibilityLimits()
    dead = fatalities.value if fatalities is not None else None
    hurt = injuries.value if injuries is not None else None
    where = (town, population)
    why_dead = _implausible(dead, limits.max_fatalities, where, limits) or _outnumbers(
        dead, hurt, limits
    )
    why_hurt = _implausible(hurt, limits.max_injuries, where, limits)
    notes: list[str] = []
    confidence: list[tuple[str, float]] = []
    for label, value, why in (("fatalities", dead, why_dead), ("injuries", hurt, why_hurt)):
        if why is None or value is None:
            continue
        notes.append(
            f"implausible {label} figure {value:,} flagged for review ({why}); "
            "not coded, raw figure kept in the source"
        )
        confidence.append((label, limits.flagged_field_confidence))
    return FigureCheck(
        fatalities=None if why_dead else dead,
        injuries=None if why_hurt else hurt,
        notes=tuple(notes),
        field_confidence=tuple(confidence),
        confidence_factor=limits.confidence_factor if notes else 1.0,
    )


def _implausible(
    value: int | None, ceiling: int, where: tuple[str | None, int], limits: PlausibilityLimits
) -> str | None:
    if value is None:
        return None
    if value > ceiling:
        return f"above the single-incident ceiling of {ceiling:,}"
    town, population = where
    if population > 0 and value >= limits.min_for_relative and value > population:
        return f"more than the population of {town or 'the town'} ({population:,})"
    return None


def _outnumbers(dead: int | None, hurt: int | None, limits: PlausibilityLimits) -> str | None:
    if dead is None or hurt is None or hurt < 1 or dead < limits.min_for_relative:
        return None
    if dead > limits.max_ratio_to_injured * hurt:
        return f"more than {limits.max_ratio_to_injured} times the {hurt:,} reported injured"
    return None
