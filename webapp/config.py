"""Configuration defaults, and the secret key kept in the data directory."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from index.datadir import DataDir

SECRET_FILE = "secret_key"  # noqa: S105  (a file name, not a secret)


def defaults(datadir: DataDir) -> dict[str, Any]:
    """The settings every instance starts from; `SMPVET_*` variables and tests override them."""
    local_sources = Path("sources.toml")
    return {
        "DATA_DIR": str(datadir.root),
        "SOURCES_FILE": str(
            local_sources.resolve()
            if local_sources.is_file()
            else datadir.root / "demo-sources.toml"
        ),
        "MAX_CONTENT_LENGTH": 64 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,  # set SMPVET_SESSION_COOKIE_SECURE=true behind HTTPS
        # Reverse proxies in front of the app whose X-Forwarded-For/-Proto to believe
        # (rate limits are per client address: behind a proxy, set SMPVET_TRUSTED_PROXIES=1).
        "TRUSTED_PROXIES": 0,
        "SESSION_COOKIE_NAME": "smpvet_session",
        "PERMANENT_SESSION_LIFETIME": 30 * 24 * 3600,
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "ADMIN_SESSION_SECONDS": 8 * 3600,
        # Token buckets per client address: (requests per second, burst).
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_SEARCH": (20.0, 40),
        "RATELIMIT_API": (20.0, 40),
        "RATELIMIT_WRITE": (2.0, 20),
        "RATELIMIT_LOGIN": (0.1, 5),
        "STALE_AFTER_DAYS": 90,
        "PER_PAGE": 10,
        "MAX_SHORTLIST_ITEMS": 30,
        "MAX_NOTES_CHARS": 4000,
    }


def from_environment(known: dict[str, Any], prefix: str = "SMPVET_") -> dict[str, Any]:
    """Overrides of known settings from `SMPVET_<NAME>` variables (values read as JSON)."""
    out: dict[str, Any] = {}
    for name in known:
        raw = os.environ.get(prefix + name)
        if raw is None or name == "DATA_DIR":
            continue
        try:
            out[name] = json.loads(raw)
        except ValueError:
            out[name] = raw
    return out


def load_secret_key(datadir: DataDir) -> str:
    """Read the instance's secret key, creating it once (mode 0600) on first start."""
    path = datadir.ensure().root / SECRET_FILE
    if not path.exists():
        # Write to a private temporary file, then link it into place: two workers starting
        # at once both end up reading the one key that won.
        tmp = path.with_name(f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable secret key; delete it to make a new one")
    return key
