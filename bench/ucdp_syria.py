"""Syrian place names and casualty figures: sitrep against UCDP GED's Syria events (2016-2019).

    python bench/ucdp_syria.py [--data PATH] [--gazetteer PATH] [--half dev|test|both]
                               [--no-casualties] [--limit N] [--seed 13] [--show N]

Data: ../shared/data/ucdp_ged_syria/ged191_syria.jsonl (16,566 UCDP GED events, CC BY 4.0;
weak gold, see its NOTES.md). Read when present, never copied; the script prints a message
and exits when it is absent.

Halves. An event's half is fixed by a stable hash of its UCDP id: tune on "dev" (``--show``
lists dev misses only), quote "test".

1. **Geocoding with gold spans.** UCDP's place name (``where_coordinates``: "Teir Maaleh
   village", "Idlib Governorate") is handed whole to sitrep's place resolver, which splits
   the feature word off itself (``resolve/designators.py``), with the context a real
   article would give: the text "Fighting in <place> in <adm_1>, Syria.", whose mentions
   are the place, its governorate and the country (country focus Syria; the governorate as
   another mention of the same article). The error is the distance from UCDP's point; an
   unresolved name counts at 20,039 km. Figures per event and per distinct place (name +
   adm_1; many events share a place), by UCDP's ``where_prec`` (1 exact place, 2 within
   25 km, 3 second-order unit, 4 first-order unit, 5 a larger region, 6 the country), the
   headline over where_prec 1-2.
2. **Casualties on headlines.** Events with ``number_of_sources == 1`` whose
   ``source_headline`` holds a digit or a number word are sampled (``--limit`` per half,
   seeded); each headline is a one-sentence article published on ``source_date`` and goes
   through extraction and resolution (``RuleExtractor`` + ``Resolver``, as ``build_runner``
   wires them). Reported: how often an event is extracted, and over those the exact-match
   rate and mean absolute error of the largest fatalities figure (none = 0) against UCDP's
   ``best``. The headline is not the event's gold: UCDP codes from the full report, splits
   one report into several events, and SOHR headlines give daily totals for a region.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.merge.scoring import haversine_km
from sitrep.model import Article, PlaceMention, Span
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver, PlaceResult

DATA = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "data"
    / "ucdp_ged_syria"
    / "ged191_syria.jsonl"
)
HALVES = ("dev", "test")
MAX_KM = 20039.0
PRECISIONS = (1, 2, 3, 4, 5, 6)
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|hundreds|dozen|dozens)\b",
    re.IGNORECASE,
)

Row = dict[str, Any]


def half_of(event_id: object) -> str:
    """ "dev" or "test", fixed by a hash of the UCDP event id."""
    digest = hashlib.sha256(f"sitrep-ucdp:{event_id}".encode()).digest()
    return HALVES[digest[0] % 2]


def load_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two (lat, lon) points (sitrep's own great-circle distance)."""
    return haversine_km(*a, *b)


# -- 1. geocoding -------------------------------------------------------------


def article_of(place: str, adm1: str | None) -> tuple[str, list[PlaceMention]]:
    """The one-sentence article that names ``place`` with its governorate and country,
    and its place mentions (text, offsets, the words before)."""
    prefix = "Fighting in "
    parts = [(place, len(prefix))]
    text = prefix + place
    if adm1 and adm1 != place:
        text += " in "
        parts.append((adm1, len(text)))
        text += adm1
    text += ", "
    parts.append(("Syria", len(text)))
    text += "Syria."
    mentions = [
        PlaceMention(
            text=name,
            span=Span(text=name, start=start, end=start + len(name)),
            context=" ".join(text[max(0, start - 30) : start].lower().split()[-2:]),
            label="GPE",
        )
        for name, start in parts
    ]
    return text, mentions


def geocode(resolver: PlaceResolver, place: str, adm1: str | None) -> PlaceResult:
    text, mentions = article_of(place, adm1)
    context = resolver.article_context(mentions, text=text)
    return resolver.resolve([mentions[0]], context=context)


@dataclass(frozen=True)
class Place:
    """A distinct UCDP place (name + adm_1) and its events."""

    name: str
    adm1: str | None
    prec: int  # the most frequent where_prec of its events
    point: tuple[float, float]  # the most frequent point of its events
    events: tuple[tuple[float, float], ...]
    precs: tuple[int, ...]  # each event's where_prec


