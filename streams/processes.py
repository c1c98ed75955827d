"""Child processes that do not outlive dyadwatch."""

import contextlib
import ctypes
import os
import signal
import subprocess
from typing import Any


def die_with_parent(parent: int | None = None) -> None:
    """Ask Linux to SIGTERM this process when its parent dies (elsewhere: nothing), and
    leave at once if `parent` has already gone."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def stop_process(process: "subprocess.Popen[Any]", timeout: float = 30.0) -> None:
    """SIGTERM, then SIGKILL if it has not ended within `timeout` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
