"""How the parser is loaded: the pipes it keeps, the matrix library it runs on, and how
the garbage collector treats it."""

import gc

from threadpoolctl import threadpool_info

from streams.coding import Coder, parser, syntax


def test_only_the_pipes_the_coder_reads_are_loaded() -> None:
    assert parser.load().pipe_names == ["tok2vec", "tagger", "parser"]


def test_the_network_runs_on_numpy_blas_with_one_thread() -> None:
    """BLIS falls back to a generic kernel on CPUs it does not know (4x slower on this
    project's machine); numpy's OpenBLAS detects the instruction set. The parser's own
    state loop calls BLIS directly through thinc, so only its layers built outside that
    loop are checked here: the shared tok2vec and the tagger."""
    nlp = parser.load()
    for name in ("tok2vec", "tagger"):
        layers = list(nlp.get_pipe(name).model.walk())
        assert layers and not any(layer.ops.use_blis for layer in layers), name
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_parses_are_those_of_the_model() -> None:
    (doc,) = parser.parse(parser.load(), ["North Korea fired two missiles toward Japan."])
    assert [(w.text, w.dep_) for w in doc][:3] == [
        ("North", "compound"),
        ("Korea", "nsubj"),
        ("fired", "ROOT"),
    ]


def test_a_coder_leaves_the_garbage_collector_of_its_process_alone() -> None:
    """Freezing what is loaded is the owning process's call (freeze_loaded, made by the
    worker's coding processes): a coder built in a test run or in an application that
    embeds it must not make that process's other objects uncollectable."""
    before = gc.get_freeze_count()
    coder = Coder()
    assert coder.nlp is not None
    assert gc.get_freeze_count() == before


def test_a_finite_verb_joined_to_a_gerund_goes_to_the_finite_verb_above() -> None:
    """The small model hangs "called" on "shelling" inside the accusation; mend moves it
    to "accused". A verb joined to a gerund that has its own subject and auxiliary ("it
    was trying ... and wanted") stays as parsed."""
    nlp = parser.load()
    text = "Russia accused Ukraine of shelling the plant and called on the IAEA to investigate."
    (doc,) = parser.parse(nlp, [text])
    called = next(w for w in doc if w.text == "called")
    assert called.head.text == "shelling"  # the model's own reading, which mend repairs
    assert next(w for w in syntax.mend(doc) if w.text == "called").head.text == "accused"
    text = "Iran said it was trying to revive the talks and wanted Washington to return."
    (doc,) = parser.parse(nlp, [text])
    wanted = next(w for w in doc if w.text == "wanted")
    assert wanted.head.text == "trying"
    assert next(w for w in syntax.mend(doc) if w.text == "wanted").head.text == "trying"


def test_a_past_tense_verb_read_as_an_adjective_takes_back_its_clause() -> None:
    nlp = parser.load()
    text = (
        "British Prime Minister Keir Starmer hosted European leaders in London on Sunday"
        " and pledged 1.6 billion pounds in air defence missiles for Ukraine."
    )
    (doc,) = parser.parse(nlp, [text])
    hosted = next(w for w in doc if w.text == "hosted")
    assert (hosted.dep_, hosted.head.text) == ("amod", "leaders")  # the model's reading
    syntax.mend(doc)
    words = {w.text: w for w in doc}
    assert (words["hosted"].dep_, words["hosted"].head.text) == ("ROOT", "hosted")
    assert (words["leaders"].dep_, words["leaders"].head.text) == ("dobj", "hosted")
    assert (words["pledged"].dep_, words["pledged"].head.text) == ("conj", "hosted")
    assert len(doc.sentence_starts) == 1


def test_a_second_verb_read_as_an_adjective_of_its_object_is_mended() -> None:
    nlp = parser.load()
    text = (
        "Trump withdrew the United States from the Iran nuclear deal and reimposed"
        " sanctions on Tehran."
    )
    (doc,) = parser.parse(nlp, [text])
    words = {w.text: w for w in doc}
    assert (words["reimposed"].dep_, words["sanctions"].dep_) == ("amod", "conj")  # the model
    syntax.mend(doc)
    assert (words["reimposed"].dep_, words["reimposed"].head.text) == ("conj", "withdrew")
    assert (words["sanctions"].dep_, words["sanctions"].head.text) == ("dobj", "reimposed")
    assert [c.text for c in words["reimposed"].children] == ["sanctions"]
