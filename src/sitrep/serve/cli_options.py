"""Options, decorators and helpers shared by the `sitrep` commands."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

import click
from rich.console import Console

from sitrep.errors import SitrepError
from sitrep.model import EventQuery, EventType, SubEventType
from sitrep.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

EXIT_REJECTED = 2
console = Console(stderr=True)


def settings_with(**overrides: Any) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def db_url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


@contextmanager
def open_store(db: str | None) -> Iterator[Any]:
    from sitrep.merge import merge_mentions
    from sitrep.store import Store

    url = db_url(db or Settings().db)
    store = Store.open(url, merge=merge_mentions)
    try:
        yield store
    finally:
        store.close()


def db_option(func: F) -> F:
    return click.option(
        "--db",
        envvar="SITREP_DB",
        default=None,
        help="SQLAlchemy URL or SQLite file of the store [env SITREP_DB; default sitrep.db].",
    )(func)


def filter_options(func: F) -> F:
    """The event filters shared by `events`, `export` and `report`."""
    options = [
        click.option(
            "--from",
            "date_from",
            type=click.DateTime(["%Y-%m-%d"]),
            help="First event date (YYYY-MM-DD).",
        ),
        click.option(
            "--to",
            "date_to",
            type=click.DateTime(["%Y-%m-%d"]),
            help="Last event date (YYYY-MM-DD).",
        ),
        click.option("--country", help="Country name, e.g. Iraq."),
        click.option("--admin1", help="Province/governorate, any common spelling."),
        click.option(
            "--type",
            "event_type",
            type=click.Choice([t.value for t in EventType]),
            help="ACLED event type.",
        ),
        click.option(
            "--sub-type",
            "sub_event_type",
            type=click.Choice([t.value for t in SubEventType]),
            help="ACLED sub-event type.",
        ),
        click.option("--actor", help="Substring of any actor name."),
        click.option(
            "--min-fatalities",
            type=click.IntRange(min=0),
            help="Only events with at least this many deaths.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_query(**kw: Any) -> EventQuery:
    def day(value: Any) -> date | None:
        return value.date() if value is not None else None

    return EventQuery(
        date_from=day(kw.get("date_from")),
        date_to=day(kw.get("date_to")),
        country=kw.get("country"),
        admin1=kw.get("admin1"),
        event_type=kw.get("event_type"),
        sub_event_type=kw.get("sub_event_type"),
        actor=kw.get("actor"),
        min_fatalities=kw.get("min_fatalities"),
        limit=kw.get("limit") or 100,
    )


def handle_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SitrepError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]
