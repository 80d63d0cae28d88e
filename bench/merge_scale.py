"""Merge at scale: wall time of `merge_mentions` on 1k / 10k / 100k synthetic mentions.

Synthetic incidents spread over 10 countries x 12 admin1 x 15 towns, three years and
the ACLED sub-event types (weighted like a conflict feed); about 30% of mentions are
further reports of an incident already reported (another outlet, a different toll, a
spelling variant, sometimes a vaguer date or place). Prints time, events out, and
pairwise / B-cubed scores against the synthetic truth.

    python bench/merge_scale.py                 # 1k, 10k, 100k
    python bench/merge_scale.py --sizes 1000 10000 --store   # also through a SQLite store
    python bench/merge_scale.py --sizes 10000 --store --by-date --batch 64  # a live stream
"""

from __future__ import annotations

import argparse
import logging
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sitrep.merge import merge_mentions
from sitrep.merge.evaluation import bcubed_f1, pairwise_prf
from sitrep.model import (
    Article,
    Event,
    EventQuery,
    GeoPrecision,
    Source,
    Span,
    SubEventType,
    TimePrecision,
    event_type_of,
)

COUNTRIES = [
    "Iraq",
    "Syria",
    "Yemen",
    "Afghanistan",
    "Nigeria",
    "Somalia",
    "Libya",
    "Mali",
    "Pakistan",
    "Sudan",
]
S = SubEventType
SUBS = [
    (S.ARMED_CLASH, 30),
    (S.AIR_DRONE_STRIKE, 12),
    (S.SHELLING_ARTILLERY_MISSILE, 12),
    (S.REMOTE_EXPLOSIVE_LANDMINE_IED, 10),
    (S.ATTACK, 12),
    (S.SUICIDE_BOMB, 3),
    (S.ABDUCTION_FORCED_DISAPPEARANCE, 3),
    (S.PEACEFUL_PROTEST, 8),
    (S.VIOLENT_DEMONSTRATION, 3),
    (S.ARRESTS, 4),
    (S.LOOTING_PROPERTY_DESTRUCTION, 3),
]
ACTORS = [
    "Islamic State",
    "Military Forces",
    "Police Forces",
    "Unidentified Armed Group",
    "Al-Shabaab",
    "Taliban",
]
WORDS = [
    "killed",
    "wounded",
    "attack",
    "fighters",
    "village",
    "market",
    "checkpoint",
    "convoy",
    "militants",
    "residents",
    "police",
    "army",
]


def _geography(rng: random.Random) -> dict[str, list[tuple[str, list[tuple[str, float, float]]]]]:
    geo: dict[str, list[tuple[str, list[tuple[str, float, float]]]]] = {}
    for c, country in enumerate(COUNTRIES):
        regions = []
        for a in range(12):
            base_lat, base_lon = 5 + c * 3 + a * 0.2, 10 + c * 4 + a * 0.25
            towns = [
                (f"{country[:3]}-town-{a}-{t}", base_lat + rng.random(), base_lon + rng.random())
                for t in range(15)
            ]
            regions.append((f"{country}-admin1-{a}", towns))
        geo[country] = regions
    return geo


