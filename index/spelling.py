"""Typo tolerance from the index's own vocabulary.

A query word no document contains is compared with the words the index holds: the
unstemmed words of names, services, claims and places (the `words` field), and the
stems of every text field. The nearest by edit distance (transpositions count one)
wins, then the most documents; short words are never corrected.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from index.documents import TEXT_FIELDS, stem


def max_edits(word: str) -> int:
    """How many edits a word of this length may be from its correction."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 8 else 2


class IndexSpeller:
    """Knows which stems the index holds and suggests corrections (one per reader)."""

    def __init__(self, reader: object):
        self.reader = reader
        self._lock = threading.Lock()
        self._words: dict[str, dict[str, int]] | None = None  # first letter -> word -> df
        self._stems: dict[str, dict[str, int]] | None = None

    def known(self, stemmed: str) -> bool:
        return any(
            self.reader.doc_frequency(f, stemmed) > 0  # type: ignore[attr-defined]
            for f in TEXT_FIELDS
        )

    def correct(self, word: str) -> tuple[str, str] | None:
        """(the word as corrected, its stem), or None when nothing is near enough."""
        limit = max_edits(word)
        if limit == 0 or not word:
            return None
        words, stems = self._vocabulary()
        found: list[tuple[int, int, str, str]] = []  # (distance, -df, shown, stem)
        for shown, dist, df in _nearest(word, words.get(word[0], {}), limit):
            found.append((dist, -df, shown, stem(shown)))
        target = stem(word)
        for term, dist, df in _nearest(target, stems.get(target[0], {}), limit):
            found.append((dist, -df, term, term))
        if not found:
            return None
        _, _, shown, stemmed = min(found)
        return shown, stemmed

    def _vocabulary(self) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
        with self._lock:
            if self._words is None or self._stems is None:
                self._words = _lexicon(self.reader, ["words"])
                self._stems = _lexicon(self.reader, list(TEXT_FIELDS))
            return self._words, self._stems


def _lexicon(reader: object, fieldnames: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    schema = reader.schema  # type: ignore[attr-defined]
    for name in fieldnames:
        if name not in schema:
            continue
        for btext, info in reader.iter_field(name):  # type: ignore[attr-defined]
            text = btext.decode("utf-8") if isinstance(btext, bytes) else btext
            if len(text) < 3 or text.isdigit():
                continue
            bucket = out[text[0]]
            bucket[text] = bucket.get(text, 0) + info.doc_frequency()
    return dict(out)


def _nearest(word: str, bucket: dict[str, int], limit: int) -> list[tuple[str, int, int]]:
    if not bucket:
        return []
    matches = process.extract(
        word, bucket.keys(), scorer=OSA.distance, score_cutoff=limit, limit=20
    )
    return [(m, int(dist), bucket[m]) for m, dist, _ in matches if m != word]
