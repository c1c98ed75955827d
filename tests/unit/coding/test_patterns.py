"""The pattern matcher, without a parse: the passive-order reading ("sanctions were
imposed" for "impose * sanction") and the order alternatives are tried in."""

from streams.coding.dictionaries import VerbPattern
from streams.coding.patterns import PatternMatcher, compile_pattern, passive_order
from streams.coding.tokens import tokenize


def pattern(elements: str, flags: str = "") -> VerbPattern:
    return VerbPattern("163", "163.test", tuple(elements.split()), frozenset(flags.split()), "test")


def passive_matches(text: str, elements: str = "impose * sanction") -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = PatternMatcher([pattern(elements)]).matches(tokens, [])
    return [
        (" ".join(t.lower for t in tokens[m.start : m.end]), tokens[m.passive_noun].lower)
        for m in found
        if m.passive_noun is not None
    ]


def test_a_verb_noun_pattern_is_read_noun_first_in_the_passive() -> None:
    assert passive_matches("New sanctions on Iran were imposed by the EU.") == [
        ("imposed", "sanctions")
    ]
    assert passive_matches("Sanctions have been imposed.") == [("imposed", "sanctions")]


def test_the_match_is_the_verb_and_a_multiword_verb_is_whole() -> None:
    found = passive_matches("The talks were broken off on Friday.", "break_off * talk")
    assert found == [("broken off", "talks")]


def test_no_passive_reading_without_be_right_before_the_verb() -> None:
    assert passive_matches("Sanctions were not imposed.") == []
    assert passive_matches("Sanctions that Iran imposed hurt trade.") == []


def test_a_passive_asked_for_or_to_come_is_not_read() -> None:
    assert passive_matches("Sanctions must be imposed on Russia.") == []
    assert passive_matches("Sanctions will be imposed on Russia.") == []


def test_only_two_word_patterns_around_one_gap_have_a_passive_order() -> None:
    assert passive_order(compile_pattern(pattern("impose * sanction"))) is not None
    assert passive_order(compile_pattern(pattern("impose * sanction * on"))) is None
    assert passive_order(compile_pattern(pattern("impose ?new sanction"))) is None
    assert passive_order(compile_pattern(pattern("sanction", "noun"))) is None
    assert passive_order(compile_pattern(pattern("impose * sanction", "noun"))) is None
    assert passive_order(compile_pattern(pattern("say * sanction", "fallback"))) is None


def test_a_multiword_alternative_is_tried_before_the_word_it_starts_with() -> None:
    tokens = tokenize("Turkey blocked accession talks with Sweden.")
    (found,) = PatternMatcher([pattern("block * accession/accession_talks")]).matches(tokens, [])
    assert " ".join(t.lower for t in tokens[found.start : found.end]) == "blocked accession talks"
    assert found.words == 3
