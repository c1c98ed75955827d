"""Scoring against gold, hand-computed."""

from streams.evaluation import Tally, score, score_record


def event(source: str | None, target: str | None, code: str, **extra: object) -> dict:
    return {"source": source, "target": target, "code": code, **extra}


def test_actor_prefixes_and_null_gold_actors() -> None:
    tally = Tally()
    score_record([event("USAGOV", "PRK", "040")], [event("USAMIL", "PRKGOV", "040")], "full", tally)
    score_record([event(None, "---", "040")], [event("CHN", "RUS", "040")], "full", tally)
    score_record([event("IGOUNOSEC", "IRN", "111")], [event("IGOUNO", "IRN", "111")], "full", tally)
    score_record([event("IGOUNO", "IRN", "111")], [event("IGOEUR", "IRN", "111")], "full", tally)
    assert (tally.true_positives, tally.false_positives, tally.false_negatives) == (3, 1, 1)


def test_root_and_full_levels_differ() -> None:
    result = score([([event("KOR", "PRK", "0311")], [event("KOR", "PRK", "036")])])
    assert result.root.true_positives == 1 and result.root.hit_rate == 1.0
    assert result.full.true_positives == 0 and result.full.hit_rate == 0.0


def test_one_to_one_matching_and_optional_events() -> None:
    gold = [event("JPN", "KOR", "040"), event("KOR", "JPN", "042", optional=True)]
    predicted = [event("JPN", "KOR", "040"), event("JPN", "KOR", "040"), event("KOR", "JPN", "042")]
    result = score([(gold, predicted)])
    # one duplicate is a false positive; the optional match is neither hit nor miss
    assert (
        result.full.true_positives,
        result.full.false_positives,
        result.full.false_negatives,
    ) == (1, 1, 0)
    assert result.full.precision == 0.5 and result.full.recall == 1.0


def test_empty_gold_counts_every_prediction_as_false() -> None:
    result = score([([], [event("A", "B", "010")]), ([], [])])
    assert result.full.false_positives == 1
    assert result.full.records_with_gold == 0 and result.full.hit_rate == 0.0
    assert result.records == 2
