"""Operator pages behind a login: sources, schedules, crawl runs, and "crawl now"."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from crawler.sources import SourcesConfig, SourcesError, load_sources
from webapp import crawls, passwords
from webapp.db import datadir, get_store
from webapp.ratelimit import limit

bp = Blueprint("admin", __name__, url_prefix="/admin")
OPEN = {"admin.login", "admin.logout"}


@bp.before_request
def require_login() -> str | Response | tuple[str, int] | None:
    """Admin is disabled until a password is set; then every page but login needs it."""
    hashed = passwords.stored_hash(get_store())
    if hashed is None:
        return render_template("admin/disabled.html"), 403
    if request.endpoint in OPEN:
        return None
    fresh = (
        time.time() - float(session.get("admin_at", 0))
        < current_app.config["ADMIN_SESSION_SECONDS"]
    )
    if session.get("admin") != passwords.fingerprint(hashed) or not fresh:
        return redirect(url_for(".login", next=request.path))
    return None


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    if request.method == "GET":
        return render_template("admin/login.html")
    limit("login")
    store = get_store()
    if not passwords.check(store, request.form.get("password", "")[:1024]):
        flash("That password is not right.")
        return render_template("admin/login.html"), 401
    shortlist = session.get("shortlist")
    session.clear()  # a fresh session for the operator
    if shortlist:
        session["shortlist"] = shortlist
    session["admin"] = passwords.fingerprint(passwords.stored_hash(store) or "")
    session["admin_at"] = time.time()
    target = request.args.get("next", "")
    return redirect(target if target.startswith("/admin") else url_for(".dashboard"), 303)


@bp.post("/logout")
def logout() -> Response:
    session.pop("admin", None)
    session.pop("admin_at", None)
    return redirect(url_for("search.index"), 303)


def sources() -> tuple[SourcesConfig | None, str | None]:
    """The configured sources, or the reason they cannot be read."""
    path = Path(current_app.config["SOURCES_FILE"])
    try:
        return load_sources(path), None
    except SourcesError as exc:
        return None, str(exc)


def next_runs(config: SourcesConfig) -> dict[str, datetime]:
    from scheduler import next_run_times  # the scheduler's own reading of the schedules

    return next_run_times(datadir(), config)


@bp.get("")
def dashboard() -> str:
    store = get_store()
    store.close_dead_runs()
    config, problem = sources()
    return render_template(
        "admin/dashboard.html",
        config=config,
        problem=problem,
        sources_file=current_app.config["SOURCES_FILE"],
        upcoming=next_runs(config) if config else {},
        last=store.last_runs(),
        runs=store.runs(limit=50),
        counts=store.counts(),
    )


@bp.get("/runs/<int:run_id>")
def run(run_id: int) -> str:
    store = get_store()
    found = store.run(run_id)
    if found is None:
        abort(404, "There is no crawl run with that number.")
    return render_template("admin/run.html", run=found, errors=store.run_errors(run_id))


@bp.post("/sources/<name>/crawl")
def crawl_now(name: str) -> Response:
    """Start a crawl of one source in a detached child process."""
    config, problem = sources()
    if config is None:
        abort(404, f"The sources file cannot be read: {problem}")
    try:
        (source,) = config.select([name])
    except SourcesError:
        abort(404, "There is no source with that name.")
    store = get_store()
    store.close_dead_runs()
    running = store.last_runs().get(source.name)
    if running and running["status"] == "running":
        flash(f"{source.name} is already being crawled (run {running['id']}).")
    else:
        assert config.path is not None
        pid = crawls.start_crawl(datadir(), config.path, source.name)
        flash(f"Started a crawl of {source.name} (process {pid}); refresh to follow it.")
    return redirect(url_for(".dashboard"), 303)
