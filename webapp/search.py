"""The search page: words, place and filters in; graded practitioners and facets out."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, current_app, render_template, request

from index.search import DEFAULT_RADIUS_KM, SearchError, SearchQuery
from webapp.db import get_search
from webapp.params import ANYWHERE_KM, GRADES, SORTS, search_query
from webapp.ratelimit import limiter

bp = Blueprint("search", __name__)
bp.before_request(limiter("search"))


@bp.get("/")
@bp.get("/search")
def index() -> str:
    """Search (an empty search lists everyone, best graded first)."""
    query = search_query(request.args, current_app.config["PER_PAGE"])
    if not request.args.get("sort") and not query.text and not query.near:
        query = replace(query, sort="grade")
    results, error = None, None
    try:
        results = get_search().search(query)
    except SearchError as exc:
        error = str(exc)
    return render_template(
        "search/index.html",
        query=query,
        results=results,
        error=error,
        loosen=loosen(query),
        sorts=SORTS,
        grades=GRADES,
    )


def loosen(query: SearchQuery) -> list[str]:
    """What to change when nothing matches, most useful first."""
    tips = []
    radius = query.radius_km or DEFAULT_RADIUS_KM
    if query.near and radius < ANYWHERE_KM:
        tips.append(
            f"Search a wider area than {radius:g} km around {query.near}, or another place."
        )
    if query.min_grade:
        tips.append(f"Lower the minimum grade (now {query.min_grade}).")
    if query.verified_training:
        tips.append("Include practitioners whose training is not yet verified.")
    if query.min_rating:
        tips.append(f"Lower the minimum rating (now {query.min_rating:g}).")
    if query.services or query.removal:
        tips.append("Remove a service or removal-method filter.")
    if query.text:
        tips.append("Use fewer or more general words, and check the spelling.")
    return tips or ["No practitioners are indexed yet: the operator needs to run a crawl."]
