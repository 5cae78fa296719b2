"""How a phrase the detectors found is read in its sentence and clause (vetting.cues)."""

from __future__ import annotations

import bisect
import re

from vetting import cues
from vetting.patterns import compile_one

# How many texts the detectors and name folding remember: scoring reads every review again
# for its quotes, and the same text always gives the same answer.
TEXT_CACHE = 16384

MAX_QUOTE = 300
NEG_REACH = 45  # characters a negation reaches forward within its clause
CAMOUFLAGE_REACH = 60  # characters either side of "scar" searched for camouflage words
CLAUSE_REACH = 200  # characters searched back for the start of a clause

_NEGATION = compile_one(cues.NEGATION)
_NOT_NEGATION = compile_one(cues.NOT_NEGATION)
_NEGATION_BREAK = compile_one(cues.NEGATION_BREAK)
_POST_NEGATION = compile_one(cues.POST_NEGATION)
_POST_HEDGE = compile_one(cues.POST_HEDGE)
_CLAUSE = compile_one(f"{cues.CONTRAST}|{cues.COMMA_CLAUSE}")
_CONTRAST = compile_one(cues.CONTRAST)
_HYPOTHETICAL = compile_one(cues.HYPOTHETICAL)
_CONDITIONAL = compile_one(cues.CONDITIONAL)
_EASE_HYPOTHETICAL = compile_one(cues.EASE_HYPOTHETICAL)
_AFFIRMATION = compile_one(cues.AFFIRMATION)
_ELSEWHERE = compile_one(cues.ELSEWHERE)
_TRADE_AT_LARGE = compile_one(cues.TRADE_AT_LARGE)
_THEY = compile_one(r"\bthey\b")
_MINE = compile_one(r"\b(?:my|mine|me)\b")
_OTHER_PRACTITIONER = compile_one(cues.OTHER_PRACTITIONER)
_OTHERS_WORDS = re.compile(cues.OTHERS_WORDS, re.IGNORECASE | re.MULTILINE)
_FIX = compile_one(cues.FIX)
_OWN_FIX = compile_one(cues.OWN_FIX)
_STILL = compile_one(r"\bstill\b")
_RESOLVED = compile_one(cues.RESOLVED)
_EXPECTED = compile_one(cues.EXPECTED)
_TRANSIENT = compile_one(cues.TRANSIENT)
_SCAR_CAMOUFLAGE = compile_one(cues.SCAR_CAMOUFLAGE)
_CAMOUFLAGE_TREATMENT = compile_one(cues.CAMOUFLAGE_TREATMENT)
_CAUSED_BY_WORK = compile_one(cues.CAUSED_BY_WORK)
_COMPLAINT_QUESTION = compile_one(cues.COMPLAINT_QUESTION)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Each sentence's (start, end) in text."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return list(zip([0, *ends[:-1]], ends, strict=True))


