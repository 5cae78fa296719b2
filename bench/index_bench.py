"""Benchmark the search index: 10,000 practitioners, 200,000 reviews, against SQLite FTS5.

    python bench/index_bench.py [--practitioners 10000] [--reviews 200000] [--dir DIR] [--json]

Builds a synthetic store the way a crawl does (`Store.save_page` for each listing page,
then identity resolution, plus a stored scorecard for everyone; fixed seed, cities from
real US ZIP codes), then measures, each step in a fresh child process so its peak RSS is
its own:

- rebuild: `update(rebuild=True, score=False)`, store to index (profiles read from SQLite,
  documents built, Whoosh written and committed); scoring is vetting's cost, not timed;
- incremental: the same after 100 practitioners' pages changed;
- queries: p50/p95 of 50 fixed mixed queries (text, place + radius, filters, facets,
  sorts, pages) through `SearchService.search`, 5 rounds after a warm-up round;
- the peer: the same documents in an SQLite FTS5 table (porter tokenizer, the same
  column weights), built from the same store, and the same 50 queries answered with
  FTS5 for the words and the same in-memory filters, facets and sorts for the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from crawler.items import (  # noqa: E402
    Address,
    Credential,
    Extraction,
    PageItem,
    Practitioner,
    Rating,
    Review,
    Signal,
)
from index import identity  # noqa: E402
from index.datadir import DataDir  # noqa: E402
from index.normalize import digest  # noqa: E402
from index.store import Store  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


SEED = 20261123
FETCHED = "2026-11-01T10:00:00+00:00"
CHANGED = 100

FIRST = _words(
    "James Maria Robert Linda Michael Sarah David Karen Daniel Nancy Marcus Aisha Tomás "
    "Priya Kenji Olivia Mateo Chloe Andre Fatima Liam Grace Noah Zoe Ethan Mia Lucas Ava "
    "Hassan Elena Diego Sofia Omar Hannah Jamal Leah Carlos Nora Ivan Ruth Wei Jade Kofi "
    "Ingrid Rafael Yusuf Tess Arjun Bianca Felix Dmitri Keisha Miguel Rosa Tariq Ellie "
    "Vikram Lena Jorge Amara Sven Paige"
)
LAST = _words(
    "Smith Johnson Garcia Nguyen Patel Kim Rivera Brooks Okafor Schmidt Rossi Tanaka "
    "Kowalski Haddad Moreau Silva Lindqvist Walsh Mendes Novak Chen Ibrahim Larsen Costa "
    "Fischer Duarte Reyes Baker Foster Ward Price Bennett Hughes Gray Ortiz Murphy Cole "
    "Hayes Perry Long"
)
ADJ = _words(
    "Precision Crown Summit Urban Elite Modern Pure Prime True Bold Sharp Clean Fresh "
    "Legacy Apex Vivid Natural Classic Signature Iron Golden Silver Northern Southern "
    "Coastal Metro Liberty Pioneer Heritage Evergreen Atlas Vertex Keystone Sterling "
    "Harbor Canyon Granite Redwood Lakeside Skyline"
)
NOUN = _words(
    "Scalp Hairline Follicle Pigment Crown Temple Shade Dot Line Ink Density Stipple Root "
    "Strand Contour Shadow"
)
SUFFIX = [
    "Studio",
    "Clinic",
    "SMP",
    "Scalp Micropigmentation",
    "Ink",
    "Artistry",
    "Institute",
    "Lounge",
    "Collective",
    "Scalp Studio",
]
ACADEMY = [
    "Scalp Academy",
    "Pinpoint SMP Academy",
    "Dermal Dot Institute",
    "Hairline Masters School",
    "Northern Pigment Academy",
    "Follicle Arts Institute",
]
PIGMENTS = ["Noirline", "Carbonite", "Ashgrove", "Duskink", "Obsidia", "Greyhaven"]
BODY = ["crown", "hairline", "temples", "vertex", "FUT scar", "FUE scars", "sides", "part line"]
SERVICE_ODDS = {
    "smp": 0.9,
    "hairline": 0.5,
    "density": 0.4,
    "scar-camouflage": 0.3,
    "alopecia": 0.2,
    "female": 0.15,
    "correction": 0.15,
    "removal-laser": 0.1,
    "removal-saline": 0.05,
    "removal-undo": 0.05,
}
GRADES = "AABBBCCDF"

OPENERS = [
    "I'd been putting this off for about {n} years, mostly out of nerves.",
    "After a lot of research I booked with {clinic} and I'm really glad I did.",
    "Third session done last week, so I finally feel I can write a proper review.",
    "My hair started going in my early twenties and I'd tried everything else first.",
    "I went to {clinic} to cover an old {body} from a transplant.",
    "Booked a consultation with {artist} fully expecting a sales pitch.",
    "A friend had his done here and I honestly couldn't tell, so I booked in.",
    "Drove in from out of {city} because of the reviews, and it was worth the trip.",
    "I had consultations at a few studios around {city} before deciding on this one.",
    "My wife found {clinic} after listening to me moan about my {body} for years.",
]
MIDDLES = [
    "{artist} answered all my questions and explained the depth, the pigment and the healing.",
    "They use {pigment} pigment and showed me healed work on clients with my skin tone.",
    "The hairline was drawn on first and we adjusted it twice until it looked natural.",
    "Each session took about {n} hours and the sessions were spaced two weeks apart.",
    "The dots are tiny and blend with my real hair, even up close under bright light.",
    "It stung a bit around the {body} but {artist} gave me breaks whenever I needed.",
    "The studio was spotless, single-use needles opened in front of me, gloves changed often.",
    "Aftercare was explained clearly and I got a printed sheet to take home.",
    "Touch-ups are included for the first year, which made the price easier to accept.",
    "They talked me out of a low hairline and I'm grateful now, it suits my age.",
    "After {n} months the pigment has settled and still looks sharp, no blue tint at all.",
    "Sadly after a year my head has a blue tint and the dots have blurred together.",
    "It looks flat, like a helmet, and much darker than my natural hair.",
    "The fading was patchy and uneven within months, so I'm back for a correction.",
    "I felt rushed during the consultation and my questions were left unanswered.",
    "Pricing was clear up front, no upselling and no pressure to book on the day.",
    "I came in for laser removal of another studio's work and it took {n} sessions.",
    "They did saline removal on an old patch of bad SMP before starting fresh.",
    "The scar camouflage over my {body} is so good my barber didn't notice it.",
    "Density work over thinning hair, so the scalp no longer shows through under lights.",
]
CLOSERS = [
    "Would recommend {clinic} to anyone in {city}.",
    "Five stars from me, and thanks again {artist}.",
    "Not perfect, but a big improvement on where I started.",
    "I wish I had done it years ago.",
    "I can't recommend them, sorry.",
    "Honestly life changing, I don't think about my hair any more.",
    "Worth every penny, just follow the aftercare.",
]
CLAIMS = [
    ("training", "Trained at {academy} in {year}, {hours} hours of supervised practice."),
    ("certification", "Certified scalp micropigmentation artist, {academy}."),
    ("licence", "Licensed tattoo artist, {state} licence {state}-{num}."),
    ("membership", "Member of the Society of Scalp Micropigmentation Professionals."),
    ("experience", "Over {n} years of SMP experience and {hours} clients treated."),
    ("insurance", "Fully insured for cosmetic tattooing."),
]
SIGNALS = [
    ("free-consultation", "Free consultation, no obligation."),
    ("aftercare", "Aftercare instructions provided after every session."),
    ("touch-up-policy", "Touch-ups included for twelve months."),
    ("portfolio", "See our gallery of healed results."),
]


# -- the synthetic store -------------------------------------------------------------------


def _plan(practitioners: int, reviews: int) -> tuple[list[tuple], list[int], random.Random]:
    """The places (300 real US ZIP codes) and each practitioner's number of reviews."""
    from index.geo import zip_table

    rng = random.Random(SEED)
    zips = zip_table().zips
    places = [(z, *zips[z]) for z in rng.sample(sorted(zips), 300)]
    return places, _review_counts(rng, practitioners, reviews), rng


