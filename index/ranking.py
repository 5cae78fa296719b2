"""Match and score a parsed query by reading Whoosh's posting blocks directly.

Whoosh's matcher tree costs several microseconds of Python per posting and scores with
BM25F, which looks up every document's field length; a query for "smp" touches most of
the index. Here each term's postings are read a block at a time (ids and weights come
decoded together) and scores accumulate in a dict: a fraction of a microsecond each.

Score of a document: the sum over query clauses, fields and alternatives of
`field boost x idf x tf / (tf + K)` (BM25 without length normalisation; phrases count
their occurrences as tf). Clauses are all required, or any (`require_all=False`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from whoosh.matching.wrappers import FilterMatcher

from index.doctable import DocTable
from index.documents import FIELD_BOOSTS
from index.query import ParsedQuery

K = 1.2  # term-frequency saturation
Scores = dict[int, float]


def rank(
    searcher: Any, table: DocTable, parsed: ParsedQuery, require_all: bool = True
) -> list[int]:
    """The live documents matching the query, best first (ties: best grade first)."""
    clauses = [c for c in parsed.clauses if c.known]
    if not clauses:
        return []
    reader = searcher.reader()
    total = max(1, reader.doc_count_all())
    leaves = reader.leaf_readers()
    results: list[Scores] = []
    for clause in clauses:
        scores: Scores = {}
        for alt in clause.alternatives:
            if len(alt) == 1:
                _term(reader, leaves, alt[0], total, scores)
            else:
                _phrase(reader, leaves, alt, total, scores)
        results.append(scores)
    combined = _combine(results, require_all)
    facts = table.facts
    grade = table.rank("grade")
    # Best score first; among equal scores, the better grade (a rank below 1e5 moves a
    # score by under 1e-4, which only orders ties).
    order = {n: -s + grade[n] * 1e-9 for n, s in combined.items() if n < len(facts) and facts[n]}
    return sorted(order, key=order.__getitem__)


def _combine(results: list[Scores], require_all: bool) -> Scores:
    if require_all:
        results = sorted(results, key=len)
        combined = dict(results[0])
        for scores in results[1:]:
            combined = {n: s + scores[n] for n, s in combined.items() if n in scores}
        return combined
    combined = {}
    for scores in results:
        for n, s in scores.items():
            combined[n] = combined.get(n, 0.0) + s
    return combined


def _idf(reader: Any, field: str, term: str, total: int) -> float:
    df = reader.doc_frequency(field, term)
    return math.log(1 + (total - df + 0.5) / (df + 0.5)) if df else 0.0


def _term(reader: Any, leaves: list, term: str, total: int, scores: Scores) -> None:
    for field, boost in FIELD_BOOSTS.items():
        idf = _idf(reader, field, term, total)
        if not idf:
            continue
        factor = boost * idf
        for leaf, offset in leaves:
            if (field, term) not in leaf:
                continue
            get = scores.get
            saturated: dict[float, float] = {}  # weights repeat: 1.0, 2.0, ...
            for ids, weights, _ in _blocks(leaf.postings(field, term)):
                for n, w in zip(ids, weights, strict=True):
                    s = saturated.get(w)
                    if s is None:
                        s = saturated[w] = factor * w / (w + K)
                    n += offset
                    scores[n] = get(n, 0.0) + s


def _phrase(reader: Any, leaves: list, words: tuple[str, ...], total: int, scores: Scores) -> None:
    for field, boost in FIELD_BOOSTS.items():
        idfs = [_idf(reader, field, w, total) for w in words]
        if not all(idfs):
            continue
        factor = boost * sum(idfs)
        decode = reader.schema[field].format.decode_positions
        for leaf, offset in leaves:
            if not all((field, w) in leaf for w in words):
                continue
            postings = [_values(leaf.postings(field, w)) for w in words]
            common = set(postings[0]).intersection(*postings[1:])
            for n in common:
                found = _occurrences([decode(p[n]) for p in postings])
                if found:
                    scores[n + offset] = scores.get(n + offset, 0.0) + factor * found / (found + K)


def _occurrences(positions: list[list[int]]) -> int:
    """How often the words appear in order, one after another."""
    later = [set(p) for p in positions[1:]]
    return sum(1 for start in positions[0] if all(start + i + 1 in s for i, s in enumerate(later)))


def _values(matcher: Any) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for ids, _, values in _blocks(matcher, with_values=True):
        out.update(zip(ids, values, strict=True))
    return out


def _blocks(matcher: Any, with_values: bool = False) -> Iterator[tuple[Any, Any, Any]]:
    """(ids, weights, values) a block at a time; deleted documents are left in."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child  # deletions are dropped against the document table
    if not hasattr(matcher, "_read_ids"):  # an inlined or in-memory posting list
        ids, weights, values = [], [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            values.append(matcher.value() if with_values else None)
            matcher.next()
        yield ids, weights, values
        return
    # Whoosh 2.7's block reader (W3LeafMatcher): its per-block arrays, without the
    # per-posting method calls.
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        if with_values:
            matcher._read_values()
        yield matcher._ids, matcher._weights, matcher._values if with_values else None
        matcher._next_block()
