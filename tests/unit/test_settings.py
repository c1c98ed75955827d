from pathlib import Path

import pytest

from streams.errors import ConfigError
from streams.settings import KafkaSettings, load_settings


def test_defaults_need_no_environment() -> None:
    settings = load_settings()
    assert settings.kafka.bootstrap_servers is None  # -> embedded broker
    assert settings.topics.articles == "articles"
    assert settings.topics.dead_letters == "articles.dlq"
    assert settings.topics.partitions == 4


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9093")
    monkeypatch.setenv("DYADWATCH_TOPIC_PARTITIONS", "8")
    monkeypatch.setenv("DYADWATCH_TOPIC_EVENTS", "prod.events")
    settings = load_settings()
    assert settings.kafka.bootstrap_servers == "k1:9092,k2:9093"
    assert settings.topics.partitions == 8
    assert settings.topics.events == "prod.events"


@pytest.mark.parametrize(
    ("name", "value", "named"),
    [
        ("DYADWATCH_TOPIC_PARTITIONS", "many", "DYADWATCH_TOPIC_PARTITIONS"),
        ("DYADWATCH_TOPIC_PARTITIONS", "0", "DYADWATCH_TOPIC_PARTITIONS"),
        ("DYADWATCH_WEB_PORT", "70000", "DYADWATCH_WEB_PORT"),
        ("DYADWATCH_TOPIC_ARTICLES", "has space", "DYADWATCH_TOPIC_ARTICLES"),
        ("KAFKA_BOOTSTRAP_SERVERS", "no-port", "KAFKA_BOOTSTRAP_SERVERS"),
        ("KAFKA_SECURITY_PROTOCOL", "TLS", "KAFKA_SECURITY_PROTOCOL"),
        ("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_USERNAME"),
        ("KAFKA_SSL_CAFILE", "/nonexistent/ca.pem", "KAFKA_SSL_CAFILE"),
    ],
)
def test_bad_value_is_named(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, named: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert named in str(info.value)


def test_every_bad_variable_is_reported_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADWATCH_WEB_PORT", "0")
    monkeypatch.setenv("DYADWATCH_TOPIC_PARTITIONS", "x")
    with pytest.raises(ConfigError) as info:
        load_settings()
    message = str(info.value)
    assert "DYADWATCH_WEB_PORT" in message and "DYADWATCH_TOPIC_PARTITIONS" in message


def test_sasl_settings_map_to_kafka_python(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "analyst")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "s3cret")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", str(ca))
    kafka = KafkaSettings()
    assert "s3cret" not in repr(kafka)
    assert kafka.kafka_python_kwargs() == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "analyst",
        "sasl_plain_password": "s3cret",
        "ssl_cafile": str(ca),
    }


def test_security_settings_map_consistently_to_faust(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import faust

    from streams.app import faust_security

    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "analyst")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "s3cret")
    settings = load_settings()
    credentials = faust_security(settings)["broker_credentials"]
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.username, credentials.password) == ("analyst", "s3cret")
    assert (
        str(credentials.mechanism.value) == settings.kafka.kafka_python_kwargs()["sasl_mechanism"]
    )
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    assert faust_security(load_settings()) == {}


def test_feed_token_and_cors_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADWATCH_FEED_TOKEN", "short")
    with pytest.raises(ConfigError, match="DYADWATCH_FEED_TOKEN"):
        load_settings()
    monkeypatch.setenv("DYADWATCH_FEED_TOKEN", "a-long-enough-token-123")
    monkeypatch.setenv("DYADWATCH_CORS_ORIGINS", "https://a.example, https://b.example")
    settings = load_settings()
    assert "a-long-enough" not in repr(settings)
    assert settings.cors_origins.split(",")[1].strip() == "https://b.example"
