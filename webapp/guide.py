"""The removal and correction guide with its finder, and how we score."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from index.search import SearchError, SearchQuery
from vetting import removal as R
from vetting.rules import rules_for_consumers
from vetting.vocabulary import REMOVAL_METHODS, SERVICES
from webapp import params
from webapp.db import get_search
from webapp.ratelimit import limit

bp = Blueprint("guide", __name__)
FINDER = {**REMOVAL_METHODS, "correction": SERVICES["correction"]}


@bp.get("/removal")
def removal() -> str:
    """The removal methods, who they suit, their cautions, and who offers each."""
    method = params.choice(request.args, "method", FINDER)
    near = params.text(request.args, "near", 120)
    radius = params.number(request.args, "radius_km", 1, params.ANYWHERE_KM)
    results, error = None, None
    if method:
        limit("search")
        query = SearchQuery(
            text="",
            near=near,
            radius_km=radius,
            services=[method] if method == "correction" else [],
            removal=[method] if method != "correction" else [],
            verified_training=False,
            min_grade=None,
            min_rating=None,
            sort="distance" if near else "grade",
            page=1,
            per_page=current_app.config["PER_PAGE"],
        )
        try:
            results = get_search().search(query)
        except SearchError as exc:
            error = str(exc)
    return render_template(
        "guide/removal.html",
        methods={**R.METHODS, "correction": R.CORRECTION},
        finder=FINDER,
        method=method,
        near=near,
        radius=radius,
        results=results,
        error=error,
    )


@bp.get("/how-we-score")
def how_we_score() -> str:
    """The scoring rules, generated from the vetting code's own constants."""
    return render_template("guide/how_we_score.html", sections=rules_for_consumers())
