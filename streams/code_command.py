"""Reading records for `dyadwatch code` and `evaluate`: gold-style JSON lines or
fixture articles, each turned into a coder `Document`."""

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from streams.coding import CodedEvent, Document

MAX_TEXT_CHARS = 1_000_000


class RecordError(ValueError):
    """A record that cannot be coded; the message says which and why."""


@dataclass(frozen=True)
class Record:
    document: Document
    gold: list[dict[str, Any]]


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RecordError(f"{where}: `date` must be a string like 2019-10-09")
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise RecordError(f"{where}: `date` {value!r} is not an ISO date") from None


def to_record(data: Any, where: str) -> Record:
    """A gold record (`id`, `text`, `date`) or an Article (`id`, `body`, `published`)."""
    if not isinstance(data, dict):
        raise RecordError(f"{where}: expected a JSON object, got {type(data).__name__}")
    ident = data.get("id")
    text = data.get("text", data.get("body"))
    if not isinstance(ident, str | int) or ident == "":
        raise RecordError(f"{where}: missing `id`")
    if not isinstance(text, str):
        raise RecordError(f"{where}: record {ident}: missing `text` (or `body`) string")
    if len(text) > MAX_TEXT_CHARS:
        raise RecordError(f"{where}: record {ident}: text longer than {MAX_TEXT_CHARS} chars")
    published = _date(data.get("date", data.get("published")), where)
    gold = data.get("events") or []
    document = Document(
        str(ident), text, published, str(data.get("title", "")), str(data.get("outlet", ""))
    )
    return Record(document, gold if isinstance(gold, list) else [])


def _parse(text: str, where: str) -> Record | RecordError:
    try:
        return to_record(json.loads(text), where)
    except json.JSONDecodeError as exc:
        return RecordError(f"{where}: not valid JSON: {exc.msg}")
    except RecordError as exc:
        return exc


def read_records(stream: IO[str], name: str) -> Iterator[Record | RecordError]:
    """Records from JSON lines, or from one JSON document (a fixture file).
    A bad record is yielded as a `RecordError` so the rest still get coded."""
    text = stream.read()
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n{" not in stripped:
        yield _parse(stripped, name)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield _parse(line, f"{name}:{number}")


def open_input(path: str) -> tuple[IO[str], str]:
    if path == "-":
        import sys

        return sys.stdin, "<stdin>"
    return Path(path).open(encoding="utf-8", errors="replace"), path


def event_line(record_id: str, event: CodedEvent) -> dict[str, Any]:
    source, target = event.source, event.target
    return {
        "record_id": record_id,
        "source": source.code if source else None,
        "target": target.code if target else None,
        "code": event.code,
        **{k: v for k, v in event.as_dict().items() if k not in ("source", "target", "code")},
        "source_text": source.text if source else None,
        "target_text": target.text if target else None,
    }
