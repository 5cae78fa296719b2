"""The data directory: where the store, the index, HTTP caches and scheduler state live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "SMPVET_DATA_DIR"
DEFAULT = "./var"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, given: str | os.PathLike[str] | None = None) -> DataDir:
        """Use the given path, else $SMPVET_DATA_DIR, else ./var."""
        path = given or os.environ.get(ENV_VAR) or DEFAULT
        return cls(Path(path).expanduser().resolve())

    def ensure(self) -> DataDir:
        self.root.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def store(self) -> Path:
        return self.root / "store.sqlite3"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def httpcache(self) -> Path:
        return self.root / "httpcache"

    @property
    def jobs(self) -> Path:
        return self.root / "scheduler.sqlite3"

    @property
    def scheduler_lock(self) -> Path:
        return self.root / "scheduler.lock"

    @property
    def logs(self) -> Path:
        return self.root / "logs"
