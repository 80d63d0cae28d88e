"""The re-merge's neighbourhood queries, built once with bound values (issue 7), select
exactly the rows the statement built afresh for each block and date range selected."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product
from typing import Any

from sqlalchemy import Select, create_engine, insert, select

from sitrep.store.merging import _NEAR, _NEAR_UNIT, _Component
from sitrep.store.tables import articles, mentions, metadata


def _fresh(country: str, admin1: str, lo: date, hi: date) -> Select[Any]:
    q = select(*_Component._cols).where(
        mentions.c.country_key == country,
        mentions.c.event_date >= lo,
        mentions.c.event_date <= hi,
    )
    return q.where(mentions.c.admin1_key.in_([admin1, ""])) if admin1 else q


def test_the_prepared_queries_select_what_fresh_ones_did() -> None:
    engine = create_engine("sqlite://")
    metadata.create_all(engine, tables=[articles, mentions])
    rows = [
        {"id": f"m{i}", "article_id": "a", "seq": i, "country_key": cc, "admin1_key": a1,
         "event_date": None if i % 7 == 0 else date(2024, 1, 1) + timedelta(days=3 * i),
         "event_id": None, "payload": "{}", "time_precision": (1, 2, 3, None)[i % 4]}
        for i, (cc, a1) in enumerate(list(product(["iraq", "syria"], ["", "anbar", "diyala"])) * 5)
    ]  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(articles), [{"id": "a", "content_hash": "h", "payload": "{}"}])
        conn.execute(insert(mentions), rows)
        for cc, a1 in product(["iraq", "syria", "yemen"], ["", "anbar", "diyala"]):
            lo, hi = date(2024, 1, 10), date(2024, 2, 20)
            params = {"country": cc, "lo": lo, "hi": hi}
            # one query per band of precision; together they select what one did
            got = sorted(
                r.id
                for unit, near in zip(_NEAR_UNIT, _NEAR, strict=True)
                for r in (
                    conn.execute(unit, {**params, "admin1": a1})
                    if a1
                    else conn.execute(near, params)
                )
            )
            assert got == sorted(r.id for r in conn.execute(_fresh(cc, a1, lo, hi)))
            if cc != "yemen":
                assert got  # each block has rows in the range
