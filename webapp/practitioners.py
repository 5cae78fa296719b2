"""A practitioner's scorecard page: the three steps, with the evidence behind each."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from index.profiles import load_profile, resolve_id
from webapp import params, shortlist_db
from webapp.cards import contact, scorecard_json
from webapp.charts import ROW_HEIGHT, rating_bars
from webapp.db import get_store
from webapp.templating import current_shortlist

bp = Blueprint("practitioners", __name__)
MAX_REVIEWS = 100


@bp.get("/p/<pid>")
def scorecard(pid: str) -> str | Response:
    """Show one practitioner's scorecard (old ids of merged practitioners redirect)."""
    if not params.practitioner_id(pid):
        abort(404)
    store = get_store()
    current = resolve_id(store, pid)
    if current is None:
        abort(404)
    if current != pid:
        return redirect(url_for(".scorecard", pid=current, **request.args), 301)
    profile = load_profile(store, current)
    card = scorecard_json(store, current)
    if profile is None or card is None:
        abort(404)
    sources = sorted({r.source for r in profile.reviews})
    source = params.choice(request.args, "source", sources)
    flagged = params.flag(request.args, "flagged")
    reviews = [
        r
        for r in profile.reviews
        if (source is None or r.source == source) and (not flagged or r.flags)
    ]
    reviews.sort(key=lambda r: r.date or r.first_seen[:10], reverse=True)
    stale_after = current_app.config["STALE_AFTER_DAYS"]
    mine = current_shortlist()
    return render_template(
        "practitioners/scorecard.html",
        profile=profile,
        card=card,
        info=contact(profile),
        reviews=reviews[:MAX_REVIEWS],
        review_total=len(reviews),
        review_sources=sources,
        source=source,
        flagged=flagged,
        bars=rating_bars(r.rating for r in profile.reviews),
        row_height=ROW_HEIGHT,
        stale_after=stale_after,
        shortlist=mine if mine and shortlist_db.exists(store, mine) else None,
    )
