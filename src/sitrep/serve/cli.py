"""The `sitrep` command: a thin shell over the library.

Library errors (`SitrepError`) become a clear one-line message and exit code 1; inputs
rejected during a run give exit code 2 after the rest of the batch was processed.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from sitrep.model import Event, EventQuery
from sitrep.serve import cli_curation
from sitrep.serve.cli_options import (
    EXIT_REJECTED,
    console,
    db_option,
    db_url,
    filter_options,
    handle_errors,
    make_query,
    open_store,
    settings_with,
)
from sitrep.settings import Settings

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a command needs it
    from sitrep.store import EventTally

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitrep")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """sitrep: news articles in, a deduplicated, geocoded ACLED-style event database out."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


# ---------------------------------------------------------------------------------------
# ingest and run
# ---------------------------------------------------------------------------------------


def _published(value: Any) -> date | None:
    return value.date() if value is not None else None


def _report_rejections(rejected: list[Any]) -> None:
    for rejection in rejected:
        console.print(
            f"[yellow]rejected[/] {escape(str(rejection))}", highlight=False, soft_wrap=True
        )
    more = getattr(rejected, "total", len(rejected)) - len(rejected)
    if more > 0:
        console.print(f"[yellow]rejected[/] and {more} more (`sitrep -v` logs every one)")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Publication date for inputs that carry none.",
)
@db_option
@handle_errors
def ingest(paths: tuple[Path, ...], published: Any, db: str | None) -> None:
    """Read articles (txt, html, jsonl/json, csv, rss/atom, directories) into the store."""
    from sitrep.pipeline.loading import ingest_paths

    settings = settings_with(db=db)
    with open_store(settings.db) as store:
        stats = ingest_paths(
            paths,
            store=store,
            published=_published(published),
            max_bytes=settings.max_article_bytes,
            max_chars=settings.max_article_chars,
        )
    _report_rejections(stats.rejected)
    click.echo(
        f"{stats.new} new articles, {stats.already_stored} already stored, "
        f"{stats.rejected.total} rejected"
    )
    if stats.rejected.total:
        sys.exit(EXIT_REJECTED)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Publication date for inputs that carry none.",
)
@db_option
@click.option("--strict", is_flag=True, help="Stop at the first article a stage fails on.")
@click.option(
    "--dump-stage",
    "dump_stages",
    multiple=True,
    type=click.Choice(["ingest", "extract", "resolve"]),
    help="Write this stage's output as JSONL into --dump-dir (repeatable).",
)
@click.option(
    "--dump-dir",
    type=click.Path(path_type=Path),
    default=Path("sitrep-dump"),
    show_default=True,
    help="Folder for --dump-stage files.",
)
@click.option(
    "--no-dedup", is_flag=True, help="Do not detect near-duplicate (syndicated) articles."
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    help="Articles per spaCy batch [env SITREP_BATCH_SIZE].",
)
@click.option(
    "--n-process",
    type=click.IntRange(min=1),
    help=(
        "Processes that parse, extract and resolve; above 1, forked workers do and this"
        " one stores and merges [env SITREP_N_PROCESS]."
    ),
)
@click.option(
    "--resolve-worker/--no-resolve-worker",
    default=None,
    help=(
        "With --n-process 1, resolve in a second process while the next batch is parsed,"
        " or never; unset, it does when a core is free as the run starts"
        " [env SITREP_RESOLVE_WORKER]."
    ),
)
@click.option(
    "--actors",
    "actors_file",
    type=click.Path(exists=True, path_type=Path),
    help="Extra actor dictionary (YAML) [env SITREP_ACTORS_FILE].",
)
@click.option(
    "--ray",
    "ray_address",
    is_flag=False,
    flag_value="local",
    default=None,
    help="Distribute ingest+extraction over Ray: 'local' or a cluster address (ray://host:10001).",
)
@handle_errors
def run(
    paths: tuple[Path, ...],
    published: Any,
    db: str | None,
    strict: bool,
    dump_stages: tuple[str, ...],
    dump_dir: Path,
    no_dedup: bool,
    batch_size: int | None,
    n_process: int | None,
    resolve_worker: bool | None,
    actors_file: Path | None,
    ray_address: str | None,
) -> None:
    """Ingest, extract, resolve and merge in one go (the main job), then print a summary."""
    from sitrep.pipeline import RunStats, build_runner

    settings = settings_with(
        db=db,
        batch_size=batch_size,
        n_process=n_process,
        resolve_worker=resolve_worker,
        actors_file=actors_file,
    )
    with open_store(settings.db) as store:
        console.print("loading model, gazetteer and actor dictionary…")
        runner = build_runner(settings, store=store, strict=strict)
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/~{task.total} articles"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        ) as bar:
            task = bar.add_task("run", total=_estimate_articles(paths), rate="")

            def progress(stats: RunStats) -> None:
                elapsed = bar.tasks[task].elapsed or 0.0
                rate = f"{stats.articles_read / elapsed:.1f} art/s" if elapsed > 0 else ""
                done = stats.articles_read + stats.rejected.total + stats.identical_copies
                bar.update(task, completed=done, rate=rate)

            if ray_address is not None:
                from sitrep.pipeline.distributed import run_on_ray

                stats = run_on_ray(
                    runner,
                    list(paths),
                    address=ray_address,
                    published=_published(published),
                    spacy_model=settings.spacy_model,
                    gazetteer=settings.gazetteer,
                    actors=settings.actors_file,
                    progress=progress,
                    dedup=not no_dedup,
                )
            else:
                stats = runner.run(
                    paths,
                    published=_published(published),
                    progress=progress,
                    dump_dir=dump_dir if dump_stages else None,
                    dump_stages=dump_stages,
                    dedup=not no_dedup,
                )
        _report_rejections(stats.rejected)
        for failure in stats.failures:
            console.print(
                f"[red]failed[/] {escape(failure.article_id)} at {failure.stage}: "
                f"{escape(failure.reason)}",
                highlight=False,
                soft_wrap=True,
            )
        click.echo(
            f"{stats.articles_read} articles read: {stats.articles_new} new, "
            f"{stats.already_processed} already done, {stats.identical_copies} identical copies, "
            f"{stats.near_duplicates} near-duplicates, "
            f"{stats.skipped_language.total} skipped (language), {stats.rejected.total} rejected, "
            f"{stats.failures.total} failed; {stats.mentions} event mentions"
        )
        _print_summary(store.tally(EventQuery()))
    if not stats.ok:
        sys.exit(EXIT_REJECTED)


