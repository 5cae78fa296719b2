"""A host that accepts every connection, reads the request, and never answers."""

from __future__ import annotations

import selectors
import socket
import threading
import time
from typing import Protocol

from demoweb.requestlog import RequestLog


class Recorder(Protocol):
    def record(self, entry: RequestLog) -> None: ...


class HangingServer:
    """Accept and read requests on one address until stopped; log each with status 0."""

    def __init__(self, host: str, port: int, recorder: Recorder) -> None:
        self.host = host
        self.recorder = recorder
        self.listener = socket.create_server((host, port), backlog=64)
        self.listener.setblocking(False)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._buffers: dict[socket.socket, bytes] = {}

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"demoweb-{self.host}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=2)
        for conn in list(self._buffers):
            conn.close()
        self._buffers.clear()
        self.listener.close()

    def _run(self) -> None:
        with selectors.DefaultSelector() as sel:
            sel.register(self.listener, selectors.EVENT_READ)
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.05):
                    if key.fileobj is self.listener:
                        self._accept(sel)
                    else:
                        self._read(sel, key.fileobj)  # type: ignore[arg-type]

    def _accept(self, sel: selectors.BaseSelector) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        conn.setblocking(False)
        self._buffers[conn] = b""
        sel.register(conn, selectors.EVENT_READ)

    def _read(self, sel: selectors.BaseSelector, conn: socket.socket) -> None:
        try:
            data = conn.recv(65536)
        except OSError:
            data = b""
        if not data:
            sel.unregister(conn)
            self._buffers.pop(conn, None)
            conn.close()
            return
        buffer = self._buffers[conn] + data
        while b"\r\n\r\n" in buffer:
            head, buffer = buffer.split(b"\r\n\r\n", 1)
            self._log(head)
        self._buffers[conn] = buffer

    def _log(self, head: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")
        method, _, rest = lines[0].partition(" ")
        path = rest.rpartition(" ")[0] or rest
        fields = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
        headers = {k.strip().lower(): v.strip() for k, v in fields.items()}
        self.recorder.record(
            RequestLog(
                time=time.time(),
                host=self.host,
                method=method,
                path=path,
                status=0,
                bytes=0,
                user_agent=headers.get("user-agent", ""),
                conditional="if-none-match" in headers or "if-modified-since" in headers,
            )
        )
