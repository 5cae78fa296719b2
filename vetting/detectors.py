"""Find complications, consultation experience and listing signals in free text.

Regular expressions (vetting.patterns) find candidate phrases; each is then read in its
sentence and clause (vetting.context):

- negated ("no blue tint at all", "zero signs of infection") is not a flag, and a
  negated consultation phrase flips ("never felt rushed" is put-at-ease);
- fears, hedges and conditionals ("I was scared of it turning blue", "if it goes too
  deep") and plain questions ("will it go blue?") are not flags;
- another practitioner's work, or a fix of it ("I came here to fix my blue SMP from
  another clinic"), is not a flag against this one: `detect_correction` reports it as a
  sign of correction work instead;
- a healing effect the reviewer says settled or was fixed ("a bit dark at first but it
  softened") is not a flag, and nor is a scar that SMP camouflages.

Deterministic, no models; vetting.anchors tries each pattern only at the words where
it can start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from vetting import context as X
from vetting import cues, patterns
from vetting.anchors import AnchorIndex
from vetting.context import MAX_QUOTE, TEXT_CACHE, Reading

__all__ = [
    "MAX_QUOTE",
    "Detection",
    "clear_caches",
    "detect_correction",
    "detect_denials",
    "detect_ease",
    "detect_flags",
    "detect_signals",
    "labels",
]

# A negated consultation phrase means its opposite, where the vocabulary has one.
POSITIVE_WHEN_NEGATED = {
    "rushed": "put-at-ease",
    "pushy": "honest",
    "dismissive": "put-at-ease",
    "unanswered": "answered-questions",
}
NEGATIVE_WHEN_NEGATED = {
    "answered-questions": "unanswered",
    "explained-process": "unanswered",
}


@dataclass(frozen=True)
class Detection:
    """One label found in a text: the sentence quoted, and where the phrase is."""

    label: str
    quote: str  # the sentence containing the phrase, at most MAX_QUOTE characters
    start: int  # the phrase's span in the text
    end: int


_ROWS: list[re.Pattern[str]] = []  # every pattern of every table, numbered


class Table:
    """One table's patterns: their numbers in _ROWS, with their labels."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.rows: dict[int, tuple[str, re.Pattern[str]]] = {}
        for label, regexes in patterns.compile_all(table).items():
            for rx in regexes:
                self.rows[len(_ROWS)] = (label, rx)
                _ROWS.append(rx)
        self.ids = frozenset(self.rows)
        self.scan_all: frozenset[int] = frozenset()  # set once the index is built


_FLAG_RX = Table(patterns.FLAG_PATTERNS)
_POS_RX = Table(patterns.EASE_POS_PATTERNS)
_NEG_RX = Table(patterns.EASE_NEG_PATTERNS)
_SIGNAL_RX = Table(patterns.SIGNAL_PATTERNS)
_CORRECTION_RX = Table({"correction": [cues.CORRECTION]})
_INDEX = AnchorIndex(_ROWS)
for _t in (_FLAG_RX, _POS_RX, _NEG_RX, _SIGNAL_RX, _CORRECTION_RX):
    _t.scan_all = _t.ids & frozenset(_INDEX.scan_all)
PREFILTER = True  # tests switch it off to check it never changes a result


@lru_cache(maxsize=64)
def _starts(text: str) -> dict[int, list[int]]:
    """Where each pattern could match in a text (detect_flags and detect_ease share this)."""
    return _INDEX.starts(text)


@lru_cache(maxsize=64)
def _reading(text: str) -> Reading:
    """One text's sentences and quoted spans, found once for all the detectors."""
    return Reading(text)


Hit = tuple[str, int, int, int, int]  # label, phrase start, end, sentence start, end


