"""Polite crawling, piece by piece: identity, limits, back-off and revalidation."""

from __future__ import annotations

import re
import time
from email.utils import formatdate
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from crawler import settings as project
from crawler.figures import Figures
from crawler.httpcache import RevalidatingPolicy, SafeFilesystemCacheStorage
from crawler.middlewares import BackoffRetryMiddleware, retry_after
from crawler.pipelines import run_status
from crawler.runner import crawl_settings
from crawler.sources import parse_sources
from crawler.spiders.base import served_at
from crawler.spiders.clinic import ClinicSpider
from crawler.spiders.directory import DirectorySpider
from index.datadir import DataDir

SOURCES = parse_sources(
    '[crawler]\ncontact = "https://example.org/crawler"\n'
    '[[source]]\nname = "c"\nkind = "clinic"\nstart_urls = ["https://clinic.example/"]\n'
    "max_pages = 3\n"
)


def test_the_defaults_are_polite() -> None:
    assert project.ROBOTSTXT_OBEY is True
    assert project.AUTOTHROTTLE_ENABLED is True
    assert 1 <= project.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert project.DOWNLOAD_DELAY >= 1
    assert 0 < project.DOWNLOAD_MAXSIZE <= 8 * 1024 * 1024
    assert project.DOWNLOAD_TIMEOUT <= 60
    assert all(project.DOWNLOAD_HANDLERS[s] is None for s in ("file", "s3", "ftp", "data"))


def test_the_user_agent_names_the_product_and_the_contact(tmp_path: Path) -> None:
    settings = crawl_settings(SOURCES, DataDir(tmp_path))
    assert settings["USER_AGENT"] == "smpvet/0.1 (+https://example.org/crawler)"
    assert settings["HTTPCACHE_DIR"] == str(tmp_path / "httpcache")


@pytest.fixture
def spider(tmp_path: Path) -> ClinicSpider:
    crawler = get_crawler(ClinicSpider, {"SMPVET_DATA_DIR": str(tmp_path)})
    return ClinicSpider.from_crawler(crawler, source=SOURCES.sources[0], sources=SOURCES)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://clinic.example/x", "javascript:alert(1)", "mailto:a@b"]
)
def test_only_http_and_https_are_requested(spider: ClinicSpider, url: str) -> None:
    assert spider.make_request(url, spider.sources[0], own_site=True) is None


def test_a_source_stops_at_its_page_limit(spider: ClinicSpider) -> None:
    source = spider.sources[0]
    made = [
        spider.make_request(f"https://clinic.example/p{n}", source, own_site=True) for n in range(5)
    ]
    assert sum(r is not None for r in made) == source.max_pages == 3
    assert spider.figures[source.name].budget_hit
    assert spider.make_request("https://clinic.example/p0", source, own_site=True) is None


def test_retry_after_reads_seconds_and_dates() -> None:
    def response(value: str) -> Response:
        return Response("https://x.example/", status=429, headers={"Retry-After": value})

    assert retry_after(response("120")) == 120
    later = retry_after(response(formatdate(time.time() + 30, usegmt=True)))
    assert later is not None and 25 <= later <= 31
    assert retry_after(response("soon")) is None


def test_a_429_slows_the_site_down_before_retrying() -> None:
    crawler = get_crawler(settings_dict={"RETRY_TIMES": 2, "SMPVET_BACKOFF_MAX": 60})
    slot = SimpleNamespace(delay=0.5)
    crawler.engine = SimpleNamespace(downloader=SimpleNamespace(slots={"x.example": slot}))
    crawler.spider = SimpleNamespace(name="test", crawler=crawler)
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    request = Request("https://x.example/", meta={"download_slot": "x.example"})
    busy = Response("https://x.example/", status=429, headers={"Retry-After": "7"}, request=request)
    retried = middleware.process_response(request, busy)
    assert isinstance(retried, Request)
    assert slot.delay == 7
    slot.delay = 1.0
    middleware.process_response(
        request, Response("https://x.example/", status=503, request=request)
    )
    assert slot.delay == 2.0  # no Retry-After: the base back-off, doubling with each retry


def test_stale_pages_are_revalidated_never_served_from_a_guess() -> None:
    policy = RevalidatingPolicy(get_crawler().settings)
    request = Request("https://x.example/")
    cached = HtmlResponse(
        "https://x.example/",
        body=b"<html></html>",
        headers={
            "ETag": '"abc"',
            "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT",
            "Cache-Control": "no-cache",
        },
    )
    assert policy.should_cache_response(cached, request)
    assert not policy.is_cached_response_fresh(cached, request)
    assert request.headers[b"If-None-Match"] == b'"abc"'
    assert request.headers[b"If-Modified-Since"] == b"Mon, 01 Jan 2024 00:00:00 GMT"
    # Only a date, no max-age: Scrapy would call it fresh for weeks; we revalidate.
    old = HtmlResponse(
        "https://x.example/", body=b"x", headers={"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
    )
    assert not policy.is_cached_response_fresh(old, Request("https://x.example/"))
    gone = HtmlResponse("https://x.example/", status=404, headers={"ETag": '"z"'})
    assert not policy.should_cache_response(gone, request)


def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"HTTPCACHE_DIR": str(tmp_path)})
    storage = SafeFilesystemCacheStorage(crawler.settings)
    spider = SimpleNamespace(name="clinic", crawler=crawler)
    storage.open_spider(spider)
    request = Request("https://x.example/")
    storage.store_response(spider, request, HtmlResponse("https://x.example/", body=b"ok"))
    assert storage.retrieve_response(spider, request).body == b"ok"
    entry = Path(storage._get_request_path(spider, request))
    (entry / "response_headers").unlink()  # half an entry, as a crash could leave it
    assert storage.retrieve_response(spider, request) is None


