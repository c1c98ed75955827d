"""How the happening rule's parameters group the fixture replay's events.

    .venv/bin/python benchmarks/happening_rules.py

Codes every fixture as an uninterrupted worker would (tests/offline.py), groups the
events with each code rule and tolerance, and prints the happenings, how many of them
more than one outlet told, and the reports behind those.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.happenings import HappeningRule, HappeningStore  # noqa: E402
from tests.conftest import FIXTURES  # noqa: E402
from tests.offline import offline_events  # noqa: E402


def main() -> None:
    events = offline_events([FIXTURES])
    gone = {e.event_id for e in events if e.status == "retracted"}
    live = [e for e in events if e.status == "asserted" and e.event_id not in gone]
    print(f"{len(live)} live events from the fixtures")
    print("codes    tolerance  happenings  told by 2+ outlets  their reports")
    for codes in ("root", "lineage"):
        for tolerance in (0, 1, 2):
            store = HappeningStore({}, {}, {}, HappeningRule(tolerance, codes))  # type: ignore[arg-type]
            latest = {}
            for event in events:
                change = store.apply(event)
                if change.happening is not None:
                    latest[change.happening.happening_id] = change.happening
            kept = [h for h in latest.values() if h.status == "asserted"]
            shared = [h for h in kept if h.outlets >= 2]
            reports = sum(h.mentions for h in shared)
            print(f"{codes:<8} {tolerance:>9}  {len(kept):>10}  {len(shared):>18}  {reports:>13}")


if __name__ == "__main__":
    main()