def distinct_places(rows: list[Row]) -> list[Place]:
    grouped: dict[tuple[str, str | None], list[Row]] = defaultdict(list)
    for r in rows:
        grouped[(r["where_coordinates"], r["adm_1"])].append(r)
    places = []
    for (name, adm1), group in sorted(grouped.items(), key=lambda kv: str(kv[0])):
        points = [(float(r["latitude"]), float(r["longitude"])) for r in group]
        precs = [int(r["where_prec"]) for r in group]
        modal = Counter(points).most_common(1)[0][0]
        prec = Counter(precs).most_common(1)[0][0]
        places.append(Place(name, adm1, prec, modal, tuple(points), tuple(precs)))
    return places


def scores(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"n": 0}
    return {
        "n": len(errors),
        "acc161": sum(e < 161 for e in errors) / len(errors),
        "acc25": sum(e < 25 for e in errors) / len(errors),
        "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors),
    }


def _describe(result: PlaceResult) -> str:
    if result.geo_precision is None:
        return "(unresolved)"
    where = ", ".join(x for x in (result.location, result.admin1, result.cc) if x)
    return f"{where} [{result.kind}]"


@dataclass(frozen=True)
class Geocoded:
    place: Place
    result: PlaceResult
    km: float  # from the place's modal point
    event_km: tuple[float, ...]


def geocode_all(resolver: PlaceResolver, places: list[Place]) -> list[Geocoded]:
    out = []
    for p in places:
        result = geocode(resolver, p.name, p.adm1)
        got = (
            None
            if result.latitude is None or result.longitude is None
            else (result.latitude, result.longitude)
        )
        event_km = tuple(MAX_KM if got is None else haversine(got, e) for e in p.events)
        km = MAX_KM if got is None else haversine(got, p.point)
        out.append(Geocoded(p, result, km, event_km))
    return out


def _line(label: str, found: list[Geocoded], per_event: bool, precs: set[int]) -> str:
    """Per event: each event of the given where_prec; per place: each place whose most
    frequent where_prec is one of them (error from its most frequent point)."""
    if per_event:
        picked = [
            (km, g.result.geo_precision is None)
            for g in found
            for km, prec in zip(g.event_km, g.place.precs, strict=True)
            if prec in precs
        ]
    else:
        picked = [(g.km, g.result.geo_precision is None) for g in found if g.place.prec in precs]
    errors = [km for km, _ in picked]
    unresolved = sum(miss for _, miss in picked)
    s = scores(errors)
    if not s["n"]:
        return f"  {label:<22} {0:>6}"
    return (
        f"  {label:<22} {s['n']:>6.0f} {s['acc161']:>8.3f} {s['acc25']:>7.3f} "
        f"{s['mean_km']:>8.1f} {s['median_km']:>9.1f} {unresolved / s['n']:>7.3f}"
    )


def report_geocoding(found: list[Geocoded], half: str) -> None:
    print(f"\n== geocoding with gold spans, {half} half ==")
    for per_event in (True, False):
        unit = "events" if per_event else "distinct places (name + adm_1)"
        print(f" per {unit}")
        print(
            f"  {'where_prec':<22} {'n':>6} {'acc@161':>8} {'acc@25':>7} {'mean km':>8} "
            f"{'median km':>9} {'unres':>7}"
        )
        print(_line("1-2 (headline)", found, per_event, {1, 2}))
        for prec in PRECISIONS:
            print(_line(str(prec), found, per_event, {prec}))
        print(_line("all", found, per_event, set(PRECISIONS)))


def show_misses(found: list[Geocoded], n: int) -> None:
    """The dev places (where_prec 1-2) resolved beyond 25 km, most events first."""
    misses = sorted(
        (g for g in found if g.place.prec <= 2 and g.km >= 25),
        key=lambda g: (-len(g.event_km), g.place.name),
    )
    print(f"\n== dev misses beyond 25 km (where_prec 1-2): {len(misses)} places ==")
    for g in misses[:n]:
        print(
            f"{len(g.event_km):>4}  {g.place.name!r} ({g.place.adm1}) -> "
            f"{_describe(g.result)}  {g.km:.0f} km"
        )


# -- 2. casualties on headlines -----------------------------------------------


def has_number(text: str) -> bool:
    return any(c.isdigit() for c in text) or bool(NUMBER_WORDS.search(text))


