"""The demo web: its ground truth, and the real-web behaviour its loopback server shows."""

from __future__ import annotations

import errno
import http.client
import json
import re
import socket
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import zipcodes
from parsel import Selector
from protego import Protego

from crawler.sources import SELECTOR_FIELDS, parse_sources
from demoweb import DemoWeb, build_world, service, texts
from demoweb.htmltools import esc
from demoweb.truth import World
from demoweb.web import build_web
from demoweb.world import (
    DIRECTORY_A,
    DIRECTORY_B,
    GUILD_HOST,
    HANGING_HOST,
    LICENCE_BOARD_HOST,
    REVIEW_SITE,
)
from vetting.vocabulary import FLAGS, SERVICES

SLOW = 0.5
CREDENTIAL_WORDS = re.compile(
    r"licen[cs]|certif|trained|training|insured|years of (smp )?experience|guild|academy", re.I
)


@pytest.fixture(scope="module")
def world() -> World:
    return build_world()


@pytest.fixture(scope="module")
def log_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demoweb") / "requests.jsonl"


@pytest.fixture(scope="module")
def web(log_file: Path):
    with DemoWeb(slow_seconds=SLOW, log_path=log_file) as served:
        yield served


def fetch(
    web: DemoWeb, host: str, path: str, method: str = "GET", headers: dict | None = None
) -> tuple[int, http.client.HTTPMessage, bytes]:
    conn = http.client.HTTPConnection(host, web.port, timeout=5)
    try:
        conn.request(method, path, headers={"User-Agent": "smpvet-tests", **(headers or {})})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def robots(web: DemoWeb, host: str) -> Protego:
    status, _, body = fetch(web, host, "/robots.txt")
    assert status == 200
    return Protego.parse(body.decode())


# --- the world


def test_world_is_deterministic_and_fast():
    started = time.perf_counter()
    first = build_world.__wrapped__()
    assert time.perf_counter() - started < 1.0
    second = build_world.__wrapped__()
    assert [r.body for r in first.reviews] == [r.body for r in second.reviews]
    assert [c.claims for c in first.clinics] == [c.claims for c in second.clinics]
    assert first.registry == second.registry
    assert max(date.fromisoformat(r.date) for r in first.reviews) <= first.today


def test_clinic_counts(world):
    clinics = world.clinics
    assert len(clinics) >= 32
    assert sum(c.site_up and c.crawlable for c in clinics) >= 30
    assert Counter(c.category for c in clinics) == {
        "good": 8,
        "average": 7,
        "contradicted": 4,
        "unknown": 5,
        "red-flagged": 6,
        "suspicious": 4,
    }
    assert Counter(c.markup for c in clinics) == {
        "jsonld": 9,
        "microdata": 8,
        "rdfa": 6,
        "plain": 11,
    }
    assert [c.host for c in clinics] == [f"127.0.0.{20 + i}" for i in range(len(clinics))]
    assert len({c.key for c in clinics}) == len(clinics)


def test_clinics_have_real_places_and_demo_phones(world):
    phones = [c.phone for c in world.clinics]
    assert len(set(phones)) == len(phones)
    places = {(c.postal_code, c.locality, c.region) for c in world.clinics}
    for postal_code, locality, region in places:
        place = zipcodes.matching(postal_code)[0]
        assert (place["city"].lower(), place["state"]) == (locality.lower(), region)
    for c in world.clinics:
        assert re.fullmatch(r"\+1\d{3}55501\d\d", c.phone)
        assert c.services <= set(SERVICES) and "smp" in c.services


def test_every_clinic_is_listed_somewhere(world):
    for c in world.clinics:
        assert c.directories, c.key
        assert set(c.listings) >= set(c.directories)
    assert sum(len(c.directories) == 2 for c in world.clinics) > len(world.clinics) / 2
    assert sum(c.on_review_site for c in world.clinics) > len(world.clinics) * 0.8


def test_one_site_down_and_one_blocked(world):
    down = [c for c in world.clinics if not c.site_up]
    blocked = [c for c in world.clinics if not c.crawlable]
    assert len(down) == 1 and len(blocked) == 1
    assert all(c.directories for c in down + blocked)


