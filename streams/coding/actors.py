"""Finding actors in a sentence: countries, organisations, people and roles.

Phrases from the dictionaries are compiled into a trie over token texts (as
flashtext does over characters), so one left-to-right pass finds the longest
phrase at each position. Mentions are then composed: a country followed by a
role ("South Korea's foreign ministry", "North Korean leader") becomes
country + role (PRKGOV); a title followed by a name takes the person's code as
of the article date.
"""

import datetime as dt
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from streams.coding.dates import WEEKDAYS
from streams.coding.dictionaries import Dictionaries, Tenure
from streams.coding.tokens import HOLDING, MAKING, Token, token_at, tokenize

Kind = Literal["country", "organisation", "person", "role", "context", "pronoun", "group"]

MODIFIERS = frozenset(
    {
        "top",
        "senior",
        "chief",
        "special",
        "former",
        "deputy",
        "vice",
        "new",
        "acting",
        "then",
        "outgoing",
        "incoming",
        "nuclear",
        "own",
        "main",
        "powerful",
        "most",
        "ruling",
        "first",
        "junior",
        "foreign",
        "military",
        "defense",
        "defence",
        "state",
        "federal",
        "local",
        "central",
        "riot",
        "security",
        "national",
        "regional",
        "interim",
        "transitional",
        "provisional",
        "exiled",
        "ousted",
        "elected",
        "newly",
        "reclusive",
        "communist",
        "neighbouring",
        "neighboring",
        "two",
        "three",
        "many",
        "several",
        "some",
        "presidential",
        "leading",
        "prominent",
        "-",  # "Vietnamese-led forces": the name is split from "led" (tokens.py)
        "led",
        "coalition",
        "hardline",
        "moderate",
        "armed",
        "naval",
        "elite",
        "paramilitary",
        "ground",
        "rival",
        "supreme",
        "political",
        "spiritual",
        "religious",
        "veteran",
        "longtime",
        "trade",
        "peace",
        "health",
        "energy",
        "climate",
        "finance",
        "economic",
        "border",
        "oil",
        "aid",
        "construction",
        "humanitarian",
        "medical",
        "relief",
        "rescue",
        "human",
        "rights",
        "leftist",
        "rightist",
        "left",
        "right",
        "wing",
        "marxist",
        "maoist",
        "islamist",
        "separatist",
        "nationalist",
        "radical",
        "kurdish",
        "tamil",
        "shiite",
        "shia",
        "sunni",
        "muslim",
        "moslem",
        "islamic",
        "hindu",
        "sikh",
        "christian",
        "catholic",
        "protestant",
        "jewish",
        "arab",
        "baluch",
        "pashtun",
        "uighur",
        "uyghur",
        "tuareg",
    }
)
"""Words that may stand between a country and a role: "South Korea's *chief nuclear* envoy",
"Chinese *trade* negotiators", "Palestinian *health* officials", "American *oil* workers",
"Colombian *leftist* guerrillas", "Iranian *Kurdish* rebels"."""

QUANTITIES = frozenset({"thousands", "hundreds", "dozens"})
"""Crowds named by their size ("Hundreds of thousands rallied") are citizens; "dozens
of soldiers" are soldiers."""
SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "any"}
OBJECT_PRONOUNS = frozenset({"him", "her"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
"""The token the tokenizer splits off a possessive ("Russia's" -> "Russia", "'s")."""
AFTER_OBJECT = frozenset(
    {".", ",", ";", "to", "on", "in", "at", "for", "that", "with", "and", "as"}
)
"""After these words "her" is an object ("urged her to"), not a possessive ("her
government")."""
SIDES = (
    ("both", "sides"),
    ("the", "two", "sides"),
    ("all", "sides"),
    ("the", "warring", "sides"),
    ("the", "warring", "parties"),
    ("the", "warring", "factions"),
    ("all", "parties"),
)
"""Phrases for the sides of one country's conflict when "in" or "of" the country follows."""

COUNTED_GROUP_NOUNS = (
    *("sides", "countries", "nations", "states", "governments", "capitals", "allies"),
    *("leaders", "presidents", "ministers", "juntas", "regimes", "militaries", "armies"),
    *("neighbours", "neighbors", "rivals", "men", "counterparts"),
)
"""Nouns that, counted ("the three juntas", "both governments", "the two men"), stand
for the actors named together just before."""
COUNTED_COUNTRIES = frozenset({"countries", "nations", "states", "neighbours", "neighbors"})
"""Counted group nouns that stand for countries only, never an organisation."""
GROUP_PHRASES = (
    *(
        (*count, noun)
        for count in (
            ("the", "two"),
            ("the", "three"),
            ("the", "four"),
            ("both",),
            ("all", "three"),
        )
        for noun in COUNTED_GROUP_NOUNS
    ),
    *(
        (*count, "heads", "of", office)
        for count in (("the", "two"), ("both",))
        for office in ("state", "government")
    ),
    ("each", "side"),
    ("all", "sides"),
    ("the", "two"),
    ("their", "countries"),
    ("the", "allies"),
    ("the", "neighbours"),
    ("the", "neighbors"),
    ("the", "nuclear-armed", "neighbours"),
    ("the", "nuclear-armed", "neighbors"),
    ("the", "nuclear-armed", "rivals"),
    ("the", "envoys"),
)
"""Phrases for actors named before them; FIXED_GROUPS adds those that need no earlier
mention."""
FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "VNM"})


UNPLACED = "???"
UNPLACED_ROLES_IGNORED = frozenset(
    {
        "side",
        "counterpart",
        "counterparts",
        "paper",
        "daily",
        "press",
        "general",
        "aircraft",
        "jets",
        "company",
        "companies",
        "firm",
        "firms",
        "business",
        "businesses",
        "bank",
        "banks",
        "officers",
        "leader",
        "leaders",
        "leadership",
        "court",
        "courts",
        "assembly",
        "intelligence",
    }
)
"""Role words too vague to place by context alone ("share intelligence on armed groups"
is information, not an agency)."""
LEADERSHIP = frozenset({"leader", "leaders", "leadership"})
"""Of those, the ones an owner's "its" or "their" places ("their leader")."""
PLACE_WORDS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "through", "around"}
)


@dataclass(frozen=True)
class Entry:
    kind: Kind
    code: str
    exact_case: bool = False
    requires: frozenset[str] = frozenset()
    tenures: tuple[Tenure, ...] = ()
    capitalised: bool = False
    """A proper name ("West Bank", "Pole"): the text must capitalise it too, so "the west
    bank of the Dnipro" and "a pole" name no one."""


@dataclass(frozen=True)
class Mention:
    """Tokens `start:end` of the sentence name actor `code`."""

    start: int
    end: int
    code: str
    kind: Kind
    resolved: bool = False  # from context (pronoun, "the ministry"), not named here

    def text(self, tokens: list[Token], sentence: str) -> str:
        return sentence[tokens[self.start].start : tokens[self.end - 1].end]


FOLK = frozenset({"REB", "CVL", "OPP"})


@dataclass
class ArticleMemory:
    """What earlier sentences of the same article established."""

    seen_roots: set[str] = field(default_factory=set)
    last_person: str | None = None
    last_thing: str | None = None
    last_state: str | None = None
    """The country named last: what "the country" stands for when an organisation or a
    person came after it ("filed a case against Myanmar at the ICJ. It accused the
    country ...")."""
    last_group: tuple[str, ...] = ()
    """The last compound actor of two countries or more ("A and B")."""
    last_pair: tuple[str, ...] = ()
    """The last two countries one sentence named apart ("Merz hosted Macron"): "the two
    leaders" when no compound actor came before."""
    pair_before: tuple[str, ...] = ()
    """The two countries the sentence before named, if it named two: whom "each side"
    stands for in a sentence that names no one before it."""
    last_bloc: str | None = None
    """The international organisation named last: "the bloc", "the alliance"."""
    last_opener: str | None = None
    """The first actor of the sentence before: who made "the move", "the decision"."""
    owned_moves: dict[str, str] = field(default_factory=dict)
    """The owner of each move the sentence before named with a possessive ("defended
    OPEC's decision to cut output"): whose "the decision" is later."""
    last_claimant: str | None = None
    """Who spoke in the sentence before (its first actor if no one is said to speak):
    whose "claim" or "accusation" a reply rejects."""
    opening_person: str | None = None
    """The sentence before's first actor, when a person: who "He" opening a sentence
    is ("Zelenskiy arrived for talks with Biden. He is expected to ask ...")."""
    opening_people: str | None = None
    """The sentence before's first actor, when plural people of one side: who "They"
    opening a sentence are ("Turkish officials said talks had collapsed. They blamed
    France")."""
    opening_group: tuple[str, ...] = ()
    """The sentence before's first actor, when a group of countries: who "They" opening a
    sentence are ("Japan and China held talks. They agreed to ...")."""
    people_acted_on: str | None = None
    """The last plural people of one side the sentence before named after its first actor
    ("Bolivia expelled Venezuelan diplomats. Anez accused them of ..."): whom an addressed
    "them" is when its own sentence names no one else."""
    by_role: dict[str, str] = field(default_factory=dict)
    by_title: dict[str, str] = field(default_factory=dict)
    """The actor each word of a role's name last named: "the minister" is the last
    minister, even when an envoy (another GOV) was named since."""
    surnames: dict[str, str] = field(default_factory=dict)
    home: str | None = None
    """The first country the article names: where unplaced roles ("protesters") are."""
    dateline_home: str | None = None
    """The country of the dateline's place: where unplaced people, police and armed men
    are before the article names a country ("GUATEMALA CITY -- Gunmen released two
    priests")."""
    dateline_meets: bool = False
    """The dateline is a city where international bodies meet (see MEETING_CITIES)."""

    def remember(
        self, mentions: list["Mention"], groups: list[list["Mention"]], tokens: list[Token]
    ) -> None:
        for mention in mentions:
            if mention.kind == "group":
                continue
            if self.home is None and not mention.resolved and mention.code[:3] != "IGO":
                self.home = mention.code[:3]
            self.seen_roots.add(mention.code[:3])
            if _one_person(tokens, mention):  # "South Africa's president": "him" too
                self.last_person = mention.code
            elif not _people_for_it(tokens, mention, "thing"):  # "killing four people.
                self.last_thing = mention.code  # Yerevan denied it": not the people
            if mention.kind == "country" and not mention.code.startswith(("IGO", UNPLACED)):
                self.last_state = mention.code
            if len(mention.code) >= 6 and mention.code[:3] != "IGO":
                self.by_role[mention.code[3:6]] = mention.code
                if not mention.resolved or mention.kind == "role":  # "the defense ministry
                    # said ... The ministry demanded": the one placed before
                    self.by_title.update(
                        (t.lower, mention.code) for t in tokens[mention.start : mention.end]
                    )
            if mention.code.startswith("IGO"):
                self.last_bloc = mention.code
        named = [m for m in mentions if m.kind != "group"]
        self.owned_moves = {
            tokens[m.end + 1].lower: m.code
            for m in named
            if m.end + 1 < len(tokens)
            and tokens[m.end].lower in POSSESSIVE_MARKS
            and tokens[m.end + 1].lower in MOVES
        }
        self.opening_people = None
        acted_on = [m for m in named[1:] if m.kind != "person" and _plural_role(tokens, m)]
        self.people_acted_on = acted_on[-1].code if acted_on else None
        if named:
            at_place = after_place_word(tokens, named[0].start)  # "An international
            # tribunal in The Hague ruled ...": no Dutch ruling, and no one's known
            self.last_opener = None if at_place else named[0].code
            self.opening_person = named[0].code if _one_person(tokens, named[0]) else None
            plural = named[0].kind != "person" and _plural_role(tokens, named[0])
            self.opening_people = named[0].code if plural else None
            speaker = next((m for m in named if _says(tokens, m)), None)
            claimant = speaker or named[0]
            joined = next((g for g in groups if claimant in g), [claimant])
            self.last_claimant = group_code(joined)  # "Britain
            # and France accused Russia ... Moscow rejected the accusations": both
        self.opening_group = ()
        for group in groups:
            codes = tuple(dict.fromkeys(m.code for m in group))
            if len({c[:3] for c in codes}) >= 2 or _warring_at_home(codes):
                self.last_group = codes
                if named and group[0] == named[0]:
                    self.opening_group = codes
        sides = tuple(
            dict.fromkeys(
                m.code
                for m in named
                if m.kind != "pronoun" and not after_place_word(tokens, m.start)
            )
        )
        # "... to lead the army against Tigrayan rebels. The United States urged all
        # sides to ...": the state and its rebels, named unjoined
        if all(len(g) < 2 for g in groups) and _warring_at_home(sides):
            state = next(c for c in sides if c[3:6] in ("GOV", "MIL"))
            self.last_group = (state, next(c for c in sides if c[3:6] == "REB"))
        opener = mentions[0] if mentions else None
        if opener is not None and opener.kind == "group" and opener.start <= 1:
            self.opening_group = tuple(opener.code.split("+"))  # "The two leaders
            # embraced. They signed ...": the two
        by_country: dict[str, str] = {}
        for mention in mentions:  # not where they met: "met his Indian counterpart in
            # Jakarta. The two ministers agreed ..."
            if (
                mention.kind != "group"
                and not after_place_word(tokens, mention.start)  # "To Lam welcomed him"
                and not _topic_named(tokens, mention.start)  # "met Xi to discuss Taiwan"
            ):
                country = mention.code[:3]  # its state, not "militant camps" it holds
                by_country.setdefault(
                    country, country if mention.code[3:6] in FOLK else mention.code
                )
        self.pair_before = tuple(by_country.values()) if len(by_country) == 2 else ()
        if self.pair_before:
            self.last_pair = self.pair_before


def _topic_named(tokens: list[Token], start: int) -> bool:
    """The mention is what talks are about ("met Xi to discuss Taiwan", "China's position
    on Ukraine"), not a side of them; not "sanctions on Russia", whom they fall on."""
    k = start - 1 if start and tokens[start - 1].lower == "the" else start
    if k < 1:
        return False
    before = tokens[k - 1].lower
    if before in ("on", "over", "about"):
        return k >= 2 and tokens[k - 2].lower in TALKED_ABOUT
    return before in ("discuss", "discussed", "discussing")


TALKED_ABOUT = frozenset(
    {"talks", "position", "stance", "views", "discussions", "negotiations", "concerns"}
)


def _warring_at_home(codes: tuple[str, ...]) -> bool:
    """One country's state and an armed group of its own ("Sudan's army and the Rapid
    Support Forces"): two sides, whom "both sides" later stands for."""
    return (
        len({c[:3] for c in codes}) == 1
        and any(c[3:6] in ("GOV", "MIL") for c in codes)
        and any(c[3:6] == "REB" for c in codes)
    )


