"""Read a review: what it reports, each label with its quoted sentence, who found it, how sure.

The rules (vetting.detectors) and the learned model each label the review's own sentences;
the trained heads say, label by label, how the two combine (vetting.reader.heads). Every
label keeps the sentence that carries it, whether the rules found it ("rules"), the model
("model", with its probability) or both.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from vetting.detectors import detect_denials
from vetting.vocabulary import EASE_NEGATIVE, EASE_POSITIVE, FLAGS

from .heads import Heads, shipped_heads
from .reading import Found, ReviewReading, add_rules, rules_version
from .sentences import meets, own_sentences


class Reader:
    """The rules and the learned model together, as the heads combine them."""

    def __init__(self, heads: Heads | None = None, encoder: Any = None) -> None:
        self.heads = heads or shipped_heads()
        if encoder is None:
            from .encoder import get_encoder

            encoder = get_encoder()
        self.encoder = encoder
        self.version = version_of(self.heads)

    def read(self, text: str) -> ReviewReading:
        return self.read_many([text])[0]

    def read_many(self, texts: Sequence[str]) -> list[ReviewReading]:
        """Readings of many reviews, their sentences encoded in shared batches."""
        sentences = [own_sentences(t) for t in texts]
        flat = [s.text for group in sentences for s in group]
        probabilities = self.heads.probabilities(self.encoder.encode(flat)) if flat else None
        out: list[ReviewReading] = []
        row = 0
        for text, group in zip(texts, sentences, strict=True):
            rules = ReviewReading(self.version)
            add_rules(rules, text)
            reading = ReviewReading(self.version, correction=rules.correction)
            probs = probabilities[row : row + len(group)] if probabilities is not None else []
            row += len(group)
            denied = detect_denials(text)
            for j, label in enumerate(self.heads.labels):
                part, ruled = _part(reading, rules, label)
                open_ = [i for i, sent in enumerate(group) if not meets(sent, denied.get(label))]
                best = max(open_, key=lambda i: probs[i][j], default=None)
                p = float(probs[best][j]) if best is not None else 0.0
                model = best is not None and p >= self.heads.thresholds[j]
                mode = self.heads.modes[j]
                checked = mode == "checked" and p >= self.heads.floor(j)
                if ruled is not None and (mode in ("rules", "or") or checked):
                    part[label] = Found(
                        ruled.quote, "both" if model else "rules", p if model else None
                    )
                elif model and mode in ("model", "or", "checked"):
                    part[label] = Found(group[best].text, "model", p)
            out.append(reading)
        return out


def version_of(heads: Heads | None = None) -> str:
    """The version of the readings made with these heads (default: the shipped ones) and
    today's rules; a stored reading of another version is read again."""
    return f"{(heads or shipped_heads()).version}+rules-{rules_version()}"


def _part(
    reading: ReviewReading, rules: ReviewReading, label: str
) -> tuple[dict[str, Found], Found | None]:
    if label in FLAGS:
        return reading.flags, rules.flags.get(label)
    if label in EASE_POSITIVE:
        return reading.positive, rules.positive.get(label)
    if label in EASE_NEGATIVE:
        return reading.negative, rules.negative.get(label)
    raise KeyError(label)


_lock = threading.Lock()
_reader: Reader | None = None


def get_reader() -> Reader:
    """This process's reader, loaded on first use (model file checked then)."""
    global _reader
    with _lock:
        if _reader is None:
            _reader = Reader()
        return _reader
