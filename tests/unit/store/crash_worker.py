"""Crash-test worker: stores N synthetic articles' mentions and re-merges in batches,
printing one line per article saved. Run: python crash_worker.py DB_URL N"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta

from store_factories import article, mention

from sitrep.merge import merge_mentions
from sitrep.model import Event, SubEventType
from sitrep.store import Store

PLACES = [
    ("Baghdad", "Tayaran Square"),
    ("Nineveh", "Mosul"),
    ("Anbar", "Ramadi"),
    ("Basra", "Basra"),
]
SUBS = [SubEventType.SUICIDE_BOMB, SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE]


def mentions_for(i: int) -> list[Event]:
    rng = random.Random(i)
    out = []
    for k in range(rng.choice([1, 1, 2])):
        incident = rng.randrange(80)
        irng = random.Random(1000 + incident)
        admin1, location = irng.choice(PLACES)
        out.append(
            mention(
                f"art{i:04d}",
                mid=f"e{k}",
                sub=irng.choice(SUBS),
                day=date(2018, 1, 1) + timedelta(days=irng.randrange(60)),
                admin1=admin1,
                location=location,
                lat=None,
                lon=None,
                fatalities=irng.randrange(1, 30) + rng.randrange(3),
                text=f"Incident {incident} in {location}: report {rng.randrange(5)}.",
            )
        )
    return out


def main(url: str, n: int) -> None:
    with Store.open(url, merge=merge_mentions) as store:
        batch: list[str] = []
        for i in range(n):
            aid, _ = store.add_article(article(f"art{i:04d}"))
            if store.is_processed(aid):
                continue
            store.save_article_events(aid, mentions_for(i))
            batch.append(aid)
            if len(batch) >= 5:
                store.remerge(batch)
                batch = []
            print(i, flush=True)
        store.remerge(batch)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
