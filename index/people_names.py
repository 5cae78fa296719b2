"""Names of people within business names, for identity resolution."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from crawler.extraction.brand import key_of

# Words that make a business an institution even when a person's name is in it.
INSTITUTION = re.compile(
    r"\b(?:clinics?|cent(?:er|re)s?|medical|group|institute|academy|akademie|hospital|"
    r"associates|partners|practice|surgery|collective|team)\b",
    re.I,
)
_TITLES = {"dr", "dra", "mr", "mrs", "ms", "miss", "prof", "md", "rn"}
SAME_WORD = 80  # "Yaeli" in "Yaelle PMU Art"


def _words(name: str) -> list[str]:
    return [w for w in key_of(re.sub(r"\(.*?\)", " ", name)).split() if w not in _TITLES]


def same_person_words(short: str, full: str) -> bool:
    """Every word of the shorter name is a word of the fuller one."""
    a, b = _words(short), _words(full)
    return bool(a) and bool(b) and all(w in b for w in a)


def name_in_business(person: str, business: str) -> bool:
    """A person's first or last name is a word of the business's name."""
    words = _words(business)
    return any(
        w == v or (len(w) >= 4 and (fuzz.ratio(w, v) >= SAME_WORD or w[:4] == v[:4]))
        for w in _words(person)
        for v in words
    )
