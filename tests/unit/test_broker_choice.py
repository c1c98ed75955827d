"""The test session's broker: configured first, then Docker, then embedded."""

import pytest

from tests import brokers


def test_configured_broker_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092")
    monkeypatch.setattr(brokers, "docker_answers", lambda: pytest.fail("Docker was asked"))
    with brokers.session_broker() as (bootstrap, kind):
        assert (bootstrap, kind) == ("kafka.example:9092", "configured")


def test_without_docker_the_embedded_broker_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(brokers, "docker_answers", lambda: False)
    with brokers.session_broker() as (bootstrap, kind):
        assert kind == "embedded"
        assert bootstrap.startswith("127.0.0.1:")
        from streams.broker import answers

        assert answers(bootstrap)


def test_docker_check_says_no_without_an_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    assert brokers.docker_answers() is False