class ActorRecognizer:
    """Compiled dictionaries; `find(tokens, day, memory)` lists a sentence's mentions."""

    def __init__(
        self, dictionaries: Dictionaries, place_country: Callable[[str], str | None] | None = None
    ) -> None:
        """`place_country` names the country of a place the dictionaries do not hold
        ("in Istanbul"), so that "police" there are Turkey's."""
        self._place_country = place_country
        self._trie: dict = {}
        self._roles: dict = {}
        names = {name.lower() for country in dictionaries.countries for name in country.names}
        self._adjectives = frozenset(  # "Syrian", not "Syria" nor "US"
            adjective.lower()
            for country in dictionaries.countries
            for adjective in country.adjectives
            if adjective.lower() not in names
        )
        for country in dictionaries.countries:
            for name in country.names:
                self._add(name, Entry("country", country.code, _is_acronym(name)))
            for adjective in country.adjectives:
                self._add(adjective, Entry("country", country.code, _is_acronym(adjective)))
                plural = not adjective.endswith(("s", "sh", "ch", "ese", "."))
                if plural and not adjective.isupper():  # "Kenyans": people; "USS" no one
                    self._add(adjective + "s", Entry("country", country.code + "CVL"))
            for capital in country.capitals:
                self._add(capital, Entry("country", country.code + "GOV"))
        for org in dictionaries.organisations:
            for name in org.names:
                self._add(name, Entry("organisation", org.code, _is_acronym(name)))
            for adjective in org.adjectives:
                self._add(adjective, Entry("organisation", org.code))
        for phrase in dictionaries.context:
            # "the North" only capitalised; "the island" in any case
            capitalised = any(w[:1].isupper() for w in phrase.phrase.split() if w != "the")
            entry = Entry("context", phrase.code, capitalised, phrase.requires)
            self._add(phrase.phrase, entry)
        people: dict[str, list[Tenure]] = {}
        for tenure in dictionaries.people:
            for name in tenure.names:
                people.setdefault(name, []).append(tenure)
        for name, tenures in people.items():
            self._add(name, Entry("person", tenures[0].country, tenures=tuple(tenures)))
        unique, self._shared_surnames = _surnames(people)
        for surname, tenures in unique.items():
            self._add(surname, Entry("person", tenures[0].country, True, tenures=tenures))
        for role in dictionaries.roles:
            for noun in role.nouns:
                self._add(noun, Entry("role", role.code), trie=self._roles)
        self._people = people
        self._starts = (
            frozenset(self._trie)
            | frozenset(self._roles)
            | frozenset(SUBJECT_PRONOUNS)
            | OBJECT_PRONOUNS
            | {"them"}
            | frozenset(_GROUPS_BY_FIRST)
            | frozenset(_SIDES_BY_FIRST)
            | {"its"}  # "its neighbour"
        )
        """Words a mention can start with (a surname met earlier in the article aside)."""

    def _add(self, phrase: str, entry: Entry, trie: dict | None = None) -> None:
        node = self._trie if trie is None else trie
        words = tokenize(phrase)
        for token in words:
            node = node.setdefault(token.lower, {})
        first = next((t.text for t in words if t.lower != "the"), "")
        if entry.kind in ("country", "organisation") and first[:1].isupper():
            entry = replace(entry, capitalised=True)
        node.setdefault(None, []).append(entry)

    @staticmethod
    def _longest(trie: dict, tokens: list[Token], i: int) -> tuple[int, list[Entry]]:
        node, best_end, best = trie, i, []
        for j in range(i, len(tokens)):
            node = node.get(tokens[j].lower)
            if node is None:
                break
            if None in node:
                best_end, best = j + 1, node[None]
        return best_end, best

    def _sides_in(
        self, tokens: list[Token], i: int, memory: ArticleMemory, seen: set[str]
    ) -> tuple[int, str] | None:
        """The end and country of "both sides in Sudan", "the warring parties in Yemen"."""
        words = _phrase_at(tokens, i, _SIDES_BY_FIRST)
        if not words or i + words >= len(tokens) or tokens[i + words].lower not in ("in", "of"):
            return None
        hit = self._entry_at(tokens, i + words + 1, memory, seen)
        if hit is None or hit[1].kind != "country":
            return None
        return hit[0], hit[1].code[:3]

    def _visited(
        self, tokens: list[Token], i: int, memory: ArticleMemory, seen: set[str]
    ) -> str | None:
        """The country of the place the pronoun at `i` "arrived in" or "visited", named
        right after the verb."""
        k = i + 1
        if k >= len(tokens) or VISITING.isdisjoint(tokens[k].lemmas):
            return None
        k += 1
        if k < len(tokens) and tokens[k].lower in ("in", "at", "to"):
            k += 1
        hit = self._entry_at(tokens, k, memory, seen) if k < len(tokens) else None
        if hit is None or hit[1].kind == "person":
            return None
        return hit[1].code[:3]

    def _branch(
        self, tokens: list[Token], end: int, memory: ArticleMemory, seen: set[str]
    ) -> tuple[int, str] | None:
        """ "'s Afghan branch" after an armed group ending at `end` (its "'s"): where the
        branch ends and its country. A group's national branch acts in that country:
        Islamic State's Afghan branch is AFGREBISI, not Iraq's."""
        hit = self._entry_at(tokens, end + 1, memory, seen)
        if hit is None or hit[1].kind != "country" or len(hit[1].code) != 3:
            return None
        after = hit[0]
        if after >= len(tokens) or tokens[after].lower not in BRANCHES:
            return None
        return after + 1, hit[1].code

    def _entry_at(
        self, tokens: list[Token], i: int, memory: ArticleMemory, seen: set[str]
    ) -> tuple[int, Entry] | None:
        end, entries = self._longest(self._trie, tokens, i)
        surname = memory.surnames.get(tokens[i].text)
        if not entries or (surname and end - i == 1):  # the article's own Hussein first
            if surname and tokens[i].text[:1].isupper() and not _first_name(tokens, i + 1):
                return i + 1, Entry("person", surname)
            if not entries:
                return None
        first = next((t for t in tokens[i:end] if t.lower != "the"), tokens[i])
        for entry in entries:
            if entry.capitalised and not first.text[:1].isupper():
                continue
            if (
                entry.exact_case
                and not _same_case(tokens[i:end], entry)
                and not (entry.kind == "person" and tokens[i].text[:1].isupper())
            ):
                continue
            if entry.kind == "context" and not (entry.requires & (seen | memory.seen_roots)):
                continue
            if entry.kind == "context" and end - i == 1 and _first_name(tokens, end):
                continue  # "West Africa", "North Jeolla": part of a longer name
            if (
                entry.kind == "country"
                and entry.code.endswith("GOV")
                and (
                    _names_accord(tokens, end)
                    or _names_incident(tokens, i, end)
                    or _names_landform(tokens, i, end)
                )
            ):
                continue  # "the Paris climate agreement", "the Minsk accords", "the Kabul
                # airport bombing": a city's name
            if entry.kind == "person" and end - i == 1 and _first_name(tokens, end):
                continue  # "Ahmed Mansour" is not Abiy Ahmed
            if (
                entry.kind == "person"
                and end - i == 1
                and entry.tenures[:1]
                and entry.tenures[0].country in FAMILY_NAME_FIRST
                and self._other_name_before(tokens, i)
            ):
                continue  # "Grassy Park police", "Lisa Park"
            return end, entry
        return None

    def _other_name_before(self, tokens: list[Token], i: int) -> bool:
        """A lone family name written first ("Park") right after another capitalised
        name, which is no title and does not open the sentence or a run of capitalised
        words (a headline's), is part of someone else's name or a place's. A Western
        family name after a first name ("Melania Trump") stays: kin share a country."""
        if i < 2 or not NAME_WORD.match(tokens[i - 1].text):
            return False
        before = tokens[i - 1].lower.rstrip(".")
        return not (
            before in HONORIFICS
            or before in self._roles
            or before in PERSON_TITLES
            or tokens[i - 2].text[:1].isupper()
        )

    def find(
        self, tokens: list[Token], day: dt.date | None, memory: ArticleMemory
    ) -> list[Mention]:
        """The actor mentions of one sentence, left to right, not overlapping."""
        mentions: list[Mention] = []
        seen: set[str] = set()
        backers: set[int] = set()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            starts = (
                token.lower in self._starts
                or token.text in memory.surnames
                or _judged_owner(tokens, i)  # "praised | his stance"
            )
            if not (starts or (token.lower in ("this", "that") and _the_move(tokens, i, ACTS))):
                if self._backed_by_country(token):
                    backers.add(i + 1)  # "Iran-backed | militant groups"
                i += 1
                continue
            found = self._compose(tokens, i, day, memory, seen, mentions)
            if found is None:
                i += 1
                continue
            made = _made_by(tokens, found.end)
            if made and tokens[found.end + 1].lower in BACKING:
                backers.add(found.end + 2)  # "Iran - backed | militants"
            if not (
                (made and not _goods_barred(tokens, found) and not work_cancelled(tokens, found))
                or based_in(tokens, found.end)
                or _names_water(tokens, found)
                or _describes_thing(tokens, found)
                or _formed(tokens, found)
                or _others_of(tokens, found)
                or _linked_to_name(tokens, found)
                or _another_meaning(tokens, found)
                or self._surname_after_title(tokens, found, mentions)
            ):
                found = _former(tokens, _ethnic(tokens, found), memory)  # before "her"
                mentions.append(found)
                seen.add(found.code[:3])
            i = found.end
        mentions = self._elided(tokens, mentions, memory, seen)
        mentions = _shared_roles(tokens, _minorities(tokens, _civilian_modifiers(tokens, mentions)))
        mentions = _region_members(tokens, mentions)
        backers |= {  # "militants backed by India", as "India-backed militants"
            m.start
            for m in mentions
            if m.end + 1 < len(tokens)
            and tokens[m.end].lower in BACKING
            and tokens[m.end + 1].lower == "by"
        }
        placed = _operating_in(
            tokens,
            _place_roles(tokens, mentions, memory, self._place_country, backers, self._adjectives),
        )
        return [_former(tokens, m, memory) for m in placed]

    def _backed_by_country(self, token: Token) -> bool:
        """ "Iran-backed", "Russian-funded", written as one word."""
        head, _, participle = token.text.rpartition("-")
        return participle.lower() in BACKING and self._country_word(head)

    def _speaker_or_thing(self, tokens: list[Token], mention: Mention) -> bool:
        """The mention speaks ("U.S. officials said ...") or is a country's adjective on
        a thing ("an Israeli missile"): not what a later "the country" stands for."""
        return _says(tokens, mention) or self._of_a_thing(tokens, mention)

    def _of_a_thing(self, tokens: list[Token], mention: Mention) -> bool:
        """A country's adjective describing a thing ("a Syrian air base"): no antecedent
        of a later "it" ("... in retaliation for an attack it blamed on Assad")."""
        return (
            mention.end - mention.start == 1
            and tokens[mention.start].lower in self._adjectives
            and mention.end < len(tokens)
            and tokens[mention.end].text.islower()
        )

    def split_joined(self, tokens: list[Token]) -> list[Token]:
        """Tokens with countries joined by hyphens split apart: "US-China trade talks",
        "the Russia-Ukraine war", "an Israeli-American hostage" name two countries each.
        Only where every part is a country's name or word, so "Guinea-Bissau",
        "Al-Shabaab" and "Kim Jong-un" stay whole; and a holder of land before its
        participle ("Pakistan-administered Kashmir", "Houthi-controlled ports")."""
        split: list[Token] = []
        for k, token in enumerate(tokens):
            *joined, last = parts = token.text.split("-")
            countries = (
                joined
                and token.lower not in self._trie  # "Guinea-Bissau" is one name
                and all(self._country_word(p) for p in joined)
                and (self._country_word(last) or self._country_begun(last, tokens[k + 1 :]))
            )
            cancelled = self._backed_by_country(token) and _cancelled_before(tokens, k)
            # "cancel two China-backed pipeline projects": see work_cancelled
            if not (countries or self._ruled_by(token) or cancelled):
                split.append(token)
                continue
            start = token.start
            for n, part in enumerate(parts):
                if n:
                    split.append(token_at("-", start))
                    start += 1
                split.append(token_at(part, start))
                start += len(part)
        return split

    def _ruled_by(self, token: Token) -> bool:
        """ "Pakistan-administered", "Houthi-controlled": a named actor holding land."""
        head, _, participle = token.text.rpartition("-")
        return participle.lower() in RULING and head[:1].isupper() and bool(self._named(head))

    def _country_word(self, word: str) -> bool:
        return word[:1].isupper() and any(e.kind == "country" for e in self._named(word))

    def _named(self, word: str) -> list[Entry]:
        """The dictionary entries a single word names on its own."""
        return self._trie.get(word.lower(), {}).get(None, [])

    def _country_begun(self, word: str, after: list[Token]) -> bool:
        """The word starts a country's name that the next tokens finish ("US-South |
        Korea")."""
        if not word[:1].isupper():
            return False
        end, entries = self._longest(self._trie, [token_at(word, 0), *after[:3]], 0)
        return end > 1 and any(e.kind == "country" for e in entries)

    def _elided(
        self, tokens: list[Token], mentions: list[Mention], memory: ArticleMemory, seen: set[str]
    ) -> list[Mention]:
        """ "North and South Korea", "East and West Germany": the first word names a
        country of its own, whose name ends like the second's."""
        found = list(mentions)
        for mention in mentions:
            i = mention.start
            if i < 2 or tokens[i - 1].lower != "and" or tokens[i].lower not in COMPASS:
                continue
            if tokens[i - 2].lower not in COMPASS or any(
                m.end > i - 2 for m in found if m.start < i
            ):
                continue
            name = tokenize(
                " ".join([tokens[i - 2].text, *(t.text for t in tokens[i + 1 : mention.end])])
            )
            hit = self._entry_at(name, 0, memory, seen)
            if hit and hit[0] == len(name) and hit[1].kind == "country":
                found.append(Mention(i - 2, i - 1, hit[1].code, "country"))
        return sorted(found, key=lambda m: m.start)

    def _surname_after_title(
        self, tokens: list[Token], found: Mention, before: list[Mention]
    ) -> bool:
        """A one-word country name or demonym that ends a personal name after a title
        ("human rights chief Volker Turk"): a surname, no country."""
        i = found.start
        if found.kind != "country" or found.end - i != 1 or i < 2:
            return False
        if (before and before[-1].end > i - 1) or not NAME_WORD.match(tokens[i - 1].text):
            return False
        title = tokens[i - 2].lower
        return title in MODIFIERS or title in self._roles

    def _compose(
        self,
        tokens: list[Token],
        i: int,
        day: dt.date | None,
        memory: ArticleMemory,
        seen: set[str],
        before: list[Mention],
    ) -> Mention | None:
        if tokens[i].lower == "its":  # a start only for "its neighbour"
            neighbour = _its_neighbour(tokens, i, before)
            return Mention(i, *neighbour, "country", resolved=True) if neighbour else None
        if _the_move(tokens, i):
            owner = _move_told_here(tokens, i, before)  # "The U.S. tightened curbs ..., and
            # Beijing said the move ..."; else "Japan welcomed the move" after a sentence
            # that told it, and "the decision" after "OPEC's decision" is OPEC's
            if owner is None and memory.last_opener:
                owner = memory.owned_moves.get(tokens[i + 1].lower, memory.last_opener)
            if owner:
                kind = "group" if "+" in owner else "country"
                return Mention(i, i + 2, owner, kind, resolved=True)
        claimant = _the_move(tokens, i, CLAIMS) and (
            _claimant_before(tokens, before, i) or memory.last_claimant
        )
        if claimant:  # "Kyiv denied the claim"
            kind = "group" if "+" in claimant else "country"
            return Mention(i, i + 2, claimant, kind, resolved=True)
        bloc = _the_bloc(tokens, i, before, memory)
        if bloc:  # "the bloc also eased sanctions": the organisation named last
            return Mention(i, bloc[0], bloc[1], "organisation", resolved=True)
        armed = _the_group(tokens, i)
        group = _last_armed_group(before, memory) if armed else None
        if group:  # "The group vowed to retaliate"
            return Mention(i, armed, group, "organisation", resolved=True)
        grouping = [m.code for m in before if m.code.startswith("IGO")] if armed else []
        if grouping:  # "G7 leaders called on China ..., prompting Beijing to accuse the
            # group of interfering": no armed group named, the organisation this sentence names
            return Mention(i, armed, grouping[-1], "organisation", resolved=True)
        the_country = _the_country(tokens, i, before, memory, self._speaker_or_thing)
        if the_country:  # "the country's rival leaders": the country named last
            end, country = the_country
            role = self._role_after(tokens, end)
            if role:
                return Mention(i, role[0], _with_role(country, role[1]), "country", resolved=True)
            return Mention(i, end, country, "country", resolved=True)
        group = _phrase_at(tokens, i, _GROUPS_BY_FIRST)
        if group == 2 and tokens[i + 1].lower == "two" and not _verb_next(tokens, i + 2):
            group = 0  # "the two agreed", not "the two hostages"
        named = _named_group(tokens, before, tokens[i : i + group]) if group else ()
        sides_of = self._sides_in(tokens, i, memory, seen)
        known = named or memory.last_pair
        if sides_of and (not known or sides_of[1] in {code[:3] for code in known}):
            if known:
                return Mention(i, sides_of[0], sides_of[1], "country", resolved=True)
            return _war_sides(i, *sides_of)
            # "urged both sides in Sudan": the sides of Sudan's conflict; after "Ukraine
            # and Russia agreed ...", "talks with both sides in Saudi Arabia" are theirs
        opening = not i or (not before and tokens[i - 1].text == ",")  # "Hours later, each"
        each = bool(group) and tokens[i].lower == "each"
        pair = _pair_named(tokens, before) if each else ()
        if each and not pair and not before:
            pair = memory.pair_before  # "Blinken met his Chinese counterpart. The talks
            # opened with barbs, with each side accusing the other": the two just named
        if each and not pair and (not opening or not memory.opening_group):
            group = 0  # "Each side" only opening a sentence after one that opened with a
            # pair, or after a pair its own sentence named: not "with each side blaming
            # the other" in a story of several sides
        if group:
            codes = (
                FIXED_GROUPS.get(tuple(t.lower for t in tokens[i : i + group]))
                or pair  # "each side": the pair named, not a speaker named since
                or named
                or memory.last_group
                or memory.last_pair
            )
            if codes and tokens[i + group - 1].lower in COUNTED_COUNTRIES:
                return self._countries_group(tokens, i, i + group, codes)
            return Mention(i, i + group, "+".join(codes), "group", resolved=True) if codes else None
        named_act = _act_named(tokens, i, before, memory)
        if named_act:  # "China declared an air zone, and Japan called it an escalation"
            kind = "group" if "+" in named_act else "country"
            return Mention(i, i + 1, named_act, kind, resolved=True)
        if _judged_again(tokens, i):
            return None  # "Syria welcomed the deal, and the rebels rejected it": the deal
        owner = _judged_owner(tokens, i)  # "praised his stance"
        if owner or tokens[i].lower in OBJECT_PRONOUNS:
            code = (_owner_judged(before) if owner else None) or _other_person(
                tokens, i, before, memory, owner
            )
            return Mention(i, i + 1, code, "pronoun", resolved=True) if code else None
        if tokens[i].lower == "them":
            codes = (
                _counted_of(tokens, i, before)
                or _others(tokens, i, before)
                or _addressed_opening_group(tokens, i, before, memory)
                or _named_opening_people(tokens, i, before, memory)
                or _addressed_people_before(tokens, i, before, memory)
            )
            code = "+".join(codes)  # a group when it stands for an earlier "them" of one
            kind = "group" if "+" in code else "pronoun"
            return Mention(i, i + 1, code, kind, resolved=True) if codes else None
        pronoun = SUBJECT_PRONOUNS.get(tokens[i].lower)
        if pronoun:
            opens = not before and _opens_sentence(tokens, i)
            if pronoun == "any" and opens and memory.opening_group:
                codes = memory.opening_group  # "Japan and China held talks. They agreed ..."
                return Mention(i, i + 1, "+".join(codes), "group", resolved=True)
            if pronoun == "any" and opens and memory.opening_people:
                return Mention(i, i + 1, memory.opening_people, "pronoun", resolved=True)
            met = _met_pair(tokens, before) if pronoun == "any" else None
            if met:  # "Trump spoke with Putin and said they had agreed to ...": both
                return Mention(i, i + 1, "+".join(met), "group", resolved=True)
            relative = _relative_speaker(tokens, before, i) if pronoun != "person" else None
            if relative is not None:  # "the Rapid Support Forces, which said it had ...":
                return Mention(i, i + 1, relative.code, "pronoun", resolved=True)  # the RSF
            if pronoun != "person":
                candidates = _shared_speaker(tokens, _untold(tokens, before, i), i)
                candidates = _not_relativised(tokens, candidates, i)
                candidates = [
                    m
                    for m in candidates
                    if not self._of_a_thing(tokens, m) and not _of_people(tokens, m, before)
                ]
                object_it = _object_it(tokens, i)
                if candidates and (
                    (_addressed(tokens, i) and _doer_before(tokens, candidates[-1], i))
                    or (object_it and _doer_before(tokens, candidates[-1], i, 5))
                ):
                    doers = _with_joined(tokens, candidates)  # "and Armenia accused it
                    candidates = [m for m in candidates if m.code not in doers]  # of ethnic
                    # cleansing", "Poland imposed sanctions on it": not Poland
                code = _last_thing(tokens, candidates, memory, pronoun, object_it)
                if opens and pronoun == "thing" and _thing_opened(memory):
                    code = memory.last_opener  # "Russia said it had thwarted a Ukrainian
                    # offensive. It accused Kyiv ...": the sentence before's subject
                others = _not_it(tokens, before, code, memory) if pronoun == "any" else ()
                if others:  # "Turkey said it would block their bids unless they stopped
                    codes = "+".join(others)  # ...": not Turkey, which is "it"
                    return Mention(i, i + 1, codes, "group", resolved=True)
            else:
                earlier = [c for c in (memory.opening_person, memory.last_person) if c]
                if opens and memory.opening_person:
                    code, known = memory.opening_person, earlier
                else:  # "Zelenskiy said he would travel": the person named before, if any
                    people = [m.code for m in _untold(tokens, before, i) if _one_person(tokens, m)]
                    code = people[-1] if people else memory.last_person
                    known = people or earlier
                host = self._visited(tokens, i, memory, seen)
                guests = [c for c in known if c[:3] != host]
                if host and code and code[:3] == host and guests:
                    code = guests[-1]  # "Xi told Putin as he arrived in Moscow": no one
                    # arrives in his own country
            return Mention(i, i + 1, code, "pronoun", resolved=True) if code else None
        hit = self._entry_at(tokens, i, memory, seen)
        if hit is None:
            return self._bare_role(tokens, i, day, memory, seen, before)
        end, entry = hit
        code = self._code(entry, day, tokens[i:end], memory)
        if code is None:
            return None
        if code.startswith("USALEG") and end - i == 1:
            code = _other_legislature(before) or code  # "Bolsonaro's supporters invaded
            # Congress": Brazil's
        kind: Kind = entry.kind
        possessed = end + 1 < len(tokens) and tokens[end].lower == "'s"
        warring = _phrase_at(tokens, end + 1, _WARRING_BY_FIRST) if possessed else 0
        if kind == "country" and warring and not memory.last_pair:
            return _war_sides(i, end + 1 + warring, code[:3])  # "Sudan's warring parties"
        armed = possessed and kind == "organisation" and code[3:6] == "REB"
        branch = self._branch(tokens, end, memory, seen) if armed else None
        if branch is not None:  # "Islamic State's Afghan branch"
            return Mention(i, branch[0], branch[1] + code[3:], kind)
        led = self._role_after(tokens, end) if kind == "person" else None
        if led and tokens[led[0] - 1].lower in LEADERS_BODIES:
            # "the Biden administration", "Netanyahu's government": the state he leads
            return Mention(i, led[0], code[:3] + "GOV", "country")
        if kind in ("country", "organisation", "context"):
            role = self._role_after(tokens, end)
            if role:
                role_end, role_code = role
                code = _with_role(code, role_code)
                end, kind = role_end, "country"
                person = self._person_after(tokens, end, day, memory)
                if person and person[1][:3] == code[:3]:
                    # the title the text gives wins over a dictionary with no office for
                    # that day: "Iran's foreign minister, Abbas Araghchi" is IRNGOV
                    end, kind = person[0], "person"
                    code = code if _out_of_office(person[1]) else person[1]
                elif person is not None and role_code != "":
                    # a namesake from another country: "Jordan's King Hussein" is not
                    # Saddam Hussein; the country and title the text gives him decide
                    memory.surnames[tokens[person[0] - 1].text] = code
                    end, kind = person[0], "person"
                elif person is None and role_code != "":
                    named = _name_after(tokens, end)
                    if named > end:  # "Slovak Prime Minister Robert Fico": Fico is SVKGOV
                        memory.surnames[_family_name(tokens, end, named, code)] = code
                        end, kind = named, "person"
            elif len(code) == 3 and _crowd_before(tokens, i):
                code += "CVL"  # "tens of thousands of Chinese protested": people
        return Mention(i, end, code, kind)

    def _bare_role(
        self,
        tokens: list[Token],
        i: int,
        day: dt.date | None,
        memory: ArticleMemory,
        seen: set[str],
        before: list[Mention],
    ) -> Mention | None:
        end, entries = self._longest(self._roles, tokens, i)
        if not entries:
            return None
        role = entries[0].code
        if role in ("MIL", "UAF") and i > 0 and _for_another_side(tokens[i - 1].lower):
            role = "REB"  # "pro-Russian forces" in Ukraine fight the state, not for it
        if end < len(tokens) and end - i == 1 and tokens[end].lower in DESCRIBED_BY_ROLE:
            return None  # "suspended military exchanges with Tokyo": an adjective
        if end < len(tokens) and tokens[i].lower == "civilian" and tokens[end].lower in GOVERNING:
            return None  # "a transition to civilian rule": a kind of government, no people
        if tokens[end - 1].lower in QUANTITIES and end < len(tokens) and tokens[end].lower == "of":
            return None  # "dozens of soldiers": the soldiers are the mention
        person = self._person_after(tokens, end, day, memory)
        if person:
            named = self._of_country(tokens, person[0], memory, seen)
            if named and named[1][:3] != person[1][:3]:
                # a namesake: "King Hussein of Jordan" is not Saddam Hussein
                code = _with_role(named[1], role)
                memory.surnames[tokens[person[0] - 1].text] = code
                return Mention(i, named[0], code, "person")
            out = _out_of_office(person[1])
            code = _with_role(person[1][:3], role) if out else person[1]
            return Mention(i, person[0], code, "person")  # "President Clinton"
        titled = self._titled(tokens, end, role, day)
        if titled:  # "President Clinton" in 1998: Bill, not Hillary
            memory.surnames[tokens[end].text] = titled
            return Mention(i, end + 1, titled, "person")
        # "sick children from Gaza", "militants from Pakistan": where they come from
        owned = i > 0 and tokens[i - 1].lower in ("its", "their")
        origin = ("of", "from") if role in ("CVL", "REB", "UAF") and not owned else ("of",)
        named = self._of_country(tokens, end, memory, seen, origin)
        if named:  # "the foreign minister of Iran"
            return Mention(i, named[0], _with_role(named[1], role), "country")
        named = self._entry_at(tokens, end, memory, seen) if end < len(tokens) else None
        if named and named[1].kind == "organisation" and named[1].code[3:6] == role:
            return Mention(i, named[0], named[1].code, "organisation")  # "the destroyer USS
            # Cole": the navy the name says, not one the article places
        previous = memory.by_title.get(tokens[end - 1].lower) or memory.by_role.get(role)
        owner = tokens[i - 1].lower if i > 0 else ""
        if (
            previous
            and owner != "the"
            and before
            and all(m.code[:3] != previous[:3] for m in before)
        ):
            previous = None  # "Taipei ... would recall its ambassador" after Beijing's
            # officials: its own, the sentence names no one of that country
        if previous and owner in {"the", "its", "his", "her", "their"}:
            return Mention(i, end, previous, "country", resolved=True)
        named = _name_after(tokens, end)
        if named > end and not self._names_actor(tokens, end):
            return Mention(i, named, UNPLACED + role, "person", resolved=True)  # "General X"
        phrase = " ".join(t.lower for t in tokens[i:end])
        placed_by_name = (  # "a court in Moscow"
            end + 1 < len(tokens)
            and tokens[end].lower in ("in", "at")
            and NAME_WORD.match(tokens[end + 1].text)
        )
        ruling = (
            phrase == "court" and i > 0 and tokens[i - 1].lower == "a" and _rules_next(tokens, end)
        )
        owned_lead = phrase in LEADERSHIP and owned
        if phrase in UNPLACED_ROLES_IGNORED and not (placed_by_name or ruling or owned_lead):
            return None  # but "a court in Moscow" is placed, "a court sentenced" acts, and
            # "their leader" is their owner's
        return Mention(i, end, UNPLACED + role, "role", resolved=True)

    def _titled(self, tokens: list[Token], i: int, role: str, day: dt.date | None) -> str | None:
        """The code of the one owner of the shared family name at `i` who held the
        title's `role` on `day`: "President Clinton" in 1998, "Senator Clinton" in 2005."""
        if i >= len(tokens) or day is None or _first_name(tokens, i + 1):
            return None
        tenures = self._shared_surnames.get(tokens[i].text, [])
        holders = {(t.country, t.role) for t in tenures if t.role == role and t.covers(day)}
        if len(holders) != 1:
            return None
        country, held = holders.pop()
        return _with_role(country, held)

    def _of_country(
        self,
        tokens: list[Token],
        i: int,
        memory: ArticleMemory,
        seen: set[str],
        linking: tuple[str, ...] = ("of",),
    ) -> tuple[int, str] | None:
        """The end and code of "of <country or organisation>" at `i`, if there (or
        another of the `linking` words)."""
        if i + 1 >= len(tokens) or tokens[i].lower not in linking:
            return None
        hit = self._entry_at(tokens, i + 1, memory, seen)
        if hit is None and tokens[i + 1].lower in QUARTERS and i + 2 < len(tokens):
            hit = self._entry_at(tokens, i + 2, memory, seen)  # "residents of northern Gaza"
        if hit and hit[1].kind in ("country", "organisation", "context"):
            if tokens[i].lower == "from" and tokens[hit[0] - 1].lower in self._adjectives:
                return None  # "civilians from Russian missiles": what they are kept from
            return hit[0], hit[1].code
        return None

    def _names_actor(self, tokens: list[Token], i: int) -> bool:
        """The words after a role (and its comma) begin another actor's name: "state
        media, Chinese President Xi Jinping" is two actors, not a name for the media."""
        start = i + 1 if i < len(tokens) and tokens[i].text == "," else i
        _, entries = self._longest(self._trie, tokens, start)
        return any(entry.kind != "person" for entry in entries)

    def _countries_group(
        self, tokens: list[Token], start: int, end: int, codes: tuple[str, ...]
    ) -> Mention:
        """ "The two countries" are the states, not the forces or people named for them
        ("Kyrgyz and Tajik border guards exchanged fire, and the two countries agreed"),
        though their governments where they were named; "the two countries' leaders"
        are their governments."""
        states = [
            code if code[3:6] in ("", "GOV") or code.startswith("IGO") else code[:3]
            for code in codes
        ]
        role = None
        if end < len(tokens) and tokens[end].lower in ("'", "'s"):
            role = self._role_after(tokens, end + 1)
        if role is not None:
            end = role[0]
            states = [_with_role(code, role[1]) for code in states]
        return Mention(start, end, "+".join(dict.fromkeys(states)), "group", resolved=True)

    def _role_after(self, tokens: list[Token], i: int) -> tuple[int, str] | None:
        """The end and code of a role at `i` (after "'s" or modifiers). A role right after
        it names the same people: "Chinese military commanders" is one mention, not
        "Chinese military" and "commanders". The second role's code wins ("government
        forces" MIL, "military government" GOV) unless it is a title any sector has
        ("rebel commanders" REB). "Pakistan-based militants" are Pakistan's, as
        "Pakistani militants" are (armed groups take the country they operate in); a
        "U.S.-based cleric" or a "London-based opposition group" only lives there."""
        if based_in(tokens, i):
            role = self._role_after(tokens, i + 2)
            return role if role and role[1][-3:] in BACKED_ROLES else None
        if i < len(tokens) and tokens[i].lower == "'s":
            i += 1  # "Japan's economy minister"
        for skip in range(4):
            j = i + skip
            if j > len(tokens):
                break
            end, entries = self._longest(self._roles, tokens, j)
            if entries and end - j == 1 and end < len(tokens) and tokens[end].lower in TIES:
                return None  # "Ankara's military cooperation agreement": no military
            if entries:
                more, head = self._longest(self._roles, tokens, end)
                if head and not (more == end + 1 and tokens[end].lower in ANY_SECTOR):
                    return more, head[0].code
                return more, entries[0].code
            if j < len(tokens) and tokens[j].lower not in ROLE_MODIFIERS:
                break
        return None

    def _person_after(
        self, tokens: list[Token], i: int, day: dt.date | None, memory: ArticleMemory
    ) -> tuple[int, str] | None:
        apposed = i < len(tokens) and tokens[i].text == ","
        if apposed:
            i += 1
        if i >= len(tokens) or not tokens[i].text[:1].isupper():
            return None  # a name is capitalised: "Police said" names no one called Said
        end, entries = self._longest(self._trie, tokens, i)
        if end - i == 1 and _first_name(tokens, end):
            return None
        if apposed and end < len(tokens) and tokens[end].lower in SAID:
            return None  # "killing 11 people, Trump said": the speaker, no name for them
        for entry in entries:
            if entry.kind == "person":
                code = self._code(entry, day, tokens[i:end], memory)
                return (end, code) if code else None
        return self._known_surname_ending(tokens, i, day, memory)

    def _known_surname_ending(
        self, tokens: list[Token], i: int, day: dt.date | None, memory: ArticleMemory
    ) -> tuple[int, str] | None:
        """A name after a title that this file knows by its last word, a family name,
        whose other words are the person's too ("President Tayyip Erdogan" for Recep
        Tayyip Erdogan; not "activist Joshua Wong" for Penny Wong): that person."""
        end = _name_after(tokens, i)
        if end <= i:
            return None
        last, entries = self._longest(self._trie, tokens, end - 1)
        person = next((e for e in entries if e.kind == "person"), None)
        if last != end or person is None:
            return None
        known = {w.lower() for t in person.tenures for name in t.names for w in name.split()}
        if any(t.lower not in known for t in tokens[i : end - 1]):
            return None
        code = self._code(person, day, tokens[end - 1 : end], memory)
        return (end, code) if code else None

    def _code(
        self, entry: Entry, day: dt.date | None, named: Iterable[Token], memory: ArticleMemory
    ) -> str | None:
        if entry.kind != "person" or not entry.tenures:
            return entry.code
        code = person_code(entry.tenures, day)
        words = [t.text for t in named]
        if len(words) >= 2 and code:
            family = words[0] if entry.tenures[0].country in FAMILY_NAME_FIRST else words[-1]
            memory.surnames[family] = code
        return code


