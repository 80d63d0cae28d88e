"""Each export read back with its own ecosystem's reader and compared field by field."""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import date
from enum import Enum
from pathlib import Path
from typing import get_args

import pyarrow as pa  # type: ignore[import-untyped]  # a runtime dependency: never skipped
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from report_fixtures import HOSTILE_ACTOR, HOSTILE_NOTE, make_events

from sitrep.errors import SitrepError
from sitrep.model import ACLED_COLUMNS, Event, EventType
from sitrep.report import exports
from sitrep.report.exports import (
    CSV_COLUMNS,
    EXPORT_FORMATS,
    EXPORT_MEDIA_TYPES,
    EXPORT_SUFFIXES,
    iter_export_chunks,
    write_export,
)


def _expected(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def test_formats_are_listed_with_media_types_and_suffixes() -> None:
    assert get_args(exports.ExportFormat) == EXPORT_FORMATS
    assert get_args(exports.StreamFormat) == exports.STREAM_FORMATS
    assert EXPORT_FORMATS == ("jsonl", "acled-csv", "geojson", "parquet")
    assert set(EXPORT_MEDIA_TYPES) == set(EXPORT_FORMATS) == set(EXPORT_SUFFIXES)


def test_public_names_are_exported() -> None:
    for name in exports.__all__:
        assert hasattr(exports, name), name


# ---------------------------------------------------------------- JSONL


def test_jsonl_is_one_contract_line_per_event(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert write_export(events, fmt="jsonl", out=out) == 4
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 4
    for line, event in zip(lines, events, strict=True):
        record = json.loads(line)
        assert Event.model_validate(record) == event
        source = record["sources"][0]
        for key in ("article_id", "outlet", "published", "url", "evidence"):
            assert key in source
        assert "fatalities" in source and "injuries" in source
    first = json.loads(lines[0])
    assert [s["fatalities"] for s in first["sources"]] == [28, 32]


def test_jsonl_streams_in_bounded_chunks(events: list[Event]) -> None:
    many = (e.model_copy(update={"event_id": f"ev-{i}"}) for i in range(1000) for e in events[:1])
    chunks = list(iter_export_chunks(many, fmt="jsonl"))
    assert len(chunks) > 1
    assert all(isinstance(c, bytes) for c in chunks)
    text = b"".join(chunks).decode("utf-8")
    assert text.count("\n") == 1000
    assert text.endswith("\n")


# ---------------------------------------------------------------- CSV


def test_csv_reads_back_field_by_field(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert write_export(events, fmt="acled-csv", out=out) == 4
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert tuple(header) == CSV_COLUMNS
    assert header[len(ACLED_COLUMNS) :] == [
        "injuries",
        "claimed_by",
        "weapon",
        "plover_type",
        "plover_mode",
        "confidence",
        "status",
        "source_count",
        "sources",
        "source_urls",
    ]
    assert len(body) == len(events)
    for row, event in zip(body, events, strict=True):
        record = dict(zip(header, row, strict=True))
        for column in CSV_COLUMNS[:-3]:
            assert record[column] == _expected(getattr(event, column)), column
        assert record["source_count"] == str(len(event.sources))


def test_csv_values_are_acled_shaped(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    write_export(events, fmt="acled-csv", out=out)
    with out.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    baghdad, _, arrests, hostile = records
    assert baghdad["event_date"] == "2026-03-02"
    assert baghdad["event_type"] == "Explosions/Remote violence"
    assert baghdad["inter1"] == "2" and baghdad["time_precision"] == "1"
    assert baghdad["latitude"] == "33.3152" and baghdad["longitude"] == "44.3661"
    assert baghdad["status"] == "confirmed" and baghdad["plover_type"] == "ASSAULT"
    assert baghdad["sources"] == "Mesopotamia Wire (2026-03-02); Tigris Daily (2026-03-03)"
    assert baghdad["source_urls"] == (
        "https://example.org/mw/0302?id=1&lang=en; https://example.org/td/0303"
    )
    # None is an empty cell, never "None" or "0"
    assert arrests["latitude"] == "" and arrests["location"] == "" and arrests["injuries"] == ""
    assert arrests["fatalities"] == "0"
    assert arrests["sources"] == "state-news-0310"  # no outlet, no date: the article id
    assert hostile["fatalities"] == ""
    # comma, quote, markup and Arabic survive quoting
    assert hostile["actor1"] == HOSTILE_ACTOR
    assert hostile["notes"] == HOSTILE_NOTE
    assert hostile["location"] == "Baqubah, \u0628\u0639\u0642\u0648\u0628\u0629"


def test_csv_quotes_per_rfc4180(events: list[Event]) -> None:
    raw = b"".join(iter_export_chunks(events, fmt="acled-csv")).decode("utf-8")
    assert raw.startswith("event_id,event_date,time_precision,event_type,")
    assert '"Brigade of ""Martyrs"", Tigris <script>alert(1)</script>"' in raw
    assert raw.count("\r\n") == 5  # header + four rows, CRLF terminated


def test_csv_of_no_events_is_just_the_header() -> None:
    raw = b"".join(iter_export_chunks([], fmt="acled-csv")).decode("utf-8")
    assert raw == ",".join(CSV_COLUMNS) + "\r\n"


# ---------------------------------------------------------------- GeoJSON


def test_geojson_reads_back_and_skips_unlocated(
    events: list[Event], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "events.geojson"
    with caplog.at_level(logging.INFO, logger="sitrep.report.exports"):
        assert write_export(events, fmt="geojson", out=out) == 3
    assert "skipped 1 event(s) without coordinates" in caplog.text
    data = json.loads(out.read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    located = [e for e in events if e.latitude is not None]
    assert len(data["features"]) == len(located) == 3
    for feature, event in zip(data["features"], located, strict=True):
        assert feature["type"] == "Feature"
        assert feature["id"] == event.event_id
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": [event.longitude, event.latitude],  # RFC 7946: lon, lat
        }
        props = feature["properties"]
        for column in CSV_COLUMNS[:-3]:
            value = getattr(event, column)
            expected = value.value if isinstance(value, Enum) else value
            expected = expected.isoformat() if isinstance(expected, date) else expected
            assert props[column] == expected, column
        assert props["source_count"] == len(event.sources)
    assert data["features"][0]["properties"]["sources"] == (
        "Mesopotamia Wire (2026-03-02); Tigris Daily (2026-03-03)"
    )
    assert data["features"][2]["properties"]["actor1"] == HOSTILE_ACTOR


def test_geojson_streams_valid_json_across_chunks(events: list[Event]) -> None:
    many = [e.model_copy(update={"event_id": f"ev-{i}"}) for i in range(700) for e in events]
    chunks = list(iter_export_chunks(many, fmt="geojson"))
    assert len(chunks) > 2
    data = json.loads(b"".join(chunks))
    assert len(data["features"]) == 2100
    assert json.loads(b"".join(iter_export_chunks([], fmt="geojson"))) == {
        "type": "FeatureCollection",
        "features": [],
    }


# ---------------------------------------------------------------- Parquet


def test_parquet_reads_back_in_pyarrow(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert write_export(events, fmt="parquet", out=out) == 4
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("time_precision").type == pa.int8()
    assert schema.field("geo_precision").type == pa.int8()
    assert schema.field("fatalities").type == pa.int32()
    assert schema.field("latitude").type == pa.float64()
    assert pa.types.is_dictionary(schema.field("event_type").type)
    assert pa.types.is_list(schema.field("sources").type)
    rows = table.to_pylist()
    for row, event in zip(rows, events, strict=True):
        for column in (*ACLED_COLUMNS, "injuries", "claimed_by", "weapon", "confidence"):
            value = getattr(event, column)
            expected = value.value if isinstance(value, Enum) else value
            assert row[column] == expected, column
        assert row["status"] == event.status.value
        assert row["source_count"] == len(event.sources)
        for got, source in zip(row["sources"], event.sources, strict=True):
            assert got["article_id"] == source.article_id
            assert got["outlet"] == source.outlet
            assert got["published"] == source.published
            assert got["fatalities"] == source.fatalities
            assert got["injuries"] == source.injuries
            assert got["url"] == source.url
            assert got["sentences"][0]["text"] == source.sentences[0].text
            assert got["evidence"][0]["role"] == "trigger"
    assert [s["fatalities"] for s in rows[0]["sources"]] == [28, 32]


def test_parquet_writes_row_groups(events: list[Event], tmp_path: Path) -> None:
    from sitrep.report.parquet import write_parquet

    many = (
        e.model_copy(update={"event_id": f"ev-{i}-{e.event_id}"}) for i in range(5) for e in events
    )
    out = tmp_path / "many.parquet"
    assert write_parquet(many, out=out, row_group_size=6) == 20
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 20
    assert meta.num_row_groups == 4


def test_parquet_reads_back_in_duckdb(events: list[Event], tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is only needed to check the export")
    out = tmp_path / "events.parquet"
    write_export(events, fmt="parquet", out=out)
    con = duckdb.connect()
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["event_date"] == "DATE"
    assert types["time_precision"] == "TINYINT"
    assert types["fatalities"] == "INTEGER"
    assert types["latitude"] == "DOUBLE"
    assert types["event_type"] == "VARCHAR"
    assert types["sources"].startswith("STRUCT(") and types["sources"].endswith("[]")
    total = con.execute(f"SELECT sum(fatalities), count(*) FROM '{out}'").fetchone()
    assert total == (sum(e.fatalities or 0 for e in events), len(events))
    by_source = con.execute(
        f"SELECT s.outlet, s.fatalities FROM (SELECT unnest(sources) AS s FROM '{out}') "
        "WHERE s.fatalities IS NOT NULL ORDER BY s.fatalities"
    ).fetchall()
    assert by_source == [("Kirkuk Now", 3), ("Mesopotamia Wire", 28), ("Tigris Daily", 32)]
    first = con.execute(f"SELECT event_date, actor1 FROM '{out}' WHERE inter1 = 3").fetchone()
    assert first == (date(2026, 3, 12), HOSTILE_ACTOR)


def test_parquet_reads_back_in_pandas(events: list[Event], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is only needed to check the export")
    out = tmp_path / "events.parquet"
    write_export(events, fmt="parquet", out=out)
    frame = pd.read_parquet(out, dtype_backend="numpy_nullable")
    assert list(frame.columns[: len(ACLED_COLUMNS)]) == list(ACLED_COLUMNS)
    assert str(frame["fatalities"].dtype) == "Int32"
    assert str(frame["time_precision"].dtype) == "Int8"
    assert str(frame["latitude"].dtype) == "Float64"
    assert isinstance(frame["event_type"].dtype, pd.CategoricalDtype)
    assert list(frame["event_type"].cat.categories) == [t.value for t in EventType]
    assert len(frame["sub_event_type"].cat.categories) == 25
    assert frame["fatalities"].isna().tolist() == [False, False, False, True]
    assert int(frame["fatalities"].sum()) == 31
    arrow = pd.read_parquet(out, dtype_backend="pyarrow")
    assert str(arrow["event_date"].dtype) == "date32[day][pyarrow]"
    assert arrow["event_date"].iloc[0] == date(2026, 3, 2)


def test_parquet_of_no_events_keeps_the_schema(tmp_path: Path) -> None:
    from sitrep.report.parquet import PARQUET_SCHEMA

    out = tmp_path / "empty.parquet"
    assert write_export([], fmt="parquet", out=out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0
    assert table.schema.remove_metadata() == PARQUET_SCHEMA.remove_metadata()


# ---------------------------------------------------------------- errors, files


def test_unknown_format_is_a_sitrep_error(events: list[Event], tmp_path: Path) -> None:
    with pytest.raises(SitrepError) as info:
        write_export(events, fmt="xlsx", out=tmp_path / "x")  # type: ignore[arg-type]
    assert info.value.code == "unknown_format"
    with pytest.raises(SitrepError):
        iter_export_chunks(events, fmt="parquet")  # type: ignore[arg-type]
    assert not (tmp_path / "x").exists()


def test_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> object:
        yield from make_events()[:1]
        raise RuntimeError("store went away")

    out = tmp_path / "events.csv"
    with pytest.raises(RuntimeError):
        write_export(broken(), fmt="acled-csv", out=out)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_writers_read_the_input_once(events: list[Event], tmp_path: Path) -> None:
    for fmt in EXPORT_FORMATS:
        once = iter(events)
        assert write_export(once, fmt=fmt, out=tmp_path / f"x{EXPORT_SUFFIXES[fmt]}") in {3, 4}
        assert next(once, None) is None


def test_csv_chunks_decode_independently(events: list[Event]) -> None:
    many = [e.model_copy(update={"event_id": f"ev-{i}"}) for i in range(300) for e in events]
    chunks = list(iter_export_chunks(many, fmt="acled-csv"))
    assert len(chunks) > 1
    for chunk in chunks:
        chunk.decode("utf-8")  # every chunk ends on a row boundary
    rows = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8"))))
    assert len(rows) == 1 + 1200
