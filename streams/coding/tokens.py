"""Tokens with character offsets and lemmas.

Lemmas come from lemminflect: a dictionary-and-rules English lemmatizer
shipped with its data in the wheel (no model download, unlike spaCy's or
NLTK's), fast enough when cached per word, and it returns every lemma a word
could have (`meeting` -> meet, meeting), which suits pattern matching without
a tagger: a pattern names the lemma it wants and any reading may supply it.
"""

import re
from functools import lru_cache
from typing import NamedTuple

from lemminflect import getAllLemmas, getAllLemmasOOV

TOKEN = re.compile(
    r"""(?:[A-Z]\.){2,}(?![a-z])       # U.S. U.N. D.P.R.K.
      | [^\W\d_]+\d+\b                  # M23, G7: a name with its number
      | \d+(?:[.,]\d+)*%?              # 580 1,800 64.45 30%
      | [^\W\d_]+(?:[-'’][^\W\d_]+)*   # words, Kim Jong-un, Ba'ath (possessive split below)
      | [^\w\s]                        # punctuation, one at a time
    """,
    re.VERBOSE,
)
POSSESSIVE = re.compile(r"(.+?)(['’]s)$", re.IGNORECASE)
HOLDING = frozenset({"owned", "flagged", "linked", "operated", "registered", "led", "based"})
"""Participles saying whose a thing is ("a British-owned ship", "an Israeli-linked
vessel"): an attack on the thing is aimed at its owner."""
MAKING = frozenset({"made", "built"})
"""Participles saying where a thing comes from ("Chinese-made electric cars"): the
thing is no actor, but a barrier on it is aimed at its country."""
OWNED = re.compile(r"([A-Z][^\W\d_]+)(-)(" + "|".join(sorted(HOLDING | MAKING)) + r")$")
"""A name joined to such a participle is split off as a word of its own, so it can be
an actor; "state-owned" (lower case) stays one word."""


class Token(NamedTuple):
    """A token: `text` is `sentence[start:end]`; `lemmas` holds the lower-cased
    word and every lemma it may have. A named tuple: a sentence makes some twenty,
    and a tuple is built several times faster than a frozen dataclass."""

    text: str
    start: int
    end: int
    lower: str
    lemmas: frozenset[str]


@lru_cache(maxsize=65_536)
def lemmas_of(lower: str) -> frozenset[str]:
    found = {lower}
    if lower.isalpha() or "-" in lower:
        readings = getAllLemmas(lower) or {}
        if not readings:
            readings = {pos: getAllLemmasOOV(lower, pos)[pos] for pos in ("VERB", "NOUN")}
        for values in readings.values():
            found.update(values)
    return frozenset(found)


def tokenize(sentence: str) -> list[Token]:
    """Split a sentence; `Korea's` gives `Korea` and `'s`, curly quotes count as quotes."""
    tokens: list[Token] = []
    for match in TOKEN.finditer(sentence):
        text, start = match.group(), match.start()
        if len(text) < 3 or text.isalpha():  # the common case: no possessive, no hyphen
            tokens.append(token_at(text, start))
            continue
        possessive = POSSESSIVE.match(text)
        owned = OWNED.match(text)
        if owned:
            for k in (1, 2, 3):
                tokens.append(token_at(owned.group(k), start + owned.start(k)))
        elif possessive:
            head = possessive.group(1)
            tokens.append(token_at(head, start))
            tokens.append(token_at("'s", start + len(head), original=possessive.group(2)))
        else:
            tokens.append(token_at(text, start))
    return tokens


def token_at(text: str, start: int, original: str | None = None) -> Token:
    """The token `text` found at `start` (`original`: as the sentence spells it)."""
    shown = original or text
    lower, lemmas = _spelling(text)
    return Token(shown, start, start + len(shown), lower, lemmas)


@lru_cache(maxsize=65_536)
def _spelling(text: str) -> tuple[str, frozenset[str]]:
    """The word lower-cased and its lemmas."""
    lower = text.lower().replace("’", "'")
    return lower, frozenset({text}) if text in MONTHS else lemmas_of(lower)


MONTHS = frozenset({"March", "May"})
"""Capitalised, these are months: "in March" is no march, "in May" no "may"."""
