"""Operator pages: no default password, login, sources, runs with errors, and "crawl now"."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from web_fixtures import make_app

from index.datadir import DataDir
from index.store import Store
from webapp import passwords

PASSWORD = "correct horse battery staple"
SOURCES = """
[[source]]
name = "smpdirectory"
kind = "directory"
start_urls = ["https://smpdirectory.example/"]
schedule = "0 4 * * 1"

[[source]]
name = "txlicences"
kind = "registry"
start_urls = ["https://registry.example/tx"]
issuer = "Texas Department of State Health Services"
credential = "licence"
"""


@pytest.fixture
def admin_dir(tmp_path: Path) -> DataDir:
    """A data directory with a sources file and no crawl yet."""
    datadir = DataDir(tmp_path / "var").ensure()
    (datadir.root / "sources.toml").write_text(SOURCES, "utf-8")
    return datadir


@pytest.fixture
def admin_app(admin_dir: DataDir) -> Iterator[Flask]:
    yield make_app(admin_dir)


def set_password(admin_dir: DataDir, password: str = PASSWORD) -> None:
    with Store(admin_dir.store) as store:
        passwords.set_password(store, password)


def login(client: FlaskClient, password: str = PASSWORD) -> Any:
    return client.post("/admin/login", data={"password": password})


def test_admin_is_disabled_until_a_password_is_set(admin_app: Flask) -> None:
    client = admin_app.test_client()
    for url in ("/admin", "/admin/login", "/admin/runs/1"):
        response = client.get(url)
        assert response.status_code == 403
        assert b"smpvet admin-password" in response.data
    assert login(client, "").status_code == 403


def test_the_password_is_stored_hashed_and_checked(admin_dir: DataDir) -> None:
    set_password(admin_dir)
    with Store(admin_dir.store) as store:
        stored = passwords.stored_hash(store)
        assert stored and PASSWORD not in stored and stored.startswith(("scrypt:", "pbkdf2:"))
        assert passwords.check(store, PASSWORD)
        assert not passwords.check(store, PASSWORD + "!")
        with pytest.raises(passwords.WeakPassword):
            passwords.set_password(store, "short")


def test_login_then_the_dashboard_shows_sources_schedules_and_runs(
    admin_app: Flask, admin_dir: DataDir
) -> None:
    set_password(admin_dir)
    client = admin_app.test_client()
    assert client.get("/admin").headers["Location"].startswith("/admin/login")
    assert login(client, "wrong password here").status_code == 401
    assert login(client).headers["Location"] == "/admin"
    with Store(admin_dir.store) as store:
        run = store.start_run("smpdirectory", trigger="schedule")
        store.add_error(
            run, "https://smpdirectory.example/x", "http", "HTTP 503 <script>x</script>"
        )
        store.finish_run(run, "partial", pages=12, items=40, errors=1, bytes=123456)
    page = client.get("/admin").get_data(as_text=True)
    for text in (
        "smpdirectory",
        "txlicences",
        "0 4 * * 1",
        "partial",
        "123,456",
        ">40<",
        "Crawl now",
    ):
        assert text in page
    detail = client.get(f"/admin/runs/{run}").get_data(as_text=True)
    assert "HTTP 503 &lt;script&gt;x&lt;/script&gt;" in detail
    assert "https://smpdirectory.example/x" in detail
    assert client.get("/admin/runs/999").status_code == 404
    assert client.post("/admin/logout").status_code == 303
    assert client.get("/admin").status_code == 302


def test_a_new_password_ends_old_sessions(admin_app: Flask, admin_dir: DataDir) -> None:
    set_password(admin_dir)
    client = admin_app.test_client()
    login(client)
    assert client.get("/admin").status_code == 200
    set_password(admin_dir, "another long passphrase")
    assert client.get("/admin").status_code == 302


def test_admin_sessions_expire(admin_dir: DataDir) -> None:
    set_password(admin_dir)
    client = make_app(admin_dir, ADMIN_SESSION_SECONDS=0).test_client()
    login(client)
    assert client.get("/admin").status_code == 302


def test_login_attempts_are_rate_limited(admin_dir: DataDir) -> None:
    set_password(admin_dir)
    client = make_app(admin_dir, RATELIMIT_ENABLED=True, RATELIMIT_LOGIN=(0.001, 2)).test_client()
    codes = [login(client, "guess number one").status_code for _ in range(3)]
    assert codes == [401, 401, 429]


class FakeChild:
    pid = 4242

    def wait(self) -> int:
        return 0


def test_crawl_now_starts_a_detached_child_process(
    admin_app: Flask, admin_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webapp import crawls

    started: list[tuple[list[str], dict[str, Any]]] = []
    monkeypatch.setattr(
        crawls.subprocess, "Popen", lambda cmd, **kw: started.append((cmd, kw)) or FakeChild()
    )
    set_password(admin_dir)
    client = admin_app.test_client()
    login(client)
    response = client.post("/admin/sources/smpdirectory/crawl", follow_redirects=True)
    assert b"Started a crawl of smpdirectory (process 4242)" in response.data
    ((command, options),) = started
    assert command == [
        sys.executable,
        "-m",
        "cli",
        "--data-dir",
        str(admin_dir.root),
        "crawl",
        "--sources",
        str((admin_dir.root / "sources.toml").resolve()),
        "--trigger",
        "admin",
        "smpdirectory",
    ]
    assert options["start_new_session"] is True and options["stdin"] is not None
    assert client.post("/admin/sources/nope/crawl").status_code == 404
    assert client.get("/admin/sources/smpdirectory/crawl").status_code == 405


def test_crawl_now_refuses_a_source_already_running(
    admin_app: Flask, admin_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webapp import crawls

    monkeypatch.setattr(crawls.subprocess, "Popen", lambda *a, **k: pytest.fail("started"))
    set_password(admin_dir)
    with Store(admin_dir.store) as store:
        store.start_run("smpdirectory")  # this process is alive: the run is live
    client = admin_app.test_client()
    login(client)
    response = client.post("/admin/sources/smpdirectory/crawl", follow_redirects=True)
    assert b"already being crawled" in response.data


def test_an_unreadable_sources_file_is_explained(admin_dir: DataDir) -> None:
    (admin_dir.root / "sources.toml").write_text("not [valid toml", "utf-8")
    set_password(admin_dir)
    client = make_app(admin_dir).test_client()
    login(client)
    page = client.get("/admin")
    assert page.status_code == 200 and b"not valid TOML" in page.data


def test_cli_sets_the_admin_password(admin_dir: DataDir) -> None:
    from cli import main

    runner = CliRunner()
    weak = runner.invoke(
        main,
        ["--data-dir", str(admin_dir.root), "admin-password", "--password-stdin"],
        input="short\n",
    )
    assert weak.exit_code != 0 and "at least 12 characters" in weak.output
    ok = runner.invoke(
        main,
        ["--data-dir", str(admin_dir.root), "admin-password", "--password-stdin"],
        input=PASSWORD + "\n",
    )
    assert ok.exit_code == 0, ok.output
    prompted = runner.invoke(
        main,
        ["--data-dir", str(admin_dir.root), "admin-password"],
        input="another long passphrase\nanother long passphrase\n",
    )
    assert prompted.exit_code == 0, prompted.output
    with Store(admin_dir.store) as store:
        assert passwords.check(store, "another long passphrase")
        assert not passwords.check(store, PASSWORD)
