"""Stop requests that reach a crawl before Scrapy listens for them.

Scrapy installs its SIGTERM/SIGINT handlers only once its reactor runs, a second or so
after the process starts; a signal before then would kill the crawl on the spot and
leave no record of why. A parent starts a child crawl with SIGTERM blocked
(`blocked_stop_signal`), the child takes the signal over with `EarlyStop.install` and
unblocks it, so a stop asked for at any moment is either remembered (the crawl then
does not start) or passed on to Scrapy's own clean stop.

Light on purpose: imported before Scrapy is.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

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
    """Remembers a stop signal until the crawl can act on it, then forwards it."""

    requested: int | None = None  # the signal that asked us to stop
    _forward: Callable[[], object] | None = field(default=None, repr=False)

    @classmethod
    def install(cls) -> EarlyStop:
        """Handle the stop signals from now on and let a held-back SIGTERM arrive."""
        early = cls()
        for signum in STOP_SIGNALS:
            signal.signal(signum, early._on_signal)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        return early

    def forward_to(self, stop: Callable[[], object]) -> None:
        """From now on a stop signal calls `stop` (at once if one came already)."""
        self._forward = stop
        if self.requested is not None:
            stop()

    def _on_signal(self, signum: int, _frame: object) -> None:
        first = self.requested is None
        self.requested = signum
        if first and self._forward is not None:
            self._forward()
