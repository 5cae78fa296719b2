"""Fixtures shared by every test module: data directories, stores and page items."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crawler.items import (
    Address,
    Credential,
    Extraction,
    PageItem,
    Practitioner,
    RegistryEntry,
    Review,
)
from index.datadir import DataDir
from index.store import Store

REPO = Path(__file__).resolve().parent.parent
REALDATA = Path(os.environ.get("SMPVET_REALDATA", REPO.parent / "shared" / "realdata"))


@pytest.fixture
def realdata() -> Path:
    """The real third-party material in ../shared/realdata (skips where it is absent)."""
    if not REALDATA.is_dir():
        pytest.skip(f"real third-party test data not found at {REALDATA} (set SMPVET_REALDATA)")
    return REALDATA


@pytest.fixture
def datadir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "var").ensure()


@pytest.fixture
def store(datadir: DataDir) -> Iterator[Store]:
    with Store(datadir.store) as s:
        yield s


PageFactory = Callable[..., PageItem]


@pytest.fixture
def page() -> PageFactory:
    """Build a PageItem: page(url, practitioners=[...], reviews=[...], **fields)."""

    def make(
        url: str,
        practitioners: list[Practitioner] | None = None,
        reviews: list[Review] | None = None,
        *,
        source: str = "test",
        source_kind: str = "directory",
        own_site: bool = False,
        status: int = 200,
        registry: list[RegistryEntry] | None = None,
        registry_complete: bool = False,
        fetched_at: str = "2026-11-01T10:00:00+00:00",
    ) -> PageItem:
        return PageItem(
            source=source,
            source_kind=source_kind,
            url=url,
            status=status,
            fetched_at=fetched_at,
            own_site=own_site,
            extraction=Extraction(url, practitioners or [], reviews or []),
            registry=registry or [],
            registry_complete=registry_complete,
        )

    return make


def clinic(
    name: str,
    *,
    phone: str | None = None,
    website: str | None = None,
    city: str | None = None,
    region: str | None = "TX",
    postal_code: str | None = None,
    claims: list[Credential] | None = None,
    services: list[str] | None = None,
    kind: str = "clinic",
    works_for: str | None = None,
) -> Practitioner:
    """A practitioner record as a page might give it."""
    return Practitioner(
        name=name,
        kind=kind,
        telephone=phone,
        website=website,
        address=Address(locality=city, region=region, postal_code=postal_code, country="US")
        if city or postal_code
        else None,
        credentials=claims or [],
        services=services or [],
        works_for=works_for,
    )
