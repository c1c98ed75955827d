"""Poison input on the ingest path: whatever arrives, the agent carries on, every bad
message becomes a dead letter with a reason, and every good one is coded."""

import asyncio
import contextlib
import json
from collections import defaultdict
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import DeadLetter, Event
from streams.app import build_pipeline
from streams.coding_pool import CodingPool
from streams.ingest import IngestError, decode_article
from streams.settings import load_settings
from tests.conftest import until

GOOD = {
    "id": "good",
    "outlet": "Wire",
    "title": "t",
    "body": "Germany praised France on Monday.",
    "published": "2025-01-07T10:00:00+09:00",
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)
poison = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.integers(1, 100_000).map(lambda n: b"[" * n + b"]" * n),
    st.fixed_dictionaries({}, optional={k: json_values for k in GOOD}).map(
        lambda d: json.dumps(d).encode()
    ),
    st.sampled_from(
        ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2025-02-30", "1e308", "", "now"]
    ).map(lambda p: json.dumps({**GOOD, "published": p}).encode()),
    st.just(json.dumps({**GOOD, "body": "a" * 10_000_000}).encode()),
)


@given(poison)
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
def test_decoding_raises_only_ingest_errors(raw: bytes) -> None:
    try:
        decode_article(raw)
    except IngestError as exc:
        assert exc.errors and exc.error_type in {"empty_message", "invalid_json", "invalid_article"}


IN_PROCESS = CodingPool(0)
"""Coding in the test's process, one coder for every example: the agent is under test
here; tests/unit/test_coding_pool.py tests the coding processes."""


@given(st.lists(poison, min_size=1, max_size=8))
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_agent_dead_letters_poison_and_codes_the_good_around_it(batch: list[bytes]) -> None:
    built = build_pipeline(
        load_settings(), "127.0.0.1:1", app_id="poison", store="memory://", coding=IN_PROCESS
    )
    sent: dict[str, list[bytes]] = defaultdict(list)
    for name, topic in built.outputs.items():

        async def capture(*, key: bytes, value: bytes, _name: str = name, **_: Any) -> None:
            sent[_name].append(value)

        topic.send = capture
    valid = []
    for raw in batch:
        with contextlib.suppress(IngestError):
            valid.append(decode_article(raw))

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            for n, raw in enumerate(batch):
                await agent.put(raw, key=f"p{n}".encode())
                good = json.dumps({**GOOD, "id": f"good{n}"}).encode()
                await agent.put(good, key=f"good{n}".encode())
            await until(lambda: f"good{len(batch) - 1}" in built.articles_seen)

    asyncio.run(scenario())
    letters = [DeadLetter.model_validate_json(v) for v in sent["dead_letters"]]
    assert len(letters) == len(batch) - len(valid)
    assert all(letter.errors and letter.error_type for letter in letters)
    coded = {Event.model_validate_json(v).article_id for v in sent["coded"]}
    assert {f"good{n}" for n in range(len(batch))} <= coded