def build_store(root: Path, practitioners: int, reviews: int) -> dict[str, Any]:
    """Save one listing page per practitioner, resolve, and store a scorecard for each."""
    places, counts, rng = _plan(practitioners, reviews)
    datadir = DataDir(root).ensure()
    started = time.monotonic()
    with Store(datadir.store) as store:
        for i in range(practitioners):
            store.save_page(_listing(rng, i, places, counts[i]))
        identity.resolve(store)
        _scorecards(store, rng)
    return {"seconds": time.monotonic() - started, "reviews": sum(counts)}


def _review_counts(rng: random.Random, practitioners: int, total: int) -> list[int]:
    """A long-tailed number of reviews per practitioner that adds up to `total`."""
    weights = [rng.lognormvariate(0, 0.9) for _ in range(practitioners)]
    scale = total / sum(weights)
    counts = [min(400, max(1, round(w * scale))) for w in weights]
    while sum(counts) != total:
        i = rng.randrange(practitioners)
        step = 1 if sum(counts) < total else -1
        if 1 <= counts[i] + step <= 400:
            counts[i] += step
    return counts


def _listing(
    rng: random.Random, i: int, places: list, n_reviews: int, extra: str | None = None
) -> PageItem:
    rng = random.Random(SEED * 7 + i)  # one stream per practitioner: re-creatable
    postal, _lat, _lon, city, state = rng.choice(places)
    artist = rng.random() < 0.2
    name = (
        f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if artist
        else f"{rng.choice([rng.choice(ADJ), city])} {rng.choice(NOUN)} {rng.choice(SUFFIX)}"
    )
    artist_name = rng.choice(FIRST)
    fill = {"clinic": name, "artist": artist_name, "city": city, "state": state}
    url = f"https://bench-directory.example/p/{i}"
    practitioner = Practitioner(
        name=name,
        kind="artist" if artist else "clinic",
        url=url,
        website=f"https://practitioner-{i}.example/",
        address=Address(
            street=f"{rng.randint(1, 9999)} {rng.choice(LAST)} St",
            locality=city,
            region=state,
            postal_code=postal,
            country="US",
        ),
        rating=Rating(round(rng.uniform(3.0, 5.0), 1), rng.randint(3, 400))
        if rng.random() < 0.7
        else None,
        services=[s for s, p in SERVICE_ODDS.items() if rng.random() < p],
        credentials=[
            Credential(kind, _fill(rng, text, fill))
            for kind, text in rng.sample(CLAIMS, rng.randint(0, 3))
        ],
        signals=[Signal(kind, text) for kind, text in rng.sample(SIGNALS, rng.randint(0, 2))],
    )
    bodies = [_review_text(rng, fill) for _ in range(n_reviews)]
    if extra:
        bodies.append(extra)
    page_reviews = [
        Review(
            body=b,
            author=f"{rng.choice(FIRST)} {rng.choice(LAST)[0]}.",
            rating=float(rng.choice([5, 5, 5, 4, 4, 3, 2, 1])),
            date=f"{rng.randint(2021, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )
        for b in bodies
    ]
    return PageItem(
        source="bench",
        source_kind="directory",
        url=url,
        status=200,
        fetched_at=FETCHED,
        extraction=Extraction(url, [practitioner], page_reviews),
    )


def _fill(rng: random.Random, template: str, fill: dict[str, str]) -> str:
    return template.format(
        n=rng.randint(2, 12),
        year=rng.randint(2012, 2025),
        hours=rng.choice([40, 80, 120, 200]),
        num=rng.randint(10000, 99999),
        academy=rng.choice(ACADEMY),
        pigment=rng.choice(PIGMENTS),
        body=rng.choice(BODY),
        **fill,
    )


def _review_text(rng: random.Random, fill: dict[str, str]) -> str:
    parts = [rng.choice(OPENERS), *rng.sample(MIDDLES, rng.randint(1, 3)), rng.choice(CLOSERS)]
    return " ".join(_fill(rng, p, fill) for p in parts)


def _scorecards(store: Store, rng: random.Random) -> None:
    """A stored scorecard for everyone (what vetting would have written)."""
    rows = []
    for (pid,) in store.conn.execute("SELECT id FROM practitioners WHERE gone = 0"):
        grade = rng.choice(GRADES)
        card = {
            "grade": grade,
            "score": {"A": 90, "B": 78, "C": 64, "D": 50, "F": 30}[grade],
            "steps": {
                k: {"status": rng.choice(["pass", "caution", "unknown"])}
                for k in ("training", "reputation", "ease")
            },
            "credentials": [
                {"kind": "training", "status": rng.choice(["verified", "claimed", "claimed"])}
            ],
            "red_flags": [],
            "services": [],
        }
        payload = json.dumps(card, sort_keys=True)
        rows.append((pid, grade, card["score"], payload, digest(payload), FETCHED))
    with store.transaction() as db:
        db.executemany("INSERT OR REPLACE INTO scorecards VALUES (?, ?, ?, ?, ?, ?)", rows)


def change_practitioners(
    root: Path, practitioners: int, reviews: int, count: int = CHANGED
) -> float:
    """Re-crawl `count` listing pages with one new review each; return the seconds it took."""
    places, counts, _ = _plan(practitioners, reviews)
    rng = random.Random(SEED + 1)
    started = time.monotonic()
    with Store(DataDir(root).store) as store:
        for i in rng.sample(range(practitioners), count):
            extra = f"Update {i} ({time.time_ns()}): zebrafish mural."  # new on every run
            store.save_page(_listing(rng, i, places, counts[i], extra=extra))
        identity.resolve(store)
    return time.monotonic() - started


# -- the 50 queries ------------------------------------------------------------------------


def queries(root: Path) -> list[dict[str, Any]]:
    """A fixed mix: words, places with radii, filters, facets, sorts and pages."""
    with Store(DataDir(root).store, readonly=True) as store:
        cities = [
            tuple(r)
            for r in store.conn.execute(
                "SELECT DISTINCT locality, region, postal_code FROM sightings ORDER BY postal_code"
                " LIMIT 40"
            )
        ]
    rng = random.Random(SEED + 2)
    words = [
        "smp",
        "scalp micropigmentation",
        "hairline",
        "scar camouflage",
        "blue tint",
        '"answered all my questions"',
        "micropigmentaion",
        "laser removal",
        "UNDO",
        "density thinning",
        "alopecia",
        "female smp",
        "correction",
        "natural hairline",
        "Marcus",
        "Summit",
        "fue scar",
        "helmet",
        "pigment faded",
        "spotless needles",
    ]
    out: list[dict[str, Any]] = [{"text": w} for w in words]
    for i in range(15):
        city, region, postal = rng.choice(cities)
        near = postal if i % 3 == 0 else f"{city}, {region}"
        out.append(
            {"text": "smp" if i % 2 else "", "near": near, "radius_km": [25, 50, 100][i % 3]}
        )
    out += [
        {"services": ["scar-camouflage"]},
        {"removal": ["removal-laser"]},
        {"verified_training": True},
        {"min_grade": "B"},
        {"min_rating": 4.5},
        {"text": "hairline", "services": ["density"], "min_grade": "C"},
        {"text": "smp", "verified_training": True, "min_rating": 4.0},
        {"removal": ["removal-undo", "removal-saline"], "sort": "rating"},
        {"services": ["female", "smp"]},
        {"text": "correction", "min_grade": "A"},
        {"sort": "grade"},
        {"sort": "rating"},
        {"sort": "reviews"},
        {"text": "smp", "sort": "reviews", "page": 3},
        {
            "text": "",
            "near": f"{cities[0][0]}, {cities[0][1]}",
            "radius_km": 200,
            "sort": "distance",
            "page": 2,
        },
    ]
    assert len(out) == 50
    return out


# -- the phases (each run in a child process) ------------------------------------------------


def phase_rebuild(root: Path) -> dict[str, Any]:
    from index.update import update

    report = update(DataDir(root), rebuild=True, score=False)
    return {"seconds": report.seconds, "indexed": report.indexed}


def phase_incremental(root: Path) -> dict[str, Any]:
    from index.update import update

    report = update(DataDir(root), score=False)
    return {"seconds": report.seconds, "indexed": report.indexed}


def phase_score(root: Path) -> dict[str, Any]:
    """A full rescore with the vetting rules (what `smpvet index --rebuild` adds)."""
    from index import scores
    from index.store import Store

    started = time.perf_counter()
    with Store(DataDir(root).store) as store:
        changed = scores.refresh(store)
    return {"seconds": time.perf_counter() - started, "scored": len(changed)}


def phase_fill_readings(root: Path) -> dict[str, Any]:
    """Store a reading of the current reader's version with every review (the rules' own
    labels, so the bench need not run the model over 200,000 reviews): every review read."""
    import json as _json

    from index.store import Store
    from vetting.reader.reader import version_of
    from vetting.reader.reading import by_rules

    version = version_of()
    started = time.perf_counter()
    with Store(DataDir(root).store) as store:
        rows = store.conn.execute("SELECT id, body FROM reviews").fetchall()
        with store.transaction() as db:
            db.executemany(
                "UPDATE reviews SET reading = ?, reader_version = ? WHERE id = ?",
                [(_json.dumps(by_rules(r["body"]).to_json()), version, r["id"]) for r in rows],
            )
    return {"seconds": time.perf_counter() - started, "reviews": len(rows)}


def phase_score_read(root: Path) -> dict[str, Any]:
    """A full rescore when every review already has its reading stored."""
    return phase_score(root)


def phase_queries(root: Path) -> dict[str, Any]:
    from index.search import SearchQuery, SearchService

    service = SearchService(DataDir(root))
    from index.geo import gazetteer

    gazetteer()
    batch = [SearchQuery(**q) for q in queries(root)]
    return _time_queries(lambda q: service.search(q).total, batch)


def phase_fts5_build(root: Path) -> dict[str, Any]:
    """The same documents, from the same store, into SQLite FTS5."""
    from index.documents import TEXT_FIELDS, documents_for
    from index.profiles import live_ids

    path = root / "fts5.sqlite3"
    path.unlink(missing_ok=True)
    started = time.monotonic()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(
        f"CREATE VIRTUAL TABLE fts USING fts5({', '.join(TEXT_FIELDS)},"
        " tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, facts BLOB, doc TEXT)")
    with Store(DataDir(root).store, readonly=True) as store:
        ids = live_ids(store)
        with conn:
            for rowid, doc in enumerate(documents_for(store, ids)):
                if doc is None:
                    continue
                conn.execute(
                    f"INSERT INTO fts (rowid, {', '.join(TEXT_FIELDS)}) VALUES"  # noqa: S608
                    f" (?, {', '.join('?' * len(TEXT_FIELDS))})",
                    (rowid, *(doc[f] for f in TEXT_FIELDS)),
                )
                conn.execute(
                    "INSERT INTO docs VALUES (?, ?, ?)",
                    (rowid, doc["facts"], json.dumps(doc["doc"])),
                )
    conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    conn.close()
    return {"seconds": time.monotonic() - started, "indexed": len(ids)}


def phase_fts5_queries(root: Path) -> dict[str, Any]:
    from index.geo import gazetteer

    gazetteer()
    peer = Fts5Peer(root / "fts5.sqlite3")
    from index.search import SearchQuery

    batch = [SearchQuery(**q) for q in queries(root)]
    return _time_queries(peer.search, batch)


class Fts5Peer:
    """FTS5 for the words; the same in-memory filters, facets and sorts as SearchService."""

    def __init__(self, path: Path):
        from index.doctable import DocTable
        from index.documents import Facts

        self.conn = sqlite3.connect(path)
        facts: list[Any] = []
        for rowid, raw in self.conn.execute("SELECT rowid, facts FROM docs ORDER BY rowid"):
            facts.extend([None] * (rowid - len(facts)))
            facts.append(Facts.decode(raw))
        self.table = DocTable(facts)
        self.facts = facts

    def search(self, q: Any) -> int:
        from index import facets
        from index.request import check

        request = check(q)
        match = _fts_expression(q.text)
        if match:
            rows = self.conn.execute(
                "SELECT rowid, bm25(fts, 8.0, 3.0, 3.0, 2.0, 1.5, 1.0) FROM fts WHERE fts MATCH ?",
                (match,),
            ).fetchall()
        elif q.text.strip():
            rows = []
        else:
            rows = [(n, 0.0) for n, f in enumerate(self.facts) if f is not None]
        ranked = [rowid for rowid, _ in sorted(rows, key=lambda r: r[1])] if match else None
        filtered = facets.apply(
            self.table, ranked if ranked is not None else [r for r, _ in rows], request.filters
        )
        sort = request.sort
        if sort == "relevance" and ranked is None:
            sort = "distance" if request.place else "grade"
        start = (request.page - 1) * request.per_page
        page = facets.order(self.table, sort, filtered, ranked, start, start + request.per_page)
        if page:
            marks = ",".join("?" * len(page))
            if match:
                self.conn.execute(
                    f"SELECT d.doc, snippet(fts, 5, '[', ']', '…', 24) FROM fts"  # noqa: S608
                    f" JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?"
                    f" AND fts.rowid IN ({marks})",
                    (match, *page),
                ).fetchall()
            else:
                self.conn.execute(
                    f"SELECT doc FROM docs WHERE rowid IN ({marks})",  # noqa: S608
                    page,
                ).fetchall()
        return len(filtered.docnums)


def _fts_expression(text: str) -> str:
    """Words ANDed and phrases quoted, as FTS5 query syntax (no synonyms or typo fixes)."""
    from index.query import split_phrases

    parts = []
    for is_phrase, segment in split_phrases(text):
        words = ["".join(ch for ch in w if ch.isalnum()) for w in segment.split()]
        words = [w for w in words if w]
        if is_phrase and words:
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"' for w in words)
    return " AND ".join(parts)


def _time_queries(run: Any, batch: list[Any], rounds: int = 5) -> dict[str, Any]:
    for q in batch:  # warm-up: caches, first loads
        run(q)
    timings: list[float] = []
    for _ in range(rounds):
        for q in batch:
            started = time.perf_counter()
            run(q)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "p50": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "max": timings[-1],
        "queries": len(batch),
    }


