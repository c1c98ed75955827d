"""Running the Faust worker from the settings, on the embedded broker if none is set."""

import faust

from streams.app import build_pipeline
from streams.broker import bootstrap_servers
from streams.kafka_clients import make_admin
from streams.settings import Settings
from streams.topics import create_topics, product_topics


def run_worker(settings: Settings, *, store: str, loglevel: str = "info") -> None:
    """Create the topics if missing, then run until SIGINT or SIGTERM."""
    with bootstrap_servers(
        settings.kafka.bootstrap_servers, settings.broker_state_file
    ) as bootstrap:
        admin = make_admin(settings.kafka, bootstrap)
        try:
            create_topics(admin, product_topics(settings.topics))
        finally:
            admin.close()
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        pipeline = build_pipeline(settings, bootstrap, store=store)
        faust.Worker(pipeline.app, loglevel=loglevel).execute_from_commandline()