class Reading:
    """A text with its sentence boundaries, found once and only when needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[int] | None = None
        self._others: list[tuple[int, int]] | None = None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding position pos."""
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def is_others(self, pos: int) -> bool:
        """Whether pos lies in someone else's words quoted in the text (cues.OTHERS_WORDS)."""
        if self._others is None:
            low = self.text.lower()
            maybe = ">" in low or "respon" in low or "repl" in low  # skip the search if not
            self._others = [m.span() for m in _OTHERS_WORDS.finditer(self.text)] if maybe else []
        return any(lo <= pos < hi for lo, hi in self._others)

    def quote(self, start: int, end: int, s: int, e: int) -> str:
        """The sentence s..e around the phrase start..end, cut to MAX_QUOTE characters."""
        sentence = self.text[s:e].strip()
        if len(sentence) <= MAX_QUOTE:
            return sentence
        mid = (start + end) // 2
        lo = max(s, min(mid - MAX_QUOTE // 2, e - MAX_QUOTE + 2))
        hi = min(e, lo + MAX_QUOTE - 2)
        return f"…{self.text[lo:hi].strip()}…"


def clause_start(text: str, s: int, pos: int, rx: re.Pattern[str] = _CLAUSE) -> int:
    """Where the clause holding pos starts, within the sentence starting at s."""
    last = lo = max(s, pos - CLAUSE_REACH)
    for m in rx.finditer(text, lo, pos):
        last = m.end()
    return last


def is_negated(text: str, s: int, pos: int) -> bool:
    """Whether a negation in the same clause reaches the phrase starting at pos."""
    clause = clause_start(text, s, pos)
    lo = max(clause, pos - NEG_REACH)
    while lo > clause and text[lo - 1].isalnum():
        lo -= 1
    word = _WORD.match(text, pos)
    window = text[lo : word.end() if word else pos]
    window = _NOT_NEGATION.sub(lambda m: " " * len(m.group()), window)
    last = None
    for last in _NEGATION.finditer(window, 0, pos - lo):  # noqa: B007
        pass
    return last is not None and _NEGATION_BREAK.search(window, last.end()) is None


def is_denied_after(text: str, end: int, e: int) -> bool:
    """Whether the words right after the phrase deny it ("blurring hasn't been an issue")."""
    return bool(_POST_NEGATION.match(text, end, e) or _POST_HEDGE.match(text, end, e))


def is_hypothetical(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the phrase is feared, hedged or conditional rather than reported."""
    if _COMPLAINT_QUESTION.search(text[s:e]):
        return False
    clause = clause_start(text, s, start)
    sentence_part = clause_start(text, s, start, _CONTRAST)
    hedged = _HYPOTHETICAL.search(text, clause, start) or _CONDITIONAL.search(
        text, sentence_part, start
    )
    return bool(hedged) and _AFFIRMATION.search(text, end, e) is None


def is_expected(text: str, s: int, start: int) -> bool:
    """Whether a consultation complaint is only what the reviewer feared or expected."""
    return _EASE_HYPOTHETICAL.search(text, clause_start(text, s, start), start) is not None


def is_question(text: str, s: int, e: int) -> bool:
    """Whether the sentence asks rather than reports ("will it go blue?")."""
    sentence = text[s:e].rstrip().rstrip("\"'”’)]")
    return sentence.endswith("?") and not _COMPLAINT_QUESTION.search(sentence)


def names_another(text: str, s: int, e: int) -> bool:
    """Whether the sentence names another practitioner ("the first clinic I tried")."""
    return _OTHER_PRACTITIONER.search(text, s, e) is not None


def is_elsewhere(text: str, s: int, e: int, start: int, label: str) -> bool:
    """Whether the sentence puts the phrase on another practitioner's work, or a fix of it.

    Scars and burns belong to whoever treated the skin last, removal included.
    """
    if _ELSEWHERE.search(text, s, e):
        return True
    clause = clause_start(text, s, start)  # "... a lot of places get wrong because they go
    if (  # far too dark" (not "they made mine far too dark": the writer's own)
        _TRADE_AT_LARGE.search(text, s, e)
        and _THEY.search(text, clause, start)
        and not _MINE.search(text, clause, e)
    ):
        return True
    if label == "scarring":
        return False
    fix = None
    for fix in _FIX.finditer(text, s, start):  # noqa: B007
        pass
    if fix is None or _OWN_FIX.search(text, max(s, fix.start() - 30), fix.start()):
        return False
    return _STILL.search(text, fix.end(), start) is None


def is_resolved(text: str, s: int, e: int, end: int) -> bool:
    """Whether the reviewer says the effect settled, was fixed, or was expected while healing."""
    found = [*_RESOLVED.finditer(text, end, e)]
    if _TRANSIENT.search(text, s, e):
        # "First fortnight it was jet black. Now it has settled": the next sentence counts.
        after = _SENTENCE_END.search(text, e + 1)
        found += _EXPECTED.finditer(text, end, e)
        found += _RESOLVED.finditer(text, e, after.end() if after else len(text))
    return any(not is_negated(text, e if m.start() >= e else end, m.start()) for m in found)


def is_transient(text: str, s: int, e: int) -> bool:
    """Whether the sentence places the effect in the healing weeks ("for the first weeks")."""
    return _TRANSIENT.search(text, s, e) is not None


def says_resolved(text: str) -> bool:
    """Whether a passage says, unnegated, that something was put right."""
    return any(not is_negated(text, 0, m.start()) for m in _RESOLVED.finditer(text))


def is_camouflage(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether a scar is one the SMP hides rather than one it caused: camouflage words
    near it, or a review of a scar's camouflage whose scar sentence does not tie the scar
    to the work ("The scar from my cesarean section was a nightmare. After the Scar
    Camouflage treatment I finally feel free.")."""
    if _CAUSED_BY_WORK.search(text, s, e):
        return False
    lo, hi = max(s, start - CAMOUFLAGE_REACH), min(e, end + CAMOUFLAGE_REACH)
    return _SCAR_CAMOUFLAGE.search(text, lo, hi) is not None or is_camouflage_review(text)


def is_camouflage_review(text: str) -> bool:
    """Whether a review is of a scar's (or a mark's) camouflage."""
    return _CAMOUFLAGE_TREATMENT.search(text) is not None


def caused_by_work(text: str, s: int, e: int) -> bool:
    """Whether this sentence ties a scar to the work ("left me with new raised scars")."""
    return _CAUSED_BY_WORK.search(text, s, e) is not None
