"""Bounded load test of the API: a real uvicorn server on 127.0.0.1, a temporary store.

    python bench/load.py                       # 5,000 requests, concurrency 50
    python bench/load.py --requests 500 --concurrency 10 --events 200

Builds a temporary SQLite store of synthetic events, starts
``uvicorn sitrep.serve.api:create_app --factory`` on a free loopback port (the same app
``sitrep serve`` runs), sends a fixed mix of read requests with httpx/asyncio, stops the
server and prints p50/p95/p99 latency, throughput and the error count. Every loop is
bounded by the request count and a wall-clock limit; nothing but 127.0.0.1 is contacted.
Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import httpx

from sitrep.merge import merge_mentions
from sitrep.model import (
    Article,
    Event,
    Evidence,
    GeoPrecision,
    Source,
    Span,
    SubEventType,
    TimePrecision,
    content_hash,
    event_type_of,
    stable_id,
)
from sitrep.store import Store

PLACES = [
    ("Iraq", "Baghdad", "Baghdad", 33.31, 44.36),
    ("Iraq", "Kirkuk", "Hawija", 35.32, 43.77),
    ("Iraq", "Nineveh", "Mosul", 36.34, 43.13),
    ("Iraq", "Anbar", "Ramadi", 33.42, 43.30),
    ("Iraq", "Diyala", "Baqubah", 33.75, 44.64),
    ("Iraq", "Salah al-Din", "Tikrit", 34.60, 43.68),
    ("Syria", "Idlib", "Idlib", 35.93, 36.63),
    ("Syria", "Aleppo", "Aleppo", 36.20, 37.16),
    ("Syria", "Deir ez-Zor", "Mayadin", 35.02, 40.45),
    ("Syria", "Daraa", "Daraa", 32.62, 36.10),
]
SUBS = [
    SubEventType.ARMED_CLASH,
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    SubEventType.AIR_DRONE_STRIKE,
    SubEventType.SUICIDE_BOMB,
    SubEventType.ATTACK,
    SubEventType.PEACEFUL_PROTEST,
]
ACTORS = ["Islamic State (Iraq)", "Military Forces of Iraq", "Military Forces of Syria", None]


def synthetic(index: int, rng: random.Random) -> tuple[Article, Event]:
    """One article and its one mention, spread over places and days so few merge."""
    country, admin1, town, lat, lon = PLACES[index % len(PLACES)]
    day = date(2023, 1, 1) + timedelta(days=index // len(PLACES))
    sub = SUBS[index % len(SUBS)]
    deaths = rng.choice([0, 1, 2, 3, 5, 8, 13, 21])
    sentence = f"An incident near {town} on {day:%d %B} left {deaths} people dead, officials said."
    text = f"{town.upper()} (Bench Wire) - {sentence} Item {index}."
    article = Article(
        id=f"bench-{index}",
        url=f"https://bench.example/{index}",
        outlet="Bench Wire",
        published=day,
        text=text,
        content_hash=content_hash(text),
    )
    start = text.index(sentence)
    town_at = text.index(town, start)
    source = Source(
        article_id=article.id,
        outlet=article.outlet,
        published=day,
        url=article.url,
        sentences=[Span(text=sentence, start=start, end=start + len(sentence))],
        evidence=[Evidence(role="place", text=town, start=town_at, end=town_at + len(town))],
        event_date=day,
        time_precision=TimePrecision.DAY,
        location=town,
        admin1=admin1,
        country=country,
        fatalities=deaths,
    )
    event = Event(
        event_id=stable_id("ev", article.id, 0),
        event_date=day,
        time_precision=TimePrecision.DAY,
        event_type=event_type_of(sub),
        sub_event_type=sub,
        actor1=ACTORS[index % len(ACTORS)],
        country=country,
        admin1=admin1,
        location=town,
        latitude=lat + rng.uniform(-0.2, 0.2),
        longitude=lon + rng.uniform(-0.2, 0.2),
        geo_precision=GeoPrecision.TOWN,
        fatalities=deaths,
        sources=[source],
    )
    return article, event


def build_db(path: Path, events: int) -> tuple[list[str], list[str]]:
    """Fill a new store; return (event ids, article ids) to request."""
    rng = random.Random(7)
    store = Store.open(f"sqlite:///{path}", merge=merge_mentions)
    try:
        ids = []
        for index in range(events):
            article, event = synthetic(index, rng)
            stored, _ = store.add_article(article)
            store.save_article_events(stored, [event])
            ids.append(stored)
        store.remerge(ids)
        from sitrep.model import EventQuery

        event_ids = [e.event_id for e in store.iter_events(EventQuery())]
    finally:
        store.close()
    return event_ids, ids


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request_mix(n: int, event_ids: list[str], article_ids: list[str]) -> list[str]:
    rng = random.Random(11)
    paths = []
    for i in range(n):
        kind = i % 10
        if kind in (0, 1, 2):
            paths.append("/events?limit=100")
        elif kind == 3:
            place = rng.choice(PLACES)
            paths.append(f"/events?country={place[0]}&admin1={place[1]}&limit=50")
        elif kind == 4:
            paths.append("/events?actor=islamic&min_fatalities=2&sort=-fatalities&limit=50")
        elif kind == 5:
            paths.append("/stats?period=week")
        elif kind in (6, 7):
            paths.append(f"/events/{rng.choice(event_ids)}")
        elif kind == 8:
            paths.append(f"/articles/{rng.choice(article_ids)}")
        else:
            paths.append("/events?date_from=2023-02-01&date_to=2023-03-31&text=officials")
    rng.shuffle(paths)
    return paths


async def run_load(
    base: str, paths: list[str], concurrency: int, deadline: float
) -> tuple[list[float], Counter[str]]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    queue: asyncio.Queue[str] = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=30.0, limits=limits) as client:

        async def worker() -> None:
            while time.monotonic() < deadline:
                try:
                    path = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    await response.aread()
                    if response.status_code != 200:
                        errors[f"HTTP {response.status_code}"] += 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] += 1
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    unsent = len(paths) - len(latencies)
    if unsent:
        errors["not sent before the time limit"] += unsent
    return latencies, errors


def wait_until_up(base: str, server: subprocess.Popen[bytes], limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"uvicorn exited with {server.returncode}")
        try:
            if httpx.get(base + "/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("uvicorn did not answer /health in time")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--events", type=int, default=1000, help="synthetic events in the store")
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds, load phase")
    args = parser.parse_args()
    if not (1 <= args.concurrency <= 500 and 1 <= args.requests <= 100_000):
        parser.error("--concurrency must be 1..500 and --requests 1..100000")

    with tempfile.TemporaryDirectory(prefix="sitrep-load-") as tmp:
        db = Path(tmp) / "load.db"
        started = time.perf_counter()
        event_ids, article_ids = build_db(db, args.events)
        print(
            f"store: {len(event_ids)} events from {args.events} articles "
            f"({time.perf_counter() - started:.1f}s to build)"
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "SITREP_DB": f"sqlite:///{db}"}
        env.pop("SITREP_API_TOKEN", None)
        cmd = [sys.executable, "-m", "uvicorn", "sitrep.serve.api:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
               "--no-access-log", "--timeout-keep-alive", "30"]  # fmt: skip
        server = subprocess.Popen(cmd, env=env)
        try:
            wait_until_up(base, server)
            paths = request_mix(args.requests, event_ids, article_ids)
            t0 = time.perf_counter()
            deadline = time.monotonic() + args.time_limit
            latencies, errors = asyncio.run(run_load(base, paths, args.concurrency, deadline))
            elapsed = time.perf_counter() - t0
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=15)

    ms = [1000 * x for x in latencies]
    print(
        f"requests: {len(latencies)} sent, concurrency {args.concurrency}, {elapsed:.1f}s, "
        f"{len(latencies) / elapsed:.0f} req/s"
    )
    if ms:
        print(
            f"latency ms: p50 {percentile(ms, 0.50):.1f}  p95 {percentile(ms, 0.95):.1f}  "
            f"p99 {percentile(ms, 0.99):.1f}  max {max(ms):.1f}  mean {statistics.fmean(ms):.1f}"
        )
    total_errors = sum(errors.values())
    print(f"errors: {total_errors}" + (f" {dict(errors)}" if errors else ""))
    return 1 if total_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
