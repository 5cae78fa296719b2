"""Friendly error pages, and JSON errors under /api/: never a traceback."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.wrappers import Response

bp = Blueprint("errors", __name__)

MESSAGES = {
    400: (
        "That request did not make sense",
        "Something in the address or the form could not be"
        " understood. Go back and check what you entered.",
    ),
    401: ("Please sign in", "This page needs you to sign in."),
    403: ("Not available", "This page is not available."),
    404: (
        "Page not found",
        "We could not find that page. The link may be mistyped, or the"
        " practitioner or shortlist may no longer exist.",
    ),
    405: ("Not allowed", "That page cannot be used this way."),
    413: ("Too large", "What you sent is larger than we accept. Please send less."),
    415: ("Wrong format", "Send the body as JSON."),
    429: (
        "Slow down a little",
        "You have sent many requests in a short time. Please wait a moment and try again.",
    ),
    500: (
        "Something went wrong",
        "Something went wrong on our side. Please try again in a moment.",
    ),
}


def message(error: HTTPException) -> tuple[str, str]:
    code = error.code or 500
    title, default = MESSAGES.get(code, (error.name, error.description or ""))
    custom = error.description if error.description != type(error).description else None
    if isinstance(error, CSRFError):
        custom = "This form has expired or was sent from elsewhere. Reload the page and try again."
    if code >= 500:
        custom = None  # never show an internal message
    return title, custom or default


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> tuple[Response | str, int, list[tuple[str, str]]]:
    code = error.code or 500
    title, text = message(error)
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    if request.path.startswith("/api/"):
        body = {"error": {"status": code, "title": title, "message": text}}
        return jsonify(body), code, headers
    return render_template("errors/error.html", code=code, title=title, text=text), code, headers


@bp.app_errorhandler(InternalServerError)
def server_error(error: InternalServerError) -> tuple[Response | str, int, list[tuple[str, str]]]:
    return http_error(error)
