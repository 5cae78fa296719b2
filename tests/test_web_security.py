"""Safety of the front end: hostile scraped text, CSRF, headers, cookies, limits, body caps."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_checks import audit
from web_fixtures import *  # noqa: F403
from web_fixtures import FORMULA, IMG, JS_URL, SCRIPT, WebData, make_app

from webapp.ratelimit import TokenBuckets
from webapp.security import link_url


@pytest.fixture
def hostile_shortlist(client: FlaskClient, web_data: WebData) -> str:
    """A shortlist holding the practitioner whose every field is hostile, with hostile notes."""
    token = (
        client.post("/shortlists", data={"id": web_data.id("Houston Ink")})
        .headers["Location"]
        .rsplit("/", 1)[1]
    )
    client.post(f"/s/{token}/items", data={"id": web_data.id("Crown SMP")})
    client.post(
        f"/s/{token}/items/{web_data.id('Houston Ink')}",
        data={"notes": f"{SCRIPT} {IMG} {FORMULA}", "q-at-ease": "yes"},
    )
    return token


def pages(web_data: WebData, token: str) -> list[str]:
    hostile, crown = web_data.id("Houston Ink"), web_data.id("Crown SMP")
    return [
        "/",
        "/search?q=houston",
        "/search?q=amazing",
        "/search?near=Houston,+TX",
        f"/p/{hostile}",
        f"/p/{hostile}?flagged=1",
        f"/compare?ids={hostile},{crown}",
        f"/s/{token}",
        f"/compare?ids={hostile},{crown}&shortlist={token}",
    ]


def test_hostile_text_is_literal_text_on_every_page(
    client: FlaskClient, web_data: WebData, hostile_shortlist: str
) -> None:
    for url in pages(web_data, hostile_shortlist):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.get_data(as_text=True)
        assert SCRIPT not in page and IMG not in page, url
        assert audit(page) == [], url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, url
    scorecard = client.get(f"/p/{web_data.id('Houston Ink')}").get_data(as_text=True)
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in scorecard
    assert JS_URL in scorecard and not re.search(r'href="\s*javascript', scorecard, re.I)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a?b=c", "https://example.com/a?b=c"),
        ("http://example.com", "http://example.com"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/", None),
        ("/relative", None),
        ("https://", None),
        ("http://exa mple.com", None),
        ("file:///etc/passwd", None),
        (None, None),
    ],
)
def test_only_plain_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert link_url(url) == expected


def test_exports_carry_hostile_text_as_inert_data(
    client: FlaskClient, hostile_shortlist: str
) -> None:
    from xml.etree import ElementTree as ET

    feed = client.get(f"/s/{hostile_shortlist}/feed.atom")
    root = ET.fromstring(feed.data)  # noqa: S314  (our own output)
    atom = "{http://www.w3.org/2005/Atom}"
    contents = " ".join(e.text or "" for e in root.iter(f"{atom}content"))
    assert SCRIPT in contents  # text in a type="text" element: shown, never run
    assert all(e.get("type") == "text" for e in root.iter(f"{atom}content"))
    hrefs = [e.get("href") or "" for e in root.iter(f"{atom}link")]
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    data = client.get(f"/s/{hostile_shortlist}.json")
    assert data.mimetype == "application/json"
    assert data.headers["X-Content-Type-Options"] == "nosniff"


# -- headers -------------------------------------------------------------------------------


def test_security_headers_on_every_kind_of_response(
    client: FlaskClient, web_data: WebData, hostile_shortlist: str
) -> None:
    urls = [
        "/",
        "/nowhere",
        "/static/style.css",
        "/api/search?q=smp",
        "/api/openapi.json",
        f"/s/{hostile_shortlist}.csv",
        f"/s/{hostile_shortlist}.pdf",
        "/admin",
        f"/p/{web_data.id('Crown SMP')}",
        "/search?page=x",
    ]
    for url in urls:
        with client.get(url) as response:
            headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, url
        assert "default-src 'none'" in csp and "base-uri 'none'" in csp, url
        assert headers["X-Content-Type-Options"] == "nosniff", url
        assert headers["X-Frame-Options"] == "DENY", url
        assert headers["Referrer-Policy"] == "no-referrer", url
    private = client.get(f"/s/{hostile_shortlist}").headers
    assert private["Cache-Control"] == "no-store"
    assert "noindex" in private["X-Robots-Tag"]


def test_session_cookie_is_httponly_lax_and_secure_when_configured(web_data: WebData) -> None:
    plain = make_app(web_data.datadir).test_client().get("/shortlists")
    cookie = plain.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    secure_app = make_app(web_data.datadir, SESSION_COOKIE_SECURE=True)
    secure = secure_app.test_client().get("/shortlists")
    assert "Secure" in secure.headers["Set-Cookie"]
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


# -- CSRF ------------------------------------------------------------------------------------


@pytest.fixture
def csrf_client(web_data: WebData) -> Iterator[FlaskClient]:
    yield make_app(web_data.datadir, WTF_CSRF_ENABLED=True).test_client()


def _token(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF field in the form"
    return match.group(1)


def test_every_state_changing_form_needs_the_csrf_token(
    csrf_client: FlaskClient, web_data: WebData
) -> None:
    crown = web_data.id("Crown SMP")
    refused = csrf_client.post("/shortlists", data={"id": crown})
    assert refused.status_code == 400 and b"form has expired" in refused.data
    created = csrf_client.post(
        "/shortlists",
        data={"id": crown, "csrf_token": _token(csrf_client.get("/shortlists").get_data(True))},
    )
    assert created.status_code == 303
    token = created.headers["Location"].rsplit("/", 1)[1]
    page = csrf_client.get(f"/s/{token}").get_data(as_text=True)
    forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", page, re.S)
    assert forms and all('name="csrf_token"' in f for f in forms)
    for url, data in [
        (f"/s/{token}/items", {"id": crown}),
        (f"/s/{token}/items/{crown}", {"notes": "x"}),
        (f"/s/{token}/items/{crown}/remove", {}),
        ("/admin/login", {"password": "x" * 20}),
        ("/admin/logout", {}),
    ]:
        assert csrf_client.post(url, data=data).status_code in (400, 403), url


def test_the_json_api_needs_no_csrf_token_but_json(
    csrf_client: FlaskClient, web_data: WebData
) -> None:
    created = csrf_client.post("/api/shortlists")
    assert created.status_code == 201
    assert "Set-Cookie" not in created.headers  # the API never uses cookies
    items = f"/api/shortlists/{created.get_json()['token']}/items"
    form = csrf_client.post(items, data={"id": web_data.id("Crown SMP")})
    assert form.status_code == 415  # what a cross-site HTML form can send is refused
    assert csrf_client.post(items, json={"id": web_data.id("Crown SMP")}).status_code == 201


# -- rate limits and body caps ---------------------------------------------------------------


def test_token_bucket_refills_over_time() -> None:
    now = [0.0]
    buckets = TokenBuckets(rate=2, burst=3, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(3)] == [0, 0, 0]
    assert buckets.take("a") == pytest.approx(0.5)
    assert buckets.take("b") == 0  # each client has its own bucket
    now[0] += 0.5
    assert buckets.take("a") == 0
    small = TokenBuckets(rate=1, burst=1, max_clients=2, clock=lambda: now[0])
    for client in "xyz":
        small.take(client)
    assert len(small._buckets) == 2


def test_search_and_api_are_rate_limited_with_retry_after(web_data: WebData) -> None:
    app = make_app(
        web_data.datadir, RATELIMIT_ENABLED=True, RATELIMIT_SEARCH=(0.5, 3), RATELIMIT_API=(0.5, 2)
    )
    client = app.test_client()
    codes = [client.get("/search?q=smp").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = client.get("/")
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert b"Slow down" in limited.data
    assert client.get("/how-we-score").status_code == 200  # pages without a search are free
    other = app.test_client()
    assert other.get("/", environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 200
    api = [client.get("/api/search?q=smp").status_code for _ in range(3)]
    assert api == [200, 200, 429]
    body = client.get("/api/search").get_json()
    assert body["error"]["status"] == 429


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(
    web_data: WebData,
) -> None:
    app = make_app(
        web_data.datadir, RATELIMIT_ENABLED=True, RATELIMIT_SEARCH=(0.01, 1), TRUSTED_PROXIES=1
    )
    client = app.test_client()
    first = {"X-Forwarded-For": "203.0.113.5"}
    assert client.get("/", headers=first).status_code == 200
    assert client.get("/", headers=first).status_code == 429
    assert client.get("/", headers={"X-Forwarded-For": "203.0.113.6"}).status_code == 200
    untrusted = make_app(web_data.datadir, RATELIMIT_ENABLED=True, RATELIMIT_SEARCH=(0.01, 1))
    spoofing = untrusted.test_client()
    assert spoofing.get("/", headers=first).status_code == 200
    assert spoofing.get("/", headers={"X-Forwarded-For": "1.2.3.4"}).status_code == 429


def test_request_bodies_are_capped(client: FlaskClient, app: Flask) -> None:
    token = client.post("/api/shortlists").get_json()["token"]
    huge = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    api = client.post(
        f"/api/shortlists/{token}/items",
        data='{"id": "' + huge + '"}',
        content_type="application/json",
    )
    assert api.status_code == 413 and api.get_json()["error"]["status"] == 413
    page = client.post("/shortlists", data={"id": huge})
    assert page.status_code == 413 and b"Too large" in page.data
