"""Names of people within business names, for identity resolution."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from crawler.extraction.brand import key_of
from crawler.extraction.people import is_given_name
from index.normalize import fold
from vetting.names import GENERIC

# Words that make a business an institution even when a person's name is in it.
INSTITUTION = re.compile(
    r"\b(?:clinics?|cent(?:er|re)s?|medical|group|institute|academy|akademie|hospital|"
    r"associates|partners|practice|surgery|collective|team)\b",
    re.I,
)
_TITLES = {"dr", "dra", "mr", "mrs", "ms", "miss", "prof", "md", "rn", "med", "dent"}
SAME_WORD = 80  # "Yaeli" in "Yaelle PMU Art"


def _words(name: str) -> list[str]:
    return [w for w in key_of(re.sub(r"\(.*?\)", " ", name)).split() if w not in _TITLES]


def name_words(name: str) -> list[str]:
    """A name's words, less titles."""
    return _words(name)


def person_words(name: str) -> list[str]:
    """The words of a person's name a listing gives before its role ("Dr. med. Stefan Huber,
    Plastischer Chirurg in München" is Stefan Huber), or none where it is no person's."""
    words = _words(name.split(",")[0])
    if not 2 <= len(words) <= 3 or not is_given_name(words[0]):
        return []
    return words if not INSTITUTION.search(name.split(",")[0]) else []


def same_person_words(short: str, full: str) -> bool:
    """Every word of the shorter name is a word of the fuller one."""
    a, b = _words(short), _words(full)
    return bool(a) and bool(b) and all(w in b for w in a)


def name_in_business(person: str, business: str) -> bool:
    """A person's first or last name is a word of the business's name, or the short form
    of their given name is ("Tav SMP" of Tavita Faleolo)."""
    words, own = _words(business), _words(person)
    if not (words and own):
        return False
    if any(
        w == v or (len(w) >= 4 and (fuzz.ratio(w, v) >= SAME_WORD or w[:4] == v[:4]))
        for w in own
        for v in words
    ):
        return True
    short, given = words[0], own[0]
    # ("DP Scalp Art" of Dewayne Pruitt: the business's first word, the person's initials)
    if len(own) >= 2 and len(short) == len(own) and short == "".join(w[0] for w in own):
        return True
    # ("Tav SMP" of Tavita: the business's first word, the short form of the given name)
    return len(short) >= 3 and short not in GENERIC and given.startswith(short) and given != short


TYPO_MATCH = 85  # "Ferriera" for "Ferreira": a word misspelt in a listing


def has_word(word: str, words: set[str]) -> bool:
    """Whether a name's word is among these, or a misspelling of one (five letters or more)."""
    return word in words or (
        len(word) >= 5 and any(fuzz.ratio(word, w) >= TYPO_MATCH for w in words)
    )


def reads_as_person(name: str) -> bool:
    """A name that is a person's ("Callan Birch"), not a business's ("Grace Hair Studio")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and is_given_name(words[0])
        and not INSTITUTION.search(name)
        and not any(fold(w) in GENERIC for w in words)
    )