LEADERS_BODIES = frozenset({"administration", "government", "cabinet", "regime", "junta"})
"""Named after the leader at their head: "the Trump administration" is the state."""
NAME_PARTICLES = frozenset({"al", "bin", "de", "da", "van", "von", "el", "ibn", "abu"})
NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*\.?$")
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _family_name(tokens: list[Token], title_end: int, end: int, code: str) -> str:
    """The family name of the personal name that ends at `end`, right after a title: the
    first word where the name's country writes it first ("Defence Minister Kim
    Yong-hyun": Kim), else the last ("Robert Fico": Fico)."""
    first = title_end + 1 if tokens[title_end].text == "," else title_end
    return tokens[first if code[:3] in FAMILY_NAME_FIRST else end - 1].text


def _name_after(tokens: list[Token], i: int) -> int:
    """The end of a personal name the dictionaries do not know, right after a title:
    two to four capitalised words or initials ("Robert Fico", "K.P. Sharma Oli"), or i
    for none."""
    first = i + 1 if i < len(tokens) and tokens[i].text == "," else i
    end = first
    while end < len(tokens) and end - first < 4:
        word = tokens[end].text
        particle = word.lower().split("-")[0] in NAME_PARTICLES  # "bin", "al-Sisi"
        if not (NAME_WORD.match(word) or INITIALS.match(word) or (particle and end > first)):
            break
        end += 1
    while end > first and INITIALS.match(tokens[end - 1].text):
        end -= 1  # a name ends on a name, not on "U.S."
    return end if end - first >= 2 else i


NEIGHBOURS = frozenset({"neighbour", "neighbor"})
SIDES_OF_A_NEIGHBOUR = frozenset(
    {"northern", "southern", "eastern", "western", "northeastern", "northwestern"}
    | {"southeastern", "southwestern", "smaller", "larger", "bigger", "nuclear-armed"}
)


def _its_neighbour(tokens: list[Token], i: int, before: list[Mention]) -> tuple[int, str] | None:
    """ "Its neighbour" (unnamed: "Algeria cut ties with Morocco, accusing its neighbour of
    ..."): the country this sentence named last that is not the one "its" belongs to, the
    sentence's first country; with its end."""
    end = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower in SIDES_OF_A_NEIGHBOUR else i + 1
    if end >= len(tokens) or tokens[end].lower not in NEIGHBOURS:
        return None
    if end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper():
        return None  # "its neighbour Eritrea": the name says
    countries = [m for m in before if m.kind == "country" and not m.code.startswith("IGO")]
    if not countries:
        return None
    owner = countries[0].code[:3]
    others = [m.code[:3] for m in countries if m.code[:3] != owner]
    return (end + 1, others[-1]) if others else None


def _the_country(
    tokens: list[Token],
    i: int,
    before: list[Mention],
    memory: ArticleMemory,
    unlikely: Callable[[list[Token], Mention], bool],
) -> tuple[int, str] | None:
    """ "The country", "the nation", "the kingdom", "the island nation": the country
    named last, in this sentence or before; with its end. After "to", "into", "from",
    "against", "on" or "with" not the subject of the verb before it ("the United States
    suspended economic aid to the country", "Biden threatened sanctions on the country"),
    nor, while others remain, a place ("over Japan"); and nothing when that subject is
    all the sentence named. Mentions `unlikely` holds true of are passed over while
    others remain."""
    if i + 1 >= len(tokens) or tokens[i].lower != "the":
        return None
    end = i + 3 if tokens[i + 1].lower in DESCRIPTIONS else i + 2
    if end > len(tokens) or tokens[end - 1].lower not in COUNTRY_NOUNS:
        return None
    before = [m for m in before if not unlikely(tokens, m)] or before  # "U.S. officials
    # said an Israeli missile had struck the country": neither, but Iran
    named = [  # not an armed group's country: "links to Islamic State ... the country"
        m
        for m in before
        if m.kind in ("country", "person") and not m.code.startswith(("IGO", UNPLACED))
    ]
    if tokens[end - 1].lower == "kingdom":  # "a call from Syria's leader, who thanked the
        named = [m for m in named if m.code[:3] in KINGDOMS]  # kingdom": not Syria
    if named and i and tokens[i - 1].lower in AIMED_PREPOSITIONS:
        doer = named[-1]  # "the United States suspended economic aid to the country": not
        after = tokens[doer.end] if doer.end < len(tokens) else None
        if after and after.text.islower() and after.lower not in OBJECT_FOLLOWERS:
            named = [m for m in named if m.code[:3] != doer.code[:3]]
            if not named:
                return None
            named = [m for m in named if not _placed(tokens, m)] or named  # "North Korea
            # fired a missile over Japan, and Biden imposed sanctions on the country"
    if named:
        return end, named[-1].code[:3]
    last = memory.last_state
    return (end, last[:3]) if last else None


def _says(tokens: list[Token], mention: Mention) -> bool:
    """A verb of saying follows the mention: it speaks ("U.S. officials said ...")."""
    return mention.end < len(tokens) and tokens[mention.end].lower in SAID


def _placed(tokens: list[Token], mention: Mention) -> bool:
    """The mention follows a preposition of place: where something happened ("over
    Japan"), which "the country" an act is aimed at is not."""
    return mention.start > 0 and tokens[mention.start - 1].lower in PLACING


