"""The loopback addresses of the demo web's sites (all share one port)."""

from __future__ import annotations

DIRECTORY_A = "127.0.0.2"
DIRECTORY_B = "127.0.0.3"
REVIEW_SITE = "127.0.0.4"
LICENCE_BOARD_HOST = "127.0.0.5"
ACADEMY_HOST = "127.0.0.6"
GUILD_HOST = "127.0.0.7"
HANGING_HOST = "127.0.0.9"
FIRST_CLINIC = 20  # clinic n is on 127.0.0.(20 + n)
USER_AGENT = "smpvet"  # the product's user agent, which one clinic's robots.txt shuts out


def clinic_host(index: int) -> str:
    return f"127.0.0.{FIRST_CLINIC + index}"
