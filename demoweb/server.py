"""Serve the demo web on loopback: one ThreadingHTTPServer per site address, one shared port."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import socketserver
import threading
import time
from dataclasses import asdict, replace
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import IO, Any, cast

from demoweb.hanging import HangingServer
from demoweb.hosts import DIRECTORY_A, HANGING_HOST
from demoweb.requestlog import RequestLog
from demoweb.site import Resource, Site
from demoweb.sources_file import sources_toml
from demoweb.web import base_url, build_web
from demoweb.world import build_world

__all__ = ["DemoWeb", "RequestLog"]

POLL_INTERVAL = 0.1
PORT_ATTEMPTS = 40


_CHUNK = 64 * 1024  # body bytes written at a time, so a hang-up is measured


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that skips the reverse DNS lookup of its address."""

    daemon_threads = True
    demo: DemoWeb
    site: Site

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


class DemoWeb:
    """The bundled demo web, served on 127.0.0.x addresses sharing one port."""

    def __init__(
        self, port: int = 0, slow_seconds: float = 3.0, log_path: str | Path | None = None
    ) -> None:
        self.port = port
        self.slow_seconds = slow_seconds
        self.log_path = Path(log_path) if log_path else None
        self.world = build_world()
        self._requested_port = port
        self._servers: list[_Server] = []
        self._hanging: HangingServer | None = None
        self._log: list[RequestLog] = []
        self._lock = threading.Lock()
        self._log_file: IO[str] | None = None
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._owner = os.getpid()  # the process whose threads serve the sites

    # -- lifecycle
    def start(self) -> DemoWeb:
        """Bind every site (retrying ports when one is taken on some address) and serve."""
        self._stopping.clear()
        self._owner = os.getpid()
        for _ in range(PORT_ATTEMPTS if not self._requested_port else 1):
            port = self._requested_port or _free_port()
            try:
                self._bind(port)
            except OSError:
                self._close_servers()
                if self._requested_port:
                    raise
                continue
            break
        else:
            raise OSError("no port is free on every demo address")
        if self.log_path:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log_file = self.log_path.open("a", encoding="utf-8")
        for server in self._servers:
            threading.Thread(
                target=server.serve_forever,
                args=(POLL_INTERVAL,),
                name=f"demoweb-{server.server_address[0]}",
                daemon=True,
            ).start()
        assert self._hanging is not None
        self._hanging.start()
        return self

    def stop(self) -> None:
        """Stop every site, release slow and hanging requests, and close the log.

        Does nothing in a forked child (a gunicorn worker of `smpvet demo`, say): the
        threads serving the sites live only in the process that started them.
        """
        if os.getpid() != self._owner:
            return
        self._stopping.set()
        stoppers = [threading.Thread(target=s.shutdown, daemon=True) for s in self._servers]
        for t in stoppers:
            t.start()
        for t in stoppers:
            t.join()
        self._close_servers()
        with self._lock:
            for conn in list(self._connections):
                _shut(conn)
            self._connections.clear()
            if self._log_file:
                self._log_file.close()
                self._log_file = None

    def __enter__(self) -> DemoWeb:
        return self if self._servers else self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses
    def url(self, host: str, path: str = "/") -> str:
        """Return e.g. "http://127.0.0.20:PORT/path"."""
        return base_url(host, self.port) + path

    def sources_toml(self, contact: str | None = None) -> str:
        """Return a sources.toml (CONTRACT.md) that crawls this demo web."""
        return sources_toml(self.world, self.port, contact)

    def describe(self) -> str:
        """One line saying where the demo web is, e.g. for the CLI."""
        clinics = sum(c.site_up for c in self.world.clinics)
        return (
            f"{len(self.world.sites)} fictional sites on 127.0.0.x port {self.port} "
            f"(directory {self.url(DIRECTORY_A)}, {clinics} clinic sites up)"
        )

    @property
    def sites(self) -> dict[str, Site]:
        return {s.site.host: s.site for s in self._servers}

    # -- the request log
    @property
    def requests(self) -> list[RequestLog]:
        with self._lock:
            return list(self._log)

    def reset_log(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, entry: RequestLog) -> None:
        with self._lock:
            self._log.append(entry)
            if self._log_file:
                self._log_file.write(json.dumps(asdict(entry)) + "\n")
                self._log_file.flush()

    def amend(self, entry: RequestLog, sent: int) -> None:
        """Correct a logged body size: the client hung up after `sent` bytes."""
        with self._lock:
            for i in range(len(self._log) - 1, -1, -1):
                if self._log[i] is entry:
                    self._log[i] = replace(entry, bytes=sent)
                    break

    def track(self, conn: socket.socket, open_: bool) -> None:
        with self._lock:
            (self._connections.add if open_ else self._connections.discard)(conn)

    def wait_slow(self) -> None:
        self._stopping.wait(self.slow_seconds)

    # -- internals
    def _bind(self, port: int) -> None:
        web = build_web(self.world, port)
        down = [c.host for c in self.world.clinics if not c.site_up]
        if any(_answers(host, port) for host in down):
            raise OSError(f"something listens on a down host's port {port}")
        for host, site in web.items():
            server = _Server((host, port), Handler)
            server.demo = self
            server.site = site
            self._servers.append(server)
        self._hanging = HangingServer(HANGING_HOST, port, self)
        self.port = port

    def _close_servers(self) -> None:
        for server in self._servers:
            server.server_close()
        self._servers = []
        if self._hanging:
            self._hanging.stop()
            self._hanging = None