def _estimate_articles(paths: tuple[Path, ...]) -> int:
    """About how many articles the inputs hold (for the ETA): one per file, one per
    line of a JSONL dump or CSV file. Counting streams; nothing is kept in memory."""
    from sitrep.ingest.readers import iter_files

    total = 0
    for path in iter_files(paths):
        if path.suffix.lower() in (".jsonl", ".csv") and path.is_file():
            with path.open("rb") as handle:
                lines = sum(1 for line in handle if line.strip())
            total += max(lines - (path.suffix.lower() == ".csv"), 0)
        else:
            total += 1
    return max(total, 1)


SUMMARY_ROWS = 15
"""Rows of each table in the summary a run ends with."""


def place_label(admin1: str | None, country: str | None) -> str:
    """``"admin1, country"``, either alone when the other is unknown, or "unknown place"."""
    return ", ".join(p for p in (admin1, country) if p) or "unknown place"


def _print_summary(tally: EventTally) -> None:
    """The store's events by type and place, as the database counted them (`Store.tally`:
    one GROUP BY, whatever the size of the store)."""
    out = Console()
    by_place: dict[str, list[int]] = {}
    for place in tally.by_place:
        cell = by_place.setdefault(place_label(place.admin1, place.country), [0, 0])
        cell[0] += place.events
        cell[1] += place.fatalities
    places = sorted(by_place.items(), key=lambda kv: (-kv[1][0], kv[0]))
    types = [(t.event_type.value, [t.events, t.fatalities]) for t in tally.by_type]
    out.print(
        f"\n[bold]{tally.events} events in the store, {tally.fatalities} reported fatalities[/]"
    )
    for title, rows in (("event type", types), ("place", places)):
        table = Table(title=f"by {title}", title_justify="left")
        table.add_column(title)
        table.add_column("events", justify="right")
        table.add_column("fatalities", justify="right")
        for key, (n, dead) in rows[:SUMMARY_ROWS]:
            table.add_row(key, str(n), str(dead))
        out.print(table)


# ---------------------------------------------------------------------------------------
# query
# ---------------------------------------------------------------------------------------

