"""Sentences, quotes and small text helpers shared by the heuristics."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

QUOTE_LIMIT = 300
MAX_SENTENCE = 1000


# "review" in a class or id, not a builder's "preview-container" nor an "interview"
REVIEW_WORD = r"(?<!p)(?<!inter)review"


def words(text: str) -> frozenset[str]:
    """A set of words written as one string (for readable vocabularies)."""
    return frozenset(text.split())


_ABBREVIATIONS = words(
    "lic no nos st dr mr mrs ms mt ft ave blvd rd ste inc ltd co corp jr sr vs approx "
    "est e.g i.e etc dept univ assn assoc intl jan feb mar apr jun jul aug sep sept oct "
    "nov dec ph.d u.s u.k"
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"”’')\]]*\s*$")
_SPACE = re.compile(r"\s+")


def sentences(text: str) -> Iterator[str]:
    """Split a block of text into sentences, not at abbreviations like "Lic." or "St.".

    Run-on text is cut into pieces of at most MAX_SENTENCE characters.
    """
    for sentence in _sentences(text):
        while len(sentence) > MAX_SENTENCE:
            cut = sentence.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            yield sentence[:cut].strip()
            sentence = sentence[cut:].strip()
        if sentence:
            yield sentence


def _sentences(text: str) -> Iterator[str]:
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + 1
        word = _WORD_BEFORE.search(text, start, end)
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        piece = text[start : match.end()].strip()
        if piece:
            yield piece
        start = match.end()
    tail = text[start:].strip()
    if tail:
        yield tail


def all_sentences(blocks: Iterable[str]) -> list[str]:
    """Every sentence of every block, in order."""
    return [s for block in blocks for s in sentences(block)]


def quote(text: str, start: int = 0, end: int | None = None, limit: int = QUOTE_LIMIT) -> str:
    """The text, cut to `limit` characters around [start, end) at word boundaries."""
    text = _SPACE.sub(" ", text).strip() if "\n" in text or "  " in text else text.strip()
    if len(text) <= limit:
        return text
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    room = limit - 2
    centre = (start + end) // 2
    lo = max(0, min(centre - room // 2, len(text) - room))
    hi = min(len(text), lo + room)
    piece = text[lo:hi]
    if lo > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if hi < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece[:limit]


_AUTHOR_LABEL = re.compile(
    r"^(?:(?:reviewed|posted|written|submitted)\s+by|reviewer|author|by|from|client|customer|"
    r"patient)\b\s*[:\-–—]?\s*|^[\s\-–—~]+|[\s\-–—~,:|]+$",
    re.I,
)


_AUTHOR_DATE = re.compile(
    r"[\s,·•|–—-]+(?:on\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?,?\s+\d{4}|\d+\s+(?:days?|weeks?|months?|years?)\s+ago|yesterday|today)"
    r".*$",
    re.I,
)


def clean_author(text: str | None) -> str | None:
    """A reviewer's name without labels, dashes or a date written after it
    ("Reviewer: Tantek -" -> "Tantek", "Isaac G., Aug 16, 2026" -> "Isaac G.")."""
    if not text:
        return None
    name = _AUTHOR_LABEL.sub("", " ".join(text.split()))
    name = _AUTHOR_DATE.sub("", name)
    name = _AUTHOR_LABEL.sub("", name)
    name = _AUTHOR_PLACE.sub("", name) if len(_AUTHOR_PLACE.sub("", name)) > 1 else name
    return name if 1 < len(name) <= 80 else None


# "Brandon S. — Houston": a byline's town after a spaced dash
_AUTHOR_PLACE = re.compile(r"\s+[—–-]\s+[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}$")


QUOTE_MARKS = "\"'“”‘’«»„"


def quoted(text: str, marks: str = QUOTE_MARKS) -> bool:
    """Whether a passage is written as a quotation, between two of these marks."""
    text = text.strip()
    return len(text) > 2 and text[0] in marks and text[-1] in marks


def normal_key(text: str) -> str:
    """A comparison key: lower case, letters and digits only, '&' read as 'and'."""
    return re.sub(r"[^0-9a-z]+", "", text.lower().replace("&", "and"))


WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "a decade": 10,
    "a couple of": 2,
    "a few": 3,
    "several": 3,
    "two decades": 20,
}


def to_number(word: str) -> float | None:
    """A number written as digits ("4,5" too) or as an English word."""
    word = word.strip().lower()
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    if re.fullmatch(r"\d+,\d{1,2}", word):
        word = word.replace(",", ".")
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None
