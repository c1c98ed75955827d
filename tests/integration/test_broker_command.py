"""`dyadwatch broker`: starts, announces itself, refuses a busy port, stops on signals."""

import os
import re
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from streams.broker import answers, running_broker
from tests.integration.pipeline_helpers import DYADWATCH, free_port


def start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DYADWATCH_RUNTIME_DIR": str(tmp_path)}
    return subprocess.Popen(
        [*DYADWATCH, "broker", *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def announced_bootstrap(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"KAFKA_BOOTSTRAP_SERVERS=(\S+)", line)
    assert match, f"no address announced: {line!r}"
    return match.group(1)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_broker_announces_address_and_stops_cleanly(tmp_path: Path, signum: int) -> None:
    process = start(tmp_path, "--port", str(free_port()))
    try:
        bootstrap = announced_bootstrap(process)
        assert answers(bootstrap)
        assert running_broker(tmp_path / "broker.json") == bootstrap
        process.send_signal(signum)
        assert process.wait(timeout=15) == 0
        assert not answers(bootstrap), "the tansu child outlived its parent"
        assert not (tmp_path / "broker.json").exists()
    finally:
        process.kill()


def test_explicit_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = start(tmp_path, "--port", str(port))
        _, err = process.communicate(timeout=15)
    assert process.returncode == 2
    assert f"port {port}" in err and "already in use" in err
