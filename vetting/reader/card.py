"""The heads' card: what they were trained on, with which seed, and how they scored."""

from __future__ import annotations

from pathlib import Path

from .heads import load_heads


def write_card(heads_path: Path) -> Path:
    """Write CARD.md beside the heads from the metadata they carry."""
    heads = load_heads(heads_path)
    meta = heads.meta
    width = heads.hidden_weights.shape[1] if heads.hidden_weights is not None else 0
    folds = ", ".join(meta.get("folds", []))
    lines = [
        "# The review reader's heads",
        "",
        f"- version: `{heads.version}`, trained {meta.get('trained')} with seed {meta.get('seed')}",
        "- encoder: all-MiniLM-L6-v2, int8 ONNX (vetting/reader/MODEL.md), frozen",
        f"- heads: a hidden layer of {width} ReLU units, then one sigmoid output per label",
        f"- data: {meta.get('passages')} passages, {meta.get('sentences')} sentences, from "
        + ", ".join(f"`{f}`" for f in meta.get("files", [])),
        "- held out, never trained or tuned on: round 10 (writers 13 and 14), the second half"
        " of round 11 (writer 15) and the real reviews' holdout",
        f"- each label's mode and threshold chosen on writers left out in turn ({folds}):"
        f" the most recall at precision {meta.get('target_precision')}, else the best F0.5;"
        " 'checked': the model above its threshold, or the rules where the model gives at"
        " least the floor",
        "",
        "| label | mode | threshold | floor | P (left-out writers) | R | n |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, f in meta.get("per_label", {}).items():
        floor = f.get("floor", 0.0) if f["mode"] == "checked" else ""
        row = (label, f["mode"], f["threshold"], floor, f["precision"], f["recall"], f["n"])
        lines.append("| " + " | ".join(str(v) for v in row) + " |")
    card = heads_path.with_name("CARD.md")
    card.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return card
