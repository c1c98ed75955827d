"""Where an event happened, read from its sentence's parse, else from the dateline.

In order of trust:
1. a phrase of place attached to the event's verb or noun: "met in Stockholm", "talks
   at the Shangri-La Hotel in Singapore", "clashes in the city of Mosul"; for attacks
   also what was struck ("a strike on Kharkiv", "shelled Donetsk"), for visits where
   the visitor went ("visited Pyongyang", "a trip to Beijing");
2. else a phrase of place elsewhere in the sentence ("..., the ministry said in Seoul");
3. else the article's dateline ("SEOUL, Oct. 8 (Yonhap) --"), which says where the
   reporter was, a weaker basis the event records.
A place is only ever a name the text gives: never the target's capital, never a
country's centre for a sentence that names no place. Pure: no I/O.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc
from spacy.tokens import Token as Word

from streams.coding.gazetteer import Gazetteer, Place
from streams.coding.tokens import Token

LOCATIVE = frozenset(
    {"in", "at", "near", "inside", "outside", "off", "across", "throughout", "around", "within"}
)
STRUCK = frozenset({"on", "at", "against", "into", "over"})
"""For attacks, these name what was hit: a place when they name a city."""
ATTACK_ROOTS = frozenset({"15", "18", "19", "20"})
VISIT_CODES = frozenset({"042", "043"})
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "port",
        "district",
        "county",
        "state",
        "island",
        "outskirts",
        "suburbs",
        "centre",
        "center",
        "streets",
        "heart",
    }
)
"""Their `of` names the place itself: "the city of Mosul", "the outskirts of Kyiv"."""
CLAUSE_NOUNS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
NAME_TAGS = frozenset({"NNP", "NNPS"})

Basis = Literal["sentence", "dateline"]


@dataclass(frozen=True)
class Located:
    """A place and how it was found: `written` is the name as the text gives it."""

    place: Place
    written: str
    basis: Basis


@dataclass(frozen=True)
class Context:
    """What disambiguates a name: the event's and the article's countries."""

    gazetteer: Gazetteer
    event_countries: frozenset[str]
    article_countries: frozenset[str]

    def resolve(self, name: str, within: str | None = None) -> Place | None:
        return self.gazetteer.resolve(
            name, self.event_countries, self.article_countries, within=within
        )


def locate(
    context: Context,
    code: str,
    anchor: Word | None,
    tokens: list[Token],
    dateline: str | None,
) -> Located | None:
    """The event's place: from its own phrase, else the sentence, else the dateline."""
    if anchor is not None:
        doc = anchor.doc
        for word, cities_only in _attached(anchor, code):
            found = _name_at(context, word, doc)
            if found is not None and not (cities_only and found.place.precision == "country"):
                return found
        for prep in doc:
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                for word in _phrase_names(prep):
                    found = _name_at(context, word, doc)
                    if found is not None:
                        return found
    else:
        found = _after_locative(context, tokens)
        if found is not None:
            return found
    return from_dateline(context, dateline)


def from_dateline(context: Context, dateline: str | None) -> Located | None:
    """ "SEOUL" or "SINGAPORE/SEOUL": the first place the dateline names."""
    if not dateline:
        return None
    written = dateline.split("/")[0].strip()
    place = context.resolve(written.title())
    return Located(place, written, "dateline") if place is not None else None


def _attached(anchor: Word, code: str) -> Iterator[tuple[Word, bool]]:
    """Name words in the phrases of place of the event's own words (the pattern word,
    the words up to its verb, the nouns the verb takes: "held talks in X"), then of the
    verb a participle clause hangs from ("shelled X, killing ..."). With each, whether
    only a city or region may be taken: what an attack struck ("a strike on Iran") is
    not placed in a whole country."""
    attack, visit = code[:2] in ATTACK_ROOTS, code in VISIT_CODES
    current = anchor
    for _ in range(3):
        heads = [current]
        for _ in range(4):
            if current.tag_.startswith("VB") or current.head == current:
                break
            current = current.head
            heads.append(current)
        verb = current
        heads += [c for c in verb.children if c.dep_ in CLAUSE_NOUNS and c.tag_ in ("NN", "NNS")]
        for head in dict.fromkeys(heads):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                    yield from ((word, False) for word in _phrase_names(child))
                elif child.dep_ == "prep" and attack and child.lower_ in STRUCK:
                    yield from ((word, True) for word in _phrase_names(child))
                elif child.dep_ == "prep" and visit and child.lower_ == "to":
                    yield from ((word, False) for word in _phrase_names(child))
                elif child.dep_ == "dobj" and (attack or visit) and child.tag_ in NAME_TAGS:
                    yield child, attack  # "shelled Donetsk", "visited Pyongyang"
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head == verb:
            return
        current = verb.head


def _phrase_names(prep: Word) -> Iterator[Word]:
    """The proper nouns a prepositional phrase places the event at, outermost first:
    "at the Shangri-La Hotel in Singapore" gives Hotel, then Singapore; "near the
    border with Turkey" gives nothing (Turkey is beside the place, not the place)."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            yield from _noun_names(pobj)


def _noun_names(noun: Word) -> Iterator[Word]:
    if noun.tag_ in NAME_TAGS:
        yield noun
    for child in noun.children:
        if child.dep_ == "prep" and (
            child.lower_ in LOCATIVE or (child.lower_ == "of" and noun.lower_ in PLACE_NOUNS)
        ):
            yield from _phrase_names(child)
        elif child.dep_ == "conj" and noun.tag_ in NAME_TAGS and child.tag_ in NAME_TAGS:
            yield child


def _name_at(context: Context, word: Word, doc: Doc) -> Located | None:
    """The place a proper noun and its compounds name ("New York", "the Gaza Strip"),
    qualified by an apposition ("Stockholm, Sweden"; "Paris, Texas")."""
    first = word
    while True:
        left = [c for c in first.children if c.dep_ in ("compound", "flat") and c.i < first.i]
        if not left or left[0].tag_ not in NAME_TAGS:
            break
        first = left[0]
    written = doc[first.i : word.i + 1].text
    within = None
    for child in word.children:
        if child.dep_ in ("appos", "npadvmod", "conj") and child.tag_ in NAME_TAGS:
            qualifier = context.resolve(child.text)
            if qualifier is not None and qualifier.precision != "city":
                within = qualifier.country if qualifier.precision == "country" else qualifier.name
    place = context.resolve(written, within) or (context.resolve(written) if within else None)
    if place is None and first.i > 0 and doc[first.i - 1].lower_ == "the":
        place = context.resolve("the " + written)
    return Located(place, written, "sentence") if place is not None else None


def _after_locative(context: Context, tokens: list[Token]) -> Located | None:
    """Without a parse: the first capitalised name after a locative word."""
    for i, token in enumerate(tokens[:-1]):
        if token.lower not in LOCATIVE:
            continue
        start = i + 2 if tokens[i + 1].lower == "the" else i + 1
        end = start
        while end < len(tokens) and tokens[end].text[:1].isupper():
            end += 1
        if end > start:
            written = " ".join(t.text for t in tokens[start:end])
            place = context.resolve(written)
            if place is not None:
                return Located(place, written, "sentence")
    return None


def countries_of(codes: Iterable[str | None]) -> frozenset[str]:
    """Actor codes -> their countries (IGOs have none)."""
    return frozenset(c[:3] for c in codes if c and not c.startswith("IGO"))
