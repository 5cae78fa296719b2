"""The webs to score: a stranger web's half, or the real clinic sites; crawling one.

A web is crawled the way a user runs the product: `smpvet crawl --sources FILE` and
`smpvet index`, each a child process, into a fresh data directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from protego import Protego

from .score import Score, Scorer, load_records
from .serve import StaticWeb

DELAY = 0.05  # seconds between requests to one site: it is our own loopback web
USER_AGENT = "smpvet"


@dataclass
class Web:
    """Sites by host, the sources a user would list, and the reader's truth."""

    name: str
    sites: dict[str, Path]
    sources: list[dict[str, Any]]
    truth: dict[str, dict[str, Any]]
    pairs: list[list[str]] = field(default_factory=list)
    now: datetime | None = None  # the date the web is set at (its relative dates count from it)
    withheld: frozenset[str] = frozenset()  # slugs scored only: their problems are not listed


def listed(web: Web, problems: list[str]) -> list[str]:
    """The problems that may be read: none about a site that is scored only."""
    if not web.withheld:
        return problems
    slugs = "|".join(map(re.escape, sorted(web.withheld)))
    pattern = re.compile(rf"\b(?:{slugs})\b")
    return [p for p in problems if not pattern.search(p)]


def stranger_web(folder: Path) -> Web:
    """One half of a round (tests/data/webs/roundN/a)."""
    sites = {p.name.lower(): p for p in sorted((folder / "sites").iterdir()) if p.is_dir()}
    sources = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))["source"]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pairs_file = folder / "pairs.json"
    pairs = json.loads(pairs_file.read_text(encoding="utf-8")) if pairs_file.exists() else []
    now_file = folder / "now.txt"
    now = (
        datetime.fromisoformat(now_file.read_text(encoding="utf-8").strip()).replace(tzinfo=UTC)
        if now_file.exists()
        else None
    )
    return Web(f"{folder.parent.name}/{folder.name}", sites, sources, truth, pairs, now)


def real_half(slug: str) -> str:
    """The half of the real sites a site is in: "dev" (worked on) or "holdout" (scored only).

    Fixed by a hash of the slug before anything was scored.
    """
    return "dev" if hashlib.sha256(slug.encode()).digest()[0] % 2 == 0 else "holdout"


def real_sites(clinics: Path, slugs: list[str] | None = None, half: str | None = None) -> Web:
    """The real clinic and studio sites of ../shared/realdata/clinics, each a clinic source."""
    truth = json.loads((clinics / "truth.json").read_text(encoding="utf-8"))
    chosen = {
        s: t
        for s, t in truth.items()
        if (slugs is None or s in slugs) and (half is None or real_half(s) == half)
    }
    sites, sources = {}, []
    for slug, t in chosen.items():
        host = f"{slug}.test"
        sites[host] = clinics / "sites" / slug
        t["site"] = host
        sources.append(
            {"name": slug, "kind": "clinic", "start_urls": [f"https://{host}/{t['pages'][0]}"]}
        )
    withheld = frozenset(s for s in chosen if real_half(s) == "holdout")
    name = f"real clinic sites{f' ({half})' if half else ''}"
    return Web(name, sites, sources, chosen, withheld=withheld)


def sources_toml(web: Web, served: StaticWeb) -> str:
    """The web's sources with its URLs as served, throttled for loopback."""
    lines = ['[crawler]\ncontact = "https://github.com/smpvet/smpvet"\n']
    for source in web.sources:
        entry = dict(source)
        entry["start_urls"] = [served.local(u) for u in entry.get("start_urls", [])]
        entry.setdefault("delay", DELAY)
        lines.append("[[source]]")
        selectors = entry.pop("selectors", None)
        for key, value in entry.items():
            lines.append(f"{key} = {json.dumps(value)}")
        if selectors:
            lines.append("[source.selectors]")
            lines += [f"{k} = {json.dumps(v)}" for k, v in selectors.items()]
        lines.append("")
    return "\n".join(lines)


@dataclass
class Crawled:
    web: Web
    served: StaticWeb
    data_dir: Path
    seconds: float
    output: str


def crawl(web: Web, data_dir: Path, product: Path | None = None) -> Crawled:
    """Serve the web, crawl and index it with the product; the web stays up for scoring.

    `product` is a checkout to run instead of this one (to score an earlier version).
    """
    served = StaticWeb(web.sites, web.now).start()
    data_dir.mkdir(parents=True, exist_ok=True)
    sources = data_dir.parent / f"{data_dir.name}-sources.toml"
    sources.write_text(sources_toml(web, served), encoding="utf-8")
    started = time.perf_counter()
    output = ""
    for args in (["crawl", "--sources", str(sources)], ["index"]):
        done = subprocess.run(
            [sys.executable, "-m", "cli", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
            cwd=product or Path(__file__).resolve().parents[2],
            env={**os.environ, "http_proxy": served.proxy, "no_proxy": ""},
        )
        output += done.stdout + done.stderr
        if done.returncode != 0:
            served.stop()
            raise RuntimeError(f"smpvet {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return Crawled(web, served, data_dir, time.perf_counter() - started, output)


def score(crawled: Crawled) -> Score:
    """The figures of one crawled web, robots.txt obedience included."""
    records = load_records(crawled.data_dir / "store.sqlite3")
    scorer = Scorer(crawled.web.truth, crawled.served.host_of)
    out = scorer.score(records)
    scorer.score_pairs(out, records, crawled.web.pairs)
    out.counts["records"] = len(records)
    out.counts["disallowed fetches"] = len(disallowed_hits(crawled))
    out.problems += [f"fetched a disallowed path: {h}" for h in disallowed_hits(crawled)]
    out.problems = listed(crawled.web, out.problems)
    return out


def disallowed_hits(crawled: Crawled) -> list[str]:
    rules: dict[str, Protego | None] = {}
    for host, root in crawled.web.sites.items():
        robots = root / "robots.txt"
        rules[host] = (
            Protego.parse(robots.read_text("utf-8", "replace")) if robots.exists() else None
        )
    out = []
    for hit in crawled.served.hits:
        parser = rules.get(hit.host)
        if hit.path == "/robots.txt" or parser is None:
            continue
        if not parser.can_fetch(f"https://{hit.host}{hit.path}", USER_AGENT):
            out.append(f"{hit.host}{hit.path}")
    return out


def table(name: str, result: Score) -> str:
    rows = [f"## {name}", "", "| figure | value |", "|---|---|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(result.figures.items())]
    rows += [f"| {k} | {v} |" for k, v in sorted(result.counts.items())]
    return "\n".join(rows)