PLACING = PLACE_WORDS | {"over"}
AIMED_PREPOSITIONS = frozenset({"to", "into", "from", "against", "on", "with"})
"""Prepositions before "the country" that make it the object of someone's act."""
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "emirate", "republic"})
KINGDOMS = frozenset(
    {"SAU", "JOR", "MAR", "BHR", "OMN", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK"}
    | {"THA", "KHM", "BTN", "LSO", "SWZ", "TON"}
)
"""Countries news calls "the kingdom"."""
DESCRIPTIONS = frozenset(
    {"island", "landlocked", "tiny", "small", "impoverished", "oil-rich", "war-torn"}
    | {"african", "asian", "european", "arab", "balkan", "baltic", "caribbean", "gulf"}
    | {"himalayan", "andean", "pacific", "nordic"}
)
"""Words that may describe the country named last: "the island nation". Not
"neighbouring", which points at the other one."""


def _judged_owner(tokens: list[Token], i: int) -> bool:
    """ "his" or "her" right after a verb that judges or backs what it owns ("The
    Hungarian leader praised his stance"): the owner is the one judged, whom "him" would
    stand for."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].lower in ("his", "her")
        and not JUDGING_OWNED.isdisjoint(tokens[i - 1].lemmas)
    )


def _other_person(
    tokens: list[Token], i: int, before: list[Mention], memory: ArticleMemory, owner: bool = False
) -> str | None:
    """Whom "him" or "her" stands for: a person this sentence named after its first
    actor ("Biden called Netanyahu and urged him to ..."), else the person named last in
    the article who is not already an actor of this sentence ("Erdogan met Putin. He
    urged him to ...": Putin), else the sentence's first actor when another stands
    between ("Maduro said the United States had threatened him"). `owner`: the word is a
    possessive a judging verb governs, whose owner is judged ("praised her stance"), not
    "her government"."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else "."
    second_object = after in ("a", "an")  # "handed her a protest note"
    if tokens[i].lower == "her" and after not in AFTER_OBJECT and not second_object and not owner:
        return None  # "her government"
    persons = [m for m in before[1:] if m.kind == "person"]
    titled = [m for m in before[1:] if m.kind == "country" and _one_person(tokens, m)]
    doers = [m for m in before[1:] if m.kind in ("person", "pronoun") or m in titled]
    if doers and _doer_before(tokens, doers[-1], i) and not _phoned(tokens, doers[-1]):
        doer = doers[-1].code  # "and Trump quickly recognised him": not Trump, nor Trump
        persons = [m for m in persons if m.code != doer]  # named earlier; "Biden said he
        titled = [m for m in titled if m.code != doer]  # had warned him": not Biden
    if persons:
        return persons[-1].code
    taken = {m.code for m in before}
    earlier = (memory.last_person, memory.opening_person)
    found = next((code for code in earlier if code and code not in taken), None)
    opener_acts = i >= 2 and tokens[i - 2].text == "," and tokens[i - 1].lower.endswith("ing")
    if found is None and titled and opener_acts:  # "mocked Brazil's president, accusing
        return titled[-1].code  # him of ...": the participle is the opener's own act
    if (
        found is None
        and len(before) >= 2
        and (before[0].kind == "person" or _one_person(tokens, before[0]))
    ):
        return before[0].code  # "Taiwan's president said ..., and Beijing warned him"
    if found is None and titled:  # "expelled a U.S. diplomat, accusing him of spying"
        return titled[-1].code
    headed = [m for m in before[1:] if m.kind == "organisation" and _headed(tokens, m)]
    if found is None and headed:  # "expelled the head of the ECOWAS observer mission,
        return headed[-1].code  # accusing him of interfering": the organisation's man
    return found


def _headed(tokens: list[Token], body: Mention) -> bool:
    """The body is named as one person's ("the head of the ECOWAS mission", "the chief
    of the U.N. agency"): whom "him" may stand for."""
    k = _before_the(tokens, body.start)
    return k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower in BODY_HEADS


def _before_the(tokens: list[Token], start: int) -> int:
    """Where the word before the mention starting at `start` is, past a "the"."""
    k = start - 1
    return k - 1 if k >= 0 and tokens[k].lower == "the" else k


BODY_HEADS = frozenset({"head", "chief", "director", "leader", "commander", "envoy"})
"""Titles whose "of" names the body one person leads or speaks for."""


def _clause_begins(tokens: list[Token], at: int) -> bool:
    """The word at `at` begins a clause of its own: after "as", "while", "when" and the
    like, or after a joint (", and")."""
    return (at > 0 and tokens[at - 1].lower in CLAUSE_MARKS) or _after_joint(tokens, at)


def _partitive_start(tokens: list[Token], at: int) -> int:
    """Where the phrase of the word at `at` begins when a part of it is named first ("one
    of | its jets", "two of | their soldiers")."""
    if at >= 2 and tokens[at - 1].lower == "of" and tokens[at - 2].lower in PARTS:
        return at - 2
    return at


PARTS = frozenset({"one", "two", "three", "some", "many", "several", "most", "all"})


def _after_joint(tokens: list[Token], at: int) -> bool:
    """The word at `at` follows a joint between clauses: ", and", ", but", ", while" or
    ";" ("A and B exchanged fire, and both sides accused each other")."""
    before = [t.lower for t in tokens[max(0, at - 2) : at]]
    return before[-1:] == [";"] or (
        len(before) == 2 and before[0] == "," and before[1] in ("and", "but", "while")
    )


CLAUSE_MARKS = frozenset({"as", "while", "when", "after", "because", "since", "until"})


def _stateless(tokens: list[Token], start: int) -> bool:
    """A people with no state of their own names the forces starting at `start`
    ("Kurdish forces", "Kurdish-led forces"): no country's army (MIL) but an armed
    group (REB) of the country they are placed in."""
    k = start - 3 if start > 2 and tokens[start - 1].lower == "led" else start - 1
    return k >= 0 and tokens[k].lower in STATELESS


STATELESS = frozenset({"kurdish", "tuareg", "baloch", "druze"})
"""Peoples the dictionary leaves out as spanning states (see countries.tsv)."""
BRANCHES = frozenset({"branch", "affiliate", "wing", "offshoot", "franchise", "province"})
"""A group's national arm: "Islamic State's Afghan branch"."""


CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives"})


def _captives(tokens: list[Token], mention: Mention) -> bool:
    """The mention names captives, or is "of" them ("the families of six hostages")."""
    if tokens[mention.end - 1].lower in CAPTIVES:
        return True
    after = [t.lower for t in tokens[mention.end : mention.end + 4]]
    return bool(after) and after[0] == "of" and not CAPTIVES.isdisjoint(after)


ADDRESSING = frozenset(
    {"accuse", "urge", "ask", "warn", "tell", "invite", "thank", "blame", "charge", "order"}
    | {"press", "encourage", "call_on", "implore", "exhort"}
)
"""Verbs whose object is someone addressed, so a "them" after them stands for actors."""


def _addressed(tokens: list[Token], i: int) -> bool:
    """The pronoun at `i` is the object of a verb addressing it ("accused it of"), not
    the subject of what follows ("warned it would respond")."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else "."
    return i > 0 and not ADDRESSING.isdisjoint(tokens[i - 1].lemmas) and after not in FINITE_AFTER


FINITE_AFTER = frozenset(
    {"would", "will", "was", "is", "had", "has", "could", "might", "must", "should", "may"}
    | {"can", "did", "does", "were", "are"}
)


def _others(tokens: list[Token], i: int, before: list[Mention]) -> list[str]:
    """Whom "them" stands for: the actors this sentence named after its first, where they
    are not the doer of the verb it follows ("issued arrest warrants for two Taliban
    leaders, accusing them of ...": the leaders; "Israel and Hamas ..., urging them":
    both). None from earlier sentences: "them" there is too often not an actor."""
    if not i or tokens[i - 1].lemmas.isdisjoint(ADDRESSING):
        return []  # "denounced the raids, while officials welcomed them": the raids
    prompted = _prompted_openers(tokens, before)
    if prompted:
        return prompted
    last = len(before) - 1
    if last >= 1 and _doer_before(tokens, before[last], i):
        last -= 1
    if last < 1:
        return []
    first = last  # back over the members joined to it: "Israeli and Hamas negotiators"
    while first > 1 and _joined(tokens, before[first - 1], before[first]):
        first -= 1
    others = [m.code for m in before[first : last + 1] if m.code != before[0].code]
    return list(dict.fromkeys(others))  # not "it" standing for the first: "Turkey said
    # it would block their bids, accusing them of ..."


def _prompted_openers(tokens: list[Token], before: list[Mention]) -> list[str]:
    """ "G7 leaders called on China ..., prompting Beijing to accuse them of
    interference": a "them" addressed by one whose act the opening actors prompted is
    those actors (with the ones joined to them)."""
    if len(before) < 2 or before[-1].start == 0:
        return []
    if tokens[before[-1].start - 1].lower not in PROMPTING or not _opens(tokens, before[0], 0):
        return []
    last = 0
    while last + 1 < len(before) - 1 and _joined(tokens, before[last], before[last + 1]):
        last += 1
    doer = before[-1].code[:3]
    return list(dict.fromkeys(m.code for m in before[: last + 1] if m.code[:3] != doer))


PROMPTING = frozenset({"prompting", "prompted", "leading", "forcing", "provoking", "spurring"})
"""Participles by which an act moves another to answer it ("..., prompting Beijing to")."""


def _addressed_opening_group(
    tokens: list[Token], i: int, before: list[Mention], memory: ArticleMemory
) -> tuple[str, ...]:
    """ "Finland and Sweden applied to join NATO. Turkey ..., accusing them of harbouring
    militants": a "them" addressed, where this sentence names no one else, is the
    group the sentence before opened with, unless the doer is one of it."""
    if not i or tokens[i - 1].lemmas.isdisjoint(ADDRESSING) or not memory.opening_group:
        return ()
    mine = {m.code[:3] for m in before}
    if mine & {code[:3] for code in memory.opening_group}:
        return ()
    return memory.opening_group


def _named_opening_people(
    tokens: list[Token], i: int, before: list[Mention], memory: ArticleMemory
) -> tuple[str, ...]:
    """ "Supporters of Bolsonaro stormed Congress. Lula called them fascist fanatics": a
    "them" that a verb of naming calls something, where this sentence names only the
    one who names it, is the people the sentence before opened with."""
    if not i or tokens[i - 1].lemmas.isdisjoint(CALLING) or len(before) > 1:
        return ()
    people = memory.opening_group or ((memory.opening_people,) if memory.opening_people else ())
    return () if any(m.code in people for m in before) else people


def _addressed_people_before(
    tokens: list[Token], i: int, before: list[Mention], memory: ArticleMemory
) -> tuple[str, ...]:
    """ "Bolivia expelled Venezuelan diplomats. Interim President Jeanine Anez accused
    them of interfering": an addressed "them", where this sentence names no one but the
    one addressing, is the plural people the sentence before acted on."""
    people = memory.people_acted_on
    if not i or tokens[i - 1].lemmas.isdisjoint(ADDRESSING) or people is None:
        return ()
    if len(before) > 1 or any(m.code[:3] == people[:3] for m in before):
        return ()
    return (people,)


def _counted_of(tokens: list[Token], i: int, before: list[Mention]) -> list[str]:
    """ "police arrested hundreds of them": the people named last before the doer (the
    supporters who stormed Congress), when "them" is counted."""
    if i < 2 or tokens[i - 1].lower != "of" or tokens[i - 2].lower not in QUANTITIES:
        return []
    people = [
        m
        for m in before
        if m.kind == "role" and m.code[3:6] in LOCAL_ROLES and not _doer_before(tokens, m, i)
    ]
    return [people[-1].code] if people else []


def _doer_before(tokens: list[Token], mention: Mention, i: int, words: int = 3) -> bool:
    """The mention is the subject of the verb whose object is the pronoun at `i`: only
    up to `words` lower-case words (the verb, an adverb, the object a preposition
    follows) stand between them, and no conjunction, which would make the mention an
    earlier verb's object ("summoned Yingluck and detained her"), nor a saying or a
    passive ("Israel said rockets were fired at it")."""
    between = tokens[mention.end : i]
    return (
        0 < len(between) <= words
        and all(t.text.isalpha() and t.text.islower() for t in between)
        and not any(t.lower in ("and", "but", "or", "then") for t in between)
        and (  # "wrote to Bush urging him"; but "with Zelenskiy praising his approach"
            _after_with(tokens, mention) or not any(t.lower.endswith("ing") for t in between)
        )
        and not any(t.lower in SAID or t.lower in PASSIVE_BE for t in between)
    )


def _after_with(tokens: list[Token], mention: Mention) -> bool:
    """The mention follows "with", past the names and possessives of its phrase ("with
    Ukraine's Volodymyr Zelenskiy"): the subject of the participle after it."""
    k = mention.start - 1
    while k >= 0 and (tokens[k].text[:1].isupper() or tokens[k].lower in ("'s", "’s")):
        k -= 1
    return k >= 0 and tokens[k].lower == "with"


PASSIVE_BE = frozenset({"was", "were", "been", "being", "is", "are", "be"})


def _phoned(tokens: list[Token], mention: Mention) -> bool:
    """The mention is whom a telephone call went to ("Biden called Bennett to
    congratulate him"): the caller acts next, so "him" may be the one called."""
    return mention.start > 0 and tokens[mention.start - 1].lower in PHONED


PHONED = frozenset({"called", "phoned", "telephoned", "rang"})


def _object_it(tokens: list[Token], i: int) -> bool:
    """ "It" is an object: after a preposition ("imposed sanctions on it") or after a
    verb with no verb of its own to follow ("Poland criticised it over ...", "attacked
    it."), so not the subject that did it."""
    if tokens[i].lower != "it" or not i:
        return False
    before = tokens[i - 1]
    if before.lower in OBJECT_PREPOSITIONS:
        return True
    if not (before.text.isalpha() and before.text.islower()) or before.lower in NOT_VERBS | SAID:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or not after.text.isalpha() or after.lower in AFTER_IT


OBJECT_PREPOSITIONS = frozenset({"on", "against", "at", "with", "to", "into", "toward"})
NOT_VERBS = frozenset({"that", "and", "but", "or", "because", "if", "as", "than", "what"})
AFTER_IT = AFTER_OBJECT | frozenset(
    {"over", "of", "after", "again", "last", "this", "into", "from", "by", "earlier", "since"}
    | {"during", "amid"}
)
"""Words after which "it" has been an object ("criticised it over", "attacked it again")."""


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    """Only punctuation or a conjunction comes before token `i` ("He", "But he")."""
    return all(not t.text[:1].isalnum() or t.lower in ("but", "and") for t in tokens[:i])


TELLING = frozenset({"told", "tells", "tell", "informed", "assured", "warned", "notified"})
TELLING |= {"reminded", "promised", "briefed"}


DESCRIBED_BY_ROLE = frozenset(
    {
        "exchanges",
        "cooperation",
        "ties",
        "contacts",
        "relations",
        "links",
        "dialogue",
        "talks",
        "countermeasures",
        "measures",
        "response",
        "action",
        "aid",
        "assistance",
        "support",
        "options",
        "means",
        "pressure",
        "buildup",
        "build-up",
        "presence",
        "retaliation",
        "intervention",
        "exercises",
        "drills",
    }
)
"""Nouns a bare role word only describes: "suspended military exchanges with Tokyo",
"threatened military countermeasures" name no military."""


TIES = frozenset({"cooperation", "ties", "exchanges", "contacts", "relations", "links", "dialogue"})
"""Of DESCRIBED_BY_ROLE, the ties between states: after a country's "'s" too, a role word
before one names no people ("Ankara's military cooperation agreement")."""


GOVERNING = frozenset({"rule", "government", "governments", "control", "leadership", "oversight"})
"""Nouns "civilian" describes as a kind of rule, not as people."""


PERSON_TITLES = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "leader",
        "spokesman",
        "spokeswoman",
        "king",
        "queen",
        "prince",
        "emir",
        "envoy",
        "ambassador",
        "diplomat",
        "consul",
        "secretary",
        "commander",
        "chief",
        "governor",
        "mayor",
        "senator",
        "lawmaker",
        "d'affaires",
    }
)
"""The last word of a title that names one person ("Poland's prime minister")."""


HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "madam", "mister", "sir", "dame", "lord", "lady"}
    | {"gen", "col", "lt", "maj", "capt", "adm", "sgt", "sen", "rep", "gov", "pres"}
    | {"chairman", "chairwoman", "marshal", "colonel", "sheikh", "pope", "vice"}
    | {"comrade", "mullah", "ayatollah", "justice", "deputy", "acting", "then"}
)
"""Words before a family name that make it a title, not someone else's first name."""


def _one_person(tokens: list[Token], mention: Mention) -> bool:
    """A person named, or titled without a name, or "he" or "she" standing for one: who
    a later "he" or "she" may be ("He met Netanyahu ... He later announced ...")."""
    if mention.kind == "pronoun":
        return tokens[mention.start].lower in ("he", "she")
    return mention.kind == "person" or (
        mention.kind == "country" and tokens[mention.end - 1].lower in PERSON_TITLES
    )


def _untold(tokens: list[Token], before: list[Mention], i: int) -> list[Mention]:
    """The mentions the pronoun at `i` may stand for: not whoever was told right before
    it ("North Korea told China it was willing to return to talks": North Korea is
    willing; "Putin told Trump he would ...": Putin)."""
    if not before:
        return before
    last = before[-1]
    between = [t.lower for t in tokens[last.end : i]]
    start = (
        last.start - 1 if last.start > 0 and tokens[last.start - 1].lower == "the" else last.start
    )
    told = start > 0 and tokens[start - 1].lower in TELLING
    between = [w for w in between if w not in WHEN_TOLD]  # "warned the United States on
    # Wednesday that it would take strong countermeasures": China would
    return before[:-1] if told and between in ([], ["that"]) else before


WHEN_TOLD = WEEKDAYS | {"on", "last", "this", "week", "month", "today", "yesterday", "earlier"}
WHEN_TOLD |= {"morning", "afternoon", "evening", "night"}
"""Words of the time a telling verb may have between the one told and what follows."""


SAYING = frozenset({"said", "says", "added", "announced", "insisted", "stressed", "declared"})


def _war_sides(start: int, end: int, country: str) -> Mention:
    """ "The warring parties in Sudan", "Sudan's warring sides", with no pair named
    before: the two sides of the country's own war, its forces and the rebels."""
    return Mention(start, end, f"{country}MIL+{country}REB", "group", resolved=True)


def _not_relativised(tokens: list[Token], before: list[Mention], i: int) -> list[Mention]:
    """ "Israel, which it held responsible": the subject of a relative clause is not the
    actor the clause is about."""
    j = i - 1
    if j < 1 or tokens[j].lower not in ("which", "whom"):
        return before
    j -= tokens[j - 1].text == ","
    return [m for m in before if m.end != j]


def _relative_speaker(tokens: list[Token], before: list[Mention], i: int) -> Mention | None:
    """The actor right before ", which said it": the one the relative clause is about,
    even when named together with another ("fighting between Sudan's army and the Rapid
    Support Forces, which said it had seized the palace")."""
    j = i - 2 if i > 1 and tokens[i - 1].lower == "that" else i - 1
    if j < 2 or tokens[j].lower not in SAID or tokens[j - 1].lower != "which":
        return None
    return next((m for m in before if m.end == j - 2 and tokens[j - 2].text == ","), None)


def _shared_speaker(tokens: list[Token], before: list[Mention], i: int) -> list[Mention]:
    """The mentions the pronoun at `i` may stand for after "but said" or "and said":
    the subject the saying shares with the sentence's first verb, when the sentence
    opens with it ("Pakistan condemned the air strikes on Afghanistan but said it would
    continue to cooperate": Pakistan, not the last actor named), or after ", saying"."""
    j = i - 2 if i > 1 and tokens[i - 1].lower == "that" else i - 1
    if j < 1:
        return before
    joined = tokens[j].lower in SAYING and tokens[j - 1].lower in ("but", "and")
    added = (  # not "welcomed the move, saying it would help": the move
        tokens[j].lower in SAYING_AFTER
        and tokens[j - 1].text == ","
        and not any(t.lower in JUDGED_THINGS for t in tokens[:j])
        and all(_after_preposition(tokens, m.start) for m in before[1:])
    )  # not "shot down a US drone, saying it had violated Iranian airspace": the drone
    if not (joined or added):
        return before
    if before and _opens(tokens, before[0], 0):
        return before[:1]
    after_opener = _after_opening_clause(tokens, before)
    return [after_opener] if after_opener is not None else before


def _after_opening_clause(tokens: list[Token], before: list[Mention]) -> Mention | None:
    """The first actor after a participle clause that opens the sentence ("Defying a
    U.S. order to close its consulate in Houston, China ... accused Washington ... and
    said it would respond"): the sentence's subject."""
    if not tokens or not tokens[0].lower.endswith(("ing", "ed")):
        return None
    if before and before[0].start == 0:
        return None  # "United Nations officials ...": a name, no participle
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return None
    start = comma + 2 if comma + 1 < len(tokens) and tokens[comma + 1].lower == "the" else comma + 1
    return next((m for m in before if m.start == start), None)


def _after_preposition(tokens: list[Token], start: int) -> bool:
    """The mention is a preposition's object ("with the United States"), not a verb's."""
    k = start - 1 if start and tokens[start - 1].lower in ("the", "a", "an") else start
    return k > 0 and tokens[k - 1].lower in PREPOSITIONS


def _prepositional(tokens: list[Token], start: int) -> bool:
    """The mention is a preposition's object, of place ("in Syria") or other."""
    return _after_preposition(tokens, start) or after_place_word(tokens, start)


PREPOSITIONS = frozenset({"with", "to", "on", "against", "from", "by", "for", "of", "over"})
OBJECT_FOLLOWERS = PREPOSITIONS | PLACE_WORDS
"""Lower-case words after a name that say it is no subject of a verb there ("sanctions
on Mali on Sunday, closing their borders with the country")."""
SAYING_AFTER = frozenset({"saying", "adding", "insisting", "stressing", "arguing", "noting"})
"""Participles of saying after a comma, whose speaker is the sentence's subject ("China
lodged a protest with the United States, saying it reserved the right to respond")."""


def _last_thing(
    tokens: list[Token],
    before: list[Mention],
    memory: ArticleMemory,
    pronoun: str,
    object_it: bool = False,
) -> str | None:
    """What "it" or "they" stands for: the last actor other than a person named earlier
    in the sentence ("China said it would ..."; "it" is no plural people: "deported 200
    Venezuelans it accuses of ...", "sanctions on six Iranian officials it accused of
    ...", nor a place: "strikes in Afghanistan, targeting what it said were ..."), nor
    one of two named together ("Argentina and Peru refused to recognise it"), else in
    the sentences before. A role right before a verb of saying is the speaker even
    before its country is placed ("the opposition said it had won": see _place_roles)."""
    speaker = before[-1] if before else None
    if (
        speaker is not None
        and speaker.code.startswith(UNPLACED)
        and _says(tokens, speaker)
        and not _people_for_it(tokens, speaker, pronoun)
    ):
        return speaker.code
    joined = {  # "A and B": plural, "they"; not "after talks in Saudi Arabia, and
        m.start  # Washington said it would ...": a place ends its clause
        for a, b in pairwise(before)
        if a.end < b.start
        and a.code != b.code  # "India strikes Pakistan, Pakistan says it ...": no list
        and _joined(tokens, a, b)
        and not after_place_word(tokens, a.start)
        and not _and_opens_clause(tokens, before, a, b)
        for m in (a, b)
    }
    things = [
        m.code
        for m in before
        if m.kind not in ("person", "group", "pronoun")
        and (object_it or not m.code.startswith(UNPLACED))  # its country is not known
        # yet; but "accusing it of ...": an object, placed with what it stands for
        and not _people_for_it(tokens, m, pronoun)
        and not (pronoun == "thing" and m.start in joined)
        and not after_place_word(tokens, m.start)  # "struck sites in Afghanistan, ... it said"
    ]
    return things[-1] if things else memory.last_thing


def _thing_opened(memory: ArticleMemory) -> bool:
    """The sentence before opened with a state or body (no person, no plural people,
    no civilians), which an "It" opening the next sentence stands for."""
    opener = memory.last_opener
    return (
        opener is not None
        and memory.opening_person is None
        and memory.opening_people is None
        and opener[3:6] != "CVL"
    )


def _people_for_it(tokens: list[Token], mention: Mention, pronoun: str) -> bool:
    """ "It" stands for no plural people: civilians, or a role named in the plural."""
    return pronoun == "thing" and (mention.code[3:6] == "CVL" or _plural_role(tokens, mention))


def _not_it(
    tokens: list[Token], before: list[Mention], code: str | None, memory: ArticleMemory
) -> tuple[str, ...]:
    """When "they" would stand for what "it" already stood for earlier in the sentence,
    the countries last named together instead (in the sentence, else the article), if
    any: one actor is not both "it" and "they" in one sentence."""
    if code is None or not any(
        m.kind == "pronoun" and m.code == code and tokens[m.start].lower == "it" for m in before
    ):
        return ()
    named = [m for m in before if m.kind not in ("pronoun", "group") and m.code != code]
    for k in range(len(named) - 1, 0, -1):
        if _joined(tokens, named[k - 1], named[k]):
            return tuple(dict.fromkeys(m.code for m in _joined_run(tokens, named[: k + 1])))
    return () if code in memory.last_group else memory.last_group


