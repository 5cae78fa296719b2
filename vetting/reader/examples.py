"""Labelled passages turned into labelled sentences, the unit the learned reader reads.

A passage's labels belong to the sentence that carries them: the one holding the quoted
evidence where the writer gave it (rounds 9 and later), the only sentence of a one-sentence
passage, or the sentence where the rules find that label. Where none of these says which
sentence carries a label, the passage's sentences are left out of that label's training
(a mask), never guessed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vetting.detectors import detect_ease, detect_flags
from vetting.vocabulary import EASE_NEGATIVE, EASE_POSITIVE, FLAGS

from .sentences import own_sentences

LABELS: tuple[str, ...] = (*FLAGS, *EASE_POSITIVE, *EASE_NEGATIVE)


@dataclass
class Passage:
    id: str
    text: str
    labels: set[str]
    evidence: dict[str, str] = field(default_factory=dict)
    writer: str = ""
    split: str = ""

    @classmethod
    def from_json(cls, row: dict, default_writer: str = "") -> Passage:
        labels = {
            *row.get("flags", []),
            *row.get("ease_positive", []),
            *row.get("ease_negative", []),
        }
        return cls(
            id=str(row["id"]),
            text=row["text"],
            labels=labels & set(LABELS),
            evidence=dict(row.get("evidence") or {}),
            writer=row.get("writer") or default_writer,
            split=row.get("split", ""),
        )


@dataclass
class Example:
    """One sentence, what it carries, and which labels it may train (the others masked)."""

    passage: str
    writer: str
    text: str
    positive: set[str]
    masked: set[str]


def load(paths: Iterable[Path]) -> list[Passage]:
    """Passages of these JSONL files; a file's writer is its name where a row gives none."""
    out: list[Passage] = []
    for path in paths:
        writer = path.stem
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(Passage.from_json(json.loads(line), writer))
    return out


def examples(passages: Iterable[Passage]) -> Iterator[Example]:
    """Every own sentence of every passage, with its labels located as the module says."""
    for p in passages:
        sentences = own_sentences(p.text)
        if not sentences:
            continue
        found = _rule_spans(p.text)
        carriers: dict[str, set[int]] = {}
        for label in p.labels:
            carriers[label] = _carriers(p, label, sentences, found)
        for i, s in enumerate(sentences):
            positive = {label for label, where in carriers.items() if i in where}
            masked = {label for label, where in carriers.items() if not where}
            yield Example(p.id, p.writer, s.text, positive, masked)


def _carriers(p: Passage, label: str, sentences: list, found: dict[str, list[int]]) -> set[int]:
    if len(sentences) == 1:
        return {0}
    quote = p.evidence.get(label)
    if quote:
        at = p.text.find(quote)
        if at >= 0:
            end = at + len(quote)
            return {i for i, s in enumerate(sentences) if s.start < end and at < s.end}
    spans = found.get(label, [])
    return {i for i, s in enumerate(sentences) for pos in spans if s.start <= pos < s.end}


def _rule_spans(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    positive, negative = detect_ease(text)
    for d in [*detect_flags(text), *positive, *negative]:
        out.setdefault(d.label, []).append(d.start)
    return out
