"""Ratings on a 0-5 scale: from structured values and from the ways pages write them."""

from __future__ import annotations

import re
from typing import Any

from .text import to_number

_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"
_WORD = r"(one|two|three|four|five|\d(?:[.,]\d{1,2})?)"
_OUT_OF = re.compile(
    r"(?<![\d/.,])"
    + _NUM
    + r"\s*(?:out\s+of|of|/|from|von|sur|su|de|van|av)\s*"
    + _NUM
    + r"(?![\d/]|[.,]\d)"
    r"(?:\s*(?:stars?|points?))?",
    re.I,
)
_STARS = re.compile(
    r"(?:\brated\s+|\brating\s*:?\s*|\bscore\s*:?\s*)?(?<![\d.,])"
    + _WORD
    + r"(?:\s*|-)(?:stars?|★|⭐)(?!\w)",
    re.I,
)
_RATED = re.compile(r"\b(?:rated|rating|score)\s*:?\s*" + _NUM + r"(?![\d/]|[.,]\d|\s*%)", re.I)
_GLYPHS = re.compile(r"([★⭐✭✮]+)\s*(½|⯨|⯪)?\s*([☆✩✰]*)")
# A form's label giving the scale before the value: "Rating (out of 5): 1", "Score (1-10): 8"
_SCALE_FIRST = re.compile(
    r"\b(?:rating|score|stars?)\s*\((?:out\s+of\s+|of\s+|/\s*|[01]\s*[-–]\s*)"
    + _NUM
    + r"\)\s*:?\s*"
    + _NUM
    + r"(?![\d/]|[.,]\d)",
    re.I,
)
_COUNT = re.compile(
    r"(\d[\d,.\s]{0,9})\s*(?:customer\s+|google\s+|verified\s+|total\s+)?"
    r"(?:reviews?|ratings?|votes?|testimonials?|opinions?)\b",
    re.I,
)
_CLASS_STARS = re.compile(
    r"(?:^|[\s_-])(?:stars?|rating|rated|score)[-_]?(\d{1,2})(?:[-_.](\d))?(?:$|[\s_-])",
    re.I,
)
# A letter grade standing alone ("Member grade A", "Grade: B+"), as review sites that grade
# A-F count it: A = 5 stars ... F = 1 (never "grade A pigment" in a sentence)
_GRADE = re.compile(r"^(?:[\w'’ ]{0,30}\s)?grade\s*:?\s*([A-DF])[+-]?$", re.I)
_GRADES = {"A": 5.0, "B": 4.0, "C": 3.0, "D": 2.0, "F": 1.0}
# A German school grade, as German review sites grade doctors: "Note 1,0" (sehr gut) to
# "6,0" (ungenügend), written with a decimal comma; 1,0 is 5 stars and 6,0 none
_NOTE = re.compile(r"\b(?:Gesamtnote|Durchschnittsnote|Note)\s*:?\s*([1-6],\d)\b")
_SCALES = frozenset({3.0, 4.0, 5.0, 6.0, 7.0, 10.0, 20.0, 100.0})
# A poster's own verdict opening a line of a post: "9/10, best money I've spent.",
# "5/10 for the consult alone.", "10 out of 10 would go back" (out of 5 or 10 only)
_VERDICT = re.compile(
    r"^" + _NUM + r"\s*(?:/|out\s+of)\s*(5|10)(?![\d/]|[.,]\d)"
    r"(?:\s*(?:stars?|[.,!:;)–—-]|$)|\s+\w)",
    re.I,
)


def scale(value: Any, best: Any = None, worst: Any = None) -> float | None:
    """A rating brought to 0-5 using its best and worst values (schema.org defaults 5 and 1)."""
    v = _number(value)
    if v is None:
        return None
    b = _number(best)
    w = _number(worst)
    if b is None or b <= 0:
        b = 5.0 if v <= 5 else (10.0 if v <= 10 else 100.0)
    if w is not None and w not in (0.0, 1.0) and b > w:
        v, b = v - w, b - w
    if b != 5.0:
        v = v / b * 5.0
    if not 0 <= v <= 5.0001:
        return None
    return round(min(v, 5.0), 2)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list):
        return _number(value[0]) if value else None
    if isinstance(value, dict):
        return _number(value.get("@value", value.get("value")))
    match = re.search(r"-?\d+(?:[.,]\d+)?", str(value))
    return to_number(match.group(0)) if match else None


