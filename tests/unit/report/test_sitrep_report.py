"""The situation report: figures against a direct computation, images, escaping."""

from __future__ import annotations

import base64
import io
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import closing
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixtures import HOSTILE_ACTOR, HOSTILE_NOTE, make_events, make_previous_events

from sitrep.errors import SitrepError
from sitrep.model import Article, Event, EventQuery, MergedEvent, content_hash
from sitrep.report import build_report, render_report, sitrep_report
from sitrep.report.figures import Change, compute_figures, previous_period, week_start
from sitrep.report.sitrep_report import md_escape

FROM, TO = date(2026, 3, 2), date(2026, 3, 15)

# --------------------------------------------------------------------------------- figures


def test_previous_period_has_equal_length() -> None:
    assert previous_period(FROM, TO) == (date(2026, 2, 16), date(2026, 3, 1))
    assert previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (
        date(2026, 1, 29),
        date(2026, 2, 28),
    )
    assert previous_period(FROM, FROM) == (date(2026, 3, 1), date(2026, 3, 1))
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)  # a Sunday -> its Monday


def test_figures_match_a_direct_computation(
    events: list[Event], previous_events: list[Event]
) -> None:
    f = compute_figures(events, previous_events, date_from=FROM, date_to=TO)
    assert f.totals.events == len(events) == 4
    assert f.totals.fatalities == sum(e.fatalities for e in events if e.fatalities) == 31
    assert f.totals.injuries == sum(e.injuries for e in events if e.injuries) == 66
    assert f.totals.unknown_fatalities == 1
    by_type = {t.event_type: (t.events, t.fatalities) for t in f.totals.by_type}
    assert by_type == {
        "Explosions/Remote violence": (2, 31),
        "Battles": (1, 0),
        "Strategic developments": (1, 0),
    }
    assert f.previous.events == 2 and f.previous.fatalities == 5
    assert f.changes["events"].describe() == "+2 (+100%)"
    assert f.changes["fatalities"].delta == 26
    assert [(w.week_start, w.events, w.fatalities) for w in f.weekly] == [
        (date(2026, 3, 2), 2, 31),
        (date(2026, 3, 9), 2, 0),
    ]
    assert [e.event_id for e in f.severe] == [
        "ev-baghdad-0001",
        "ev-kirkuk-0002",
        "ev-diyala-0004",
        "ev-diyala-0003",
    ]
    assert f.located == 3
    assert dict(f.time_precision) == {"1 (day)": 3, "2 (week)": 1}


def test_disputed_figures_list_every_source(events: list[Event]) -> None:
    f = compute_figures(events, [], date_from=FROM, date_to=TO)
    disputed = {d.event.event_id: d for d in f.disputed}
    assert set(disputed) == {"ev-baghdad-0001", "ev-diyala-0004"}
    baghdad = disputed["ev-baghdad-0001"]
    assert baghdad.fatalities_disputed and not baghdad.injuries_disputed
    assert [(r.outlet, r.fatalities) for r in baghdad.reports] == [
        ("Mesopotamia Wire", 28),
        ("Tigris Daily", 32),
    ]
    assert disputed["ev-diyala-0004"].injuries_disputed


def test_actors_ranked_by_events_then_fatalities(events: list[Event]) -> None:
    f = compute_figures(events, [], date_from=FROM, date_to=TO)
    top = f.actors[0]
    assert (top.actor, top.events, top.as_actor1, top.as_actor2) == (
        "Military Forces of Iraq (2022-)",
        2,
        0,
        2,
    )
    assert top.fatalities == 3
    names = [a.actor for a in f.actors]
    assert names.index("Islamic State (Iraq)") < names.index("Unidentified Armed Group (Iraq)")
    assert HOSTILE_ACTOR in names


