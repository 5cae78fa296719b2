"""Two to four practitioners side by side, step by step."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from werkzeug.exceptions import NotFound

from index.profiles import load_profile, resolve_id
from vetting.model import ConsultationAnswers
from webapp import params, shortlist_db
from webapp.cards import consultation, contact, scorecard_json
from webapp.db import get_store

bp = Blueprint("compare", __name__)
MIN_IDS, MAX_IDS = 2, 4


@bp.get("/compare")
def compare() -> str:
    """Compare the practitioners named in ?ids=a,b (2 to 4 of them)."""
    raw = params.text(request.args, "ids", 600)
    if raw is None:
        return render_template("compare/compare.html", columns=[])
    ids = list(dict.fromkeys(i.strip() for i in raw.split(",") if i.strip()))
    if not MIN_IDS <= len(ids) <= MAX_IDS:
        raise params.BadParameter(
            f"Compare needs {MIN_IDS} to {MAX_IDS} different practitioners; you gave {len(ids)}."
        )
    store = get_store()
    answers = your_answers(params.text(request.args, "shortlist", 64))
    columns = []
    for pid in ids:
        current = resolve_id(store, pid) if params.practitioner_id(pid) else None
        profile = load_profile(store, current) if current else None
        card = scorecard_json(store, current, answers.get(current)) if current else None
        if profile is None or card is None:
            raise NotFound(f"There is no practitioner with the id “{pid[:60]}”.")
        columns.append(
            {
                "profile": profile,
                "card": card,
                "info": contact(profile),
                "answered": current in answers,
            }
        )
    return render_template("compare/compare.html", columns=columns)


def your_answers(token: str | None) -> dict[str, ConsultationAnswers]:
    """The consultation answers of the shortlist the comparison was opened from, if any."""
    store = get_store()
    if token is None or not shortlist_db.exists(store, token):
        return {}
    found = {}
    for item in shortlist_db.items(store, token):
        answered = consultation(item)
        if answered is not None:
            found[resolve_id(store, item.practitioner_id) or item.practitioner_id] = answered
    return found
