"""A parsed sentence as plain Python objects: the part of spaCy's `Doc` and `Token` API
the syntax rules read (heads, children, labels, edges, sentences, character offsets).

spaCy builds a fresh `Token` object on every access (`word.head`, each child, each
`doc[i]`) and looks every label up in its string store; the rules walk the tree so
often that this cost as much as the parse itself. Here each word is built once, with
its labels as strings and its children as a list, so a walk is attribute reads. The
behaviour follows spaCy's: children in order, `subtree` left children first, `sent` by
sentence starts, `Span.root` the word nearest the sentence root, `char_span` with
"expand" alignment, and a word's head set anew (see `mend` in syntax.py) updates the
children, edges and sentence starts of the whole tree.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from spacy.tokens import Doc

_COLUMNS = [
    "HEAD",
    "ORTH",
    "LOWER",
    "TAG",
    "DEP",
    "IDX",
    "LIKE_NUM",
    "IS_PUNCT",
    "IS_SPACE",
    "SPACY",
]
"""The token attributes `Parse.of` reads from spaCy, in the order it unpacks them."""
_WRAP = 2**64
"""spaCy's arrays are unsigned 64-bit: a head's offset before its word comes out as
2**64 minus the distance."""


class Word:
    """One token of the parse. Equal only to itself; ordered by character offset."""

    __slots__ = (
        "bare",
        "children",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "left_edge",
        "like_num",
        "lower_",
        "right_edge",
        "tag_",
        "text",
        "whitespace",
    )

    def __init__(
        self,
        doc: "Parse",
        i: int,
        idx: int,
        text: str,
        lower: str,
        tag: str,
        dep: str,
        like_num: bool,
        bare: bool,
        whitespace: bool,
    ) -> None:
        self.doc = doc
        self.i = i
        self.idx = idx
        self.text = text
        self.lower_ = lower
        self.tag_ = tag
        self.dep_ = dep
        self.head: Word = self
        self.like_num = like_num
        self.bare = bare
        """Punctuation or space: never a span's root while another word has a path."""
        self.whitespace = whitespace
        """Followed by a space in the text."""
        self.children: list[Word] = []
        self.left_edge: Word = self
        self.right_edge: Word = self

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text

    def __lt__(self, other: "Word") -> bool:
        return self.idx < other.idx

    def __le__(self, other: "Word") -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: "Word") -> bool:
        return self.idx > other.idx

    def __ge__(self, other: "Word") -> bool:
        return self.idx >= other.idx

    __hash__ = object.__hash__

    def attach(self, head: "Word", dep: str | None = None) -> None:
        """Hang the word on `head` (with the label `dep`) and settle the tree anew."""
        self.head = head
        if dep is not None:
            self.dep_ = dep
        self.doc.settle()

    @property
    def subtree(self) -> Iterator["Word"]:
        """The word and its descendants: each left child's subtree, the word, each right
        child's subtree."""
        for child in self.children:
            if child.i < self.i:
                yield from child.subtree
        yield self
        for child in self.children:
            if child.i > self.i:
                yield from child.subtree

    @property
    def ancestors(self) -> Iterator["Word"]:
        word = self
        for _ in range(len(self.doc)):
            if word.head is word:
                return
            word = word.head
            yield word

    @property
    def conjuncts(self) -> tuple["Word", ...]:
        """The words coordinated with this one ("A" for "B" in "A and B"), not itself."""
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        found = [start]
        for word in found:
            found.extend(c for c in word.children if c.i > word.i and c.dep_ == "conj")
        return tuple(w for w in found if w is not self)

    @property
    def sent(self) -> "Span":
        """The sentence the word is in: from the sentence start at or before it to the
        next one after it."""
        starts, length = self.doc.sentence_starts, len(self.doc.words)
        start = self.i
        while start > 0 and start not in starts:
            start -= 1
        end = self.i + 1
        while end < length and end not in starts:
            end += 1
        return Span(self.doc, start, end)