EVENT_TABLE_COLUMNS = (
    "event_id",
    "event_date",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "country",
    "fatalities",
)


@cli.command()
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--limit",
    type=click.IntRange(1, 10_000),
    default=100,
    show_default=True,
    help="Maximum events.",
)
@db_option
@handle_errors
def events(fmt: str, limit: int, db: str | None, **filters: Any) -> None:
    """List events matching the filters."""
    query = make_query(limit=limit, **filters)
    with open_store(db) as store:
        page = store.query_events(query)
    if fmt == "jsonl":
        for event in page.items:
            click.echo(event.model_dump_json())
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(EVENT_TABLE_COLUMNS)
        for event in page.items:
            row = event.model_dump(mode="json")
            writer.writerow(["" if row[c] is None else row[c] for c in EVENT_TABLE_COLUMNS])
    else:
        table = Table(*EVENT_TABLE_COLUMNS)
        for event in page.items:
            row = event.model_dump(mode="json")
            table.add_row(*("" if row[c] is None else str(row[c]) for c in EVENT_TABLE_COLUMNS))
        Console().print(table)
        total = f" of {page.total}" if page.total is not None else ""
        click.echo(f"{len(page.items)}{total} events")


@cli.command()
@click.argument("event_id")
@click.option(
    "--why",
    is_flag=True,
    help="Explain how each source was read and why the automatic merge grouped them.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@db_option
@handle_errors
def show(event_id: str, why: bool, as_json: bool, db: str | None) -> None:
    """Show one event with each source's evidence."""
    with open_store(db) as store:
        event = store.get_event(event_id)
        if event is None:
            raise click.ClickException(f"no event {event_id!r}")
        reasons = store.explain_event(event_id) if why else []
    if as_json:
        click.echo(event.model_dump_json(indent=2))
    else:
        _print_event(event, trace=why)
    if why:
        click.echo("\nwhy these sources were merged:")
        for reason in reasons or ["single source: nothing was merged"]:
            click.echo(f"  - {reason}")


def _print_event(event: Event, *, trace: bool = False) -> None:
    out = Console(highlight=False)
    out.print(
        f"[bold]{event.event_id}[/]  {event.event_date} (precision {event.time_precision})  "
        f"{event.event_type.value} / {event.sub_event_type.value}",
        markup=True,
    )
    for label, value in (
        ("actor1", event.actor1),
        ("assoc_actor_1", event.assoc_actor_1),
        ("actor2", event.actor2),
        ("assoc_actor_2", event.assoc_actor_2),
        ("claimed_by", event.claimed_by),
        ("weapon", event.weapon),
        (
            "place",
            ", ".join(p for p in (event.location, event.admin2, event.admin1, event.country) if p),
        ),
        (
            "coordinates",
            f"{event.latitude}, {event.longitude} (precision {event.geo_precision})"
            if event.latitude is not None
            else None,
        ),
        ("fatalities", event.fatalities),
        ("injuries", event.injuries),
        ("confidence", f"{event.confidence:.2f}"),
        ("status", event.status.value),
        ("notes", event.notes),
    ):
        if value not in (None, ""):
            out.print(f"  {label:>13}: {value}", markup=False)
    for source in event.sources:
        out.print(
            f"\n  [bold]{source.outlet or 'unknown outlet'}[/] {source.published or ''}  "
            f"{source.article_id}  "
            f"fatalities={source.fatalities} injuries={source.injuries}"
            f"{'  (background mention)' if source.background else ''}",
            markup=True,
        )
        for sentence in source.sentences:
            text = " ".join(sentence.text.split())
            out.print(f"    “{text}”", markup=False)
        for ev in source.evidence:
            out.print(f"      {ev.role}: {ev.text} [{ev.start}:{ev.end}]", markup=False)
        if trace:
            for line in source.trace:
                out.print(f"      how it was read: {line}", markup=False)


# ---------------------------------------------------------------------------------------
# export, report, evaluate
# ---------------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "acled-csv", "geojson", "parquet"]),
    required=True,
    help="Export format.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Output file ('-' for stdout, not parquet).",
)
@filter_options
@db_option
@handle_errors
def export(fmt: str, out: Path, db: str | None, **filters: Any) -> None:
    """Export events: ACLED-style CSV, JSONL (the contract), GeoJSON or Parquet."""
    from sitrep.report.exports import iter_export_chunks, write_export

    query = make_query(**filters)
    with open_store(db) as store:
        events_iter = store.iter_events(query)
        if str(out) == "-":
            if fmt == "parquet":
                raise click.ClickException("parquet cannot be written to stdout; give --out FILE")
            for chunk in iter_export_chunks(events_iter, fmt=fmt):  # type: ignore[arg-type]
                sys.stdout.buffer.write(chunk)
            sys.stdout.flush()
            return
        rows = write_export(events_iter, fmt=fmt, out=out)  # type: ignore[arg-type]
    click.echo(f"{rows} events written to {out}", err=True)


