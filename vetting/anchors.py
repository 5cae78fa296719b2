"""Run many regular expressions over a text fast: try each only where it can start.

Most detector patterns start with a word boundary and one of a few words ("rude",
"arrogant", ...). `leading_words` reads a compiled pattern's parse tree for those words
(or their first letters); `AnchorIndex` tokenises a text once and lists, for each
pattern, the word starts where a match could begin, so `rx.match(text, pos)` is tried
there instead of scanning every character. A pattern it cannot read this way is scanned
in full. The matches found are exactly those `rx.finditer` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# Lower-case ASCII, and the characters case-insensitive matching treats as ASCII letters;
# one character for one, so positions in the folded text are positions in the text.
_FOLD = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FOLD.update({0x212A: "k", 0x017F: "s", 0x0131: "i", 0x0130: "i"})
_TOKEN = re.compile(r"\w+")
_MAX_PREFIXES = 256
_MAX_BEGINNING = 4  # letters of an open word beginning worth indexing
_MAX_WORDS = 50_000  # distinct words whose patterns are remembered
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)

# A word beginning as the pattern spells it out: letters so far, and what comes next.
OPEN, WORD, CUT = "open", "word", "cut"  # more letters known to come | word ended | unknown
State = frozenset[tuple[str, str]]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _add_char(state: State, chars: list[str]) -> State:
    out = set()
    for prefix, mode in state:
        if mode != OPEN:
            out.add((prefix, mode))
            continue
        for ch in chars:
            out.add((prefix + ch, OPEN) if _is_word(ch) else (prefix, WORD))
    return frozenset(out)


def _cut(state: State) -> State:
    """Stop spelling: what follows is unknown, so the letters so far are only a beginning."""
    return frozenset((prefix, CUT if mode == OPEN else mode) for prefix, mode in state)


def _walk(items: list[tuple[object, object]], state: State) -> State:
    for op, av in items:
        if len(state) > _MAX_PREFIXES:
            return _cut(state)
        if not any(mode == OPEN for _, mode in state):
            return state
        state = _step(op, av, state)
    return state


def _step(op: object, av: object, state: State) -> State:
    if op is C.LITERAL:
        return _add_char(state, [chr(av).lower()])  # type: ignore[arg-type]
    if op is C.AT or op in _ZERO_WIDTH:
        return state
    if op is C.IN:
        items = list(av)  # type: ignore[call-overload]
        if all(o is C.LITERAL for o, _ in items):
            return _add_char(state, [chr(v).lower() for _, v in items])
        if items == [(C.CATEGORY, C.CATEGORY_SPACE)]:
            return _add_char(state, [" "])
        return _cut(state)
    if op is C.SUBPATTERN:
        return _walk(list(av[-1]), state)  # type: ignore[index]
    if op is C.BRANCH:
        out: set[tuple[str, str]] = set()
        for alternative in av[1]:  # type: ignore[index]
            out |= _walk(list(alternative), state)
        return frozenset(out)
    if op in _REPEATS:
        low, high, body = av  # type: ignore[misc]
        once = _walk(list(body), state)
        if high > 1:
            once = _cut(once)
        return once if low >= 1 else state | once
    return _cut(state)


def _starts_at_boundary(items: list[tuple[object, object]]) -> bool:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            return _starts_at_boundary(list(av[-1]))  # type: ignore[index]
        return op is C.AT and av is C.AT_BOUNDARY
    return False


def leading_words(rx: re.Pattern[str]) -> frozenset[tuple[str, bool]] | None:
    """How every match of rx starts: (lower-case word beginning, whether it is the whole word).

    None when the pattern does not start at a word boundary with known letters.
    """
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except (re.error, TypeError, ValueError):  # pragma: no cover - a parser change
        return None
    if not _starts_at_boundary(items):
        return None
    state = _walk(items, frozenset([("", OPEN)]))
    if any(not p or not p.isascii() for p, _ in state):
        return None
    return _shortest(state)


def _shortest(state: State) -> frozenset[tuple[str, bool]]:
    """Whole words, and the word beginnings that no shorter beginning already covers."""
    beginnings: list[str] = []
    for p in sorted((p for p, mode in state if mode != WORD), key=len):
        if not any(p.startswith(k) for k in beginnings):
            beginnings.append(p)
    whole = {
        p for p, mode in state if mode == WORD and not any(p.startswith(k) for k in beginnings)
    }
    return frozenset([(p, False) for p in beginnings] + [(p, True) for p in whole])


class AnchorIndex:
    """Where in a text each of many patterns could start a match."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.scan_all: set[int] = set()
        self._whole: dict[str, list[int]] = {}  # a whole first word -> patterns
        self._begins: dict[int, dict[str, list[int]]] = {}  # length -> beginning -> patterns
        for i, rx in enumerate(patterns):
            words = leading_words(rx)
            if words is None:
                self.scan_all.add(i)
                continue
            for word, whole in words:
                if whole:
                    self._whole.setdefault(word, []).append(i)
                else:
                    word = word[:_MAX_BEGINNING]
                    self._begins.setdefault(len(word), {}).setdefault(word, []).append(i)
        self._by_word: dict[str, tuple[int, ...]] = {}

    def _ids(self, word: str) -> tuple[int, ...]:
        """The patterns that could start at a word, remembered (words recur across texts)."""
        ids = set(self._whole.get(word, ()))
        for n, begins in self._begins.items():
            ids.update(begins.get(word[:n], ()))
        if len(self._by_word) >= _MAX_WORDS:
            self._by_word.clear()
        self._by_word[word] = found = tuple(sorted(ids))
        return found

    def starts(self, text: str) -> dict[int, list[int]]:
        """For each pattern worth trying, the sorted positions where a match could start."""
        found: dict[int, list[int]] = {}
        by_word = self._by_word
        for m in _TOKEN.finditer(text.translate(_FOLD)):
            word = m.group()
            ids = by_word.get(word)
            if ids is None:
                ids = self._ids(word)
            if ids:
                pos = m.start()
                for i in ids:
                    at = found.get(i)
                    if at is None:
                        found[i] = [pos]
                    else:
                        at.append(pos)
        return found

    def finditer(self, i: int, text: str, starts: dict[int, list[int]]) -> Iterator[re.Match[str]]:
        """The matches of pattern i in text, as `finditer` would give them."""
        rx = self.patterns[i]
        if i in self.scan_all:
            yield from rx.finditer(text)
            return
        done = 0
        for pos in starts.get(i, ()):
            if pos < done:
                continue
            m = rx.match(text, pos)
            if m:
                yield m
                done = max(m.end(), pos + 1)

    def wanted(self, i: int, starts: dict[int, list[int]]) -> bool:
        """Whether pattern i could match at all."""
        return i in starts or i in self.scan_all
