"""The CAMEO event coder: pure Python, no Kafka, no I/O in the matching.

coder = Coder()                       # loads and checks data/ once
events = coder.code(Document(id="a1", text=body, published=date(2019, 10, 9)))
"""

from streams.coding.coder import CODER_VERSION, Coder, Document, freeze_loaded
from streams.coding.dictionaries import DictionaryError, load_dictionaries
from streams.coding.events import CodedActor, CodedEvent

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
