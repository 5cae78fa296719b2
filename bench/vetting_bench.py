"""Speed of the review detectors: reviews read per second, with their answer cache cleared.

    python bench/vetting_bench.py

Reviews of three to five passages from the labelled sets in tests/data/vetting (about
250 characters, like most on review sites) are read for complications (flags) and for
consultation experience (ease), three times; the best run counts, in CPU seconds. The
peer is a plain scan: every pattern tried at every word, without the anchor index.
"""

from __future__ import annotations

import json
import random
import time

from common import REPO, Row, emit, peak_rss_mb

from vetting import detectors

DATA = REPO / "tests" / "data" / "vetting"


def reviews(count: int = 1500) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    rnd = random.Random(7)
    return [" ".join(rnd.sample(texts, rnd.randint(3, 5))) for _ in range(count)]


def per_second(texts: list[str]) -> float:
    best = 0.0
    for _ in range(3):
        detectors.clear_caches()
        started = time.process_time()
        for text in texts:
            detectors.detect_flags(text)
            detectors.detect_ease(text)
        best = max(best, len(texts) / max(time.process_time() - started, 1e-9))
    return best


def main() -> None:
    texts = reviews()
    fast = per_second(texts)
    detectors.PREFILTER = False
    try:
        plain = per_second(texts[:300])
    finally:
        detectors.PREFILTER = True
    size = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} reviews of {size:.0f} characters on average")
    emit(
        [
            Row(
                "vetting",
                "review detectors (flags + ease), reviews/s",
                round(fast),
                "reviews/s",
                peer="every pattern at every word",
                peer_value=round(plain),
                target=">= 2,000 reviews/s",
                ok=fast >= 2000,
                rss_mb=round(peak_rss_mb()),
            )
        ]
    )


if __name__ == "__main__":
    main()
