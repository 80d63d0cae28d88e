"""The REST API through FastAPI's test client, on a store built from the hand-written corpus."""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.errors import ConfigError
from sitrep.model import ACLED_COLUMNS, Article, Event, EventPage, EventQuery
from sitrep.serve import api as api_module
from sitrep.serve.api import create_app
from sitrep.serve.boundaries import BOUNDARIES_FILE, load_boundaries
from sitrep.settings import Settings
from sitrep.store import Store

ALL_DEATHS = 7 + 5 + 28 + 2 + 3 + 0


MakeSettings = Callable[..., Settings]


@pytest.fixture
def client(store: Store, make_settings: MakeSettings) -> Iterator[TestClient]:
    with TestClient(create_app(store=store, settings=make_settings())) as test_client:
        yield test_client


@pytest.fixture
def auth(api_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token}"}


def events(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/events", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def assert_error(response: Any, status: int, code: str) -> None:
    """The one error shape, pinned: exactly {"error": {"code", "message"}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in response.text


def baghdad_id(client: TestClient) -> str:
    items = events(client, admin1="Baghdad")["items"]
    assert len(items) == 1
    return str(items[0]["event_id"])


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def test_lists_every_event_newest_first_with_total(client: TestClient) -> None:
    body = events(client)
    page = EventPage.model_validate(body)
    assert page.total == 6
    assert len(page.items) == 6
    dates = [e.event_date for e in page.items]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    assert page.next_cursor is None


@pytest.mark.parametrize(
    ("params", "locations"),
    [
        ({"country": "Syria"}, {"Maarat al-Numan"}),
        ({"admin1": "baghdad"}, {"Sadr City"}),
        ({"event_type": "Explosions/Remote violence"}, {"Maarat al-Numan", "Sadr City", "Hawija"}),
        ({"sub_event_type": "Armed clash"}, {"Mosul"}),
        ({"actor": "islamic state"}, {"Sadr City", "Mosul"}),
        ({"min_fatalities": 7}, {"Sadr City", "Maarat al-Numan"}),
        ({"bbox": "43,35,45,37"}, {"Hawija", "Mosul", "Erbil"}),
        ({"date_from": "2024-03-01", "date_to": "2024-03-15"}, {"Hawija", "Erbil", "Sadr City"}),
        ({"text": "market"}, {"Sadr City"}),
        ({"country": "Iraq", "min_fatalities": 1, "date_to": "2024-03-12"}, {"Hawija", "Erbil"}),
    ],
)
def test_filters(client: TestClient, params: dict[str, Any], locations: set[str]) -> None:
    body = events(client, **params)
    assert {e["location"] for e in body["items"]} == locations
    assert body["total"] == len(locations)


def test_merged_event_keeps_both_sources_and_their_figures(client: TestClient) -> None:
    response = client.get(f"/events/{baghdad_id(client)}")
    assert response.status_code == 200
    event = Event.model_validate(response.json())
    assert sorted(s.outlet or "" for s in event.sources) == ["Capital Daily", "Tigris Post"]
    assert sorted(s.fatalities or 0 for s in event.sources) == [28, 32]
    for source in event.sources:
        for sentence in source.sentences:
            article = client.get(f"/articles/{source.article_id}").json()
            assert article["text"][sentence.start : sentence.end] == sentence.text
        for evidence in source.evidence:
            assert article["text"][evidence.start : evidence.end] == evidence.text


def test_cursor_pagination_walks_every_event_once_in_order(client: TestClient) -> None:
    expected = [e["event_id"] for e in events(client, sort="fatalities")["items"]]
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params: dict[str, Any] = {"sort": "fatalities", "limit": 2}
        if cursor:
            params["cursor"] = cursor
        body = events(client, **params)
        assert body["total"] == 6
        assert len(body["items"]) <= 2
        seen += [e["event_id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == expected
    assert len(set(seen)) == 6


def test_page_size_is_capped_by_settings(store: Store, make_settings: MakeSettings) -> None:
    settings = make_settings(max_page_size=3)
    with TestClient(create_app(store=store, settings=settings)) as client:
        assert len(events(client, limit=3)["items"]) == 3
        assert_error(client.get("/events", params={"limit": 4}), 422, "invalid_request")
        assert len(events(client)["items"]) == 3  # the default never exceeds the cap


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"limit": 0}, 422, "invalid_request"),
        ({"limit": "many"}, 422, "invalid_request"),
        ({"sort": "notes"}, 422, "invalid_request"),
        ({"sort": "event_date; DROP TABLE events"}, 422, "invalid_request"),
        ({"cursor": "bm90IGEgY3Vyc29y"}, 400, "bad_cursor"),
        ({"date_from": "2024-05-01", "date_to": "2024-01-01"}, 400, "invalid_request"),
        ({"date_from": "1800-01-01"}, 400, "invalid_request"),
        ({"date_to": "3000-01-01"}, 400, "invalid_request"),
        ({"date_from": "yesterday"}, 422, "invalid_request"),
        ({"text": "x" * 201}, 422, "invalid_request"),
        ({"actor": "a" * 201}, 422, "invalid_request"),
        ({"bbox": "1,2,3"}, 400, "invalid_request"),
        ({"bbox": "50,10,40,20"}, 400, "invalid_request"),
        ({"bbox": "nan,1,2,3"}, 400, "invalid_request"),
        ({"event_type": "Picnic"}, 422, "invalid_request"),
        ({"min_fatalities": -1}, 422, "invalid_request"),
    ],
)
def test_invalid_parameters_get_the_error_shape(
    client: TestClient, params: dict[str, Any], status: int, code: str
) -> None:
    assert_error(client.get("/events", params=params), status, code)


def test_not_found_and_method_errors_use_the_same_shape(client: TestClient) -> None:
    assert_error(client.get("/events/evdoesnotexist"), 404, "not_found")
    assert_error(client.get("/events/evdoesnotexist/explain"), 404, "not_found")
    assert_error(client.get("/articles/no-such-article"), 404, "not_found")
    assert_error(client.get("/no/such/route"), 404, "not_found")
    assert_error(client.delete("/events"), 405, "method_not_allowed")
    assert_error(client.get("/events/bad%20id"), 422, "invalid_request")


def test_sql_injection_strings_are_only_data(client: TestClient) -> None:
    for hostile in ("' OR 1=1 --", "%' OR '%'='", "Iraq'; DROP TABLE events; --", "_%\\"):
        for key in ("country", "admin1", "actor", "text"):
            assert events(client, **{key: hostile})["total"] == 0
    assert events(client)["total"] == 6


def test_explain_says_why_sources_were_merged(client: TestClient) -> None:
    response = client.get(f"/events/{baghdad_id(client)}/explain")
    assert response.status_code == 200
    reasons = response.json()
    assert isinstance(reasons, list) and reasons and all(isinstance(r, str) for r in reasons)


def test_weekly_stats_add_up(client: TestClient) -> None:
    response = client.get("/stats", params={"period": "week"})
    assert response.status_code == 200
    rows = response.json()
    assert sum(r["events"] for r in rows) == 6
    assert sum(r["fatalities"] for r in rows) == ALL_DEATHS
    assert {r["period_start"] for r in rows} >= {"2024-03-11", "2024-04-01"}  # Mondays
    totals = client.get("/stats/totals", params={"period": "week"}).json()
    assert sum(r["events"] for r in totals) == 6
    assert sum(r["fatalities"] for r in totals) == ALL_DEATHS
    weeks = sorted({r["period_start"] for r in rows})
    assert [r["period_start"] for r in totals] == weeks
    syria = client.get("/stats", params={"period": "month", "country": "Syria"}).json()
    assert syria == [
        {
            "period_start": "2024-04-01",
            "admin1": "Idlib",
            "event_type": "Explosions/Remote violence",
            "events": 1,
            "fatalities": 7,
        }
    ]
    assert_error(client.get("/stats", params={"period": "year"}), 422, "invalid_request")


def test_export_streams_each_format(client: TestClient) -> None:
    jsonl = client.get("/export", params={"format": "jsonl"})
    assert jsonl.status_code == 200
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in jsonl.headers["content-disposition"]
    lines = [line for line in jsonl.text.splitlines() if line.strip()]
    assert len(lines) == 6
    assert {Event.model_validate_json(line).event_id for line in lines} == {
        e["event_id"] for e in events(client)["items"]
    }

    csv_text = client.get("/export", params={"format": "acled-csv", "country": "Syria"}).text
    rows = csv_text.strip().splitlines()
    assert rows[0].split(",")[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert len(rows) == 2

    geojson = client.get("/export", params={"format": "geojson"})
    collection = json.loads(geojson.text)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 6
    assert_error(client.get("/export", params={"format": "xlsx"}), 422, "invalid_request")


# --------------------------------------------------------------------------
# Hostile content and security headers
# --------------------------------------------------------------------------


def test_hostile_strings_round_trip_exactly_and_escaped(client: TestClient, hostile: Any) -> None:
    [item] = events(client, admin1="Erbil")["items"]
    response = client.get(f"/events/{item['event_id']}")
    raw = response.text
    for needle in ("<script", "<img", "<b ", "</b>"):
        assert needle not in raw  # markup characters leave the server as \u003c escapes
    assert response.headers["x-content-type-options"] == "nosniff"
    event = Event.model_validate(response.json())
    assert event.actor1 == hostile.actor
    assert event.notes == hostile.img
    assert event.sources[0].outlet == "Unknown <b>Outlet</b>"
    assert hostile.script in event.sources[0].sentences[0].text

    article_response = client.get(f"/articles/{event.sources[0].article_id}")
    assert "<script" not in article_response.text
    article = Article.model_validate(article_response.json())
    assert hostile.script in article.text and hostile.img in article.text
    assert article.title == hostile.script


def test_page_carries_security_headers(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in response.text  # no inline script in the page itself
    for path in ("/static/app.js", "/events", "/no/such/route"):
        assert client.get(path).headers["x-content-type-options"] == "nosniff"


def test_tile_url_is_optional_and_widens_only_img_src(
    store: Store, make_settings: MakeSettings
) -> None:
    assert api_module.content_security_policy(None).count("http") == 0
    csp = api_module.content_security_policy("https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tiles.example.org" in csp
    assert "connect-src 'self'" in csp
    with pytest.raises(ConfigError):
        api_module.content_security_policy("javascript:alert(1)")
    with TestClient(create_app(store=store, settings=make_settings())) as client:
        assert client.get("/config").json() == {
            "tile_url": None,
            "max_page_size": Settings().max_page_size,
            "review_enabled": True,
        }


def test_internal_errors_hide_details(store: Store, make_settings: MakeSettings) -> None:
    class Broken(Store):
        def query_events(self, q: EventQuery) -> EventPage:
            raise RuntimeError("secret connection string postgres://user:pw@db")

    broken = Broken(store._engine)
    app = create_app(store=broken, settings=make_settings())
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/events")
    assert_error(response, 500, "internal_error")
    assert "secret" not in response.text and "postgres" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_oversized_bodies_are_refused(client: TestClient, auth: dict[str, str]) -> None:
    body = json.dumps({"action": "confirm", "user": "x" * 300_000})
    response = client.post(
        f"/events/{baghdad_id(client)}/review",
        content=body,
        headers={**auth, "Content-Type": "application/json"},
    )
    assert_error(response, 413, "body_too_large")


def test_cors_is_off_by_default_and_on_for_listed_origins(
    store: Store, make_settings: MakeSettings
) -> None:
    origin = {"Origin": "https://analyst.example"}
    with TestClient(create_app(store=store, settings=make_settings())) as client:
        assert "access-control-allow-origin" not in client.get("/events", headers=origin).headers
    settings = make_settings(cors_origins=["https://analyst.example"])
    with TestClient(create_app(store=store, settings=settings)) as client:
        allowed = client.get("/events", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "https://analyst.example"
        other = client.get("/events", headers={"Origin": "https://evil.example"}).headers
        assert "access-control-allow-origin" not in other


# --------------------------------------------------------------------------
# Review, merge, split, audit (token)
# --------------------------------------------------------------------------


def test_review_needs_the_token(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, auth: dict[str, str], api_token: str
) -> None:
    url = f"/events/{baghdad_id(client)}/review"
    body = {"action": "confirm", "user": "amal"}
    missing = client.post(url, json=body)
    assert_error(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"] == "Bearer"
    assert_error(
        client.post(url, json=body, headers={"Authorization": "Bearer nope"}), 401, "unauthorized"
    )
    assert_error(
        client.post(url, json=body, headers={"Authorization": api_token}), 401, "unauthorized"
    )
    assert_error(client.get("/audit"), 401, "unauthorized")

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return bool(real(a, b))

    monkeypatch.setattr(hmac, "compare_digest", spy)
    ok = client.post(url, json=body, headers=auth)
    assert ok.status_code == 200, ok.text
    assert compared == [(api_token.encode(), api_token.encode())]  # constant-time comparison
    assert ok.json()["status"] == "confirmed"


def test_review_is_disabled_without_a_configured_token(
    store: Store, make_settings: MakeSettings, auth: dict[str, str]
) -> None:
    settings = make_settings(api_token=None)
    with TestClient(create_app(store=store, settings=settings)) as client:
        response = client.post(
            f"/events/{baghdad_id(client)}/review",
            json={"action": "confirm", "user": "amal"},
            headers=auth,
        )
        assert_error(response, 403, "review_disabled")
        assert client.get("/config").json()["review_enabled"] is False


def test_edit_and_reject_are_audited(client: TestClient, auth: dict[str, str]) -> None:
    event_id = baghdad_id(client)
    url = f"/events/{event_id}/review"
    edit = {"action": "edit", "fields": {"fatalities": 30}, "user": "amal"}
    edited = client.post(url, json=edit, headers=auth)
    assert edited.status_code == 200, edited.text
    assert edited.json()["fatalities"] == 30
    assert edited.json()["status"] == "edited"
    assert client.get(f"/events/{event_id}").json()["fatalities"] == 30

    bad = {"action": "edit", "fields": {"event_id": "x"}, "user": "amal"}
    assert_error(client.post(url, json=bad, headers=auth), 400, "invalid_edit")
    bad = {"action": "edit", "fields": {"fatalities": -4}, "user": "amal"}
    assert_error(client.post(url, json=bad, headers=auth), 400, "bad_review")
    bad = {"action": "confirm", "fields": {"fatalities": 1}, "user": "amal"}
    assert_error(client.post(url, json=bad, headers=auth), 400, "invalid_edit")
    bad = {"action": "approve", "user": "amal"}
    assert_error(client.post(url, json=bad, headers=auth), 422, "invalid_request")
    no_user = {"action": "confirm"}
    assert_error(client.post(url, json=no_user, headers=auth), 422, "invalid_request")

    rejected = client.post(url, json={"action": "reject", "user": "omar"}, headers=auth)
    assert rejected.json()["status"] == "rejected"
    assert events(client)["total"] == 5
    assert events(client, include_rejected=True)["total"] == 6
    assert events(client, status="rejected")["items"][0]["event_id"] == event_id

    audit = client.get("/audit", params={"event_id": event_id}, headers=auth)
    assert audit.status_code == 200
    entries = audit.json()
    assert [(e["user"], e["action"]) for e in entries][-2:] == [
        ("amal", "edit"),
        ("omar", "reject"),
    ]
    assert all(e["before"] is not None and e["after"] is not None for e in entries)


def test_split_then_merge_back(client: TestClient, auth: dict[str, str]) -> None:
    event_id = baghdad_id(client)
    split = client.post(
        f"/events/{event_id}/split", json={"article_id": "baghdad-b", "user": "amal"}, headers=auth
    )
    assert split.status_code == 200, split.text
    parts = split.json()
    assert len(parts) == 2
    assert events(client)["total"] == 7
    stranger = {"article_id": "no-such-article", "user": "a"}
    not_a_source = client.post(f"/events/{parts[0]['event_id']}/split", json=stranger, headers=auth)
    assert_error(not_a_source, 400, "bad_split")
    unknown = client.post("/events/evnosuchevent/split", json=stranger, headers=auth)
    assert_error(unknown, 404, "not_found")

    ids = [p["event_id"] for p in parts]
    merged = client.post("/events/merge", json={"event_ids": ids, "user": "amal"}, headers=auth)
    assert merged.status_code == 200, merged.text
    assert len(merged.json()["sources"]) == 2
    assert events(client)["total"] == 6
    one = client.post(
        "/events/merge", json={"event_ids": [ids[0], ids[0]], "user": "a"}, headers=auth
    )
    assert_error(one, 400, "invalid_request")
    actions = [e["action"] for e in client.get("/audit", headers=auth).json()]
    assert "split" in " ".join(actions) and "merge" in " ".join(actions)


# --------------------------------------------------------------------------
# Meta: boundaries, OpenAPI
# --------------------------------------------------------------------------


def test_missing_boundaries_say_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_boundaries(tmp_path / "absent.geojson")
    assert caught.value.code == "boundaries_missing"
    assert "python -m sitrep.serve.web.build" in caught.value.message


def test_boundaries_endpoint_answers_503_when_not_built(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def missing() -> dict[str, Any]:
        return load_boundaries(tmp_path / "absent.geojson")

    monkeypatch.setattr(api_module, "load_boundaries", missing)
    response = client.get("/boundaries")
    assert_error(response, 503, "boundaries_missing")
    assert "sitrep.serve.web.build" in response.json()["error"]["message"]


@pytest.mark.skipif(
    not BOUNDARIES_FILE.is_file(), reason="boundaries not built: python -m sitrep.serve.web.build"
)
def test_shipped_boundaries_have_countries_and_admin1_for_iraq_and_syria(
    client: TestClient,
) -> None:
    collection = load_boundaries()
    levels = {f["properties"]["level"] for f in collection["features"]}
    assert levels == {0, 1}
    admin1 = [f["properties"] for f in collection["features"] if f["properties"]["level"] == 1]
    iraq = {p["name"] for p in admin1 if p["adm0_a3"] == "IRQ"}
    syria = {p["name"] for p in admin1 if p["adm0_a3"] == "SYR"}
    assert len(iraq) == 18 and "Baghdad" in iraq
    assert len(syria) >= 14 and "Idlib" in syria
    countries = {
        f["properties"]["name"] for f in collection["features"] if f["properties"]["level"] == 0
    }
    assert {"Iraq", "Syria", "Turkey", "Iran"} <= countries
    response = client.get("/boundaries")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/geo+json"
    assert len(response.json()["features"]) == len(collection["features"])


def test_openapi_uses_the_pydantic_records(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/events",
        "/events/{event_id}",
        "/stats",
        "/stats/totals",
        "/articles/{article_id}",
        "/export",
    ):
        assert "get" in paths[path]
    for path in ("/events/{event_id}/review", "/events/merge", "/events/{event_id}/split"):
        assert "post" in paths[path]
    components = schema["components"]["schemas"]
    assert {"Event", "EventPage", "Source", "Evidence", "Article", "ErrorResponse"} <= set(
        components
    )
    assert client.get("/health").json() == {"status": "ok"}
