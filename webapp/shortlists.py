"""Shortlists: a private link, notes, the consultation checklist, exports and a feed."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.routing import BaseConverter

from index.profiles import resolve_id
from vetting.checklist import QUESTIONS
from webapp import exports, feed, params, pdf, shortlist_db
from webapp.cards import entries
from webapp.db import get_store
from webapp.ratelimit import limit

bp = Blueprint("shortlists", __name__)


class TokenConverter(BaseConverter):
    """A shortlist token: 32 URL-safe characters; nothing else reaches the views."""

    regex = shortlist_db.TOKEN_RE.pattern


bp.record_once(lambda state: state.app.url_map.converters.setdefault("token", TokenConverter))


@bp.before_request
def limit_writes() -> None:
    if request.method == "POST":
        limit("write")


def known(token: str) -> None:
    """404 unless the shortlist exists."""
    if not shortlist_db.exists(get_store(), token):
        if session.get("shortlist") == token:
            session.pop("shortlist")  # forget a shortlist that is gone
        abort(404, "This shortlist does not exist. Check the link, or start a new shortlist.")


def remember(token: str) -> None:
    """Keep the shortlist this browser uses, so scorecards can add to it."""
    if session.get("shortlist") != token:
        session["shortlist"] = token


def practitioner(pid: str) -> str:
    """The current id of the practitioner a form names, or 404."""
    current = resolve_id(get_store(), pid) if params.practitioner_id(pid) else None
    if current is None:
        abort(404, "There is no practitioner with that id.")
    return current


def add_practitioner(token: str, current: str) -> str:
    """Add a practitioner; return what to tell the consumer."""
    limit_items = current_app.config["MAX_SHORTLIST_ITEMS"]
    try:
        added = shortlist_db.add(get_store(), token, current, limit_items)
    except shortlist_db.ShortlistFull as exc:
        return f"Not added: {exc}."
    return "Added to your shortlist." if added else "Already on your shortlist."


@bp.get("/shortlists")
def start() -> str:
    """Explain shortlists and offer to start one."""
    return render_template("shortlists/start.html")


@bp.post("/shortlists")
def create() -> Response:
    """Create a shortlist (adding the practitioner given, if any) and go to it."""
    pid = (request.form.get("id") or "").strip()
    current = practitioner(pid) if pid else None
    token = shortlist_db.create(get_store())
    remember(token)
    if current:
        add_practitioner(token, current)
    flash("Your shortlist is ready. Bookmark this page: its link is the only key to it.")
    return redirect(url_for(".show", token=token), 303)


@bp.get("/s/<token:token>")
def show(token: str) -> str:
    """The shortlist with each practitioner's scorecard, notes and checklist."""
    known(token)
    remember(token)
    return render_template(
        "shortlists/shortlist.html",
        token=token,
        entries=entries(get_store(), token),
        questions=QUESTIONS,
        max_notes=current_app.config["MAX_NOTES_CHARS"],
    )


@bp.post("/s/<token:token>/items")
def add(token: str) -> Response:
    known(token)
    flash(add_practitioner(token, practitioner((request.form.get("id") or "").strip())))
    return redirect(url_for(".show", token=token), 303)


@bp.post("/s/<token:token>/items/<pid>/remove")
def remove(token: str, pid: str) -> Response:
    known(token)
    if not shortlist_db.remove(get_store(), token, pid):
        abort(404, "That practitioner is not on this shortlist.")
    flash("Removed from your shortlist.")
    return redirect(url_for(".show", token=token), 303)


@bp.post("/s/<token:token>/items/<pid>")
def save(token: str, pid: str) -> Response:
    """Save the notes and consultation answers for one practitioner."""
    known(token)
    notes = request.form.get("notes", "")
    if len(notes) > current_app.config["MAX_NOTES_CHARS"]:
        raise params.BadParameter(
            f"Notes are limited to {current_app.config['MAX_NOTES_CHARS']} characters."
        )
    answers = {}
    for question in QUESTIONS:
        value = request.form.get(f"q-{question.key}", "")
        if value not in ("", *shortlist_db.ANSWERS):
            raise params.BadParameter("Each checklist answer is yes, no or unsure.")
        if value:
            answers[question.key] = value
    if not shortlist_db.save(get_store(), token, pid, notes.replace("\r\n", "\n"), answers):
        abort(404, "That practitioner is not on this shortlist.")
    flash("Saved your notes and answers.")
    return redirect(url_for(".show", token=token, _anchor=f"p-{pid}"), 303)


@bp.get("/s/<token:token>.csv")
def export_csv(token: str) -> Response:
    known(token)
    body = exports.shortlist_csv(entries(get_store(), token))
    return exports.download(body, "text/csv; charset=utf-8", "smpvet-shortlist.csv")


@bp.get("/s/<token:token>.json")
def export_json(token: str) -> Response:
    known(token)
    body = exports.shortlist_json(entries(get_store(), token))
    return exports.download(body, "application/json", "smpvet-shortlist.json")


@bp.get("/s/<token:token>.pdf")
def export_pdf(token: str) -> Response:
    known(token)
    body = pdf.shortlist_pdf(entries(get_store(), token))
    return exports.download(body, "application/pdf", "smpvet-shortlist.pdf")


@bp.get("/s/<token:token>/feed.atom")
def atom(token: str) -> Response:
    """New reviews and new red flags for the shortlisted practitioners."""
    known(token)
    self_url = url_for(".atom", token=token, _external=True)
    page_url = url_for(".show", token=token, _external=True)
    body = feed.shortlist_feed(entries(get_store(), token, scorecards=False), self_url, page_url)
    return Response(body, mimetype="application/atom+xml")
