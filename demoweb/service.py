"""The demo web as the product uses it: started once per process, or found already serving."""

from __future__ import annotations

import http.client
import threading

from demoweb.hosts import DIRECTORY_A
from demoweb.server import DemoWeb

DEFAULT_PORT = 8790

_lock = threading.Lock()
_current: DemoWeb | None = None


def start_demo_web(port: int | None = None, slow_seconds: float = 3.0) -> DemoWeb:
    """Start the demo web on `port`; with None, on 8790 or else any free port."""
    if port is not None:
        return DemoWeb(port=port, slow_seconds=slow_seconds).start()
    try:
        return DemoWeb(port=DEFAULT_PORT, slow_seconds=slow_seconds).start()
    except OSError:
        return DemoWeb(port=0, slow_seconds=slow_seconds).start()


def ensure_demo_web(port: int = DEFAULT_PORT) -> DemoWeb:
    """Return the demo web this process uses: one serving on `port`, or one started here.

    A demo web another process serves (`python -m demoweb`) is used as it is; the handle
    returned then only describes it (its stop() does nothing).
    """
    global _current
    with _lock:
        if _current is None:
            _current = DemoWeb(port=port) if is_serving(port) else start_demo_web()
        return _current


def is_serving(port: int) -> bool:
    """True when a demo web already answers on `port`."""
    conn = http.client.HTTPConnection(DIRECTORY_A, port, timeout=1)
    try:
        conn.request("HEAD", "/")
        return conn.getresponse().getheader("Server", "").startswith("DemoWeb/")
    except OSError:
        return False
    finally:
        conn.close()