PHASES = {
    "rebuild": phase_rebuild,
    "incremental": phase_incremental,
    "queries": phase_queries,
    "fts5-build": phase_fts5_build,
    "fts5-queries": phase_fts5_queries,
    "score": phase_score,
    "fill-readings": phase_fill_readings,
    "score-read": phase_score_read,
}


def run_phase(name: str, root: Path) -> dict[str, Any]:
    """Run one phase in a fresh interpreter; its figures and its own peak RSS."""
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--dir", str(root)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    if out.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _child(name: str, root: Path) -> None:
    result = PHASES[name](root)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # a parallel rebuild's
    result["rss_mb"] = max(own, workers) / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practitioners", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=200_000)
    parser.add_argument("--dir", type=Path, default=None, help="Work here (kept afterwards).")
    parser.add_argument(
        "--json", action="store_true", help="End with bench/run's rows as one line of JSON."
    )
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        _child(args.phase, args.dir)
        return
    root = args.dir or Path(tempfile.mkdtemp(prefix="smpvet-index-bench-")) / "var"
    try:
        figures = _bench(root, args.practitioners, args.reviews)
        if args.json:
            _emit_rows(figures, args.practitioners)
    finally:
        if args.dir is None:
            shutil.rmtree(root.parent, ignore_errors=True)