@cli.command()
@click.option("--country", required=True, help="Country the report covers.")
@click.option("--admin1", help="Restrict to one province/governorate.")
@click.option(
    "--from",
    "date_from",
    type=click.DateTime(["%Y-%m-%d"]),
    required=True,
    help="First day (YYYY-MM-DD).",
)
@click.option(
    "--to",
    "date_to",
    type=click.DateTime(["%Y-%m-%d"]),
    required=True,
    help="Last day (YYYY-MM-DD).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html"]),
    default="html",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Output file [default sitrep-report.FORMAT].",
)
@db_option
@handle_errors
def report(
    country: str,
    admin1: str | None,
    date_from: Any,
    date_to: Any,
    fmt: str,
    out: Path | None,
    db: str | None,
) -> None:
    """Write a situation report for a country (and province) over a period."""
    from sitrep.report import build_report

    target = out or Path(f"sitrep-report.{fmt}")
    with open_store(db) as store:
        path = build_report(
            store,
            country=country,
            admin1=admin1,
            date_from=date_from.date(),
            date_to=date_to.date(),
            fmt="md" if fmt == "md" else "html",
            out=target,
        )
    click.echo(f"report written to {path}")


@cli.command()
@click.option(
    "--gold",
    type=click.Path(exists=True, path_type=Path),
    required=True,
    help="Gold file (JSONL, one article a line).",
)
@click.option(
    "--split",
    type=click.Choice(["all", "dev", "heldout"]),
    default="all",
    show_default=True,
    help="Which gold articles to score.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--details", is_flag=True, help="List every missed and spurious event.")
@db_option
@handle_errors
def evaluate(gold: Path, split: str, as_json: bool, details: bool, db: str | None) -> None:
    """Score the store's events against gold events (see docs/evaluation.md)."""
    from sitrep.evaluation import evaluate_store, format_report, load_gold

    gold_articles = load_gold(gold, split=None if split == "all" else split)
    with open_store(db) as store:
        result = evaluate_store(store, gold_articles)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
    else:
        click.echo(format_report(result, details=details))


# ---------------------------------------------------------------------------------------
# extraction debugging, gazetteer, overrides, serve
# ---------------------------------------------------------------------------------------


@cli.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--explain", is_flag=True, help="Show why each candidate trigger was kept or dropped."
)
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Publication date if the input carries none.",
)
@handle_errors
def extract(path: Path, explain: bool, published: Any) -> None:
    """Extract candidate events from one file without storing anything."""
    from sitrep.extract import RuleExtractor, format_decisions, load_nlp
    from sitrep.ingest import iter_articles
    from sitrep.model import Rejection

    settings = Settings()
    extractor = RuleExtractor(nlp=load_nlp(settings.spacy_model))
    for item in iter_articles(
        [path],
        published=_published(published),
        max_bytes=settings.max_article_bytes,
        max_chars=settings.max_article_chars,
    ):
        if isinstance(item, Rejection):
            raise click.ClickException(str(item))
        extraction = extractor.extract(item)
        if explain:
            click.echo(f"# {item.id}")
            click.echo(format_decisions(extraction))
        else:
            for candidate in extraction.candidates:
                click.echo(candidate.model_dump_json())


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on.",
)
@db_option
@handle_errors
def serve(host: str, port: int, db: str | None) -> None:
    """Serve the REST API and the web page."""
    import uvicorn

    from sitrep.merge import merge_mentions
    from sitrep.serve.api import create_app
    from sitrep.store import Store

    settings = settings_with(db=db)
    store = Store.open(db_url(settings.db), merge=merge_mentions)
    app = create_app(store=store, settings=settings)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_keep_alive=30)


for _command in (
    cli_curation.gazetteer,
    cli_curation.merge,
    cli_curation.split,
    cli_curation.review,
):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="sitrep")
