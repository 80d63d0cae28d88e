"""Property tests: whatever bytes a file holds, ingest yields Articles or Rejections only."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitrep.ingest import READERS, NearDuplicateIndex, iter_articles
from sitrep.ingest.clean import clean_text
from sitrep.ingest.html_text import nesting_depth, strip_tags
from sitrep.model import Article, Rejection

TODAY = date(2024, 6, 1)
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MARKUP = st.lists(
    st.sampled_from(
        [
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<",
            ">",
            "&amp;",
            "&#x0;",
            "<![CDATA[",
            "]]>",
            "<!ENTITY a 'b'>",
            "<?xml version='1.0'?>",
            "<rss><channel><item><description>",
            "</description></item></channel></rss>",
            "<feed xmlns='http://www.w3.org/2005/Atom'><entry><content>",
            "</content></entry>",
            "\x00",
            "\r\n",
            "\u2028",
            "Kirkuk",
            "A bomb killed two people near Mosul. ",
            "é",
        ]
    ),
    max_size=60,
).map("".join)


def _ingest(name: str, data: bytes, *, max_bytes: int = 5_000_000) -> list[object]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items: list[object] = list(iter_articles([path], max_bytes=max_bytes, today=TODAY))
    for item in items:
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Article):
            assert item.text.strip() == item.text and item.text
        else:
            assert item.path.endswith(name) and item.reason
    return items


@SETTINGS
@given(suffix=st.sampled_from(sorted(READERS)), data=st.binary(max_size=2_000))
def test_arbitrary_bytes_never_raise(suffix: str, data: bytes) -> None:
    _ingest(f"input{suffix}", data)


@SETTINGS
@given(suffix=st.sampled_from(sorted(READERS)), text=_MARKUP)
def test_markup_soup_never_raises(suffix: str, text: str) -> None:
    _ingest(f"soup{suffix}", text.encode("utf-8"), max_bytes=10_000)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_RECORDS = st.fixed_dictionaries(
    {},
    optional={
        name: _JSON_VALUES | st.text(max_size=80)
        for name in ("id", "url", "title", "text", "published", "source", "author", "language")
    },
)


@SETTINGS
@given(records=st.lists(_RECORDS | _JSON_VALUES, max_size=6))
def test_arbitrary_json_records_never_raise(records: list[object]) -> None:
    lines = "\n".join(json.dumps(r) for r in records).encode()
    _ingest("records.jsonl", lines)
    _ingest("records.json", json.dumps(records).encode())


@SETTINGS
@given(rows=st.lists(st.lists(st.text(max_size=30), max_size=5), max_size=6))
def test_arbitrary_csv_never_raises(rows: list[list[str]]) -> None:
    header = "id,title,text,published,source\n"
    body = "\n".join(",".join(cells) for cells in rows)
    _ingest("rows.csv", (header + body).encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(text=st.text(max_size=400))
@example(text="\u00c2\x1f\x80")  # the control character's removal joins a new mojibake pair
@example(text="It\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s")  # encoded twice
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@SETTINGS
@given(markup=_MARKUP)
def test_html_helpers_are_total(markup: str) -> None:
    assert nesting_depth(markup, limit=50) >= 0
    assert "<script>" not in strip_tags(markup).lower()


@SETTINGS
@given(texts=st.lists(st.text(max_size=200), min_size=1, max_size=5))
def test_near_duplicate_index_is_total(texts: list[str]) -> None:
    index = NearDuplicateIndex()
    for number, text in enumerate(texts):
        found = index.find(text)
        assert found is None or found in index
        index.add(str(number), text)
