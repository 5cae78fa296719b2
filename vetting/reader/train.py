"""Train the reader's heads from the labelled passages: `smpvet train-reader`.

Reproducible: a fixed seed, the passages of tests/data/vetting (never the files of held-out
rounds, HOLDOUT_FILES) and, where ../shared is present, the real client reviews' working
file (read in place, never copied). For each label the threshold and the way it combines
with the rules are chosen on writers left out in turn (grouped folds): the model must
earn its place on a writer it was not trained on. The heads and a card (CARD.md) with the
data, seed, figures and date are written beside this module.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from vetting.detectors import detect_denials, detect_ease, detect_flags

from .examples import LABELS, Example, Passage, examples, load
from .heads import Heads
from .sentences import meets, own_sentences

SEED = 13
HOLDOUT_FILES = ("round10_", "round11_w15b", "round12_")  # scored, never trained or tuned on
TARGET_PRECISION = 0.92  # a label's threshold is the one with the most recall at this
HIDDEN = 256
L2 = 1e-4
STEPS = 300
LEARNING_RATE = 0.01
THRESHOLDS = (*(round(x, 2) for x in np.arange(0.30, 0.99, 0.02)), 0.99, 0.995, 0.998, 0.999)
FLOORS = (0.001, 0.003, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5)  # "checked" mode: the model's check


@dataclass
class Report:
    passages: int
    sentences: int
    files: list[str]
    folds: list[str]
    per_label: dict[str, dict[str, float | str]] = field(default_factory=dict)


def training_files(data: Path, realdata: Path | None) -> list[Path]:
    files = [p for p in sorted(data.glob("*.jsonl")) if not p.name.startswith(HOLDOUT_FILES)]
    real = realdata / "reviews" / "real_reviews.jsonl" if realdata else None
    if real is not None and real.exists():
        files.append(real)
    return files


def fold_of(p: Passage, path_writer: str) -> str:
    """Folds by writer: the early rounds were one writer's; later rounds one writer each."""
    if p.writer.startswith("w") and p.writer[1:].isdigit():
        return p.writer
    if path_writer.startswith(("review_passages", "round5", "round6")):
        return "early"
    return path_writer.split("_")[0]


@dataclass
class Fitted:
    """A trained network: a hidden ReLU layer, then one output per label."""

    hidden_weights: NDArray[np.float32]
    hidden_bias: NDArray[np.float32]
    weights: NDArray[np.float32]
    bias: NDArray[np.float32]

    def heads(
        self, thresholds: NDArray, modes: tuple[str, ...], meta: dict, floors: NDArray | None = None
    ) -> Heads:
        """The shipped form; its version changes with anything that changes a reading."""
        floors = np.zeros(len(LABELS)) if floors is None else floors
        parts = (self.hidden_weights, self.weights, self.bias, thresholds, floors)
        blob = b"".join(np.asarray(a, dtype=np.float32).tobytes() for a in parts)
        blob += "|".join(modes).encode()
        return Heads(
            labels=LABELS,
            weights=self.weights,
            bias=self.bias,
            thresholds=np.asarray(thresholds, dtype=np.float32),
            modes=tuple(modes),
            version=f"minilm-mlp-{hashlib.sha256(blob).hexdigest()[:12]}",
            meta=meta,
            hidden_weights=self.hidden_weights,
            hidden_bias=self.hidden_bias,
            floors=np.asarray(floors, dtype=np.float32),
        )


