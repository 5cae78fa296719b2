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

# Per web: figure -> lowest acceptable value; counts -> highest acceptable count.
FLOORS: dict[str, dict[str, float]] = {
    "round1/a": {},
    "round1/b": {},
    "round2/a": {},
    "round2/b": {},
    "round3/a": {},
    "round3/b": {},
    "real": {},
}
CEILINGS: dict[str, dict[str, int]] = {name: {"disallowed fetches": 0} for name in FLOORS}


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
