"""Scoring coded events against gold records (the format of shared/eval/README.md).

Actors match on their first three characters (six for IGO codes); a gold actor
that is null or starts with `---` matches anything. Codes are compared at the
root (two digits) and in full. Matching is one to one; optional gold events
are never missed, and a prediction that matches one is not a false positive.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def _actor_matches(gold: str | None, predicted: str | None) -> bool:
    if gold is None or gold.startswith("---"):
        return True
    if predicted is None:
        return False
    width = 6 if gold.startswith("IGO") else 3
    return gold[:width] == predicted[:width]


def _event_matches(gold: dict[str, Any], predicted: dict[str, Any], level: str) -> bool:
    if not (
        _actor_matches(gold.get("source"), predicted.get("source"))
        and _actor_matches(gold.get("target"), predicted.get("target"))
    ):
        return False
    if level == "root":
        return gold["code"][:2] == predicted["code"][:2]
    return gold["code"] == predicted["code"]


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    hits: int = 0
    records_with_gold: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def hit_rate(self) -> float:
        return self.hits / self.records_with_gold if self.records_with_gold else 0.0


@dataclass
class Score:
    root: Tally = field(default_factory=Tally)
    full: Tally = field(default_factory=Tally)
    records: int = 0


def score_record(
    gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]], level: str, tally: Tally
) -> None:
    """Add one record's outcome to `tally` (greedy one-to-one matching)."""
    unused = list(range(len(predicted)))
    matched_first = False
    for number, gold in enumerate(gold_events):
        for k in unused:
            if _event_matches(gold, predicted[k], level):
                unused.remove(k)
                if not gold.get("optional"):
                    tally.true_positives += 1
                if number == 0:
                    matched_first = True
                break
        else:
            if not gold.get("optional"):
                tally.false_negatives += 1
    tally.false_positives += len(unused)
    if gold_events:
        tally.records_with_gold += 1
        tally.hits += matched_first


def score(records: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> Score:
    """`records` yields (gold events, predicted events) per record."""
    result = Score()
    for gold, predicted in records:
        result.records += 1
        score_record(gold, predicted, "root", result.root)
        score_record(gold, predicted, "full", result.full)
    return result


def report(result: Score) -> str:
    lines = [
        f"records: {result.records}",
        f"{'level':<6} {'precision':>9} {'recall':>7} {'F1':>6} {'hit rate':>9}",
    ]
    for name, tally in (("root", result.root), ("full", result.full)):
        lines.append(
            f"{name:<6} {tally.precision:>9.3f} {tally.recall:>7.3f} {tally.f1:>6.3f}"
            f" {tally.hit_rate:>9.3f}"
        )
    return "\n".join(lines)