def test_identity_traps(world):
    traps = {t.kind: t for t in world.traps}
    a, b = (world.clinic(k) for k in traps["same-city-shared-word"].keys)
    assert a.locality == b.locality and a.name != b.name
    assert set(a.name.split()) & set(b.name.split())
    a, b = (world.clinic(k) for k in traps["same-name-different-city"].keys)
    assert a.name == b.name and a.locality != b.locality
    assert a.phone != b.phone and a.host != b.host
    crown = world.clinic("crown-and-line")
    assert crown.listed_names["B"] == "Crown & Line SMP"
    assert crown.name == "Crown and Line Scalp Micropigmentation"
    assert "Northside Hairline Co." in world.clinic("northside-hairline-company").names
    assert len(traps["name-variant"].keys) >= 4


def test_categories_tell_their_story(world):
    for c in world.in_category("good"):
        reviews = world.reviews_of(c.key, "review-site")
        assert all(r.rating >= 4 for r in reviews)
        days = sorted(date.fromisoformat(r.date) for r in reviews)
        assert (days[-1] - days[0]).days > 365
        assert len({r.author for r in reviews}) == len(reviews)
        assert sum(r.regular for r in reviews) >= 2
        assert sum("answered-questions" in r.ease_positive for r in reviews) >= 2
        assert all(
            cl.expected == "verified" for cl in c.claims if cl.kind in ("licence", "training")
        )
        assert c.signals == {
            "free-consultation",
            "clear-pricing",
            "portfolio",
            "aftercare",
            "touch-up-policy",
            "hygiene",
        }
    for c in world.in_category("contradicted"):
        assert any(cl.expected == "contradicted" for cl in c.claims)
    for c in world.in_category("unknown"):
        assert not c.claims
    flagged = set()
    for c in world.in_category("red-flagged"):
        flagged |= {f for r in world.reviews_of(c.key, "review-site") for f in r.flags}
        assert all(r.rating >= 4.5 for r in world.reviews_of(c.key, "own-site"))
    assert flagged == set(FLAGS)
    for c in world.in_category("suspicious"):
        burst = [r for r in world.reviews_of(c.key) if r.suspicious]
        days = {date.fromisoformat(r.date) for r in burst}
        assert len(burst) >= 5 and (max(days) - min(days)).days <= 4
        assert all(r.rating == 5 for r in burst)


def test_average_clinics_are_partly_verified(world):
    for c in world.in_category("average"):
        assert {cl.expected for cl in c.claims} == {"verified", "claimed"}, c.key


def test_listing_signals_show_on_own_sites(world):
    sites = build_web(world, 8790)
    for c in world.clinics:
        if c.host not in sites:
            continue
        pages = [r.body for r in sites[c.host].resources.values() if len(r.body) < 1_000_000]
        text = b" ".join(pages).decode("utf-8", "replace")
        for signal, sentences in texts.SIGNALS.items():
            shown = any(esc(sentence) in text for sentence in sentences)
            assert shown == (signal in c.signals), (c.key, signal)
        assert ("pricing" in c.pages) == ("clear-pricing" in c.signals)


def test_negated_mentions_are_not_flags(world):
    good = [r for c in world.in_category("good") for r in world.reviews_of(c.key)]
    negated = [r for r in good if r.negated & set(FLAGS)]
    assert len(negated) >= 5
    assert not any(r.flags for r in good)
    assert any("No blue tint at all" in r.body for r in negated)


def test_featured_testimonials_are_recorded(world):
    sites = build_web(world, 8790)
    for c in world.clinics:
        if c.site_up:
            featured = [r for r in world.reviews_of(c.key, "own-site") if r.also_on]
            assert [r.also_on for r in featured] == [(c.pages["home"],)]
            assert esc(featured[0].body).encode() in sites[c.host].find("/").body


def test_authors_regulars_and_one_timers(world):
    counts = Counter(r.author for r in world.reviews if r.source == "review-site")
    assert sum(n >= 3 for n in counts.values()) >= 10
    burst = [r for r in world.reviews if r.suspicious]
    assert all(counts[r.author] == 1 for r in burst)


