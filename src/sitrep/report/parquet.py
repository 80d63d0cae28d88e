"""The Parquet export: an explicit Arrow schema, written in row groups.

Types are chosen so DuckDB and pandas read the file back without guessing:
``date32`` for dates, ``int8`` for precisions and inter codes, ``int32`` for counts,
``float64`` for coordinates and confidence, dictionary-encoded strings for the
controlled vocabularies, and one ``list<struct>`` column holding every source with
its own figures and evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Final

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from sitrep.model import Event, EventType, PloverType, Source, Status, SubEventType

__all__ = ["PARQUET_SCHEMA", "ROW_GROUP_SIZE", "VOCABULARIES", "write_parquet"]

ROW_GROUP_SIZE: Final = 10_000
"""Events per row group: the most the writer holds in memory at once."""

_VOCAB = pa.dictionary(pa.int32(), pa.string())

_SPAN = pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
_EVIDENCE = pa.struct(
    [("role", pa.string()), ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())]
)
_SOURCE = pa.struct(
    [
        ("article_id", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("event_date", pa.date32()),
        ("time_precision", pa.int8()),
        ("location", pa.string()),
        ("admin1", pa.string()),
        ("country", pa.string()),
        ("fatalities", pa.int32()),
        ("injuries", pa.int32()),
        ("raw_fatalities", pa.string()),
        ("raw_injuries", pa.string()),
        ("background", pa.bool_()),
        ("confidence", pa.float64()),
        ("sentences", pa.list_(_SPAN)),
        ("evidence", pa.list_(_EVIDENCE)),
    ]
)

PARQUET_SCHEMA: Final = pa.schema(
    [
        ("event_id", pa.string()),
        ("event_date", pa.date32()),
        ("time_precision", pa.int8()),
        ("event_type", _VOCAB),
        ("sub_event_type", _VOCAB),
        ("actor1", pa.string()),
        ("assoc_actor_1", pa.string()),
        ("inter1", pa.int8()),
        ("actor2", pa.string()),
        ("assoc_actor_2", pa.string()),
        ("inter2", pa.int8()),
        ("country", _VOCAB),
        ("admin1", pa.string()),
        ("admin2", pa.string()),
        ("location", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geo_precision", pa.int8()),
        ("fatalities", pa.int32()),
        ("notes", pa.string()),
        ("injuries", pa.int32()),
        ("claimed_by", pa.string()),
        ("weapon", pa.string()),
        ("plover_type", _VOCAB),
        ("plover_mode", pa.string()),
        ("confidence", pa.float64()),
        ("status", _VOCAB),
        ("source_count", pa.int32()),
        ("sources", pa.list_(_SOURCE)),
    ],
    metadata={b"sitrep.format": b"events/1"},
)
"""The Arrow schema of the Parquet export (documented in ``docs/exports.md``)."""

VOCABULARIES: Final[dict[str, tuple[str, ...]]] = {
    "event_type": tuple(t.value for t in EventType),
    "sub_event_type": tuple(t.value for t in SubEventType),
    "plover_type": tuple(t.value for t in PloverType),
    "status": tuple(t.value for t in Status),
}
"""Controlled vocabularies: their dictionary is the whole vocabulary, in its order."""

_SCALARS: Final = tuple(
    name for name in PARQUET_SCHEMA.names if name not in {"source_count", "sources"}
)


def _source_row(source: Source) -> dict[str, object]:
    return {
        "article_id": source.article_id,
        "outlet": source.outlet,
        "published": source.published,
        "url": source.url,
        "title": source.title,
        "event_date": source.event_date,
        "time_precision": None if source.time_precision is None else int(source.time_precision),
        "location": source.location,
        "admin1": source.admin1,
        "country": source.country,
        "fatalities": source.fatalities,
        "injuries": source.injuries,
        "raw_fatalities": source.raw_fatalities,
        "raw_injuries": source.raw_injuries,
        "background": source.background,
        "confidence": source.confidence,
        "sentences": [{"text": s.text, "start": s.start, "end": s.end} for s in source.sentences],
        "evidence": [
            {"role": e.role, "text": e.text, "start": e.start, "end": e.end}
            for e in source.evidence
        ],
    }


def _columns(batch: list[Event]) -> dict[str, list[object]]:
    columns: dict[str, list[object]] = {name: [] for name in PARQUET_SCHEMA.names}
    for event in batch:
        for name in _SCALARS:
            value = getattr(event, name)
            # IntEnum -> int, StrEnum -> str (pyarrow wants the plain values)
            if value is not None and hasattr(value, "value"):
                value = value.value
            columns[name].append(value)
        columns["source_count"].append(len(event.sources))
        columns["sources"].append([_source_row(s) for s in event.sources])
    return columns


def _vocabulary_array(values: list[object], vocabulary: tuple[str, ...]) -> pa.Array:
    """Dictionary-encode against the whole vocabulary, so every file (and every row
    group) has the same categories in the same order."""
    index = {value: i for i, value in enumerate(vocabulary)}
    indices = pa.array([None if v is None else index[str(v)] for v in values], type=pa.int32())
    return pa.DictionaryArray.from_arrays(indices, pa.array(vocabulary, type=pa.string()))


def _table(batch: list[Event]) -> pa.Table:
    columns = _columns(batch)
    arrays = []
    for field in PARQUET_SCHEMA:
        values = columns[field.name]
        if field.name in VOCABULARIES:
            arrays.append(_vocabulary_array(values, VOCABULARIES[field.name]))
        elif pa.types.is_dictionary(field.type):
            arrays.append(pa.array(values, type=pa.string()).dictionary_encode())
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=PARQUET_SCHEMA)


def write_parquet(
    events: Iterable[Event], *, out: Path, row_group_size: int = ROW_GROUP_SIZE
) -> int:
    """Write ``events`` to ``out`` in row groups of ``row_group_size``; return the row count.

    An empty input still writes a valid file with the full schema and no rows.
    """
    rows = 0
    with pq.ParquetWriter(out, PARQUET_SCHEMA, compression="zstd") as writer:
        batch: list[Event] = []
        for event in events:
            batch.append(event)
            if len(batch) >= row_group_size:
                writer.write_table(_table(batch), row_group_size=row_group_size)
                rows += len(batch)
                batch = []
        if batch or rows == 0:
            writer.write_table(_table(batch), row_group_size=row_group_size)
            rows += len(batch)
    return rows
