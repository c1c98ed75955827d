"""Scoring against gold, hand-computed."""

from streams.evaluation import Tally, classify, score, score_record


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


def test_an_optional_reading_listed_first_does_not_take_a_required_match() -> None:
    gold = [event("ISR", "PSE", "0841", optional=True), event("ISR", "PSE", "08")]
    result = score([(gold, [event("ISR", "PSECVL", "0842")])])
    assert (result.root.true_positives, result.root.false_negatives) == (1, 0)
    assert classify(gold, [event("ISR", "PSECVL", "0842")]) == []


def test_empty_gold_counts_every_prediction_as_false() -> None:
    result = score([([], [event("A", "B", "010")]), ([], [])])
    assert result.full.false_positives == 1
    assert result.full.records_with_gold == 0 and result.full.hit_rate == 0.0
    assert result.records == 2


def test_mistakes_are_paired_with_the_gold_event_they_meant() -> None:
    gold = [
        {"source": "USA", "target": "PRK", "code": "042"},
        {"source": "PRK", "target": "KOR", "code": "111"},
        {"source": "CHN", "target": "JPN", "code": "172"},
        {"source": "RUS", "target": "UKR", "code": "190"},
        {"source": "IND", "target": "PAK", "code": "040", "optional": True},
    ]
    predicted = [
        {"source": "USA", "target": "CHN", "code": "042"},  # right code, wrong target
        {"source": "PRK", "target": "KOR", "code": "120"},  # right actors, wrong code
        {"source": "KOR", "target": "JPN", "code": "173"},  # right code, wrong source
        {"source": "FRA", "target": "DEU", "code": "051"},  # nothing like it in gold
    ]
    kinds = {(e.kind, e.root) for e in classify(gold, predicted)}
    assert kinds == {
        ("wrong target", "04"),
        ("wrong code", "11"),
        ("wrong source", "17"),
        ("missed", "19"),
        ("spurious", "05"),
    }


def test_a_right_event_is_no_mistake() -> None:
    gold = [{"source": "USA", "target": "PRK", "code": "042"}]
    assert classify(gold, [{"source": "USAGOV", "target": "PRKGOV", "code": "043"}]) == []


def test_first_event_accuracy_reads_the_first_printed_event() -> None:
    gold = [{"source": "USA", "target": "PRK", "code": "042"}]
    right_first = [{"source": "USA", "target": "PRK", "code": "043"}, {"code": "111"}]
    right_second = [{"source": "USA", "target": "PRK", "code": "111"}, {"code": "042"}]
    result = score([(gold, right_first), (gold, right_second), ([], right_first)])
    assert result.first_right == 1 and result.first_event_accuracy == 0.5
