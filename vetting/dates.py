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


# a register's words saying a credential ran out ("Expired", "Lapsed (did not renew)"), not
# that it was withdrawn
_RAN_OUT = re.compile(r"expir|laps|renew|ran\s+out|out\s+of\s+date", re.I)


def ran_out(text: str) -> bool:
    """Whether a register's words say a credential ran out (not that it was withdrawn)."""
    return bool(_RAN_OUT.search(text))
