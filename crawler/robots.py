"""robots.txt, read as Google's reference parser reads it, on top of Protego.

Protego (Scrapy's default parser) decides; the text is first normalised the way Google's
parser reads it: a user-agent line names the product token up to its first space, a line
with an unknown directive is ignored (it does not end a group), and a line longer than
Google's limit is cut. A crawler name with spaces or symbols matches only the `*` group.
A robots.txt that answers 5xx means "disallow everything for now" (RFC 9309 2.3.1.3);
4xx means "no rules".
"""

from __future__ import annotations

import re
from typing import Self

from protego import Protego
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.robotstxt import ProtegoRobotParser

MAX_LINE = 2083 * 8  # Google's kMaxLineLen: longer lines are cut
_AGENT_LINE = re.compile(r"^(\s*user[\s-]?agent\s*:?\s*)(\S+)[^#\r\n]*", re.I)
_VALID_AGENT = re.compile(r"[A-Za-z_-]+")  # Google's valid product token
_MATCHABLE_AGENT = re.compile(r"[A-Za-z0-9_-]+")  # digits too, as Protego matches them
_DIRECTIVE = re.compile(r"^\s*([A-Za-z][\w-]*(?:[ \t][A-Za-z][\w-]*)?)\s*:")
KNOWN_DIRECTIVES = {
    "user-agent", "useragent", "user agent",
    "allow", "disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw",
    "sitemap", "sitemaps", "site-map", "crawl-delay", "crawl delay", "request-rate",
    "request rate", "visit-time", "visit time", "host",
}  # fmt: skip
_NO_AGENT = "\x00"  # matches no group but `*`
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


def normalise(text: str) -> str:
    """The robots.txt text with each line as Google's parser sees it."""
    lines = []
    for line in text.splitlines():
        if len(line.encode("utf-8", "replace")) > MAX_LINE:
            line = line.encode("utf-8", "replace")[: MAX_LINE - 1].decode("utf-8", "ignore")
        directive = _DIRECTIVE.match(line)
        if directive and directive.group(1).lower() not in KNOWN_DIRECTIVES:
            continue
        lines.append(_AGENT_LINE.sub(r"\1\2", line))
    return "\n".join(lines)


def is_valid_agent(user_agent: str) -> bool:
    """Google's rule for a crawler name a robots.txt can address: [A-Za-z_-]+."""
    return bool(_VALID_AGENT.fullmatch(user_agent))


def crawler_token(user_agent: str) -> str:
    """The name a crawler matches groups with; a name with spaces or symbols matches only `*`."""
    agent = user_agent.strip()
    return agent if agent == user_agent and _MATCHABLE_AGENT.fullmatch(agent) else _NO_AGENT


class RobotsParser(ProtegoRobotParser):
    """Scrapy's Protego parser, reading the text as Google's parser does."""

    def __init__(self, robotstxt_body: bytes, spider: Spider | None):
        self.spider = spider
        text = robotstxt_body.decode("utf-8-sig", errors="replace")
        self.rp = Protego.parse(normalise(text))

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> Self:
        return cls(robotstxt_body, crawler.spider if crawler else None)

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        agent = user_agent.decode() if isinstance(user_agent, bytes) else user_agent
        target = url.decode() if isinstance(url, bytes) else url
        return self.rp.can_fetch(target, crawler_token(agent))

    def crawl_delay(self, user_agent: str | bytes) -> float | None:
        agent = user_agent.decode() if isinstance(user_agent, bytes) else user_agent
        delay = self.rp.crawl_delay(crawler_token(agent))
        return None if delay is None else float(delay)


class StatusAwareRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Read a robots.txt by its status: 5xx disallows everything, 4xx allows everything."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            response = response.replace(body=DISALLOW_ALL)
        elif response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)
