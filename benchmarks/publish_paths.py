"""CPU per record of four ways a Faust agent can publish, in one worker process.

    .venv/bin/python benchmarks/publish_paths.py [--records 30000] [--rounds 3] [--chunk 500]

Inside a running Faust app on the embedded broker (or KAFKA_BOOTSTRAP_SERVERS), sends
`--records` 420-byte records with keys like the indicators topic's, alternately through
Faust's `Topic.send`, through `streams.outputs.ProducerTopic` (the topic class the
worker uses, so its tables' changelogs) and through `streams.outputs.Output` (the
producer itself) one record at a time and `--chunk` records at a time (`send_all`, one
record batch per partition, as the indicator agent publishes a batch), and prints the
process CPU time per record of each (best of `--rounds`) and their ratios to
`Output.send`.
"""

import argparse
import logging
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faust

from streams.broker import EmbeddedBroker
from streams.kafka_clients import make_admin
from streams.outputs import Output, ProducerTopic
from streams.settings import KafkaSettings
from streams.topics import TopicSpec, create_topics

VALUE = b"x" * 420


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=500)
    args = parser.parse_args()
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    broker = None if configured else EmbeddedBroker(port=0)
    bootstrap = configured or broker.start()  # type: ignore[union-attr]
    try:
        run(bootstrap, args.records, args.rounds, args.chunk, broker)
    finally:
        if broker:
            broker.stop()


def run(
    bootstrap: str, records: int, rounds: int, chunk: int, broker: EmbeddedBroker | None
) -> None:
    tag = uuid.uuid4().hex[:8]
    topic_name = f"publish-paths-{tag}"
    admin = make_admin(KafkaSettings(), bootstrap)
    create_topics(admin, [TopicSpec(topic_name, 4, 1)])
    admin.close()
    app = faust.App(
        f"publish-paths-{tag}",
        broker=f"dyadwatch://{bootstrap}",
        store="memory://",
        web_enabled=False,
        producer_acks=-1,
    )
    raw = {"key_type": bytes, "value_type": bytes, "value_serializer": "raw"}
    output = Output(app, topic_name)
    paths = {
        "Topic.send": app.topic(topic_name, **raw).send,
        "ProducerTopic.send": ProducerTopic(app, topics=[topic_name], **raw).send,
        "Output.send": output.send,
        "Output.send_all": output.send_all,
    }
    keys = [f"PAIR{n % 570}|directed|7".encode() for n in range(records)]
    best: dict[str, float] = {}

    async def publish(name: str) -> None:
        send = paths[name]
        started = time.process_time()
        if name == "Output.send_all":
            for first in range(0, records, chunk):
                await output.send_all([(key, VALUE) for key in keys[first : first + chunk]])
        else:
            for key in keys:
                await send(key=key, value=VALUE)
        await app.producer.flush()
        per_record = (time.process_time() - started) / records
        best[name] = min(per_record, best.get(name, per_record))

    @app.task
    async def measure() -> None:
        for _ in range(rounds):
            for name in paths:
                await publish(name)
        print(
            f"{records} records of {len(VALUE)} bytes, best of {rounds} rounds, "
            f"send_all {chunk} at a time"
        )
        for name, seconds in best.items():
            print(f"  {name:18} {seconds * 1e6:6.1f} us CPU per record")
        for name in ("Topic.send", "ProducerTopic.send", "Output.send_all"):
            print(f"  ratio {name} / Output.send: {best[name] / best['Output.send']:.1f}")
        sys.stdout.flush()
        logging.disable(logging.CRITICAL)  # the clients would report the broker going away
        if broker:
            broker.stop()
        os._exit(0)  # the figures are out: skip Faust's slow shutdown of its consumer group

    worker = faust.Worker(app, loglevel="error", redirect_stdouts=False)
    worker.spinner = None
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
