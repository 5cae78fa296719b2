"""People's search text to query clauses: plain words and quoted phrases, never syntax.

Nothing a user types is parsed as query syntax: parentheses, colons, wildcards, ranges
and operators are just punctuation between words. Each word or phrase becomes a clause,
which index.ranking matches in every text field with the field's boost. A synonym
becomes its canonical word ("scalp micro pigmentation" searches for "smp", which the
index adds wherever any form appears), and a word no document contains is replaced by
the nearest word the index does contain (typo tolerance).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from index.analysis import SYNONYMS
from index.documents import stem, unstemmed_words

MAX_QUERY_CHARS = 500  # longer text is cut here (a query is a few words, not a page)
MAX_CLAUSES = 16

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"'})


class Speller(Protocol):
    def known(self, stemmed: str) -> bool: ...
    def correct(self, word: str) -> tuple[str, str] | None: ...


@dataclass
class Clause:
    """One word or phrase of the query; it matches when any alternative does."""

    label: str  # as the user wrote it (folded)
    alternatives: list[tuple[str, ...]]  # sequences of stems: one stem = a term, more = a phrase
    synonyms: bool = False  # a synonym's canonical word (never spell-corrected)
    known: bool = True  # False when no document contains any alternative


@dataclass
class ParsedQuery:
    clauses: list[Clause] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.clauses

    def terms(self) -> set[str]:
        """Every stem an alternative uses (what highlights mark)."""
        return {t for c in self.clauses for alt in c.alternatives for t in alt}

    def phrases(self) -> list[tuple[str, ...]]:
        return [alt for c in self.clauses for alt in c.alternatives if len(alt) > 1]


def clean_text(text: object) -> tuple[str, list[str]]:
    """User text without control characters, cut to MAX_QUERY_CHARS; with notes."""
    notes: list[str] = []
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = "".join(
        " " if unicodedata.category(ch)[0] == "C" else ch for ch in text[: MAX_QUERY_CHARS * 4]
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        cut = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or text[:MAX_QUERY_CHARS]
        notes.append(f"Your search was shortened to its first {len(cut)} characters.")
        text = cut
    return text, notes


def split_phrases(text: str) -> list[tuple[bool, str]]:
    """(is_phrase, text) segments; an unmatched quote makes the rest plain words."""
    text = text.translate(_QUOTES)
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in re.finditer(r'"([^"]*)"', text):
        if m.start() > pos:
            out.append((False, text[pos : m.start()]))
        out.append((True, m.group(1)))
        pos = m.end()
    rest = text[pos:].replace('"', " ")
    if rest.strip():
        out.append((False, rest))
    return [(p, s) for p, s in out if s.strip()]


def parse(text: object, speller: Speller | None = None) -> ParsedQuery:
    """Parse user text (never raises); unknown words are corrected or dropped with a note."""
    cleaned, notes = clean_text(text)
    parsed = ParsedQuery(notes=notes)
    for is_phrase, segment in split_phrases(cleaned):
        words = [w for w, _, _ in unstemmed_words(segment)]
        if not words:
            continue
        if is_phrase and len(words) > 1:
            parsed.clauses.append(_phrase_clause(segment, words))
        else:
            parsed.clauses.extend(_word_clauses(words))
    if len(parsed.clauses) > MAX_CLAUSES:
        parsed.clauses = parsed.clauses[:MAX_CLAUSES]
        parsed.notes.append(f"Only the first {MAX_CLAUSES} words of your search were used.")
    if speller is not None:
        _correct(parsed, speller)
    return parsed


def _word_clauses(words: list[str]) -> list[Clause]:
    clauses: list[Clause] = []
    i = 0
    while i < len(words):
        canonical, size = _synonym_at(words, i)
        if canonical:
            clauses.append(Clause(" ".join(words[i : i + size]), [(canonical,)], synonyms=True))
            i += size
        else:
            clauses.append(Clause(words[i], [(stem(words[i]),)]))
            i += 1
    return clauses


def _phrase_clause(segment: str, words: list[str]) -> Clause:
    canonical, size = _synonym_at(words, 0)
    if canonical and size == len(words):
        return Clause(" ".join(words), [(canonical,)], synonyms=True)
    return Clause(" ".join(words), [tuple(stem(w) for w in words)])


def _synonym_at(words: list[str], i: int) -> tuple[str | None, int]:
    """The canonical word of the longest synonym starting at words[i], and its length.

    The index holds the canonical word wherever a synonym appears, so the clause is that
    one word ("scalp micro pigmentation" and "SMP" both search for "smp").
    """
    best: tuple[str | None, int] = (None, 0)
    for canonical, members in SYNONYMS.items():
        for member in [(canonical,), *members]:
            n = len(member)
            if n > best[1] and tuple(words[i : i + n]) == member:
                best = (canonical, n)
    return best


def _correct(parsed: ParsedQuery, speller: Speller) -> None:
    fixed: list[str] = []
    unknown: list[str] = []
    for clause in parsed.clauses:
        alternatives: list[tuple[str, ...]] = []
        for alt in clause.alternatives:
            if all(speller.known(t) for t in alt):
                alternatives.append(alt)
            elif not clause.synonyms:
                repaired = _repair(alt, clause.label.split(), speller)
                if repaired is not None:
                    alternatives.append(repaired[0])
                    fixed.append(repaired[1])
        if alternatives:
            clause.alternatives = list(dict.fromkeys(alternatives))
        else:
            clause.known = False
            unknown.append(clause.label)
    if fixed:
        shown = ", ".join(f'"{f}"' for f in dict.fromkeys(fixed))
        parsed.notes.append(f"Showing results for {shown}.")
    if unknown:
        shown = ", ".join(f'"{u}"' for u in unknown)
        parsed.notes.append(f"No practitioner mentions {shown}.")


def _repair(
    alt: tuple[str, ...], words: list[str], speller: Speller
) -> tuple[tuple[str, ...], str] | None:
    """The alternative with each unknown stem replaced by a correction, and how it reads."""
    stems: list[str] = []
    shown: list[str] = []
    for i, term in enumerate(alt):
        word = words[i] if len(words) == len(alt) else term
        if speller.known(term):
            stems.append(term)
            shown.append(word)
            continue
        correction = speller.correct(word)
        if correction is None:
            return None
        stems.append(correction[1])
        shown.append(correction[0])
    return tuple(stems), " ".join(shown)
