"""Serve the demo web until Ctrl-C: `python -m demoweb [--port 8790]`."""

from __future__ import annotations

import argparse
import signal
import time

from demoweb.server import DemoWeb


def main(argv: list[str] | None = None) -> None:
    """Start the demo web, print each site's address, and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m demoweb", description=__doc__)
    parser.add_argument("--port", type=int, default=8790, help="port shared by every site")
    parser.add_argument(
        "--slow-seconds", type=float, default=3.0, help="how long the slow page takes to answer"
    )
    parser.add_argument("--log", help="append each request as a JSON line to this file")
    parser.add_argument("--sources", help="write the demo's sources.toml to this file")
    args = parser.parse_args(argv)
    web = DemoWeb(port=args.port, slow_seconds=args.slow_seconds, log_path=args.log)
    try:
        web.start()
    except OSError as exc:
        parser.exit(1, f"cannot serve the demo web on port {args.port}: {exc.strerror or exc}\n")
    with web:
        for host, site in sorted(web.world.sites.items(), key=lambda s: _order(s[0])):
            state = "" if site.listening else "  (down: nothing listens)"
            print(f"{web.url(host):<28} {site.kind:<10} {site.name}{state}", flush=True)
        if args.sources:
            with open(args.sources, "w", encoding="utf-8") as out:
                out.write(web.sources_toml())
            print(f"sources written to {args.sources}", flush=True)
        print("Serving the demo web; press Ctrl-C to stop.", flush=True)
        signal.signal(signal.SIGTERM, _interrupt)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("\nStopping.", flush=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _order(host: str) -> tuple[int, ...]:
    return tuple(int(part) for part in host.split("."))


if __name__ == "__main__":
    main()