def count(value: Any) -> int | None:
    """A count such as reviewCount, tolerant of '1,234' and '17 reviews'."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return int(value) if value >= 0 else None
    if isinstance(value, list):
        return count(value[0]) if value else None
    digits = re.sub(r"[,.\s](?=\d{3}\b)", "", str(value))
    match = re.search(r"\d+", digits)
    return int(match.group(0)) if match else None


# stars or "N stars" closing a post after its last sentence: the writer's verdict
_LAST_VERDICT = re.compile(
    r"[.!?)]\s+(?P<verdict>[★☆]{5}|[1-5](?:\.5)?\s*(?:/\s*5\s*)?stars?)\s*[.!]?\s*$", re.I
)


def score_in_prose(text: str) -> float | None:
    """The one score a review's own words give out of five or ten ("did mine, 9/10, only
    knocked a point because of the wait"); none where they give several (another's too)."""
    text = text or ""
    last = _LAST_VERDICT.search(text)  # "... rescheduled twice. ★★★★☆", "... 5 stars"
    if last:
        return rating_in_text(last.group("verdict"))
    found = [
        (m, value, best)
        for m in _OUT_OF.finditer(text)
        if (value := to_number(m.group(1))) is not None
        and (best := to_number(m.group(2))) in (5, 10)
        and value <= best
        and not re.match(r"\s+(?:of|the)\b", text[m.end() :])  # "3/10 of the clinics"
    ]
    if len(found) != 1:
        return None
    m, value, best = found[0]
    # set off as a verdict (", 9/10,", "... hygiene. 9/10 only because"), not inside a
    # sentence ("I'd say 3/10 ...")
    if not re.search(r"(?:^|[.!?,;:–—-])\s*$", text[: m.start()]):
        return None
    return round(value / best * 5, 2)


def rating_in_text(text: str) -> float | None:
    """The first rating written in text: "4.8 out of 5", "9/10", "★★★★½", "Rated 4.5 stars"."""
    if not text:
        return None
    candidates: list[tuple[int, float]] = []
    for match in _OUT_OF.finditer(text):
        value, best = to_number(match.group(1)), to_number(match.group(2))
        if value is not None and best in _SCALES and value <= best:
            candidates.append((match.start(), round(value / best * 5, 2)))
            break
    for match in _SCALE_FIRST.finditer(text):
        best, value = to_number(match.group(1)), to_number(match.group(2))
        if value is not None and best in _SCALES and value <= best:
            candidates.append((match.start(), round(value / best * 5, 2)))
            break
    for match in _GLYPHS.finditer(text):
        full, half, empty = len(match.group(1)), bool(match.group(2)), len(match.group(3))
        total = full + half + empty
        value = full + 0.5 * half
        if total > 5:
            value = value / total * 5
        if value <= 5:
            candidates.append((match.start(), round(value, 2)))
            break
    scaled = [start for start, _ in candidates]  # ("Score 2 out of 10": its scale says it)
    for pattern in (_STARS, _RATED):
        for match in pattern.finditer(text):
            value = to_number(match.group(1))
            if any(match.start() <= at < match.end() for at in scaled):
                continue
            if value is not None and 0 <= value <= 5:
                candidates.append((match.start(), value))
                break
    note = _NOTE.search(text)
    if note:
        candidates.append((note.start(), round(6.0 - float(note.group(1).replace(",", ".")), 2)))
    grade = _GRADE.match(text.strip())
    if grade:
        candidates.append((0, _GRADES[grade.group(1).upper()]))
    if not candidates:
        return None
    return min(candidates)[1]


def verdict_in_line(text: str) -> float | None:
    """The score a line opens with, as a forum poster rates a clinic in prose: "9/10, only lost
    a point because ..." (never a score further into a sentence, which may be anyone's)."""
    match = _VERDICT.match(text.strip())
    if not match:
        return None
    value, best = to_number(match.group(1)), float(match.group(2))
    if value is None or value > best:
        return None
    return round(value / best * 5, 2)


def rating_in_attributes(attrs: dict[str, str]) -> float | None:
    """A rating carried by attributes: aria-label/title text, data-rating, class 'a-star-4-5'."""
    for key in ("aria-label", "title", "alt", "data-rating", "data-score", "content", "value"):
        value = attrs.get(key)
        if not value:
            continue
        found = rating_in_text(value)
        if found is None and key in ("data-rating", "data-score", "content", "value"):
            found = scale(value)
        if found is not None:
            return found
    for token in (attrs.get("class") or "").split():
        match = _CLASS_STARS.search(token)
        if match:
            whole = int(match.group(1))
            value = whole + int(match.group(2)) / 10 if match.group(2) else float(whole)
            if value > 5 and not match.group(2):
                value = whole / 10 if whole <= 50 else value
            if 0 <= value <= 5:
                return value
    return None


def count_in_text(text: str) -> int | None:
    """The number of reviews or ratings a text gives ("based on 17 reviews")."""
    match = _COUNT.search(text or "")
    return count(match.group(1)) if match else None