@pytest.mark.parametrize(
    ("current", "previous", "text"),
    [
        (4, 2, "+2 (+100%)"),
        (2, 4, "\u22122 (\u221250%)"),
        (3, 3, "no change"),
        (3, 0, "+3 (none before)"),
    ],
)
def test_change_is_described(current: int, previous: int, text: str) -> None:
    assert Change(current, previous).describe() == text


def test_an_empty_period_still_reports(tmp_path: Path) -> None:
    out = render_report(
        [],
        [],
        country="Iraq",
        admin1=None,
        date_from=FROM,
        date_to=TO,
        fmt="html",
        out=tmp_path / "empty.html",
        boundaries=None,
    )
    text = out.read_text("utf-8")
    assert "No incidents in this period." in text
    assert "No event in this period has coordinates." in text


# --------------------------------------------------------------------------------- images


def _png_varies(data: bytes) -> bool:
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB")
    assert image.width > 300 and image.height > 200
    colours = image.getcolors(maxcolors=1_000_000)
    return colours is not None and len(colours) > 20


@pytest.fixture(scope="module")
def md_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Markdown report over the fixture fortnight, rendered once for these tests."""
    return render_report(
        make_events(),
        make_previous_events(),
        country="Iraq",
        admin1=None,
        date_from=FROM,
        date_to=TO,
        fmt="md",
        out=tmp_path_factory.mktemp("md") / "weekly.md",
        boundaries=None,
    )


@pytest.fixture(scope="module")
def html_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The HTML report over the fixture fortnight, rendered once for these tests."""
    out = render_report(
        make_events(),
        make_previous_events(),
        country="Iraq",
        admin1=None,
        date_from=FROM,
        date_to=TO,
        fmt="html",
        out=tmp_path_factory.mktemp("html") / "report.html",
        boundaries=None,
    )
    return out.read_text("utf-8")


def test_markdown_writes_pngs_beside_it(md_report: Path) -> None:
    out, folder = md_report, md_report.parent
    trend, mapped = folder / "weekly-trend.png", folder / "weekly-map.png"
    text = out.read_text("utf-8")
    assert "![Events and fatalities per week](weekly-trend.png)" in text
    assert "![Map of located events](weekly-map.png)" in text
    for png in (trend, mapped):
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5_000
        assert _png_varies(data)
    assert "Boundaries were unavailable" in text
    assert "1 event(s) without coordinates are not shown." in text


def test_map_draws_given_boundaries(events: list[Event], tmp_path: Path) -> None:
    square = {
        "type": "Feature",
        "properties": {"level": 0, "name": "Iraq"},
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[38.8, 29.0], [48.6, 29.0], [48.6, 37.4], [38.8, 37.4], [38.8, 29.0]]],
        },
    }
    out = render_report(
        events,
        [],
        country="Iraq",
        admin1=None,
        date_from=FROM,
        date_to=TO,
        fmt="md",
        out=tmp_path / "r.md",
        boundaries=[square],
    )
    assert "Boundaries were unavailable" not in out.read_text("utf-8")
    assert _png_varies((tmp_path / "r-map.png").read_bytes())


def test_same_events_give_the_same_report(events: list[Event], tmp_path: Path) -> None:
    texts = []
    for name in ("a", "b"):
        out = render_report(
            events,
            [],
            country="Iraq",
            admin1="Diyala",
            date_from=FROM,
            date_to=TO,
            fmt="html",
            out=tmp_path / f"{name}.html",
            boundaries=None,
        )
        texts.append(out.read_bytes())
    assert texts[0] == texts[1]


# --------------------------------------------------------------------------------- HTML


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href", "srcset", "action", "poster", "data"}:
                self.urls.append((tag, name, value or ""))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained(html_text: str) -> None:
    html = html_text
    parser = _Collector()
    parser.feed(html)
    assert parser.urls, "the images are there"
    for tag, name, value in parser.urls:
        assert value.startswith("data:"), (tag, name, value[:60])
    images = [v for t, n, v in parser.urls if t == "img"]
    assert len(images) == 2
    for value in images:
        assert value.startswith("data:image/png;base64,")
        assert _png_varies(base64.b64decode(value.split(",", 1)[1]))
    assert "script" not in parser.tags and "link" not in parser.tags
    assert "url(" not in html and "@import" not in html
    assert not re.search(r"https?://(?!example\.org)", html.replace("\\", ""))


