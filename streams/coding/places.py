"""Where an event happened, read from its sentence's parse, else from the dateline.

In order of trust:
1. a phrase of place attached to the event's verb or noun: "met in Stockholm", "talks
   at the Shangri-La Hotel in Singapore", "clashes in the city of Mosul"; for attacks
   also what was struck ("a strike on Kharkiv", "shelled Donetsk"), for visits where
   the visitor went ("visited Pyongyang", "a trip to Beijing");
2. else a phrase of place on a verb the event's clause depends on ("..., the ministry
   said in Seoul"), never one in a background clause ("reached at a summit in Singapore");
3. else the article's dateline ("SEOUL, Oct. 8 (Yonhap) --"), which says where the
   reporter was, a weaker basis the event records.
A place is only ever a name the text gives: never the target's capital, never a
country's centre for a sentence that names no place. Pure: no I/O.
"""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from streams.coding import syntax
from streams.coding.actors import PLACE_NOUNS, QUARTERS
from streams.coding.dates import MONTHS, WEEKDAYS
from streams.coding.gazetteer import Gazetteer, Place
from streams.coding.tokens import Token
from streams.coding.tree import Parse, Word

STRUCK = frozenset({"on", "at", "against", "into", "over", "toward", "towards"})
"""For attacks, these name what was hit ("a strike on Kharkiv"), and so where."""
ATTACK_ROOTS = frozenset({"15", "18", "19", "20"})
VISIT_CODES = frozenset({"042", "043"})
RETREAT_CODES = ("087", "166")
AID_CODES = ("07",)
"""Aid goes "to" a place ("delivered medical supplies to the city of Aleppo")."""
PLEDGED_AID = "033"
"""Aid pledged goes "to" a place as aid given does; it is pledged elsewhere."""
CURFEWS = frozenset({"0813", "1723"})
"""Curfews lifted (0813) or imposed (1723): they fall on the place they name."""
LEFT = frozenset({"from", "out"})
"""For withdrawals, these name the place left ("pulled out of Kherson")."""
REGIONS = frozenset(
    {"region", "province", "state", "district", "county", "territory"}
    | {"regions", "provinces", "states", "districts", "counties", "territories"}
)
"""A name qualifying these ("the Cochabamba region") is a region's, whatever city shares
it: such a place is only as precise as its country."""
TRIPS = frozenset({"visit", "trip", "tour", "journey", "voyage"})
"""Their `to` names where the visitor went: "during a visit to Nairobi"."""
OCCASIONS = frozenset({"during", "on", "at", "in"})
"""A trip after these is the occasion of the act ("on a visit to Nairobi"); after others
it is what the act is about ("criticised over his trip to Moscow")."""
SCOPES = frozenset(
    {
        "ceasefire",
        "cease-fire",
        "truce",
        "peace",
        "war",
        "sanctions",
        "embargo",
        "aid",
        "assistance",
        "ban",
        "deal",
        "agreement",
        "operations",
        "presence",
    }
)
"""What these nouns say is in a place is where they apply: "a ceasefire in Gaza" was
agreed elsewhere, "the war in Ukraine" is no venue."""

CLAUSE_NOUNS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
NAME_TAGS = frozenset({"NNP", "NNPS"})

Basis = Literal["sentence", "dateline"]


@dataclass(frozen=True)
class Located:
    """A place and how it was found: `written` is the name as the text gives it."""

    place: Place
    written: str
    basis: Basis

    def as_dict(self) -> dict[str, Any]:
        """The fields of the wire `Location` (schemas/event.py)."""
        return {
            "name": self.written,
            "resolved_name": self.place.name,
            "country_code": self.place.country,
            "region": self.place.region,
            "latitude": self.place.latitude,
            "longitude": self.place.longitude,
            "precision": self.place.precision,
            "basis": self.basis,
            "gazetteer_id": self.place.gazetteer_id,
        }


@dataclass(frozen=True)
class Context:
    """What disambiguates a name: the event's and the article's countries."""

    gazetteer: Gazetteer
    event_countries: frozenset[str]
    article_countries: frozenset[str]

    def resolve(self, name: str, within: str | None = None) -> Place | None:
        if name.lower() in CALENDAR:
            return None  # "in March", "on Sunday": a time, not March in England
        return self.gazetteer.resolve(
            name, self.event_countries, self.article_countries, within=within
        )


CALENDAR = frozenset(MONTHS) | WEEKDAYS


def locate(
    context: Context,
    code: str,
    anchors: Sequence[Word],
    tokens: list[Token],
    dateline: str | None,
) -> Located | None:
    """The event's place: from its own phrase, else the sentence, else the dateline.
    `anchors` are the parse's words for the matched pattern's first and last words
    ("welcomed ... visit"); empty without a parse."""
    for anchor in anchors:
        for word in _attached(anchor, code):
            found = _name_at(context, word, anchor.doc)
            if found is not None:
                return found
    if not anchors:
        found = _after_locative(context, tokens)
        if found is not None:
            return found
    return _from_dateline(context, dateline)


