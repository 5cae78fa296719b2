"""The consumer's journey in real headless Chromium, with screenshots and axe-core checks.

Needs Debian's chromium (/usr/bin/chromium) and axe-core installed with
`npm install` in tests/browser; each test skips with the reason when one is missing.
Screenshots go to test-output/screenshots/ for a person to look at.
"""

from __future__ import annotations

import csv
import io
import logging
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_fixtures import WebData, build, make_app

from index.datadir import DataDir
from webapp.db import close_search

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "test-output" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Rules the issue names (labels, headings, contrast) fail at any impact; others at serious+.
NAMED_RULES = {
    "label",
    "label-title-only",
    "select-name",
    "form-field-multiple-labels",
    "heading-order",
    "empty-heading",
    "page-has-heading-one",
    "color-contrast",
    "link-name",
    "button-name",
    "document-title",
    "html-has-lang",
    "landmark-one-main",
    "skip-link",
}


def _playwright() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Python playwright is not installed (pip install playwright)")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is missing: apt-get install -y chromium")
    return sync_playwright


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, WebData]]:
    """The front end on a free loopback port, CSRF and rate limits on, as in production."""
    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    data = build(tmp_path_factory.mktemp("browser") / "var")
    app = make_app(
        DataDir(data.datadir.root), TESTING=False, WTF_CSRF_ENABLED=True, RATELIMIT_ENABLED=True
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.socket.getsockname()[1]}", data
    finally:
        server.shutdown()
        thread.join()
        close_search(app)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium with the flags of BROWSER.md; Playwright gives it a fresh empty profile."""
    sync_playwright = _playwright()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module", autouse=True)
def screenshots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


class Page:
    """A page that fails the test on console errors (CSP violations among them) and dialogs."""

    def __init__(self, context: Any, base: str):
        self.page = context.new_page()
        self.base = base
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on(
            "dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss())
        )

    def shot(self, name: str, expected: str | None = None) -> None:
        """Save a full-page screenshot; fail on any problem except the `expected` one."""
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        problems = [m for m in self.problems if not (expected and expected in m)]
        self.problems.clear()
        assert not problems, problems


def axe_violations(context: Any, url: str) -> list[dict[str, Any]]:
    """axe-core's violations on a page (in a context that lets the test inject axe)."""
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    page.close()
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["id"] in NAMED_RULES or v["impact"] in ("serious", "critical")
    ]


@pytest.fixture(scope="module")
def visited() -> list[str]:
    """The pages the journey went through, for the accessibility check after it."""
    return []