def test_registries_match_and_contradict(world):
    licences = {r.licence_number: r for r in world.rows("licence")}
    graduates = {r.name for r in world.rows("training")}
    for c in world.clinics:
        for claim in c.claims:
            if claim.kind == "licence":
                row = licences[claim.licence_number]
                assert row.name == claim.person
                assert (row.status == "Active") == (claim.expected == "verified")
            if claim.kind == "training" and claim.issuer == "Pinpoint SMP Academy":
                assert (claim.person in graduates) == (claim.expected == "verified")
    assert {r.status for r in world.rows("licence")} == {"Active", "Suspended", "Expired"}
    for registry in ("licence", "training", "membership"):
        assert any(r.artist_key is None for r in world.rows(registry))


def test_keyword_stuffing_clinic(world):
    stuffing = [c for c in world.clinics if c.stuffing]
    assert stuffing and all(c.category in ("contradicted", "unknown") for c in stuffing)
    site = build_web(world, 8790)[stuffing[0].host]
    text = site.find(stuffing[0].pages["certified"]).body.decode()
    assert text.lower().count("certified") >= 24


def test_unknown_clinics_say_nothing_about_credentials(world):
    sites = build_web(world, 8790)
    for c in world.in_category("unknown"):
        if c.host not in sites:
            continue
        for kind, path in c.pages.items():
            if kind == "certified":
                continue
            text = re.sub(r"<[^>]+>", " ", sites[c.host].find(path).body.decode())
            if c.stuffing:
                text = re.sub(r"certified[^.]*", "", text, flags=re.I)
            assert not CREDENTIAL_WORDS.search(text), (c.key, path)


# --- the live server


def test_every_listening_site_answers(web, world):
    for host, site in world.sites.items():
        if site.listening and site.kind != "hanging":
            status, _, body = fetch(web, host, "/")
            assert status == 200, host
            assert b"lorem" not in body.lower()


def test_links_between_sites_use_the_live_port(web, world):
    clinic = world.clinic("dallas-hairline-studio")
    _, _, body = fetch(web, DIRECTORY_A, clinic.listings["A"])
    assert f'href="http://{clinic.host}:{web.port}/"'.encode() in body
    assert b">Visit website<" in body
    _, _, body = fetch(web, DIRECTORY_A, "/artists/")
    assert b'href="/artists/?page=4"' in body


def test_robots_rules(web, world):
    directory = robots(web, DIRECTORY_A)
    assert not directory.can_fetch(web.url(DIRECTORY_A, "/admin/"), "smpvet")
    assert not directory.can_fetch(web.url(DIRECTORY_A, "/search?q=dallas"), "smpvet")
    assert directory.can_fetch(web.url(DIRECTORY_A, "/artists/?page=2"), "smpvet")
    blocked = next(c for c in world.clinics if not c.crawlable)
    rules = robots(web, blocked.host)
    assert not rules.can_fetch(web.url(blocked.host, "/"), "smpvet")
    assert rules.can_fetch(web.url(blocked.host, "/"), "SomeOtherBot")
    private = [c for c in world.clinics if c.private_path and c.site_up]
    assert len(private) >= 3
    for c in private:
        rules = robots(web, c.host)
        assert not rules.can_fetch(web.url(c.host, c.private_path), "smpvet")
        assert rules.can_fetch(web.url(c.host, "/"), "smpvet")
        _, _, home = fetch(web, c.host, "/")
        assert c.private_path.encode() in home
    assert fetch(web, world.quirks["no-robots"].host, "/robots.txt")[0] == 404


def test_redirects_errors_and_loop(web, world):
    q = world.quirks
    status, headers, _ = fetch(web, q["redirect-about"].host, "/about")
    assert status == 301 and headers["Location"] == "/about-us/"
    status, headers, _ = fetch(web, DIRECTORY_B, q["redirect-old-listing"].path)
    assert status == 301 and headers["Location"] == q["redirect-old-listing"].target
    assert q["redirect-old-listing"].path.encode() in fetch(web, DIRECTORY_B, "/")[2]
    loop = q["redirect-loop"]
    assert fetch(web, loop.host, loop.path)[1]["Location"] == loop.target
    assert fetch(web, loop.host, loop.target)[1]["Location"] == loop.path
    assert fetch(web, q["broken-link"].host, q["broken-link"].path)[0] == 404
    assert fetch(web, q["server-error"].host, q["server-error"].path)[0] == 500