def _bench(root: Path, practitioners: int, reviews: int) -> dict[str, dict[str, Any]]:
    print(
        f"Synthetic store: {practitioners:,} practitioners, {reviews:,} reviews in {root}",
        flush=True,
    )
    if (root / "store.sqlite3").exists():
        print("  reusing the store already there", flush=True)
    else:
        built = build_store(root, practitioners, reviews)
        print(f"  built in {built['seconds']:.1f} s (save_page + identity resolution)", flush=True)
    rebuild = run_phase("rebuild", root)
    print(f"  rebuild {rebuild['seconds']:.1f} s", flush=True)
    fts_build = run_phase("fts5-build", root)
    print(f"  FTS5 build {fts_build['seconds']:.1f} s", flush=True)
    query = run_phase("queries", root)
    fts_query = run_phase("fts5-queries", root)
    crawl = change_practitioners(root, practitioners, reviews)
    incremental = run_phase("incremental", root)
    scoring = run_phase("score", root)
    print(
        f"  full rescore {scoring['seconds']:.1f} s ({scoring['scored']:,} scorecards)", flush=True
    )
    run_phase("fill-readings", root)
    scoring_read = run_phase("score-read", root)
    print(f"  full rescore, reviews already read {scoring_read['seconds']:.1f} s", flush=True)
    current = root / "index" / (root / "index" / "CURRENT").read_text().strip()
    size = sum(p.stat().st_size for p in current.iterdir() if p.is_file())
    rows = [
        (
            "rebuild (store -> index), s",
            rebuild["seconds"],
            fts_build["seconds"],
            120,
            rebuild["rss_mb"],
            fts_build["rss_mb"],
        ),
        (
            f"incremental update, {CHANGED} changed, s",
            incremental["seconds"],
            None,
            3,
            incremental["rss_mb"],
            None,
        ),
        (
            "query p50, ms",
            query["p50"],
            fts_query["p50"],
            None,
            query["rss_mb"],
            fts_query["rss_mb"],
        ),
        ("query p95, ms", query["p95"], fts_query["p95"], 100, None, None),
    ]
    print()
    print(
        f"{'stage':<38} {'whoosh':>9} {'fts5':>9} {'ratio':>7} {'target':>7}"
        f" {'rss MB':>7} {'fts5 MB':>8}"
    )
    for label, ours, peer, target, rss, peer_rss in rows:
        ratio = f"{ours / peer:.1f}x" if peer else ""
        print(
            f"{label:<38} {ours:>9.1f} {_num(peer):>9} {ratio:>7} {_num(target):>7}"
            f" {_num(rss):>7} {_num(peer_rss):>8}"
        )
    print()
    print(
        f"documents indexed: {rebuild['indexed']:,}; re-indexed incrementally:"
        f" {incremental['indexed']} (re-crawl of those pages took {crawl:.1f} s);"
        f" index size {size / 1e6:.0f} MB; query max {query['max']:.0f} ms;"
        f" targets: rebuild <= 120 s, incremental <= 3 s, p95 <= 100 ms and <= 5x FTS5"
    )
    return {
        "rebuild": rebuild,
        "fts5-build": fts_build,
        "queries": query,
        "fts5-queries": fts_query,
        "incremental": incremental,
        "score": scoring,
        "score-read": scoring_read,
    }