def _scan(reading: Reading, table: Table) -> Iterator[Hit]:
    """Each match of each pattern of the table, in table order (the anchor index says where
    a pattern could start, so only those patterns are tried, and only there). Matches in
    someone else's words quoted in the text (a forum quote, an owner's reply) are left out."""
    text = reading.text
    if PREFILTER:
        starts = _starts(text)
        ids = sorted((starts.keys() & table.ids) | table.scan_all)
    else:
        starts, ids = None, sorted(table.ids)
    for i in ids:
        label, rx = table.rows[i]
        matches = rx.finditer(text) if starts is None else _INDEX.finditer(i, text, starts)
        for m in matches:
            start, end = m.span("k") if m.re.groupindex.get("k") and m.group("k") else m.span()
            if not reading.is_others(start):
                yield (label, start, end, *reading.sentence(start))


# An updated review: its update, then (or before) what it first said
_UPDATE = re.compile(
    r"\b(?:update[d]?|edit(?:ed)?)\s*(?:\d[\d/.-]*\s*)?[:\-–—]|\boriginal\s+review\b", re.I
)


@lru_cache(maxsize=TEXT_CACHE)
def _settled_by_update(text: str) -> frozenset[str]:
    """Labels an updated review says were put right ("UPDATE: ... the patchy fading on my
    crown is gone. Original review: my crown faded unevenly"): settled in its first part too."""
    update = _UPDATE.search(text)
    if not update:
        return frozenset()
    hits = list(_scan(_reading(text), _FLAG_RX))
    after = text[update.end() :]
    if not any(start >= update.end() for _label, start, *_ in hits) and X.says_resolved(after):
        # "UPDATE: after the last top-up it's completely even": all it complained of, put right
        return frozenset(label for label, *_ in hits if label in cues.RESOLVABLE)
    return frozenset(
        label
        for label, _start, end, s, e in hits
        if label in cues.RESOLVABLE and X.is_resolved(text, s, e, end)
    )


def _reported(text: str, hit: Hit) -> bool:
    """Whether a complication is reported as having happened, rather than denied or feared."""
    label, start, end, s, e = hit
    if label in _settled_by_update(text):
        return False
    if X.is_negated(text, s, start) or X.is_denied_after(text, end, e):
        return False
    if X.is_question(text, s, e) or X.is_hypothetical(text, s, e, start, end):
        return False
    if label in cues.RESOLVABLE and X.is_resolved(text, s, e, end):
        return False
    if (
        label in cues.TRANSIENT_ONLY
        and X.is_transient(text, s, e)
        and X.is_resolved(text, s, e, end)
    ):
        return False  # "a blue-grey tinge for the first couple of weeks ... it settled"
    return not (label == "scarring" and X.is_camouflage(text, s, e, start, end))


class _Found:
    """Detections, one per (label, sentence)."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.items: list[Detection] = []
        self._seen: set[tuple[str, int]] = set()

    def add(self, label: str, start: int, end: int, s: int, e: int) -> None:
        if (label, s) not in self._seen:
            self._seen.add((label, s))
            self.items.append(Detection(label, self.reading.quote(start, end, s, e), start, end))

    def has(self, label: str, s: int) -> bool:
        return (label, s) in self._seen

    def sorted(self) -> list[Detection]:
        return sorted(self.items, key=lambda d: (d.start, d.label))


def detect_flags(text: str) -> list[Detection]:
    """Complications (vocabulary.FLAGS) the text reports of this practitioner's work."""
    return list(_flags(text or ""))


@lru_cache(maxsize=TEXT_CACHE)
def _flags(text: str) -> tuple[Detection, ...]:
    found = _Found(_reading(text))
    for hit in _scan(found.reading, _FLAG_RX):
        if found.has(hit[0], hit[3]):
            continue  # this label is already found in this sentence
        if _reported(text, hit) and not X.is_elsewhere(text, hit[3], hit[4], hit[1], hit[0]):
            found.add(*hit)
    return tuple(found.sorted())