def fit_heads(x: NDArray[np.float32], rows: list[Example], seed: int = SEED) -> Fitted:
    """One network with a label per output, trained by Adam on the full batch: each label's
    classes balanced, its masked sentences left out of its loss."""
    rng = np.random.default_rng(seed)
    y = np.array([[label in r.positive for label in LABELS] for r in rows], dtype=np.float32)
    keep = np.array([[label not in r.masked for label in LABELS] for r in rows], dtype=np.float32)
    pos = np.maximum(1.0, (y * keep).sum(axis=0))
    neg = np.maximum(1.0, ((1 - y) * keep).sum(axis=0))
    total = keep.sum(axis=0)
    sample = keep * np.where(y > 0, total / (2 * pos), total / (2 * neg)) / np.maximum(total, 1.0)
    p = {
        "w1": rng.normal(0, 0.05, (x.shape[1], HIDDEN)).astype(np.float32),
        "b1": np.zeros(HIDDEN, dtype=np.float32),
        "w2": rng.normal(0, 0.05, (HIDDEN, len(LABELS))).astype(np.float32),
        "b2": np.zeros(len(LABELS), dtype=np.float32),
    }
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v = {k: np.zeros_like(v) for k, v in p.items()}
    for step in range(1, STEPS + 1):
        h = np.maximum(0.0, x @ p["w1"] + p["b1"])
        out = 1.0 / (1.0 + np.exp(-np.clip(h @ p["w2"] + p["b2"], -50, 50)))
        g = (out - y) * sample
        dh = (g @ p["w2"].T) * (h > 0)
        grads = {
            "w2": h.T @ g + L2 * p["w2"],
            "b2": g.sum(axis=0),
            "w1": x.T @ dh + L2 * p["w1"],
            "b1": dh.sum(axis=0),
        }
        for k, grad in grads.items():
            m[k] = 0.9 * m[k] + 0.1 * grad
            v[k] = 0.999 * v[k] + 0.001 * grad**2
            p[k] -= (
                LEARNING_RATE
                * (m[k] / (1 - 0.9**step))
                / (np.sqrt(v[k] / (1 - 0.999**step)) + 1e-8)
            )
    p["b2"][pos <= 1.0] = -50.0  # a label never seen: never found
    return Fitted(p["w1"], p["b1"], p["w2"].T.copy(), p["b2"])


def embed(texts: list[str], cache: Path | None) -> NDArray[np.float32]:
    """Sentence embeddings, cached on disk by the text's hash (training only)."""
    from .encoder import get_encoder

    store: dict[str, NDArray[np.float32]] = {}
    if cache is not None and cache.exists():
        data = np.load(cache, allow_pickle=False)
        store = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]  # noqa: S324 - a cache key
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in store}.items())
    if missing:
        vectors = get_encoder().encode([t for _, t in missing])
        store.update({k: v for (k, _), v in zip(missing, vectors, strict=True)})
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cache, keys=np.array(list(store)), vectors=np.stack(list(store.values())))
    return np.stack([store[k] for k in keys]).astype(np.float32)


def passage_scores(
    passages: list[Passage], sentence_probs: dict[str, list[NDArray[np.float32]]]
) -> dict[str, NDArray[np.float32]]:
    """Each passage's best sentence probability per label."""
    return {
        p.id: np.max(np.stack(sentence_probs[p.id]), axis=0)
        if sentence_probs.get(p.id)
        else np.zeros(len(LABELS), dtype=np.float32)
        for p in passages
    }


def _vetoes(passages: list[Passage]) -> list[NDArray[np.float32]]:
    """Per sentence (in examples' order), 0 for a label the rules found denied in it."""
    out = []
    for p in passages:
        denied = detect_denials(p.text)
        for s in own_sentences(p.text):
            mask = np.ones(len(LABELS), dtype=np.float32)
            for j, label in enumerate(LABELS):
                if meets(s, denied.get(label)):
                    mask[j] = 0.0
            out.append(mask)
    return out


def rules_labels(text: str) -> set[str]:
    positive, negative = detect_ease(text)
    return {d.label for d in [*detect_flags(text), *positive, *negative]}


