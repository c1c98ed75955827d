"""The feed's HTTP API and page. Read-only: every route is a GET.

/api/pairs                  current indicators of every pair (filter, sort, window)
/api/pairs/{a}/{b}          daily series of one pair
/api/pairs/{a}/{b}/chart.svg, /sparkline.svg
/api/events                 events with provenance and the happening each reports
/api/events.geojson         the same events with a place, as GeoJSON points
/api/map/world.svg          country outlines for the dashboard's map
/api/export                 events, happenings or indicators as CSV, JSON lines, Parquet
/api/alerts, /api/health, /api/stream (server-sent events)
/api/openapi.json           the contract; /  the dashboard page
"""

import asyncio
import datetime as dt
import hmac
import io
import json
from collections.abc import AsyncIterator, Callable
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from schemas import Alert, Event, Happening, IndicatorUpdate
from streams.coding.dictionaries import actor_names
from streams.export import Selection, event_rows, happening_rows, indicator_rows, write
from streams.feed.state import ArticleInfo, FeedState
from streams.feed.svg import pair_chart, sparkline, world_outline
from streams.geojson import MEDIA_TYPE, feature_collection

STATIC = Path(__file__).parent / "static"
Actor = Annotated[str, PathParam(pattern=r"^[A-Za-z]{3,6}$", description="Actor root, e.g. USA")]
Direction = Literal["directed", "undirected"]


Day = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="YYYY-MM-DD",
        json_schema_extra={"format": "date"},
    ),
]
"""A calendar day in a query; validated as a date by the route (422 if it is none)."""
PairQuery = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,6}-[A-Za-z]{3,6}$")]
CodeQuery = Annotated[str | None, Query(pattern=r"^[0-2][0-9]{1,3}$")]
EventLimit = Annotated[int, Query(ge=1, le=1000)]


class Window(IntEnum):
    """Window length in days (an enum, so "7" in a query string validates)."""

    week = 7
    month = 30
    quarter = 90


class PairsResponse(BaseModel):
    window: int
    direction: str
    pairs: list[IndicatorUpdate]
    names: dict[str, str] = Field(description="Actor code -> name, for the pairs' actors.")


class SeriesResponse(BaseModel):
    pair: str
    direction: str
    window: int
    series: list[IndicatorUpdate]


class ArticleRef(BaseModel):
    id: str
    title: str | None
    outlet: str | None


class EventWithArticle(BaseModel):
    event: Event
    article: ArticleRef
    happening: Happening | None = Field(
        None, description="The act this event reports, with every report of it."
    )


class EventsResponse(BaseModel):
    events: list[EventWithArticle]


class AlertsResponse(BaseModel):
    alerts: list[Alert]


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    broker_reachable: bool
    consumer_lag: dict[str, int]
    pairs: int
    events: int


def _pair(a: str, b: str, direction: str) -> str:
    a, b = a.upper(), b.upper()
    return f"{a}-{b}" if direction == "directed" else "-".join(sorted((a, b)))