def synthetic(n: int, *, seed: int = 1) -> tuple[list[Event], dict[str, str]]:
    """``n`` mentions and the truth (mention id -> incident id)."""
    rng = random.Random(seed)
    geo = _geography(rng)
    subs, weights = zip(*SUBS, strict=True)
    n_incidents = int(n * 0.7)
    incidents = []
    for i in range(n_incidents):
        country = rng.choice(COUNTRIES)
        admin1, towns = rng.choice(geo[country])
        town, lat, lon = rng.choice(towns)
        incidents.append(
            {
                "id": f"inc{i}",
                "sub": rng.choices(subs, weights)[0],
                "day": date(2018, 1, 1) + timedelta(days=rng.randrange(3 * 365)),
                "country": country,
                "admin1": admin1,
                "town": town,
                "lat": lat,
                "lon": lon,
                "dead": rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 35]),
                "actor": rng.choice(ACTORS),
                "words": " ".join(rng.sample(WORDS, 6)),
            }
        )
    mentions: list[Event] = []
    truth: dict[str, str] = {}
    for k in range(n):
        inc = incidents[k] if k < n_incidents else rng.choice(incidents)
        repeat = k >= n_incidents
        vague = repeat and rng.random() < 0.15
        dead = inc["dead"]
        if repeat and isinstance(dead, int) and dead > 0:
            dead = max(0, dead + rng.randint(-2, 4))
        town = str(inc["town"])
        if repeat and rng.random() < 0.2:
            town = town.replace("town", "twn")
        day = inc["day"]
        assert isinstance(day, date)
        if repeat and rng.random() < 0.1:
            day += timedelta(days=rng.choice([-1, 1]))
        mid = f"m{k:07d}"
        text = f"{inc['actor']} {inc['words']} near {town}" + (" yesterday" if repeat else "")
        sub = inc["sub"]
        assert isinstance(sub, SubEventType)
        source = Source(
            article_id=f"art{k:07d}",
            outlet=f"outlet{rng.randrange(40)}",
            published=day,
            sentences=[Span(text=text, start=0, end=len(text))],
            event_date=day,
            time_precision=TimePrecision.WEEK if vague else TimePrecision.DAY,
            location=town,
            admin1=str(inc["admin1"]),
            country=str(inc["country"]),
            fatalities=dead if isinstance(dead, int) else None,
        )
        mentions.append(
            Event(
                event_id=mid,
                event_date=day,
                time_precision=TimePrecision.WEEK if vague else TimePrecision.DAY,
                event_type=event_type_of(sub),
                sub_event_type=sub,
                actor1=str(inc["actor"]),
                country=str(inc["country"]),
                admin1=str(inc["admin1"]),
                location=town,
                latitude=None if vague else float(inc["lat"]),
                longitude=None if vague else float(inc["lon"]),
                geo_precision=GeoPrecision.TOWN,
                fatalities=dead if isinstance(dead, int) else None,
                sources=[source],
            )
        )
        truth[mid] = str(inc["id"])
    rng.shuffle(mentions)
    return mentions, truth


def bench_pure(n: int) -> None:
    mentions, truth = synthetic(n)
    start = time.perf_counter()
    merged = merge_mentions(mentions)
    elapsed = time.perf_counter() - start
    pred = {m: c.event.event_id for c in merged for m in c.members}
    p, r, f = pairwise_prf(pred, truth)
    _, _, b = bcubed_f1(pred, truth)
    print(
        f"merge_mentions  n={n:>7,}  {elapsed:7.2f} s  events={len(merged):>7,}"
        f"  (truth {len(set(truth.values())):,})"
        f"  pairwise P={p:.3f} R={r:.3f} F1={f:.3f}  B3-F1={b:.3f}"
    )


def bench_store(n: int, batch: int, *, by_date: bool = False) -> None:
    from sitrep.store import Store
    from sitrep.store.merging import parse_counts

    mentions, _ = synthetic(n)
    if by_date:  # a live stream: reports arrive in the order of the days they tell
        mentions.sort(key=lambda e: (e.event_date or date.min, e.sources[0].article_id))
    parse_counts.update(hits=0, misses=0)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        with Store.open(url, merge=merge_mentions) as store:
            start = time.perf_counter()
            pending: list[str] = []
            order = mentions if by_date else sorted(mentions, key=lambda e: e.sources[0].article_id)
            for m in order:
                aid = m.sources[0].article_id
                store.add_article(
                    Article.model_validate(
                        {"id": aid, "text": f"{aid}: {m.sources[0].sentences[0].text}"}
                    )
                )
                store.save_article_events(aid, [m])
                pending.append(aid)
                if len(pending) >= batch:
                    store.remerge(pending)
                    pending = []
            store.remerge(pending)
            elapsed = time.perf_counter() - start
            events = store.count_events(EventQuery(include_rejected=True))
    print(
        f"through store   n={n:>7,}  {elapsed:7.2f} s  events={events:>7,}"
        f"  (remerge every {batch} articles{', in date order' if by_date else ''});"
        f" payloads parsed {parse_counts['misses']:,}, reused {parse_counts['hits']:,}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument(
        "--store", action="store_true", help="also time ingestion + remerge through SQLite"
    )
    parser.add_argument("--batch", type=int, default=500, help="articles per remerge with --store")
    parser.add_argument(
        "--by-date", action="store_true", help="with --store, save reports in date order"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    for n in args.sizes:
        bench_pure(n)
    if args.store:
        for n in args.sizes:
            bench_store(n, args.batch, by_date=args.by_date)


if __name__ == "__main__":
    main()