def _joined_run(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The last mention with those joined to it ("Finland and Sweden")."""
    k = len(mentions) - 1
    while k > 0 and _joined(tokens, mentions[k - 1], mentions[k]):
        k -= 1
    return mentions[k:]


def group_code(mentions: Iterable[Mention]) -> str:
    """The code of mentions named together: each member's code once, joined by "+"."""
    return "+".join(dict.fromkeys(m.code for m in mentions))


def _and_opens_clause(tokens: list[Token], before: list[Mention], a: Mention, b: Mention) -> bool:
    """ ", and" after one actor alone opens a clause ("will send tanks to Kyiv, and
    Germany said it would ..."), unlike the last comma of a list ("Britain, France, and
    Germany"); a list already closed by "and" goes on in no clause ("warrants for
    Netanyahu and his defence minister, and Israel said it ...")."""
    between = [t.lower for t in tokens[a.end : b.start] if t.lower not in OWNED_MODIFIERS]
    if between not in ([",", "and"], [",", "and", "the"]):  # "his police chief, and the
        return False  # Philippines said ..."
    return not any(
        c.end < a.start
        and _joined(tokens, c, a)
        and all(t.lower != "and" for t in tokens[c.end : a.start])
        for c in before
    )


def _met_pair(tokens: list[Token], before: list[Mention]) -> list[str] | None:
    """The last two people named before, the second "with" the first ("Trump spoke by
    phone with Putin", "he had held a phone call with Putin"): who "they" are."""
    people = [m for m in before if m.kind in ("person", "pronoun") and "+" not in m.code]
    if len(people) < 2:
        return None
    first, second = people[-2:]
    between = [t.lower for t in tokens[first.end : second.start]]
    if first.code == second.code or "with" not in between or len(between) > 8:
        return None
    return [first.code, second.code]


def _of_people(tokens: list[Token], mention: Mention, mentions: list[Mention]) -> bool:
    """A country's adjective on a role named in the plural a word later ("British Royal
    Marines", "Iranian Revolutionary Guards"): the people's, no antecedent of "it"."""
    return len(mention.code) == 3 and any(
        other.start == mention.end + 1
        and (other.code[:3] == mention.code or other.code.startswith(UNPLACED))
        and _plural_role(tokens, other)
        for other in mentions
    )


def _plural_role(tokens: list[Token], mention: Mention) -> bool:
    """ "Iranian officials", "Russian troops": people, not one state or body."""
    last = tokens[mention.end - 1].lower
    return len(mention.code) > 3 and last.endswith("s") and not last.endswith(("ss", "us"))


MOVES = frozenset(
    {"move", "decision", "step", "announcement", "plan", "launch", "test", "visit", "trip"}
    | {"vote"}
    | {"mutiny", "rebellion", "uprising", "coup", "incursion", "invasion", "offensive"}
    | {"release", "sale", "purchase"}
    | {"result", "results", "outcome", "ruling", "verdict"}
    | {"indictment", "expulsion", "arrest", "ban"}
)
CLAIMS = frozenset(
    {"claim", "claims", "accusation", "accusations", "allegation", "allegations", "remarks"}
    | {"account", "charge", "charges"}
)
"""Words that stand for whoever said them: "Asmara dismissed the claim"."""
CLAIMING = frozenset({"accuse", "blame", "charge", "claim", "allege", "say"})
"""Verbs whose subject, earlier in the sentence, is whose "the claim" or "the accusations"
a reply names ("Western leaders blamed Putin, and the Kremlin rejected the
accusations")."""
ACTS = MOVES | CLAIMS
"""What "this" or "that" may open as a mention ("that account", "this move"): only then
is the word worth composing, as it is common."""


def aimed_by(tokens: list[Token], start: int) -> int | None:
    """Where the "on" or "against" is that the mention starting at `start` follows,
    over a "the" ("attacks on (the) Yemen"): what an act was aimed at, not its doer."""
    k = start - 1 if start and tokens[start - 1].lower == "the" else start
    return k - 1 if k > 0 and tokens[k - 1].lower in ("on", "against") else None


def _act_named(
    tokens: list[Token], i: int, before: list[Mention], memory: ArticleMemory
) -> str | None:
    """ "It" (or "them") that a calling verb names ("China declared an air zone, and
    Japan called it a dangerous escalation") or a judging verb judges "as" something
    ("rejected it as a conspiracy") is an act told before, standing for whoever did it:
    the last actor this sentence names before it other than the caller (the subject right
    before the verb or before the "said," that opens it, with those joined to it, else
    the sentence's first actor), other than a place and other than what the act was
    aimed at ("attacks on Yemen"), with the actors joined to it
    ("Bahrain and the UAE signed ..., and Palestinians called it a betrayal": both),
    else the sentence before's. After a closing speech frame ("Chinese ships rammed a
    Philippine vessel, the military said on Tuesday, calling it ..."), the first actor
    of the clause it reports."""
    if tokens[i].lower not in ("it", "them") or not i:
        return None
    judged_as = i + 1 < len(tokens) and tokens[i + 1].lower == "as"  # "rejected it as a
    if CALLING.isdisjoint(tokens[i - 1].lemmas) and not (  # conspiracy"
        judged_as and not JUDGING_AS.isdisjoint(tokens[i - 1].lemmas)
    ):
        return None
    said_at = _frame_before(tokens, i - 2) if i >= 4 and tokens[i - 2].text == "," else None
    called_at = i - 1 if said_at is None else said_at  # "..., the Philippine military
    # said (on Tuesday), calling it"
    caller = next((m for m in before if m.end == called_at), before[0] if before else None)
    callers = set()  # "and Japan and South Korea condemned it": both call it so
    if caller is not None:
        callers = {c[:3] for c in _with_joined(tokens, before[: before.index(caller) + 1])}
    others = [
        m
        for m in before
        if m.code[:3] not in callers
        and not after_place_word(tokens, m.start)  # "shot down a Russian warplane near the
        # Syrian border, and Putin called it a stab in the back": not Syria's doing
        and not (m.start and tokens[m.start - 1].lower in COMPANIONS)  # "unveiled a plan
        # alongside Netanyahu, and Abbas rejected it": Trump's plan
        and aimed_by(tokens, m.start) is None  # "condemned the U.S. attacks on Yemen,
        # calling them ...": not Yemen's doing
        and not m.code.startswith(UNPLACED)
    ]
    if said_at is not None and others:  # the clause a closing frame reports is the act:
        return others[0].code  # its first actor, not whom it was done to
    if not others:
        return memory.last_opener
    last = before.index(others[-1])  # "Bahrain and the United Arab Emirates signed ...,
    joined = _with_joined(tokens, before[: last + 1])  # and Palestinians called it a
    kept = {m.code for m in others} & joined  # betrayal": both signers
    return group_code(m for m in before[: last + 1] if m.code in kept)


COMPANIONS = frozenset({"alongside", "beside", "with"})


def _frame_before(tokens: list[Token], comma: int) -> int | None:
    """Where the verb of a closing speech frame stands before `comma`: right before it,
    or before a short phrase of when or how ("said on Tuesday", "said in a statement")."""
    for j in range(comma - 1, max(comma - 5, 0), -1):
        if tokens[j].lower in SAID:
            return j
        if tokens[j].text in (",", '"', "”") or (j < comma - 1 and tokens[j].lower == "that"):
            return None
    return None


ACCORDS = frozenset(
    {"agreement", "agreements", "accord", "accords", "treaty", "protocol", "convention"}
    | {"conventions", "process", "format"}
)
"""What is named after the city it was made in; not "deal" or "pact", which a capital
before them may own ("a Moscow deal")."""


def _names_accord(tokens: list[Token], end: int) -> bool:
    """The words after a capital name an agreement, a process or a format ("Paris
    climate agreement", "Minsk accords", "the Astana process"): named after the city where
    it was made, it names none of its parties."""
    return any(t.lower in ACCORDS for t in tokens[end : end + 2])


LANDFORMS_BEFORE = frozenset({"Lake", "Mount", "Mt.", "Cape"})
LANDFORMS_AFTER = frozenset({"Falls", "River", "Lake", "Island"})


def _names_landform(tokens: list[Token], start: int, end: int) -> bool:
    """ "Lake Victoria", "Victoria Falls": a lake, a mountain or a river named like a
    capital (Seychelles' Victoria) is no seat of government; nor is the end of a longer
    place name joined by "da", "de" or "del" ("Mocimboa da Praia", a Mozambican town,
    not Cape Verde's capital)."""
    joined = (
        start > 1
        and tokens[start - 1].text in PLACE_PARTICLES
        and tokens[start - 2].text[:1].isupper()
    )
    return (
        joined
        or (start > 0 and tokens[start - 1].text in LANDFORMS_BEFORE)
        or (end < len(tokens) and tokens[end].text in LANDFORMS_AFTER)
    )


PLACE_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})
"""Lower-case words inside Portuguese, Spanish, Italian and French place names."""


INCIDENTS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "shooting"}
    | {"massacre", "siege", "stampede", "fire", "crash"}
)


def _names_incident(tokens: list[Token], start: int, end: int) -> bool:
    """ "The Kabul airport bombing", "the Moscow concert hall attack": after a determiner,
    a capital before the venue of an attack names where it happened, not who made it."""
    if not start or tokens[start - 1].lower not in ("the", "a", "an"):
        return False
    after = tokens[end : end + 3]
    for k, token in enumerate(after):
        if token.lower in INCIDENTS:
            return k > 0  # a place's own word first: not "a Moscow attack on Kyiv"
        if not token.text.isalpha() or not token.text.islower():
            return False
    return False


AGREEMENT_NOUNS = frozenset(
    {"agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "treaties"}
    | {"pact", "pacts"}
)
JUDGED_THINGS = MOVES | AGREEMENT_NOUNS | {"proposal"}


def _judged_again(tokens: list[Token], i: int) -> bool:
    """ "It" judged after the sentence has judged a deal or a move ("Syria welcomed the
    deal, and the rebels' military command rejected it"): the same thing, no actor."""
    if tokens[i].lower != "it" or not i or JUDGING_AS.isdisjoint(tokens[i - 1].lemmas):
        return False
    return any(
        not JUDGING_AS.isdisjoint(tokens[j].lemmas)
        and tokens[j + 1].lower in ("the", "this", "that")
        and tokens[j + 2].lower in JUDGED_THINGS
        for j in range(i - 3)
    )


CALLING = frozenset({"call", "describe", "term", "brand", "label", "dub", "declare", "deem"})
"""Verbs that name something ("called it an escalation"); syntax reads them too."""
JUDGING_AS = frozenset(
    {"reject", "dismiss", "denounce", "condemn", "criticise", "criticize", "slam", "decry"}
    | {"welcome", "hail", "praise"}
)
"""Verbs that judge an act "as" something ("rejected it as a conspiracy")."""
JUDGING_OWNED = JUDGING_AS | {"back", "support", "endorse", "applaud", "commend"}
"""Verbs that judge or back what "his" or "her" after them owns (see _judged_owner)."""


def _owner_judged(before: list[Mention]) -> str | None:
    """Whose "his" a later clause's judge means: the person who opened the sentence,
    when the judge right before is another actor and no person ("Trump sided with Putin
    ..., and U.S. lawmakers denounced his remarks"); else None (see _other_person)."""
    if len(before) < 2 or before[0].kind != "person" or before[-1].kind == "person":
        return None
    return before[0].code if before[-1].code != before[0].code else None


def _crowd_before(tokens: list[Token], i: int) -> bool:
    """ "Thousands of Chinese", "hundreds of Iranians": a crowd of a country's people."""
    return i >= 2 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in CROWDS


CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})


def _claimant_before(tokens: list[Token], before: list[Mention], i: int) -> str | None:
    """The last actor of the sentence so far who accused, blamed or claimed, right
    before the verb, or the sentence's opener whose clause goes on ", saying ...": whose
    "the accusations" (at `i`) a later clause answers."""
    for k in range(len(before) - 1, -1, -1):
        mention = before[k]
        if _says_of_claim(tokens, mention, i):
            continue  # "the Kremlin said the accusations were unacceptable": it judges them
        if mention.end < len(tokens) and not CLAIMING.isdisjoint(tokens[mention.end].lemmas):
            first = k  # "Britain and the Netherlands accused ...": both
            while first and _joined(tokens, before[first - 1], before[first]):
                first -= 1
            return group_code(before[first : k + 1])
    if before and _opens(tokens, before[0], 0):
        tail = tokens[before[0].end : i]
        for k in range(1, len(tail)):  # "Canada expelled a diplomat, saying it was
            # investigating allegations ..., and New Delhi rejected the claims": Canada's
            if tail[k - 1].text == "," and tail[k].lower in ("saying", "accusing", "alleging"):
                return before[0].code
    return None


def _says_of_claim(tokens: list[Token], mention: Mention, i: int) -> bool:
    """The mention's verb takes the claim at `i` as what it says, right after it or after
    "that" ("Moscow said (that) the allegations were absurd"): the speaker answers the
    claim; it is not theirs."""
    between = [t.lower for t in tokens[mention.end + 1 : i]]
    return mention.end < i and between in ([], ["that"])


def _move_told_here(tokens: list[Token], i: int, before: list[Mention]) -> str | None:
    """Whose "the move" is when the sentence told it in a clause of its own first: the
    actor that clause opened with ("The United States tightened curbs on chip exports to
    China, and Beijing said the move ..."), where another speaks of it after ", and"."""
    if not before or before[0].kind == "pronoun" or after_place_word(tokens, before[0].start):
        return None  # not "An international tribunal in The Hague ruled ...": no Dutch act
    first, last = before[0], before[-1]
    rebels = "REB" in (first.code[3:6], last.code[3:6])  # "Wagner mercenaries seized
    if first.code[:3] == last.code[:3] and not rebels:  # Rostov, and Putin vowed to crush
        return None  # the mutiny": rebels and their state are two sides
    joined = any(_after_joint(tokens, at) for at in range(first.end + 2, last.start + 1))
    if not joined:
        return None
    run = [first]  # "Germany and the United States said they would send tanks ..., and
    for mention in before[1:]:  # Moscow called the decision a provocation": both's
        if not _joined(tokens, run[-1], mention):
            break
        if all(m.code[:3] != mention.code[:3] for m in run):  # not "the U.S. | Commerce
            run.append(mention)  # Department": one actor
    return group_code(run)


def _the_move(tokens: list[Token], i: int, nouns: frozenset[str] = MOVES) -> bool:
    """ "The move", "the decision", "this visit" (or "the claim", "that account", with
    CLAIMS): an act the sentence before told, standing for whoever made it; not "the
    decision by X", "the plan of X"."""
    if i + 1 >= len(tokens) or tokens[i].lower not in ("the", "that", "this"):
        return False
    if tokens[i + 1].lower not in nouns:
        return False
    return i + 2 >= len(tokens) or tokens[i + 2].lower not in ("of", "by", "from", "to")


ARMED_GROUP_WORDS = frozenset(
    {"militant", "armed", "rebel", "insurgent", "islamist", "paramilitary"}
)


def _last_armed_group(before: list[Mention], memory: ArticleMemory) -> str | None:
    """The armed group "the group" stands for: the last named earlier in the sentence
    ("The Taliban opened an office ..., and the United States said it would begin talks
    with the group"), else the one the article named last."""
    here = [m.code for m in before if m.code[3:6] == "REB"]
    return here[-1] if here else memory.by_role.get("REB")


def _the_group(tokens: list[Token], i: int) -> int:
    """The end of "the group(s)" or "the militant group" (an armed group named earlier:
    rebels are REB), or 0."""
    return _the_noun(tokens, i, ARMED_GROUP_WORDS, frozenset({"group", "groups"}))


def _the_noun(tokens: list[Token], i: int, modifiers: frozenset[str], nouns: frozenset[str]) -> int:
    """The end of "the" + one of `nouns`, with at most one of `modifiers` between ("the
    regional bloc"), starting at token i; or 0."""
    if tokens[i].lower != "the":
        return 0
    end = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower in modifiers else i + 1
    return end + 1 if end < len(tokens) and tokens[end].lower in nouns else 0


BLOCS = frozenset({"bloc", "alliance", "organisation", "organization", "grouping"})


def _the_bloc(
    tokens: list[Token], i: int, before: list[Mention], memory: ArticleMemory
) -> tuple[int, str] | None:
    """ "The bloc", "the regional bloc", "the alliance", "the Russian-led bloc": the end
    of the phrase and the international organisation named last, in this sentence or
    before. "The world
    body" is the U.N. unless another organisation was named."""
    end = _the_noun(tokens, i, frozenset({"regional"}), BLOCS)
    end = end or (i + 5 if _led_bloc(tokens, i) else 0)  # "the Russian-led bloc" too, else
    # its leader stands for it
    world_body = not end and _the_noun(tokens, i, WORLD, BODY) == i + 3
    agency = not (end or world_body) and _the_noun(tokens, i, AGENCY_KINDS, AGENCY)
    court = not (end or world_body or agency) and _the_noun(tokens, i, frozenset(), COURT)
    if not (end or world_body or agency or court):
        return None
    named = [m.code for m in before if m.code.startswith("IGO")]
    if agency:  # "withdraw from the World Health Organization, accusing the agency of
        return (agency, named[-1]) if named else None  # ...": only one this sentence names
    if court:  # "quit the International Criminal Court, accusing the court of bias"
        courts = [code for code in named if code in INTERNATIONAL_COURTS]
        return (court, courts[-1]) if courts else None
    code = named[-1] if named else memory.last_bloc
    if world_body:
        return i + 3, code or "IGOUNO"
    return (end, code) if code else None


def _led_bloc(tokens: list[Token], i: int) -> bool:
    """ "The Russian-led bloc", "the U.S.-led alliance" start at token i."""
    return (
        i + 4 < len(tokens)
        and tokens[i].lower == "the"
        and tokens[i + 2].text == "-"
        and tokens[i + 3].lower == "led"
        and tokens[i + 4].lower in BLOCS
    )


WORLD, BODY = frozenset({"world"}), frozenset({"body"})
"""The modifier and noun of "the world body", only together a bloc."""
AGENCY = frozenset({"agency"})
"""The noun of "the agency": an international organisation only where the sentence
names one (a news agency is none)."""
AGENCY_KINDS = frozenset({"health", "nuclear", "atomic", "refugee", "aid"})
"""The modifiers "the agency" may have ("the health agency")."""
COURT = frozenset({"court", "tribunal"})
INTERNATIONAL_COURTS = frozenset({"IGOUNOICC", "IGOUNOICJ"})
"""The noun of "the court" and the courts it may be: an international one only where the
sentence names it (a country's courts are its own)."""


def _rules_next(tokens: list[Token], i: int) -> bool:
    """A court's ruling verb follows ("a court sentenced ...", "a court has banned"): the
    court acts."""
    if i < len(tokens) and tokens[i].lower in ("has", "had", "on"):
        i += 1
    return i < len(tokens) and not tokens[i].lemmas.isdisjoint(RULINGS)


RULINGS = frozenset(
    {"sentence", "convict", "acquit", "jail", "rule", "order", "uphold", "overturn", "annul"}
    | {"dissolve", "dismiss", "reject", "ban", "bar", "disqualify", "suspend", "block"}
)


def _first_name(tokens: list[Token], after: int) -> bool:
    """A lone known surname followed by another name is someone else's first name."""
    return after < len(tokens) and NAME_WORD.match(tokens[after].text) is not None


def _opens(tokens: list[Token], mention: Mention, k: int) -> bool:
    """The mention, the `k`th actor, is the first and opens the sentence, an article at
    most before it ("The army said it struck ... in southern Lebanon": under a dateline,
    the dateline's, not the place or country its act is aimed at; "The Japanese
    government ... urged both countries": the subject, none of the two)."""
    before = tokens[: mention.start]  # "Vice | Foreign Minister Xie Feng summoned ..."
    return k == 0 and all(t.lower in ("the", "a", "an") or t.lower in MODIFIERS for t in before)


def _dateline_home(memory: ArticleMemory, mention: Mention) -> str | None:
    """The dateline's country for people, clergy, police, courts, the press and armed men
    named without one ("GUATEMALA CITY -- Gunmen released two priests"); for authorities
    and troops too, unless the dateline is a city where international bodies meet
    (officials and diplomats gather in Geneva or Brussels from everywhere)."""
    role = mention.code[len(UNPLACED) :]
    if role in DATELINE_ROLES or (role in STATE_ROLES and not memory.dateline_meets):
        return memory.dateline_home
    return None