def test_conditional_requests_and_head(web):
    host = REVIEW_SITE
    status, headers, body = fetch(web, host, "/")
    assert status == 200 and body
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert re.fullmatch(r'"[0-9a-f]+"', etag)
    assert headers["Cache-Control"] == "no-cache"
    status, headers, body = fetch(web, host, "/", headers={"If-None-Match": etag})
    assert status == 304 and body == b"" and headers["ETag"] == etag
    status, _, body = fetch(web, host, "/", headers={"If-Modified-Since": modified})
    assert status == 304 and body == b""
    assert fetch(web, host, "/", headers={"If-None-Match": '"other"'})[0] == 200
    status, headers, body = fetch(web, host, "/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    assert any(r.conditional and r.status == 304 for r in web.requests)


def test_hanging_host_never_answers_while_others_do(web):
    with socket.create_connection((HANGING_HOST, web.port), timeout=1) as conn:
        conn.sendall(b"GET / HTTP/1.1\r\nHost: hang\r\nUser-Agent: smpvet\r\n\r\n")
        assert fetch(web, LICENCE_BOARD_HOST, "/licensees?page=1")[0] == 200
        with pytest.raises(TimeoutError):
            conn.recv(1)
    assert any(r.host == HANGING_HOST and r.status == 0 for r in web.requests)


def test_down_host_refuses(web, world):
    down = next(c for c in world.clinics if not c.site_up)
    with socket.socket() as probe:
        probe.settimeout(1)
        assert probe.connect_ex((down.host, web.port)) == errno.ECONNREFUSED


def test_encodings(web, world):
    q = world.quirks["cp1252"]
    status, headers, body = fetch(web, q.host, q.path)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=windows-1252"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "Renée" in body.decode("cp1252")
    assert b"Ren\xe9e" in body and b"\x93" in body and b"\x94" in body
    q = world.quirks["no-charset"]
    status, headers, body = fetch(web, q.host, q.path)
    assert headers["Content-Type"] == "text/html" and b"charset" not in body


def test_broken_pages(web, world):
    q = world.quirks["truncated"]
    _, _, body = fetch(web, q.host, q.path)
    assert b"</html>" not in body and b"<dd>" in body
    q = world.quirks["invalid-jsonld"]
    _, _, body = fetch(web, q.host, q.path)
    block = re.search(rb'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    with pytest.raises(json.JSONDecodeError):
        json.loads(block.group(1))
    clinic = world.clinic_at(q.host)
    assert all(cl.text.encode() in body for cl in clinic.claims)


def test_huge_and_slow_pages(web, world):
    q = world.quirks["huge"]
    status, headers, _ = fetch(web, q.host, q.path, method="HEAD")
    assert status == 200 and int(headers["Content-Length"]) > 4_500_000
    q = world.quirks["slow"]
    started = time.perf_counter()
    assert fetch(web, q.host, q.path)[0] == 200
    assert time.perf_counter() - started >= SLOW * 0.9


def test_sitemaps(web, world):
    with_sitemap = [c for c in world.clinics if c.sitemap]
    assert len(with_sitemap) >= 4
    clinic = with_sitemap[0]
    _, _, body = fetch(web, clinic.host, "/sitemap.xml")
    assert web.url(clinic.host, clinic.pages["about"]).encode() in body
    assert b"/private/" not in body
    assert (
        f"Sitemap: {web.url(clinic.host, '/sitemap.xml')}".encode()
        in fetch(web, clinic.host, "/robots.txt")[2]
    )


def test_review_site_pages_and_formats(web, world):
    paths = {r.path for r in world.reviews if r.source == "review-site"}
    assert any("?page=2" in p for p in paths)
    markups = {r.markup for r in world.reviews if r.source == "review-site"}
    assert markups == {"h-review", "json-ld"}
    review = next(r for r in world.reviews if r.markup == "h-review" and "?page=2" in r.path)
    _, _, body = fetch(web, REVIEW_SITE, review.path)
    assert b'class="h-review"' in body and b"h-review-aggregate" in body
    review = next(r for r in world.reviews if r.markup == "json-ld")
    _, _, body = fetch(web, REVIEW_SITE, review.path)
    assert b'"@type": "Review"' in body


def test_directory_b_selectors_read_its_pages(web, world):
    config = parse_sources(web.sources_toml())
    selectors = next(s for s in config.sources if s.name == "scalplistings").selectors
    assert set(selectors) <= set(SELECTOR_FIELDS)
    _, _, body = fetch(web, DIRECTORY_B, "/smp/dallas-tx/")
    blocks = Selector(text=body.decode()).css(selectors["listing"])
    names = [b.css(selectors["name"]).get() for b in blocks]
    assert "Crown & Line SMP" in names or "Dallas Hairline Studio" in names
    assert b"Next \xc2\xbb" in body
    crown = world.clinic("crown-and-line")
    _, _, body = fetch(web, DIRECTORY_B, crown.listings["B"])
    block = Selector(text=body.decode()).css(selectors["listing"])[0]
    assert block.css(selectors["name"]).get() == "Crown & Line SMP"
    assert block.css(selectors["telephone"]).get() == "214.555.0147"
    assert block.css(selectors["website"]).get() == web.url(crown.host, "/")
    assert b"itemprop" not in body and b"application/ld+json" not in body


def test_sources_toml(web):
    config = parse_sources(web.sources_toml(contact="ops@example.org"))
    assert config.contact == "ops@example.org"
    kinds = Counter(s.kind for s in config.sources)
    assert kinds == {"directory": 2, "reviews": 1, "registry": 3, "clinic": 2}
    registries = {s.issuer: s for s in config.sources if s.kind == "registry"}
    assert registries["National Body Art Licensing Board"].complete
    assert registries["Pinpoint SMP Academy"].complete
    assert not registries["Scalp Pigmentation Guild"].complete
    assert {s.credential for s in registries.values()} == {"licence", "training", "membership"}
    for source in config.sources:
        assert source.delay == 0.05
        assert all(f":{web.port}/" in u for u in source.start_urls)
        assert not any(HANGING_HOST in u for u in source.start_urls)


def test_registries_are_served(web, world):
    status, _, body = fetch(web, LICENCE_BOARD_HOST, "/licensees?page=1")
    assert status == 200
    assert b"<th>Licence No.</th>" in body and b"<th>Expires</th>" in body
    suspended = next(r for r in world.rows("licence") if r.status == "Suspended")
    _, _, body = fetch(web, LICENCE_BOARD_HOST, suspended.path)
    assert suspended.licence_number.encode() in body
    _, _, body = fetch(web, GUILD_HOST, "/members/")
    assert b"not complete" in body


def test_request_log(web, log_file):
    web.reset_log()
    fetch(web, DIRECTORY_A, "/about/")
    entry = web.requests[-1]
    assert (entry.host, entry.method, entry.path, entry.status) == (
        DIRECTORY_A,
        "GET",
        "/about/",
        200,
    )
    assert entry.user_agent == "smpvet-tests" and entry.bytes > 0 and not entry.conditional
    lines = log_file.read_text().splitlines()
    assert json.loads(lines[-1])["path"] == "/about/"


def test_service_finds_or_starts_a_demo_web(web, monkeypatch):
    monkeypatch.setattr(service, "_current", None)
    assert service.is_serving(web.port)
    found = service.ensure_demo_web(web.port)
    assert found.port == web.port and found is service.ensure_demo_web(web.port)
    assert f"127.0.0.2:{web.port}" in found.describe()
    started = service.start_demo_web(0)
    try:
        assert started.port != web.port and service.is_serving(started.port)
    finally:
        started.stop()
    assert not service.is_serving(started.port)
