"""The operator's admin password: stored hashed, never a default (admin is off until set)."""

from __future__ import annotations

import hashlib

from werkzeug.security import check_password_hash, generate_password_hash

from index.store import Store, utcnow

MIN_LENGTH = 12


class WeakPassword(ValueError):
    """A password too short to protect the admin pages."""


def set_password(store: Store, password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"the password must have at least {MIN_LENGTH} characters")
    with store.transaction() as db:
        db.execute(
            "INSERT INTO admin_credentials (id, password_hash, updated_at) VALUES (1, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash,"
            " updated_at = excluded.updated_at",
            (generate_password_hash(password), utcnow()),
        )


def stored_hash(store: Store) -> str | None:
    row = store.conn.execute("SELECT password_hash FROM admin_credentials WHERE id = 1").fetchone()
    return row[0] if row else None


def check(store: Store, password: str) -> bool:
    hashed = stored_hash(store)
    return bool(hashed) and check_password_hash(hashed, password)


def fingerprint(hashed: str) -> str:
    """A short tag of the current hash: a new password ends every admin session."""
    return hashlib.sha256(hashed.encode()).hexdigest()[:16]
