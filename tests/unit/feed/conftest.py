from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from streams.feed.api import create_feed_app
from streams.feed.state import FeedState
from streams.fixtures import load_fixtures
from tests.conftest import FIXTURES
from tests.offline import offline_events, offline_grouped, recompute


def filled_state() -> FeedState:
    """A feed state as the topic views would build it from a fixture replay."""
    state = FeedState()
    for article in load_fixtures([FIXTURES]).articles:
        state.add_article(article)
    events, happenings = offline_grouped(offline_events([FIXTURES]))
    for event in events:
        state.add_event(event)
    for happening in happenings.values():
        state.add_happening(happening)
    for update in recompute(events).values():
        state.add_indicator(update)
    return state


@pytest.fixture(scope="session")
def state() -> FeedState:
    return filled_state()


@pytest.fixture
def client(state: FeedState) -> Iterator[TestClient]:
    app = create_feed_app(state, lambda: (True, {"events": 0}))
    with TestClient(app) as test_client:
        yield test_client
