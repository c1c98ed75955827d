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


def share(part: float, whole: float) -> float:
    """part / whole, 0 when there is no whole."""
    return part / whole if whole else 0.0


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    hits: int = 0
    records_with_gold: int = 0

    @property
    def precision(self) -> float:
        return share(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return share(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return share(2 * p * r, p + r)

    @property
    def hit_rate(self) -> float:
        return share(self.hits, self.records_with_gold)


@dataclass
class Score:
    root: Tally = field(default_factory=Tally)
    full: Tally = field(default_factory=Tally)
    records: int = 0
    first_right: int = 0
    """Records whose first predicted event has the root of their first gold event."""

    @property
    def first_event_accuracy(self) -> float:
        return share(self.first_right, self.root.records_with_gold)


def pair_up(
    gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]], level: str
) -> tuple[list[int | None], list[int]]:
    """Greedy one-to-one matching: for each gold event the index of the prediction it
    matched (or None), and the indices of the predictions left unmatched. Required gold
    events choose first, so an optional reading listed before them cannot take the
    prediction they need."""
    unused = list(range(len(predicted)))
    matched: list[int | None] = [None] * len(gold_events)
    order = sorted(range(len(gold_events)), key=lambda i: bool(gold_events[i].get("optional")))
    for i in order:
        k = next((k for k in unused if _event_matches(gold_events[i], predicted[k], level)), None)
        if k is not None:
            unused.remove(k)
        matched[i] = k
    return matched, unused


def score_record(
    gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]], level: str, tally: Tally
) -> None:
    """Add one record's outcome to `tally`."""
    matched, unused = pair_up(gold_events, predicted, level)
    for gold, k in zip(gold_events, matched, strict=True):
        if not gold.get("optional"):
            if k is None:
                tally.false_negatives += 1
            else:
                tally.true_positives += 1
    tally.false_positives += len(unused)
    if gold_events:
        tally.records_with_gold += 1
        tally.hits += matched[0] is not None


def score(records: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> Score:
    """`records` yields (gold events, predicted events) per record."""
    result = Score()
    for gold, predicted in records:
        result.records += 1
        score_record(gold, predicted, "root", result.root)
        score_record(gold, predicted, "full", result.full)
        if gold and predicted and predicted[0]["code"][:2] == gold[0]["code"][:2]:
            result.first_right += 1
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
    lines.append(f"first event's root right: {result.first_event_accuracy:.3f}")
    return "\n".join(lines)


ERROR_CLASSES = (
    "missed",
    "spurious",
    "wrong source",
    "wrong target",
    "wrong source and target",
    "wrong code",
)


@dataclass(frozen=True)
class CodingError:
    """One mistake at the root level: `gold` or `predicted` is None for a miss or a
    spurious event."""

    kind: str
    gold: dict[str, Any] | None
    predicted: dict[str, Any] | None

    @property
    def root(self) -> str:
        return (self.gold or self.predicted or {}).get("code", "")[:2]


def classify(
    gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> list[CodingError]:
    """The root-level mistakes of one record, each wrong prediction paired with the gold
    event it most likely meant: same root with a wrong actor, or right actors with a
    wrong root; what stays unpaired is missed or spurious."""
    matched, unused = pair_up(gold_events, predicted, "root")
    unmatched = [
        gold
        for gold, k in zip(gold_events, matched, strict=True)
        if k is None and not gold.get("optional")
    ]
    errors = []
    for gold in unmatched:
        for k in unused:
            kind = _near_miss(gold, predicted[k])
            if kind:
                unused.remove(k)
                errors.append(CodingError(kind, gold, predicted[k]))
                break
        else:
            errors.append(CodingError("missed", gold, None))
    errors += [CodingError("spurious", None, predicted[k]) for k in unused]
    return errors


def _near_miss(gold: dict[str, Any], predicted: dict[str, Any]) -> str | None:
    source = _actor_matches(gold.get("source"), predicted.get("source"))
    target = _actor_matches(gold.get("target"), predicted.get("target"))
    if gold["code"][:2] != predicted["code"][:2]:
        return "wrong code" if source and target else None
    if source:
        return "wrong target"
    return "wrong source" if target else "wrong source and target"


def error_report(errors: list[tuple[str, str, CodingError]]) -> str:
    """Counts per class and root, then each mistake: (record id, text, error)."""
    by_class: dict[str, list[tuple[str, str, CodingError]]] = {k: [] for k in ERROR_CLASSES}
    for item in errors:
        by_class[item[2].kind].append(item)
    lines = ["errors by class (root level):"]
    for kind, items in by_class.items():
        roots: dict[str, int] = {}
        for _, _, error in items:
            roots[error.root] = roots.get(error.root, 0) + 1
        per_root = " ".join(f"{r}:{n}" for r, n in sorted(roots.items(), key=lambda x: -x[1]))
        lines.append(f"  {kind:<24} {len(items):>4}  {per_root}")
    for kind, items in by_class.items():
        if items:
            lines.append(f"\n## {kind}")
        for record_id, text, error in items:
            lines.append(f"{record_id}: {_describe(error)}  | {text[:110]}")
    return "\n".join(lines)


def _describe(error: CodingError) -> str:
    def show(event: dict[str, Any] | None) -> str:
        if event is None:
            return "-"
        return f"{event.get('source') or '---'}>{event.get('target') or '---'} {event['code']}"

    return f"want {show(error.gold)} got {show(error.predicted)}"
