"""Matching verb and noun patterns (data/verbs.txt) against a sentence.

Patterns are indexed by the lemmas of their first element, so each token
looks up only the few patterns that can start there. Matching walks the
elements with backtracking over gaps; an actor mention counts as one unit in
a gap and fills an `@` slot.
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from streams.coding.actors import Mention
from streams.coding.dictionaries import VerbPattern
from streams.coding.tokens import Token

GAP_UNITS = 7
"""Words a gap may skip. The parse, not the distance, now decides who acts on whom, so a
pattern may reach further than the word-order coder's five ("called on India and Pakistan
on Wednesday to exercise restraint")."""
CLAUSE_BREAKS = frozenset({".", ";", ":", "?", "!", "—"})
LISTING = frozenset({",", "and", "or"})
"""Between the members of a list of actors, which a gap counts as one unit."""
NEGATIONS = frozenset({"not", "n't", "never", "no"})


@dataclass(frozen=True)
class Element:
    """One pattern element: alternatives are tuples of words (multi-word with `_`)."""

    kind: str  # "word", "gap" or "slot"
    alternatives: tuple[tuple[str, ...], ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class CompiledPattern:
    pattern: VerbPattern
    elements: tuple[Element, ...]
    required: tuple[frozenset[str], ...]
    """Per required word element, the words any of its alternatives starts with: a
    sentence lacking all of one set cannot match, so matching is not even tried."""
    order: int = 0
    """The pattern's place in verbs.txt: the tie-break between equal matches."""
    passive: bool = False
    """Read noun first, in the passive (see passive_order)."""

    @property
    def negative(self) -> bool:
        """The pattern itself says "not"/"no" ("not comment"): negation is its meaning."""
        return any(w in NEGATIONS for e in self.elements for alt in e.alternatives for w in alt)


@dataclass(frozen=True)
class Match:
    """`pattern` matched tokens `start:end`; `target` filled its `@` slot, if any."""

    pattern: VerbPattern
    start: int
    end: int
    target: Mention | None
    gaps: int
    negative: bool
    words: int
    """Pattern words the text matched: the more, the more specific the match."""
    passive_noun: int | None = None
    """For a match read in passive order ("sanctions were imposed" for "impose *
    sanction"), where the noun is; `start:end` is then the verb."""


def compile_pattern(pattern: VerbPattern, order: int = 0) -> CompiledPattern:
    elements = []
    for raw in pattern.elements:
        if raw == "*":
            elements.append(Element("gap"))
        elif raw == "@":
            elements.append(Element("slot"))
        else:
            optional = raw.startswith("?")
            words = raw.lstrip("?")
            spelled = [tuple(alt.split("_")) for alt in words.split("/") if alt]
            alternatives = tuple(sorted(spelled, key=len, reverse=True))  # the longest
            # first: "accession_talks" before the "accession" it starts with
            elements.append(Element("word", alternatives, optional))
    required = tuple(
        frozenset(alt[0] for alt in e.alternatives)
        for e in elements[1:]
        if e.kind == "word" and not e.optional
    )
    return CompiledPattern(pattern, tuple(elements), required, order)


def passive_order(compiled: CompiledPattern) -> CompiledPattern | None:
    """The pattern "verb * noun" read in the passive, noun first: "impose * sanction"
    as "sanction * be impose" ("new sanctions were imposed on X by Y"). Only patterns of
    exactly two words around one gap, whose first word may be a verb."""
    elements = compiled.elements
    if (
        len(elements) != 3
        or [e.kind for e in elements] != ["word", "gap", "word"]
        or any(e.optional for e in elements)
        or {"noun", "fallback"} & compiled.pattern.flags
    ):
        return None
    verb, gap, noun = elements
    reordered = (noun, gap, BE, verb)
    required = (frozenset({"be"}), frozenset(alt[0] for alt in verb.alternatives))
    return CompiledPattern(compiled.pattern, reordered, required, compiled.order, passive=True)


BE = Element("word", (("be",),))


class PatternMatcher:
    def __init__(self, patterns: list[VerbPattern]) -> None:
        self._by_first: dict[str, list[CompiledPattern]] = defaultdict(list)
        for order, pattern in enumerate(patterns):
            compiled = compile_pattern(pattern, order)
            for alternative in compiled.elements[0].alternatives:
                self._by_first[alternative[0]].append(compiled)
            reordered = passive_order(compiled)
            if reordered is not None:
                for alternative in reordered.elements[0].alternatives:
                    self._by_first[alternative[0]].append(reordered)

    def matches(self, tokens: list[Token], mentions: list[Mention]) -> list[Match]:
        """Every pattern match whose first word is outside an actor mention (or ends one,
        for a passive-order match), best first: more pattern words, then fewer gaps."""
        in_mention = set()
        starts: dict[int, Mention] = {}
        units = _word_units(tokens)  # a hyphenated word is one unit ("London-based"),
        for mention in mentions:  # and so is each mention
            in_mention.update(range(mention.start, mention.end))
            starts[mention.start] = mention
            for j in range(mention.start, mention.end):
                units[j] = units[mention.start]
        for first, second in pairwise(mentions):
            between = tokens[first.end : second.start]
            if all(t.lower in LISTING for t in between):  # "Iran, Iraq and North Korea"
                for j in range(first.end, second.end):
                    units[j] = units[first.start]
        found: list[Match] = []
        present: set[str] = set().union(*(t.lemmas for t in tokens)) if tokens else set()
        heads = {mention.end - 1 for mention in mentions}
        for i, token in enumerate(tokens):
            if i in in_mention and i not in heads:
                continue
            candidates = {  # in a mention only the passive noun: "Russian troops were sent"
                (compiled.order, compiled.passive): compiled
                for lemma in token.lemmas
                for compiled in self._by_first.get(lemma, ())
                if compiled.passive or i not in in_mention
            }
            # file order, not the lemma set's (hash-seeded) order: equal matches must
            # tie-break the same way in every process
            for _, compiled in sorted(candidates.items()):
                if any(present.isdisjoint(words) for words in compiled.required):
                    continue
                result = _match(compiled.elements, 0, tokens, i, starts, units, None, 0, 0)
                if not result:
                    continue
                end, target, gaps, words = result
                if compiled.passive:
                    verb = _verb_start(compiled.elements[-1], tokens, end)
                    if tokens[verb - 1].lower == "be":
                        continue  # "sanctions must be imposed": asked for, not done
                    found.append(
                        Match(compiled.pattern, verb, end, None, gaps, False, words - 1, i)
                    )
                else:
                    found.append(
                        Match(compiled.pattern, i, end, target, gaps, compiled.negative, words)
                    )
        # stable: file order breaks ties; a passive-order reading yields to the noun's own
        found.sort(key=lambda m: (-m.words, m.gaps, m.passive_noun is not None))
        return found


def _word_units(tokens: list[Token]) -> list[int]:
    """A unit number per token for counting a gap: the parts of a word the tokenizer
    split at its hyphens ("London", "-", "based") share one."""
    units = list(range(len(tokens)))
    for j in range(1, len(tokens) - 1):
        glued = tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start
        if tokens[j].text == "-" and glued:
            units[j] = units[j + 1] = units[j - 1]
    return units


def _verb_start(verb: Element, tokens: list[Token], end: int) -> int:
    """Where the verb that ends a passive-order match begins."""
    for alternative in verb.alternatives:
        start = end - len(alternative)
        if start >= 0 and _words_at(alternative, tokens, start) == end:
            return start
    return end - 1


def _words_at(alternative: tuple[str, ...], tokens: list[Token], i: int) -> int | None:
    if i + len(alternative) > len(tokens):
        return None
    for offset, word in enumerate(alternative):
        if word not in tokens[i + offset].lemmas:
            return None
    return i + len(alternative)


def _match(
    elements: tuple[Element, ...],
    k: int,
    tokens: list[Token],
    i: int,
    starts: dict[int, Mention],
    units: list[int],
    target: Mention | None,
    gaps: int,
    words: int,
) -> tuple[int, Mention | None, int, int] | None:
    if k == len(elements):
        return i, target, gaps, words
    element = elements[k]
    if element.kind == "word":
        for alternative in element.alternatives:
            end = _words_at(alternative, tokens, i)
            if end is not None:
                result = _match(
                    elements, k + 1, tokens, end, starts, units, target, gaps, words + end - i
                )
                if result:
                    return result
        return (
            _match(elements, k + 1, tokens, i, starts, units, target, gaps, words)
            if element.optional
            else None
        )
    if element.kind == "slot":
        j = i
        while j < len(tokens) and j - i < 2 and tokens[j].lower in {"the", "its", "their"}:
            j += 1
        mention = starts.get(j) or starts.get(i)
        if mention is None:
            return None
        return _match(elements, k + 1, tokens, mention.end, starts, units, mention, gaps, words)
    # a gap: try the shortest first; words inside an actor mention may end it
    # ("a U.N. military presence"), but the mention counts as one unit
    j, passed = i, set()
    while True:
        result = _match(
            elements, k + 1, tokens, j, starts, units, target, gaps + bool(passed), words
        )
        if result:
            return result
        if j >= len(tokens) or (tokens[j].text in CLAUSE_BREAKS and not _initial(tokens, j)):
            return None
        passed.add(units[j])
        if len(passed) > GAP_UNITS:
            return None
        j += 1


def _initial(tokens: list[Token], j: int) -> bool:
    """The full stop of an initial ("Gerald R. Ford"), not the end of a clause."""
    return (
        tokens[j].text == "."
        and j > 0
        and len(tokens[j - 1].text) == 1
        and tokens[j - 1].text.isupper()
    )