def _from_dateline(context: Context, dateline: str | None) -> Located | None:
    """ "SEOUL" or "SINGAPORE/SEOUL": the first place the dateline names."""
    if not dateline:
        return None
    written = first_dateline_place(dateline)
    place = context.resolve(written.title())
    return Located(place, written, "dateline") if place is not None else None


def first_dateline_place(dateline: str) -> str:
    """The first place a dateline names, as written: "SINGAPORE/SEOUL" -> "SINGAPORE"."""
    return dateline.split("/")[0].strip()


def aimed_at(context: Context, code: str, anchors: Sequence[Word]) -> list[Located]:
    """The place the act's own phrase names, not another clause's nor the dateline:
    where a visit went ("visited Hiroshima") or an attack struck ("shelled Kherson"),
    with the places of other countries joined to it ("struck targets in Syria and Iraq",
    "fired missiles at camps in Afghanistan and a plant in Sudan"). Nothing when its
    object names someone instead ("shot Ivan Petrenko near Kyiv")."""
    for anchor in anchors:
        for word in _attached(anchor, code, own_only=True):
            found = _name_at(context, word, anchor.doc)
            if found is not None:
                return [found, *_joined_places(context, word, found)]
            if word.dep_ == "dobj":
                return []
        town = next((c for c in anchor.children if c.dep_ == "dobj"), None)
        found = _named_before(context, town, anchor.doc) if town is not None else None
        if found is not None:
            return [found]
    return []


def _joined_places(context: Context, word: Word, found: Located) -> list[Located]:
    """Places of other countries joined to the place `word` names: its own conjuncts
    ("in Syria and Iraq"), or the same preposition's object on a conjunct of the noun it
    places ("camps in Afghanistan and a plant in Sudan")."""
    preposition = word.head if word.dep_ == "pobj" else None
    others = list(word.conjuncts)  # the parse may join "a plant" to "Afghanistan" itself
    if preposition is not None and preposition.head != preposition:
        others += preposition.head.conjuncts
    words = [c for c in others if c.tag_ in NAME_TAGS]
    words += [
        named
        for other in others
        if preposition is not None and other.tag_ not in NAME_TAGS
        for c in other.children
        if c.dep_ == "prep" and c.lower_ == preposition.lower_
        for named in c.children
        if named.dep_ == "pobj" and named.tag_ in NAME_TAGS
    ]
    joined: dict[str, Located] = {}
    for other in words:
        located = _name_at(context, other, word.doc)
        if located is not None and located.place.country != found.place.country:
            joined.setdefault(located.place.country, located)
    return list(joined.values())


def _named_before(context: Context, word: Word, doc: Parse) -> Located | None:
    """ "The city", "the town", "the capital" as the object: the last city the sentence
    named before it ("laid a wreath at the Hiroshima Peace Memorial, becoming the first
    sitting U.S. president to visit the city")."""
    if word.lower_ not in TOWN_NOUNS or not any(c.lower_ == "the" for c in word.children):
        return None
    for earlier in reversed(doc[: word.i]):
        found = _name_at(context, earlier, doc) if earlier.tag_ in NAME_TAGS else None
        if found is not None and found.place.precision == "city":
            return found
    return None


TOWN_NOUNS = frozenset({"city", "town", "capital", "village"})


