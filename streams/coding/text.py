"""Text clean-up: page furniture, datelines, and sentence boundaries.

Works on scraped pages: lines that are navigation or widgets ("Go to
Contents", "Most Viewed", "Leave a Reply") are dropped whole; article
sentences are never cut, because furniture is recognised only as short
lines that match a known shape.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

FURNITURE = re.compile(
    r"""^(
        (go\ to\ (contents|navigation)\s*)+ | \((yonhap|ap|afp|reuters|xinhua)\)
      | all\ news\ [\d:]+.* | issue\ keywords
      | most\ (liked|saved|viewed)(\ more)? | send\ feedback | how\ can\ we\ improve\??
      | thanks\ for\ your\ feedback!? | leave\ a\ (reply|comment) | send\ this\ to\ a\ friend
      | no\ photos?\ (has|have)\ been\ attached\.? | share(\ this)?(\ on\ \w+)? | like | tweet
      | \|+ | by\ [A-Z][\w.-]+(\ [A-Z][\w.-]+){0,3} | \(attn:.*\) | date\ \d{4}-\d\d-\d\d.*
      | (related|recommended)\ (articles|stories|news) | advertisement | subscribe.*
      | click\ here.* | read\ more.* | print | email | comments?\ \(\d+\)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""Whole lines that are page furniture, not article text."""

PHOTO_CAPTION = re.compile(r"\((L|R|C|\d(st|nd|rd|th) from (left|right))\)|\|\s*$")
"""Photo captions: "(R)" position markers, or a trailing `|` of a caption widget."""

CREDIT = re.compile(r"\s*\((Yonhap|AP|AFP|Reuters|EPA|Xinhua)\)\s*$")

DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z .'/-]{1,60}?)          # SEOUL, SINGAPORE/SEOUL, UNITED NATIONS
        (,\ [A-Z][a-z]+(\ [A-Z][a-z]+)?(?=\ \())?    # , Qatar (AP): the country, with an outlet
        (,\ (?P<date>[A-Z][a-z]{2,8}\.?\ \d{1,2}))?  # , June 1
        (\ ?\((?P<outlet>[^)]{2,60})\))?              # (Yonhap), (The Korea Herald/ANN)
        \ ?[-–—]{1,2}\ ?(?![a-z])                      # not "U.S.-led forces", a compound""",
    re.VERBOSE,
)


BARE_DATELINE = re.compile(
    r"""^(?:(?P<upper>[A-Z][A-Z .'-]{1,40}?):\                    # LAHORE: Text
        |(?P<titled>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})      # Oudtshoorn - Text
        (?:,\ [A-Z][a-z]+(?:\ [A-Z][a-z]+)?)?\ [-–—]{1,2}\ )  # Raipur, India - Text""",
    re.VERBOSE,
)
"""Datelines of other presses: a capitalised place and a colon, or a place written in
title case with its country and a spaced dash. Neither has a date or an outlet, so
both are datelines only where the place is known."""

DATELINE_SITES = frozenset({"UNITED NATIONS"})
"""Datelines that name no town a gazetteer holds: "UNITED NATIONS - President Donald Trump
threatened ..." is filed from the U.N. headquarters, not said by the U.N."""


@dataclass(frozen=True)
class Dateline:
    place: str
    outlet: str
    date: str | None


def strip_furniture(body: str) -> str:
    """The body without furniture lines and photo captions, paragraphs kept apart."""
    kept = []
    for line in body.splitlines():
        stripped = line.strip()
        if FURNITURE.match(stripped) or PHOTO_CAPTION.search(stripped):
            continue
        kept.append(CREDIT.sub("", stripped))
    return "\n".join(kept)