class Span:
    """Words `start` to `end` (exclusive) of a parse."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: "Parse", start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Word]:
        return iter(self.doc.words[self.start : self.end])

    def __getitem__(self, index: int) -> Word:
        return self.doc.words[self.start : self.end][index]

    @property
    def text(self) -> str:
        if not len(self):
            return ""
        last = self.doc.words[self.end - 1]
        return self.doc.text[self.doc.words[self.start].idx : last.idx + len(last.text)]

    @property
    def root(self) -> Word:
        """A sentence root inside the span, else the word whose head lies outside it with
        the fewest steps to its root (the first of equals; punctuation without children
        last), else the first word."""
        words = self.doc.words[self.start : self.end]
        for word in words:
            if word.head is word:
                return word
        best, fewest = words[0], len(self.doc)
        for word in words:
            if self.start <= word.head.i < self.end:
                continue
            steps = _steps_to_root(word)
            if steps < fewest:
                best, fewest = word, steps
        return best


def _top_down(roots: list[Word]) -> list[Word]:
    """Every word under the roots, each after its head."""
    found = list(roots)
    for word in found:
        found.extend(word.children)
    return found


def _steps_to_root(word: Word) -> int:
    if word.bare and not word.children:
        return len(word.doc) - 1
    return sum(1 for _ in word.ancestors)


class Parse:
    """A parsed sentence: its words with their heads and labels."""

    __slots__ = ("sentence_starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[Word] = []
        self.sentence_starts: frozenset[int] = frozenset()

    @classmethod
    def of(cls, doc: "Doc") -> "Parse":
        """The parse of spaCy's `doc`, read in one array (a `Token` per word read costs
        more than the whole walk)."""
        parse = cls(doc.text)
        strings = doc.vocab.strings
        rows = doc.to_array(_COLUMNS).tolist()  # unsigned: a head before its word wraps
        parse.words = [
            Word(
                parse,
                i,
                idx,
                strings[orth],
                strings[lower],
                strings[tag],
                strings[dep],
                bool(like_num),
                bool(punct or space),
                bool(whitespace),
            )
            for i, (_, orth, lower, tag, dep, idx, like_num, punct, space, whitespace) in (
                enumerate(rows)
            )
        ]
        for word, row in zip(parse.words, rows, strict=True):
            word.head = parse.words[(word.i + row[0]) % _WRAP]
        parse.settle()
        return parse

    def settle(self) -> None:
        """Children, edges and sentence starts from the words' heads: after building
        the parse, and again after a head is set anew."""
        for word in self.words:
            word.children = []
            word.left_edge = word.right_edge = word
        roots = []
        for word in self.words:
            if word.head is word:
                roots.append(word)
            else:
                word.head.children.append(word)
        for word in reversed(_top_down(roots)):  # children before their heads
            for child in word.children:
                if child.left_edge.i < word.left_edge.i:
                    word.left_edge = child.left_edge
                if child.right_edge.i > word.right_edge.i:
                    word.right_edge = child.right_edge
        self.sentence_starts = frozenset(w.left_edge.i for w in roots)

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> Span: ...

    def __getitem__(self, index: int | slice) -> Word | Span:
        if isinstance(index, slice):
            start, end, _ = index.indices(len(self.words))
            return Span(self, start, max(start, end))
        return self.words[index]

    def char_span(self, start: int, end: int) -> Span | None:
        """The words covering characters `start` to `end` (exclusive), widened to whole
        words; None where a bound falls outside every word."""
        first, last = self._word_at(start), self._word_at(end - 1)
        if first is None or last is None:
            return None
        if start == first.idx + len(first.text):  # in the space after the word
            return Span(self, first.i + 1, last.i + 1)
        return Span(self, first.i, last.i + 1)

    def _word_at(self, char: int) -> Word | None:
        """The word whose text, or the space after it, holds character `char`."""
        low, high = 0, len(self.words) - 1
        while low <= high:
            middle = (low + high) // 2
            word = self.words[middle]
            if char < word.idx:
                high = middle - 1
            elif char >= word.idx + len(word.text) + word.whitespace:
                low = middle + 1
            else:
                return word
        return None