def _place_roles(
    tokens: list[Token],
    mentions: list[Mention],
    memory: ArticleMemory,
    place_country: Callable[[str], str | None] | None = None,
    backed: AbstractSet[int] = frozenset(),
    adjectives: AbstractSet[str] = frozenset(),
) -> list[Mention]:
    """A role named without a country ("protesters", "the police") belongs to the
    country where the sentence places it ("in Seoul", "outside South Korea's
    parliament"), else to the nearest country named in the sentence, else to the
    country of a place the dictionaries do not hold ("in Istanbul", through
    `place_country`), else to the article's first country; with none of these it is
    dropped. Armed men described by a backer (starting at a `backed` index: "Iran-backed
    militant groups") are placed by a place only: the nearest country may be their enemy
    ("Biden blamed Iran-backed militant groups"), and the backer is not their country.
    "Its" or "their" role belongs to the country named last before it (an armed group's
    to the group; with no one before it, "their" after a sentence that opened with an
    armed group to that group), but
    not an embassy "in" a place named as an actor, which stands for its host ("protested
    through its embassy in Beijing"; "its consulate in Istanbul" is its owner's). Armed
    men "from" a country's name are its own (`adjectives`: the words that name a country
    only as an adjective, which do not place them: "from Russian missiles")."""
    if not any(m.code.startswith(UNPLACED) for m in mentions):
        return mentions
    named = [  # not "it": "India said it had attacked militant camps" names no Indian militants
        (j, m)
        for j, m in enumerate(mentions)
        if not m.code.startswith((UNPLACED, "IGO"))
        and m.kind not in ("group", "pronoun")
        and not based_in(tokens, m.end)  # "a UK-based monitor": says where it sits
        and not (m.resolved and _the_move(tokens, m.start))  # "condemned the launch and
        # told residents to take cover": its maker's, yet no one's home
    ]
    speaker = next(  # "The Israeli military said ...", opening the sentence
        (m for j, m in named if j == 0 and _says(tokens, m)),
        None,
    ) or _according_to(tokens, named)
    strikers = {m.code[:3] for _, m in named if _owns_strike(tokens, m.end)}
    placing_no_one = {  # "killed in Israeli air strikes": the attacker's, no place, named
        j  # again or not ("... as Israel widened its campaign"); nor a border, which two
        for j, m in named  # countries share ("near the Afghan border"); nor where armed
        # men "crossed from": they are placed where they were fought
        if m.code[:3] in strikers or _names_border(tokens, m) or _crossed_from(tokens, m)
    }
    placing = [
        m
        for j, m in named
        if after_place_word(tokens, m.start, m.end)
        and tokens[m.end - 1].lower not in ("embassy", "consulate")  # not its host's
        and m.code[3:6] != "MIL"  # "blew a hole in the U.S. destroyer": a force, no place
        and j not in placing_no_one
    ]
    places = [m.code[:3] for m in placing]
    if not places and not named and place_country is not None:
        places = _named_places(tokens, mentions, place_country)  # weaker than a country
    local = (  # looked up only when a role that a named place may place is unplaced
        _named_places(tokens, mentions, place_country)
        if not places
        and named
        and place_country is not None
        and any(
            m.code[len(UNPLACED) :] in LOCAL_ROLES for m in mentions if m.code.startswith(UNPLACED)
        )
        else []
    )
    placed = []
    placed_as: dict[str, str] = {}  # an unplaced code -> the code it was last placed with
    strangers: set[str] = set()  # unplaced codes of roles that are no one's here
    for k, mention in enumerate(mentions):
        if mention.kind in ("pronoun", "group") and UNPLACED in mention.code:  # "them":
            # whom it stands for, as they were placed ("Netanyahu and his former defence
            # minister, accusing them of war crimes in Gaza": Israel's, not Gaza's)
            members = [placed_as.get(c, c) for c in mention.code.split("+")]
            known = [c for c in members if not c.startswith(UNPLACED)]
            if known:
                kind = "group" if len(known) > 1 else "pronoun"
                placed.append(replace(mention, code="+".join(known), kind=kind))
            if known or mention.kind == "group":
                continue
        if not mention.code.startswith(UNPLACED):
            placed.append(mention)
            continue
        role = mention.code[len(UNPLACED) :]
        if mention.start and tokens[mention.start - 1].lower in STRANGERS:
            strangers.add(mention.code)
            continue  # "foreign journalists visiting East Timor" are no East Timorese
        if mention.code in strangers and mention.kind != "role":
            continue  # "An international tribunal in The Hague ruled ..., and Beijing
            # rejected the ruling": the tribunal's, no more Dutch than the tribunal
        if role == "MIL" and _stateless(tokens, mention.start):
            role = "REB"  # "Kurdish forces in northern Iraq": a people's fighters, no army
        body = _body_of(tokens, mention, mentions) or _peacekeepers_body(tokens, mention, mentions)
        if body is not None:  # "the prosecutor of the International Criminal Court"
            placed.append(replace(mention, code=body))
            continue
        nearest = min(  # the one before on a tie: "the United States ... its troops ... Niger"
            (  # not the attacker's: "wounded in Pakistani shelling"; nor a border's
                (abs(j - k), j > k, m.code[:3]) for j, m in named if j not in placing_no_one
            ),
            default=(0, False, memory.home or _dateline_home(memory, mention)),
        )
        here = places or (local if role in LOCAL_ROLES else [])
        if mention.kind == "person" and role not in LOCAL_ROLES:  # not "entered Gambia
            here = [  # to force longtime ruler Yahya Jammeh to hand over power to ...,
                p.code[:3]  # who was sworn in at Gambia's embassy in Dakar": a titled
                for p in placing  # man is placed by a place before him or near after,
                if p.start < mention.start or p.start - mention.end <= FAR_PLACE
            ]  # not one clauses away
        if _captives(tokens, mention):
            here = []  # "the families of six hostages found dead in Gaza": held there,
            # not from there
        if mention.start in backed and role in BACKED_ROLES and not here:
            continue
        located = _located(tokens, mention, placing) if here else None
        opener_home = _dateline_home(memory, mention) if _opens(tokens, mention, k) else None
        country = (
            _home_country(tokens, mention, named)
            or (_fled_from(tokens, mention, named) if role == "CVL" else None)
            or _possessor(tokens, mention, named)
            or _described_as(tokens, mention, named)
            or _named_as(tokens, mention, named)
            or _belonging_to(tokens, mention, named)
            or (_coming_from(tokens, mention, named, adjectives) if role == "REB" else None)
            or _including(tokens, mention, named)
            or (_sent_by(tokens, mention, mentions) if role in ("MIL", "COP") else None)
            or _same_noun_before(tokens, mention, named, k)
            or located
            or opener_home
            or (
                None
                if here and not _the_same(tokens, mention, role)
                else _same_role(named, role, k)
            )
            or (None if here or role != "REB" else _rebels_before(memory))
            or (here[0] if here else nearest[2])
        )
        mission = tokens[mention.end - 1].lower in ("embassy", "consulate")
        if speaker is not None and speaker.code[3:6] == role and not mission:
            country = speaker.code[:3]  # "The Israeli military said ... on soldiers": its own
        at = mention.start - 1
        while at > 0 and tokens[at].lower in OWNED_MODIFIERS:
            at -= 1  # "his former defence minister"
        owner_word = tokens[at].lower if mention.start else ""
        owned = owner_word in ("its", "their", "his", "her")
        personal = owner_word in ("his", "her")  # "Netanyahu and his defence minister"
        owners = [  # "his": a person named before; "its"/"their": no state's official
            m for j, m in named if j < k and (m.kind == "person" if personal else not _official(m))
        ]
        if personal:  # or titled and placed before: "The Solomon Islands' prime minister
            # told parliament that his government had signed ..."
            titled = [
                m for m in placed if m.kind == "role" and tokens[m.end - 1].lower in PERSON_TITLES
            ]
            owners = sorted(owners + titled, key=lambda m: m.start)
        if owner_word == "their":  # a body or its people, not a country's adjective
            owners = [m for m in owners if len(m.code) > 3] or owners
        if _struck(tokens, at):  # "an Israeli strike on its consulate": not the striker's
            owners = [m for m in owners if m.end != at - 2] or owners
        if owned and _clause_begins(tokens, _partitive_start(tokens, at)):  # "... as its
            owners = [m for m in owners if not _prepositional(tokens, m.start)] or owners
            # warplanes pounded the enclave" after "ordered a siege of the Gaza Strip": the
            # besieger's, as in "..., and one of its jets was downed"; not "sanctions on
            # Iran and its proxies", where "its" is in the same phrase
        theirs = owner_word == "their" and role in OFFICES
        leaders = {m.code[:3] for j, m in named if j < k and _official(m)} if theirs else set()
        if len(leaders) > 1:
            codes = "+".join(sorted(country + role for country in leaders))
            placed.append(replace(mention, code=codes, kind="group"))  # "Biden and Xi ...
            continue  # agreed that their top officials would resume talks": each one's
        group = None
        hosted = mission and _named_host(tokens, mention, mentions)
        if owners and owned and (not hosted or _struck(tokens, at)):
            country = owners[-1].code[:3]  # "Israel recalled its diplomats ... in Gaza":
            # Israel's; "the bombing of its embassy in Belgrade": China's, not its host's
            if owners[-1].code[3:6] == "REB" and owner_word in ("their", "its"):
                group = owners[-1].code  # "Wagner fighters ... their leader": the group's
        elif owner_word == "their" and not owners and (memory.last_opener or "")[3:6] == "REB":
            group = memory.last_opener  # "Wagner mercenaries seized Rostov. Putin accused
            # their leader of treason": the group the sentence before opened with
        said = _says(tokens, mention)
        if said and named and opener_home is None:
            country = memory.home or named[0][1].code[:3]  # "..., the foreign ministry said"
        before = mentions[k - 1] if k else None
        if before and before.kind == "person" and _apposed(tokens, before, mention):
            country = before.code[:3]  # "Lee Do-hoon, special representative for ...": his
        head = _posted_head(tokens, mentions, k)
        if head is not None:
            country = head.code[:3]  # "The US commander in Iraq, General X": American
        facing = before is not None and _facing_government(tokens, before, mention)
        if facing and (not located or _possessed(tokens, before)):
            country = before.code[:3]  # "Sudan's government and southern rebels": Sudan's;
            # "Venezuela's government and opposition agreed in Barbados" too
        partner = placed[-1] if before and placed and placed[-1].start == before.start else None
        if before is not None and _joined(tokens, before, mention):
            if partner and before.code.startswith(UNPLACED):
                country = partner.code[:3]  # "1,000 soldiers and police officers": one side
            elif not before.code.startswith(UNPLACED) and before.code[3:6] == "MIL" == role:
                country = before.code[:3]  # "British warplanes and warships": both British
        if country:
            code = group or country + role
            placed.append(Mention(mention.start, mention.end, code, mention.kind, True))
            placed_as[mention.code] = code
            if mention.kind == "person":
                memory.surnames[tokens[mention.end - 1].text] = code
    return placed


def _according_to(tokens: list[Token], named: list[tuple[int, Mention]]) -> Mention | None:
    """The actor an opening "According to ..." names before its comma ("According to a
    statement from Morocco's foreign ministry, the government ..."): the speaker."""
    if [t.lower for t in tokens[:2]] != ["according", "to"]:
        return None
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    return next((m for _, m in named if m.end <= comma), None)


def _official(mention: Mention) -> bool:
    return mention.kind == "person" and mention.code[3:6] in OFFICIALS


OWNED_MODIFIERS = frozenset({"former", "new", "top", "own", "then", "late", "chief"})
"""Words between "his"/"its" and the role it owns ("his former defence minister")."""
STRANGERS = frozenset({"foreign", "international"})
"""Before a role named without a country, words that say the people are no one's here."""

LOCAL_ROLES = frozenset({"CVL", "OPP", "UAF", "CRM", "REB"})
"""People placed by where the sentence puts them before any country it names: the
gunmen "in Beirut" who kidnapped "an American" are Lebanon's, the civilians killed "in
Kharkiv" by Russian troops Ukraine's, militants whose homes were demolished "in Hebron"
Palestine's. State forces keep the nearest country ("Israel
said soldiers killed three gunmen in Jenin")."""
DATELINE_ROLES = LOCAL_ROLES | {"COP", "REL", "JUD", "MED", "LEG", "EDU", "BUS", "LAB", "HRI"}
"""Roles the dateline may place: see _dateline_home."""
STATE_ROLES = frozenset({"GOV", "MIL"})
"""Roles the dateline places unless international bodies meet there."""
MEETING_CITIES = frozenset(
    {"geneva", "brussels", "new york", "united nations", "vienna", "the hague", "strasbourg"}
    | {"luxembourg", "davos", "munich", "addis ababa"}
)
"""Datelines where officials of many countries gather: no one's authorities by default."""


def _named_places(
    tokens: list[Token], mentions: list[Mention], place_country: Callable[[str], str | None]
) -> list[str]:
    """The countries of places the dictionaries do not hold, named right after a word of
    place ("in Istanbul", "at the Hague"), after a place noun's "of" ("the central square
    of Kharkiv") or as what force struck ("shelled Kharkiv")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i in range(1, len(tokens)):
        if i in covered or not NAME_WORD.match(tokens[i].text):
            continue
        before = tokens[i - 1]
        of_place = before.lower == "of" and i > 1 and tokens[i - 2].lower in PLACE_NOUNS
        struck = not STRIKING.isdisjoint(before.lemmas)
        if not (after_place_word(tokens, i) or of_place or struck):
            continue
        end = i
        while end < len(tokens) and end - i < 3 and NAME_WORD.match(tokens[end].text):
            end += 1
        country = place_country(" ".join(t.text for t in tokens[i:end]))
        if country:
            found.append(country)
    return found


PLACE_NOUNS = frozenset(
    {"region", "province", "state", "district", "county", "territory"}
    | {"regions", "provinces", "states", "districts", "counties", "territories"}
    | {"city", "cities", "town", "towns", "village", "villages", "capital", "port", "island"}
    | {"outskirts", "suburbs", "centre", "center", "streets", "heart", "square", "enclave", "camp"}
    | {"plant", "station", "base", "refinery", "prison"}
    | {"stronghold", "area", "areas", "part", "parts", "neighbourhood", "neighbourhoods"}
    | {"neighborhood", "neighborhoods"}
)
"""Their `of` names the place itself: "the city of Mosul", "the central square of
Kharkiv", "residential areas of Kharkiv" (places reads them too)."""
STRIKING = frozenset(
    {"shell", "bomb", "bombard", "pound", "strike", "hit", "attack", "raid", "target"}
)
"""Verbs of force: their object, when a town's name, is where the force fell; after "to",
they make weapons sent a strike force (coder)."""


REGIONS = frozenset({"AFR", "WST", "ASA", "LAM", "ARB", "PGS", "WLD"})
"""Codes of states named together by region ("Western countries", "Arab states") or as
the powers of the world ("six world powers")."""


