"""A practitioner's own website read as one entity: the name its pages repeat.

Each page stored its name clues (crawler.extraction.brand); here the clues of all live
pages of a site are weighed together, so no page-specific title part, navigation label,
place or package names the business.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from crawler.extraction.brand import PLATFORM_ID, Choice, choose, key_of, subdomain_of
from crawler.extraction.names import listing_label
from crawler.items import NameClue
from index.store import Store

log = logging.getLogger(__name__)


def site_names(store: Store, sites: Iterable[str]) -> dict[str, Choice]:
    """The chosen name of each of these sites (hosts), where its pages give one."""
    wanted = sorted(set(sites))
    pages: dict[str, list[list[NameClue]]] = defaultdict(list)
    paths: dict[str, list[list[str]]] = defaultdict(list)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            f"SELECT site, url, clues FROM pages WHERE site IN ({marks})"  # noqa: S608
            " AND clues IS NOT NULL AND status BETWEEN 200 AND 299 ORDER BY url",
            chunk,
        )
        # a platform's own pages (its home, its terms) hold no practitioner: the path a
        # profile lies under is found among the pages that hold one
        held = {
            url
            for (url,) in store.conn.execute(
                f"SELECT DISTINCT url FROM sightings WHERE site IN ({marks}) AND gone = 0",  # noqa: S608
                chunk,
            )
        }
        for site, url, raw in rows:
            clues = _decode(raw)
            if clues:
                pages[site].append(clues)
                if url in held:
                    paths[site].append([p for p in urlsplit(url).path.split("/") if p])
    out = {}
    for site, clues in pages.items():
        choice = choose(clues, site, profile=profile_of(paths[site]) or subdomain_of(site))
        if choice is not None:
            handles = sorted({c.text for page in clues for c in page if c.kind == "handle"})
            out[site] = replace(choice, handles=tuple(handles), holder=_holder(clues))
    return out


def _holder(pages: list[list[NameClue]]) -> str | None:
    """The name the copyright lines of most of a site's pages give."""
    held = Counter(c.text for page in pages for c in page if c.kind == "copyright")
    if not held:
        return None
    name, n = held.most_common(1)[0]
    return name if n * 2 >= len(pages) else None


def profile_of(paths: list[list[str]]) -> str:
    """The last part of the longest path most of the pages lie under, without its extension
    or a platform's id ("" if none): pages crawled under /pros/ray-delgado-smp.html are that
    one profile. A platform's home page is not counted against a path that carries such an
    id ("/a/kade-morrison-smp-q7wd3k/"): a site's own blog post carries none."""
    best = _majority_prefix(paths)
    items = [p for p in paths if p[: len(best)] == best] if best else []
    if items and all(len(p) > len(best) and PLATFORM_ID.fullmatch(p[len(best)]) for p in items):
        # a platform's posts under a container ("/p/C9bT7mWq42/"), beside the profile they
        # belong to ("/scalp.by.tomas/"): the profile is what the other pages lie under
        rest = [p for p in paths if p[: len(best)] != best]
        return profile_of(rest) if rest else ""
    if not best:
        deep = _majority_prefix([p for p in paths if p])
        best = deep if deep and _ID_TAIL.search(deep[-1]) else []
    slug = re.sub(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$", "", best[-1], flags=re.I) if best else ""
    return _ID_TAIL.sub("", slug)


def _majority_prefix(paths: list[list[str]]) -> list[str]:
    best: list[str] = []
    for path in paths:
        for n in range(len(best) + 1, len(path) + 1):
            prefix = path[:n]
            if sum(p[:n] == prefix for p in paths) * 2 > len(paths):
                best = prefix
    return best


_ID_TAIL = re.compile(r"(?:[-_](?=[a-z\d]*\d)[a-z\d]{3,})+$", re.I)


def page_clues(conn: sqlite3.Connection, urls: Iterable[str]) -> dict[str, list[NameClue]]:
    """The name clues each of these pages kept (its title's parts, its h1, its logo ...)."""
    wanted = sorted(set(urls))
    out: dict[str, list[NameClue]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT url, clues FROM pages WHERE url IN ({marks}) AND clues IS NOT NULL",  # noqa: S608
            chunk,
        )
        out.update((url, _decode(raw)) for url, raw in rows)
    return out


def heading(clues: list[NameClue]) -> str:
    """A page's heading as its clues keep it: its h1, else its title's first part; and the
    title's first part where the h1 is the site's own name, as its title's last part gives
    it (a forum's masthead "ScalpTalk Forums" over "Wearside SMP (Sunderland) - anyone been?
    - ScalpTalk Forums")."""
    titles = [c.text for c in clues if c.kind == "title" and not listing_label(c.text)]
    h1 = next((c.text for c in clues if c.kind == "h1"), None)
    if h1 and len(titles) > 1 and key_of(h1) in {key_of(t) for t in titles[1:]}:
        return titles[0]
    return h1 or next(iter(titles), "")


def _decode(raw: str) -> list[NameClue]:
    try:
        return [NameClue(str(kind), str(text)) for kind, text in json.loads(raw)]
    except (ValueError, TypeError):
        log.warning("unreadable name clues in the store: %.80r", raw)
        return []