def choose(
    label: str, passages: list[Passage], probs: dict[str, NDArray], ruled: dict[str, set[str]]
) -> tuple[str, float, float, dict[str, float]]:
    """The mode, threshold and floor for a label with the most recall at TARGET_PRECISION (else
    the best F0.5), on passages of writers the heads were not trained on."""
    j = LABELS.index(label)
    gold = np.array([label in p.labels for p in passages])
    rules = np.array([label in ruled[p.id] for p in passages])
    score = np.array([probs[p.id][j] for p in passages])
    best: tuple[tuple[float, float], str, float, float, dict[str, float]] | None = None
    candidates = [("rules", 1.0, 0.0, rules)]
    for t in THRESHOLDS:
        candidates += [("model", t, 0.0, score >= t), ("or", t, 0.0, rules | (score >= t))]
        for floor in FLOORS:
            candidates.append(("checked", t, floor, (rules & (score >= floor)) | (score >= t)))
    for mode, t, floor, found in candidates:
        tp = float((found & gold).sum())
        fp = float((found & ~gold).sum())
        fn = float((~found & gold).sum())
        precision = tp / (tp + fp) if tp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        beta2 = 0.25  # F0.5: where the target cannot be met, precision counts double
        f_half = (1 + beta2) * precision * recall / (beta2 * precision + recall) if tp else 0.0
        key = (1.0, recall) if precision >= TARGET_PRECISION else (0.0, f_half)
        figures = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "n": int(gold.sum()),
        }
        if best is None or key > best[0]:
            best = (key, mode, t, floor, figures)
    assert best is not None
    return best[1:]


def train(data: Path, realdata: Path | None, out: Path, cache: Path | None = None) -> Report:
    """Train, choose by grouped folds, fit on everything, and write heads and card."""
    files = training_files(data, realdata)
    passages: list[Passage] = []
    folds: dict[str, str] = {}
    for path in files:
        for p in load([path]):
            passages.append(p)
            folds[p.id] = fold_of(p, path.stem)
    rows = list(examples(passages))
    x = embed([r.text for r in rows], cache)
    by_fold: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_fold[folds[r.passage]].append(i)
    vetoes = _vetoes(passages)
    out_of_fold: dict[str, list[NDArray[np.float32]]] = defaultdict(list)
    for _fold, held in sorted(by_fold.items()):
        held_set = set(held)
        train_idx = [i for i in range(len(rows)) if i not in held_set]
        fitted = fit_heads(x[train_idx], [rows[i] for i in train_idx])
        heads = fitted.heads(np.full(len(LABELS), 0.5), ("model",) * len(LABELS), {})
        probs = heads.probabilities(x[held])
        for i, p in zip(held, probs, strict=True):
            out_of_fold[rows[i].passage].append(p * vetoes[i])
    scores = passage_scores(passages, out_of_fold)
    ruled = {p.id: rules_labels(p.text) for p in passages}
    report = Report(len(passages), len(rows), [f.name for f in files], sorted(by_fold))
    modes, thresholds, floors = [], [], []
    for label in LABELS:
        mode, t, floor, figures = choose(label, passages, scores, ruled)
        modes.append(mode)
        thresholds.append(t)
        floors.append(floor)
        report.per_label[label] = {"mode": mode, "threshold": t, "floor": floor, **figures}
    fitted = fit_heads(x, rows)
    meta = {
        "trained": datetime.now(UTC).date().isoformat(),
        "seed": SEED,
        "files": report.files,
        "passages": report.passages,
        "sentences": report.sentences,
        "folds": report.folds,
        "target_precision": TARGET_PRECISION,
        "per_label": report.per_label,
    }
    heads = fitted.heads(np.array(thresholds), tuple(modes), meta, np.array(floors))
    heads.save(out)
    return report


def passages_for(text: str) -> list[str]:
    """The sentences the reader reads in a text (for scripts that want to see them)."""
    return [s.text for s in own_sentences(text)]


if __name__ == "__main__":  # pragma: no cover - the CLI is `smpvet train-reader`
    import sys

    repo = Path(__file__).resolve().parents[2]
    shared = repo.parent / "shared" / "realdata"
    result = train(
        repo / "tests" / "data" / "vetting",
        shared if shared.is_dir() else None,
        Path(__file__).with_name("heads.npz"),
        cache=repo / "var" / "reader-embeddings.npz",
    )
    json.dump(result.per_label, sys.stdout, indent=1)
