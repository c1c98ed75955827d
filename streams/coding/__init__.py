"""The CAMEO event coder: pure Python, no Kafka, no I/O in the matching.

coder = Coder()                       # loads and checks data/ once
events = coder.code(Document(id="a1", text=body, published=date(2019, 10, 9)))

The names below are imported from their modules when first used (PEP 562), so that
importing one light module of this package (`parser.model_name`, which the worker calls
to check the model) does not load the coder, spaCy and numpy into a process that never
codes.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from streams.coding.coder import CODER_VERSION, Coder, Document, freeze_loaded
    from streams.coding.dictionaries import DictionaryError, load_dictionaries
    from streams.coding.events import CodedActor, CodedEvent

_HOMES = {
    "CODER_VERSION": "coder",
    "Coder": "coder",
    "Document": "coder",
    "freeze_loaded": "coder",
    "DictionaryError": "dictionaries",
    "load_dictionaries": "dictionaries",
    "CodedActor": "events",
    "CodedEvent": "events",
}

__all__ = [
    "CODER_VERSION",
    "CodedActor",
    "CodedEvent",
    "Coder",
    "DictionaryError",
    "Document",
    "freeze_loaded",
    "load_dictionaries",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
