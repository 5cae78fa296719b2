"""`python -m webtruth WEB [WEB ...]` (from tests/): crawl each web and print its figures.

WEB is a stranger web's half (tests/data/webs/round1/a) or `real` for the real clinic
sites in ../shared/realdata/clinics (`real-dev`, `real-holdout` for a half,
`real:slug,slug` for some of them), or a folder laid out as that one is (sites/<slug>/
and truth.json: more real sites, scored in place). The problems of the real sites'
holdout half are never listed: that half is scored only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from .webs import crawl, real_sites, score, stranger_web, table

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="webtruth", description=__doc__)
    parser.add_argument("webs", nargs="+")
    parser.add_argument("--problems", action="store_true", help="list every mismatch")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", help="keep the data directories here")
    parser.add_argument("--product", metavar="DIR", help="run this checkout of smpvet instead")
    args = parser.parse_args(argv)
    results = {}
    for name in args.webs:
        if name.startswith("real"):
            kind, _, slugs = name.partition(":")
            half = kind.partition("-")[2] or None
            web = real_sites(REALDATA / "clinics", slugs.split(",") if slugs else None, half)
        elif not (Path(name) / "sources.toml").exists() and (Path(name) / "truth.json").exists():
            web = real_sites(Path(name))  # more real sites, laid out as ../shared's
        else:
            web = stranger_web(Path(name))
        root = Path(args.keep or tempfile.mkdtemp(prefix="webtruth-"))
        crawled = crawl(
            web,
            root / name.replace("/", "_").replace(":", "_"),
            Path(args.product) if args.product else None,
        )
        try:
            result = score(crawled)
        finally:
            crawled.served.stop()
        print(table(f"{web.name} ({crawled.seconds:.0f} s)", result))
        if args.problems:
            print("\n".join(f"- {p}" for p in result.problems))
            if web.withheld:
                print(f"- (problems of its {len(web.withheld)} scored-only sites not listed)")
        print()
        results[name] = result.to_json()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
