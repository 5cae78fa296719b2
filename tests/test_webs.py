"""The product on webs nobody on the project wrote the code for: stranger webs and real sites.

Each web is served on loopback, crawled and indexed by `smpvet` child processes and scored
against its reader's truth (tests/webtruth). The floors are each web's measured figures
(tests/data/webs/README.md), so they can only rise. The real clinic sites come from
../shared/realdata and are read in place; without them those tests skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REALDATA
from webtruth.score import Score
from webtruth.webs import crawl, real_sites, score, stranger_web

pytestmark = pytest.mark.slow
WEBS = Path(__file__).parent / "data" / "webs"

# Per web: figure -> lowest acceptable value (each measured figure rounded down to 0.05,
# README's table); counts -> highest acceptable count (as measured).
FLOORS: dict[str, dict[str, float]] = {
    "round1/a": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 1.00,
        "credentials found": 0.95,
        "credentials with holder": 0.95,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 1.00,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.95,
        "telephone": 1.00,
    },
    "round1/b": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 0.95,
        "credentials found": 1.00,
        "credentials with holder": 1.00,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 0.80,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.60,
        "telephone": 0.85,
    },
    "round2/a": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 0.95,
        "credentials found": 0.90,
        "credentials with holder": 0.85,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 0.80,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.80,
        "telephone": 0.85,
    },
    "round2/b": {
        "artists precision": 0.90,
        "artists recall": 0.80,
        "business name exact": 1.00,
        "credential kind": 0.90,
        "credentials found": 0.85,
        "credentials with holder": 0.85,
        "kind": 1.00,
        "locality": 0.75,
        "pairs in order": 0.25,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 0.50,
        "step statuses": 0.70,
        "telephone": 0.85,
    },
    "round3/a": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 0.95,
        "credentials found": 1.00,
        "credentials with holder": 1.00,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 0.70,
        "practitioners found": 0.85,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.85,
        "telephone": 1.00,
    },
    "round3/b": {
        "artists precision": 0.80,
        "artists recall": 0.90,
        "business name exact": 1.00,
        "credential kind": 1.00,
        "credentials found": 0.85,
        "credentials with holder": 0.85,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 0.40,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 0.60,
        "step statuses": 0.50,
        "telephone": 0.85,
    },
    "round4/a": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 1.00,
        "credentials found": 1.00,
        "credentials with holder": 1.00,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 1.00,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.90,
        "telephone": 1.00,
    },
    "round4/b": {
        "artists precision": 0.40,
        "artists recall": 0.55,
        "business name exact": 1.00,
        "credential kind": 1.00,
        "credentials found": 0.80,
        "credentials with holder": 0.80,
        "kind": 1.00,
        "locality": 0.70,
        "pairs in order": 0.40,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 0.50,
        "step statuses": 0.50,
        "telephone": 0.50,
    },
    "round5/a": {
        "artists precision": 0.90,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 0.90,
        "credentials found": 0.95,
        "credentials with holder": 0.90,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 1.00,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.65,
        "telephone": 0.75,
    },
    "round5/b": {
        "artists precision": 0.30,
        "artists recall": 0.90,
        "business name exact": 1.00,
        "credential kind": 0.95,
        "credentials found": 0.80,
        "credentials with holder": 0.65,
        "kind": 1.00,
        "locality": 0.75,
        "pairs in order": 0.65,
        "practitioners found": 1.00,
        "review author": 0.85,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.70,
        "telephone": 0.50,
    },
    "round6/a": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 0.95,
        "credentials found": 0.90,
        "credentials with holder": 0.90,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 1.00,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 1.00,
        "step statuses": 0.85,
        "telephone": 1.00,
    },
    "round6/b": {
        "artists precision": 0.90,
        "artists recall": 0.70,
        "business name exact": 1.00,
        "credential kind": 0.95,
        "credentials found": 0.90,
        "credentials with holder": 0.90,
        "kind": 1.00,
        "locality": 1.00,
        "pairs in order": 0.65,
        "practitioners found": 1.00,
        "review author": 0.85,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 0.85,
        "step statuses": 0.65,
        "telephone": 0.85,
    },
    "round7/a": {
        "artists precision": 1.00,
        "artists recall": 0.80,
        "business name exact": 1.00,
        "credential kind": 0.90,
        "credentials found": 0.85,
        "credentials with holder": 0.80,
        "kind": 0.85,
        "locality": 1.00,
        "pairs in order": 0.60,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review date": 1.00,
        "review rating": 1.00,
        "reviews found": 0.90,
        "step statuses": 0.65,
        "telephone": 1.00,
    },
    "round7/b": {
        "artists precision": 1.00,
        "artists recall": 1.00,
        "business name exact": 1.00,
        "credential kind": 1.00,
        "credentials found": 0.80,
        "credentials with holder": 0.80,
        "kind": 1.00,
        "locality": 0.85,
        "pairs in order": 1.00,
        "practitioners found": 1.00,
        "review author": 1.00,
        "review rating": 1.00,
        "reviews found": 0.80,
        "step statuses": 0.60,
        "telephone": 1.00,
    },
    "real": {
        "artists precision": 1.00,
        "artists recall": 0.85,
        "business name exact": 0.90,
        "credential kind": 0.80,
        "credentials found": 0.75,
        "credentials found (other languages)": 0.60,
        "credentials with holder": 0.70,
        "credentials with holder (other languages)": 0.55,
        "kind": 0.95,
        "locality": 0.95,
        "practitioners found": 0.90,
        "telephone": 0.95,
    },
}
CEILINGS: dict[str, dict[str, int]] = {
    "round1/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 0,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round1/b": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 0,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round2/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 0,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round2/b": {
        "disallowed fetches": 0,
        "duplicates": 3,
        "records of no practitioner": 1,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round3/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 0,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round3/b": {
        "disallowed fetches": 0,
        "duplicates": 2,
        "records of no practitioner": 2,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round4/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 0,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round4/b": {
        "disallowed fetches": 0,
        "duplicates": 5,
        "records of no practitioner": 1,
        "reviews stored twice": 0,
        "wrong merges": 2,
    },
    "round5/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 1,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round5/b": {
        "disallowed fetches": 0,
        "duplicates": 1,
        "records of no practitioner": 4,
        "reviews stored twice": 0,
        "wrong merges": 1,
    },
    "round6/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 0,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round6/b": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 9,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round7/a": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 1,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "round7/b": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 1,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
    "real": {
        "disallowed fetches": 0,
        "duplicates": 0,
        "records of no practitioner": 1,
        "reviews stored twice": 0,
        "wrong merges": 0,
    },
}


def _check(name: str, result: Score, tmp_note: str = "") -> None:
    print(f"\n{name}{tmp_note}:")
    for figure, ratio in sorted(result.figures.items()):
        print(f"  {figure}: {ratio}")
    for count, n in sorted(result.counts.items()):
        print(f"  {count}: {n}")
    low = {
        figure: (result.figures[figure].value, floor)
        for figure, floor in FLOORS[name].items()
        if figure in result.figures and (result.figures[figure].value or 0.0) < floor
    }
    high = {
        count: (result.counts.get(count, 0), ceiling)
        for count, ceiling in CEILINGS[name].items()
        if result.counts.get(count, 0) > ceiling
    }
    assert not low, f"{name}: below the floor: {low}\n" + "\n".join(result.problems)
    assert not high, f"{name}: over the ceiling: {high}\n" + "\n".join(result.problems)


@pytest.mark.parametrize("name", [n for n in FLOORS if n != "real"])
def test_stranger_web(name: str, tmp_path: Path) -> None:
    crawled = crawl(stranger_web(WEBS / name), tmp_path / "var")
    try:
        _check(name, score(crawled), f" ({crawled.seconds:.0f} s)")
    finally:
        crawled.served.stop()


def test_real_clinic_sites(realdata: Path, tmp_path: Path) -> None:
    crawled = crawl(real_sites(realdata / "clinics"), tmp_path / "var")
    try:
        _check("real", score(crawled), f" ({crawled.seconds:.0f} s)")
    finally:
        crawled.served.stop()


def test_the_real_sites_are_where_the_tests_look(realdata: Path) -> None:
    assert (REALDATA / "clinics" / "truth.json").exists()
