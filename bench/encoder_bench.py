"""Cost of the reader's sentence encoder: load time, sentences per second, peak memory.

    python bench/encoder_bench.py [--threads 2] [--words 15]

In one fresh process: import onnxruntime and tokenizers and load the pinned model (checking
its SHA-256s), then embed 2,000 texts of 15 words (consecutive words of
bench/encoder_sentences.txt) at batch 64, three times; the best run counts, in wall-clock
seconds. The peer is the same at batch 1. Peak RSS is the whole process's.
"""

from __future__ import annotations

import argparse
import itertools
import time

from common import REPO, Row, emit, peak_rss_mb

from vetting.reader.encoder import THREADS, Encoder

SENTENCES = REPO / "bench" / "encoder_sentences.txt"


def sample(words: int, count: int = 2000) -> list[str]:
    stream = itertools.cycle(SENTENCES.read_text(encoding="utf-8").split())
    return [" ".join(itertools.islice(stream, words)) for _ in range(count)]


def per_second(encoder: Encoder, texts: list[str], batch_size: int) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        encoder.encode(texts, batch_size=batch_size)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--words", type=int, default=15, help="words per text")
    args = parser.parse_args()
    started = time.perf_counter()
    encoder = Encoder(threads=args.threads)
    load = time.perf_counter() - started
    texts = sample(args.words)
    batched = per_second(encoder, texts, 64)
    single = per_second(encoder, texts[:300], 1)
    print(f"{len(texts)} texts of {args.words} words, {args.threads} threads")
    emit(
        [
            Row("reader encoder", "model load (imports, SHA-256 checks, session)", load, "s"),
            Row(
                "reader encoder",
                f"texts of {args.words} words embedded per second, batch 64",
                batched,
                "/s",
                peer="batch 1",
                peer_value=single,
                rss_mb=peak_rss_mb(),
            ),
        ]
    )


if __name__ == "__main__":
    main()