def sample_headlines(rows: list[Row], *, limit: int, seed: int, half: str) -> list[Row]:
    pool = sorted(
        (
            r
            for r in rows
            if half_of(r["id"]) == half
            and r.get("number_of_sources") == 1
            and r.get("source_headline")
            and has_number(str(r["source_headline"]))
        ),
        key=lambda r: int(r["id"]),
    )
    return random.Random(f"{seed}:{half}").sample(pool, min(limit, len(pool)))


def to_article(row: Row) -> Article:
    day = row.get("source_date")
    return Article(
        id=f"ucdp-{row['id']}",
        published=date.fromisoformat(str(day)[:10]) if day else None,
        text=str(row["source_headline"]),
    )


def run_casualties(rows: list[Row], args: argparse.Namespace, gazetteer: Gazetteer) -> None:
    from sitrep.extract import RuleExtractor, load_nlp
    from sitrep.resolve import ActorDictionary, Resolver
    from sitrep.settings import Settings

    settings = Settings()
    extractor = RuleExtractor(nlp=load_nlp(settings.spacy_model))
    resolver = Resolver(gazetteer=gazetteer, actors=ActorDictionary.load(settings.actors_file))
    halves = HALVES if args.half == "both" else (args.half,)
    for half in halves:
        picked = sample_headlines(rows, limit=args.limit, seed=args.seed, half=half)
        by_id = {f"ucdp-{r['id']}": r for r in picked}
        started = time.perf_counter()
        pairs: list[tuple[int, int]] = []
        missed: list[Row] = []
        wrong: list[tuple[Row, int]] = []
        for article, extraction in extractor.pipe(to_article(r) for r in picked):
            events = [e for e in resolver.resolve(article, extraction)
                      if not any(s.background for s in e.sources)]  # fmt: skip
            row = by_id[article.id]
            if not events:
                missed.append(row)
                continue
            killed = max((e.fatalities or 0 for e in events), default=0)
            pairs.append((killed, int(row["best"])))
            if killed != int(row["best"]):
                wrong.append((row, killed))
        wall = time.perf_counter() - started
        n = len(picked)
        print(f"\n== casualties on headlines, {half} half: {n} headlines, {wall:.0f} s ==")
        if not n:
            continue
        print(f"  event extracted        {len(pairs) / n:.3f} ({len(pairs)} / {n})")
        if pairs:
            exact = sum(p == g for p, g in pairs) / len(pairs)
            mae = statistics.fmean(abs(p - g) for p, g in pairs)
            zero = sum(p == 0 for p, _ in pairs) / len(pairs)
            print(f"  fatalities exact       {exact:.3f}   MAE {mae:.2f}   (over extracted)")
            print(f"  no figure extracted    {zero:.3f}")
            all_pairs = pairs + [(0, int(r["best"])) for r in missed]
            exact_all = sum(p == g for p, g in all_pairs) / n
            print(f"  exact, all (missed=0)  {exact_all:.3f}")
        if args.show and half == "dev":
            print(f"\n  dev misses (no event), first {args.show}:")
            for r in missed[: args.show]:
                print(f"   best={r['best']:<4} {r['source_headline'][:120]}")
            print(f"\n  dev wrong figures, first {args.show}:")
            for r, got in wrong[: args.show]:
                print(f"   best={r['best']:<4} got={got:<4} {r['source_headline'][:110]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--gazetteer", type=Path, default=None)
    ap.add_argument("--half", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--no-casualties", action="store_true", help="geocoding only")
    ap.add_argument("--limit", type=int, default=300, help="headlines sampled per half")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="list N dev misses of each part")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"UCDP GED Syria data not found at {args.data}: skipped")
        return
    started = time.perf_counter()
    rows = load_rows(args.data)
    gazetteer = Gazetteer.load(args.gazetteer)
    resolver = PlaceResolver(gazetteer)
    halves = HALVES if args.half == "both" else (args.half,)
    print(f"UCDP GED Syria: {len(rows)} events; {' '.join(__import__('sys').argv)}")
    for half in halves:
        t = time.perf_counter()
        places = distinct_places([r for r in rows if half_of(r["id"]) == half])
        found = geocode_all(resolver, places)
        report_geocoding(found, half)
        print(f"  ({len(places)} distinct places in {time.perf_counter() - t:.1f} s)")
        if args.show and half == "dev":
            show_misses(found, args.show)
    if not args.no_casualties:
        run_casualties(rows, args, gazetteer)
    print(f"\ntotal {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
