"""Running the Faust worker from the settings, on the embedded broker if none is set."""

import logging
import time

import faust
from kafka.errors import KafkaError

from streams.app import build_pipeline
from streams.broker import bootstrap_for
from streams.coding import parser
from streams.settings import Settings
from streams.topics import ensure_topics

log = logging.getLogger("dyadwatch.worker")


def create_topics_when_reachable(
    settings: Settings, bootstrap: str, *, first_wait: float = 0.5, longest_wait: float = 10.0
) -> None:
    """Create the topics, retrying with exponential backoff until the broker answers."""
    wait = first_wait
    while True:
        try:
            ensure_topics(settings, bootstrap, bootstrap_timeout_ms=3000)
            return
        except KafkaError as exc:
            log.warning(
                "broker %s unreachable (%s); retrying in %.1fs", bootstrap, type(exc).__name__, wait
            )
            time.sleep(wait)
            wait = min(wait * 2, longest_wait)


def run_worker(settings: Settings, *, store: str, loglevel: str = "info") -> None:
    """Create the topics if missing, then run until SIGINT or SIGTERM."""
    parser.model_name()  # a missing spaCy model stops the worker here, not in its coder
    with bootstrap_for(settings) as bootstrap:
        logging.basicConfig(level=loglevel.upper(), format="[%(asctime)s] %(message)s")
        logging.getLogger("kafka").setLevel(logging.ERROR)  # its retries are ours to report
        create_topics_when_reachable(settings, bootstrap)
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        pipeline = build_pipeline(settings, bootstrap, store=store)
        worker = faust.Worker(pipeline.app, loglevel=loglevel)
        # Faust's terminal spinner sets the root logger to DEBUG at loglevel warning and
        # above, so every debug record in aiokafka and Faust gets built: 10% of the CPU
        worker.spinner = None
        worker.execute_from_commandline()
