"""`dyadwatch export`: read the product's topics (or a running feed) and write a file."""

import sys
import urllib.error
import urllib.parse
import urllib.request
from typing import IO, Any

from pydantic import BaseModel, ValidationError
from tqdm import tqdm

from schemas import Event, Happening, IndicatorUpdate
from streams.errors import DyadwatchError
from streams.export import (
    Format,
    Kind,
    Selection,
    event_rows,
    happening_rows,
    indicator_rows,
    write,
)
from streams.kafka_clients import latest_by_key, read_to_end
from streams.settings import Settings


def _latest(records: list[Any], model: type[BaseModel], what: str) -> dict[str, Any]:
    """A compacted topic's view: the last readable value of each key."""
    shown = tqdm(records, desc=f"reading {what}", unit="rec", disable=None, file=sys.stderr)
    return latest_by_key(shown, model, skip_invalid=True)  # a foreign record: nothing to export


def _events(records: list[Any]) -> list[Event]:
    events = []
    for record in tqdm(records, desc="reading events", unit="rec", disable=None, file=sys.stderr):
        try:
            events.append(Event.model_validate_json(record.value))
        except ValidationError:
            continue
    return events


def from_topics(
    settings: Settings, bootstrap: str, kind: Kind, chosen: Selection, form: Format, out: IO[bytes]
) -> int:
    """Export `kind` read from the topics to their end now; how many rows."""
    topics = settings.topics

    def read(topic: str) -> list[Any]:
        return read_to_end(settings.kafka, bootstrap, topic)

    if kind == "indicators":
        updates = _latest(read(topics.indicators), IndicatorUpdate, "indicators")
        rows = indicator_rows(updates.values(), chosen)
    else:
        happenings = _latest(read(topics.happenings), Happening, "happenings")
        if kind == "happenings":
            rows = happening_rows(happenings.values(), chosen)
        else:
            rows = event_rows(_events(read(topics.events)), happenings, chosen)
    return write(rows, kind, form, out)


def from_feed(url: str, kind: Kind, chosen: Selection, form: Format, out: IO[bytes]) -> int:
    """Export through a running feed's /api/export; how many bytes."""
    query = {"kind": kind, "format": form}
    query |= {k: str(v) for k, v in vars(chosen).items() if v is not None}
    address = f"{url.rstrip('/')}/api/export?{urllib.parse.urlencode(query)}"
    try:
        with urllib.request.urlopen(address, timeout=60) as response:
            size = 0
            while chunk := response.read(1 << 16):
                out.write(chunk)
                size += len(chunk)
            return size
    except urllib.error.HTTPError as exc:
        raise DyadwatchError(
            f"{address}: {exc.code} {exc.read().decode(errors='replace')}"
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        raise DyadwatchError(f"cannot reach the feed at {url}: {exc}") from None