def create_feed_app(
    state: FeedState,
    health: Callable[[], tuple[bool, dict[str, int]]],
    *,
    token: str | None = None,
    cors_origins: tuple[str, ...] = (),
) -> FastAPI:
    """The feed. With `token`, every /api route needs `Authorization: Bearer <token>`
    (or `?token=`, for EventSource and images, which cannot send headers). CORS is
    closed unless `cors_origins` names the origins allowed to read it."""
    app = FastAPI(
        title="dyadwatch feed",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        description="Read-only indicators, events and alerts of dyadwatch.",
    )

    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET"],
            allow_headers=["Authorization"],
        )

    @app.middleware("http")
    async def require_token(request: Request, call_next: Any) -> Any:
        if token and request.url.path.startswith("/api/") and request.method != "OPTIONS":
            header = request.headers.get("authorization", "")
            given = (
                header[7:]
                if header.lower().startswith("bearer ")
                else request.query_params.get("token", "")
            )
            if not hmac.compare_digest(given.encode(), token.encode()):
                return JSONResponse(
                    {"error": "missing or wrong bearer token"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
        return await call_next(request)

    @app.exception_handler(HTTPException)
    async def json_errors(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)

    def series_or_404(
        a: str, b: str, direction: str, window: Window, days: int
    ) -> tuple[str, list[IndicatorUpdate]]:
        pair = _pair(a, b, direction)
        series = state.series(pair, direction, int(window), days)
        if not series:
            raise HTTPException(404, f"no indicators for {pair} ({direction})")
        return pair, series

    @app.get("/api/pairs", response_model=PairsResponse)
    def pairs(
        window: Window = Window.month,
        direction: Direction = "undirected",
        actor: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,6}$")] = None,
        sort: Literal["tension_low", "tension", "engagement", "trend"] = "tension_low",
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> PairsResponse:
        """Current indicators of every pair, sorted (by default on `tension_low`, tension
        discounted for little evidence), optionally only those with `actor`."""
        found = state.pairs(
            window=window,
            direction=direction,
            actor=actor.upper() if actor else None,
            sort=sort,
            limit=limit,
        )
        names = actor_names()
        actors = {actor for update in found for actor in update.pair.split("-")}
        return PairsResponse(
            window=int(window),
            direction=direction,
            pairs=found,
            names={a: names[a] for a in sorted(actors) if a in names},
        )

    @app.get(
        "/api/pairs/{a}/{b}",
        response_model=SeriesResponse,
        responses={404: {"description": "No such pair"}},
    )
    def pair_series(
        a: Actor,
        b: Actor,
        window: Window = Window.month,
        direction: Direction = "undirected",
        days: Annotated[int, Query(ge=1, le=730)] = 90,
    ) -> SeriesResponse:
        """The pair's indicator for each of the last `days` days up to its latest event."""
        pair, series = series_or_404(a, b, direction, window, days)
        return SeriesResponse(pair=pair, direction=direction, window=int(window), series=series)

    @app.get(
        "/api/pairs/{a}/{b}/chart.svg",
        response_class=Response,
        responses={200: {"content": {"image/svg+xml": {}}}, 404: {}},
    )
    def chart(
        a: Actor,
        b: Actor,
        window: Window = Window.month,
        direction: Direction = "undirected",
        days: Annotated[int, Query(ge=2, le=730)] = 90,
    ) -> Response:
        pair, series = series_or_404(a, b, direction, window, days)
        return Response(pair_chart(pair, series), media_type="image/svg+xml")

    @app.get(
        "/api/pairs/{a}/{b}/sparkline.svg",
        response_class=Response,
        responses={200: {"content": {"image/svg+xml": {}}}, 404: {}},
    )
    def spark(
        a: Actor,
        b: Actor,
        window: Window = Window.month,
        direction: Direction = "undirected",
        days: Annotated[int, Query(ge=2, le=365)] = 60,
    ) -> Response:
        _, series = series_or_404(a, b, direction, window, days)
        return Response(sparkline(series), media_type="image/svg+xml")

    def find_events(
        pair: PairQuery = None,
        since: Day = None,
        code: CodeQuery = None,
        limit: EventLimit = 50,
    ) -> list[tuple[Event, ArticleInfo | None, Happening | None]]:
        """The filters /api/events and /api/events.geojson share (a FastAPI dependency)."""
        try:
            day = dt.date.fromisoformat(since) if since else None
        except ValueError:
            raise HTTPException(422, f"since={since!r} is not a calendar date") from None
        return state.find_events(
            pair=pair.upper() if pair else None, since=day, code=code, limit=limit
        )

    Found = Annotated[
        list[tuple[Event, ArticleInfo | None, Happening | None]], Depends(find_events)
    ]

    @app.get("/api/events", response_model=EventsResponse)
    def events(found: Found) -> EventsResponse:
        """Events, newest first, with the sentence and spans that produced them."""
        return EventsResponse(
            events=[
                EventWithArticle(
                    event=e,
                    article=ArticleRef(
                        id=e.article_id,
                        title=info.title if info else None,
                        outlet=info.outlet if info else e.outlet,
                    ),
                    happening=happening,
                )
                for e, info, happening in found
            ]
        )

    @app.get(
        "/api/events.geojson",
        response_class=Response,
        responses={200: {"content": {MEDIA_TYPE: {}}}},
    )
    def events_geojson(found: Found) -> Response:
        """The events /api/events lists that have a place, as a GeoJSON FeatureCollection
        of points (RFC 7946; QGIS and kepler.gl open it). `unplaced` counts the others."""
        body = json.dumps(feature_collection(e for e, _, _ in found), ensure_ascii=False)
        return Response(body, media_type=MEDIA_TYPE)

    @app.get(
        "/api/map/world.svg",
        response_class=Response,
        responses={200: {"content": {"image/svg+xml": {}}}},
    )
    def world() -> Response:
        """Country outlines (Natural Earth 1:110m) in the map's projection."""
        return Response(
            world_outline(), media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"}
        )

    @app.get(
        "/api/export",
        response_class=Response,
        responses={
            200: {
                "content": {
                    "text/csv": {},
                    "application/x-ndjson": {},
                    "application/vnd.apache.parquet": {},
                }
            }
        },
    )
    def export(
        kind: Literal["events", "happenings", "indicators"] = "events",
        since: Day = None,
        until: Day = None,
        pair: PairQuery = None,
        format: Literal["csv", "jsonl", "parquet"] = "csv",
    ) -> Response:
        """What `dyadwatch export` writes, from what the feed holds (README, "Export")."""
        try:
            chosen = Selection(
                dt.date.fromisoformat(since) if since else None,
                dt.date.fromisoformat(until) if until else None,
                pair.upper() if pair else None,
            )
        except ValueError:
            raise HTTPException(422, "since and until must be calendar dates") from None
        out = io.BytesIO()
        with state.lock:  # copied, so the consumers wait only for the copy
            events, updates = list(state.events.values()), list(state.indicators.values())
            happenings = dict(state.happenings)
        if kind == "events":
            rows = event_rows(events, happenings, chosen)
        elif kind == "happenings":
            rows = happening_rows(happenings.values(), chosen)
        else:
            rows = indicator_rows(updates, chosen)
        write(rows, kind, format, out)
        media = {"csv": "text/csv", "jsonl": "application/x-ndjson"}
        return Response(
            out.getvalue(),
            media_type=media.get(format, "application/vnd.apache.parquet"),
            headers={"Content-Disposition": f'attachment; filename="{kind}.{format}"'},
        )

    @app.get("/api/alerts", response_model=AlertsResponse)
    def alerts(limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> AlertsResponse:
        return AlertsResponse(alerts=state.recent_alerts(limit))

    @app.get("/api/health", response_model=Health)
    def health_check() -> Health:
        reachable, lag = health()
        return Health(
            status="ok" if reachable else "degraded",
            broker_reachable=reachable,
            consumer_lag=lag,
            pairs=len(state.indicators),
            events=len(state.events),
        )

    @app.get(
        "/api/stream",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {}}}},
    )
    async def stream(request: Request) -> StreamingResponse:
        """Server-sent events: `indicator` and `alert` as they happen."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue(maxsize=1000)

        def listener(kind: str, data: dict[str, Any]) -> None:
            def put() -> None:
                if queue.full():
                    queue.get_nowait()  # a slow client loses the oldest, never the server
                queue.put_nowait((kind, data))

            loop.call_soon_threadsafe(put)

        async def events_out() -> AsyncIterator[str]:
            state.listeners.append(listener)
            try:
                yield ": connected\n\n"
                while not await request.is_disconnected():
                    try:
                        kind, data = await asyncio.wait_for(queue.get(), timeout=15)
                    except TimeoutError:
                        yield ": keep-alive\n\n"
                        continue
                    yield f"event: {kind}\ndata: {json.dumps(data)}\n\n"
            finally:
                state.listeners.remove(listener)

        return StreamingResponse(
            events_out(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
        )

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
