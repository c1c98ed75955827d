"""Deferred table writes: what a batch writes reaches the table once, at its end."""

from typing import Any

import pytest
from faust.streams import current_event

from streams.table_writes import BatchWrites, handling


class Message:
    """A stand-in for a Faust stream event: `handling` only needs a weak reference."""

    def __init__(self, name: str) -> None:
        self.name = name


class RecordingTable(dict[str, Any]):
    """A dict that logs each write and deletion with the stream event current then."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.log: list[tuple[str, str, Any, str | None]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.log.append(("set", key, value, _current()))
        super().__setitem__(key, value)

    def pop(self, key: str, default: Any = None) -> Any:
        self.log.append(("del", key, None, _current()))
        return super().pop(key, default)


def _current() -> str | None:
    event = current_event()
    return event.name if event is not None else None


def test_a_batch_writes_each_key_once_with_its_last_value_under_its_last_event() -> None:
    table = RecordingTable({"kept": 1})
    writes = BatchWrites()
    deferred = writes.defer(table)
    first, second = Message("first"), Message("second")
    with handling(first):
        deferred["pair"] = 1
        deferred["other"] = "x"
    with handling(second):
        deferred["pair"] = deferred["pair"] + 1
    assert deferred["pair"] == 2 and deferred.get("kept") == 1  # reads see the batch
    assert table.log == [] and "pair" not in table

    writes.flush()
    assert sorted(table.log) == [("set", "other", "x", "first"), ("set", "pair", 2, "second")]
    assert table == {"kept": 1, "pair": 2, "other": "x"}
    writes.flush()
    assert len(table.log) == 2  # nothing left to write


def test_deletions_wait_for_the_flush_and_hide_the_key_until_then() -> None:
    table = RecordingTable({"a": 1, "b": 2})
    writes = BatchWrites()
    deferred = writes.defer(table)
    with handling(Message("m")):
        del deferred["a"]
        assert deferred.pop("b") == 2
        assert deferred.pop("b", "none") == "none"
        with pytest.raises(KeyError):
            del deferred["a"]
        deferred["b"] = 3  # written again after its deletion
    assert "a" not in deferred and deferred.get("a") is None and deferred["b"] == 3
    with pytest.raises(KeyError):
        deferred["a"]
    writes.flush()
    assert table == {"b": 3}
    assert sorted(table.log) == [("del", "a", None, "m"), ("set", "b", 3, "m")]


def test_discard_drops_what_a_failed_batch_left_in_every_table() -> None:
    first, second = RecordingTable(), RecordingTable()
    writes = BatchWrites()
    one, two = writes.defer(first), writes.defer(second)
    with handling(Message("m")):
        one["x"], two["y"] = 1, 2
    writes.discard()
    writes.flush()
    assert first == {} and second == {} and first.log == second.log == []


def test_writes_made_outside_a_stream_are_flushed_outside_one() -> None:
    table = RecordingTable()
    writes = BatchWrites()
    writes.defer(table)["k"] = "v"
    writes.flush()
    assert table.log == [("set", "k", "v", None)]