@pytest.mark.parametrize(
    ("figures", "reason", "status"),
    [
        (Figures(pages=10), "finished", "ok"),
        (Figures(pages=10, budget_hit=True), "finished", "partial"),
        (Figures(pages=10), "shutdown", "partial"),
        (Figures(errors=3), "finished", "failed"),
        (Figures(), "finished", "failed"),
    ],
)
def test_a_run_says_how_it_ended(figures: Figures, reason: str, status: str) -> None:
    assert run_status(figures, reason)[0] == status


def test_a_sources_follow_patterns_choose_its_links_even_where_they_look_like_account_pages() -> (
    None
):
    """A register at /graduate-register/ is what the operator asked for; without patterns,
    sign-up and login pages are left alone."""
    from crawler.spiders.registry import RegistrySpider

    page = HtmlResponse(
        "https://academy.example/graduate-register/",
        body=b'<a href="/graduate-register/ireland/">Ireland</a><a href="/register/">Sign up</a>'
        b'<a href="/login">Log in</a><a href="/courses/">Courses</a>',
        encoding="utf-8",
    )
    spider = RegistrySpider()
    chosen = [
        link.url for link in spider.same_site_links(page, [re.compile("/graduate-register/")])
    ]
    assert chosen == ["https://academy.example/graduate-register/ireland/"]
    assert [link.url for link in spider.same_site_links(page)] == [
        "https://academy.example/courses/"
    ]
    anchored = spider.same_site_links(
        page, [re.compile("^/graduate-register/[a-z]+/$")]
    )  # a path's pattern
    assert [link.url for link in anchored] == ["https://academy.example/graduate-register/ireland/"]


def test_a_listings_website_on_a_listed_platform_is_not_crawled_as_its_own_site(
    tmp_path: Path,
) -> None:
    sources = parse_sources(
        '[[source]]\nname = "d"\nkind = "directory"\nstart_urls = ["https://dir.example/"]\n'
        '[[source]]\nname = "r"\nkind = "reviews"\nstart_urls = ["https://book.example/a/"]\n'
    )
    crawler = get_crawler(DirectorySpider, {"SMPVET_DATA_DIR": str(tmp_path)})
    spider = DirectorySpider.from_crawler(crawler, source=sources.sources[0], sources=sources)
    page = HtmlResponse(
        "https://dir.example/listing/",
        body=b'<a href="https://book.example/tyler/">Website</a>'
        b'<a href="https://tyler-smp.example/about">Visit website</a>',
    )
    item = SimpleNamespace(extraction=None)
    found = [r.url for r in spider.follow_websites(page, sources.sources[0], item)]
    assert found == ["https://tyler-smp.example/"]


def test_relative_dates_count_from_when_the_server_sent_the_page() -> None:
    def sent(date: str | None) -> Response:
        headers = {"Date": date} if date else {}
        return Response("https://x.example/", headers=headers)

    found = served_at(sent("Sat, 28 Nov 2026 12:00:00 GMT"))
    assert found is not None and found.date().isoformat() == "2026-11-28"
    assert served_at(sent(formatdate(time.time() + 7 * 86400, usegmt=True))) is None  # future
    assert served_at(sent("soon")) is None and served_at(sent(None)) is None


def test_a_registers_page_of_one_member_with_customer_feedback_is_their_listing() -> None:
    from crawler.items import PageItem
    from crawler.spiders.registry import RegistrySpider

    source = parse_sources(
        '[[source]]\nname = "scheme"\nkind = "registry"\nstart_urls = ["https://scheme.example/"]'
        '\nissuer = "Approved Trader Scheme"\ncredential = "membership"\ncountry = "GB"\n'
    ).sources[0]
    feedback = "".join(
        f'<div class="fb"><p>Score: {s}/10</p><p>{who} · {when}</p><p>{body}</p></div>'
        for s, who, when, body in (
            (10, "Mr P. Okafor, Gillingham", "12/09/2026", "Lauren explained everything at the "
             "consultation, including what could go wrong."),
            (8, "Anonymous, Chatham", "02/02/2026", "Good result, slightly darker than I "
             "expected at first but it settled after four weeks."),
        )
    )  # fmt: skip
    member = HtmlResponse(
        "https://scheme.example/trader/medway-scalp-clinic-ltd/",
        body=(
            "<html><head><title>Medway Scalp Clinic Ltd - Approved Trader Scheme</title></head>"
            "<body><h1>Medway Scalp Clinic Ltd</h1><dl><dt>Status</dt><dd>Approved</dd>"
            "<dt>Address</dt><dd>212 Canterbury Street, Gillingham, Kent ME7 5XG</dd></dl>"
            f"{feedback}</body></html>"
        ).encode(),
        encoding="utf-8",
    )
    table = HtmlResponse(
        "https://scheme.example/category/smp/",
        body=b"<table><tr><th>Name</th><th>Status</th></tr><tr><td>Medway Scalp Clinic Ltd</td>"
        b"<td>Approved</td></tr><tr><td>Kernow SMP</td><td>Lapsed</td></tr></table>",
        encoding="utf-8",
    )
    spider = RegistrySpider()
    for response, listed in ((member, ["Medway Scalp Clinic Ltd"]), (table, [])):
        item = PageItem("scheme", "registry", response.url, 200, "2026-12-05T12:00:00+00:00")
        spider.read(response, source, item)
        practitioners = item.extraction.practitioners if item.extraction else []
        assert [p.name for p in practitioners] == listed
        assert [r.rating for r in (item.extraction.reviews if item.extraction else [])] == (
            [5.0, 4.0] if listed else []
        )