def _attached(anchor: Word, code: str, own_only: bool = False) -> Iterator[Word]:
    """Name words in the phrases of place of the event's own words (the pattern word,
    the words up to its verb, the nouns the verb takes: "held talks in X"), then of the
    verbs it depends on ("shelled X, killing ..."; "..., officials said in Tokyo").
    Phrases in background clauses ("agreed at a summit in Singapore last year") and
    in other branches of the sentence are not the event's. `own_only`: the event's own
    words only."""
    attack, visit = code[:2] in ATTACK_ROOTS, code in VISIT_CODES
    intent = code[:2] == "03"
    aid = own_only and code.startswith((*AID_CODES, PLEDGED_AID))
    aiming = _aiming_prepositions(code, own_only)
    current, own = anchor, True
    for _ in range(6):
        heads = [current]
        while not current.tag_.startswith("VB") and current.head != current and len(heads) < 5:
            current = current.head
            heads.append(current)
        verb = current
        heads += [
            c
            for c in verb.children
            if c.dep_ in CLAUSE_NOUNS
            and c.tag_ in ("NN", "NNS")
            and not (own_only and not attack and c.dep_ == "nsubj")  # "the French military
            # in Rwanda helped ...": where the helper is, not where help went
        ]
        # "struck what it called terrorist camps in Pakistan"
        heads += [c for c in verb.children if syntax.what_clause(c)]
        if own and aid:
            heads += _aid_purposes(verb, heads)
        by = syntax.passive_agent(verb)
        if by is not None and by.tag_ in ("NN", "NNS"):
            heads.append(by)  # "by a mob in the Pakistani city of Sialkot"
        cause = syntax.cause_clause(verb)
        if cause is not None:  # "were killed when missiles hit a block in Dnipro"
            heads += [cause, *(c for c in cause.children if c.dep_ in CLAUSE_NOUNS)]
        for head in dict.fromkeys(heads):
            for child in head.children:
                if child.dep_ == "prep" and head.lower_ in SCOPES and not own_only:
                    continue  # "agreed to a ceasefire in Gaza": aimed at Gaza, not held there
                if child.dep_ == "prep" and not ((intent or aid) and _at_meeting(child)):
                    # an intent stated "at their summit in Singapore" is not aimed there,
                    # nor a fund announced there
                    named = child.lower_ in syntax.LOCATIVE or (own and child.lower_ in aiming)
                    yield from _phrase_names(child, names=named, stated=intent)
                elif (attack or (own and visit)) and child.dep_ == "dobj":
                    # "shelled Donetsk", "visited Pyongyang"; "shelled Kharkiv, killing ..."
                    yield from _noun_names(child)
                elif (
                    attack
                    and head is anchor
                    and anchor.lower_ not in syntax.ARMS  # "U.S. cruise missiles": whose
                    and child.dep_ == "compound"
                    and child.tag_ in NAME_TAGS
                ):
                    yield child  # "the Kashmir attack"
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            yield from _noun_names(verb.head)  # "met in Washington, where they agreed"
        if own_only or verb.head == verb or verb.dep_ in BACKGROUND_LINKS:
            return
        if syntax.in_background(verb):
            return
        current, own = verb.head, False


def _aid_purposes(verb: Word, heads: list[Word]) -> list[Word]:
    """What aid given or pledged is for, and that purpose's objects: "pledged $500
    million to rebuild schools in Yemen", "sent supplies to help flood victims in
    Pakistan" go where the schools and the victims are."""
    purposes = [c for c in verb.children if syntax.purpose_of(c) == verb.idx]
    purposes += [
        c
        for noun in heads
        if noun.dep_ == "dobj"
        for c in noun.children
        if c.dep_ == "relcl" and syntax.to_infinitive(c)  # "donated $50 million to rebuild"
    ]
    return purposes + [c for p in purposes for c in p.children if c.dep_ == "dobj"]


def _at_meeting(prep: Word) -> bool:
    """ "At their summit", "during talks": the meeting an intent was stated at."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.lower_ in ("at", "during")
        and noun is not None
        and not syntax.MEETING_NOUNS.isdisjoint(syntax.lemmas_of(noun.lower_))
    )


def _aiming_prepositions(code: str, aimed: bool = False) -> frozenset[str]:
    """Prepositions that, in the act's own phrase, name the place it is aimed at: what an
    attack struck ("a strike on Kharkiv"), where a visit or aid went ("to"), the place
    a withdrawal left ("from", "out of") and the place taken ("control of Avdiivka").
    `aimed`: asked for the act's target, not its location."""
    aiming: set[str] = set()
    if code[:2] in ATTACK_ROOTS:
        aiming |= STRUCK
    if code in VISIT_CODES or code.startswith(AID_CODES):
        aiming.add("to")
    if aimed and code.startswith(PLEDGED_AID):
        aiming.add("to")  # "would send fighter jets to Kyiv": at Ukraine, though not there
    if code.startswith(RETREAT_CODES):
        aiming |= LEFT
    if code == "192":
        aiming.add("of")
    if code in CURFEWS:
        aiming.add("on")  # "lifted the curfew on Hebron"
    return frozenset(aiming)


BACKGROUND_LINKS = frozenset({"relcl", "acl"})
"""A clause describing a noun ("the agreement reached at a summit in Singapore") is not
placed where its noun's clause is, nor the other way round."""


def _phrase_names(prep: Word, names: bool = True, stated: bool = False) -> Iterator[Word]:
    """The proper nouns a prepositional phrase places the event at, outermost first:
    "at the Shangri-La Hotel in Singapore" gives Hotel, then Singapore. With
    `names=False` (a phrase not of place: "with", "through", "during") only the phrases
    of place inside it count: "through its embassy in Beijing" gives Beijing; "near the
    border with Turkey" gives nothing (Turkey is beside the place, not the place).
    `stated`: the event is an intent, which the meeting it was stated at does not place."""
    occasion = prep.lower_ in OCCASIONS
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            yield from _noun_names(pobj, names, occasion, stated)
        elif prep.lower_ == "out" and pobj.lower_ == "of":
            yield from _phrase_names(pobj, names, stated)  # "out of Kherson"


