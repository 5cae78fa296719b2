"""Stop requests that reach a crawl before Scrapy listens for them.

Scrapy installs its SIGTERM/SIGINT handlers only once its reactor runs, a second or so
after the process starts; a signal before then would kill the crawl on the spot and
leave no record of why. A parent starts a child crawl with SIGTERM blocked
(`blocked_stop_signal`), the child takes the signal over with `EarlyStop.install` and
unblocks it, so a stop asked for at any moment is either remembered (the crawl then
does not start) or sent again once Scrapy listens, for its own clean stop. Once the
crawl is over a stop is remembered again and only skips the index update; exiting (the
interpreter restores the default handlers then) cannot be cut short.

Light on purpose: imported before Scrapy is.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def blocked_stop_signal() -> Iterator[None]:
    """In this thread, hold SIGTERM back; a child started meanwhile inherits the block."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@dataclass
class EarlyStop:
    """Remembers a stop signal while nobody else handles it (before and after Scrapy)."""

    requested: int | None = None  # the signal that asked us to stop
    _previous: dict[int, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def install(cls) -> EarlyStop:
        """Handle the stop signals from now on and let a held-back SIGTERM arrive."""
        early = cls()
        early.listen()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        return early

    def listen(self) -> None:
        """(Again) remember stop signals, e.g. once Scrapy's handlers are gone."""
        for signum in STOP_SIGNALS:
            previous = signal.signal(signum, self._on_signal)
            self._previous.setdefault(signum, previous)

    def release(self) -> None:
        """Give the stop signals back to the handlers we found."""
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)

    def done(self) -> None:
        """Nothing is left to stop: hold SIGTERM back so that exiting is not cut short."""
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})

    def resend(self) -> None:
        """Send ourselves the signal that came early, for handlers installed since."""
        if self.requested is not None:
            os.kill(os.getpid(), self.requested)

    def _on_signal(self, signum: int, _frame: object) -> None:
        self.requested = signum
