"""The learned review reader on labelled passages, and how its findings are used.

Each round's figures (tests/data/vetting/README.md) are kept as floors that can only rise:
the reader's and, beside them, the rules' alone (the baseline). Rounds 10 and 11's second
half were never trained or tuned on; nor was the real reviews' holdout in ../shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REALDATA
from test_reader_encoder import needs_reader

from vetting import rules as R
from vetting.model import ReviewFact
from vetting.reader.evaluate import Figures, evaluate
from vetting.reader.examples import load
from vetting.reader.reader import get_reader
from vetting.reader.reading import Found, ReviewReading
from vetting.reviews import ReadReview

DATA = Path(__file__).parent / "data" / "vetting"

# file -> (reader flags P, R, ease P, R), (rules alone: the same): each measured figure less
# 0.01 or less (README's table, rounded to 0.001).
FLOORS: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "review_passages.jsonl": ((0.98, 0.98, 0.99, 0.96), (0.98, 0.97, 0.99, 0.95)),
    "round5_dev.jsonl": ((0.99, 0.99, 0.99, 0.97), (0.99, 0.99, 0.99, 0.97)),
    "round5_holdout.jsonl": ((0.99, 0.82, 0.99, 0.82), (0.91, 0.69, 0.99, 0.65)),
    "round6_dev.jsonl": ((0.99, 0.94, 0.99, 0.97), (0.96, 0.92, 0.99, 0.93)),
    "round6_holdout.jsonl": ((0.92, 0.89, 0.95, 0.86), (0.91, 0.75, 0.95, 0.74)),
    "round7_dev.jsonl": ((0.97, 0.95, 0.99, 0.94), (0.97, 0.95, 0.97, 0.93)),
    "round7_holdout.jsonl": ((0.99, 0.84, 0.96, 0.85), (0.96, 0.81, 0.96, 0.8)),
    "round8_dev.jsonl": ((0.99, 0.85, 0.97, 0.73), (0.92, 0.85, 0.97, 0.71)),
    "round8_holdout.jsonl": ((0.99, 0.68, 0.92, 0.48), (0.99, 0.5, 0.89, 0.33)),
    "round9_w09.jsonl": ((0.92, 0.76, 0.92, 0.73), (0.84, 0.6, 0.89, 0.5)),
    "round9_w10.jsonl": ((0.92, 0.83, 0.91, 0.7), (0.84, 0.66, 0.87, 0.44)),
    "round9_w11.jsonl": ((0.94, 0.77, 0.9, 0.75), (0.87, 0.65, 0.86, 0.52)),
    "round9_w12.jsonl": ((0.92, 0.78, 0.91, 0.74), (0.79, 0.6, 0.87, 0.47)),
    "round11_w15a.jsonl": ((0.88, 0.77, 0.91, 0.75), (0.68, 0.58, 0.89, 0.54)),
    "round10_w13.jsonl": ((0.94, 0.69, 0.86, 0.62), (0.88, 0.62, 0.89, 0.48)),
    "round10_w14.jsonl": ((0.86, 0.73, 0.82, 0.57), (0.78, 0.69, 0.88, 0.48)),
    "round11_w15b.jsonl": ((0.79, 0.74, 0.83, 0.59), (0.73, 0.65, 0.87, 0.5)),
    "round12_w16.jsonl": ((0.82, 0.81, 0.83, 0.69), (0.7, 0.79, 0.89, 0.6)),
    "round12_w17.jsonl": ((0.82, 0.79, 0.73, 0.55), (0.74, 0.77, 0.77, 0.4)),
    "real_reviews.jsonl": ((0.56, 0.29, 0.89, 0.53), (0.26, 0.22, 0.88, 0.49)),
    "holdout.jsonl": ((0.41, 0.24, 0.82, 0.74), (0.35, 0.32, 0.91, 0.72)),
}


REAL = ("holdout.jsonl", "real_reviews.jsonl")  # read in place from ../shared/realdata


def _path(name: str) -> Path:
    return REALDATA / "reviews" / name if name in REAL else DATA / name


def _figures(f: Figures) -> tuple[float, ...]:
    return (f.flags.precision(), f.flags.recall(), f.ease.precision(), f.ease.recall())


@needs_reader
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_round_keeps_its_floors(name: str) -> None:
    path = _path(name)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/realdata is absent)")
    passages = load([path])
    read, rules = _figures(evaluate(passages, get_reader())), _figures(evaluate(passages))
    print(f"\n{name}: reader {read}, rules {rules}")
    want_read, want_rules = FLOORS[name]
    assert all(got >= want for got, want in zip(read, want_read, strict=True)), read
    assert all(got >= want for got, want in zip(rules, want_rules, strict=True)), rules


def _review(found_by: str, rating: float | None, independent: bool = True) -> ReadReview:
    reading = ReviewReading("test", flags={"migration": Found("The dots spread.", found_by, 0.99)})
    fact = ReviewFact(
        body="The dots spread.",
        url="http://127.0.0.1/r",
        independent=independent,
        source="reviews",
        rating=rating,
        reading=reading.to_json(),
    )
    return ReadReview(fact, weight=1.0)


@pytest.mark.parametrize("rating", [1.0, 2.0, 3.0, None])
def test_a_complication_the_model_alone_saw_counts_in_a_poor_or_unrated_review(
    rating: float | None,
) -> None:
    assert set(_review("model", rating).flags) == {"migration"}


@pytest.mark.parametrize("rating", [4.0, 5.0])
def test_a_complication_the_model_alone_saw_in_a_good_review_is_not_counted(rating: float) -> None:
    assert _review("model", rating).flags == {}
    assert set(_review("both", rating).flags) == {"migration"}  # the rules saw it too
    assert set(_review("rules", rating).flags) == {"migration"}


def test_a_complication_the_model_alone_saw_in_an_own_site_testimonial_is_not_counted() -> None:
    assert _review("model", None, independent=False).flags == {}
    assert set(_review("rules", None, independent=False).flags) == {"migration"}


@needs_reader
def test_the_model_never_overrules_a_denial() -> None:
    reading = get_reader().read("Not a hint of infection, and fresh needles every session.")
    assert "infection" not in reading.flags


@needs_reader
def test_the_readers_version_names_its_heads_and_its_rules() -> None:
    version = get_reader().version
    assert version.startswith("minilm-mlp-") and "+rules-" in version


@needs_reader
@pytest.mark.slow
def test_how_we_score_gives_the_figures_measured_on_unseen_writers() -> None:
    passages = load([DATA / "round10_w13.jsonl", DATA / "round10_w14.jsonl"])
    read, rules = _figures(evaluate(passages, get_reader())), _figures(evaluate(passages))
    shown_read = (
        R.READER_FLAGS_PRECISION,
        R.READER_FLAGS_RECALL,
        R.READER_EASE_PRECISION,
        R.READER_EASE_RECALL,
    )
    shown_rules = (
        R.RULES_FLAGS_PRECISION,
        R.RULES_FLAGS_RECALL,
        R.RULES_EASE_PRECISION,
        R.RULES_EASE_RECALL,
    )
    for shown, measured in ((shown_read, read), (shown_rules, rules)):
        assert all(0 <= m - s < 0.02 for s, m in zip(shown, measured, strict=True)), measured