def _noun_names(
    noun: Word, names: bool = True, occasion: bool = False, stated: bool = False
) -> Iterator[Word]:
    """`occasion`: the noun is the occasion of the act ("during a visit to Nairobi"), so
    where a trip went is where the act was."""
    if names and noun.tag_ in NAME_TAGS:
        yield noun
    if noun.lower_ in SCOPES:
        return  # "a ceasefire in Gaza": where it applies, not where it was agreed
    for child in noun.children:
        if child.dep_ == "prep" and not (stated and _at_meeting(child)):
            named = (
                child.lower_ in syntax.LOCATIVE
                or (child.lower_ == "of" and noun.lower_ in PLACE_NOUNS)
                or (child.lower_ == "to" and occasion and noun.lower_ in TRIPS)
            )
            yield from _phrase_names(child, names=named, stated=stated)
        elif child.dep_ == "conj" and child.tag_.startswith("NN"):
            yield from _noun_names(child, names, stated=stated)  # "between A and B in Sweden"
    if names and (noun.tag_ in NAME_TAGS or noun.lower_ in PLACE_NOUNS):
        for child in noun.children:  # "Haiti's capital", "Colombia's Catatumbo region"
            named = child.dep_ == "poss" or (
                child.dep_ in ("compound", "nmod") and noun.tag_ == "NN"
            )
            if named and child.tag_ in NAME_TAGS:
                yield child
            elif named and child.dep_ == "compound" and child.tag_ == "NN":
                yield from (  # "the Tulkarm refugee camp"
                    c for c in child.children if c.dep_ == "compound" and c.tag_ in NAME_TAGS
                )


MEMORIALS = frozenset(
    {"memorial", "monument", "cemetery", "mausoleum", "shrine", "museum"}
    | {"university", "college", "hospital", "airport", "stadium", "prison"}
)
"""Landmarks and institutions named after the city they stand in: "the Warsaw Uprising
Monument", "Garissa University College"."""


"""A direction written as part of a name ("Western Kampuchea") that names no place of
its own: the place is the rest of the name."""


def _name_at(context: Context, word: Word, doc: Parse) -> Located | None:
    """The place a proper noun and its compounds name ("New York", "the Gaza Strip": the
    gazetteer's keys ignore a leading "the"), qualified by an apposition ("Stockholm,
    Sweden"; "Paris, Texas")."""
    first = word
    while True:
        left = [c for c in first.children if c.dep_ in ("compound", "flat") and c.i < first.i]
        if not left or left[0].tag_ not in NAME_TAGS:
            break
        first = left[0]
    glued = _hyphened_start(first, doc)
    if glued is not first and context.resolve(doc[glued.i : word.i + 1].text) is not None:
        first = glued  # "Port-au-Prince", which the parse splits into words and hyphens
    written = doc[first.i : word.i + 1].text
    if not written[:1].isupper():
        return None  # a common noun tagged as a name: "the west bank of the Dnipro"
    within = None
    for child in word.children:
        if child.dep_ in ("appos", "npadvmod", "conj") and child.tag_ in NAME_TAGS:
            qualifier = context.resolve(child.text)
            if qualifier is not None and qualifier.precision != "city":
                within = qualifier.country if qualifier.precision == "country" else qualifier.name
    place = context.resolve(written, within) or (context.resolve(written) if within else None)
    if place is None and first != word and first.lower_ in QUARTERS:
        written = doc[first.i + 1 : word.i + 1].text  # "Western Kampuchea", "Northern Gaza"
        place = context.resolve(written, within)
    if place is None and first != word and word.lower_ in MEMORIALS:
        place = context.resolve(first.text, within)  # "the Hiroshima Peace Memorial"
        written = first.text if place is not None else written
    if place is not None and word.dep_ == "compound" and word.head.lower_ in REGIONS:
        place = context.gazetteer.country(place.country)  # "the Cochabamba region"
    return Located(place, written, "sentence") if place is not None else None


def _hyphened_start(first: Word, doc: Parse) -> Word:
    """The first word of the hyphened words ending at `first` ("Port-au-Prince",
    "Rostov-on-Don"); `first` when no hyphen glues a word to it."""
    start = first.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace
        and not doc[start - 2].whitespace
    ):
        start -= 2
    return doc[start]


def _after_locative(context: Context, tokens: list[Token]) -> Located | None:
    """Without a parse: the first capitalised name after a locative word."""
    for i, token in enumerate(tokens[:-1]):
        if token.lower not in syntax.LOCATIVE:
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
