"""Serve folders of static sites on loopback, each host on its own address, one shared port.

A stranger web names its sites by host (`brightline-smp.test`) and links between them with
absolute URLs; the real clinic sites are folders named by slug. Each folder is served on
its own 127.0.N.M address, and every absolute URL naming one of the web's hosts is rewritten
on the way out to that address, so the crawler sees a web of separate sites.
"""

from __future__ import annotations

import mimetypes
import re
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, cast
from urllib.parse import unquote, urlsplit

FIRST_ADDRESS = (127, 0, 60, 2)  # clear of the demo web's 127.0.0.x
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
    host: str
    root: Path

    def server_bind(self) -> None:  # no reverse DNS lookup of the address
        import socketserver

        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]


class StaticWeb:
    """`StaticWeb({"brightline-smp.test": Path(...)})`: every host on its own address."""

    def __init__(self, sites: dict[str, Path]):
        self.sites = dict(sites)
        self.port = 0
        self.addresses: dict[str, str] = {}
        self.hits: list[Hit] = []
        self._servers: list[_Server] = []
        self._lock = threading.Lock()
        self._rewrite: re.Pattern[bytes] | None = None

    def start(self) -> StaticWeb:
        a, b, c, d = FIRST_ADDRESS
        for attempt in range(40):
            port = _free_port(f"{a}.{b}.{c}.{d}")
            try:
                for i, (host, root) in enumerate(sorted(self.sites.items())):
                    address = f"{a}.{b}.{c + (d + i) // 250}.{(d + i) % 250 + 1}"
                    server = _Server((address, port), _Handler)
                    server.web, server.host, server.root = self, host, root
                    self._servers.append(server)
                    self.addresses[host] = address
            except OSError:
                self._close()
                if attempt == 39:
                    raise
                continue
            break
        self.port = port
        names = sorted(self.sites, key=len, reverse=True)
        self._rewrite = re.compile(
            rb"(?:https?:)?//(?:www\.)?("
            + b"|".join(re.escape(h.encode()) for h in names)
            + rb")(?::\d+)?(?![\w.-])",
            re.I,
        )
        for server in self._servers:
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
    def base(self, host: str) -> str:
        return f"http://{self.addresses[host]}:{self.port}"

    def local(self, url: str) -> str:
        """A URL of the web (https://host/path) as served here."""
        return self.rewrite(url.encode()).decode()

    def rewrite(self, body: bytes) -> bytes:
        assert self._rewrite is not None, "the web is not started"
        return self._rewrite.sub(lambda m: self.base(m.group(1).decode().lower()).encode(), body)

    def host_of(self, url: str) -> str | None:
        """The web's host name for a served URL (or for one of the web's own URLs)."""
        parts = urlsplit(url)
        hostname = (parts.hostname or "").removeprefix("www.")
        if hostname in self.sites:
            return hostname
        return next((h for h, a in self.addresses.items() if a == hostname), None)

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "StaticWeb/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: hits are kept in the web's own log."""

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        server = cast(_Server, self.server)
        path = _find(server.root, self.path)
        if path is None:
            status, body, kind = 404, b"Not Found\n", "text/plain; charset=utf-8"
        else:
            status, kind = 200, _content_type(path)
            body = path.read_bytes()
            if kind.startswith(TEXT_TYPES):
                body = server.web.rewrite(body)
        server.web.record(
            Hit(server.host, self.path, status, self.headers.get("User-Agent", ""), time.time())
        )
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
        candidates += [f"{path or 'index.html'}?{parts.query}", f"{path}?{parts.query}"]
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


def _free_port(address: str) -> int:
    with socket.socket() as probe:
        probe.bind((address, 0))
        return probe.getsockname()[1]