def take_dateline(
    paragraph: str, known_place: Callable[[str], bool] | None = None
) -> tuple[Dateline | None, str]:
    """Split `SEOUL, June 1 (Yonhap) -- Text` into its dateline and the text. A place
    with neither date nor outlet (`HANOI - Text`) is a dateline only where `known_place`
    knows every place it names (or it is one of DATELINE_SITES): "NATO - the alliance
    said" is no dateline."""
    match = DATELINE.match(paragraph)
    if not match:
        return _bare_dateline(paragraph, known_place)
    places = [p.strip() for p in match["place"].split("/")]
    if not (match["date"] or match["outlet"]) and not all(
        p in DATELINE_SITES or (known_place and known_place(p)) for p in places
    ):
        return None, paragraph
    line = Dateline(match["place"].strip(), (match["outlet"] or "").strip(), match["date"])
    return line, paragraph[match.end() :]


def _bare_dateline(
    paragraph: str, known_place: Callable[[str], bool] | None
) -> tuple[Dateline | None, str]:
    """`LAHORE: Text` or `Raipur, India - Text`, where `known_place` knows the place."""
    match = BARE_DATELINE.match(paragraph)
    place = (match["upper"] or match["titled"]).strip() if match else ""
    if match is None or known_place is None or not known_place(place):
        return None, paragraph
    return Dateline(place, "", None), paragraph[match.end() :]


ABBREVIATIONS = {
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "gov",
    "sen",
    "rep",
    "st",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "inc",
    "corp",
    "co",
    "ltd",
    "jr",
    "sr",
    "prof",
    "pres",
    "dept",
    "est",
    "approx",
    "n",
    "s",
    "e",
    "w",
    "d.c",
    "p.m",
    "a.m",
}
"""Words whose final period does not end a sentence (lower case, without that period)."""

_CANDIDATE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+)")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
"""Dotted initials without their last period ("k.p" of "K.P. Sharma Oli", "u.k")."""


def split_sentences(text: str) -> list[str]:
    """Split on `.`, `!`, `?` followed by a space, except after abbreviations
    (U.S., Sept., Gen.) and initials; paragraph breaks always end a sentence."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = paragraph.strip()
        start = 0
        for match in _CANDIDATE_END.finditer(paragraph):
            before = paragraph[start : match.start()].rsplit(None, 1)
            word = before[-1].lower().rstrip(".") if before else ""
            following = paragraph[match.end() :].lstrip()[:1]
            initials = _INITIALS.fullmatch(word) is not None
            abbreviation = word in ABBREVIATIONS or len(word) == 1 or initials
            if (
                match.group().startswith(".")
                and abbreviation
                and not (initials and following.isupper() and _ends_clause(paragraph, match))
            ):
                continue
            if following and following.islower():
                continue
            sentences.append(paragraph[start : match.end()].strip())
            start = match.end()
        if paragraph[start:].strip():
            sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def _ends_clause(paragraph: str, match: re.Match[str]) -> bool:
    """`... talks with the U.S. The ministry said`: a sentence ends after U.S. when a
    capitalised word follows that usually opens a sentence."""
    nxt = paragraph[match.end() :].split(None, 1)
    return bool(nxt) and nxt[0] in {
        "The",
        "It",
        "He",
        "She",
        "They",
        "We",
        "But",
        "In",
        "On",
        "A",
        "This",
        "That",
        "Meanwhile",
        "However",
    }


def prepare(
    body: str,
    title: str = "",
    outlet: str = "",
    known_place: Callable[[str], bool] | None = None,
) -> tuple[Dateline | None, list[str]]:
    """Clean a scraped body: furniture out, dateline taken off, sentences split.

    Lines above a dateline (headline, byline) are page header, not story; a
    line repeating the title or naming the outlet is dropped too.
    """
    header = {title.strip(), outlet.strip()}
    paragraphs = [p for p in strip_furniture(body).split("\n") if p.strip() and p not in header]
    dateline = None
    for i, paragraph in enumerate(paragraphs[:6]):
        found, rest = take_dateline(paragraph, known_place)
        if found:
            dateline, paragraphs = found, [rest, *paragraphs[i + 1 :]]
            break
    return dateline, split_sentences("\n".join(paragraphs))
