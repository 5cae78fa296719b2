"""Dates as the facts give them (YYYY-MM-DD, possibly with a time after)."""

from __future__ import annotations

import re
from datetime import date

ISO_DAY = len("YYYY-MM-DD")


def day(value: str | None) -> date | None:
    """The date a YYYY-MM-DD string starts with, or None."""
    try:
        return date.fromisoformat(value[:ISO_DAY]) if value else None
    except ValueError:
        return None


# a credential's row saying it ran out: "Expired 31/01/2025", "Lapsed (did not renew, March 2015)"
_RAN_OUT = re.compile(r"expir|laps|renew|ran\s+out|out\s+of\s+date", re.I)
_RAN_OUT_NEAR = 40  # characters after those words where the date they ran out on is given
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b")
_MONTH_YEAR = re.compile(r"\b([a-z]{3})[a-z]*\.?\s+((?:19|20)\d{2})\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def ran_out(text: str) -> bool:
    """Whether a register's words say a credential ran out (not that it was withdrawn)."""
    return bool(_RAN_OUT.search(text))


def ran_out_on(text: str) -> date | None:
    """The date the words that say it ran out give, the latest there (day-month or
    month-day, the later; the month's or the year's end where no day is given)."""
    match = _RAN_OUT.search(text)
    if not match:
        return None
    near = text[match.start() : match.end() + _RAN_OUT_NEAR]
    found: list[date] = []
    for first, second, year in _NUMERIC.findall(near):
        a, b = int(first), int(second)
        month = a if b > 12 else b if a > 12 else max(a, b)
        if 1 <= month <= 12:
            found.append(date(int(year), month, 28))
    for name, year in _MONTH_YEAR.findall(near):
        if name.lower() in _MONTHS:
            found.append(date(int(year), _MONTHS.index(name.lower()) + 1, 28))
    if not found:
        found = [date(int(year), 12, 31) for year in _YEAR.findall(near)]
    return max(found, default=None)