def _emit_rows(f: dict[str, dict[str, Any]], practitioners: int) -> None:
    """The figures as bench/run's table rows (the last line of output)."""
    from common import Row, emit

    rebuild, fts_build = f["rebuild"], f["fts5-build"]
    query, fts_query, incremental = f["queries"], f["fts5-queries"], f["incremental"]
    p95_ok = query["p95"] <= 100 and query["p95"] <= 5 * fts_query["p95"]
    emit(
        [
            Row(
                "index",
                f"rebuild, {practitioners:,} practitioners",
                round(rebuild["seconds"], 1),
                "s",
                "SQLite FTS5 build",
                round(fts_build["seconds"], 1),
                "<= 120 s",
                rebuild["seconds"] <= 120,
                round(rebuild["rss_mb"]),
            ),
            Row(
                "index",
                f"full rescore, reviews already read, {practitioners:,}",
                round(f["score-read"]["seconds"], 1),
                "s",
                "rereading every review with the rules",
                round(f["score"]["seconds"], 1),
                "<= 30 s",
                f["score-read"]["seconds"] <= 30,
                round(f["score-read"]["rss_mb"]),
            ),
            Row(
                "index",
                f"incremental update, {CHANGED} changed",
                round(incremental["seconds"], 2),
                "s",
                None,
                None,
                "<= 3 s",
                incremental["seconds"] <= 3,
                round(incremental["rss_mb"]),
            ),
            Row(
                "index",
                "query p50 (50 mixed queries)",
                round(query["p50"], 1),
                "ms",
                "SQLite FTS5",
                round(fts_query["p50"], 1),
                None,
                None,
                round(query["rss_mb"]),
            ),
            Row(
                "index",
                "query p95 (50 mixed queries)",
                round(query["p95"], 1),
                "ms",
                "SQLite FTS5",
                round(fts_query["p95"], 1),
                "<= 100 ms and <= 5x FTS5",
                p95_ok,
                round(fts_query["rss_mb"]),
            ),
        ]
    )


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


if __name__ == "__main__":
    main()
