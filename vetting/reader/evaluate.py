"""How well reviews are read: micro precision and recall on labelled passages, flags and
ease labels apart, the rules alone beside the learned reader (the baseline stays in view).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from vetting.vocabulary import FLAGS

from .examples import Passage
from .reader import Reader
from .reading import ReviewReading, by_rules

CHUNK = 256  # reviews encoded together
_FLAGS = frozenset(FLAGS)


@dataclass
class Tally:
    """Counts of (passage, label) pairs found rightly, wrongly, and missed."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, got: set[str], want: set[str]) -> None:
        self.tp.update(got & want)
        self.fp.update(got - want)
        self.fn.update(want - got)

    def precision(self) -> float:
        tp, fp = sum(self.tp.values()), sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self) -> float:
        tp, fn = sum(self.tp.values()), sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0

    def row(self) -> str:
        return f"{self.precision():.3f} / {self.recall():.3f}"


@dataclass
class Figures:
    flags: Tally = field(default_factory=Tally)
    ease: Tally = field(default_factory=Tally)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (id, label, fp|fn)


def labels_of(reading: ReviewReading) -> set[str]:
    return {*reading.flags, *reading.positive, *reading.negative}


def readings(texts: Sequence[str], reader: Reader | None) -> list[ReviewReading]:
    """Each text read by the reader, or by the rules alone where there is none."""
    if reader is None:
        return [by_rules(t) for t in texts]
    out: list[ReviewReading] = []
    for start in range(0, len(texts), CHUNK):
        out.extend(reader.read_many(texts[start : start + CHUNK]))
    return out


def evaluate(passages: Sequence[Passage], reader: Reader | None = None) -> Figures:
    """Figures for these passages read by `reader` (None: the rules alone)."""
    figures = Figures()
    for p, reading in zip(passages, readings([p.text for p in passages], reader), strict=True):
        got = labels_of(reading)
        figures.flags.add(got & _FLAGS, p.labels & _FLAGS)
        figures.ease.add(got - _FLAGS, p.labels - _FLAGS)
        figures.wrong += [(p.id, x, "fp") for x in sorted(got - p.labels)]
        figures.wrong += [(p.id, x, "fn") for x in sorted(p.labels - got)]
    return figures
