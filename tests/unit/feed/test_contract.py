"""Schemathesis: every operation of the OpenAPI document, with generated parameters,
answers as documented and never with a server error."""

import schemathesis
from hypothesis import HealthCheck, settings

from streams.feed.api import create_feed_app
from tests.unit.feed.conftest import filled_state

schema = schemathesis.openapi.from_asgi(
    "/api/openapi.json", create_feed_app(filled_state(), lambda: (True, {}))
)


@schema.exclude(path="/api/stream").parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_matches_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate()
