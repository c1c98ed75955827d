"""The exceptions dyadwatch raises on purpose.

    DyadwatchError
     ├── ConfigError        a setting from the environment is invalid
     ├── BrokerError        the embedded broker cannot start, or no broker answers
     └── FixtureError       a fixture file is unreadable or not a valid article

The CLI turns each into a one-line message and a non-zero exit code.
"""


class DyadwatchError(Exception):
    """Base of every error dyadwatch raises deliberately."""


class ConfigError(DyadwatchError):
    pass


class BrokerError(DyadwatchError):
    pass


class FixtureError(DyadwatchError):
    """`path` is the offending file; the message names the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