class Handler(BaseHTTPRequestHandler):
    """Answer from one site's resources, with validators, 304s, HEAD and slow pages."""

    protocol_version = "HTTP/1.1"
    server_version = "DemoWeb/1.0"
    timeout = 30

    @property
    def demo(self) -> DemoWeb:
        return cast(_Server, self.server).demo

    @property
    def site(self) -> Site:
        return cast(_Server, self.server).site

    def setup(self) -> None:
        super().setup()
        self.demo.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.demo.track(self.connection, False)

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_POST(self) -> None:
        self._send(
            405,
            b"Method Not Allowed\n",
            {"Allow": "GET, HEAD", "Content-Type": "text/plain"},
            head=False,
        )

    def log_message(self, format: str, *args: Any) -> None:
        """Keep stderr quiet: the demo keeps its own request log."""

    def _answer(self, head: bool) -> None:
        resource = self.site.find(self.path)
        if resource.slow:
            self.demo.wait_slow()
        headers = {"Content-Type": resource.content_type}
        if resource.location:
            headers["Location"] = resource.location
        status, body = resource.status, resource.body
        if status == 200:
            headers.update(
                {
                    "ETag": resource.etag,
                    "Last-Modified": resource.last_modified,
                    "Cache-Control": "no-cache",
                }
            )
            if _not_modified(self.headers, resource):
                status, body = 304, b""
                del headers["Content-Type"]
        self._send(status, body, headers, head)

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        sent = 0 if head or status == 304 else len(body)
        entry = RequestLog(
            time=time.time(),
            host=self.site.host,
            method=self.command,
            path=self.path,
            status=status,
            bytes=sent,
            user_agent=self.headers.get("User-Agent", ""),
            conditional=bool(
                self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
            ),
        )
        # Logged before the body goes out, so a client that has its answer finds it logged;
        # amended if the client hangs up early (a crawler's size cap does).
        self.demo.record(entry)
        written = 0
        try:
            for start in range(0, sent, _CHUNK):
                self.wfile.write(body[start : start + _CHUNK])
                written = min(sent, start + _CHUNK)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            self.demo.amend(entry, written)


def _not_modified(headers: Any, resource: Resource) -> bool:
    """Apply If-None-Match (first) or If-Modified-Since to a 200 resource."""
    match = headers.get("If-None-Match")
    if match:
        tags = {t.strip().removeprefix("W/") for t in match.split(",")}
        return "*" in tags or resource.etag in tags
    since = headers.get("If-Modified-Since")
    if since:
        try:
            return resource.modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.2", 0))
        return probe.getsockname()[1]


def _answers(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex((host, port)) == 0


def _shut(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
