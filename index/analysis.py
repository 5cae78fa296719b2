"""How text becomes index terms: one pass per text, the same at index and query time.

The steps are Whoosh's standard chain (RegexTokenizer | LowercaseFilter |
CharsetFilter(accent_map) | StopFilter | StemFilter), with two of our own between stop
words and stems: "micro pigment..." is joined into one word as the compound is usually
written, and after any synonym the canonical word is added at the same position, so a
query for any form is one term. Whoosh runs each step as a generator over the tokens;
doing them in one loop makes indexing two to three times faster, and the tests hold it
equal to the standard chain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

# Ways of saying the same thing, as words after joining "micro pigment...": wherever one
# appears the index also holds the canonical word.
SYNONYMS: dict[str, list[tuple[str, ...]]] = {
    "smp": [("scalp", "micropigmentation"), ("scalp", "pigmentation")],
    "undo": [("deracination",)],
}
WORD = re.compile(r"[\w\*]+(\.?[\w\*]+)*")  # Whoosh's default token pattern
MIN_WORD = 2  # shorter words are dropped with the stop words


class SmpAnalyzer(Tokenizer):
    """The whole analysis in one generator; each step can be switched off."""

    def __init__(self, stop: bool = True, synonyms: bool = True, stem: bool = True):
        self.stop = stop
        self.synonyms = synonyms
        self.stem = stem
        self._single = {m[0]: c for c, ms in SYNONYMS.items() for m in ms if len(m) == 1}
        self._pairs: dict[str, dict[str, str]] = {}
        for canonical, members in SYNONYMS.items():
            for member in members:
                if len(member) == 2:
                    self._pairs.setdefault(member[0], {})[member[1]] = canonical
        self._stems: dict[str, str] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SmpAnalyzer) and (self.stop, self.synonyms, self.stem) == (
            other.stop,
            other.synonyms,
            other.stem,
        )

    def __hash__(self) -> int:
        return hash((self.stop, self.synonyms, self.stem))

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_stems"}  # the cache stays

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._stems = {}

    def has_morph(self) -> bool:
        return self.stem

    def stem_word(self, word: str) -> str:
        stemmed = self._stems.get(word)
        if stemmed is None:
            stemmed = self._stems[word] = porter_stem(word)
        return stemmed

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        no_morph: bool = False,
        **kwargs: Any,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        stem = self.stem and not no_morph
        pos: int | None = None
        pending: tuple[str, int, int, int] | None = None  # a possible synonym's first word
        for word, raw_pos, start, end in self._words(value):
            stopped = self.stop and (len(word) < MIN_WORD or word in STOP_WORDS)
            if stopped and removestops:
                continue
            if not stopped:  # StopFilter's numbering: the first word keeps its place
                pos = raw_pos if pos is None else pos + 1
            here = raw_pos if pos is None or stopped else pos
            canonical = None
            if self.synonyms and not stopped:
                if pending is not None:
                    canonical = self._pairs[pending[0]].get(word)
                    first_start = pending[2]
                    pending = None
                if word in self._pairs:
                    pending = (word, here, start, end)
                elif canonical is None and word in self._single:
                    canonical, first_start = self._single[word], start
            yield self._token(
                t,
                word,
                stem,
                stopped,
                here,
                start + start_char,
                end + start_char,
                start_pos,
                keeporiginal,
            )
            if canonical is not None:
                yield self._token(
                    t,
                    canonical,
                    stem,
                    False,
                    here,
                    first_start + start_char,
                    end + start_char,
                    start_pos,
                    keeporiginal,
                )

    def _token(
        self,
        t: Token,
        word: str,
        stem: bool,
        stopped: bool,
        pos: int,
        start: int,
        end: int,
        start_pos: int,
        keeporiginal: bool,
    ) -> Token:
        t.text = self.stem_word(word) if stem and not stopped else word
        t.boost = 1.0
        t.stopped = stopped
        if keeporiginal:
            t.original = word
        if t.positions:
            t.pos = start_pos + pos
        if t.chars:
            t.startchar = start
            t.endchar = end
        return t

    def _words(self, value: str) -> Iterator[tuple[str, int, int, int]]:
        """(word, position, start, end): lower case, accents folded, "micro pigment" joined."""
        pending: tuple[str, int, int] | None = None
        pos = 0
        for match in WORD.finditer(value):
            word = match.group(0).lower()
            if not word.isascii():
                word = word.translate(accent_map)
            if pending is not None:
                if word.startswith("pigment"):
                    yield "micro" + word, pos, pending[1], match.end()
                    pos += 1
                    pending = None
                    continue
                yield pending[0], pos, pending[1], pending[2]
                pos += 1
                pending = None
            if word == "micro":
                pending = (word, match.start(), match.end())
                continue
            yield word, pos, match.start(), match.end()
            pos += 1
        if pending is not None:
            yield pending[0], pos, pending[1], pending[2]