def _region_members(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """States named by region and then listed ("diplomats from seven Latin American
    countries ..., including Argentina, Chile and Peru") are the listed ones: one group."""
    result = list(mentions)
    for k, region in enumerate(mentions):
        if region.code not in REGIONS:
            continue
        first = _after_including(tokens, region.end, 12)
        if first is None:
            continue
        listed = [m for m in mentions[k + 1 :] if m.start == first]
        if not listed:
            continue
        for mention in mentions[k + 1 :]:
            if mention.start > listed[-1].start and _joined(tokens, listed[-1], mention):
                listed.append(mention)
        if all(m.kind == "country" and len(m.code) == 3 for m in listed):
            codes = group_code(listed)
            result[k] = Mention(region.start, region.end, codes, "group", region.resolved)
    return result


def _minorities(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A country right before a people living across its borders names where they live:
    "Kosovo Albanian leaders" are Kosovo's; and a people's forces are rebels there, no
    state's military ("Bosnian Serb forces", BIHREB; see _ethnic)."""
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind == "country"
            and len(last.code) == 3
            and last.end == mention.start
            and tokens[mention.start].lower in MINORITIES
        ):
            role = mention.code[3:]
            code = last.code + ("REB" if role == "MIL" else role)
            merged[-1] = Mention(last.start, mention.end, code, mention.kind, mention.resolved)
            continue
        merged.append(mention)
    return merged


COMPASS = frozenset({"north", "south", "east", "west"})
MINORITIES = frozenset({"serb", "serbs", "croat", "croats", "albanian", "albanians"})
"""Peoples the news names with the country they live in ("Croatian Serbs")."""


def _civilian_modifiers(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "the civilian opposition", "a civilian government": a one-word civilian role right
    before another role only describes it; the phrase is the other role's."""
    kept: list[Mention] = []
    for m in reversed(mentions):
        after = kept[-1] if kept else None
        if (
            after is not None
            and tokens[m.start].lower == "civilian"
            and m.end - m.start == 1
            and after.start == m.end
            and after.kind == "role"
        ):
            kept[-1] = replace(after, start=m.start)
            continue
        kept.append(m)
    return kept[::-1]


def _shared_roles(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The role after the second of two countries is the first's too: "Egyptian and
    Sudanese forces" are EGYMIL and SDNMIL, not EGY and SDNMIL; and a role before "of"
    the first is the second's: "the leaders of Britain and France" are GBRGOV and
    FRAGOV."""
    shared = list(mentions)
    for k in range(len(mentions) - 2, -1, -1):
        first, second = shared[k], shared[k + 1]
        if (
            _joined_countries(tokens, first, second, ("and",))
            and len(first.code) == 3
            and len(second.code) == 6
            and not second.code.startswith("IGO")
        ):
            code = first.code + second.code[3:]
            shared[k] = Mention(first.start, first.end, code, first.kind, first.resolved)
    for k in range(len(mentions) - 1):  # forwards: "the presidents of A, B and C"
        first, second = shared[k], shared[k + 1]
        if (
            _joined_countries(tokens, first, second, ("and", ","))
            and len(first.code) == 6
            and len(second.code) == 3
            and not first.code.startswith("IGO")
            and ((k > 0 and shared[k - 1].code[3:] == first.code[3:]) or _role_of(tokens, first))
        ):
            code = second.code + first.code[3:]
            shared[k + 1] = Mention(second.start, second.end, code, second.kind, second.resolved)
    return shared


def _joined_countries(
    tokens: list[Token], first: Mention, second: Mention, joiners: tuple[str, ...]
) -> bool:
    return (
        first.kind == second.kind == "country"
        and second.start == first.end + 1
        and tokens[first.end].lower in joiners
    )


def _role_of(tokens: list[Token], mention: Mention) -> bool:
    """The mention is a role "of" a country: "the leaders of Britain"."""
    return mention.end - mention.start >= 3 and tokens[mention.end - 2].lower == "of"


WATERS = frozenset({"ocean", "sea", "gulf", "strait", "straits", "peninsula", "basin", "county"})


def _names_water(tokens: list[Token], found: Mention) -> bool:
    """True when the mention is part of a geographic name ("the Indian Ocean", "the
    Persian Gulf", "the Korean Peninsula", "the Sea of Japan", "Nassau County" in New
    York): a place, no actor."""
    end, start = found.end, found.start
    if end < len(tokens) and tokens[end].lower in WATERS and tokens[end].text[:1].isupper():
        return True
    water = tokens[start - 2] if start >= 2 else None
    return (
        water is not None
        and tokens[start - 1].lower == "of"
        and water.lower in WATERS | {"bay"}
        and water.text[:1].isupper()
    )


THINGS = frozenset(
    {
        "aid",
        "assistance",
        "activity",
        "activities",
        "confrontation",
        "conflict",
        "cooperation",
        "ties",
        "exercise",
        "exercises",
        "drill",
        "drills",
        "equipment",
        "hardware",
        "spending",
        "budget",
        "support",
        "pressure",
        "presence",
        "escalation",
        "buildup",
        "build-up",
        "tension",
        "tensions",
        "agreement",
        "agreements",
        "pact",
        "deal",
        "accord",
        "treaty",
        "alliance",
        "strike",
        "strikes",
        "action",
        "operation",
        "operations",
        "response",
        "option",
        "options",
        "intervention",
        "force",  # "to use military force in Ukraine"; troops are "forces"
        "power",
        "might",
    }
)
"""Nouns a bare role word may describe without naming anyone: "military aid", "military
activity", "military confrontation between them", "military agreements with the US"."""


def _describes_thing(tokens: list[Token], mention: Mention) -> bool:
    """A lone role word used as an adjective of a thing, not of people ("a military aid
    programme for Bosnia"): no actor. "A military coup" still names the military."""
    return (
        mention.kind == "role"
        and mention.end - mention.start == 1
        and mention.end < len(tokens)
        and tokens[mention.end].lower in THINGS
    )


def _others_of(tokens: list[Token], mention: Mention) -> bool:
    """ "Ukraine's allies", "Russia's neighbours": others, whom the name only relates to."""
    end = mention.end
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in POSSESSIVE_MARKS
        and tokens[end + 1].lower in RELATED_OTHERS
    )


def _linked_to_name(tokens: list[Token], mention: Mention) -> bool:
    """ "the Russian-linked Ukrainian Orthodox Church", "Iran-linked Iraqi militias": a
    link describing a body named after it, which is the actor; Russia is not. "An
    Israeli-linked vessel" stays its owner's."""
    end = mention.end
    return (
        end + 2 < len(tokens)
        and tokens[end].text == "-"
        and tokens[end + 1].lower == "linked"
        and tokens[end + 2].text[:1].isupper()
    )


RELATED_OTHERS = frozenset(
    {"allies", "partners", "backers", "friends", "neighbours", "neighbors", "critics"}
    | {"enemies", "foes", "rivals", "opponents", "adversaries"}
)


def _formed(tokens: list[Token], mention: Mention) -> bool:
    """A government that is to be formed ("signed a declaration to form a unity
    government", "the formation of a new cabinet") is what an act aims at, not an actor
    yet."""
    if mention.kind != "role" or mention.end - mention.start != 1:
        return False
    before = [t.lower for t in tokens[max(0, mention.start - 4) : mention.start]]
    return "by" not in before and not FORMING.isdisjoint(before)


FORMING = frozenset({"form", "forms", "forming", "formed", "formation"})


def _operating_in(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A named armed group followed by the country it fights in ("Islamic State fighters
    in Syria", "al Qaeda militants in Yemen") takes that country: armed groups are coded
    where they operate, their dictionary code names where they began."""
    placed = list(mentions)
    for k, (group, place) in enumerate(pairwise(mentions)):
        named = group.kind != "person" and group.code[3:6] == "REB" and len(group.code) > 6
        between = [t.lower for t in tokens[group.end : place.start]]
        fights_in = between[-1:] == ["in"] and set(between[:-1]) <= FIGHTERS
        if named and len(place.code) == 3 and fights_in:
            placed[k] = replace(group, code=place.code + group.code[3:])
    return placed


FIGHTERS = frozenset(
    {"fighters", "militants", "insurgents", "jihadists", "forces", "positions", "targets"}
    | {"camps", "bases", "hideouts", "strongholds", "cells", "affiliate", "branch"}
)


def _ethnic(tokens: list[Token], mention: Mention) -> Mention:
    """ "Ethnic Chinese" in Jakarta, "ethnic Albanians" in Kosovo, "the Albanian
    minority" in Macedonia: a people, not the country its name comes from; placed like
    people named without a country. Their leaders lead no state ("ethnic Albanian
    leaders" are elites, ELI), nor are their forces a state's ("ethnic Armenian forces"
    in Nagorno-Karabakh are rebels, REB); their fighters keep their role ("ethnic
    Albanian rebels")."""
    if mention.kind != "country":
        return mention
    ethnic = mention.start > 0 and tokens[mention.start - 1].lower == "ethnic"
    people = mention.end < len(tokens) and tokens[mention.end].lower in PEOPLES
    if not (ethnic or (people and len(mention.code) == 3)):
        return mention
    role = {"": "CVL", "GOV": "ELI", "MIL": "REB"}.get(mention.code[3:], mention.code[3:])
    return Mention(mention.start, mention.end, UNPLACED + role, "role", resolved=True)


PEOPLES = frozenset({"minority", "minorities", "community", "communities", "diaspora"})
"""After a country's word, a people living elsewhere ("the Albanian minority")."""


def _another_meaning(tokens: list[Token], mention: Mention) -> bool:
    """A country's word inside a name that means something else: "South American
    countries" and "Latin America" (a continent's part, not the United States), "Indian
    communities in Chiapas" and "American Indian tribes" (the Americas' indigenous
    peoples, not India), "European countries" (not the European Union; but "European
    Union countries" are its members)."""
    rule = OTHER_MEANINGS.get(mention.code[:3])
    if rule is None or not tokens[mention.start].lower.startswith(rule[0]):
        return False
    if mention.end - mention.start > 1 and tokens[mention.start + 1].text[:1].isupper():
        return False  # a longer name ("European Union"), not the country's word alone
    before = tokens[mention.start - 1].lower if mention.start > 0 else ""
    after = tokens[mention.end].lower if mention.end < len(tokens) else ""
    return before in rule[1] or after in rule[2]


OTHER_MEANINGS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "USA": ("americ", frozenset({"south", "latin", "central", "north"}), frozenset()),
    "IND": (
        "indian",
        frozenset({"american", "native"}),
        frozenset({"communities", "community", "tribes", "tribe", "reservation"})
        | frozenset({"reservations", "peoples"}),
    ),
    "IGO": (  # "more than a dozen European countries": several states, not the EU
        "european",
        frozenset(),
        frozenset({"countries", "nations", "states", "allies"}),
    ),
}
"""By country: how its word starts, and the words before or after it that make the
name mean something else."""
BUILT = MAKING | {"run", "held"}


def _made_by(tokens: list[Token], end: int) -> bool:
    """True when the mention ending at `end` is glued to a participle that turns it into
    a description of a thing ("U.S.-made tanks", "a U.N.-backed mission"): the thing is
    no actor of that country. "U.S.-led" stays: whoever leads a coalition acts in it;
    so does "British-owned": an attack on the ship is aimed at its owner; and
    "Pakistan-administered" (RULING)."""
    if end + 1 >= len(tokens) or tokens[end].text != "-":
        return False
    glued = tokens[end - 1].end == tokens[end].start and tokens[end].end == tokens[end + 1].start
    participle = tokens[end + 1].lower
    if not glued or participle in HOLDING or participle in RULING:  # HOLDING has "led"
        return False
    return participle.endswith("ed") or participle in BUILT


RULING = frozenset({"administered", "controlled"})
"""Participles that make a country the holder of the land after it ("Pakistan-administered
Kashmir", "Houthi-controlled ports"): an attack there is aimed at the holder. Not
"occupied": in "the Israeli-occupied West Bank" the land is the Palestinians'."""


def _goods_barred(tokens: list[Token], mention: Mention) -> bool:
    """A country's goods, named by where they are made, that a trade barrier falls "on"
    ("tariffs of up to 35.3% on Chinese-made electric cars"): the barrier is aimed at
    that country."""
    return (
        mention.start > 0
        and tokens[mention.start - 1].lower == "on"
        and any(
            t.lower in TRADE_BARRIERS for t in tokens[max(0, mention.start - 8) : mention.start]
        )
    )


TRADE_BARRIERS = frozenset(
    {"tariff", "tariffs", "duties", "levies", "ban", "bans", "embargo", "quotas", "curbs"}
)


def work_cancelled(tokens: list[Token], mention: Mention) -> bool:
    """A project named by the country that backs or builds it, cancelled or halted
    ("would cancel two China-backed pipeline projects"): the cancelling is aimed at
    that country."""
    return _cancelled_before(tokens, mention.start)


def _cancelled_before(tokens: list[Token], i: int) -> bool:
    """A verb of cancelling among the four words before token `i`."""
    return any(not t.lemmas.isdisjoint(CANCELLING) for t in tokens[max(0, i - 4) : i])


CANCELLING = frozenset(
    {"cancel", "scrap", "suspend", "halt", "shelve", "axe", "terminate", "freeze"}
)


BACKING = frozenset({"backed", "sponsored", "funded", "supported", "armed", "aligned"})
"""Participles that make a country the backer of the role after it ("Iran-backed
militant groups"): see _place_roles."""
BACKED_ROLES = frozenset({"REB", "UAF", "CRM"})


SAID = frozenset({"said", "says", "told", "added", "stated", "reported"})
"""A mention right before these is the sentence's speaker: a role there is the article's
country, not the nearest one named ("Chad ended its pact with France, the foreign
ministry said"), and it joins no group ("..., French officials said")."""


FAR_PLACE = 8
"""Tokens after a titled person beyond which a place named no longer places him."""


def _located(tokens: list[Token], mention: Mention, places: list[Mention]) -> str | None:
    """The country of a place named "in" a few words after the role, where the sentence
    names other places too: "struck a plant in Khartoum and guerrilla training camps in
    Afghanistan" places the guerrillas in Afghanistan, not Sudan."""
    for m in places:
        gap = [t.lower for t in tokens[mention.end : m.start]]
        if m.start >= mention.end and 1 <= len(gap) <= 3 and gap[-1] in ("in", "inside"):
            return m.code[:3] if all(w.isalpha() for w in gap) else None
    return None


def _including(
    tokens: list[Token], mention: Mention, named: list[tuple[int, Mention]]
) -> str | None:
    """The country of the people a role is said to include, a few words on: "released 24
    hostages on Friday, including 13 Israelis" are Israel's, not their captors'."""
    start = _after_including(tokens, mention.end, 5)
    if start is None:
        return None
    start += start < len(tokens) and counts(tokens[start].lower)
    return next((m.code[:3] for _, m in named if m.start == start), None)


def _after_including(tokens: list[Token], end: int, span: int) -> int | None:
    """The token after an "including" within `span` tokens from `end`, in the same
    sentence part (no "." or ";" before it)."""
    for k in range(end, min(end + span, len(tokens))):
        if tokens[k].text in (".", ";"):
            return None
        if tokens[k].lower == "including":
            return k + 1
    return None


COUNT_WORDS = QUANTITIES | frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve", "several", "some", "many"}
)


def counts(word: str) -> bool:
    """The lower-cased word is a number or a count ("12", "three", "dozens")."""
    return word[:1].isdigit() or word in COUNT_WORDS


def _described_as(
    tokens: list[Token], role: Mention, named: list[tuple[int, Mention]]
) -> str | None:
    """The country of the apposition describing a role ("The envoy, a former adviser to
    the Japanese prime minister, met ...": Japan), which says whose the role is."""
    start = role.end + 1
    opens = start < len(tokens) and tokens[role.end].text == ","
    if not opens or tokens[start].lower not in ARTICLES:
        return None
    end = next((j for j in range(start, len(tokens)) if tokens[j].text == ","), None)
    inside = [m for _, m in named if start < m.start < (end or start)]
    return inside[0].code[:3] if inside else None


ARTICLES = frozenset({"a", "an", "the"})


def _named_as(tokens: list[Token], role: Mention, named: list[tuple[int, Mention]]) -> str | None:
    """The country of what a role is named or recognised "as" ("recognised opposition
    leader Juan Guaido as Venezuela's interim president", "the rebel council as Libya's
    legitimate government": Venezuela, Libya)."""
    words = [t.lower for t in tokens[role.end : role.end + 3]]
    if "as" not in words or not all(w.isalpha() for w in words[: words.index("as")]):
        return None
    if "on" in words[: words.index("as")]:
        return None  # "forces on Saturday as Western powers began ...": a time, no name
    return _country_at(tokens, named, role.end + words.index("as") + 1)  # "council | as"


def _belonging_to(
    tokens: list[Token], role: Mention, named: list[tuple[int, Mention]]
) -> str | None:
    """The country of whom a role is "of" ("the correspondent of the American news
    agency United Press International": the agency's, not that of the Polish police
    named just before), or where it is "in" ("authorities in Croatia", though the
    sentence named Kosovo as a place before)."""
    if role.end >= len(tokens) or tokens[role.end].lower not in ("of", "in"):
        return None
    return _country_at(tokens, named, role.end + 1)


def _coming_from(
    tokens: list[Token],
    role: Mention,
    named: list[tuple[int, Mention]],
    adjectives: AbstractSet[str],
) -> str | None:
    """The country armed men come "from" ("jihadists from neighbouring Burkina Faso"):
    theirs, though the sentence named another first. Only a country's name: not "protect
    civilians from Russian missiles", nor a group's ("from the al Qaeda-linked group
    JNIM"). Only for armed groups (see _place_roles): troops or diplomats "from" a country
    are as often moved out of it ("withdrew troops from Mali", "expelled a diplomat from
    Russia")."""
    i = role.end
    if i >= len(tokens) or tokens[i].lower != "from":
        return None
    i += 1
    while i < len(tokens) and tokens[i].lower in NEIGHBOURING:
        i += 1
    country = _mention_at(tokens, [m for _, m in named], i)
    if country is None or country.kind != "country" or len(country.code) != 3:
        return None
    return None if tokens[country.start].lower in adjectives else country.code


NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})
"""Words between "from" and the country people come from ("from neighbouring Mali")."""


def _possessor(tokens: list[Token], role: Mention, named: list[tuple[int, Mention]]) -> str | None:
    """The country of the name whose "'s" the role follows ("French warplanes fired on
    Muammar Gaddafi's forces": Libya's, not the country of the warplanes before)."""
    mark = role.start - 1
    if mark < 1 or tokens[mark].lower not in POSSESSIVE_MARKS:
        return None
    owner = next((m for _, m in named if m.end == mark), None)
    return owner.code[:3] if owner is not None else None


def _peacekeepers_body(tokens: list[Token], role: Mention, mentions: list[Mention]) -> str | None:
    """The international body whose mission the sentence names, for its peacekeepers
    ("fired on positions of the U.N. peacekeeping force in southern Lebanon, wounding
    two peacekeepers": the U.N.'s, not Lebanon's)."""
    if tokens[role.end - 1].lower not in PEACEKEEPERS:
        return None
    bodies = {m.code for m in mentions if m.code.startswith("IGO")}
    return bodies.pop() if len(bodies) == 1 else None


PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers"})
"""Soldiers of a mission, which an international body sends."""


def _body_of(tokens: list[Token], role: Mention, mentions: list[Mention]) -> str | None:
    """The international body a role is "of" ("the prosecutor of the International
    Criminal Court", "the head of the IAEA"): the role stands for the body."""
    if role.end >= len(tokens) or tokens[role.end].lower != "of":
        return None
    body = _mention_at(tokens, mentions, role.end + 1)
    return body.code if body is not None and body.code.startswith("IGO") else None


def _home_country(
    tokens: list[Token], role: Mention, named: list[tuple[int, Mention]]
) -> str | None:
    """People "at home" ("drawing criticism from lawmakers at home"): of the home of whom
    the sentence is about, its first actor, not of a place it names."""
    home = [t.lower for t in tokens[role.end : role.end + 2]] == ["at", "home"]
    return named[0][1].code[:3] if home and named else None


def _fled_from(tokens: list[Token], role: Mention, named: list[tuple[int, Mention]]) -> str | None:
    """The country people flee ("refugees fleeing Kosovo", "civilians who fled Sudan"):
    theirs, wherever they are now."""
    i = role.end
    while i < len(tokens) and tokens[i].lower in ("who", "that", "had", "have"):
        i += 1
    if i >= len(tokens) or tokens[i].lower not in FLEEING:
        return None
    return _country_at(tokens, named, i + 1)


FLEEING = frozenset({"fleeing", "fled", "escaping", "escaped"})


def _named_host(tokens: list[Token], mission: Mention, mentions: list[Mention]) -> bool:
    """An embassy or consulate "in" a place the sentence names as an actor ("its embassy
    in Beijing"): it stands for its host; "its consulate in Istanbul", a city no actor
    names, is its owner's."""
    k = mission.end
    if k >= len(tokens) or tokens[k].lower != "in":
        return False
    return any(m.start in (k + 1, k + 2) for m in mentions)


def _sent_by(tokens: list[Token], role: Mention, mentions: list[Mention]) -> str | None:
    """The country that sent or deployed the forces ("North Korea has sent about 3,000
    troops to Russia ... the war in Ukraine", "said it had deployed troops to its border
    with Indonesia"): its own, whatever place the sentence names."""
    i = role.start - 1
    while i > 0 and (tokens[i].lower in AMOUNT_WORDS or tokens[i].text[:1].isdigit()):
        i -= 1
    if i <= 0 or tokens[i].lemmas.isdisjoint(SENDING):
        return None
    if tokens[role.end - 1].lower in HARDWARE:
        return None  # "would send fighter jets to Kyiv": weapons given, see 072
    before = i - 1
    while before > 0 and tokens[before].lower in SENDING_AUXILIARIES:
        before -= 1  # "it had deployed", "it would send"
    if tokens[before].text == ",":  # "Colombia, under pressure from its parliament, deployed"
        before = next((j - 1 for j in range(before - 1, 0, -1) if tokens[j].text == ","), before)
    if tokens[before].lower == "and" and mentions and mentions[0].start == 0:
        before = mentions[0].end - 1  # "Putin recognised two breakaway regions ... and
        # ordered troops into the area": the opener's
    return next(
        (
            m.code[:3]
            for m in mentions
            if m.end == before + 1 and m.kind != "group" and not m.code.startswith(UNPLACED)
        ),
        None,
    )


SENDING = frozenset({"send", "deploy", "dispatch", "order"})
HARDWARE = frozenset({"jets", "warplanes", "aircraft", "warships", "gunboats", "gunships"})
"""Military roles that are machines a country may send as aid, not its forces."""
SENDING_AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "could", "may", "might", "also", "already", "to"}
)
AMOUNT_WORDS = QUANTITIES | frozenset(
    {"tens", "of", "about", "some", "more", "additional", "extra", "around", "nearly"}
)


def _rebels_before(memory: ArticleMemory) -> str | None:
    """The country of the armed group the article named last: "Syrian rebels launched an
    offensive ... Russian warplanes struck rebel positions" are Syria's rebels, not the
    nearest country's."""
    rebels = memory.by_role.get("REB")  # placed: only placed mentions are remembered
    return rebels[:3] if rebels else None


def _the_same(tokens: list[Token], mention: Mention, role: str) -> bool:
    """ "The army" of a state's role, after the sentence named that role's body ("Sudan's
    army chief ..., saying the army would not negotiate"): the same body, not the army of a
    place named in between."""
    return (
        role not in LOCAL_ROLES and mention.start > 0 and tokens[mention.start - 1].lower == "the"
    )


def _same_noun_before(
    tokens: list[Token], mention: Mention, named: list[tuple[int, Mention]], k: int
) -> str | None:
    """The country of the people the sentence named before by the same noun ("ordered 60
    Russian diplomats to leave, joining ... in expelling diplomats over the poisoning of
    a former spy in Britain": Russia's, not those of a place named after), if one
    country's."""
    noun = tokens[mention.end - 1].lower
    countries = {
        m.code[:3]
        for j, m in named
        if j < k and m.end - m.start > 1 and tokens[m.end - 1].lower == noun
    }
    return countries.pop() if len(countries) == 1 else None


def _same_role(named: list[tuple[int, Mention]], role: str, k: int) -> str | None:
    """The country of the one body of this role the sentence named before the k-th
    mention ("The U.S. House of Representatives passed an aid package ..., and Zelenskiy
    thanked lawmakers": the House's), if one country's."""
    countries = {m.code[:3] for j, m in named if j < k and m.code[3:6] == role}
    return countries.pop() if len(countries) == 1 else None


def _country_at(tokens: list[Token], named: list[tuple[int, Mention]], i: int) -> str | None:
    """The country of the mention named at token i, after an optional article."""
    owner = _mention_at(tokens, [m for _, m in named], i)
    return owner.code[:3] if owner is not None else None


def _mention_at(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """The mention that starts at token i, after an optional article."""
    start = i + (i < len(tokens) and tokens[i].lower in ARTICLES)
    return next((m for m in mentions if m.start == start), None)


def _posted_head(tokens: list[Token], mentions: list[Mention], k: int) -> Mention | None:
    """The mention a title placed abroad heads, when the k-th mention is its apposition:
    "The US commander in Iraq, General David Petraeus" (not Iraq's general)."""
    if k < 2:
        return None
    head, place = mentions[k - 2], mentions[k - 1]
    posted = head.end + 1 == place.start and tokens[head.end].lower in ("in", "to")
    if not posted or not _apposed(tokens, place, mentions[k]) or head.code.startswith("IGO"):
        return None
    return head if head.code[3:] else None


def _apposed(tokens: list[Token], first: Mention, second: Mention) -> bool:
    """The second mention describes the first ("Name, title"): only a comma between."""
    return second.start == first.end + 1 and tokens[first.end].text == ","


STRIKE_NOUNS = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids"}
    | {"bombing", "bombings", "shelling", "bombardment", "bombardments", "offensive"}
    | {"fire", "firing", "gunfire"}
)
"""Attacks a country's word may own ("killed in Israeli air strikes"): that word names
the attacker, not a place, and whoever was killed "in" them is not placed by it."""


