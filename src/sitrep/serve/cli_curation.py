"""Curation commands: gazetteer building, manual merge/split overrides, review."""

from __future__ import annotations

from pathlib import Path

import click

from sitrep.serve.cli_options import db_option, handle_errors, open_store


@click.group()
def gazetteer() -> None:
    """Build or import the place gazetteer."""


@gazetteer.command("build")
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Index file [default: the cache location].",
)
@handle_errors
def gazetteer_build(out: Path | None) -> None:
    """Compile the gazetteer index from the GeoNames data shipped in PyPI packages."""
    from sitrep.resolve.gazetteer import build_index, default_index_path

    target = out or default_index_path()
    stats = build_index(target)
    click.echo(f"gazetteer written to {target}: {stats}")


@gazetteer.command("import")
@click.argument("all_countries", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--alternate-names", type=click.Path(exists=True, path_type=Path), help="alternateNamesV2.txt"
)
@click.option(
    "--admin1-codes", type=click.Path(exists=True, path_type=Path), help="admin1CodesASCII.txt"
)
@click.option(
    "--admin2-codes", type=click.Path(exists=True, path_type=Path), help="admin2Codes.txt"
)
@click.option("--countries", help="Comma-separated ISO codes to keep, e.g. IQ,SY.")
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Index file to write.",
)
@handle_errors
def gazetteer_import(
    all_countries: Path,
    alternate_names: Path | None,
    admin1_codes: Path | None,
    admin2_codes: Path | None,
    countries: str | None,
    out: Path,
) -> None:
    """Load full GeoNames dumps (allCountries.txt and friends) for villages.

    Point SITREP_GAZETTEER at the index it writes."""
    from sitrep.resolve.gazetteer import import_geonames

    stats = import_geonames(
        all_countries,
        out=out,
        alternate_names=alternate_names,
        admin1_codes=admin1_codes,
        admin2_codes=admin2_codes,
        countries={c.strip().upper() for c in countries.split(",")} if countries else None,
    )
    click.echo(f"gazetteer written to {out}: {stats}")


@click.command()
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--user", default="cli", show_default=True, help="Name recorded in the audit log.")
@db_option
@handle_errors
def merge(event_ids: tuple[str, ...], user: str, db: str | None) -> None:
    """Merge events into one (persisted; later automatic runs respect it)."""
    if len(event_ids) < 2:
        raise click.ClickException("give at least two event ids")
    with open_store(db) as store:
        event = store.merge_override(list(event_ids), user=user)
    click.echo(f"merged into {event.event_id} ({len(event.sources)} sources)")


@click.command()
@click.argument("event_id")
@click.option(
    "--source", "article_id", required=True, help="Article id whose report leaves the event."
)
@click.option("--user", default="cli", show_default=True, help="Name recorded in the audit log.")
@db_option
@handle_errors
def split(event_id: str, article_id: str, user: str, db: str | None) -> None:
    """Split one source out of an event (persisted; later automatic runs respect it)."""
    with open_store(db) as store:
        parts = store.split_override(event_id, article_id, user=user)
    click.echo("split into " + ", ".join(e.event_id for e in parts))


@click.command()
@click.argument("event_id")
@click.option(
    "--action", type=click.Choice(["confirm", "reject"]), help="Confirm or reject the event."
)
@click.option(
    "--set", "assignments", multiple=True, metavar="FIELD=VALUE", help="Edit a field (repeatable)."
)
@click.option("--user", default="cli", show_default=True, help="Name recorded in the audit log.")
@db_option
@handle_errors
def review(
    event_id: str, action: str | None, assignments: tuple[str, ...], user: str, db: str | None
) -> None:
    """Confirm, reject or edit an event; every change goes to the audit log."""
    fields: dict[str, object] = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        if not sep:
            raise click.ClickException(f"--set wants FIELD=VALUE, got {assignment!r}")
        fields[name.strip()] = None if value == "" else value
    chosen = "edit" if fields else action
    if chosen is None:
        raise click.ClickException("give --action confirm|reject or --set FIELD=VALUE")
    with open_store(db) as store:
        event = store.review_event(
            event_id,
            action="edit" if chosen == "edit" else "confirm" if chosen == "confirm" else "reject",
            fields=fields or None,
            user=user,
        )
    click.echo(f"{event.event_id}: {event.status.value}")
