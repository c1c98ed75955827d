"""Event dates: find date expressions in a sentence and resolve them.

The coder's own patterns find candidate expressions ("on Saturday", "Sept. 24",
"last June", "two weeks ago"); dateparser resolves each against the
publication date, and the result is cached by (expression, base date). Running
dateparser's `search_dates` over whole sentences is slower and misreads "on
Sept. 24" as 9 September (DESIGN.md).
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser

Precision = Literal["day", "month", "year"]

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|"
    r"Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
    r"Dec(?:ember|\.)?)"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|a few|several)"
)

EXPRESSIONS = re.compile(
    rf"""\b(?:
        (?P<monthday>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)
      | (?P<daymonth>\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)
      | (?P<lastmonth>last\s+{_MONTH})
      | (?P<monthyear>(?:in\s+|early\s+|late\s+)?{_MONTH}(?:\s+\d{{4}})?)
      | (?P<weekday>(?:last\s+|this\s+|next\s+)?{_DAY})
      | (?P<ago>(?i:{_NUMBER}\s+(?:day|week|month|year)s?\s+ago))
      | (?P<relative>(?i:(?:last|this|next)\s+(?:week|month|year|weekend)))
      | (?P<word>(?i:yesterday|today|tonight|last\s+night))
      | (?P<year>in\s+(?:19|20)\d\d)
    )\b""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    precision: Precision
    expression: str
    position: int  # character offset in the sentence


@lru_cache(maxsize=16_384)
def resolve(
    expression: str, base: dt.date, prefer: str = "past"
) -> tuple[dt.date, Precision] | None:
    """The date an expression names, seen from `base`; None when it names none."""
    text = re.sub(r"\s+", " ", expression.strip())
    lowered = text.lower()
    weekday = re.fullmatch(rf"(?:on )?({_DAY.lower()[3:-1]})", lowered)
    if weekday:  # "Saturday" on a Saturday is that day, not a week before
        days = [
            d.lower()
            for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        ]
        delta = (base.weekday() - days.index(weekday.group(1))) % 7
        if prefer == "future":
            return base + dt.timedelta(days=(7 - delta) % 7), "day"
        return base - dt.timedelta(days=delta), "day"
    last_month = re.fullmatch(r"last (\w+)\.?", lowered)
    if last_month and last_month.group(1)[:3] in [m[:3] for m in MONTHS]:
        month = [m[:3] for m in MONTHS].index(last_month.group(1)[:3]) + 1
        year = base.year if month < base.month else base.year - 1
        return dt.date(year, month, 1), "month"
    if "weekend" in lowered:
        saturday = base + dt.timedelta(days=(5 - base.weekday()) % 7)
        if lowered.startswith("last"):
            saturday -= dt.timedelta(days=7)
        return saturday, "day"
    if lowered in {"today", "tonight"}:
        return base, "day"
    cleaned = re.sub(r"^(in|on|early|late) ", "", text, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bSept\.", "Sep", cleaned).replace(".", "")
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    found = parser.get_date_data(cleaned)
    if found.date_obj is None:
        return None
    period = found.period or "day"
    precision: Precision = (
        "day" if period in ("day", "week", "time") else ("month" if period == "month" else "year")
    )
    day = found.date_obj.date()
    if precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = day.replace(month=1, day=1)
    return day, precision


def find_dates(sentence: str, base: dt.date, prefer: str = "past") -> list[FoundDate]:
    """Every date expression in `sentence` that resolves, in order."""
    found = []
    for match in EXPRESSIONS.finditer(sentence):
        expression = match.group()
        resolved = resolve(expression, base, prefer)
        if resolved and abs((resolved[0] - base).days) < 366 * 100:
            found.append(FoundDate(resolved[0], resolved[1], expression, match.start()))
    return found
