"""Where events happened: the gazetteer's choices and the place read from each
construction. Each case names the place the text gives, or None where it gives none."""

import datetime as dt
from pathlib import Path

import pytest

from streams.coding import Coder, Document
from streams.coding.dictionaries import DATA_DIR, DictionaryError
from streams.coding.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("name", "event", "article", "within", "want"),
    [
        ("Paris", {"USA", "IRN"}, set(), None, ("Paris", "FRA")),  # not Paris, Texas
        ("Paris", set(), set(), "Texas", ("Paris", "USA")),  # the text says which
        ("Washington", {"USA", "PRK"}, set(), None, ("Washington", "USA")),
        ("Geneva", {"USA", "IRN"}, set(), None, ("Geneva", "CHE")),  # not Geneva, Illinois
        ("Birmingham", set(), {"USA"}, None, ("Birmingham", "GBR")),
        ("Birmingham", {"USA"}, {"USA"}, None, ("Birmingham", "USA")),  # a US story
        ("Donetsk", {"RUS", "UKR"}, set(), None, ("Donetsk", "UKR")),
        ("Kiev", set(), set(), None, ("Kyiv", "UKR")),  # an exonym
        ("Georgia", {"USA"}, set(), None, ("Georgia", "GEO")),  # a country before a state
        ("Lebanon", {"USA"}, set(), None, ("Lebanon", "LBN")),  # ... and before US towns
        ("Singapore", set(), set(), None, ("Singapore", "SGP")),
        ("White House", set(), set(), None, ("Washington", "USA")),
        ("the Gaza Strip", set(), set(), None, ("Gaza Strip", "PSE")),
        ("Brasilia", set(), set(), None, ("Brasília", "BRA")),
    ],
)
def test_gazetteer_resolves_in_context(
    gazetteer: Gazetteer,
    name: str,
    event: set[str],
    article: set[str],
    within: str | None,
    want: tuple[str, str],
) -> None:
    place = gazetteer.resolve(name, event, article, within=within)
    assert place is not None
    assert (place.name, place.country) == want


def test_places_carry_honest_precision(gazetteer: Gazetteer) -> None:
    city = gazetteer.resolve("Stockholm")
    country = gazetteer.resolve("Japan")
    region = gazetteer.resolve("Crimea")
    state = gazetteer.resolve("Texas")
    assert city is not None and city.precision == "city" and city.capital
    assert city.gazetteer_id == "geonames:2673730"
    assert country is not None and country.precision == "country"
    assert country.latitude is not None and 30 < country.latitude < 46  # inside Japan
    assert region is not None and region.precision == "region" and region.latitude is None
    assert state is not None and (state.precision, state.region) == ("region", "Texas")
    assert gazetteer.resolve("Xanadu Prime") is None


def test_the_gazetteer_is_built_once_per_process() -> None:
    """Every coder of a process shares one gazetteer: built twice, it cost a second
    coder 22 MiB more."""
    assert load_gazetteer() is load_gazetteer()