def test_html_escapes_hostile_text(html_text: str) -> None:
    html = html_text
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    parser = _Collector()
    parser.feed(html)
    text = "".join(parser.text)
    assert HOSTILE_ACTOR in text  # shown to the reader, as text
    assert "Gunmen attacked a checkpoint <script>alert('x')</script> & fled;" in text


def test_html_shows_the_figures(html_text: str) -> None:
    parser = _Collector()
    parser.feed(html_text)
    text = " ".join(" ".join(parser.text).split())
    assert "Situation report: Iraq" in text
    assert "2026-03-02 to 2026-03-15 · compared with 2026-02-16 to 2026-03-01" in text
    assert "31 +26 (+520%) against 5 in the previous period" in text
    assert "Mesopotamia Wire (2026-03-02)" in text and "Tigris Daily (2026-03-03)" in text
    assert "2 event(s) whose sources report different figures" in text
    assert "ACLED's conservative fatality rule" in text
    assert "Time precision 1 means the exact day is known" in text


# --------------------------------------------------------------------------------- Markdown


def test_markdown_escapes_article_text(md_report: Path) -> None:
    out = md_report
    text = out.read_text("utf-8")
    assert "<script" not in text
    assert md_escape(HOSTILE_ACTOR) in text
    assert md_escape(HOSTILE_NOTE) in text
    table_rows = [line for line in text.splitlines() if line.startswith("| 2026-03-12 ")]
    assert table_rows and all(line.count(" | ") == 6 for line in table_rows[:1])
    assert "| Fatalities | 31 | 5 | +26 (+520%) |" in text
    assert "| Mesopotamia Wire (2026-03-02) | 28 | 60 |" in text  # disputed figures
    assert "| Tigris Daily (2026-03-03) | 32 | 60 |" in text


def test_md_escape() -> None:
    assert md_escape("a|b *c* <i>") == "a\\|b \\*c\\* &lt;i&gt;"
    assert md_escape("two\nlines") == "two lines"
    assert md_escape(" (2026) ") == " (2026) "  # spaces around a value are kept


# --------------------------------------------------------------------------------- store


