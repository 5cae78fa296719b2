"""A review's own sentences: where each begins and ends, someone else's quoted words left out.

The learned reader labels sentences, as the rules quote them; a line quoted from a forum
("> did it go blue?") or an owner's reply pasted under the review is not the reviewer's
report, whoever reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vetting.context import _OTHERS_WORDS, _SENTENCE_END

MAX_SENTENCE = 400  # characters read of one sentence (the encoder reads 128 tokens)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def meets(sentence: Sentence, spans: Iterable[tuple[int, int]] | None) -> bool:
    """Whether the sentence overlaps any of these (start, end) spans."""
    return any(s < sentence.end and sentence.start < e for s, e in spans or ())


def own_sentences(text: str) -> list[Sentence]:
    """The reviewer's own sentences of a text, in order."""
    others = [m.span() for m in _OTHERS_WORDS.finditer(text)] if _maybe_others(text) else []
    out: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add(out, text, start, match.end(), others)
        start = match.end()
    _add(out, text, start, len(text), others)
    return out


def _maybe_others(text: str) -> bool:
    low = text.lower()
    return ">" in low or "respon" in low or "repl" in low


def _add(
    out: list[Sentence], text: str, start: int, end: int, others: list[tuple[int, int]]
) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    s, e = start + lead, start + len(piece.rstrip())
    if e - s < 2 or any(lo <= s < hi for lo, hi in others):
        return
    out.append(Sentence(s, e, text[s : min(e, s + MAX_SENTENCE)]))
