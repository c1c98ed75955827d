"""The plain parse (tree.py) answers as spaCy's own objects do, for every sentence of
the fixture articles and for a head set anew."""

from pathlib import Path

import pytest
from spacy.tokens import Doc

from streams.coding import parser
from streams.coding.text import prepare
from streams.coding.tree import Parse
from streams.fixtures import load_fixtures

ROOT = Path(__file__).resolve().parents[3]


def fixture_sentences() -> list[str]:
    articles = load_fixtures([ROOT / "fixtures" / "articles"]).articles
    return [s for a in articles for s in prepare(a.body, a.title, a.outlet)[1]]


def reading(doc: Doc | Parse) -> list[tuple]:
    """Everything the syntax rules read of each word, by word index."""
    return [
        (
            w.i,
            w.idx,
            w.text,
            w.lower_,
            w.tag_,
            w.dep_,
            w.like_num,
            w.head.i,
            [c.i for c in w.children],
            w.left_edge.i,
            w.right_edge.i,
            [a.i for a in w.ancestors],
            [c.i for c in w.conjuncts],
            [s.i for s in w.subtree],
            (w.sent.start, w.sent.end),
        )
        for w in doc
    ]


def spans(doc: Doc | Parse) -> list[tuple]:
    """The root and extent of the span each character range expands to."""
    found = []
    for start in range(0, len(doc.text), 3):
        for length in (1, 4, 11):
            span = (
                doc.char_span(start, start + length, alignment_mode="expand")
                if isinstance(doc, Doc)
                else doc.char_span(start, start + length)
            )
            if span is None or not len(span):
                found.append(None if span is None else (span.start, span.end))
            else:
                found.append((span.start, span.end, span.root.i, span.text))
    return found


def test_a_parse_reads_as_spacys_doc_for_every_fixture_sentence() -> None:
    nlp = parser.load()
    sentences = fixture_sentences()
    assert len(sentences) > 150
    sentences.append("Talks collapsed. Both sides blamed each other, officials said.")  # two
    for doc in nlp.pipe(sentences):
        parse = Parse.of(doc)
        assert reading(parse) == reading(doc), doc.text
        assert spans(parse) == spans(doc), doc.text
        assert parse[2:5].text == doc[2:5].text


@pytest.mark.parametrize(
    "text",
    [
        "Russia accused Ukraine of shelling the plant and called on the IAEA to investigate.",
        "Talks collapsed. Both sides blamed each other, officials said.",
    ],
)
def test_a_head_set_anew_settles_the_tree_as_spacy_does(text: str) -> None:
    nlp = parser.load()
    doc = nlp(text)
    parse = Parse.of(doc)
    last_verb = max(w.i for w in doc if w.tag_.startswith("VB"))
    root = next(w.i for w in doc if w.head.i == w.i)
    doc[last_verb].head = doc[root] if last_verb != root else doc[0]
    parse[last_verb].attach(parse[root] if last_verb != root else parse[0])
    assert reading(parse) == reading(doc)
