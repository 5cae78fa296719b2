"""What the benchmark stages share: result rows, peak memory, the demo web, the CLI."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@dataclass
class Row:
    """One line of the table: a figure, its peer's figure measured in the same run."""

    stage: str
    figure: str
    value: float
    unit: str
    peer: str | None = None
    peer_value: float | None = None
    target: str | None = None
    ok: bool | None = None
    rss_mb: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.peer_value in (None, 0) or self.value is None:
            return None
        return self.value / self.peer_value  # type: ignore[operator]


def emit(rows: list[Row]) -> None:
    """Print the stage's rows as the last line of output, for bench/run."""
    print(json.dumps([asdict(r) for r in rows]), flush=True)


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or of its waited-for children), in MB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def process_hwm_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of a running process, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def smpvet(datadir: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run the smpvet command line; return its output, raising on failure."""
    done = subprocess.run(
        [sys.executable, "-m", "cli", "--data-dir", str(datadir), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"smpvet {' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return done.stdout
