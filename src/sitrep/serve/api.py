"""The REST API and the page, one FastAPI app over the store.

    GET  /                       the page (map, timeline, filters, table, event detail)
    GET  /events                 filtered, sorted, cursor-paginated events (EventPage)
    GET  /events/{id}            one event with its sources and evidence offsets
    GET  /events/{id}/explain    why the event's sources were merged
    GET  /stats                  events and fatalities by period x admin1 x event type
    GET  /stats/totals           events and fatalities by period (the page's timeline)
    GET  /articles/{id}          the article a source came from
    GET  /export?format=...      streaming JSONL / ACLED CSV / GeoJSON of the filtered events
    GET  /boundaries             the shipped basemap (countries + admin-1), GeoJSON
    GET  /config                 what the page needs to know (tile URL, page size, review)
    GET  /health                 liveness
    POST /events/{id}/review     confirm / edit / reject           (token)
    POST /events/merge           merge events into one             (token)
    POST /events/{id}/split      split one article's source out    (token)
    GET  /audit                  the review audit log              (token)

Every error is ``{"error": {"code": ..., "message": ...}}``; no stack trace reaches a
client. Write and review endpoints need ``Authorization: Bearer <SITREP_API_TOKEN>``
(compared in constant time); with no token configured they are disabled. CORS is off
unless ``cors_origins`` lists origins. Every response carries security headers.
"""

import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from datetime import date
from typing import Annotated, Any, Final, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.errors import ConfigError, MergeError, SitrepError
from sitrep.merge import merge_mentions
from sitrep.model import (
    Article,
    Event,
    EventPage,
    EventQuery,
    EventType,
    Status,
    SubEventType,
)
from sitrep.report.exports import EXPORT_MEDIA_TYPES, EXPORT_SUFFIXES, iter_export_chunks
from sitrep.serve.boundaries import load_boundaries
from sitrep.serve.web.build import STATIC_DIR
from sitrep.settings import Settings
from sitrep.store import SORTABLE, AuditEntry, PeriodTotal, StatRow, Store

__all__ = ["EDITABLE_FIELDS", "ApiError", "create_app"]

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MIN_DATE: Final = date(1900, 1, 1)
MAX_DATE: Final = date(2100, 12, 31)
MAX_BODY_BYTES: Final = 256 * 1024
MAX_TEXT: Final = 200
MAX_NAME: Final = 200
SORT_PATTERN: Final = r"^-?(" + "|".join(SORTABLE) + r")$"
ID_PATTERN: Final = r"^[A-Za-z0-9_.:\-]+$"

EDITABLE_FIELDS: Final[frozenset[str]] = frozenset(Event.model_fields) - {
    "event_id",
    "sources",
    "status",
    "confidence",
}
"""Fields an analyst may change with ``action: edit``."""


class ApiError(SitrepError):
    """A request the API refuses; ``status`` is the HTTP status it answers with."""

    code = "invalid_request"

    def __init__(self, message: str, *, code: str | None = None, status: int = 400) -> None:
        super().__init__(message, code=code)
        self.status = status


_STATUS_BY_CODE: Final[dict[str, int]] = {
    "not_found": 404,
    "conflict": 409,
    "db_open": 503,
    "migration": 503,
    "no_merge_function": 503,
    "boundaries_missing": 503,
    "boundaries_invalid": 503,
    "merge_contract": 500,
}


_SERVER_MESSAGES: Final[dict[str, str]] = {
    "boundaries_missing": "Map boundaries are not built: run `python -m sitrep.serve.web.build`",
    "no_merge_function": "Merging is not configured on this server",
    "db_open": "The database cannot be opened",
    "migration": "The database cannot be migrated",
}


