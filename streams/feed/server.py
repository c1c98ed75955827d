"""`dyadwatch serve`: the topic views and the HTTP feed in one process."""

import contextlib
from collections.abc import Iterator

import uvicorn

from streams.feed.api import create_feed_app
from streams.feed.consumers import TopicViews
from streams.feed.state import FeedState
from streams.settings import Settings

# uvicorn closes an idle keep-alive connection after 5 s by default, the same time
# httpx keeps one pooled (aiohttp: 15 s): a client reusing it just as the server closes
# it gets "server disconnected without a response". Holding idle connections longer than
# common clients keep them closes that race; nginx's default is the same 75 s.
KEEP_ALIVE_SECONDS = 75


def server_config(app: object, host: str, port: int) -> uvicorn.Config:
    """The uvicorn settings `dyadwatch serve` runs the feed with."""
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_SECONDS
    )


@contextlib.contextmanager
def feed_views(settings: Settings, bootstrap: str) -> Iterator[tuple[FeedState, TopicViews]]:
    state = FeedState(unit=settings.indicator_unit if settings.happenings else "reports")
    views = TopicViews(settings, bootstrap, state)
    views.start()
    try:
        yield state, views
    finally:
        views.stop()


def serve(
    settings: Settings, bootstrap: str, host: str = "127.0.0.1", port: int | None = None
) -> None:
    """Run until Ctrl-C or SIGTERM."""
    with feed_views(settings, bootstrap) as (state, views):
        token = settings.feed_token.get_secret_value() if settings.feed_token else None
        origins = tuple(o.strip() for o in settings.cors_origins.split(",") if o.strip())
        app = create_feed_app(state, views.health, token=token, cors_origins=origins)
        uvicorn.Server(server_config(app, host, port or settings.web_port)).run()
