"""Shortlists in the store: no accounts, the long random token is the key."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field

from index.store import Store, utcnow

TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{32}")
ANSWERS = ("yes", "no", "unsure")


class ShortlistFull(ValueError):
    """The shortlist already holds the most practitioners it may."""


@dataclass
class Item:
    practitioner_id: str
    notes: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    answered_on: str | None = None
    added_at: str = ""


def new_token() -> str:
    return secrets.token_urlsafe(24)


def create(store: Store) -> str:
    token = new_token()
    now = utcnow()
    with store.transaction() as db:
        db.execute(
            "INSERT INTO shortlists (token, created_at, updated_at) VALUES (?, ?, ?)",
            (token, now, now),
        )
    return token


def exists(store: Store, token: str) -> bool:
    if not TOKEN_RE.fullmatch(token):
        return False
    row = store.conn.execute("SELECT 1 FROM shortlists WHERE token = ?", (token,)).fetchone()
    return row is not None


def items(store: Store, token: str) -> list[Item]:
    rows = store.conn.execute(
        "SELECT * FROM shortlist_items WHERE token = ? ORDER BY position, added_at", (token,)
    )
    return [
        Item(
            practitioner_id=r["practitioner_id"],
            notes=r["notes"],
            answers=_answers(r["answers"]),
            answered_on=r["answered_on"],
            added_at=r["added_at"],
        )
        for r in rows
    ]


def add(store: Store, token: str, practitioner_id: str, limit: int) -> bool:
    """Add a practitioner; False when already there. Raises ShortlistFull at `limit`."""
    with store.transaction() as db:
        count = db.execute(
            "SELECT COUNT(*) FROM shortlist_items WHERE token = ?", (token,)
        ).fetchone()[0]
        present = db.execute(
            "SELECT 1 FROM shortlist_items WHERE token = ? AND practitioner_id = ?",
            (token, practitioner_id),
        ).fetchone()
        if present:
            return False
        if count >= limit:
            raise ShortlistFull(f"a shortlist holds at most {limit} practitioners")
        now = utcnow()
        db.execute(
            "INSERT INTO shortlist_items (token, practitioner_id, position, added_at)"
            " VALUES (?, ?, ?, ?)",
            (token, practitioner_id, count, now),
        )
        db.execute("UPDATE shortlists SET updated_at = ? WHERE token = ?", (now, token))
    return True


def remove(store: Store, token: str, practitioner_id: str) -> bool:
    with store.transaction() as db:
        cur = db.execute(
            "DELETE FROM shortlist_items WHERE token = ? AND practitioner_id = ?",
            (token, practitioner_id),
        )
        db.execute("UPDATE shortlists SET updated_at = ? WHERE token = ?", (utcnow(), token))
    return cur.rowcount > 0


def save(
    store: Store, token: str, practitioner_id: str, notes: str, answers: dict[str, str]
) -> bool:
    """Save notes and checklist answers; False when the practitioner is not on the list."""
    clean = {k: v for k, v in answers.items() if v in ANSWERS}
    now = utcnow()
    with store.transaction() as db:
        cur = db.execute(
            "UPDATE shortlist_items SET notes = ?, answers = ?,"
            " answered_on = CASE WHEN ? = answers THEN answered_on ELSE ? END"
            " WHERE token = ? AND practitioner_id = ?",
            (
                notes,
                json.dumps(clean, sort_keys=True),
                json.dumps(clean, sort_keys=True),
                now[:10] if clean else None,
                token,
                practitioner_id,
            ),
        )
        db.execute("UPDATE shortlists SET updated_at = ? WHERE token = ?", (now, token))
    return cur.rowcount > 0


def _answers(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if v in ANSWERS}
