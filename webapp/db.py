"""The store (one connection per request) and the search service (one per process)."""

from __future__ import annotations

import threading

from flask import Flask, current_app, g

from index.datadir import DataDir
from index.search import SearchService
from index.store import Store

_lock = threading.Lock()


def datadir() -> DataDir:
    return DataDir.resolve(current_app.config["DATA_DIR"])


def get_store() -> Store:
    """This request's connection to the store, opened on first use."""
    if "store" not in g:
        g.store = Store(datadir().store)
    return g.store


def close_store(_exc: BaseException | None = None) -> None:
    store = g.pop("store", None)
    if store is not None:
        store.close()


def get_search() -> SearchService:
    """The process's search service, created on first use and shared by all threads."""
    service = current_app.extensions.get("smpvet.search")
    if service is None:
        with _lock:
            service = current_app.extensions.get("smpvet.search")
            if service is None:
                service = SearchService(datadir())
                current_app.extensions["smpvet.search"] = service
    return service


def close_search(app: Flask) -> None:
    """Close the app's search service and the index files it holds open (at shutdown)."""
    with _lock:
        service = app.extensions.pop("smpvet.search", None)
    if service is not None:
        service.close()


def init_app(app: Flask) -> None:
    """Create the store's tables now rather than in the first request, and close per request."""
    with Store(DataDir.resolve(app.config["DATA_DIR"]).store):
        pass
    app.teardown_appcontext(close_store)
