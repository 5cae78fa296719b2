"""Whether a chain's location does the work: the words of its card or page that say it does
not ("SMP and laser are at Midtown only", "Scalp micropigmentation is not currently
offered in Melbourne", "Procedures are performed at our Austin clinic", "consultations
only")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .brand import is_place, key_of
from .text import sentences

WORK = re.compile(r"\b(?:smp|scalp\s+micro-?pigmentation|micro-?pigmentation)\b", re.I)
_PROCEDURES = re.compile(r"\b(?:procedures|treatments|sessions)\b", re.I)
# "SMP is not currently offered", "we do not perform SMP"
_WORK_NOT = re.compile(
    r"\b(?:(?:is|are)\s+)?(?:not|no\s+longer)\s+(?:currently\s+|yet\s+)?"
    r"(?:offered|available|performed|done|provided)\b"
    # "No SMP at this location"
    r"|\bno\s+(?:smp|scalp\s+micro-?pigmentation|micro-?pigmentation)\b",
    re.I,
)
_NOT_WORK = re.compile(
    r"\b(?:do|does)\s*(?:not|n['’]t)\s+(?:currently\s+|yet\s+)?(?:offer|perform|provide|do)\s+"
    r"(?:smp|scalp\s+micro-?pigmentation|micro-?pigmentation)\b",
    re.I,
)
_ONLY = re.compile(r"\b(?:only|exclusively|solely)\b", re.I)
_DONE_AT = re.compile(r"\b(?:performed|done|carried\s+out)\s+(?:only\s+)?(?:at|in)\b", re.I)
_AT = re.compile(
    r"\b(?:at|in)\s+(?:our\s+|the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
_HERE = re.compile(r"\bhere\b|\bthis\s+(?:office|location|clinic|studio|branch|salon)\b", re.I)
# (not "SMP by consultation only": by appointment, after a consultation)
_CONSULTATIONS_ONLY = re.compile(
    r"(?<!\bby\s)\bconsultations?[\s-]+only\b(?!\s+(?:by|on|via|with|for)\b)", re.I
)


def not_offered(text: str, here: Iterable[str], elsewhere: bool = True) -> str | None:
    """The sentence of a location's card or page that says the work is not done there: a
    denial naming it ("not currently offered in Melbourne", "here"), or, with `elsewhere`
    (the text is about this one location), the work placed at another of its places only
    ("at Midtown only", "performed at our Austin clinic"), or "consultations only"."""
    names = [k for k in (key_of(h) for h in here if h) if k]
    previous = ""
    for sentence in (s for line in text.splitlines() for s in sentences(line)):
        about = WORK.search(sentence) or (_PROCEDURES.search(sentence) and WORK.search(previous))
        previous = sentence
        if elsewhere and _CONSULTATIONS_ONLY.search(sentence):
            return sentence
        if not about:
            continue
        places = [key_of(m.group("place")) for m in _AT.finditer(sentence)]
        mine = _HERE.search(sentence) or any(_is_here(p, names) for p in places)
        if mine and _denied_here(sentence, names) and not _persons_own(sentence, names):
            return sentence
        others = [p for p in places if not _is_here(p, names)]
        if (
            elsewhere
            and others
            and not mine
            and (_ONLY.search(sentence) or _DONE_AT.search(sentence))
        ):
            return sentence
    return None


def denied_by_name(text: str, town: str) -> str | None:
    """The sentence that denies the work in a clause naming this town ("not offered at our
    Columbus center; Columbus patients can book SMP at Oak Brook"): another location's words
    on the page; "here" or "this location" is the page's own."""
    names = [key_of(town)]
    for sentence in (s for line in text.splitlines() for s in sentences(line)):
        if (
            WORK.search(sentence)
            and _denied_here(sentence, names, named_only=True)
            and not _persons_own(sentence, names)
        ):
            return sentence
    return None


_CLAUSES = re.compile(r"\s*[;:]\s*|\s+[–—-]\s+|\s+(?:but|while|whereas)\s+|,\s+(?=(?:but|so)\b)")


def _denied_here(sentence: str, names: list[str], named_only: bool = False) -> bool:
    """Whether the sentence denies the work in a clause about this place, or (unless
    `named_only`) one saying "here" or naming no place ("not offered at our Columbus center;
    Columbus patients can book SMP at Oak Brook" denies it of Columbus, not of Oak Brook)."""
    for clause in _CLAUSES.split(sentence):
        if not (_WORK_NOT.search(clause) or _NOT_WORK.search(clause)):
            continue
        places = [key_of(m.group("place")) for m in _AT.finditer(clause)]
        if any(_is_here(p, names) for p in places):
            return True
        if not named_only and (_HERE.search(clause) or not places):
            return True
    return False


# "Ngaio does not perform SMP", "she doesn't do SMP": a person's work, not the location's
_PERSON_NOT = re.compile(
    r"(?:^|[.;,]\s*)(?P<who>she|he|they|I|[A-Z][a-z’'-]+)\s+(?:do|does)\s*(?:not|n['’]t)\s", re.I
)


def _persons_own(sentence: str, names: list[str]) -> bool:
    """The denial is a person's ("Ngaio does not perform SMP; if you are in Dunedin ... a
    consultation in Wellington"): its subject is a pronoun or a given name, not a place."""
    m = _PERSON_NOT.search(sentence)
    if not m or m.group("who").lower() in ("we", "it"):
        return False
    who = key_of(m.group("who"))
    return who in ("she", "he", "they", "i") or not (is_place(who) or _is_here(who, names))


def _is_here(place: str, names: list[str]) -> bool:
    """A place the sentence names is this location: its town or a word of its heading
    ("Midtown" of "Midtown Nashville")."""
    words = set(place.split())
    return any(place == n or words <= set(n.split()) or set(n.split()) <= words for n in names)
