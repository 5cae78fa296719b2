"""The trained heads: a small network over sentence embeddings, one output per label.

`heads.npz`, written by `smpvet train-reader` (vetting.reader.train) and checked into the
repository beside this module, holds the weights, each label's threshold and how the
label combines with the rules ("or": either finds it; "rules": the rules alone; "model":
the model alone; "checked": the model above its threshold, or the rules where the model
gives the label at least its floor), chosen by measurement on writers left out in turn.
CARD.md says what it was trained on and what it scores.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from numpy.typing import NDArray

HEADS_FILE = "heads.npz"
MODES = ("or", "rules", "model", "checked")


@dataclass(frozen=True)
class Heads:
    labels: tuple[str, ...]
    weights: NDArray[np.float32]  # (labels, width): the output layer
    bias: NDArray[np.float32]  # (labels,)
    thresholds: NDArray[np.float32]  # (labels,)
    modes: tuple[str, ...]  # per label, one of MODES
    version: str  # the reader's version: stored with every review it reads
    meta: dict[str, Any]
    hidden_weights: NDArray[np.float32] | None = None  # (dimension, width): a hidden layer
    hidden_bias: NDArray[np.float32] | None = None
    floors: NDArray[np.float32] | None = None  # (labels,): "checked" mode's check on the rules

    def probabilities(self, embeddings: NDArray[np.float32]) -> NDArray[np.float32]:
        """(sentences, labels) probabilities."""
        if len(embeddings) == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        features = embeddings
        if self.hidden_weights is not None and self.hidden_bias is not None:
            features = np.maximum(0.0, embeddings @ self.hidden_weights + self.hidden_bias)
        logits = np.clip(features @ self.weights.T + self.bias, -50.0, 50.0)
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)

    def mode(self, label: str) -> str:
        return self.modes[self.labels.index(label)]

    def threshold(self, label: str) -> float:
        return float(self.thresholds[self.labels.index(label)])

    def floor(self, j: int) -> float:
        """The least probability at which the rules' finding of label j stands."""
        return 0.0 if self.floors is None else float(self.floors[j])

    def save(self, path: Any) -> None:
        hidden = {}
        if self.hidden_weights is not None and self.hidden_bias is not None:
            hidden = {
                "hidden_weights": self.hidden_weights.astype(np.float32),
                "hidden_bias": self.hidden_bias.astype(np.float32),
            }
        np.savez_compressed(
            path,
            **hidden,
            labels=np.array(self.labels),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
            floors=(np.zeros(len(self.labels)) if self.floors is None else self.floors).astype(
                np.float32
            ),
            modes=np.array(self.modes),
            meta=np.array(json.dumps({**self.meta, "version": self.version}, sort_keys=True)),
        )


def load_heads(path: Any = None) -> Heads:
    """The heads shipped with the package (or those at `path`)."""
    source = path or resources.files("vetting.reader").joinpath(HEADS_FILE)
    with source.open("rb") if path is None else open(path, "rb") as handle:
        data = np.load(handle, allow_pickle=False)
        meta = json.loads(str(data["meta"]))
        return Heads(
            labels=tuple(str(x) for x in data["labels"]),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
            thresholds=data["thresholds"].astype(np.float32),
            modes=tuple(str(x) for x in data["modes"]),
            version=str(meta.get("version", "")),
            meta=meta,
            hidden_weights=data.get("hidden_weights", None),
            hidden_bias=data.get("hidden_bias", None),
            floors=data.get("floors", None),
        )


@lru_cache(maxsize=1)
def shipped_heads() -> Heads:
    return load_heads()
