"""Dates in the forms pages write them, to YYYY-MM-DD (relative ones against `now`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .text import WORD_NUMBERS

log = logging.getLogger(__name__)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_CANDIDATE = re.compile(
    r"\b(?:"
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORD},?\s+\d{{4}}"
    rf"|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH},?\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}-{_MONTH}-(?:\d{{4}}|\d{{2}})"  # "07-Mar-26", as forums and Oracle write it
    r"|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|yesterday|today|last\s+(?:week|month|year)"
    r")(?![\w/])",
    re.I,
)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MON_YY = re.compile(r"(\d{1,2})-([A-Za-z]{3,9})-(\d{4}|\d{2})")
_RELATIVE = re.compile(
    r"^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(second|minute|hour|day|week|month|year)s?\s+ago$",
    re.I,
)
# a social site's age of a post: "5d", "3w", "1 mo", "2y"
POST_AGE = re.compile(r"(\d{1,2})\s?(hrs?|h|d|w|wks?|mos?|yrs?|y)", re.I)
_POST_AGE_UNITS = {
    "h": "hour", "hr": "hour", "hrs": "hour", "d": "day", "w": "week", "wk": "week",
    "wks": "week", "mo": "month", "mos": "month", "y": "year", "yr": "year", "yrs": "year",
}  # fmt: skip
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_TIME_ONLY = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?", re.I)
_WORDS_OK = frozenset({"st", "nd", "rd", "th", "of"})
# The languages dates are read in: those of the sites the product meets (guessing among
# dateparser's two hundred locales costs more than reading the whole page)
LANGUAGES = ["en", "de", "fr", "es", "pt", "pl", "it", "nl"]
MDY_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW", "BZ"})


def parse_date(
    value: Any, now: datetime | None = None, region: str | None = None, *, loose: bool = False
) -> str | None:
    """A date value or date text as YYYY-MM-DD, or None.

    `loose` lets dateparser try the whole text (for elements known to hold a date).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, list):
        return parse_date(value[0], now, region, loose=loose) if value else None
    if isinstance(value, dict):
        return parse_date(value.get("@value", value.get("value")), now, region, loose=loose)
    text = POSTED_WORD.sub("", " ".join(str(value).split()))  # "Answered Feb 14", "Updated 2y"
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return _ymd(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    match = next(_dates_written(text), None)
    if match:
        found = _parse_candidate(match.group(0), now, region)
        if found:
            return found
    elif _CANDIDATE.search(text):
        return None  # only the date its writer joined
    if _TIME_ONLY.fullmatch(text):
        return None  # "9:00 AM": a time of day, no date
    compact = POST_AGE.fullmatch(text)
    if compact:  # a social site's age of a post: "5d", "3w"
        return _relative(compact.group(1), _POST_AGE_UNITS[compact.group(2).lower()], now)
    return _dateparser(text, now, region) if loose and len(text) <= 60 else None


# the word a site puts before a post's date: "Answered Feb 14", "Updated 2y", "Posted on"
POSTED = r"(?:posted|answered|asked|updated|edited|written|reviewed|commented|replied)(?:\s+on)?\s+"
POSTED_WORD = re.compile(rf"^{POSTED}", re.I)


# the date a writer joined the site, beside every post of a forum ("Join Date: Mar 2024",
# "Member since 2019", "Mitglied seit", "Lid sinds"): not the post's
_JOINED = re.compile(
    r"(?:\bjoin(?:ed)?(?:\s+date)?|\b(?:member|client|customer)\s+since|\bregistered(?:\s+on)?|"
    r"\bmitglied\s+seit|\bdabei\s+seit|\binscrit(?:e)?(?:\s+depuis|\s+le)?|\bmiembro\s+desde|"
    r"\blid\s+sinds)\s*[:\-–]?\s*$",
    re.I,
)


def _dates_written(text: str) -> Iterator[re.Match[str]]:
    """The dates a text writes, but for the date its writer joined."""
    for match in _CANDIDATE.finditer(text):
        if not _JOINED.search(text[max(0, match.start() - 30) : match.start()]):
            yield match


def find_date(text: str, now: datetime | None = None, region: str | None = None) -> str | None:
    """The first date written anywhere in a text, but for the date its writer joined; or
    a social site's age of a post written alone between its separators ("5d", "3w")."""
    for match in _dates_written(text or ""):
        found = _parse_candidate(match.group(0), now, region)
        if found:
            return found
    for part in _SEPARATORS.split(text or ""):
        if POST_AGE.fullmatch(part.strip()):
            return parse_date(part, now, region)
    return None


_SEPARATORS = re.compile(r"[·•|\n]")


# A review's own date, where its card also dates the visit ("Sep 2026 • Solo" ... "Written
# October 5, 2026"; "Date of experience: 2 May" ... "Reviewed 9 May"): the writing's cue
_WRITTEN = re.compile(
    r"\b(?:written|reviewed|posted|published|submitted|left)(?:\s+(?:on|in))?\s*[:\-–—]?\s*", re.I
)


def written_date(text: str, now: datetime | None = None, region: str | None = None) -> str | None:
    """The date a text says a review was written on, where it says so."""
    for cue in _WRITTEN.finditer(text or ""):
        match = _CANDIDATE.match(text, cue.end())
        found = _parse_candidate(match.group(0), now, region) if match else None
        if found:
            return found
    return None


def _parse_candidate(text: str, now: datetime | None, region: str | None) -> str | None:
    iso = _ISO.match(text)
    if iso:
        return _ymd(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    short = _DAY_MON_YY.fullmatch(text)
    if short and short.group(2)[:3].lower() in _MONTHS:
        day, month, year = int(short.group(1)), _MONTHS[short.group(2)[:3].lower()], short.group(3)
        full = int(year) if len(year) == 4 else _century(int(year), now)
        return _ymd(full, month, day)
    named = _named_month(text)
    if named:
        return named
    relative = _RELATIVE.match(text)
    if relative:
        return _relative(relative.group(1).lower(), relative.group(2).lower(), now)
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", text)
    if numeric:
        a, b, year = (int(g) for g in numeric.groups())
        if year < 100:
            year = _century(year, now)
        month_first = (region or "US").upper() in MDY_REGIONS
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        return _ymd(year, a, b) if month_first else _ymd(year, b, a)
    return _dateparser(text, now, region)


def _century(year: int, now: datetime | None) -> int:
    """A two-digit year in this century unless that would be more than a year ahead."""
    return year + (2000 if year <= _now(now).year % 100 + 1 else 1900)


def _named_month(text: str) -> str | None:
    """'March 3, 2025', '3rd of Mar 2025', 'March 2025' without dateparser."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((_MONTHS.get(w[:3].lower()) for w in words if w.isalpha()), None)
    numbers = [int(w) for w in words if w.isdigit()]
    if (
        month is None
        or not numbers
        or any(
            w.isalpha() and w.lower() not in _WORDS_OK and w[:3].lower() not in _MONTHS
            for w in words
        )
    ):
        return None
    year = next((n for n in numbers if n >= 1000), None)
    days = [n for n in numbers if n < 100]
    if year is None or len(days) > 1:
        return None
    return _ymd(year, month, days[0] if days else 1)


def _relative(amount: str, unit: str, now: datetime | None) -> str:
    n = WORD_NUMBERS.get(amount) or int(amount)
    base = _now(now)
    if unit == "year":
        target = _shift_months(base, -12 * n)
    elif unit == "month":
        target = _shift_months(base, -n)
    else:
        seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}[unit]
        target = base - timedelta(seconds=seconds * n)
    return target.strftime("%Y-%m-%d")


def _shift_months(base: datetime, months: int) -> datetime:
    index = base.year * 12 + base.month - 1 + months
    year, month = divmod(index, 12)
    day = min(base.day, 28)
    return base.replace(year=year, month=month + 1, day=day)


def _dateparser(text: str, now: datetime | None, region: str | None) -> str | None:
    order = "MDY" if (region or "US").upper() in MDY_REGIONS else "DMY"
    day = _now(now).replace(tzinfo=None, hour=12, minute=0, second=0, microsecond=0)
    parser = _parser(order, day)  # dates are kept to the day: one parser serves a whole day
    try:
        parsed = parser.get_date_data(text).date_obj
    except (ValueError, TypeError, OverflowError, AttributeError) as exc:
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    return parsed.strftime("%Y-%m-%d") if parsed and 1900 <= parsed.year <= 2200 else None


@lru_cache(maxsize=8)
def _parser(order: str, base: datetime) -> Any:
    """One dateparser for a date order and a day to read relative dates against, kept: it
    compiles each language's patterns once, not once per date."""
    import dateparser  # imported late: it takes a while to load

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": order,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return dateparser.DateDataParser(languages=LANGUAGES, settings=settings)


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).strftime("%Y-%m-%d")
    except ValueError:
        return None


def _now(now: datetime | None) -> datetime:
    return now or datetime.now()


_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b")


def page_order(text: str) -> str | None:
    """ "DMY" or "MDY" when a page's numeric dates show their order (a first number over 12
    is a day, a second one a day too), None when they do not or disagree."""
    day_first = month_first = False
    for match in _NUMERIC.finditer(text):
        a, b = int(match.group(1)), int(match.group(2))
        day_first |= 12 < a <= 31 and b <= 12
        month_first |= 12 < b <= 31 and a <= 12
    if day_first == month_first:
        return None
    return "DMY" if day_first else "MDY"


def region_for_order(order: str | None, region: str) -> str:
    """A region whose date order is `order` (the region itself when it already reads so)."""
    if order is None or (order == "MDY") == (region.upper() in MDY_REGIONS):
        return region
    return "US" if order == "MDY" else "GB"


_UPDATED = re.compile(r"\b(?:updated|edited)(?:\s+on)?\s*[:\-–—]?\s*(?=\d|[A-Z])", re.I)


def updated_date(text: str, now: datetime | None = None, region: str | None = None) -> str | None:
    """The date an updated review was updated, where its line gives two ("Updated
    10-Oct-2026 · originally posted 01-Jul-2026"): the text shown is the update's."""
    match = _UPDATED.search(text) if len(text) <= 120 else None
    if not match:
        return None
    after = re.split(r"\s[·•|(]\s?|,\s|;", text[match.end() : match.end() + 30])[0]
    return parse_date(after, now, region, loose=True)
