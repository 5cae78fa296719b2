"""The JSON API under /api/.

It uses no cookies: a shortlist's token in the URL is its only key, so the API is
exempt from CSRF tokens. Writes must send `Content-Type: application/json`, which a
cross-site HTML form cannot, and no CORS header lets another site read a response.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify, redirect, request, url_for
from werkzeug.exceptions import BadRequest, NotFound, UnsupportedMediaType
from werkzeug.wrappers import Response

from index.profiles import load_profile, resolve_id
from index.search import SearchError
from webapp import params, shortlist_db
from webapp.cards import contact, entries, scorecard_json
from webapp.db import get_search, get_store
from webapp.openapi import document
from webapp.ratelimit import limiter

bp = Blueprint("api", __name__, url_prefix="/api")
bp.before_request(limiter("api"))


@bp.get("/search")
def search() -> Response:
    query = params.search_query(request.args, current_app.config["PER_PAGE"])
    try:
        results = get_search().search(query)
    except SearchError as exc:
        raise BadRequest(str(exc)) from None
    return jsonify(results.to_json())


@bp.get("/practitioners/<pid>")
def practitioner(pid: str) -> Response:
    """The scorecard (the shape of `smpvet vet --json`) with contact details added."""
    store = get_store()
    current = resolve_id(store, pid) if params.practitioner_id(pid) else None
    if current is None:
        raise NotFound("There is no practitioner with that id.")
    if current != pid:
        return redirect(url_for(".practitioner", pid=current), 301)
    profile = load_profile(store, current)
    card = scorecard_json(store, current)
    if profile is None or card is None:
        raise NotFound("There is no practitioner with that id.")
    return jsonify(
        {
            **card,
            "contact": contact(profile),
            "url": url_for("practitioners.scorecard", pid=current, _external=True),
        }
    )


@bp.post("/shortlists")
def create_shortlist() -> tuple[Response, int, dict[str, str]]:
    token = shortlist_db.create(get_store())
    location = url_for(".items", token=token)
    return jsonify(shortlist_json(token)), 201, {"Location": location}


def known(token: str) -> str:
    if not shortlist_db.exists(get_store(), token):
        raise NotFound("There is no shortlist with that token.")
    return token


def shortlist_json(token: str) -> dict[str, Any]:
    return {
        "token": token,
        "url": url_for("shortlists.show", token=token, _external=True),
        "items": [e.to_json() for e in entries(get_store(), token)],
    }


def body_id() -> str:
    """The practitioner id of a JSON body {"id": "..."}."""
    if not request.is_json:
        raise UnsupportedMediaType("Send the body as application/json.")
    body = request.get_json(silent=True)
    pid = body.get("id") if isinstance(body, dict) else None
    if not isinstance(pid, str) or not params.practitioner_id(pid):
        raise BadRequest('The body must be a JSON object like {"id": "<practitioner id>"}.')
    return pid


@bp.get("/shortlists/<token>/items")
def items(token: str) -> Response:
    return jsonify(shortlist_json(known(token)))


@bp.post("/shortlists/<token>/items")
def add_item(token: str) -> tuple[Response, int]:
    known(token)
    store = get_store()
    current = resolve_id(store, body_id())
    if current is None:
        raise NotFound("There is no practitioner with that id.")
    try:
        added = shortlist_db.add(store, token, current, current_app.config["MAX_SHORTLIST_ITEMS"])
    except shortlist_db.ShortlistFull as exc:
        raise BadRequest(f"Not added: {exc}.") from None
    return jsonify(shortlist_json(token)), 201 if added else 200


@bp.delete("/shortlists/<token>/items")
def remove_item(token: str) -> Response:
    known(token)
    store = get_store()
    pid = body_id()
    if not shortlist_db.remove(store, token, resolve_id(store, pid) or pid):
        raise NotFound("That practitioner is not on this shortlist.")
    return jsonify(shortlist_json(token))


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(document())