def detect_correction(text: str) -> list[Detection]:
    """Sentences about fixing another practitioner's bad work: a sign of correction services."""
    text = text or ""
    found = _Found(_reading(text))
    for hit in _scan(found.reading, _FLAG_RX):
        if _reported(text, hit) and X.is_elsewhere(text, hit[3], hit[4], hit[1], hit[0]):
            found.add("correction", *hit[1:])
    for hit in _scan(found.reading, _CORRECTION_RX):
        if not X.is_negated(text, hit[3], hit[1]):
            found.add(*hit)
    return found.sorted()


def detect_ease(text: str) -> tuple[list[Detection], list[Detection]]:
    """How the consultation felt: (EASE_POSITIVE detections, EASE_NEGATIVE detections)."""
    pos, neg = _ease(text or "")
    return list(pos), list(neg)


@lru_cache(maxsize=TEXT_CACHE)
def _ease(text: str) -> tuple[tuple[Detection, ...], tuple[Detection, ...]]:
    reading = _reading(text)
    pos, neg = _Found(reading), _Found(reading)
    for label, start, end, s, e in _scan(reading, _POS_RX):
        if X.is_negated(text, s, start):
            if label in NEGATIVE_WHEN_NEGATED:
                neg.add(NEGATIVE_WHEN_NEGATED[label], start, end, s, e)
        elif not X.is_question(text, s, e):
            pos.add(label, start, end, s, e)
    for label, start, end, s, e in _scan(reading, _NEG_RX):
        if X.is_negated(text, s, start):
            if label in POSITIVE_WHEN_NEGATED:
                pos.add(POSITIVE_WHEN_NEGATED[label], start, end, s, e)
        elif not (
            X.is_question(text, s, e)
            or X.is_expected(text, s, start)
            or X.names_another(text, s, e)  # another clinic's rush is not held against this one
        ):
            neg.add(label, start, end, s, e)
    return tuple(pos.sorted()), tuple(neg.sorted())


def detect_denials(text: str) -> dict[str, list[tuple[int, int]]]:
    """Sentences where a label's phrase is there but not reported: denied ("not a hint of
    infection"), feared, asked, hypothetical, settled, camouflaged, another's work, or in a
    consultation phrase negated or expected. The learned reader never overrules these."""
    return {k: list(v) for k, v in _denials(text or "").items()}


@lru_cache(maxsize=TEXT_CACHE)
def _denials(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    reading = _reading(text)
    out: dict[str, set[tuple[int, int]]] = {}
    for hit in _scan(reading, _FLAG_RX):
        label, start, _end, s, e = hit
        if not _reported(text, hit) or X.is_elsewhere(text, s, e, start, label):
            out.setdefault(label, set()).add((s, e))
    for label, start, _end, s, e in _scan(reading, _POS_RX):
        if X.is_negated(text, s, start) or X.is_question(text, s, e):
            out.setdefault(label, set()).add((s, e))
    for label, start, _end, s, e in _scan(reading, _NEG_RX):
        if (
            X.is_negated(text, s, start)
            or X.is_question(text, s, e)
            or X.is_expected(text, s, start)
            or X.names_another(text, s, e)
        ):
            out.setdefault(label, set()).add((s, e))
    if X.is_camouflage_review(text):  # the scars it names are those it treated
        for s, e in X.sentence_spans(text):
            if not X.caused_by_work(text, s, e):
                out.setdefault("scarring", set()).add((s, e))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def detect_signals(text: str) -> list[Detection]:
    """What a listing's own prose shows for step 3 (vocabulary.LISTING_SIGNALS)."""
    text = text or ""
    found = _Found(_reading(text))
    for hit in _scan(found.reading, _SIGNAL_RX):
        if not X.is_negated(text, hit[3], hit[1]):
            found.add(*hit)
    return found.sorted()


def clear_caches() -> None:
    """Forget the answers remembered by text (tests and benchmarks measure fresh reads)."""
    for cached in (_flags, _ease, _denials, _starts, _reading, _settled_by_update):
        cached.cache_clear()


def labels(detections: list[Detection]) -> list[str]:
    """The distinct labels of detections, in order of first appearance."""
    return list(dict.fromkeys(d.label for d in detections))