def _status_of(exc: SitrepError) -> int:
    if isinstance(exc, ApiError):
        return exc.status
    if exc.code in _STATUS_BY_CODE:
        return _STATUS_BY_CODE[exc.code]
    if exc.code.startswith("unknown"):  # the store's unknown_event, unknown_article
        return 404
    if isinstance(exc, MergeError):
        return 409
    if isinstance(exc, ConfigError):
        return 503
    return 400  # StoreError bad_* and the rest: the request asked for something impossible


# --------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------


class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` escaped: article text can never read as markup."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return text.encode("utf-8")


_EVENTS: Final = TypeAdapter(list[Event])
_STAT_ROWS: Final = TypeAdapter(list[StatRow])
_PERIOD_TOTALS: Final = TypeAdapter(list[PeriodTotal])
_AUDIT: Final = TypeAdapter(list[AuditEntry])


def _escaped(raw: bytes) -> bytes:
    return raw.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")


def record_response(value: Any, adapter: TypeAdapter[Any] | None = None) -> Response:
    """The store's records straight to escaped JSON (pydantic's serializer, no re-validation).

    The records are the endpoint's documented ``response_model``; they come from the
    store already validated, so FastAPI's second validation pass is skipped for speed.
    """
    raw = adapter.dump_json(value) if adapter is not None else value.model_dump_json().encode()
    return Response(_escaped(raw), media_type="application/json")


def error_response(status: int, code: str, message: str) -> SafeJSONResponse:
    """The one error shape: ``{"error": {"code", "message"}}``."""
    return SafeJSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    """What every failed request answers."""

    error: ErrorBody


class PageConfig(BaseModel):
    model_config = ConfigDict(frozen=True)

    tile_url: str | None
    max_page_size: int
    review_enabled: bool


class Health(BaseModel):
    status: Literal["ok"] = "ok"


JSONScalar = Annotated[str, Field(max_length=2000)] | int | float | bool | None


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["confirm", "edit", "reject"]
    fields: dict[Annotated[str, Field(max_length=40)], JSONScalar] | None = Field(
        default=None, description="For action=edit: the fields to change and their new values"
    )
    user: str = Field(min_length=1, max_length=MAX_NAME, description="Who reviews (audit log)")


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    event_ids: list[Annotated[str, Field(max_length=128, pattern=ID_PATTERN)]] = Field(
        min_length=2, max_length=50
    )
    user: str = Field(min_length=1, max_length=MAX_NAME)


class SplitRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    article_id: str = Field(min_length=1, max_length=512)
    user: str = Field(min_length=1, max_length=MAX_NAME)


_ERRORS: Final[dict[int | str, dict[str, Any]]] = {
    400: {"model": ErrorResponse, "description": "Invalid request"},
    422: {"model": ErrorResponse, "description": "Invalid parameters"},
}
_NOT_FOUND: Final[dict[int | str, dict[str, Any]]] = {
    **_ERRORS,
    404: {"model": ErrorResponse, "description": "Not found"},
}
_AUTH: Final[dict[int | str, dict[str, Any]]] = {
    **_NOT_FOUND,
    401: {"model": ErrorResponse, "description": "Missing or wrong API token"},
    403: {"model": ErrorResponse, "description": "Review disabled: no API token configured"},
    409: {"model": ErrorResponse, "description": "Conflicting change"},
}


# --------------------------------------------------------------------------
# Security headers and body limit (plain ASGI, so streaming responses stay streams)
# --------------------------------------------------------------------------


def _tile_source(tile_url: str | None) -> str:
    """The CSP img-src entry for an optional tile server (``{s}`` becomes a wildcard)."""
    if not tile_url:
        return ""
    parts = urlsplit(tile_url)
    if parts.scheme not in ("http", "https"):
        raise ConfigError("tile_url must be an http(s) URL template", code="config_error")
    host = parts.netloc.replace("{s}.", "*.")
    if "{" in host or not host:
        return f"{parts.scheme}:"
    return f"{parts.scheme}://{host}"


def content_security_policy(tile_url: str | None) -> str:
    images = " ".join(s for s in ("'self'", "data:", _tile_source(tile_url)) if s)
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ]
    )


def security_headers(csp: str) -> list[tuple[str, str]]:
    return [
        ("content-security-policy", csp),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        ("permissions-policy", "geolocation=(), camera=(), microphone=()"),
    ]


class SecurityHeaders:
    """Adds security headers to every response; refuses oversized request bodies."""

    def __init__(self, app: ASGIApp, *, csp: str) -> None:
        self.app = app
        self.headers = [
            (k.encode("latin-1"), v.encode("latin-1")) for k, v in security_headers(csp)
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            response = error_response(413, "body_too_large", "Request body too large")
            await self._with_headers(response)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _with_headers(self, response: Response) -> Response:
        for name, value in self.headers:
            response.headers[name.decode()] = value.decode()
        return response


# --------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------


def _check_date(value: date | None, name: str) -> None:
    if value is not None and not MIN_DATE <= value <= MAX_DATE:
        raise ApiError(f"{name} must be between {MIN_DATE} and {MAX_DATE}")


def _parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None:
        return None
    parts = raw.split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise ApiError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from None
    if len(values) != 4 or any(v != v for v in values):
        raise ApiError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ApiError("bbox must have -180<=min_lon<=max_lon<=180 and -90<=min_lat<=max_lat<=90")
    return (min_lon, min_lat, max_lon, max_lat)


Text = Annotated[str | None, Query(min_length=1, max_length=MAX_NAME)]


def filter_params(
    date_from: Annotated[date | None, Query(description="First event date")] = None,
    date_to: Annotated[date | None, Query(description="Last event date")] = None,
    country: Text = None,
    admin1: Text = None,
    event_type: Annotated[EventType | None, Query()] = None,
    sub_event_type: Annotated[SubEventType | None, Query()] = None,
    actor: Annotated[
        str | None, Query(min_length=1, max_length=MAX_NAME, description="Substring of any actor")
    ] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
    bbox: Annotated[
        str | None,
        Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat"),
    ] = None,
    text: Annotated[
        str | None,
        Query(min_length=1, max_length=MAX_TEXT, description="Search notes and evidence"),
    ] = None,
    status: Annotated[Status | None, Query()] = None,
    include_rejected: Annotated[bool, Query()] = False,
) -> dict[str, Any]:
    """The filters shared by /events, /stats, /stats/totals and /export."""
    _check_date(date_from, "date_from")
    _check_date(date_to, "date_to")
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ApiError("date_from is after date_to")
    return {
        "date_from": date_from,
        "date_to": date_to,
        "country": country,
        "admin1": admin1,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor": actor,
        "min_fatalities": min_fatalities,
        "bbox": _parse_bbox(bbox),
        "text": text,
        "status": status,
        "include_rejected": include_rejected,
    }


Filters = Annotated[dict[str, Any], Depends(filter_params)]
EventId = Annotated[str, Path(min_length=1, max_length=128, pattern=ID_PATTERN)]


# --------------------------------------------------------------------------
# The app
# --------------------------------------------------------------------------


def create_app(*, store: Store | None = None, settings: Settings | None = None) -> FastAPI:
    """The API and the page over ``store`` (opened from ``settings.db`` when not given)."""
    settings = settings if settings is not None else Settings()
    tile_url = settings.tile_url
    csp = content_security_policy(tile_url)
    the_store = store if store is not None else Store.open(settings.db, merge=merge_mentions)
    max_page = settings.max_page_size
    boundaries_cache: list[bytes] = []

    app = FastAPI(
        title="sitrep",
        summary="Political-violence events read from news, each field traced to its sentence.",
        version="0.1.0",
        default_response_class=SafeJSONResponse,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.store = the_store
    app.state.settings = settings

    def require_token(request: Request) -> None:
        expected = settings.api_token
        if not expected:
            raise ApiError(
                "Review is disabled: set SITREP_API_TOKEN on the server",
                code="review_disabled",
                status=403,
            )
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise ApiError("Missing API token", code="unauthorized", status=401)
        if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
            raise ApiError("Wrong API token", code="unauthorized", status=401)

    Auth = Annotated[None, Depends(require_token)]

    # -- errors --------------------------------------------------------------

    @app.exception_handler(SitrepError)
    async def _sitrep_error(request: Request, exc: SitrepError) -> Response:
        status = _status_of(exc)
        message = exc.message
        if status >= 500:  # the detail (a URL, a path) is for the log, not the client
            logger.error("%s %s: %s", request.method, request.url.path, exc)
            message = _SERVER_MESSAGES.get(exc.code, "The server cannot answer this now")
        response = error_response(status, exc.code, message)
        if status == 401:
            response.headers["www-authenticate"] = "Bearer"
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(422, "invalid_request", _describe(exc.errors()))

    @app.exception_handler(ValidationError)
    async def _invalid_model(request: Request, exc: ValidationError) -> Response:
        return error_response(422, "invalid_request", _describe(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "Request failed"
        return error_response(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        # Runs outside every middleware (Starlette's ServerErrorMiddleware): add the headers.
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        response = error_response(500, "internal_error", "Internal server error")
        for name, value in security_headers(csp):
            response.headers[name] = value
        return response

    # -- page ----------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        return Health()

    @app.get("/config", response_model=PageConfig, tags=["meta"])
    def config() -> PageConfig:
        return PageConfig(
            tile_url=tile_url, max_page_size=max_page, review_enabled=bool(settings.api_token)
        )

    @app.get(
        "/boundaries",
        tags=["meta"],
        responses={
            200: {"content": {"application/geo+json": {}}, "description": "FeatureCollection"},
            503: {"model": ErrorResponse, "description": "Boundaries not built"},
        },
    )
    def boundaries() -> Response:
        if not boundaries_cache:
            data = load_boundaries()
            boundaries_cache.append(json.dumps(data, separators=(",", ":")).encode("utf-8"))
        return Response(
            boundaries_cache[0],
            media_type="application/geo+json",
            headers={"cache-control": "public, max-age=86400"},
        )

    # -- read ----------------------------------------------------------------

    @app.get("/events", response_model=EventPage, responses=_ERRORS, tags=["events"])
    def list_events(
        filters: Filters,
        sort: Annotated[str, Query(pattern=SORT_PATTERN, max_length=40)] = "-event_date",
        limit: Annotated[int, Query(ge=1, le=max_page)] = min(100, max_page),
        cursor: Annotated[str | None, Query(min_length=1, max_length=512)] = None,
    ) -> Response:
        query = EventQuery(**filters, sort=sort, limit=limit, cursor=cursor)
        return record_response(the_store.query_events(query))

    @app.get("/events/{event_id}", response_model=Event, responses=_NOT_FOUND, tags=["events"])
    def get_event(event_id: EventId) -> Response:
        event = the_store.get_event(event_id)
        if event is None:
            raise ApiError(f"No event {event_id}", code="not_found", status=404)
        return record_response(event)

    @app.get(
        "/events/{event_id}/explain",
        response_model=list[str],
        responses=_NOT_FOUND,
        tags=["events"],
    )
    def explain_event(event_id: EventId) -> list[str]:
        if the_store.get_event(event_id) is None:
            raise ApiError(f"No event {event_id}", code="not_found", status=404)
        return the_store.explain_event(event_id)

    @app.get("/stats", response_model=list[StatRow], responses=_ERRORS, tags=["events"])
    def stats(
        filters: Filters,
        period: Annotated[Literal["day", "week", "month"], Query()] = "week",
    ) -> Response:
        rows = the_store.stats(EventQuery(**filters), period=period)
        return record_response(rows, _STAT_ROWS)

    @app.get("/stats/totals", response_model=list[PeriodTotal], responses=_ERRORS, tags=["events"])
    def stats_totals(
        filters: Filters,
        period: Annotated[Literal["day", "week", "month"], Query()] = "week",
    ) -> Response:
        """/stats summed over admin1 and event type: one row per period."""
        rows = the_store.period_totals(EventQuery(**filters), period=period)
        return record_response(rows, _PERIOD_TOTALS)

    @app.get(
        "/articles/{article_id:path}",
        response_model=Article,
        responses=_NOT_FOUND,
        tags=["articles"],
    )
    def get_article(
        article_id: Annotated[str, Path(min_length=1, max_length=512)],
    ) -> Response:
        article = the_store.get_article(article_id)
        if article is None:
            raise ApiError(f"No article {article_id}", code="not_found", status=404)
        return record_response(article)

    @app.get(
        "/export",
        responses={
            **_ERRORS,
            200: {
                "description": "The filtered events, streamed",
                "content": {EXPORT_MEDIA_TYPES[f]: {} for f in ("jsonl", "acled-csv", "geojson")},
            },
        },
        tags=["events"],
    )
    def export(
        filters: Filters,
        format: Annotated[Literal["jsonl", "acled-csv", "geojson"], Query()] = "jsonl",
    ) -> StreamingResponse:
        query = EventQuery(**filters, limit=10_000)
        chunks: Iterator[bytes] = iter_export_chunks(the_store.iter_events(query), fmt=format)
        name = f"sitrep-events{EXPORT_SUFFIXES[format]}"
        return StreamingResponse(
            chunks,
            media_type=EXPORT_MEDIA_TYPES[format],
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    # -- review (token) ------------------------------------------------------

    @app.post("/events/merge", response_model=Event, responses=_AUTH, tags=["review"])
    def merge_events(body: MergeRequest, _: Auth) -> Response:
        if len(set(body.event_ids)) < 2:
            raise ApiError("Merge needs at least two different events")
        return record_response(the_store.merge_override(list(body.event_ids), user=body.user))

    @app.post("/events/{event_id}/review", response_model=Event, responses=_AUTH, tags=["review"])
    def review_event(event_id: EventId, body: ReviewRequest, _: Auth) -> Response:
        fields: dict[str, object] | None = dict(body.fields) if body.fields else None
        if body.action == "edit":
            if not fields:
                raise ApiError("action=edit needs fields to change", code="invalid_edit")
            unknown = sorted(set(fields) - EDITABLE_FIELDS)
            if unknown:
                raise ApiError(f"Fields not editable: {', '.join(unknown)}", code="invalid_edit")
        elif fields:
            raise ApiError(f"action={body.action} takes no fields", code="invalid_edit")
        if the_store.get_event(event_id) is None:
            raise ApiError(f"No event {event_id}", code="not_found", status=404)
        event = the_store.review_event(event_id, action=body.action, fields=fields, user=body.user)
        return record_response(event)

    @app.post(
        "/events/{event_id}/split",
        response_model=list[Event],
        responses=_AUTH,
        tags=["review"],
    )
    def split_event(event_id: EventId, body: SplitRequest, _: Auth) -> Response:
        if the_store.get_event(event_id) is None:
            raise ApiError(f"No event {event_id}", code="not_found", status=404)
        parts = the_store.split_override(event_id, body.article_id, user=body.user)
        return record_response(parts, _EVENTS)

    @app.get("/audit", response_model=list[AuditEntry], responses=_AUTH, tags=["review"])
    def audit(
        _: Auth,
        event_id: Annotated[
            str | None, Query(min_length=1, max_length=128, pattern=ID_PATTERN)
        ] = None,
    ) -> Response:
        return record_response(the_store.audit_log(event_id), _AUDIT)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    # Outermost first: security headers wrap everything, gzip inside, CORS only when asked.
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)
    app.add_middleware(SecurityHeaders, csp=csp)
    return app


def _describe(errors: Any) -> str:
    """One line per invalid parameter, without echoing the value sent."""
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "Invalid request"
