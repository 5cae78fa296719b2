"""A fictional web of SMP practitioners, directories, reviews and registries, served on loopback.

`build_world()` gives the ground truth; `DemoWeb` serves it, each site on its own
127.0.0.x address and all on one port, so tests and demos never leave the machine.
"""

from __future__ import annotations

from demoweb.server import DemoWeb, RequestLog
from demoweb.world import build_world

__all__ = ["DemoWeb", "RequestLog", "build_world"]
