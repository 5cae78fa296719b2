"""The record of one request a demo site received."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestLog:
    """One request (status 0: the hanging host never answered it)."""

    time: float
    host: str
    method: str
    path: str  # with the query
    status: int
    bytes: int  # body bytes sent (logged as the body goes out)
    user_agent: str
    conditional: bool  # carried If-None-Match or If-Modified-Since