class _FakeStore:
    """Answers like ``Store.iter_events``: filters on country, admin1 and dates."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        self.queries: list[EventQuery] = []

    def iter_events(self, q: EventQuery) -> Iterator[Event]:
        self.queries.append(q)
        for e in self.events:
            if e.country != q.country or (q.admin1 and e.admin1 != q.admin1):
                continue
            if e.event_date is None or q.date_from is None or q.date_to is None:
                continue
            if q.date_from <= e.event_date <= q.date_to:
                yield e


def test_build_report_queries_both_periods(tmp_path: Path) -> None:
    store = _FakeStore(make_events() + make_previous_events())
    out = build_report(
        store,
        country="Iraq",
        admin1=None,
        date_from=FROM,
        date_to=TO,
        fmt="md",
        out=tmp_path / "r.md",
    )
    assert [(q.date_from, q.date_to) for q in store.queries] == [
        (FROM, TO),
        (date(2026, 2, 16), date(2026, 3, 1)),
    ]
    assert all(q.country == "Iraq" and not q.include_rejected for q in store.queries)
    assert "| Fatalities | 31 | 5 | +26 (+520%) |" in out.read_text("utf-8")


def test_bad_period_and_format_are_sitrep_errors(tmp_path: Path) -> None:
    with pytest.raises(SitrepError) as info:
        render_report(
            [],
            [],
            country="Iraq",
            admin1=None,
            date_from=TO,
            date_to=FROM,
            fmt="md",
            out=tmp_path / "r.md",
        )
    assert info.value.code == "bad_period"
    with pytest.raises(SitrepError) as info:
        render_report(
            [],
            [],
            country="Iraq",
            admin1=None,
            date_from=FROM,
            date_to=TO,
            fmt="pdf",  # type: ignore[arg-type]
            out=tmp_path / "r.pdf",
        )
    assert info.value.code == "unknown_format"


def test_public_names_are_exported() -> None:
    for name in sitrep_report.__all__:
        assert hasattr(sitrep_report, name), name


def _one_event_per_date_and_type(
    mentions: Iterable[Event],
    *,
    must_link: Collection[tuple[str, str]],
    cannot_link: Collection[tuple[str, str]],
) -> list[MergedEvent]:
    """A stand-in merge for the store test: same date and sub-event type, one event;
    the lowest figure wins (ACLED's rule), every source kept."""
    groups: dict[tuple[object, object], list[Event]] = {}
    for mention in mentions:
        groups.setdefault((mention.event_date, mention.sub_event_type), []).append(mention)
    merged = []
    for members in groups.values():
        figures = [m.fatalities for m in members if m.fatalities is not None]
        event = members[0].model_copy(
            update={
                "event_id": "ev-" + min(m.event_id for m in members),
                "fatalities": min(figures) if figures else None,
                "sources": [s for m in members for s in m.sources],
            }
        )
        merged.append(MergedEvent(event=event, members=[m.event_id for m in members]))
    return merged


def test_report_over_a_real_store_matches_a_direct_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sitrep_report, "load_boundary_features", lambda: None)
    store_module = pytest.importorskip("sitrep.store", reason="the store stage is not built")
    store = store_module.Store.open(f"sqlite:///{tmp_path / 'sitrep.db'}")
    for event in make_events() + make_previous_events():
        for source in event.sources:
            text = " ".join(s.text for s in source.sentences) + f" ({event.event_id})"
            article = Article(
                id=source.article_id,
                outlet=source.outlet,
                published=source.published,
                url=source.url,
                text=text,
                content_hash=content_hash(text),
            )
            stored_id, _ = store.add_article(article)
            mention = event.model_copy(
                update={
                    "event_id": f"{event.event_id}-{source.article_id}",
                    "fatalities": source.fatalities if len(event.sources) > 1 else event.fatalities,
                    "sources": [source.model_copy(update={"article_id": stored_id})],
                }
            )
            previous = store.article_mentions(stored_id)
            store.save_article_events(stored_id, [*previous, mention])
    store.remerge_all(merge=_one_event_per_date_and_type)

    query = EventQuery(country="Iraq", date_from=FROM, date_to=TO)
    direct = list(store.iter_events(query))
    out = build_report(
        store,
        country="Iraq",
        admin1=None,
        date_from=FROM,
        date_to=TO,
        fmt="md",
        out=tmp_path / "store.md",
    )
    text = out.read_text("utf-8")
    fatalities = sum(e.fatalities or 0 for e in direct)
    injuries = sum(e.injuries or 0 for e in direct)
    assert len(direct) == 4 and fatalities == 31
    assert f"| Events | {len(direct)} | 2 |" in text
    assert f"| Fatalities | {fatalities} | 5 |" in text
    assert f"| Injuries | {injuries} |" in text
    assert "Tigris Daily (2026-03-03)" in text
    store.close()

    # and against SQL straight on the database file, not through the store's code
    with closing(sqlite3.connect(tmp_path / "sitrep.db")) as db:
        row = db.execute(
            "SELECT count(*), coalesce(sum(fatalities), 0), coalesce(sum(injuries), 0) "
            "FROM events WHERE country = 'Iraq' AND status != 'rejected' "
            "AND event_date BETWEEN ? AND ?",
            (FROM.isoformat(), TO.isoformat()),
        ).fetchone()
    assert row == (len(direct), fatalities, injuries)
