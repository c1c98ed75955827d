"""A seeded generator of realistic synthetic wire articles for the benchmarks.

Articles follow the fixtures' style: a dateline, then three to six sentences,
each a known actor doing a CAMEO-codable thing to another, with a weekday or
no date, and some filler sentences with no event. The same seed gives the same
articles."""

import datetime as dt
import random
from collections.abc import Iterator

from schemas import Article

ACTORS = [
    ("North Korea", "PRK"),
    ("South Korea", "KOR"),
    ("the United States", "USA"),
    ("Japan", "JPN"),
    ("China", "CHN"),
    ("Russia", "RUS"),
    ("Ukraine", "UKR"),
    ("Iran", "IRN"),
    ("Israel", "ISR"),
    ("Egypt", "EGY"),
    ("India", "IND"),
    ("Pakistan", "PAK"),
    ("the Philippines", "PHL"),
    ("Taiwan", "TWN"),
    ("Turkey", "TUR"),
    ("Germany", "DEU"),
    ("France", "FRA"),
    ("Ethiopia", "ETH"),
    ("Kenya", "KEN"),
    ("Brazil", "BRA"),
]
ACTS = [
    "{a} criticized {b} over its {thing}",
    "{a} accused {b} of violating the {thing}",
    "{a} praised {b} for its {thing}",
    "{a} agreed to resume talks with {b}",
    "{a} threatened to retaliate against {b}",
    "{a} signed a trade agreement with {b}",
    "{a} urged {b} to release the detained {people}",
    "{a} sent humanitarian aid to {b}",
    "{a} imposed sanctions on {b}",
    "{a} held talks with {b} on the {thing}",
    "{a} rejected the proposal from {b}",
    "{a} warned {b} of serious consequences",
    "{a} expelled a diplomat from {b}",
    "{a} welcomed the decision by {b}",
    "{a} and {b} exchanged fire along the border",
]
THINGS = [
    "ceasefire",
    "border dispute",
    "nuclear programme",
    "trade policy",
    "missile tests",
    "fishing rights",
    "energy deal",
    "refugee crisis",
]
PEOPLE = ["journalists", "fishermen", "aid workers", "students"]
FILLER = [
    "Officials gave no further details.",
    "The talks are expected to continue.",
    "Markets were little changed on the news.",
    "Analysts said the move was expected.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def generate(
    count: int,
    seed: int = 7,
    start: dt.datetime | None = None,
    spacing: dt.timedelta = dt.timedelta(minutes=17),
) -> Iterator[Article]:
    rng = random.Random(seed)
    published = start or dt.datetime(2025, 1, 1, 8, tzinfo=dt.UTC)
    for n in range(count):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.2:
                sentences.append(rng.choice(FILLER))
                continue
            (a, _), (b, _) = rng.sample(ACTORS, 2)
            act = rng.choice(ACTS).format(
                a=a, b=b, thing=rng.choice(THINGS), people=rng.choice(PEOPLE)
            )
            when = f" on {rng.choice(DAYS)}" if rng.random() < 0.5 else ""
            sentences.append(act[0].upper() + act[1:] + when + ".")
        body = f"GENEVA, {published:%b} {published.day} (Bench Wire) -- " + " ".join(sentences)
        yield Article(
            id=f"bench-{seed}-{n}",
            outlet="Bench Wire",
            title=sentences[0][:80],
            body=body,
            published=published,
            synthetic=True,
        )
        published += spacing