def _struck(tokens: list[Token], start: int) -> bool:
    """The words before `start` name an attack on what follows: "the bombing of",
    "an attack on"."""
    return (
        start >= 2
        and tokens[start - 1].lower in ("of", "on")
        and (tokens[start - 2].lower in STRIKE_NOUNS)
    )


def based_in(tokens: list[Token], end: int) -> bool:
    """The mention ending at `end` is glued to "-based": a place that says where someone
    sits, not whose they are ("a London-based rights group" is no British government,
    "a U.S.-based cleric" no American, "a UK-based monitor" places no roles). Only armed
    men take the country so glued ("Pakistan-based militants": see
    ActorRecognizer._role_after)."""
    return end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].lower == "based"


def _owns_strike(tokens: list[Token], end: int) -> bool:
    """The words after a country's word name an attack: "Israeli air strikes", "Israeli
    tank fire" (not "Rwandan troops opened fire": theirs is said by the verb)."""
    after = [t.lower for t in tokens[end : end + 2]]
    if after[:1] and after[0] in WEAPON_WORDS:
        after = after[1:]
    return bool(after) and after[0] in STRIKE_NOUNS


WEAPON_WORDS = frozenset(
    {"air", "aerial", "tank", "artillery", "mortar", "rocket", "missile", "drone", "naval"}
    | {"military", "army", "sniper", "gun", "heavy", "cross-border", "helicopter"}
)


BORDERS = frozenset({"border", "borders", "frontier", "boundary"})
"""After a country's word they name a line two countries share: "militants near the
Afghan border" may be on either side, so the border places no one."""


def _names_border(tokens: list[Token], mention: Mention) -> bool:
    """The mention names a border ("the Afghan border", "Ukraine's border", "the border
    with Afghanistan"), which lies between two countries and places no one."""
    start = mention.start
    if start >= 2 and tokens[start - 1].lower == "with" and tokens[start - 2].lower in BORDERS:
        return True
    end = mention.end
    if end + 1 < len(tokens) and tokens[end].lower in POSSESSIVE_MARKS:
        end += 1
    return end < len(tokens) and tokens[end].lower in BORDERS


CROSSING = frozenset({"cross", "infiltrate", "sneak", "slip"})


def _crossed_from(tokens: list[Token], mention: Mention) -> bool:
    """ "Rebels who crossed from Libya": where they came over from, not where they are
    from; the country they attacked or were fought in places them."""
    i = _before_the(tokens, mention.start)
    return i > 0 and tokens[i].lower == "from" and not tokens[i - 1].lemmas.isdisjoint(CROSSING)


def after_place_word(tokens: list[Token], start: int, end: int | None = None) -> bool:
    """ "in Seoul", "outside the Kremlin", "in northeastern Congo"; with the mention's
    `end`, also the country set off after a place ("in Qana, southern Lebanon,")."""
    i = start - 1
    if i >= 0 and tokens[i].lower in QUARTERS:  # "in west Beirut", "in northern Gaza"
        i -= 1
    if i >= 0 and tokens[i].lower == "the":
        i -= 1
    if i >= 0 and tokens[i].lower in PLACE_WORDS:
        return True
    if i >= 2 and tokens[i].lower == "and":  # "targets in Iraq and | Syria"
        j = _before_name(tokens, i)
        if j < i - 1 and tokens[j].lower == "the":
            j -= 1
        return j < i - 1 and tokens[j].lower in PLACE_WORDS
    closed = end is not None and (end == len(tokens) or tokens[end].text in (",", ".", ";"))
    if not closed or i < 2 or tokens[i].text != ",":
        return False
    j = _before_name(tokens, i)
    return j < i - 1 and tokens[j].lower in PLACE_WORDS


def _before_name(tokens: list[Token], i: int) -> int:
    """The index before the capitalised words that end right before `i` (`i - 1` when
    there are none): where a place word would stand ("in Qana, ...", "in Iraq and ...")."""
    j = i - 1
    while j > 0 and tokens[j].text[:1].isupper():
        j -= 1
    return j


DIRECTIONS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern"}
    | {"southeastern", "southwestern", "north-eastern", "north-western", "south-eastern"}
    | {"south-western", "north-central", "south-central"}
    | {"northeast", "northwest", "southeast", "southwest"}
)
QUARTERS = COMPASS | DIRECTIONS


OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
OFFICIALS = OFFICES | {"ELI", "SPY"}
"""Roles of a person named for the state's office: no "its" or "their" of theirs."""
FORMER = frozenset({"former", "deposed", "ousted", "toppled", "overthrown"})
BEFORE_TITLE = MODIFIERS | FORMER
PORTFOLIOS = frozenset(
    {"agriculture", "energy", "oil", "petroleum", "health", "economy", "economic"}
    | {"environment", "climate", "justice", "transport", "education", "culture"}
    | {"industry", "commerce", "labour", "labor", "development", "digital", "tourism"}
    | {"fisheries", "home", "information", "finance", "trade", "interior"}
)
"""A ministry's field between a body and its ministers ("G7 agriculture ministers"): the
body's own, as "G7 foreign ministers" are; "Lithuania's transport minister" and
"China's commerce ministry" are that country's."""
ROLE_MODIFIERS = MODIFIERS | PORTFOLIOS
"""Words between a country and its role ("Japan's new economy minister")."""


def _former(tokens: list[Token], mention: Mention, memory: ArticleMemory) -> Mention:
    """A "former" (or deposed) office holder is one of the country's elites (ELI), no
    longer its government: "authorities arrested former interior minister Carlos Romero" is
    BOLGOV against BOLELI, not the government against itself."""
    if len(mention.code) != 6 or mention.code[3:] not in OFFICES:
        return mention
    start = mention.start
    while start > 0 and tokens[start - 1].lower in BEFORE_TITLE:
        start -= 1  # "former deputy prime minister"
    if all(t.lower not in FORMER for t in tokens[start : mention.end]):
        return mention
    code = mention.code[:3] + "ELI"
    surname = tokens[mention.end - 1].text
    if memory.surnames.get(surname) == mention.code:
        memory.surnames[surname] = code  # "Romero said" later is the same elite
    return replace(mention, code=code)


def person_code(tenures: Iterable[Tenure], day: dt.date | None) -> str | None:
    """Country + role on `day`; + ELI once every tenure has ended; the latest role
    when the day is unknown."""
    ordered = sorted(tenures, key=lambda t: t.start)
    if day is None:
        return _with_role(ordered[-1].country, ordered[-1].role)
    for tenure in ordered:
        if tenure.covers(day):
            return _with_role(tenure.country, tenure.role)
    past = [t for t in ordered if t.end is not None and t.end <= day]
    if past:
        return _with_role(past[-1].country, "ELI")
    return ordered[0].country


def _out_of_office(code: str) -> bool:
    """The dictionary has the person out of office on the article's day: before the
    first tenure (the bare country) or after the last (an elite). A title the text gives
    ("German Chancellor Helmut Kohl") says otherwise, and wins: the article's date may
    be missing or wrong, and "former" titles are caught apart."""
    return len(code) == 3 or (len(code) == 6 and code.endswith("ELI"))


def _with_role(code: str, role: str) -> str:
    """The country's code with the role named after it ("Russian court": RUSJUD). A name
    that stands for the government (a capital, the Kremlin: RUSGOV) gives way to a role
    named after it ("a Moscow court", "Tehran police"); an organisation, a more specific
    body, or a role with no code of its own ("Kremlin spokesman") keeps its code."""
    government = code[3:] == "GOV"
    if code.startswith("IGO") or (len(code) > 3 and not government) or not role:
        return code
    return code[:3] + role


def _surnames(
    people: dict[str, list[Tenure]],
) -> tuple[dict[str, tuple[Tenure, ...]], dict[str, list[Tenure]]]:
    """Family names that belong to one person only ("Yeltsin", "Biegun"), which name
    that person anywhere, and the shared ones with every tenure of their owners. A
    shared name ("Clinton", "Sharif") needs the full name first or a title that only one
    owner held on the article's day (see _titled), unless everyone with the name served
    one country at different times ("Bush"): then the name alone is whoever held office
    on the article's day."""
    owners: dict[str, dict[tuple[str, ...], list[Tenure]]] = {}
    for name, tenures in people.items():
        words = name.split()
        if len(words) < 2:
            continue
        family = words[0] if tenures[0].country in FAMILY_NAME_FIRST else words[-1]
        owners.setdefault(family, {})[tenures[0].names] = tenures
    unique, shared = {}, {}
    for family, held in owners.items():
        if family in people:
            continue
        tenures = sorted({t for ts in held.values() for t in ts}, key=lambda t: t.start)
        if len(family) > 3 and (
            len(held) == 1
            or (
                len({t.country for t in tenures}) == 1
                and all(a.end is not None and a.end <= b.start for a, b in pairwise(tenures))
            )
        ):
            unique[family] = tuple(tenures)
        elif len(held) > 1:
            shared[family] = tenures
    return unique, shared


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _same_case(tokens: list[Token], entry: Entry) -> bool:
    """Acronyms ("US", "UN") and context phrases ("the North", "the House of
    Representatives") must match their case."""
    for token in tokens:
        if token.lower in ("the", "of"):
            continue
        if not token.text[:1].isupper():
            return False
        if (
            entry.kind != "context"
            and token.text.lower() != token.text
            and token.text != token.text.upper()
        ):
            return False
    return True


ANY_SECTOR = frozenset(
    {
        "official",
        "officials",
        "leader",
        "leaders",
        "leadership",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "commanders",
        "officers",
        "delegation",
        "envoy",
        "negotiators",
        "activists",
        "supporters",
    }
    | {"staff", "employees", "employee"}  # "embassy staff": GOV
)
"""Roles that take their sector from a role before them: "military officials" MIL."""

GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "neighbours": 2, "neighbors": 2, "rivals": 2}


def _named_group(
    tokens: list[Token], before: list[Mention], phrase: list[Token]
) -> tuple[str, ...]:
    """The actors of the same sentence "the two sides" refers to: one per country named
    before it, as many as the phrase counts ("two", "both", "three"); else none. Not
    countries joined into one subject: in "China and Saudi Arabia urged both countries",
    both countries are others; "their countries" are theirs. A role not yet placed
    ("an official said, as the two sides held talks") counts no country."""
    named = [m for m in before if m.kind != "group" and not m.code.startswith(UNPLACED)]
    not_places = [m for m in named if not after_place_word(tokens, m.start)]
    if len({m.code[:3] for m in not_places}) >= 2:
        named = not_places  # "after talks with his Russian counterpart in Laos, said the
        # two countries": not the place of the talks
    if phrase[-1].lower in COUNTED_COUNTRIES:  # "Turkey, a member of the alliance, ... accusing
        named = [m for m in named if m.kind != "organisation"]  # both countries": not NATO
    own = phrase[0].lower == "their"  # "Hungarian and Romanian officials ... their countries"
    joined = len(named) >= 2 and all(_joined(tokens, a, b) for a, b in pairwise(named))
    if joined and not own and not _after_joint(tokens, tokens.index(phrase[0])):
        return ()
    by_country: dict[str, str] = {}
    for mention in named:
        by_country.setdefault(mention.code[:3], mention.code)
    size = next((GROUP_SIZES[t.lower] for t in phrase if t.lower in GROUP_SIZES), None)
    if size and len(by_country) == size + 1 and _addresses(tokens, named[-1], phrase[0]):
        del by_country[named[-1].code[:3]]  # "..., and Russia called on both sides": not one
    elif (
        size
        and len(by_country) == size + 1
        and _opens(tokens, named[0], 0)
        and not _joined(tokens, named[0], named[1])  # "Ukraine and Russia agreed ..."
    ):
        del by_country[named[0].code[:3]]  # "The Japanese government condemned Israel's
        # strikes on Iranian sites and urged both countries ...": not Japan
    if size and len(by_country) != size:
        return _listed(tokens, named, size)
    return tuple(by_country.values()) if size or len(by_country) >= 2 else ()


def _verb_next(tokens: list[Token], at: int) -> bool:
    """The token at `at` reads as the verb of a bare "the two" ("the two agreed", "the
    two also discussed", "the two will meet")."""
    if at >= len(tokens):
        return False
    word = tokens[at].lower
    return word.endswith("ed") or word in BARE_GROUP_VERBS


def _pair_named(tokens: list[Token], before: list[Mention]) -> tuple[str, ...]:
    """The two sides the sentence has named so far, when it named just two, joined by
    "and" ("Fighting erupted between Thailand and Cambodia, and each side accused the
    other"), as "each side" stands for them; named again after that, they are still two
    ("Indian and Chinese troops clashed, leaving 20 Indian soldiers dead, and each side
    blamed the other")."""
    named = [  # not a place: "Fighting erupted in Khartoum between ..."; nor a speaker:
        m  # "..., the White House said, with each side blaming the other"
        for m in before
        if m.kind != "group" and not after_place_word(tokens, m.start) and not _says(tokens, m)
    ]
    named = [  # "government troops": one side, named by its last word
        m for k, m in enumerate(named) if k + 1 == len(named) or named[k + 1].start != m.end
    ]
    if len(named) < 2 or named[0].code == named[1].code:
        return ()
    first, second = named[:2]
    if any(m.code[:3] not in (first.code[:3], second.code[:3]) for m in named[2:]):
        return ()
    between = [t.lower for t in tokens[first.end : second.start]]
    if between[:1] != ["and"] or not all(w == "the" or w in MODIFIERS for w in between[1:]):
        return ()  # "Sudan's army and the paramilitary Rapid Support Forces" are a pair
    return (first.code, second.code)


VISITING = frozenset({"arrive", "visit", "land", "tour"})
"""Verbs of coming to a place: whoever does it is no host there."""
BARE_GROUP_VERBS = frozenset(
    {"also", "have", "had", "will", "would", "are", "were", "met", "held", "said", "spoke"}
    | {"agree", "discuss", "sign", "meet", "hold", "say", "did", "do", "shook", "made"}
)


def _other_legislature(before: list[Mention]) -> str | None:
    """The legislature a bare "Congress" or "Senate" is when the sentence has named only
    another country before it and opens with that country's own people ("Bolsonaro's
    supporters invaded Congress": Brazil's); a foreign leader ("Zelenskiy addressed
    Congress") addresses the U.S. one."""
    countries = {m.code[:3] for m in before if m.kind != "group"} - {UNPLACED}
    if len(countries) != 1 or not countries <= CONGRESSES:
        return None
    if before[0].code[3:6] not in DOMESTIC_ROLES:  # the one acting, as a rule
        return None
    return countries.pop() + "LEG"


CONGRESSES = frozenset(
    {"ARG", "BOL", "BRA", "CHL", "COL", "CRI", "DOM", "ECU", "GTM", "HND", "MEX", "NIC"}
    | {"PAN", "PER", "PRY", "SLV", "URY", "VEN", "PHL", "ESP", "GUY", "HTI"}
)
"""Countries besides the United States whose legislature (or a chamber of it) is
called Congress or Senate in English-language news."""
DOMESTIC_ROLES = frozenset({"OPP", "CVL", "JUD", "PTY", "EDU", "COP", "LEG", "LAB", "HRI"})
"""Roles of a country's own people and institutions, who act on its own legislature."""


def _addresses(tokens: list[Token], speaker: Mention, first: Token) -> bool:
    """The mention is the subject whose verb names the group right after it ("Russia
    called on both sides", "Qatar urged the two sides"): it is not one of them."""
    between = tokens[speaker.end : tokens.index(first)]
    return (
        0 < len(between) <= 3
        and between[0].lower not in ("'s", "and", ",")
        and all(t.lower not in ("and", ",", "of", "between") for t in between)
    )


def _listed(tokens: list[Token], named: list[Mention], size: int) -> tuple[str, ...]:
    """The last list of exactly `size` countries among `named` ("Spain, Ireland and
    Norway recognised ..., drawing a response from Israel, which recalled its
    ambassadors from the three countries"); none if there is no such list."""
    runs: list[list[Mention]] = []
    for mention in named:
        if runs and _joined(tokens, runs[-1][-1], mention):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in reversed(runs):
        codes = {m.code[:3]: m.code for m in run}
        if len(codes) == size:
            return tuple(codes.values())
    return ()


def _facing_government(tokens: list[Token], before: Mention, role: Mention) -> bool:
    """A local role joined by "and" to a country's government, or to the country itself
    ("Sudan's government and southern rebels signed a deal in Naivasha, Kenya";
    "Ukraine and pro-Russian rebels signed a ceasefire in Minsk": rebels only, and not
    "rebels in eastern Ukraine"): the two sides of one country's conflict, whatever place
    the sentence names. Not another force ("U.S. troops and insurgents clashed in Ramadi":
    the insurgents are Iraq's)."""
    between = [t.lower for t in tokens[before.end : role.start]]
    after = tokens[role.end].lower if role.end < len(tokens) else ""
    rebels = role.code[len(UNPLACED) :] == "REB" and after not in ("in", "from", "of")
    state = before.code[3:6] == "GOV" or (
        rebels and before.kind == "country" and len(before.code) == 3
    )
    return (
        state
        and not before.code.startswith(UNPLACED)
        and role.code[len(UNPLACED) :] in LOCAL_ROLES
        and bool(between)
        and between[0] == "and"
        and len(between) <= 3
    )


def _with_joined(tokens: list[Token], mentions: list[Mention]) -> set[str]:
    """The codes of the last mention and of those joined to it ("Argentina and Peru")."""
    return {m.code for m in _joined_run(tokens, mentions)}


def _possessed(tokens: list[Token], mention: Mention) -> bool:
    """The mention is a country's possessive and what it owns ("Venezuela's government"),
    an owner that reaches the roles joined to it."""
    return any(t.lower in POSSESSIVE_MARKS for t in tokens[mention.start + 1 : mention.end])


def _joined(tokens: list[Token], first: Mention, second: Mention) -> bool:
    """Only "and", commas, "the" or a possessive with the words it owns stand between
    two mentions: one compound actor ("Netanyahu and his former defence minister")."""
    return all(t.lower in JOINING for t in tokens[first.end : second.start])


JOINING = frozenset({"and", ",", "the", "his", "her", "its", "their"}) | OWNED_MODIFIERS


BALTIC = ("EST", "LVA", "LTU")
FIXED_GROUPS = {
    ("the", "two", "koreas"): ("KOR", "PRK"),
    ("inter-korean",): ("KOR", "PRK"),
    ("the", "baltics"): BALTIC,
    ("the", "baltic", "states"): BALTIC,
    ("the", "baltic", "countries"): BALTIC,
}
"""Group phrases whose members need no earlier mention: "the two Koreas", "the Baltic
states"."""


PhraseIndex = tuple[tuple[int, ...], frozenset[tuple[str, ...]]]
"""The lengths of a first word's phrases, longest first, and the phrases themselves."""


def _phrase_at(tokens: list[Token], i: int, phrases_by_first: dict[str, PhraseIndex]) -> int:
    """The length of the longest of the phrases that the tokens at `i` spell; 0 if none."""
    index = phrases_by_first.get(tokens[i].lower)
    if index is None:
        return 0
    lengths, phrases = index
    for length in lengths:
        if tuple(t.lower for t in tokens[i : i + length]) in phrases:
            return length
    return 0


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, PhraseIndex]:
    grouped: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], set()).add(phrase)
    return {  # "the two Koreas" is tried before "the two"
        first: (tuple(sorted({len(p) for p in same}, reverse=True)), frozenset(same))
        for first, same in grouped.items()
    }


_GROUPS_BY_FIRST = _by_first((*GROUP_PHRASES, *FIXED_GROUPS))
_SIDES_BY_FIRST = _by_first(SIDES)
_WARRING_BY_FIRST = _by_first(tuple(("warring", noun) for noun in ("parties", "sides", "factions")))


def _for_another_side(word: str) -> bool:
    """ "pro-Russian", "pro-Iranian": an armed force taking a foreign side; not
    "pro-government" militias, which fight for the state."""
    return word.startswith("pro-") and word not in ("pro-government", "pro-regime")