def test_capitals_of_an_acronym_name_no_town(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("UN") is None  # not Un, a town in Gujarat
    assert gazetteer.resolve("Un") is not None


def test_a_bad_places_line_is_reported_with_its_place(tmp_path: Path) -> None:
    for name in ("countries.tsv", "country_points.tsv", "cities.tsv", "us_states.tsv"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text())
    with (tmp_path / "cities.tsv").open("a") as cities:
        cities.write("1\tNowhere\tnorth\t0\tUSA\t-\t100\t0\t-\n")
    (tmp_path / "places.tsv").write_text(
        "White House\tUSA\tcity\tWashington\n"
        "Atlantis Palace\tUSA\tcity\tAtlantis\n"
        "Somewhere\tXXX\tregion\t-\n"
        "Odd\tUSA\ttown\t-\n"
    )
    with pytest.raises(DictionaryError) as raised:
        load_gazetteer(tmp_path)
    problems = raised.value.problems
    assert (
        problems[0].startswith("cities.tsv:") and "latitude 'north' is not a number" in problems[0]
    )
    assert [p.split(":")[1] for p in problems[1:]] == ["2", "3", "4"]
    assert "no GeoNames city 'Atlantis' in USA" in problems[1]


PLACED = [
    (
        "met in Stockholm",
        "North Korean and US negotiators met in Stockholm on Saturday.",
        ("Stockholm", "SWE", "city"),
    ),
    (
        "a hotel in a city",
        "Kim Jong Un and Donald Trump held talks at the Capella Hotel in Singapore on Tuesday.",
        ("Singapore", "SGP", "city"),
    ),
    (
        "what an attack struck",
        "Russia fired missiles at Kharkiv, killing four Ukrainian civilians.",
        ("Kharkiv", "UKR", "city"),
    ),
    (
        "where a visit went",
        "Chinese President Xi Jinping visited Pyongyang on Thursday.",
        ("Pyongyang", "PRK", "city"),
    ),
    (
        "the city of X",
        "Israeli troops clashed with Palestinian gunmen in the city of Jenin.",
        ("Janīn", "PSE", "city"),
    ),
    (
        "an embassy in a city",
        "Protesters rallied outside the US embassy in Seoul against the deployment.",
        ("Seoul", "KOR", "city"),
    ),
    (
        "a seat of power",
        "President Trump met Japan's prime minister at the White House on Monday.",
        ("Washington", "USA", "city"),
    ),
    (
        "a country",
        "Iran and Saudi Arabia held talks in Iraq last month.",
        ("Iraq", "IRQ", "country"),
    ),
    (
        "where the attack struck, a country",
        "Russia attacked Ukraine with drones overnight.",
        ("Ukraine", "UKR", "country"),
    ),
    (
        "the place of the visit during which it happened",
        "Kenya and Ethiopia signed agreements during a visit to Nairobi by Ethiopia's leader.",
        ("Nairobi", "KEN", "city"),
    ),
    (
        "a qualifier",
        "Officials of Iran and Saudi Arabia met in Paris, Texas.",
        ("Paris", "USA", "city"),
    ),
    (
        "a place elsewhere in the sentence",
        "Japan and South Korea signed an agreement, officials said in Tokyo.",
        ("Tokyo", "JPN", "city"),
    ),
    (
        "a landmark named after its city",
        "Japan's prime minister met South Korea's president at the Hiroshima Peace Memorial.",
        ("Hiroshima", "JPN", "city"),
    ),
    (
        "the place of a passive's doer",
        "A Nigerian trader was beaten and set on fire by a mob in the Ghanaian city of Kumasi.",
        ("Kumasi", "GHA", "city"),
    ),
    (
        "a name written with hyphens, which the parse splits",
        "Kenyan President William Ruto visited the force in Port-au-Prince and pledged more"
        " officers.",
        ("Port-au-Prince", "HTI", "city"),
    ),
]
UNPLACED = [
    (
        "a place in a background clause is not the event's",
        "Biegun told South Korean envoy Lee Do-hoon that Washington wanted progress on the"
        " agreement reached at a summit between Trump and Kim in Singapore last year.",
    ),
    (
        "beside the place is not the place",
        "Turkish troops clashed with Kurdish fighters near the border with Syria.",
    ),
    ("a sanctioned country is not a place", "The United States imposed new sanctions on Iran."),
    ("a possessor is not a place", "China held talks with Japan's foreign minister on Monday."),
    ("the target's capital is never assumed", "Russia condemned Ukraine for the drone attack."),
    ("a month is a time, not a town", "Germany criticised Russia in March."),
    ("a weekday is a time, not a place", "China held talks with Japan on Sunday."),
]


@pytest.mark.parametrize(("why", "text", "want"), PLACED, ids=[c[0] for c in PLACED])
def test_the_event_is_placed_where_its_sentence_says(
    coder: Coder, why: str, text: str, want: tuple[str, str, str]
) -> None:
    events = [e for e in coder.code(Document("p", text, dt.date(2024, 5, 2))) if e.complete]
    assert events, why
    for event in events:
        assert event.location is not None, why
        place = event.location.place
        assert (place.name, place.country, place.precision) == want, why
        assert event.location.basis == "sentence"


@pytest.mark.parametrize(("why", "text"), UNPLACED, ids=[c[0] for c in UNPLACED])
def test_no_place_where_the_text_gives_none(coder: Coder, why: str, text: str) -> None:
    events = [e for e in coder.code(Document("p", text, dt.date(2024, 5, 2))) if e.complete]
    assert events, why
    assert all(e.location is None for e in events), why


def test_the_dateline_is_a_weaker_basis(coder: Coder) -> None:
    text = "SEOUL, Oct. 8 (Yonhap) -- North Korea criticised the United States on Tuesday."
    events = [e for e in coder.code(Document("d", text, dt.date(2019, 10, 8))) if e.complete]
    assert events and all(e.location is not None for e in events)
    located = events[0].location
    assert located is not None
    assert (located.written, located.place.name, located.basis) == ("SEOUL", "Seoul", "dateline")


def test_geolocation_can_be_turned_off() -> None:
    text = "North Korean and US negotiators met in Stockholm on Saturday."
    events = Coder(geolocate=False).code(Document("o", text, dt.date(2019, 10, 5)))
    assert events and all(e.location is None for e in events)


def test_a_coded_place_has_the_wire_shape(coder: Coder) -> None:
    """`dyadwatch code` prints, and the worker publishes, the same `location`."""
    from schemas import Location

    text = "North Korean and US negotiators met in Stockholm on Saturday."
    (event, *_) = coder.code(Document("w", text, dt.date(2019, 10, 5)))
    location = Location.model_validate(event.as_dict()["location"])
    assert (location.name, location.country_code, location.basis) == (
        "Stockholm",
        "SWE",
        "sentence",
    )
