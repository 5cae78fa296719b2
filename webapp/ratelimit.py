"""Per-client rate limits: an in-process token bucket per client address and limit name."""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from flask import Flask, current_app, request
from werkzeug.exceptions import TooManyRequests

LIMITS = {
    "search": "RATELIMIT_SEARCH",
    "api": "RATELIMIT_API",
    "write": "RATELIMIT_WRITE",
    "login": "RATELIMIT_LOGIN",
}


class TokenBuckets:
    """`burst` requests at once, refilled at `rate` per second, for each of many clients."""

    def __init__(
        self,
        rate: float,
        burst: int,
        max_clients: int = 20_000,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.rate = float(rate)
        self.burst = float(burst)
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """Spend one token; return 0 when allowed, else the seconds until one is free."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
            self._buckets[client] = (tokens - 1 if wait == 0 else tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)  # forget the client idle the longest
        return wait


def limit(name: str) -> None:
    """Spend a token of the named limit for this client, or answer 429 with Retry-After."""
    if not current_app.config["RATELIMIT_ENABLED"]:
        return
    buckets: TokenBuckets = current_app.extensions["smpvet.ratelimit"][name]
    wait = buckets.take(request.remote_addr or "unknown")
    if wait:
        raise TooManyRequests(
            "Too many requests from your address; please wait a moment.",
            retry_after=max(1, math.ceil(wait)),
        )


def limiter(name: str) -> Callable[[], None]:
    """A before_request hook applying the named limit."""

    def hook() -> None:
        limit(name)

    return hook


def init_app(app: Flask) -> None:
    app.extensions["smpvet.ratelimit"] = {
        name: TokenBuckets(*app.config[key]) for name, key in LIMITS.items()
    }
