"""Serve folders of static sites on loopback, as an HTTP proxy that knows their host names.

A stranger web names its sites by host (`brightline-smp.test`) and links between them with
absolute URLs; the real clinic sites are folders named by slug (served as `<slug>.test`).
The crawler is pointed at one loopback proxy (`http_proxy`), which answers a request for
`http://brightline-smp.test/about.html` from that site's folder, so the product sees the
sites' real host names, and nothing leaves the machine. `https://` links of the web are
served as `http://` (a proxy for plain HTTP cannot open TLS tunnels to sites that do not
exist), and a request for a host outside the web gets 502.
"""

from __future__ import annotations

import mimetypes
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, cast
from urllib.parse import unquote, urlsplit

FIRST_ADDRESS = (127, 0, 60, 2)  # the proxy's address, clear of the demo web's 127.0.0.x
TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml")


@dataclass(frozen=True)
class Hit:
    host: str
    path: str
    status: int
    user_agent: str
    time: float


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    web: StaticWeb

    def server_bind(self) -> None:  # no reverse DNS lookup of the address
        import socketserver

        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]


class StaticWeb:
    """`StaticWeb({"brightline-smp.test": Path(...)})`: every host on its own address."""

    def __init__(self, sites: dict[str, Path], now: datetime | None = None):
        self.sites = {host.lower(): root for host, root in sites.items()}
        self.now = now  # the date the web is set at, sent as every answer's Date
        self.port = 0
        self.address = ""
        self.hits: list[Hit] = []
        self._servers: list[_Server] = []
        self._lock = threading.Lock()
        self._rewrite: re.Pattern[bytes] | None = None

    def start(self) -> StaticWeb:
        a, b, c, d = FIRST_ADDRESS
        self.address = f"{a}.{b}.{c}.{d}"
        server = _Server((self.address, 0), _Handler)
        server.web = self
        self._servers = [server]
        self.port = server.server_address[1]
        names = sorted(self.sites, key=len, reverse=True)
        self._rewrite = re.compile(
            rb"https://((?:www\.)?(?:" + b"|".join(re.escape(h.encode()) for h in names) + rb"))"
            rb"(?![\w.-])",
            re.I,
        )
        threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
        self._close()

    def _close(self) -> None:
        for server in self._servers:
            server.server_close()
        self._servers = []

    def __enter__(self) -> StaticWeb:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses
    @property
    def proxy(self) -> str:
        """The value of `http_proxy` for a client of this web."""
        return f"http://{self.address}:{self.port}"

    def local(self, url: str) -> str:
        """A URL of the web (https://host/path) as served here."""
        return self.rewrite(url.encode()).decode()

    def rewrite(self, body: bytes) -> bytes:
        assert self._rewrite is not None, "the web is not started"
        return self._rewrite.sub(lambda m: b"http://" + m.group(1), body)

    def host_of(self, url: str) -> str | None:
        """The web's host name of a URL, or None for a URL outside the web."""
        hostname = urlsplit(url).hostname or ""
        for name in (hostname, hostname.removeprefix("www.")):  # a site's folder may keep www.
            if name in self.sites:
                return name
        return None

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "StaticWeb/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: hits are kept in the web's own log."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        now = cast(_Server, self.server).web.now
        return format_datetime(now, usegmt=True) if now else super().date_time_string(timestamp)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        server = cast(_Server, self.server)
        parts = urlsplit(self.path)
        host = (parts.hostname or self.headers.get("Host", "").split(":")[0]).lower()
        host = host if host in server.web.sites else host.removeprefix("www.")
        root = server.web.sites.get(host)
        local = parts.path + (f"?{parts.query}" if parts.query else "")
        path = _find(root, local) if root is not None else None
        if root is None:
            status, body, kind = 502, b"Not in this web\n", "text/plain; charset=utf-8"
        elif path is None:
            status, body, kind = 404, b"Not Found\n", "text/plain; charset=utf-8"
        else:
            status, kind = 200, _content_type(path)
            body = path.read_bytes()
            if kind.startswith(TEXT_TYPES):
                body = server.web.rewrite(body)
        server.web.record(Hit(host, local, status, self.headers.get("User-Agent", ""), time.time()))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


def _find(root: Path, raw: str) -> Path | None:
    """The file a request path names: exact, then as a folder's index, then with .html.

    A query string ("?page=2") picks a file of that name when the site has one
    ("index.html?page=2" or "page-2" styles are both found by their literal names).
    """
    parts = urlsplit(raw)
    path = unquote(parts.path).lstrip("/")
    if ".." in Path(path).parts:
        return None
    candidates = []
    if parts.query:
        folder = f"{path.rstrip('/')}/index.html" if path else "index.html"
        candidates += [f"{path or 'index.html'}?{parts.query}", f"{folder}?{parts.query}"]
    candidates += [path, f"{path.rstrip('/')}/index.html", f"{path}.html", f"{path}index.html"]
    for name in candidates:
        file = root / name.lstrip("/")
        if name and file.is_file() and file.resolve().is_relative_to(root.resolve()):
            return file
    return None


def _content_type(path: Path) -> str:
    kind = mimetypes.guess_type(path.name.split("?")[0])[0] or "text/html"
    if path.name == "robots.txt" or kind.startswith("text/"):
        return f"{kind}; charset=utf-8"
    return kind