def test_the_consumer_journey(site: tuple[str, WebData], browser: Any, visited: list[str]) -> None:
    base, data = site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    p = Page(context, base)
    page = p.page

    page.goto(base + "/")
    p.shot("01-home")
    visited.append(page.url)

    page.fill("#q", "smp")
    page.fill("#near", "Dallas, TX")
    page.select_option("#radius_km", label="100 km")
    page.click("button:has-text('Search')")
    page.wait_for_selector(".hit")
    assert "near Dallas" in page.inner_text("#results-heading")
    assert page.locator(".hit").count() >= 2
    assert page.locator(".hit .meta", has_text="km away").count() >= 1
    p.shot("02-search-near-dallas")
    visited.append(page.url)

    page.click("a:has-text('Crown SMP Studio')")
    page.wait_for_selector("#steps-heading")
    assert page.locator(".step").count() == 3
    assert page.locator("svg.bars rect").count() == 10
    p.shot("03-scorecard")
    visited.append(page.url)

    page.click("button:has-text('Add to shortlist')")
    page.wait_for_selector(".entry")
    shortlist = page.url
    page.goto(base + "/p/" + data.id("Fresh Start"))
    page.click("button:has-text('Add to shortlist')")
    page.wait_for_selector(".entry >> nth=1")
    assert page.url.split("#")[0] == shortlist
    assert page.locator(".entry").count() == 2

    first = page.locator(".entry").first
    for key in ("training", "certified", "answered"):
        first.locator(f"input[name='q-{key}'][value='yes']").check()
    first.locator("input[value='no']").nth(0).check()  # one doubtful answer
    first.locator("textarea").fill("Asked about pigment depth. <b>not bold</b>")
    first.locator("button:has-text('Save notes and answers')").click()
    page.wait_for_selector(".flash")
    assert "Saved" in page.inner_text(".flash")
    assert page.locator(".entry").first.locator("textarea").input_value().startswith("Asked")
    p.shot("04-shortlist-with-checklist")
    visited.append(shortlist)

    page.emulate_media(media="print")
    p.shot("05-shortlist-print")
    page.emulate_media(media="screen")

    with page.expect_download() as csv_download:
        page.click("a:has-text('Download CSV')")
    rows = list(csv.reader(io.StringIO(Path(csv_download.value.path()).read_text("utf-8-sig"))))
    assert [r[1] for r in rows[1:]] == ["Crown SMP Studio", "Fresh Start Removal"]
    with page.expect_download() as pdf_download:
        page.click("a:has-text('Download PDF')")
    pdf = Path(pdf_download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF") and b"/URI" not in pdf
    shutil.copy(pdf_download.value.path(), SHOTS / "shortlist.pdf")

    page.click("a:has-text('Compare side by side')")
    page.wait_for_selector("table.compare")
    assert page.locator("table.compare th[scope='col']").count() == 2
    p.shot("06-compare")
    visited.append(page.url)

    for path, name in [
        ("/removal?method=removal-saline&near=Dallas%2C+TX", "07-removal"),
        ("/how-we-score", "08-how-we-score"),
        ("/p/" + data.id("Houston Ink"), "09-hostile-scorecard"),
        ("/search?q=zzzzqqq&min_grade=A&near=Dallas%2C+TX", "10-no-results"),
        ("/p/no-such-practitioner", "11-not-found"),
    ]:
        page.goto(base + path)
        p.shot(name, expected="status of 404")
        visited.append(page.url)
    page.goto(base + "/p/" + data.id("Houston Ink"))
    assert "<script>alert(1)</script>" in page.inner_text("h1")
    assert '"><img src=x onerror=alert(1)>' in page.inner_text("#reviews")
    assert page.locator("script").count() == 1  # only /static/app.js
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    small = Page(phone, base)
    small.page.goto(base + "/search?near=Dallas%2C+TX")
    small.shot("12-search-phone")
    small.page.goto(shortlist)
    small.shot("13-shortlist-phone")
    phone.close()
    context.close()


def test_every_page_of_the_journey_passes_axe(browser: Any, visited: list[str]) -> None:
    """No axe-core violation of labels, headings or contrast (nor any serious one)."""
    if not AXE.exists():
        pytest.skip("axe-core is missing: run `npm ci` in tests/browser")
    if not visited:
        pytest.skip("the journey did not run")
    checker = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    found = {url: axe_violations(checker, url) for url in visited}
    checker.close()
    assert {u: v for u, v in found.items() if v} == {}


def test_admin_pages(site: tuple[str, WebData], browser: Any) -> None:
    from index.store import Store
    from webapp.passwords import set_password

    base, data = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = Page(context, base)
    p.page.goto(base + "/admin")
    p.shot("20-admin-disabled", expected="status of 403")
    with Store(data.datadir.store) as store:
        set_password(store, "correct horse battery staple")
        run = store.start_run("smpdirectory", trigger="schedule")
        store.add_error(run, "https://smpdirectory.example/x", "http", "HTTP 503 <b>oops</b>")
        store.finish_run(run, "partial", pages=12, items=40, errors=1, bytes=123456)
    (data.datadir.root / "sources.toml").write_text(
        '[[source]]\nname = "smpdirectory"\nkind = "directory"\n'
        'start_urls = ["https://smpdirectory.example/"]\nschedule = "0 4 * * 1"\n',
        "utf-8",
    )
    p.page.goto(base + "/admin")
    p.page.fill("#password", "correct horse battery staple")
    p.page.click("button:has-text('Sign in')")
    p.page.wait_for_selector("#runs-heading")
    p.shot("21-admin-dashboard")
    context_cookies = context.cookies()
    p.page.click("a:has-text('#')")
    p.page.wait_for_selector("table.data")
    assert "<b>oops</b>" in p.page.inner_text("table.data")
    p.shot("22-admin-run")
    pages = [base + "/admin", p.page.url]
    context.close()
    if AXE.exists():
        checker = browser.new_context(bypass_csp=True, storage_state=None)
        checker.add_cookies(context_cookies)
        found = {url: axe_violations(checker, url) for url in pages}
        checker.close()
        assert {u: v for u, v in found.items() if v} == {}
